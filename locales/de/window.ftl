# Deutsch. Übersetzt aus window.en.ftl; dieselben IDs und Variablen, in derselben Reihenfolge.
# Wie die Nachrichten aufzurufen sind (Auswahl über $n = 0, activity-describe, plan-fixing),
# steht am Anfang von window.en.ftl und in README.md.
# Entwurf eines KI-Modells, noch nicht von Muttersprachlern geprüft. Anrede: Sie.
# Menüpfade fremder Produkte bleiben englisch in „…“.

## text (top level)

app-title = Order Sync Doctor
demo-banner = Sie sehen Demodaten — verbinden Sie Shop und ERP, um Ihre eigenen Aufträge zu prüfen.
demo-banner-action = Meine Systeme verbinden
loading = Shop und ERP werden geprüft…
loading-screen = Wird geöffnet…

## text.crash

crash-title = In diesem Fenster ist ein Fehler aufgetreten
crash-body = Ihre Aufträge und Einstellungen sind sicher: Die App bewahrt sie auf, nicht dieses Fenster. Meist hilft es, das Fenster neu zu laden.
crash-details = Technische Details
crash-reload = Fenster neu laden

## text (top level)

check-failed = Die Prüfung konnte nicht laufen
try-again = Erneut versuchen
close = Schließen
cancel = Abbrechen
save = Speichern
saved = Gespeichert
not-saved = Nicht gespeichert

## text.nav

nav-label = Hauptmenü
nav-wizard = Prüfen & beheben
nav-orders = Aufträge
nav-reconcile = Shop vs. ERP
nav-activity = Aktivität
nav-connections = Verbindungen
nav-settings = Einstellungen

## text.header

header-check-again = Erneut prüfen
header-export-report = Bericht exportieren
header-exported = Bericht gespeichert unter { $path }
header-export-cancelled = Der Bericht wurde nicht gespeichert.

## text.stepStatus

step-status-ok = OK
step-status-warning = Bitte prüfen
step-status-failed = Blockiert

## text.wizard

pull-exporting = Ihr Shop bereitet eine Kopie Ihrer Bestellungen vor: bisher { $objects } Datensätze.
pull-downloading = Die Kopie Ihrer Bestellungen wird heruntergeladen: { $percent } %.
pull-reading = Die kopierten Bestellungen werden gelesen: { $orders } von { $of }.
wizard-stepper-label = Die fünf Schritte
wizard-previous = Vorheriger Schritt
wizard-next = Nächster Schritt
wizard-earlier-check = Das ist die letzte Prüfung vom { $time }. Es wird gerade neu geprüft…
wizard-all-good = Hier ist nichts zu tun.
wizard-orders = { $n ->
    [one] { $n } Auftrag
   *[other] { $n } Aufträge
}
wizard-waiting-on = { $n ->
    [one] { $n } Auftrag betroffen
   *[other] { $n } Aufträge betroffen
}
wizard-how-to-fix = So beheben Sie es
wizard-technical-details = Technische Details
wizard-fix-it = Beheben
wizard-severity-error = Problem
wizard-severity-warning = Warnung
wizard-severity-info = Hinweis
wizard-shown-orders = Aufträge: { $shown } von { $all } angezeigt

## text.remedy

remedy-title = Beheben
remedy-loading = Auswirkungen werden ermittelt…
remedy-change = Was sich ändert
remedy-erp-change = Wird ins ERP geschrieben
remedy-clears = { $n ->
    [one] Gibt { $n } Auftrag frei
   *[other] Gibt { $n } Aufträge frei
}
remedy-retries = { $n ->
    [one] Wiederholt { $n } Auftrag
   *[other] Wiederholt { $n } Aufträge
}
remedy-still-blocked = { $n ->
    [one] Hilft { $n } weiteren Auftrag, der noch auf anderes wartet
   *[other] Hilft { $n } weiteren Aufträgen, die noch auf anderes warten
}
remedy-notes = Wie Aufträge gesendet werden
remedy-confirm = Anwenden
remedy-applying = Wird angewendet…
remedy-done = Erledigt.
remedy-undo = Rückgängig
remedy-undone = Zurückgenommen: alles wie vorher.
remedy-resent = { $ok } von { $all } Aufträgen jetzt im ERP.
remedy-retried = { $all ->
    [one] { $inErp } von { $all } Auftrag jetzt im ERP.
   *[other] { $inErp } von { $all } Aufträgen jetzt im ERP.
}
remedy-nothing-to-retry = Das Integrations-Tool hat für diese Aufträge keinen fehlgeschlagenen Lauf mehr.

## text.retry

retry-outcome-already-in-erp = Bereits im ERP
retry-outcome-marked-resolved = Nicht wiederholt, damit er nicht doppelt angelegt wird; im Integrations-Tool als erledigt markiert.
retry-outcome-left-as-is = Nicht wiederholt, damit er nicht doppelt angelegt wird. Das Tool kann ihn nicht als erledigt markieren: Sie können den Lauf dort löschen.
retry-outcome-unknown = Nicht wiederholt
retry-outcome-unknown-detail = Die App hat diesen Auftrag nicht aus dem Shop gelesen und kann daher das ERP nicht vorher prüfen.
retry-outcome-not-retried = Nicht wiederholt
retry-outcome-in-erp = Wiederholt, jetzt im ERP
retry-outcome-ended-not-in-erp = Wiederholt, noch nicht im ERP
retry-outcome-failed-again = Erneut fehlgeschlagen
retry-outcome-running = Läuft noch

## text.plan

plan-writes-region = Aufträge, die der Plan sendet
plan-results-region = Wie jeder Auftrag ausging
plan-title = Korrekturplan
plan-loading = Prüfung wird zusammengefasst…
plan-waiting = { $n ->
    [0] Alle Aufträge sind in { $erp }.
    [one] { $n } Auftrag wartet darauf, { $erp } zu erreichen.
   *[other] { $n } Aufträge warten darauf, { $erp } zu erreichen.
}
plan-app-fixes = Was die App für Sie beheben kann
plan-unblocks = { $n ->
    [0] trotzdem gesendet; so stimmen sie
    [one] bringt { $n } Auftrag durch
   *[other] bringt { $n } Aufträge durch
}
plan-for-a-person = Was jemand mit Rechten in { $erp } tun muss
plan-holds-back = { $n ->
    [one] hält { $n } Auftrag zurück
   *[other] hält { $n } Aufträge zurück
}
plan-advice = sinnvoll; hält nichts zurück
plan-where = Wo
plan-sends = { $n ->
    [0] Noch kann kein Auftrag an { $erp } gesendet werden.
    [one] Nach diesen Korrekturen geht { $n } Auftrag genau einmal an { $erp }.
   *[other] Nach diesen Korrekturen gehen { $n } Aufträge an { $erp }, jeder genau einmal.
}
plan-apply = { $n ->
    [0] Diese Korrekturen anwenden
    [one] Korrekturen anwenden und { $n } Auftrag erneut senden
   *[other] Korrekturen anwenden und { $n } Aufträge erneut senden
}
plan-nothing = Für die App ist nichts zu tun: Der Rest braucht einen Menschen.
plan-technical = Technische Details
plan-preview-title = Korrekturen anwenden und erneut senden
plan-preview-loading = Alle Änderungen und Schreibvorgänge werden ermittelt…
plan-changes = Was sich hier ändert
plan-erp-writes = Was in { $erp } geschrieben wird
plan-sent-differently = { $n ->
    [one] Wie { $n } Wert anders gesendet wird
   *[other] Wie { $n } Werte anders gesendet werden
}
plan-order-writes = { $n ->
    [one] { $n } Auftrag an { $erp } gesendet
   *[other] { $n } Aufträge an { $erp } gesendet
}
plan-column-order = Auftrag
plan-column-customer = Kunde
plan-column-total = Summe
plan-not-sent = { $n ->
    [one] { $n } Auftrag des Plans würde weiter warten und wird nicht gesendet:
   *[other] { $n } Aufträge des Plans würden weiter warten und werden nicht gesendet:
}
plan-confirm = Anwenden und erneut senden
plan-fixing = Korrektur { $done } von { $total }…
plan-sending = { $done } von { $total } gesendet…
plan-finished = { $verified } von { $total } Aufträgen in { $erp }, als offen bestätigt.
plan-fixes-done = { $n ->
    [one] { $n } Korrektur erledigt.
   *[other] { $n } Korrekturen erledigt.
}
plan-fix-failed = Nicht vorgenommen
plan-undo = { $n ->
    [one] { $n } Zuordnung oder Regel zurücknehmen (gesendete Aufträge bleiben im ERP)
   *[other] { $n } Zuordnungen und Regeln zurücknehmen (gesendete Aufträge bleiben im ERP)
}
plan-undone = { $n ->
    [one] { $n } Zuordnung oder Regel auf den alten Stand gesetzt.
   *[other] { $n } Zuordnungen und Regeln auf den alten Stand gesetzt.
}
plan-still-waiting = { $n ->
    [one] { $n } Auftrag wartet noch: Eine nötige Korrektur fehlt.
   *[other] { $n } Aufträge warten noch: Eine nötige Korrektur fehlt.
}

## text.resend

resend-title = Aufträge, die noch zu senden sind
resend-none = Kein Auftrag wartet: Alle Aufträge sind im ERP.
resend-filter = Aufträge zeigen mit
resend-filter-all = Beliebiges Problem
resend-search = Diese Aufträge durchsuchen
resend-select-all = Alle auswählen
resend-select-none = Keine auswählen
resend-selected = { $n } von { $all } ausgewählt
resend-resend = { $n ->
    [one] { $n } Auftrag erneut senden
   *[other] { $n } Aufträge erneut senden
}
resend-sending = { $done } von { $total } gesendet…
resend-finished = { $verified } von { $total } Aufträgen im ERP, als offen bestätigt.
resend-column-select = Auswahl
resend-column-order = Auftrag
resend-column-customer = Kunde
resend-column-total = Summe
resend-column-problem = Problem
resend-column-result = Ergebnis
resend-select-order = Auftrag { $name } auswählen
resend-ready = Bereit zum Senden
resend-outcome-verified = Im ERP, als offen bestätigt
resend-outcome-sent = Im ERP, Status unbestätigt
resend-outcome-failed = Nicht gesendet
resend-outcome-retry = Wird erneut versucht

## text.orders

orders-title = Alle Aufträge
orders-search = Aufträge suchen (Nummer, Kunde, E-Mail, SKU)
orders-only-waiting = Nur Aufträge, die nicht im ERP sind
orders-count = { $n ->
    [one] { $n } Auftrag
   *[other] { $n } Aufträge
}
orders-empty = Kein Auftrag passt.
orders-loading-row = Wird geladen…
orders-column-order = Auftrag
orders-column-date = Datum
orders-column-customer = Kunde
orders-column-total = Summe
orders-column-status = Status
orders-column-problem = Problem

## text.state

state-new = Neu
state-checked = Noch nicht gesendet
state-sending = Wird gesendet
state-sent = Im ERP (unbestätigt)
state-verified = Im ERP
state-failed = Fehlgeschlagen
state-retry-scheduled = Wiederholung geplant
state-dead = Aufgegeben
state-not-ready = Im Shop zurückgehalten

## text.problem

problem-store-unreachable = Shop nicht erreichbar
problem-erp-unreachable = ERP nicht erreichbar
problem-store-maintenance = Shop-Wartung
problem-erp-maintenance = ERP-Wartung
problem-store-auth-failed = Shop-Anmeldung abgelehnt
problem-erp-auth-failed = ERP-Anmeldung abgelehnt
problem-credential-expiring = Anmeldung läuft ab
problem-sku-not-found = Artikel/SKU nicht gefunden
problem-unit-not-found = Mengeneinheit fehlt
problem-customer-not-found = Kunde nicht gefunden
problem-period-closed = Periode abgeschlossen
problem-erp-timeout = Zeitüberschreitung
problem-rate-limited = Anfragelimit erreicht
problem-duplicate-order = Doppelter Auftrag
problem-unclassified-error = Anderer ERP-Fehler
problem-field-too-long = Feld zu lang
problem-unsupported-characters = Zeichen abgelehnt
problem-country-code-mismatch = Ländercode
problem-state-code-mismatch = Regionscode
problem-tax-code-unmapped = Steuerschlüssel
problem-currency-inactive = Währung inaktiv
problem-total-mismatch = Summen stimmen nicht
problem-order-not-synced = Nie gesendet
problem-store-incident = Störung im Shop
problem-erp-incident = Störung im ERP
problem-clock-skew = Uhrzeit weicht ab
problem-status-unverified = Status unbestätigt
problem-erp-permission-missing = Berechtigung fehlt
problem-negative-inventory = Zu wenig Bestand
problem-order-not-ready = Noch nicht bezahlt
problem-api-version-retiring = Schnittstelle läuft aus
problem-unknown-vendor-answer = Unbekannte Antwort
problem-sign-in-again = Erneut anmelden
problem-order-left-erp = Nicht mehr im ERP
problem-erp-duplicates = Doppelt im ERP
problem-data-folder-not-private = Datenordner nicht privat
problem-middleware-unreachable = Integrations-Tool nicht erreichbar
problem-middleware-auth-failed = Integrations-Tool lehnt Anmeldung ab
problem-middleware-retryable = Im Integrations-Tool wiederholbar

## text.reconcile

reconcile-title = Shop und ERP im Vergleich
reconcile-intro = Jeder Auftrag des Zeitraums, verglichen mit dem ERP: Was das ERP sagt, zählt. Von hier aus wird im ERP nichts geändert.
reconcile-from = Aufträge vom
reconcile-to = bis
reconcile-compare = Vergleichen
reconcile-comparing = Shop und ERP werden gelesen…
reconcile-save-csv = Als Tabelle speichern (CSV)
reconcile-save-printable = Druckbaren Bericht speichern
reconcile-saved = Gespeichert unter { $path }
reconcile-not-saved = Es wurde nichts gespeichert.
reconcile-filter = Anzeigen
reconcile-all-but-matching = Alles, was einen Blick braucht
reconcile-everything = Alle Aufträge
reconcile-none = Nichts anzuzeigen: Jeder Auftrag des Zeitraums ist genau einmal im ERP, mit derselben Summe.
reconcile-column-standing = Stand
reconcile-column-order = Auftrag
reconcile-column-reference = Referenz
reconcile-column-date = Datum
reconcile-column-total = Shop-Summe
reconcile-column-erp = Im ERP
reconcile-look-alikes = Vielleicht doppelt gebucht
reconcile-look-alikes-intro = Diese ERP-Belege haben denselben Kunden, dasselbe Datum, dieselbe Summe und dieselben Positionen; einem fehlt die Shop-Referenz. Das ist ein schwächeres Zeichen als eine gemeinsame Referenz: Öffnen Sie beide im ERP, bevor Sie einen stornieren.
reconcile-standing-in-both = In beiden
reconcile-standing-totals-differ = Summen weichen ab
reconcile-standing-duplicated = Doppelt
reconcile-standing-store-only = Nur im Shop
reconcile-standing-erp-only = Nur im ERP
reconcile-meaning-in-both = Einmal im ERP, mit derselben Summe.
reconcile-meaning-totals-differ = Im ERP, aber die Summe dort weicht um mehr als einen Cent ab.
reconcile-meaning-duplicated = Das ERP hat ihn mehrmals unter seiner Referenz: Behalten Sie einen, stornieren Sie die anderen im ERP.
reconcile-meaning-store-only = Im Shop verkauft, nicht im ERP: Er wartet darauf, gesendet zu werden.
reconcile-meaning-erp-only = Ein ERP-Beleg trägt eine Shop-Referenz, die diese App nicht kennt.
reconcile-count = { $n ->
    [one] { $n } Auftrag
   *[other] { $n } Aufträge
}

## text.activity

activity-title = Aktivität
activity-empty = Noch ist nichts passiert: Korrekturen und erneute Sendungen erscheinen hier.
activity-column-when = Wann
activity-column-who = Wer
activity-column-what = Was
activity-actor-user = Sie
activity-actor-monitor = Überwachung
activity-actor-resend = Erneut senden
activity-actor-check = Prüfung
activity-describe = { $action ->
    [map] { $subject } wurde { $outcome } zugeordnet
    [policy] Regel { $subject } auf { $outcome } gestellt
    [undo] Änderung an { $subject } rückgängig gemacht
    [create-item] Artikel { $subject } im ERP angelegt
    [create-customer] Kunde { $subject } im ERP angelegt
    [left-erp] Auftrag { $subject } ist nicht mehr im ERP (war { $outcome }): wartet auf erneutes Senden
    [send] { $outcome ->
        [created] Auftrag { $subject } gesendet: im ERP angelegt
        [already_in_erp] Auftrag { $subject } war schon im ERP: nicht doppelt gesendet
       *[other] { $problem ->
            [none] Senden von Auftrag { $subject } fehlgeschlagen
           *[other] Senden von Auftrag { $subject } fehlgeschlagen ({ $problem })
        }
    }
   *[other] { $action } { $subject }
}

## text.connections

connections-title = Verbindungen
connections-intro = Verbinden Sie Ihren Onlineshop und Ihr ERP. Schlüssel liegen im Schlüsselbund dieses Computers; dieses Fenster kann sie speichern, aber nie wieder auslesen.
connections-store = Onlineshop
connections-erp = ERP
connections-middleware = Integrations-Tool (optional)
connections-middleware-intro = Laufen Ihre Aufträge über n8n, Celigo oder Make, verbinden Sie es: Die App liest dann auch die dort fehlgeschlagenen Aufträge und kann sie dort wiederholen, nach Prüfung im ERP, damit keiner doppelt angelegt wird.
connections-remove-middleware = Dieses Tool nicht mehr lesen
connections-system = System
connections-secret-saved = Schlüssel im Schlüsselbund gespeichert
connections-secret-missing = Noch kein Schlüssel gespeichert
connections-secret-keep = Leer lassen, um den gespeicherten Schlüssel zu behalten
connections-expires = Läuft ab am { $day }
connections-test = Verbindung testen
connections-testing = Wird getestet…
connections-save = Verbindung speichern
connections-required = { $label } ist erforderlich
connections-use-mine = Eigenen Shop und ERP nutzen
connections-use-demo = Zurück zur Demo
connections-using-demo = Die App zeigt die Demo.
connections-using-mine = Die App prüft Ihren eigenen Shop und Ihr ERP.
connections-signed-in = Angemeldet — im Schlüsselbund gespeichert
connections-sign-in = Im Browser anmelden
connections-sign-in-help-business-central = Ihr Browser öffnet die Anmeldeseite von Microsoft: Melden Sie sich mit Ihrem Arbeitskonto an und wählen Sie „Accept“. Kein App-Schlüssel nötig.
connections-sign-in-help-netsuite = Ihr Browser öffnet die Anmeldeseite von NetSuite: Melden Sie sich an, wählen Sie Ihre Rolle und dann „Allow“. Kein Zertifikat nötig.
connections-sign-in-help-square = Ihr Browser öffnet die Anmeldeseite von Square: Melden Sie sich als Verkäufer an und wählen Sie „Allow“. Die App liest nur; ein Zugriffstoken ist nicht nötig.
connections-waiting = Schließen Sie die Anmeldung bei { $authority } im Browser ab. Dieses Fenster aktualisiert sich selbst.
connections-no-browser = Es hat sich kein Browserfenster geöffnet. Kopieren Sie diese Adresse in Ihren Browser:
connections-cancel = Anmeldung abbrechen
connections-advanced = Erweitert: mit App-Schlüssel, Zertifikat oder Tokens verbinden

## text.settings

settings-title = Einstellungen
settings-monitor = Überwachung
settings-interval = Prüfen alle (Minuten)
settings-grace = Warten, bevor ein Auftrag als fehlend gilt (Minuten)
settings-auto-send = Wartende Aufträge automatisch senden
settings-auto-send-help = Aufträge, die jede Prüfung bestehen, werden in jeder Runde gesendet; was das ERP ablehnen würde, wartet auf Sie.
settings-paused = Überwachung pausieren
settings-start-at-login = Beim Anmelden starten
settings-channels = Wen benachrichtigen, wenn ein Auftrag scheitert
settings-desktop = Desktop-Benachrichtigungen
settings-slack = Slack
settings-slack-webhook = Adresse des Slack-Incoming-Webhooks
settings-slack-help = In Slack: „Apps → Incoming Webhooks → Add to Slack“, Kanal wählen, Adresse kopieren.
settings-email = E-Mail
settings-smtp-host = Mailserver (SMTP)
settings-smtp-port = Port
settings-smtp-user = Benutzername
settings-smtp-password = Passwort
settings-from = Absenderadresse
settings-to = Empfänger (durch Komma getrennt)
settings-secret-saved = gespeichert — leer lassen, um es zu behalten
settings-test-alert = Testmeldung senden
settings-test-sent = { $channel }: gesendet
settings-test-failed = { $channel }: nicht gesendet — { $error }
settings-no-channel = Kein Kanal ist eingeschaltet.
settings-saved-note = Einstellungen gespeichert.
settings-language = Sprache
settings-language-system = Wie auf diesem Computer ({ $language })
settings-language-help = Auch Befunde, Benachrichtigungen und der exportierte Bericht verwenden sie.
settings-updates = Updates
settings-update-version = Sie verwenden Version { $version }.
settings-update-updated = Aktualisiert von Version { $from } auf Version { $version }.
settings-update-not-set-up = Diese Kopie der App aktualisiert sich nicht selbst. Neue Versionen gibt es auf der Download-Seite.
settings-update-newest = Sie haben die neueste Version (geprüft { $when }).
settings-update-available = Version { $version } ist bereit zur Installation
settings-update-install-help = Aufträge, die gerade erneut gesendet werden, laufen erst zu Ende, und bis die App zurück ist, wird nichts Neues gesendet. Sie startet von selbst neu, und die Überwachung läuft weiter.
settings-update-install = Installieren und neu starten
settings-update-check = Nach Updates suchen
settings-update-waiting = Warten, bis die erneut gesendeten Aufträge fertig sind …
settings-update-downloading = Update wird heruntergeladen: { $percent } %
settings-update-downloading-unknown = Update wird heruntergeladen …
settings-update-installing = Die Signatur des Updates ist echt. Wird installiert …
settings-update-restarting = Neustart mit der neuen Version …

## connectorText.shopify

connector-shopify-name = Shopify
connector-shopify-secret-label = Admin-API-Zugriffstoken
connector-shopify-secret-help = „Shopify admin → Settings → Apps → Develop apps“ → Ihre App → „API credentials“. Beginnt mit shpat_. Bei client credentials das „Client secret“ der App einfügen.
connector-shopify-field-url-label = Shop-Adresse
connector-shopify-field-url-help = Die myshopify.com-Adresse Ihres Shops, z. B. https://my-shop.myshopify.com.
connector-shopify-field-auth-label = Anmeldeverfahren
connector-shopify-field-auth-help = access-token für das Token einer eigenen App; client-credentials für eine App mit Client-ID und Secret.
connector-shopify-field-client-id-label = Client-ID
connector-shopify-field-client-id-help = Nur für client credentials: die „Client ID“ der App auf derselben Seite „API credentials“.
connector-shopify-field-token-expires-label = Token läuft ab am
connector-shopify-field-token-expires-help = Hat das Token ein Enddatum, tragen Sie es ein, um zwei Wochen vorher gewarnt zu werden.
connector-shopify-field-status-page-label = Statusseite
connector-shopify-field-status-page-help = Optional: https://www.shopifystatus.com, um Shopify-Störungen in Schritt 1 zu sehen.
connector-shopify-field-ready-statuses-label = Buchbare Zahlungsstatus
connector-shopify-field-ready-statuses-help = Durch Komma getrennt. Leer lassen für „bezahlt“ bei Shopify: PAID, PARTIALLY_REFUNDED. Aufträge in anderen Status (PENDING, AUTHORIZED) werden zurückgehalten und in Schritt 1 gelistet, bis Shopify sie als bezahlt markiert.

## connectorText.woocommerce

connector-woocommerce-name = WooCommerce
connector-woocommerce-secret-label = Consumer Key und Secret
connector-woocommerce-secret-help = „WordPress admin → WooCommerce → Settings → Advanced → REST API → Add key“ (Read). Einfügen als ck_…:cs_…
connector-woocommerce-field-url-label = Shop-Adresse
connector-woocommerce-field-url-help = Die Adresse Ihrer WordPress-Website, z. B. https://shop.example.com.
connector-woocommerce-field-auth-label = Anmeldeverfahren
connector-woocommerce-field-auth-help = basic über HTTPS (üblich); query-string, wenn Ihr Server den Authorization-Header verwirft; oauth1 über reines HTTP.
connector-woocommerce-field-status-page-label = Statusseite
connector-woocommerce-field-status-page-help = Optional: die Statusseite Ihres Hosters, falls vorhanden.
connector-woocommerce-field-ready-statuses-label = Buchbare Auftragsstatus
connector-woocommerce-field-ready-statuses-help = Durch Komma getrennt. Leer lassen für „bezahlt“ bei WooCommerce: processing, completed. Aufträge „On hold“ (Überweisung, Scheck) warten auf das Geld: Sie werden zurückgehalten und in Schritt 1 gelistet, bis Sie sie als bezahlt markieren. Nutzen Sie ein Plugin, fügen Sie dessen Status hinzu, etwa shipped.
connector-square-name = Square
connector-square-secret-label = Zugriffstoken
connector-square-secret-help = „Square Developer Console → your application → Credentials → Production access token“ (Show). Es muss Aufträge, Artikel, Kunden und Standorte lesen dürfen.
connector-square-field-url-label = Square-Adresse
connector-square-field-url-help = https://connect.squareup.com für Ihr echtes Konto; https://connect.squareupsandbox.com für eine Sandbox.
connector-square-field-location-ids-label = Standorte
connector-square-field-location-ids-help = Standort-IDs, durch Komma getrennt („Square Developer Console → your application → Locations“). Leer lassen, um alle aktiven Standorte zu lesen.
connector-square-field-auth-label = Anmeldeverfahren
connector-square-field-auth-help = token für ein persönliches Zugriffstoken; browser, um sich als Verkäufer bei Square anzumelden (Schaltfläche oben).
connector-square-field-client-id-label = Anwendungs-ID
connector-square-field-client-id-help = Für die Anmeldung im Browser: „Square Developer Console → Ihre Anwendung → OAuth → Application ID“.
connector-square-field-redirect-url-label = Weiterleitungs-URL
connector-square-field-redirect-url-help = Die https://-Adresse, die auf derselben OAuth-Seite als „Redirect URL“ der Anwendung eingetragen ist: die Seite, die die Antwort von Square an diese App weitergibt (sign-in/square.html in den Dateien der App).
connector-square-field-token-expires-label = Token gültig bis
connector-square-field-token-expires-help = Persönliche Zugriffstoken laufen nicht ab. Hat Ihres ein Enddatum, tragen Sie es ein, um zwei Wochen vorher gewarnt zu werden.
connector-square-field-status-page-label = Statusseite
connector-square-field-status-page-help = Optional: https://www.issquareup.com, um Störungen bei Square in Schritt 1 zu sehen.
connector-square-field-ready-statuses-label = Buchbare Auftragszustände
connector-square-field-ready-statuses-help = Durch Komma getrennt. Leer lassen für abgeschlossene Verkäufe bei Square: COMPLETED. Offene Aufträge (offene Tabs, unbezahlte Rechnungen) werden zurückgehalten und in Schritt 1 gelistet, bis sie abgeschlossen sind; stornierte werden nie gebucht.

## connectorText.csv

connector-csv-name = Shopify-CSV-Export
connector-csv-secret-label = { "" }
connector-csv-secret-help = { "" }
connector-csv-field-path-label = CSV-Datei
connector-csv-field-path-help = „Shopify admin → Orders → Export → CSV for Excel or other programs“; geben Sie an, wo Sie die Datei gespeichert haben.
connector-csv-field-ready-statuses-label = Buchbare Finanzstatus
connector-csv-field-ready-statuses-help = Durch Komma getrennt, wie in der Spalte „Financial Status“ der Datei. Leer lassen für paid, partially_refunded; andere Aufträge (pending, authorized) werden zurückgehalten und in Schritt 1 gelistet.

## connectorText.netsuite

connector-netsuite-name = NetSuite
connector-netsuite-secret-label = Privater Schlüssel (PEM) oder Token-Secrets
connector-netsuite-secret-help = Der private Schlüssel des Zertifikats, das Sie unter „Setup → Integration → OAuth 2.0 Client Credentials (M2M) Setup“ hochgeladen haben. Für tokenbasierte Anmeldung die vier TBA-Werte als JSON einfügen.
connector-netsuite-field-url-label = REST-Adresse
connector-netsuite-field-url-help = „Setup → Company → Company Information → Company URLs → SUITETALK (SOAP AND REST WEB SERVICES)“.
connector-netsuite-field-account-id-label = Konto-ID
connector-netsuite-field-account-id-help = Auf derselben Seite: „Account ID“, z. B. 1234567 oder 1234567_SB1 für eine Sandbox.
connector-netsuite-field-auth-label = Anmeldeverfahren
connector-netsuite-field-auth-help = client-credentials (OAuth 2.0 mit Zertifikat), browser (selbst anmelden: Schaltfläche oben) oder token-based (TBA).
connector-netsuite-field-authorize-url-label = Anmeldeseite
connector-netsuite-field-authorize-url-help = Nur wenn NetSuite Ihnen eine andere genannt hat; leer lassen für die Ihres Kontos.
connector-netsuite-field-client-id-label = Client-ID
connector-netsuite-field-client-id-help = „Setup → Integration → Manage Integrations“ → Integrationsdatensatz der App: „Client ID“. Für die Anmeldung im Browser „Authorization Code Grant“ und „Public Client“ ankreuzen, Scope „REST Web Services“, Redirect order-sync-doctor://sign-in/netsuite.
connector-netsuite-field-certificate-id-label = Zertifikat-ID
connector-netsuite-field-certificate-id-help = „Setup → Integration → OAuth 2.0 Client Credentials (M2M) Setup“: die „Certificate ID“ Ihrer Zuordnung.
connector-netsuite-field-algorithm-label = Schlüsseltyp
connector-netsuite-field-algorithm-help = PS256 für einen RSA-Schlüssel, ES256 für einen EC-Schlüssel.
connector-netsuite-field-certificate-expires-label = Zertifikat läuft ab am
connector-netsuite-field-certificate-expires-help = Enddatum des Zertifikats, um gewarnt zu werden, bevor NetSuite es nicht mehr annimmt.
connector-netsuite-field-max-concurrency-label = Gleichzeitige Anfragen
connector-netsuite-field-max-concurrency-help = „Setup → Integration → Integration Governance“ zeigt, wie viele gleichzeitige Anfragen Ihr Konto darf.

## connectorText.business-central

connector-business-central-name = Business Central
connector-business-central-secret-label = Geheimer Clientschlüssel
connector-business-central-secret-help = „Azure portal → Microsoft Entra ID → App registrations“ → Ihre App → „Certificates & secrets → New client secret“: den „Value“ kopieren.
connector-business-central-field-tenant-label = Tenant
connector-business-central-field-tenant-help = Die Domain Ihrer geschäftlichen E-Mail, etwa contoso.com, oder „Entra ID → Overview → Tenant ID“.
connector-business-central-field-environment-label = Umgebung
connector-business-central-field-environment-help = „Business Central admin center → Environments“, z. B. production oder sandbox.
connector-business-central-field-company-label = Unternehmen
connector-business-central-field-company-help = Optional: der Name des Unternehmens wie in Business Central angezeigt; sonst das erste Unternehmen.
connector-business-central-field-auth-label = Anmeldeverfahren
connector-business-central-field-auth-help = client-secret für eine App-Registrierung mit Secret; browser, um sich selbst anzumelden (Schaltfläche oben).
connector-business-central-field-client-id-label = Client-ID
connector-business-central-field-client-id-help = „App registrations“ → Ihre App → „Overview → Application (client) ID“. Für die Anmeldung im Browser muss die App öffentliche Clientflows erlauben und den Redirect http://127.0.0.1 haben.
connector-business-central-field-secret-expires-label = Secret läuft ab am
connector-business-central-field-secret-expires-help = Steht neben dem Secret unter „Certificates & secrets“.
connector-business-central-field-api-url-label = API-Adresse
connector-business-central-field-api-url-help = Nur für andere Clouds oder einen Proxy; leer lassen für Business Central online.
connector-business-central-field-login-url-label = Anmeldeadresse
connector-business-central-field-login-url-help = Nur für andere Clouds; leer lassen für https://login.microsoftonline.com/.

## connectorText.sap-b1

connector-sap-b1-name = SAP Business One
connector-sap-b1-secret-label = Passwort
connector-sap-b1-secret-help = Das Passwort des Benutzers in SAP Business One, mit dem sich die Integration anmeldet.
connector-sap-b1-field-url-label = Adresse des Service Layer
connector-sap-b1-field-url-help = Fragen Sie Ihren SAP-Partner; meist https://your-server:50000/b1s/v1.
connector-sap-b1-field-company-db-label = Unternehmensdatenbank
connector-sap-b1-field-company-db-help = Name der Unternehmensdatenbank, wie bei der Anmeldung an SAP Business One angezeigt, z. B. SBODEMOUS.
connector-sap-b1-field-username-label = Benutzer
connector-sap-b1-field-username-help = Ein Benutzer in SAP Business One mit Lizenz für den Service Layer.

## connectorText.odoo

connector-odoo-name = Odoo
connector-odoo-secret-label = API-Schlüssel
connector-odoo-secret-help = In Odoo: Ihr Avatar → „My Profile → Account Security → New API Key“.
connector-odoo-field-url-label = Odoo-Adresse
connector-odoo-field-url-help = Die Adresse, unter der Sie Odoo öffnen, z. B. https://mycompany.odoo.com.
connector-odoo-field-database-label = Datenbank
connector-odoo-field-database-help = Angezeigt unter /web/database/selector oder, bei Online-Datenbanken, im Odoo.com-Portal.
connector-odoo-field-login-label = Anmeldename
connector-odoo-field-login-help = Die E-Mail, zu der der API-Schlüssel gehört.
connector-odoo-field-protocol-label = Protokoll
connector-odoo-field-protocol-help = json2 ab Odoo 19; jsonrpc für ältere Versionen.

## connectorText.n8n

connector-n8n-name = n8n
connector-n8n-secret-label = API-Schlüssel
connector-n8n-secret-help = In n8n: „Settings → n8n API → Create an API key“. Er muss Workflows und Ausführungen lesen und Ausführungen wiederholen dürfen.
connector-n8n-field-url-label = n8n-Adresse
connector-n8n-field-url-help = Die Adresse, unter der Sie n8n öffnen, z. B. https://n8n.example.com.

## connectorText.celigo

connector-celigo-name = Celigo integrator.io
connector-celigo-secret-label = API-Token
connector-celigo-secret-help = In integrator.io: „Resources → API tokens → Create API token“, mit Zugriff auf die Flows, die Ihre Aufträge senden.
connector-celigo-field-url-label = API-Adresse
connector-celigo-field-url-help = Leer lassen für die US-Site; für die EU-Site https://api.eu.integrator.io/v1/ verwenden.

## connectorText.make

connector-make-name = Make
connector-make-secret-label = API-Token
connector-make-secret-help = In Make: Ihr Profil → „API access → Add token“, mit den Scopes scenarios:read, dlqs:read und dlqs:write.
connector-make-field-url-label = API-Adresse
connector-make-field-url-help = Die Adresse Ihrer Zone mit /api/v2, z. B. https://eu1.make.com/api/v2 (der Anfang der Adresse, unter der Sie Make sehen).
connector-make-field-team-id-label = Team-ID
connector-make-field-team-id-help = Die Zahl nach /team/ in der Adresse von Make, wenn Sie Ihr Team öffnen.

## connectorText.tryton

connector-tryton-name = Tryton
connector-tryton-secret-label = Passwort
connector-tryton-secret-help = Das Passwort des Tryton-Benutzers, mit dem sich die Integration anmeldet.
connector-tryton-field-url-label = Serveradresse
connector-tryton-field-url-help = Die Adresse, mit der sich Ihr Tryton-Client verbindet, z. B. http://tryton.example:8000.
connector-tryton-field-database-label = Datenbank
connector-tryton-field-database-help = Der bei der Anmeldung an Tryton gewählte Datenbankname.
connector-tryton-field-username-label = Benutzer
connector-tryton-field-username-help = Ein Tryton-Benutzer, der Verkäufe, Produkte und Parteien anlegen darf.

## text.error

error-profile = Die Einstellungen sind nicht verwendbar
error-secret-missing = Ein gespeichertes Geheimnis fehlt
error-keychain = Der Schlüsselbund dieses Computers ist nicht verfügbar
error-database = Die eigenen Daten der App konnten nicht gelesen oder geschrieben werden
error-simulator = Die Demo konnte nicht starten
error-not-found = Nicht gefunden
error-not-undoable = Diese Änderung lässt sich hier nicht rückgängig machen
error-erp-refused = Das ERP hat die Änderung abgelehnt
error-not-ready = Der Shop zählt diesen Auftrag noch nicht als bereit
error-middleware = Das Integrations-Tool ist nicht verwendbar
error-desktop = Der Desktop hat die Anfrage abgelehnt
error-internal = Etwas ist schiefgegangen
error-update-refused = Das Update wurde abgelehnt
error-update-failed = Das Update ist nicht durchgelaufen
error-update-installing = Ein Update wird installiert
