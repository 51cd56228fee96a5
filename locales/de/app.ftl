# Deutsch. Übersetzt aus locales/en/app.ftl; dieselben IDs und Platzhalter.

## Tray

tray-status-unknown = Order Sync Doctor: noch nicht geprüft
tray-status-ok = Order Sync Doctor: alle Aufträge erreichen das ERP
tray-status-attention = Order Sync Doctor: etwas braucht Ihre Aufmerksamkeit
tray-status-blocked = Order Sync Doctor: Aufträge erreichen das ERP nicht
tray-open = Öffnen
tray-check-now = Jetzt prüfen
tray-pause = Überwachung pausieren
tray-quit = Beenden

## Aufträge gezählt

orders-waiting = { $count ->
    [one] { $count } Auftrag wartet darauf, { $erp } zu erreichen.
   *[other] { $count } Aufträge warten darauf, { $erp } zu erreichen.
}

## Der exportierte Bericht ($when: Datum und Uhrzeit, schon auf Deutsch geschrieben)

report-title = Bericht zur Auftragsübertragung: { $store } → { $erp }
report-checked = Geprüft am { $when }.
report-status-ok = OK
report-status-warning = Braucht Aufmerksamkeit
report-status-failed = Blockiert
report-how-to-fix = So beheben Sie es: { $fix }
report-orders = Aufträge: { $orders }
report-technical-details = Technische Details
reconciliation-title = Shop und ERP im Vergleich: { $store } und { $erp }
reconciliation-period = Aufträge vom { $from } bis { $to }, verglichen am { $when }.
reconciliation-in-erp = im ERP: { $documents }
reconciliation-look-alikes = Möglicherweise doppelt gebucht
reconciliation-look-alikes-intro = Belege mit gleichem Kunden, Datum, Betrag und gleichen Positionen, von denen einer die Referenz des Shops nicht trägt: ein schwächeres Zeichen als eine gemeinsame Referenz. Öffnen Sie beide in { $erp }, bevor Sie einen stornieren.

## Benachrichtigungen: Desktop, Slack und E-Mail

alert-failures-title = { $count ->
    [one] { $count } Auftrag wurde nicht an { $erp } übertragen
   *[other] { $count } Aufträge wurden nicht an { $erp } übertragen
}
alert-failures-body = { $causes }. Öffnen Sie Order Sync Doctor, um die Gründe zu sehen und sie zu beheben.
alert-cause = { $count } × { $label }
alert-outage-title = { $erp } ist nicht erreichbar
alert-outage-body = { $why }. Neue Aufträge warten sicher und werden gesendet, sobald es wieder erreichbar ist; dann erhalten Sie noch eine Nachricht.
alert-back-title = { $erp } ist wieder erreichbar
alert-back-body = { $minutes ->
    [one] Es war etwa { $minutes } Minute nicht erreichbar; wartende Aufträge werden jetzt gesendet.
   *[other] Es war etwa { $minutes } Minuten nicht erreichbar; wartende Aufträge werden jetzt gesendet.
}
alert-silence-title = { $hours ->
    [one] Seit { $hours } Stunde keine neuen Aufträge von { $store }
   *[other] Seit { $hours } Stunden keine neuen Aufträge von { $store }
}
alert-silence-body = Das ist während der Geschäftszeiten ungewöhnlich: Prüfen Sie, ob der Shop Bestellungen annimmt und seine Verbindung funktioniert.
alert-test-title = Testbenachrichtigung von Order Sync Doctor
alert-test-body = Wenn Sie das lesen können, erreichen Sie Benachrichtigungen per { $channel }.
alert-open = Order Sync Doctor öffnen
alert-sent-by = Gesendet von Order Sync Doctor

## Ein paar Worte zu einem Problem, wie eine Benachrichtigung es nennt

alert-label-sku-not-found = Artikelnummer unbekannt
alert-label-unit-not-found = Mengeneinheit fehlt
alert-label-customer-not-found = Kunde nicht gefunden
alert-label-period-closed = Periode geschlossen
alert-label-erp-timeout = Zeitüberschreitung im ERP
alert-label-rate-limited = Anfragelimit erreicht
alert-label-erp-unreachable = ERP nicht erreichbar
alert-label-erp-maintenance = ERP-Wartung
alert-label-erp-auth-failed = Anmeldung abgelehnt
alert-label-duplicate-order = mögliches Duplikat
alert-label-field-too-long = Wert zu lang
alert-label-unsupported-characters = Zeichen abgelehnt
alert-label-country-code-mismatch = Ländercode
alert-label-state-code-mismatch = Bundesstaat-Code
alert-label-tax-code-unmapped = Steuercode fehlt
alert-label-currency-inactive = Währung inaktiv
alert-label-total-mismatch = Summen stimmen nicht
alert-label-status-unverified = Status nicht bestätigt
alert-label-order-not-synced = noch nicht gesendet
alert-label-erp-permission-missing = Berechtigung fehlt
alert-label-negative-inventory = zu wenig Bestand
alert-label-unknown-vendor-answer = unbekannte Antwort
alert-label-order-left-erp = nicht mehr im ERP
alert-label-erp-duplicates = doppelt im ERP
alert-label-other = anderer Fehler

## The app's own updates (tray, and errors the window shows as they are)

tray-update = Update auf { $version } verfügbar …
update-installing = Ein Update wird installiert, die App startet gleich neu. Bitte danach erneut versuchen.
update-none = Es gibt kein Update zum Installieren. Bitte zuerst nach Updates suchen.
update-check-failed = Die App konnte nicht prüfen, ob es ein Update gibt. Bitte die Internetverbindung prüfen und es später erneut versuchen. ({ $detail })
update-refused = Das Update auf { $version } wurde abgelehnt: Es ist nicht genau das, was der Herausgeber von Order Sync Doctor signiert hat (es wurde unterwegs verändert oder stammt von jemand anderem). Es wurde nichts geändert: Sie verwenden weiterhin Version { $current }. ({ $detail })
update-install-failed = Das Update auf { $version } konnte nicht installiert werden. Sie verwenden weiterhin Version { $current }. ({ $detail })
