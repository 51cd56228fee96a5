# Nederlands. Vertaald uit locales/en/app.ftl; dezelfde id's en variabelen.

## Systeemvak

tray-status-unknown = Order Sync Doctor: nog niet gecontroleerd
tray-status-ok = Order Sync Doctor: alle orders bereiken het ERP
tray-status-attention = Order Sync Doctor: iets vraagt uw aandacht
tray-status-blocked = Order Sync Doctor: orders bereiken het ERP niet
tray-open = Openen
tray-check-now = Nu controleren
tray-pause = Bewaking pauzeren
tray-quit = Afsluiten

## Getelde orders

orders-waiting = { $count ->
    [one] { $count } order wacht om { $erp } te bereiken.
   *[other] { $count } orders wachten om { $erp } te bereiken.
}
