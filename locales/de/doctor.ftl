# Deutsch. Übersetzt aus locales/en/doctor.ftl: was der Doctor zu jedem Befund sagt, in einem Satz,
# den eine Shop-Leitung versteht, was zu tun ist und wo man klickt. Dieselben IDs mit denselben
# Platzhaltern wie im Englischen (crates/i18n prüft das in CI).
#
# Platzhalter: $count ist eine Anzahl von Aufträgen (sie wählt die Pluralform); $store und $erp sind
# Produktnamen (Shopify, NetSuite, …) und bleiben, wie sie sind; $key ist der Wert, um den es im
# Befund geht (eine SKU, eine E-Mail, eine Periode, ein Steuersatz), so angezeigt, wie er kam;
# $system ist das Integrations-Tool des Nutzers (n8n, Celigo, Make). Anführungszeichen: „…“.
# Entwurf eines KI-Modells, maschinell geprüft, noch nicht von Muttersprachlern geprüft. Anrede: Sie.
# Bildschirmnamen anderer Hersteller: siehe notes/i18n/doctor-de-sources.md.

## Befunde: was nicht stimmt und wie viele Aufträge es zurückhält

finding-store-unreachable = { $store } ist gerade nicht erreichbar.
finding-erp-unreachable = { $erp } ist gerade nicht erreichbar.
finding-store-maintenance = { $store } meldet laufende Wartungsarbeiten: { $key }.
finding-store-maintenance-keyless = { $store } ist wegen Wartung nicht verfügbar.
finding-erp-maintenance = { $erp } meldet laufende Wartungsarbeiten: { $key }.
finding-erp-maintenance-keyless = { $erp } ist wegen Wartung nicht verfügbar.
finding-store-incident = { $store } meldet eine anhaltende Störung: { $key }.
finding-store-incident-keyless = { $store } meldet eine anhaltende Störung.
finding-erp-incident = { $erp } meldet eine anhaltende Störung: { $key }.
finding-erp-incident-keyless = { $erp } meldet eine anhaltende Störung.
finding-store-auth-failed = { $store } akzeptiert die gespeicherte Anmeldung nicht mehr.
finding-erp-auth-failed = { $count ->
    [one] { $count } Auftrag scheiterte, weil { $erp } damals die Anmeldung abgelehnt hat.
   *[other] { $count } Aufträge scheiterten, weil { $erp } damals die Anmeldung abgelehnt hat.
}
finding-erp-auth-failed-login = { $erp } akzeptiert die gespeicherte Anmeldung nicht mehr.
finding-credential-expiring = Die Anmeldung bei { $erp } läuft bald ab: { $key }.
finding-credential-expiring-keyless = Die Anmeldung bei { $erp } läuft bald ab.
finding-sku-not-found = { $count ->
    [one] { $count } Auftrag wartet auf eine Artikelnummer, die { $erp } nicht kennt: „{ $key }“.
   *[other] { $count } Aufträge warten auf eine Artikelnummer, die { $erp } nicht kennt: „{ $key }“.
}
finding-sku-not-found-keyless = { $count ->
    [one] { $count } Auftrag wartet auf einen Artikel, den { $erp } nicht kennt.
   *[other] { $count } Aufträge warten auf einen Artikel, den { $erp } nicht kennt.
}
finding-sku-not-found-no-code = { $count ->
    [one] { $count } Auftrag hat eine Zeile „{ $line }“ ohne Artikelnummer; { $erp } weiß nicht, welcher Artikel das ist.
   *[other] { $count } Aufträge haben eine Zeile „{ $line }“ ohne Artikelnummer; { $erp } weiß nicht, welcher Artikel das ist.
}
finding-customer-not-found = { $count ->
    [one] { $count } Auftrag wartet auf einen Kunden, den { $erp } nicht findet: { $key }.
   *[other] { $count } Aufträge warten auf einen Kunden, den { $erp } nicht findet: { $key }.
}
finding-customer-not-found-keyless = { $count ->
    [one] { $count } Auftrag wartet auf einen Kunden, den { $erp } nicht findet.
   *[other] { $count } Aufträge warten auf einen Kunden, den { $erp } nicht findet.
}
finding-customer-not-found-guest = { $count ->
    [one] { $count } Auftrag aus einer Gastbestellung wartet auf einen Kundendatensatz in { $erp }.
   *[other] { $count } Aufträge aus Gastbestellungen warten auf einen Kundendatensatz in { $erp }.
}
finding-period-closed = { $count ->
    [one] { $count } Auftrag fällt in { $key }, eine Periode, die in { $erp } abgeschlossen ist.
   *[other] { $count } Aufträge fallen in { $key }, eine Periode, die in { $erp } abgeschlossen ist.
}
finding-period-closed-keyless = { $count ->
    [one] { $count } Auftrag fällt in eine Periode, die in { $erp } abgeschlossen ist.
   *[other] { $count } Aufträge fallen in eine Periode, die in { $erp } abgeschlossen ist.
}
finding-erp-timeout = { $count ->
    [one] { $count } Auftrag scheiterte, weil { $erp } zu lange für die Antwort brauchte.
   *[other] { $count } Aufträge scheiterten, weil { $erp } zu lange für die Antwort brauchte.
}
finding-rate-limited = { $count ->
    [one] { $count } Auftrag scheiterte, weil { $erp } damals überlastet war.
   *[other] { $count } Aufträge scheiterten, weil { $erp } damals überlastet war.
}
finding-duplicate-order = { $count ->
    [one] { $count } Auftrag ist vielleicht schon unter derselben Referenz in { $erp }.
   *[other] { $count } Aufträge sind vielleicht schon unter derselben Referenz in { $erp }.
}
finding-unclassified-error = { $count ->
    [one] { $count } Auftrag scheiterte an einem Fehler, den wir nicht benennen konnten.
   *[other] { $count } Aufträge scheiterten an einem Fehler, den wir nicht benennen konnten.
}
finding-field-too-long = { $count ->
    [one] { $count } Auftrag hat einen Wert, der für das Feld „{ $key }“ in { $erp } zu lang ist.
   *[other] { $count } Aufträge haben einen Wert, der für das Feld „{ $key }“ in { $erp } zu lang ist.
}
finding-field-too-long-keyless = { $count ->
    [one] { $count } Auftrag hat einen Wert, der für ein Feld in { $erp } zu lang ist.
   *[other] { $count } Aufträge haben einen Wert, der für ein Feld in { $erp } zu lang ist.
}
finding-unsupported-characters = { $count ->
    [one] { $count } Auftrag hat im Feld „{ $key }“ Emojis oder versteckte Zeichen, die { $erp } ablehnt.
   *[other] { $count } Aufträge haben im Feld „{ $key }“ Emojis oder versteckte Zeichen, die { $erp } ablehnt.
}
finding-unsupported-characters-keyless = { $count ->
    [one] { $count } Auftrag hat Emojis oder versteckte Zeichen, die { $erp } ablehnt.
   *[other] { $count } Aufträge haben Emojis oder versteckte Zeichen, die { $erp } ablehnt.
}
finding-country-code-mismatch = { $count ->
    [one] { $count } Auftrag nennt das Land „{ $key }“, { $erp } braucht aber einen Code aus zwei Buchstaben.
   *[other] { $count } Aufträge nennen das Land „{ $key }“, { $erp } braucht aber einen Code aus zwei Buchstaben.
}
finding-country-code-mismatch-keyless = { $count ->
    [one] { $count } Auftrag hat ein Land, das { $erp } nicht erkennt.
   *[other] { $count } Aufträge haben ein Land, das { $erp } nicht erkennt.
}
finding-state-code-mismatch = { $count ->
    [one] { $count } Auftrag nennt die Region „{ $key }“ statt ihres Codes.
   *[other] { $count } Aufträge nennen die Region „{ $key }“ statt ihres Codes.
}
finding-state-code-mismatch-keyless = { $count ->
    [one] { $count } Auftrag nennt eine Region ausgeschrieben, wo { $erp } ihren Code erwartet.
   *[other] { $count } Aufträge nennen eine Region ausgeschrieben, wo { $erp } ihren Code erwartet.
}
finding-unit-not-found = { $count ->
    [one] { $count } Auftrag hat eine Zeile in der Einheit { $key }, die { $erp } nicht hat.
   *[other] { $count } Aufträge haben eine Zeile in der Einheit { $key }, die { $erp } nicht hat.
}
finding-unit-not-found-keyless = { $count ->
    [one] { $count } Auftrag hat eine Zeile in einer Einheit, die { $erp } nicht hat.
   *[other] { $count } Aufträge haben eine Zeile in einer Einheit, die { $erp } nicht hat.
}
finding-tax-code-unmapped = { $count ->
    [one] { $count } Auftrag hat einen Steuersatz ohne Steuerschlüssel in { $erp }: { $key }.
   *[other] { $count } Aufträge haben einen Steuersatz ohne Steuerschlüssel in { $erp }: { $key }.
}
finding-tax-code-unmapped-keyless = { $count ->
    [one] { $count } Auftrag hat eine Steuer ohne Steuerschlüssel in { $erp }.
   *[other] { $count } Aufträge haben eine Steuer ohne Steuerschlüssel in { $erp }.
}
finding-currency-inactive = { $count ->
    [one] { $count } Auftrag ist in { $key }, einer Währung, die in { $erp } nicht aktiv ist.
   *[other] { $count } Aufträge sind in { $key }, einer Währung, die in { $erp } nicht aktiv ist.
}
finding-currency-inactive-keyless = { $count ->
    [one] { $count } Auftrag ist in einer Währung, die in { $erp } nicht aktiv ist.
   *[other] { $count } Aufträge sind in einer Währung, die in { $erp } nicht aktiv ist.
}
finding-total-mismatch = { $count ->
    [one] { $count } Auftrag hat Summen, die nicht zu seinen Positionen passen.
   *[other] { $count } Aufträge haben Summen, die nicht zu ihren Positionen passen.
}
finding-order-not-synced = { $count ->
    [one] { $count } Auftrag aus { $store } ist noch nicht in { $erp }.
   *[other] { $count } Aufträge aus { $store } sind noch nicht in { $erp }.
}
finding-clock-skew = Die Uhr dieses Computers weicht ab ({ $key }): genug, um signierte Anmeldungen zu stören.
finding-clock-skew-keyless = Die Uhr dieses Computers weicht so weit ab, dass signierte Anmeldungen scheitern.
finding-status-unverified = { $count ->
    [one] { $count } Auftrag hat { $erp } erreicht, aber sein Status ist weder offen noch in Bearbeitung.
   *[other] { $count } Aufträge haben { $erp } erreicht, aber ihr Status ist weder offen noch in Bearbeitung.
}
finding-erp-permission-missing = { $count ->
    [one] { $count } Auftrag scheiterte, weil der Integrationsrolle in { $erp } eine Berechtigung fehlt ({ $key }).
   *[other] { $count } Aufträge scheiterten, weil der Integrationsrolle in { $erp } eine Berechtigung fehlt ({ $key }).
}
finding-erp-permission-missing-keyless = { $count ->
    [one] { $count } Auftrag scheiterte, weil der Integrationsrolle in { $erp } eine Berechtigung fehlt.
   *[other] { $count } Aufträge scheiterten, weil der Integrationsrolle in { $erp } eine Berechtigung fehlt.
}
finding-erp-permission-missing-login = Die Anmeldung bei { $erp } funktioniert, aber ihrer Rolle fehlt eine Berechtigung, die diese App braucht: { $key }.
finding-erp-permission-missing-login-keyless = Die Anmeldung bei { $erp } funktioniert, aber ihrer Rolle fehlt eine Berechtigung, die diese App braucht.
finding-negative-inventory = { $count ->
    [one] { $count } Auftrag wartet, weil { $erp } zu wenig Bestand von „{ $key }“ hat, um ihn zu buchen.
   *[other] { $count } Aufträge warten, weil { $erp } zu wenig Bestand von „{ $key }“ hat, um sie zu buchen.
}
finding-negative-inventory-keyless = { $count ->
    [one] { $count } Auftrag wartet, weil { $erp } zu wenig Bestand hat, um ihn zu buchen.
   *[other] { $count } Aufträge warten, weil { $erp } zu wenig Bestand hat, um sie zu buchen.
}
finding-order-not-ready = { $count ->
    [one] { $count } Auftrag wird zurückgehalten, weil { $store } ihn als „{ $key }“ führt, was noch nicht buchbar ist.
   *[other] { $count } Aufträge werden zurückgehalten, weil { $store } sie als „{ $key }“ führt, was noch nicht buchbar ist.
}
finding-order-not-ready-keyless = { $count ->
    [one] { $count } Auftrag wird zurückgehalten, weil { $store } ihn noch nicht als bezahlt ansieht.
   *[other] { $count } Aufträge werden zurückgehalten, weil { $store } sie noch nicht als bezahlt ansieht.
}
finding-api-version-retiring = Eine Herstellerschnittstelle, die diese App nutzt, wird abgeschaltet: { $key }.
finding-api-version-retiring-keyless = Eine Herstellerschnittstelle, die diese App nutzt, wird abgeschaltet.
# $system ist der Hersteller, der geantwortet hat (das ERP, wenn das Protokoll es nicht sagt).
finding-unknown-vendor-answer = { $count ->
    [one] { $count } Auftrag bekam von { $erp } eine Antwort, die diese App-Version nicht kennt.
   *[other] { $count } Aufträge bekamen von { $erp } eine Antwort, die diese App-Version nicht kennt.
}
finding-unknown-vendor-answer-login = { $system } hat eine Antwort gegeben, die diese App-Version nicht kennt.
# $system ist das System, dessen Anmeldung abgelaufen ist (das ERP, außer der Befund nennt ein anderes).
finding-sign-in-again = Die Anmeldung bei { $system } ist abgelaufen; die App erreicht es erst wieder, wenn Sie sich erneut anmelden.
finding-order-left-erp = { $count ->
    [one] { $count } Auftrag war schon in { $erp }, ist dort aber nicht mehr und wartet auf erneutes Senden.
   *[other] { $count } Aufträge waren schon in { $erp }, sind dort aber nicht mehr und warten auf erneutes Senden.
}
finding-erp-duplicates = { $count ->
    [one] { $count } Auftrag aus { $store } ist mehrfach in { $erp }.
   *[other] { $count } Aufträge aus { $store } sind mehrfach in { $erp }.
}
finding-erp-duplicates-look-alike = { $count ->
    [one] { $count } Auftrag aus { $store } ist vielleicht doppelt in { $erp }: Eine Kopie ohne Shop-Referenz hat denselben Kunden, dasselbe Datum, dieselbe Summe und dieselben Positionen.
   *[other] { $count } Aufträge aus { $store } sind vielleicht doppelt in { $erp }: Eine Kopie ohne Shop-Referenz hat denselben Kunden, dasselbe Datum, dieselbe Summe und dieselben Positionen.
}
# $key ist der Pfad des Ordners.
finding-data-folder-not-private = Andere Konten auf diesem Computer können den Ordner mit den Daten Ihrer Kunden lesen ({ $key }).
finding-data-folder-not-private-keyless = Andere Konten auf diesem Computer können den Ordner mit den Daten Ihrer Kunden lesen.
finding-middleware-unreachable = Die App erreicht { $system } nicht, um die fehlgeschlagenen Läufe zu lesen.
finding-middleware-unreachable-keyless = Die App erreicht Ihr Integrations-Tool nicht, um die fehlgeschlagenen Läufe zu lesen.
finding-middleware-auth-failed = { $system } akzeptiert den gespeicherten API-Schlüssel nicht mehr.
finding-middleware-auth-failed-keyless = Ihr Integrations-Tool akzeptiert den gespeicherten API-Schlüssel nicht mehr.
finding-middleware-retryable = { $count ->
    [one] { $count } in { $system } fehlgeschlagener Auftrag kann dort erneut ausgeführt werden.
   *[other] { $count } in { $system } fehlgeschlagene Aufträge können dort erneut ausgeführt werden.
}
finding-middleware-retryable-keyless = { $count ->
    [one] { $count } in Ihrem Integrations-Tool fehlgeschlagener Auftrag kann dort erneut ausgeführt werden.
   *[other] { $count } in Ihrem Integrations-Tool fehlgeschlagene Aufträge können dort erneut ausgeführt werden.
}

## So beheben Sie es, in einer Zeile ($suggestion ist der Wert, den die App vorschlägt)

fix-store-unreachable = Prüfen Sie Ihre Internetverbindung; funktioniert sie, hat { $store } eine Störung: Warten Sie und prüfen Sie erneut.
fix-erp-unreachable = Prüfen Sie Ihre Internetverbindung; funktioniert sie, hat { $erp } eine Störung: Erneut senden, sobald es wieder da ist.
fix-maintenance = Warten Sie das Ende der Wartung ab und prüfen Sie dann erneut; bis dahin geht nichts verloren.
fix-store-incident = Aufträge kommen eventuell verspätet an, bis { $store } das behebt; prüfen Sie später erneut, es geht nichts verloren.
fix-erp-incident = Aufträge können scheitern, bis { $erp } das behebt; senden Sie die fehlgeschlagenen erneut, sobald die Statusseite grün ist.
fix-store-auth-failed = Erstellen Sie in { $store } ein neues Zugriffstoken und speichern Sie es unter Verbindungen (oder mit „sync-doctor login store“).
fix-erp-auth-failed = Ist der Verbindungstest oben grün, senden Sie diese Aufträge erneut; sonst erneuern Sie die Anmeldung bei { $erp }.
fix-credential-expiring = Erneuern Sie die Anmeldung vor diesem Datum in { $erp } und speichern Sie die neue, damit weiter Aufträge ankommen.
fix-sku-not-found = Legen Sie den Artikel „{ $key }“ in { $erp } an oder ordnen Sie ihn einem vorhandenen zu; dann erneut senden.
fix-sku-not-found-suggested = Wohl ein Tippfehler: Ordnen Sie „{ $key }“ dem Artikel „{ $suggestion }“ zu oder legen Sie den Artikel in { $erp } an.
fix-sku-not-found-keyless = Suchen Sie das Produkt im Auftrag, legen Sie es in { $erp } an oder ordnen Sie seine SKU einem vorhandenen Artikel zu; dann erneut senden.
fix-sku-not-found-no-code = Wählen Sie den Artikel in { $erp }, auf den Zeilen „{ $line }“ gebucht werden (legen Sie z. B. „{ $line }“ an), oder geben Sie dem Produkt in { $store } eine Nummer, und senden Sie dann erneut.
fix-sku-not-found-no-code-suggested = Buchen Sie Zeilen „{ $line }“ auf den gleichnamigen Artikel „{ $suggestion }“ in { $erp } und senden Sie dann erneut.
fix-customer-not-found = Legen Sie den Kunden in { $erp } an oder ordnen Sie diese E-Mail einem vorhandenen Kunden zu; dann erneut senden.
fix-customer-not-found-guest = Legen Sie in { $erp } einen Kunden für Gastbestellungen an (z. B. „Onlineshop-Gast“), wählen Sie ihn hier aus; dann erneut senden.
fix-customer-not-found-guest-suggested = Buchen Sie Gastbestellungen auf den Kunden „{ $suggestion }“ in { $erp } oder legen Sie dort einen dafür an; dann erneut senden.
fix-period-closed = Bitten Sie Ihre Buchhaltung, { $key } wieder zu öffnen, oder buchen Sie diese Aufträge in die aktuelle offene Periode.
fix-period-closed-keyless = Bitten Sie Ihre Buchhaltung, die Periode wieder zu öffnen, oder buchen Sie diese Aufträge in die aktuelle offene Periode.
fix-erp-timeout = Senden Sie sie erneut; der Doctor prüft jeden vorher, sodass keiner doppelt angelegt wird.
fix-rate-limited = Senden Sie sie erneut; der Doctor drosselt seine Anfragen, damit das nicht wieder passiert.
fix-duplicate-order = Öffnen Sie { $erp } und prüfen Sie vor allem anderen, ob der Auftrag schon dort ist.
fix-unclassified-error = Lesen Sie die technischen Details unten; helfen sie nicht, schicken Sie sie an Ihren ERP-Partner.
fix-field-too-long = Kürzen Sie den Wert in { $store } (oder im Auftrag); dann erneut senden.
fix-unsupported-characters = Entfernen Sie die Emojis oder versteckten Zeichen aus der Adresse; dann erneut senden.
fix-country-code-mismatch = Ordnen Sie „{ $key }“ seinem zweistelligen Code zu (z. B. „US“); dann erneut senden.
fix-country-code-mismatch-suggested = Senden Sie „{ $key }“ als Code „{ $suggestion }“; dann erneut senden.
fix-country-code-mismatch-keyless = Prüfen Sie das Land des Auftrags und ordnen Sie es dem Code von { $erp } zu; dann erneut senden.
fix-state-code-mismatch = Ordnen Sie „{ $key }“ seinem Regionscode zu (z. B. „CA“), damit { $erp } ihn richtig einordnet.
fix-state-code-mismatch-suggested = Senden Sie „{ $key }“ als Code „{ $suggestion }“, damit { $erp } ihn richtig einordnet.
fix-state-code-mismatch-keyless = Prüfen Sie die Region des Auftrags und ordnen Sie sie ihrem Code zu, damit { $erp } sie richtig einordnet.
fix-unit-not-found = Legen Sie die Einheit „{ $key }“ in { $erp } an und machen Sie sie zur Verkaufseinheit des Artikels; prüfen Sie dann erneut. Bis dahin würde die Menge als Stück gebucht.
fix-unit-not-found-keyless = Legen Sie die Einheit aus dem Auftrag in { $erp } an, machen Sie sie zur Verkaufseinheit des Artikels und prüfen Sie erneut.
fix-tax-code-unmapped = Legen Sie in { $erp } einen Steuerschlüssel mit diesem Satz an (oder ordnen Sie den Satz einem vorhandenen zu); dann erneut senden.
fix-tax-code-unmapped-suggested = Verwenden Sie den Steuerschlüssel „{ $suggestion }“ aus { $erp }, dessen Satz nur durch Rundung abweicht; dann erneut senden.
fix-currency-inactive = Aktivieren Sie { $key } in { $erp }; dann erneut senden.
fix-currency-inactive-keyless = Aktivieren Sie die Währung des Auftrags in { $erp }; dann erneut senden.
fix-total-mismatch = Vergleichen Sie den Auftrag in { $store } mit dem, was { $erp } berechnen wird; meist fehlt eine Rabattzeile.
fix-order-not-synced = Beheben Sie, was die Schritte oben zeigen, und senden Sie dann die bereiten Aufträge erneut.
fix-status-unverified = Lassen Sie den Doctor sie erneut suchen (er bestätigt ein Angebot, das eine verlorene Antwort hinterließ); bleibt einer übrig, öffnen Sie ihn in { $erp } und sehen Sie nach, warum er angehalten, geschlossen oder storniert ist.
fix-clock-skew = Schalten Sie in den Datums- und Uhrzeiteinstellungen dieses Computers die automatische Uhrzeit ein und prüfen Sie dann erneut.
fix-erp-permission-missing = Bitten Sie die Person, die { $erp } verwaltet, der Rolle der Integration die fehlende Berechtigung zu geben (die technischen Details nennen sie); dann prüfen Sie erneut.
fix-negative-inventory = Buchen Sie Bestand in { $erp } zu oder korrigieren Sie ihn (oder erlauben Sie negativen Bestand für den Artikel); dann erneut senden.
fix-order-not-ready = Nichts zu tun, bis der Auftrag in { $store } bezahlt ist; dann wird er von selbst gesendet. Welche Status als bereit gelten, ist eine Einstellung der Shop-Verbindung.
fix-api-version-retiring-erp = Bitten Sie die Person, die { $erp } betreut, das Upgrade auf eine unterstützte Version zu planen; bis dahin arbeitet diese App weiter damit.
fix-api-version-retiring = Aktualisieren Sie Order Sync Doctor vor diesem Datum; sonst müssen Sie nichts ändern.
fix-unknown-vendor-answer = Es wurde nichts geraten: Die Rohantwort steht in den technischen Details. Aktualisieren Sie Order Sync Doctor oder schicken Sie diese Details an den Support.
fix-sign-in-again = Öffnen Sie Verbindungen und melden Sie sich im Browser erneut bei { $erp } an; nichts Wartendes geht verloren.
fix-order-left-erp = Hat sie niemand in { $erp } absichtlich entfernt, senden Sie sie erneut: Jeder wird zuerst gesucht, sodass keiner doppelt angelegt wird.
fix-erp-duplicates = Behalten Sie die weiter fortgeschrittene Kopie (versandt oder berechnet) und stornieren Sie die andere in { $erp }; diese App löscht oder storniert dort nie Belege.
fix-erp-duplicates-look-alike = Öffnen Sie beide Belege in { $erp }; ist es derselbe Verkauf, behalten Sie den mit der Shop-Referenz und stornieren Sie den anderen dort. Diese App löscht oder storniert in { $erp } nie Belege.
fix-data-folder-not-private = Machen Sie den Ordner nur für Ihr Konto lesbar (die technischen Details nennen ihn und seine Rechte) oder fragen Sie, wer diesen Computer betreut.
fix-middleware-unreachable = Prüfen Sie seine Adresse unter Verbindungen und ob es läuft; die Aufträge warten weiter, keiner geht verloren.
fix-middleware-auth-failed = Erstellen Sie in seinen Einstellungen einen neuen API-Schlüssel (n8n: „Settings → n8n API“) und speichern Sie ihn unter Verbindungen.
fix-middleware-retryable = Sobald nichts aus den Schritten oben sie mehr aufhält, wiederholen Sie sie in { $system }: Jeder Auftrag wird zuerst in { $erp } gesucht, sodass keiner doppelt angelegt wird.
fix-middleware-retryable-keyless = Sobald nichts aus den Schritten oben sie mehr aufhält, wiederholen Sie sie in Ihrem Integrations-Tool: Jeder Auftrag wird zuerst in { $erp } gesucht, sodass keiner doppelt angelegt wird.

## Fehler im Integrations-Tool des Nutzers, behoben im ERP oder im Flow des Tools und dort wiederholt

middleware-fix-transient = Nichts zu korrigieren: Wiederholen Sie sie in { $system }; jeder Auftrag wird zuerst in { $erp } gesucht, sodass keiner doppelt angelegt wird.
middleware-fix-sku = Legen Sie den Artikel „{ $key }“ in { $erp } an oder korrigieren Sie die SKU im Flow von { $system }; wiederholen Sie sie dann in { $system }: Jeder Auftrag wird zuerst in { $erp } gesucht, sodass keiner doppelt angelegt wird.
middleware-fix-customer = Legen Sie den Kunden { $key } in { $erp } an oder korrigieren Sie, wie der Flow von { $system } ihn findet; wiederholen Sie sie dann in { $system }: Jeder Auftrag wird zuerst in { $erp } gesucht, sodass keiner doppelt angelegt wird.
middleware-fix-other = Korrigieren Sie es in { $erp } oder im Flow von { $system } (die Meldung von { $erp } steht wörtlich in den technischen Details); wiederholen Sie sie dann in { $system }: Jeder Auftrag wird zuerst in { $erp } gesucht, sodass keiner doppelt angelegt wird.
middleware-runs = { $runs ->
    [one] { $runs } fehlgeschlagener Lauf in { $system }.
   *[other] { $runs } fehlgeschlagene Läufe in { $system }.
}
middleware-runs-unnamed = { $unnamed ->
    [one] { $unnamed } davon nennt keinen Auftrag; die App kann ihn nicht im ERP suchen und wiederholt ihn nicht: Öffnen Sie { $system }, um ihn zu sehen.
   *[other] { $unnamed } davon nennen keinen Auftrag; die App kann sie nicht im ERP suchen und wiederholt sie nicht: Öffnen Sie { $system }, um sie zu sehen.
}
middleware-retry-change = { $count ->
    [one] { $system } führt den fehlgeschlagenen Lauf dieses Auftrags erneut aus, mit eigenen Zuordnungen und eigenem Flow.
   *[other] { $system } führt die fehlgeschlagenen Läufe dieser { $count } Aufträge erneut aus, mit eigenen Zuordnungen und eigenem Flow.
}
middleware-retry-safety = { $system } schreibt jeden Auftrag über seinen eigenen Flow in { $erp }. Vor jeder Wiederholung wird der Auftrag in { $erp } gesucht; einer, den { $erp } schon hat, wird nicht wiederholt, sodass keiner doppelt angelegt wird. Danach liest die App, wie der Lauf endete, und sucht den Auftrag erneut in { $erp }.

## Regeln, die der Nutzer gewählt hat und die ändern, wie Aufträge gesendet werden

applied-period-closed = { $count ->
    [one] { $count } Auftrag aus einer abgeschlossenen Periode wird wie gewählt in die nächste offene gebucht ({ $key }).
   *[other] { $count } Aufträge aus einer abgeschlossenen Periode werden wie gewählt in die nächste offene gebucht ({ $key }).
}
applied-field-too-long = { $count ->
    [one] Bei { $count } Auftrag wird der Wert „{ $key }“ wie gewählt gekürzt, damit er in { $erp } passt.
   *[other] Bei { $count } Aufträgen wird der Wert „{ $key }“ wie gewählt gekürzt, damit er in { $erp } passt.
}
applied-unsupported-characters = { $count ->
    [one] Bei { $count } Auftrag wird das Feld „{ $key }“ wie gewählt ohne die Zeichen gesendet, die { $erp } ablehnt.
   *[other] Bei { $count } Aufträgen wird das Feld „{ $key }“ wie gewählt ohne die Zeichen gesendet, die { $erp } ablehnt.
}
applied-other = { $count ->
    [one] { $count } Auftrag wurde nach einer Ihrer Regeln behandelt.
   *[other] { $count } Aufträge wurden nach einer Ihrer Regeln behandelt.
}
applied-fix-period-closed = Nichts zu tun; die technischen Details zeigen das alte und neue Datum jedes Auftrags. Nehmen Sie die Regel unter Aktivität zurück, um stattdessen auf die Wiedereröffnung der Periode zu warten.
applied-fix = Nichts zu tun; die technischen Details zeigen jeden Wert so, wie er gesendet wird. Nehmen Sie die Regel unter Aktivität zurück, um die Werte stattdessen im Shop zu korrigieren.

## Abhilfen: die Beschriftung der Schaltfläche ($name ist, wie man den Wert kennt, z. B. der Name eines Kunden)

remedy-resend-unverified = { $count ->
    [one] Auftrag erneut suchen und offene Schritte in { $erp } abschließen
   *[other] Aufträge erneut suchen und offene Schritte in { $erp } abschließen
}
remedy-resend-left-erp = { $count ->
    [one] Auftrag erneut an { $erp } senden (er wird vorher gesucht)
   *[other] Aufträge erneut an { $erp } senden (jeder wird vorher gesucht)
}
remedy-resend = { $count ->
    [one] Diesen Auftrag erneut senden
   *[other] Diese { $count } Aufträge erneut senden
}
remedy-resend-ready = { $count ->
    [one] { $count } bereiten Auftrag erneut senden
   *[other] { $count } bereite Aufträge erneut senden
}
remedy-map-sku = „{ $to }“ für „{ $from }“ verwenden
remedy-map-no-code = Zeilen „{ $line }“ auf den Artikel „{ $to }“ buchen
remedy-map-guest = Jede Gastbestellung auf den Kunden „{ $name }“ in { $erp } buchen
remedy-map-tax = Steuerschlüssel „{ $name }“ aus { $erp } für „{ $from }“ verwenden
remedy-map = „{ $from }“ als „{ $to }“ senden
remedy-retry-in-tool = { $count ->
    [one] Diesen Auftrag in { $system } wiederholen
   *[other] Diese { $count } Aufträge in { $system } wiederholen
}
remedy-retry-in-tool-keyless = { $count ->
    [one] Diesen Auftrag im Integrations-Tool wiederholen
   *[other] Diese { $count } Aufträge im Integrations-Tool wiederholen
}
remedy-create-item = Artikel „{ $key }“ in { $erp } anlegen
remedy-create-item-no-code = Artikel „{ $key }“ („{ $line }“) in { $erp } anlegen und diese Zeilen darauf buchen
remedy-create-guest-customer = Kunden „{ $name }“ in { $erp } anlegen und Gastbestellungen darauf buchen
remedy-create-customer = Kunden { $key } in { $erp } anlegen
remedy-policy-closed-period = Aufträge aus abgeschlossenen Perioden am ersten Tag der nächsten offenen Periode buchen (bei jedem Auftrag angezeigt)
remedy-policy-fit-text = Solche Werte so senden, wie { $erp } sie annimmt: bereinigt und gekürzt wie in den Details

## Was eine Abhilfe ändert, für ihre Vorschau ($kind ist eines der Wörter für Zuordnungsarten unten)

mapping-kind-sku = Artikelnummer
mapping-kind-country = Land
mapping-kind-state = Region
mapping-kind-tax = Steuersatz
mapping-kind-currency = Währung
mapping-kind-customer = Kunde
policy-closed-period = Aufträge aus abgeschlossenen Perioden
policy-fit-text = Werte, die das ERP ablehnt
remedy-change-map = { $kind } „{ $from }“ wird als „{ $to }“ gesendet
remedy-change-map-replaces = { $kind } „{ $from }“ wird als „{ $to }“ statt „{ $before }“ gesendet
remedy-change-map-no-code = Zeilen „{ $line }“ ohne Artikelnummer werden auf den Artikel „{ $to }“ gebucht
remedy-change-policy = Die Regel „{ $rule }“ ändert sich von „{ $before }“ zu „{ $after }“
remedy-change-guest-customer = Gastbestellungen werden auf den neuen Kunden „{ $name }“ gebucht
remedy-writes-item = Legt den Artikel „{ $key }“ („{ $name }“) in { $erp } an; auch doppelt angefordert entsteht er nur einmal.
remedy-writes-customer = Legt den Kunden „{ $name }“ ({ $email }) in { $erp } an; auch doppelt angefordert entsteht er nur einmal.
remedy-writes-customer-no-email = Legt den Kunden „{ $name }“ in { $erp } an; auch doppelt angefordert entsteht er nur einmal.
remedy-writes-nothing = Jetzt wird nichts in { $erp } geschrieben; die Änderung gilt, wenn Aufträge gesendet werden.
resend-change = { $count ->
    [one] { $count } Auftrag erneut an { $erp } gesendet
   *[other] { $count } Aufträge erneut an { $erp } gesendet
}
resend-safety = Jeder Auftrag wird zuerst anhand seiner Referenz in { $erp } gesucht und nur angelegt, wenn er dort fehlt; so wird keiner doppelt angelegt.
resend-note-business-central-bill-to = Business Central setzt die Rechnungsadresse (Bill-to) jedes Auftrags selbst aus der Kundenkarte; die Rechnungsadresse des Auftrags wird als Auftraggeberadresse (Sell-to) gesendet.

## Die fünf Schritte

step-1 = Status und Verbindung
step-2 = Fehlerprotokoll
step-3 = Datenformat und Zuordnung
step-4 = Steuern und Währung
step-5 = Aufträge zum erneuten Senden

## Shop gegen ERP: der Stand einer Zeile und was er bedeutet

standing-in-both = In beiden
standing-in-both-meaning = Der Auftrag ist einmal in { $erp }, mit derselben Summe.
standing-totals-differ = Summen weichen ab
standing-totals-differ-meaning = Der Auftrag ist in { $erp }, aber seine Summe dort weicht um mehr als einen Cent von der im Shop ab.
standing-duplicated = Doppelt
standing-duplicated-meaning = { $erp } hat den Auftrag mehrmals unter seiner Referenz: Behalten Sie einen, stornieren Sie die anderen in { $erp }.
standing-store-only = Nur im Shop
standing-store-only-meaning = Im Shop verkauft, nicht in { $erp }: Er wartet darauf, gesendet zu werden.
standing-erp-only = Nur im ERP
standing-erp-only-meaning = Ein Beleg in { $erp } trägt eine Shop-Referenz, die diese App nicht kennt: Prüfen Sie ihn im Shop und in { $erp }.

## Wo man klickt: der Bildschirm, auf dem die Korrektur gemacht wird. Menü- und Bildschirmnamen sind
## die des Herstellers; eine Übersetzung nutzt die veröffentlichten Bezeichnungen des Herstellers in
## ihrer Sprache, wo es sie gibt, und behält sonst den englischen Namen in Anführungszeichen.

where-netsuite-sku-not-found = NetSuite: „Lists → Accounting → Items → New“
where-netsuite-unit-not-found = NetSuite: „Lists → Accounting → Units of Measure“ (die Funktion „Multiple Units of Measure“ muss aktiv sein)
where-netsuite-customer-not-found = NetSuite: „Lists → Relationships → Customers → New“
where-netsuite-period-closed = NetSuite: „Setup → Accounting → Manage Accounting Periods“ (Wiedereröffnen braucht die Berechtigung „Override Period Restrictions“)
where-netsuite-tax-code-unmapped = NetSuite: „Setup → Accounting → Tax Codes → New“
where-netsuite-currency-inactive = NetSuite: „Lists → Accounting → Currencies“
where-netsuite-login = NetSuite: „Setup → Integration → Manage Authentication → OAuth 2.0 Client Credentials (M2M) Setup“
where-netsuite-erp-permission-missing = NetSuite: „Setup → Users/Roles → Manage Roles“ → Rolle der Integration → „Permissions“ (die in den Details genannte Berechtigung hinzufügen)
where-netsuite-duplicate-order = NetSuite: „Transactions → Sales → Enter Sales Orders → List“, nach „PO/Check Number“ suchen
where-netsuite-erp-duplicates = NetSuite: „Transactions → Sales → Enter Sales Orders → List“ (nach „PO/Check Number“ suchen), Kopie öffnen → „Actions“ → „Close“ oder „Cancel Order“
where-netsuite-codes = NetSuite: „Setup → Company → States/Provinces/Counties“ (die Codes, die es annimmt)
where-business-central-sku-not-found = Business Central: nach „Items“ suchen → „New“ (die „No.“ muss der SKU entsprechen)
where-business-central-unit-not-found = Business Central: nach „Units of Measure“ suchen → „New“, dann beim Artikel „Item Units of Measure“
where-business-central-customer-not-found = Business Central: nach „Customers“ suchen → „New“, mit der E-Mail des Käufers
where-business-central-period-closed = Business Central: nach „User Setup“ (oder „General Ledger Setup“) suchen → „Allow Posting From“ / „Allow Posting To“
where-business-central-currency-inactive = Business Central: nach „Currencies“ suchen → „New“, mit ihren Wechselkursen
where-business-central-country-code-mismatch = Business Central: nach „Countries/Regions“ suchen, um die angenommenen Codes zu sehen
where-business-central-login = Azure-Portal: „App registrations“ → Ihre App → „Certificates & secrets“ (dann in Business Central: „Microsoft Entra Applications“)
where-business-central-rate-limited = „Business Central admin center“: „Operational limits“ der Umgebung (6.000 Anfragen pro 5 Minuten je Benutzer)
where-business-central-erp-duplicates = Business Central: nach „Sales Orders“ suchen, nach „External Document No.“ filtern; Kopie öffnen und „Delete“ wählen (bei einer gebuchten Kopie: eine Gutschrift erstellen)
where-sap-b1-sku-not-found = SAP Business One: „Inventory → Item Master Data“ (Artikel mit dieser „Item No.“ hinzufügen)
where-sap-b1-unit-not-found = SAP Business One: „Administration → Setup → Inventory → Units of Measure“, dann die Mengeneinheitengruppe des Artikels
where-sap-b1-customer-not-found = SAP Business One: „Business Partners → Business Partner Master Data“
where-sap-b1-period-closed = SAP Business One: „Administration → System Initialization → Posting Periods“ (Periode auf „Unlocked“ setzen)
where-sap-b1-tax-code-unmapped = SAP Business One: „Administration → Setup → Financials → Tax → Sales Tax Codes“ (in Ländern mit Mehrwertsteuer „Tax Groups“)
where-sap-b1-negative-inventory = SAP Business One: „Inventory → Inventory Transactions → Goods Receipt“, um den Bestand zu buchen, oder die Einstellung „Block negative inventory“ unter „Administration → System Initialization → Document Settings → General“
where-sap-b1-currency-inactive = SAP Business One: „Administration → Setup → Financials → Currencies“
where-sap-b1-codes = SAP Business One: „Administration → Setup → General → Countries/States“ (Codes mit bis zu 3 Zeichen)
where-sap-b1-erp-auth-failed = SAP Business One: „Administration → Setup → General → Users“ (Passwort und Lizenz des Integrationsbenutzers)
where-sap-b1-erp-duplicates = SAP Business One: „Sales – A/R → Sales Order“, nach „Customer Ref. No.“ suchen; Kopie öffnen → Rechtsklick → „Cancel“
where-odoo-sku-not-found = Odoo: „Lager“ (oder „Verkauf“) → „Produkte“ → „Produkte“ → neues Produkt, Feld „Interne Referenz“ mit diesem Wert
where-odoo-customer-not-found = Odoo: „Kontakte“ → neuer Kontakt, mit der E-Mail des Käufers
where-odoo-period-closed = Odoo: „Buchhaltung“ → „Konfiguration“ → „Einstellungen“ → „Lock Dates“
where-odoo-tax-code-unmapped = Odoo: „Buchhaltung“ → „Konfiguration“ → „Steuern“ → neue Steuer
where-odoo-currency-inactive = Odoo: „Buchhaltung“ → „Konfiguration“ → „Währungen“ (dort aktivieren)
where-odoo-erp-auth-failed = Odoo: „Einstellungen“ Ihres Benutzers → „Account Security“ → „New API Key“
where-odoo-erp-duplicates = Odoo: „Verkauf“ → „Aufträge“, nach „Kundenreferenz“ suchen; Kopie öffnen → „Stornieren“
where-odoo-api-version-retiring = Odoo: „Einstellungen“ → „About“ zeigt die Version; die Datenbank über den Upgrade-Service von Odoo (upgrade.odoo.com) oder Ihren Odoo-Partner aktualisieren
where-tryton-sku-not-found = Tryton: „Artikel“ → „Artikel“ → neuer Artikel (die „Variantennummer“ der Variante muss der SKU entsprechen, „Verkäuflich“ angekreuzt)
where-tryton-customer-not-found = Tryton: „Parteien“ → „Parteien“ → neue Partei, mit der E-Mail des Käufers und einer Adresse
where-tryton-period-closed = Tryton: „Buchhaltung“ → „Einstellungen“ → „Geschäftsjahre“ → „Geschäftsjahre“, dort den Buchungszeitraum wiedereröffnen
where-tryton-tax-code-unmapped = Tryton: „Buchhaltung“ → „Einstellungen“ → „Steuern“ → „Steuern“ → neue Steuer
where-tryton-currency-inactive = Tryton: „Währungen“ → „Währungen“ („Aktiv“ ankreuzen)
where-tryton-erp-auth-failed = Tryton: „Administration“ → „Benutzer“ → „Benutzer“ (Passwort des Integrationsbenutzers)
where-tryton-erp-duplicates = Tryton: „Verkauf“ → „Verkauf“, nach „Beleg-Nr.“ suchen; Kopie öffnen: Entwurf oder Angebot mit „Annullieren“ stornieren, einen ausgeführten Verkauf durch Annullieren der Lieferung und Gutschrift der Rechnung
where-woocommerce-order-not-ready = „WordPress admin → WooCommerce → Orders“ → den Auftrag öffnen → Status „Processing“, sobald die Zahlung da ist
where-shopify-order-not-ready = „Shopify admin → Orders“ → den Auftrag öffnen → „Collect payment → Mark as paid“
where-order-file-order-not-ready = „Shopify admin → Orders“ → den Auftrag öffnen → „Collect payment → Mark as paid“, dann die Aufträge erneut exportieren
where-shopify-api-version-retiring = Order Sync Doctor: Installieren Sie die neueste Version, die eine neuere Shopify-API-Version spricht (api_version unter [store] in einem Profil überschreibt die Version, die die App festlegt)

## Zusammenfassungen der Schritte und Zeilen der technischen Details

summary-no-answer = Keines der Systeme hat geantwortet.
# $statuses: die Shop-Status, die als bereit gelten, schon verbunden („paid oder partially_refunded“).
summary-ready-statuses = Aufträge gehen an { $erp }, sobald { $store } sie als { $statuses } markiert.
summary-not-checked = Nicht geprüft: { $erp } war nicht erreichbar, daher gibt es nichts zu vergleichen.
summary-step-2 = { $read ->
    [one] { $read } Auftrag aus { $store } gelesen; { $count } nicht in { $erp }.
   *[other] { $read } Aufträge aus { $store } gelesen; { $count } nicht in { $erp }.
}
summary-step-3 = { $count ->
    [one] Feldlängen, Zeichen sowie Länder- und Regionscodes bei { $count } Auftrag geprüft.
   *[other] Feldlängen, Zeichen sowie Länder- und Regionscodes bei { $count } Aufträgen geprüft.
}
summary-step-4 = { $count ->
    [one] Steuerschlüssel, Währungen und Summen bei { $count } Auftrag geprüft.
   *[other] Steuerschlüssel, Währungen und Summen bei { $count } Aufträgen geprüft.
}
summary-step-5 = { $count ->
    [one] { $count } Auftrag nicht in { $erp }; { $ready } bereit zum erneuten Senden.
   *[other] { $count } Aufträge nicht in { $erp }; { $ready } bereit zum erneuten Senden.
}
finding-unreadable = { $count ->
    [one] { $store } hat { $count } Auftrag gesendet, der nicht lesbar ist.
   *[other] { $store } hat { $count } Aufträge gesendet, die nicht lesbar sind.
}
fix-unreadable = Öffnen Sie diese Aufträge in { $store } und prüfen Sie sie von Hand; sie stehen in den Details.
detail-where = Wo Sie es beheben: { $place }
detail-more = … und { $count } weitere
detail-ready-statuses = Buchbar: { $statuses }.
detail-ready-to-resend = { $waiting ->
    [one] { $ready } jetzt bereit zum erneuten Senden; { $waiting } wartet auf eine Korrektur aus den Schritten oben.
   *[other] { $ready } jetzt bereit zum erneuten Senden; { $waiting } warten auf eine Korrektur aus den Schritten oben.
}
# Eine Liste von Möglichkeiten, die letzte mit „oder“ angehängt: „paid, authorized oder partially_refunded“.
list-or = { $rest } oder { $last }
# „Verbindung testen“, wenn das System geantwortet hat.
connection-ok = Verbunden mit { $system }.

## Werte, die in den Satz eines Befunds eingesetzt werden

key-expires-in = { $days ->
    [one] in { $days } Tag (am { $date })
   *[other] in { $days } Tagen (am { $date })
}
key-clock-behind = { $minutes ->
    [one] { $minutes } Minute hinter { $system }
   *[other] { $minutes } Minuten hinter { $system }
}
key-clock-ahead = { $minutes ->
    [one] { $minutes } Minute vor { $system }
   *[other] { $minutes } Minuten vor { $system }
}

## Anmeldung im Browser ($system: das ERP; eine Schaltfläche von Microsoft oder NetSuite, die man
## drückt, behält ihre englische Beschriftung in Anführungszeichen, außer die Übersetzung des Herstellers ist bekannt)

sign-in-denied = Die Anmeldung wurde im Browser abgebrochen, daher ist { $system } nicht verbunden.
sign-in-denied-fix-entra = Klicken Sie erneut auf „Im Browser anmelden“ und wählen Sie auf der Seite mit den Berechtigungen „Accept“.
sign-in-denied-fix-netsuite = Klicken Sie erneut auf „Im Browser anmelden“ und wählen Sie auf der Seite mit den Berechtigungen „Allow“.
sign-in-denied-fix-square = Klicken Sie erneut auf „Im Browser anmelden“ und wählen Sie auf der Berechtigungsseite von Square „Allow“.
sign-in-wrong-account-entra = Microsoft hat diese App oder diese Organisation für das angemeldete Konto nicht gefunden.
sign-in-wrong-account-entra-fix = Prüfen Sie den Tenant (die Domain Ihrer geschäftlichen E-Mail, etwa contoso.com) und melden Sie sich mit Ihrem Arbeitskonto an, nicht mit einem privaten. Klappt es dann noch nicht, bitten Sie die Person, die Microsoft 365 bei Ihnen verwaltet, die App hinzuzufügen.
sign-in-wrong-account-netsuite = NetSuite kennt diese App in diesem Konto nicht.
sign-in-wrong-account-netsuite-fix = Prüfen Sie die Konto-ID und bitten Sie die Person, die NetSuite bei Ihnen verwaltet, um die Client-ID aus dem Integrationsdatensatz der App („Authorization Code Grant“ und „Public Client“ angekreuzt).
sign-in-wrong-account-square = Square kennt diese App nicht, oder sie wurde abgeschaltet.
sign-in-wrong-account-square-fix = Prüfen Sie die Anwendungs-ID („Square Developer Console“ → die Anwendung → „OAuth“) und ob ihre Weiterleitungs-URL genau die hier eingetragene ist.
sign-in-missing-permission-entra = Ihre Organisation hat dieser App noch nicht erlaubt, Business Central zu nutzen.
sign-in-missing-permission-entra-fix = Bitten Sie die Person, die Microsoft 365 bei Ihnen verwaltet, der App die Berechtigung Financials.ReadWrite.All für Business Central zu erteilen („Entra admin center → Enterprise applications“ → die App → „Permissions → Grant admin consent“); melden Sie sich dann erneut an.
sign-in-missing-permission-netsuite = Der Integrationsdatensatz in NetSuite erlaubt nicht, was die App anfordert.
sign-in-missing-permission-netsuite-fix = Bitten Sie die Person, die NetSuite bei Ihnen verwaltet, im Integrationsdatensatz („Setup → Integration → Manage Integrations“) unter „Scope“ die Option „REST Web Services“ anzukreuzen; melden Sie sich dann erneut an.
sign-in-missing-permission-square = Square hat der App nicht alles erlaubt, was sie liest: Standorte, Bestellungen, Artikel und Kunden.
sign-in-missing-permission-square-fix = Melden Sie sich erneut an und erlauben Sie alle Berechtigungen, die Square nennt; die App liest nur und ändert nichts an Ihrem Square-Konto.
sign-in-ended = Die Anmeldung ist abgelaufen, bevor sie abgeschlossen war.
sign-in-ended-fix = Melden Sie sich erneut an und schließen Sie die Anmeldung innerhalb weniger Minuten im Browser ab.
sign-in-state-mismatch = Der Browser hat für eine andere Anmeldung geantwortet; die App hat das zum Schutz Ihres Kontos ignoriert.
sign-in-state-mismatch-fix = Schließen Sie ältere Anmelde-Tabs und klicken Sie erneut auf „Im Browser anmelden“.
sign-in-port-in-use = Die App konnte sich auf diesem Computer nicht darauf vorbereiten, die Antwort des Browsers zu empfangen.
sign-in-port-in-use-fix = Schließen Sie andere Anmeldefenster und versuchen Sie es erneut; blockiert eine Sicherheitssoftware lokale Verbindungen, lassen Sie Order Sync Doctor zu.
sign-in-browser-not-opened = Für die Anmeldung hat sich kein Browserfenster geöffnet.
sign-in-browser-not-opened-fix = Kopieren Sie den hier angezeigten Anmeldelink in Ihren Browser oder wählen Sie in den Einstellungen Ihres Computers einen Standardbrowser; versuchen Sie es dann erneut.
sign-in-timed-out = Die Anmeldung wurde im Browser nicht rechtzeitig abgeschlossen.
sign-in-timed-out-fix = Klicken Sie erneut auf „Im Browser anmelden“ und schließen Sie die Anmeldung in dem Fenster ab, das sich öffnet.
# $authority: Microsoft oder NetSuite.
sign-in-unreachable = { $authority } war für die Anmeldung nicht erreichbar.
sign-in-unreachable-fix = Prüfen Sie die Internetverbindung dieses Computers und versuchen Sie es erneut.
sign-in-refused = { $authority } hat die Anmeldung abgelehnt.
sign-in-refused-fix = Versuchen Sie es erneut; scheitert es weiter, schicken Sie die technischen Details an die Person, die Ihr ERP betreut.
sign-in-nothing-waiting = Es wartet keine Anmeldung auf den Browser.
sign-in-nothing-waiting-fix = Klicken Sie auf „Im Browser anmelden“, um eine zu starten.
sign-in-cancelled = Die Anmeldung wurde abgebrochen; es wurde nichts geändert.
sign-in-cancelled-fix = Klicken Sie auf „Im Browser anmelden“, sobald Sie bereit sind.

## Felder eines Auftrags, wie ein Befund sie nennt

field-customer-name = Kundenname
field-e-mail = E-Mail
field-addressee = Empfänger
field-address-line-1 = Adresszeile 1
field-address-line-2 = Adresszeile 2
field-city = Ort
field-state = Bundesland
field-postcode = Postleitzahl
field-phone = Telefon
field-order-note = Auftragsnotiz
field-country = Land
field-line-description = Positionsbeschreibung
field-item-number = Artikelnummer
