# The app's words in English, the source language. Every other language has the same message
# ids with the same placeables (crates/i18n checks it in CI).

## Tray

tray-status-unknown = Order Sync Doctor: not checked yet
tray-status-ok = Order Sync Doctor: all orders reach the ERP
tray-status-attention = Order Sync Doctor: something needs attention
tray-status-blocked = Order Sync Doctor: orders are not reaching the ERP
tray-open = Open
tray-check-now = Check now
tray-pause = Pause monitoring
tray-quit = Quit

## Orders counted, as the alerts and the tray say it

orders-waiting = { $count ->
    [one] { $count } order is waiting to reach { $erp }.
   *[other] { $count } orders are waiting to reach { $erp }.
}
