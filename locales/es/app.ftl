# Español. Traducido de locales/en/app.ftl; los mismos identificadores y variables.

## Bandeja del sistema

tray-status-unknown = Order Sync Doctor: aún sin comprobar
tray-status-ok = Order Sync Doctor: todos los pedidos llegan al ERP
tray-status-attention = Order Sync Doctor: algo requiere su atención
tray-status-blocked = Order Sync Doctor: hay pedidos que no llegan al ERP
tray-open = Abrir
tray-check-now = Comprobar ahora
tray-pause = Pausar la supervisión
tray-quit = Salir

## Pedidos contados

orders-waiting = { $count ->
    [one] { $count } pedido espera llegar a { $erp }.
   *[other] { $count } pedidos esperan llegar a { $erp }.
}
