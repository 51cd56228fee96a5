# Traducido de locales/en/cli.ftl por un modelo de IA y comprobado de forma automática (sintaxis,
# identificadores, orden, variables, formato); sin revisar por un hablante nativo.
#
# Español. Lo que la herramienta de línea de comandos (sync-doctor) muestra a las personas. Los
# mismos identificadores y variables que en inglés (crates/i18n lo comprueba en CI).
# La salida JSON (--json) es para programas y queda igual en todos los idiomas.
# Trato de usted. Comillas: «…».

## La revisión

cli-report-title = Order Sync Doctor — { $store } → { $erp }
cli-orders = Pedidos: { $orders }
# $shown: los primeros números de pedido, unidos con ", ".
cli-orders-more = { $shown } y { $more } más
cli-fix = Cómo solucionarlo: { $fix }
cli-remedy = Corrección [{ $id }]: { $label }
cli-details-hint = Añada --details para ver los errores originales de cada hallazgo.
cli-check-now = La revisión ahora:

## Pedidos

cli-orders-count = { $count ->
    [one] { $count } pedido
   *[other] { $count } pedidos
}
cli-store-status = tienda: { $status }
# $statuses: los estados de la tienda que cuentan como listos, ya unidos («paid o partially_refunded»).
cli-held-back = { $count ->
    [one] { $count } pedido retenido hasta que { $store } lo marque como { $statuses } (no ha fallado, nunca se ha enviado):
   *[other] { $count } pedidos retenidos hasta que { $store } los marque como { $statuses } (no han fallado, nunca se han enviado):
}
cli-reconciliation-title = Pedidos del { $from } al { $to }, tienda y { $erp } lado a lado:
cli-look-alikes = Posiblemente registrados dos veces (mismo cliente, fecha, total y líneas): { $orders } — { $documents }

## Reenvío

cli-status-unknown = estado desconocido
cli-created = ✓ { $order } creado en { $erp } como { $id } ({ $status })
cli-already-there = = { $order } ya estaba en { $erp } como { $id } ({ $status }); no se envió nada
cli-failed = ✗ { $order } { $code }: { $message }
cli-retry-at = (se reintentará automáticamente después de { $when })
cli-gave-up = (todos los reintentos fallaron; le espera a usted)
cli-status-not-open = { $line } — pero su estado no es abierto ni en proceso: revíselo en { $erp }
cli-results = Creados: { $created }; ya estaban: { $already }; no enviados o rechazados: { $failed }.
cli-stopping = Se detiene tras los pedidos en curso. Ejecute el mismo comando otra vez para continuar.
cli-pull-exporting = { $store } está preparando una copia de sus pedidos: { $objects } registros por ahora.
cli-pull-downloading = Descargando la copia de sus pedidos: { $percent } %.
cli-pull-reading = Leyendo los pedidos copiados: { $orders } de { $of }.

## Corrección

cli-change = Cambio: { $change }.
cli-unblocks = Pedidos que desbloquea: { $count } ({ $orders })
cli-unblocks-none = Pedidos que desbloquea: ninguno
cli-still-blocked = Pedidos a los que ayuda, pero que aún esperan otra cosa: { $count } ({ $orders })
cli-nothing-changed-yes = No se ha cambiado nada. Vuelva a ejecutarlo con --yes para aplicarlo.
cli-nothing-changed = No se ha cambiado nada.
cli-apply-prompt = ¿Aplicarlo? [s/N]
# Las respuestas que significan sí a la pregunta anterior, separadas por comas.
cli-yes-answers = s, sí, si, y, yes
cli-done = Hecho (cambio { $change }; `sync-doctor undo { $change }` lo deshace).
cli-undone = El cambio { $change } se ha deshecho (cambio { $undo }).

## Secretos, avisos y supervisión

cli-saved-secret = Guardado en el llavero del sistema como «{ $account }».
cli-alert-sent = { $channel }: enviado.
cli-alert-not-sent = { $channel }: no enviado — { $error }
cli-watch-erp-down = { $when } Sin conexión con { $erp }; los pedidos esperan.
cli-watch-round = { $when } Enviados: { $sent }; avisos: { $alerts }.

## La herramienta de integración

cli-log-read = Errores leídos: { $errors }; causas de fondo: { $causes }.
cli-row-unreadable = La fila { $row } no se pudo leer: { $why }
cli-retry-nothing = Ninguna ejecución fallida de la herramienta de integración menciona estos pedidos.
cli-retry-already = { $order }: ya está en el ERP ({ $id }); no reintentado, para no crearlo dos veces
cli-retry-already-resolved = { $order }: ya está en el ERP ({ $id }); no reintentado, para no crearlo dos veces; marcado como resuelto en la herramienta de integración
cli-retry-not-retried = { $order }: no reintentado, no se cambió nada: { $reason }
cli-retry-unknown-order = { $order }: la aplicación no ha leído este pedido en la tienda, así que no puede consultar el ERP sobre él; no reintentado
cli-retry-in-erp = { $order }: reintentado (ejecución { $run }); ya está en el ERP
cli-retry-ended-not-in-erp = { $order }: reintentado (ejecución { $run }); la ejecución terminó bien, pero el pedido aún no está en el ERP
cli-retry-failed-again = { $order }: reintentado (ejecución { $run }); volvió a fallar: { $error }
cli-retry-still-running = aún en curso
cli-tool-unreadable = No se pudo leer { $system }: { $why }
cli-tool-no-failures = Ninguna ejecución fallida en { $system }.
cli-tool-failures = { $count ->
    [one] Fallos en { $system } ({ $count } ejecución):
   *[other] Fallos en { $system } ({ $count } ejecuciones):
}
cli-no-order = (sin pedido)
# $auto es cli-on o cli-off; $channels, los canales de aviso unidos con ", ", o cli-none.
cli-watching = Supervisando { $store } → { $erp } cada { $minutes } min (envío automático: { $auto }; avisos: { $channels }). Ctrl+C para detener.
cli-on = activado
cli-off = desactivado
cli-none = ninguno
