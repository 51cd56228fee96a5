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

## El informe exportado ($when: fecha y hora, ya escritas a la española)

report-title = Informe de sincronización de pedidos: { $store } → { $erp }
report-checked = Comprobado el { $when }.
report-status-ok = OK
report-status-warning = Requiere atención
report-status-failed = Bloqueado
report-how-to-fix = Cómo solucionarlo: { $fix }
report-orders = Pedidos: { $orders }
report-technical-details = Detalles técnicos
reconciliation-title = Tienda y ERP lado a lado: { $store } y { $erp }
reconciliation-period = Pedidos del { $from } al { $to }, comparados el { $when }.
reconciliation-in-erp = en el ERP: { $documents }
reconciliation-look-alikes = Posiblemente registrados dos veces
reconciliation-look-alikes-intro = Documentos iguales en cliente, fecha, total y líneas, de los que uno no lleva la referencia de la tienda: una señal más débil que una referencia compartida. Abra ambos en { $erp } antes de anular uno.

## Avisos: notificaciones del escritorio, Slack y correo electrónico

alert-failures-title = { $count ->
    [one] { $count } pedido no se sincronizó con { $erp }
   *[other] { $count } pedidos no se sincronizaron con { $erp }
}
alert-failures-body = { $causes }. Abra Order Sync Doctor para ver por qué y solucionarlo.
alert-cause = { $count } × { $label }
alert-outage-title = No se puede conectar con { $erp }
alert-outage-body = { $why }. Los pedidos nuevos esperan a salvo y se envían en cuanto vuelva; entonces recibirá un mensaje más.
alert-back-title = { $erp } ha vuelto
alert-back-body = { $minutes ->
    [one] Estuvo inaccesible durante { $minutes } minuto aproximadamente; se están enviando los pedidos en espera.
   *[other] Estuvo inaccesible durante { $minutes } minutos aproximadamente; se están enviando los pedidos en espera.
}
alert-silence-title = { $hours ->
    [one] Ningún pedido nuevo de { $store } desde hace { $hours } hora
   *[other] Ningún pedido nuevo de { $store } desde hace { $hours } horas
}
alert-silence-body = Es inusual en horario comercial: compruebe que la tienda acepta pedidos y que su conexión funciona.
alert-test-title = Aviso de prueba de Order Sync Doctor
alert-test-body = Si puede leer esto, los avisos por { $channel } le llegan.
alert-open = Abrir Order Sync Doctor
alert-sent-by = Enviado por Order Sync Doctor

## Unas palabras para un problema, tal como las muestra un aviso

alert-label-sku-not-found = SKU no encontrado
alert-label-unit-not-found = falta la unidad de medida
alert-label-customer-not-found = cliente no encontrado
alert-label-period-closed = periodo cerrado
alert-label-erp-timeout = el ERP no respondió a tiempo
alert-label-rate-limited = límite de peticiones
alert-label-erp-unreachable = ERP inaccesible
alert-label-erp-maintenance = mantenimiento del ERP
alert-label-erp-auth-failed = inicio de sesión rechazado
alert-label-duplicate-order = posible duplicado
alert-label-field-too-long = valor demasiado largo
alert-label-unsupported-characters = caracteres rechazados
alert-label-country-code-mismatch = código de país
alert-label-state-code-mismatch = código de estado
alert-label-tax-code-unmapped = falta el código de impuesto
alert-label-currency-inactive = moneda inactiva
alert-label-total-mismatch = los totales no cuadran
alert-label-status-unverified = estado sin confirmar
alert-label-order-not-synced = aún no enviado
alert-label-erp-permission-missing = falta un permiso
alert-label-negative-inventory = stock insuficiente
alert-label-unknown-vendor-answer = respuesta desconocida
alert-label-order-left-erp = ya no está en el ERP
alert-label-erp-duplicates = duplicado en el ERP
alert-label-other = otro error

## The app's own updates (tray, and errors the window shows as they are)

tray-update = Actualización a { $version } disponible…
update-installing = Se está instalando una actualización y la aplicación se reiniciará enseguida. Vuelva a intentarlo después.
update-none = No hay ninguna actualización para instalar. Busque actualizaciones primero.
update-check-failed = La aplicación no pudo comprobar si hay una actualización. Revise la conexión a internet y vuelva a intentarlo más tarde. ({ $detail })
update-refused = Se rechazó la actualización a { $version }: no es exactamente lo que firmó el editor de Order Sync Doctor (se modificó por el camino o viene de otra persona). No se cambió nada: sigue usando la versión { $current }. ({ $detail })
update-install-failed = No se pudo instalar la actualización a { $version }. Sigue usando la versión { $current }. ({ $detail })
