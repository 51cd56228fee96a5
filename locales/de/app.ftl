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
