# Español. Traducido de window.en.ftl; los mismos identificadores y variables, en el mismo orden.
# Cómo llamar a los mensajes (selección con $n = 0, activity-describe, plan-fixing): ver el
# comienzo de window.en.ftl y README.md.
# Borrador de un modelo de IA, aún sin revisar por hablantes nativos. Trato de usted.
# Las rutas de menú de productos de terceros quedan en inglés, entre «».

## text (top level)

app-title = Order Sync Doctor
demo-banner = Está viendo datos de demostración — conecte su tienda y su ERP para revisar sus propios pedidos.
demo-banner-action = Conectar mis sistemas
loading = Revisando su tienda y su ERP…
loading-screen = Abriendo…

## text.crash

crash-title = Algo ha fallado en esta ventana
crash-body = Sus pedidos y ajustes están a salvo: los guarda la aplicación, no esta ventana. Volver a cargar la ventana suele resolverlo.
crash-details = Detalles técnicos
crash-reload = Volver a cargar la ventana

## text (top level)

check-failed = No se pudo hacer la revisión
try-again = Reintentar
close = Cerrar
cancel = Cancelar
save = Guardar
saved = Guardado
not-saved = No guardado

## text.nav

nav-label = Principal
nav-wizard = Revisar y corregir
nav-orders = Pedidos
nav-reconcile = Tienda vs. ERP
nav-activity = Actividad
nav-connections = Conexiones
nav-settings = Ajustes

## text.header

header-check-again = Revisar de nuevo
header-export-report = Exportar informe
header-exported = Informe guardado en { $path }
header-export-cancelled = El informe no se ha guardado.

## text.stepStatus

step-status-ok = OK
step-status-warning = Requiere atención
step-status-failed = Bloqueado

## text.wizard

pull-exporting = Su tienda está preparando una copia de sus pedidos: { $objects } registros por ahora.
pull-downloading = Descargando la copia de sus pedidos: { $percent } %.
pull-reading = Leyendo los pedidos copiados: { $orders } de { $of }.
wizard-stepper-label = Los cinco pasos
wizard-previous = Paso anterior
wizard-next = Paso siguiente
wizard-earlier-check = Esta es la última revisión, del { $time }. Revisando de nuevo…
wizard-all-good = Nada que hacer aquí.
wizard-orders = { $n ->
    [one] { $n } pedido
   *[other] { $n } pedidos
}
wizard-waiting-on = { $n ->
    [one] { $n } pedido afectado
   *[other] { $n } pedidos afectados
}
wizard-how-to-fix = Cómo corregirlo
wizard-technical-details = Detalles técnicos
wizard-fix-it = Corregir
wizard-severity-error = Problema
wizard-severity-warning = Aviso
wizard-severity-info = Nota
wizard-shown-orders = Pedidos: { $shown } de { $all } mostrados

## text.remedy

remedy-title = Corregir
remedy-loading = Calculando qué cambia…
remedy-change = Qué cambia
remedy-erp-change = Se escribe en el ERP
remedy-clears = { $n ->
    [one] Desbloquea { $n } pedido
   *[other] Desbloquea { $n } pedidos
}
remedy-retries = { $n ->
    [one] Reintenta { $n } pedido
   *[other] Reintenta { $n } pedidos
}
remedy-still-blocked = { $n ->
    [one] Ayuda a { $n } pedido más que aún espera por otra cosa
   *[other] Ayuda a { $n } pedidos más que aún esperan por otra cosa
}
remedy-notes = Cómo se enviarán los pedidos
remedy-confirm = Aplicar
remedy-applying = Aplicando…
remedy-done = Hecho.
remedy-undo = Deshacer
remedy-undone = Deshecho: todo queda como estaba.
remedy-resent = Ya en el ERP: { $ok } de { $all } pedidos.
remedy-retried = { $all ->
    [one] Ya en el ERP: { $inErp } de { $all } pedido.
   *[other] Ya en el ERP: { $inErp } de { $all } pedidos.
}
remedy-nothing-to-retry = La herramienta de integración ya no tiene ninguna ejecución fallida de estos pedidos.

## text.retry

retry-outcome-already-in-erp = Ya está en el ERP
retry-outcome-marked-resolved = No reintentado, para no crearlo dos veces; marcado como resuelto en la herramienta de integración.
retry-outcome-left-as-is = No reintentado, para no crearlo dos veces. La herramienta no permite marcarlo como resuelto: puede borrar allí la ejecución.
retry-outcome-unknown = No reintentado
retry-outcome-unknown-detail = La aplicación no ha leído este pedido en la tienda, así que no puede revisar antes el ERP.
retry-outcome-not-retried = No reintentado
retry-outcome-in-erp = Reintentado, ya en el ERP
retry-outcome-ended-not-in-erp = Reintentado, aún no en el ERP
retry-outcome-failed-again = Falló de nuevo
retry-outcome-running = Aún en curso

## text.plan

plan-writes-region = Pedidos que envía el plan
plan-results-region = Cómo terminó cada pedido
plan-title = Plan de corrección
plan-loading = Resumiendo la revisión…
plan-waiting = { $n ->
    [0] Todos los pedidos están en { $erp }.
    [one] { $n } pedido espera llegar a { $erp }.
   *[other] { $n } pedidos esperan llegar a { $erp }.
}
plan-app-fixes = Lo que la aplicación corrige por usted
plan-unblocks = { $n ->
    [0] se envían igualmente; esto los corrige
    [one] deja pasar { $n } pedido
   *[other] deja pasar { $n } pedidos
}
plan-for-a-person = Lo que requiere a alguien con permisos en { $erp }
plan-holds-back = { $n ->
    [one] retiene { $n } pedido
   *[other] retiene { $n } pedidos
}
plan-advice = conviene hacerlo; no retiene nada
plan-where = Dónde
plan-sends = { $n ->
    [0] Aún no se puede enviar ningún pedido a { $erp }.
    [one] Tras estas correcciones, { $n } pedido va a { $erp }, una sola vez.
   *[other] Tras estas correcciones, { $n } pedidos van a { $erp }, cada uno una sola vez.
}
plan-apply = { $n ->
    [0] Aplicar estas correcciones
    [one] Aplicar estas correcciones y reenviar { $n } pedido
   *[other] Aplicar estas correcciones y reenviar { $n } pedidos
}
plan-nothing = Nada que hacer para la aplicación: lo que queda necesita a una persona.
plan-technical = Detalles técnicos
plan-preview-title = Aplicar estas correcciones y reenviar
plan-preview-loading = Calculando cada cambio y cada escritura…
plan-changes = Qué cambia aquí
plan-erp-writes = Qué se escribe en { $erp }
plan-sent-differently = { $n ->
    [one] Cómo se envía { $n } valor de otra forma
   *[other] Cómo se envían { $n } valores de otra forma
}
plan-order-writes = { $n ->
    [one] { $n } pedido enviado a { $erp }
   *[other] { $n } pedidos enviados a { $erp }
}
plan-column-order = Pedido
plan-column-customer = Cliente
plan-column-total = Total
plan-not-sent = { $n ->
    [one] { $n } pedido del plan seguiría esperando y no se envía:
   *[other] { $n } pedidos del plan seguirían esperando y no se envían:
}
plan-confirm = Aplicar y reenviar
plan-fixing = Corrección { $done } de { $total }…
plan-sending = Enviados { $done } de { $total }…
plan-finished = En { $erp } y confirmados abiertos: { $verified } de { $total } pedidos.
plan-fixes-done = { $n ->
    [one] { $n } corrección hecha.
   *[other] { $n } correcciones hechas.
}
plan-fix-failed = No hecha
plan-undo = { $n ->
    [one] Deshacer { $n } asignación o regla (los pedidos ya enviados siguen en el ERP)
   *[other] Deshacer las { $n } asignaciones y reglas (los pedidos ya enviados siguen en el ERP)
}
plan-undone = { $n ->
    [one] { $n } asignación o regla vuelve a estar como antes.
   *[other] { $n } asignaciones y reglas vuelven a estar como antes.
}
plan-still-waiting = { $n ->
    [one] { $n } pedido sigue esperando: faltó una corrección que necesitaba.
   *[other] { $n } pedidos siguen esperando: faltó una corrección que necesitaban.
}

## text.resend

resend-title = Pedidos pendientes de envío
resend-none = Ningún pedido espera: todos están en el ERP.
resend-filter = Mostrar pedidos con
resend-filter-all = Cualquier problema
resend-search = Buscar en estos pedidos
resend-select-all = Seleccionar todos
resend-select-none = No seleccionar ninguno
resend-selected = { $n } de { $all } seleccionados
resend-resend = { $n ->
    [one] Reenviar { $n } pedido
   *[other] Reenviar { $n } pedidos
}
resend-sending = Enviados { $done } de { $total }…
resend-finished = En el ERP y confirmados abiertos: { $verified } de { $total } pedidos.
resend-column-select = Seleccionar
resend-column-order = Pedido
resend-column-customer = Cliente
resend-column-total = Total
resend-column-problem = Problema
resend-column-result = Resultado
resend-select-order = Seleccionar pedido { $name }
resend-ready = Listo para enviar
resend-outcome-verified = En el ERP, abierto confirmado
resend-outcome-sent = En el ERP, estado sin confirmar
resend-outcome-failed = No enviado
resend-outcome-retry = Se reintentará

## text.orders

orders-title = Todos los pedidos
orders-search = Buscar pedidos (número, cliente, e-mail, SKU)
orders-only-waiting = Solo pedidos que no están en el ERP
orders-count = { $n ->
    [one] { $n } pedido
   *[other] { $n } pedidos
}
orders-empty = Ningún pedido coincide.
orders-loading-row = Cargando…
orders-column-order = Pedido
orders-column-date = Fecha
orders-column-customer = Cliente
orders-column-total = Total
orders-column-status = Estado
orders-column-problem = Problema

## text.state

state-new = Nuevo
state-checked = Aún no enviado
state-sending = Enviándose
state-sent = En el ERP (sin confirmar)
state-verified = En el ERP
state-failed = Fallido
state-retry-scheduled = Reintento previsto
state-dead = Abandonado
state-not-ready = Retenida en la tienda

## text.problem

problem-store-unreachable = Tienda inaccesible
problem-erp-unreachable = ERP inaccesible
problem-store-maintenance = Tienda en mantenimiento
problem-erp-maintenance = ERP en mantenimiento
problem-store-auth-failed = Acceso a la tienda rechazado
problem-erp-auth-failed = Acceso al ERP rechazado
problem-credential-expiring = El acceso caduca pronto
problem-sku-not-found = Artículo/SKU no encontrado
problem-unit-not-found = Falta la unidad de medida
problem-customer-not-found = Cliente no encontrado
problem-period-closed = Periodo cerrado
problem-erp-timeout = Tiempo agotado
problem-rate-limited = Demasiadas solicitudes
problem-duplicate-order = Pedido duplicado
problem-unclassified-error = Otro error del ERP
problem-field-too-long = Campo demasiado largo
problem-unsupported-characters = Caracteres rechazados
problem-country-code-mismatch = Código de país
problem-state-code-mismatch = Código de provincia
problem-tax-code-unmapped = Código de impuesto
problem-currency-inactive = Moneda inactiva
problem-total-mismatch = Los totales no cuadran
problem-order-not-synced = Nunca enviado
problem-store-incident = Incidencia en la tienda
problem-erp-incident = Incidencia en el ERP
problem-clock-skew = Diferencia de hora
problem-status-unverified = Estado sin confirmar
problem-erp-permission-missing = Falta un permiso
problem-negative-inventory = Stock insuficiente
problem-order-not-ready = Aún no pagado
problem-api-version-retiring = Interfaz en retirada
problem-unknown-vendor-answer = Respuesta desconocida
problem-sign-in-again = Inicie sesión de nuevo
problem-order-left-erp = Ya no está en el ERP
problem-erp-duplicates = Duplicado en el ERP
problem-data-folder-not-private = Carpeta de datos no privada
problem-middleware-unreachable = Herramienta de integración inaccesible
problem-middleware-auth-failed = Acceso a la herramienta de integración rechazado
problem-middleware-retryable = Reintentable en la herramienta de integración

## text.reconcile

reconcile-title = Tienda y ERP lado a lado
reconcile-intro = Cada pedido del periodo, comparado con lo que tiene el ERP: cuenta la respuesta del ERP. Desde aquí no se cambia nada en el ERP.
reconcile-from = Pedidos del
reconcile-to = al
reconcile-compare = Comparar
reconcile-comparing = Leyendo la tienda y el ERP…
reconcile-save-csv = Guardar como hoja de cálculo (CSV)
reconcile-save-printable = Guardar un informe imprimible
reconcile-saved = Guardado en { $path }
reconcile-not-saved = No se ha guardado nada.
reconcile-filter = Mostrar
reconcile-all-but-matching = Todo lo que hay que mirar
reconcile-everything = Todos los pedidos
reconcile-none = Nada que mostrar: cada pedido del periodo está una vez en el ERP, con el mismo total.
reconcile-column-standing = Situación
reconcile-column-order = Pedido
reconcile-column-reference = Referencia
reconcile-column-date = Fecha
reconcile-column-total = Total en tienda
reconcile-column-erp = En el ERP
reconcile-look-alikes = ¿Registrado dos veces?
reconcile-look-alikes-intro = Estos documentos del ERP tienen el mismo cliente, fecha, total y líneas, y a uno le falta la referencia de la tienda. Es un indicio más débil que una referencia compartida: abra ambos en el ERP antes de anular uno.
reconcile-standing-in-both = En ambos
reconcile-standing-totals-differ = Totales distintos
reconcile-standing-duplicated = Duplicado
reconcile-standing-store-only = Solo tienda
reconcile-standing-erp-only = Solo ERP
reconcile-meaning-in-both = Una vez en el ERP, con el mismo total.
reconcile-meaning-totals-differ = En el ERP, pero allí su total difiere en más de un céntimo.
reconcile-meaning-duplicated = El ERP lo tiene más de una vez con su referencia: conserve uno y anule los demás en el ERP.
reconcile-meaning-store-only = Vendido en la tienda, no en el ERP: espera a ser enviado.
reconcile-meaning-erp-only = Un documento del ERP lleva una referencia de tienda que esta aplicación no ha visto.
reconcile-count = { $n ->
    [one] { $n } pedido
   *[other] { $n } pedidos
}

## text.activity

activity-title = Actividad
activity-empty = Aún no ha pasado nada: aquí aparecerán las correcciones y los reenvíos.
activity-column-when = Cuándo
activity-column-who = Quién
activity-column-what = Qué
activity-actor-user = Usted
activity-actor-monitor = Supervisión
activity-actor-resend = Reenvío
activity-actor-check = Revisión
activity-describe = { $action ->
    [map] { $subject } asignado a { $outcome }
    [policy] Regla { $subject } puesta en { $outcome }
    [undo] Se deshizo un cambio en { $subject }
    [create-item] Artículo { $subject } creado en el ERP
    [create-customer] Cliente { $subject } creado en el ERP
    [left-erp] El pedido { $subject } ya no está en el ERP (estaba { $outcome }): espera a enviarse de nuevo
    [send] { $outcome ->
        [created] Pedido { $subject } enviado: creado en el ERP
        [already_in_erp] El pedido { $subject } ya estaba en el ERP: no se envió dos veces
       *[other] { $problem ->
            [none] Falló el envío del pedido { $subject }
           *[other] Falló el envío del pedido { $subject } ({ $problem })
        }
    }
   *[other] { $action } { $subject }
}

## text.connections

connections-title = Conexiones
connections-intro = Conecte su tienda online y su ERP. Los secretos se guardan en el llavero de este equipo; esta ventana puede guardarlos, pero nunca volver a leerlos.
connections-store = Tienda online
connections-erp = ERP
connections-middleware = Herramienta de integración (opcional)
connections-middleware-intro = Si sus pedidos pasan por n8n, Celigo o Make, conéctela: la aplicación también lee los pedidos que fallaron allí y puede reintentarlos allí, tras revisar el ERP para no crear ninguno dos veces.
connections-remove-middleware = Dejar de leer esta herramienta
connections-system = Sistema
connections-secret-saved = Secreto guardado en el llavero
connections-secret-missing = Aún no hay secreto guardado
connections-secret-keep = Déjelo vacío para conservar el secreto guardado
connections-expires = Caduca el { $day }
connections-test = Probar conexión
connections-testing = Probando…
connections-save = Guardar conexión
connections-required = { $label } es obligatorio
connections-use-mine = Usar mi tienda y mi ERP
connections-use-demo = Volver a la demostración
connections-using-demo = La aplicación muestra la demostración.
connections-using-mine = La aplicación revisa su propia tienda y su ERP.
connections-signed-in = Sesión iniciada — guardada en el llavero
connections-sign-in = Iniciar sesión con el navegador
connections-sign-in-help-business-central = Su navegador abre la página de inicio de sesión de Microsoft: entre con su cuenta de trabajo y elija «Accept». No hace falta secreto de aplicación.
connections-sign-in-help-netsuite = Su navegador abre la página de inicio de sesión de NetSuite: entre, elija su rol y luego «Allow». No hace falta certificado.
connections-sign-in-help-square = Su navegador abre la página de inicio de sesión de Square: inicie sesión como vendedor y elija «Allow». La aplicación solo lee; no hace falta un token de acceso.
connections-waiting = Termine de iniciar sesión en { $authority } en su navegador. Esta ventana se actualiza sola.
connections-no-browser = No se abrió ninguna ventana del navegador. Copie esta dirección en su navegador:
connections-cancel = Cancelar inicio de sesión
connections-advanced = Avanzado: conectar con un secreto de aplicación, un certificado o tokens

## text.settings

settings-title = Ajustes
settings-monitor = Supervisión
settings-interval = Revisar cada (minutos)
settings-grace = Espera antes de dar un pedido por perdido (minutos)
settings-auto-send = Enviar automáticamente los pedidos en espera
settings-auto-send-help = Los pedidos que pasan todas las revisiones se envían en cada ronda; lo que el ERP rechazaría le espera a usted.
settings-paused = Pausar la supervisión
settings-start-at-login = Iniciar al entrar en mi sesión
settings-channels = A quién avisar si falla un pedido
settings-desktop = Notificaciones de escritorio
settings-slack = Slack
settings-slack-webhook = Dirección del webhook entrante de Slack
settings-slack-help = En Slack: «Apps → Incoming Webhooks → Add to Slack», elija el canal y copie la dirección.
settings-email = E-mail
settings-smtp-host = Servidor de correo (SMTP)
settings-smtp-port = Puerto
settings-smtp-user = Nombre de usuario
settings-smtp-password = Contraseña
settings-from = Dirección del remitente
settings-to = Destinatarios (separados por comas)
settings-secret-saved = guardado — déjelo vacío para conservarlo
settings-test-alert = Enviar alerta de prueba
settings-test-sent = { $channel }: enviada
settings-test-failed = { $channel }: no enviada — { $error }
settings-no-channel = No hay ningún canal activado.
settings-saved-note = Ajustes guardados.
settings-language = Idioma
settings-language-system = El de este ordenador ({ $language })
settings-language-help = También lo usan los hallazgos, los avisos y el informe exportado.
settings-updates = Actualizaciones
settings-update-version = Está usando la versión { $version }.
settings-update-updated = Actualizada de la versión { $from } a la versión { $version }.
settings-update-not-set-up = Esta copia de la aplicación no se actualiza sola. Las versiones nuevas están en la página de descarga.
settings-update-newest = Tiene la versión más reciente (comprobado { $when }).
settings-update-available = La versión { $version } está lista para instalar
settings-update-install-help = Los pedidos que se están reenviando terminan primero y no se envía nada nuevo hasta que la aplicación vuelva. Se reinicia sola y la supervisión continúa.
settings-update-install = Instalar y reiniciar
settings-update-check = Buscar actualizaciones
settings-update-waiting = Esperando a que terminen los pedidos que se están reenviando…
settings-update-downloading = Descargando la actualización: { $percent } %
settings-update-downloading-unknown = Descargando la actualización…
settings-update-installing = La firma de la actualización es auténtica. Instalando…
settings-update-restarting = Reiniciando con la versión nueva…

## connectorText.shopify

connector-shopify-name = Shopify
connector-shopify-secret-label = Token de acceso a Admin API
connector-shopify-secret-help = «Shopify admin → Settings → Apps → Develop apps» → su aplicación → «API credentials». Empieza por shpat_. Con client credentials, pegue el «Client secret» de la aplicación.
connector-shopify-field-url-label = Dirección de la tienda
connector-shopify-field-url-help = La dirección myshopify.com de su tienda, p. ej. https://my-shop.myshopify.com.
connector-shopify-field-auth-label = Método de acceso
connector-shopify-field-auth-help = access-token para el token de una app personalizada; client-credentials para una app con client id y secreto.
connector-shopify-field-client-id-label = ID de cliente
connector-shopify-field-client-id-help = Solo con client credentials: el «Client ID» de la aplicación, en la misma página «API credentials».
connector-shopify-field-token-expires-label = El token caduca el
connector-shopify-field-token-expires-help = Si el token tiene fecha de fin, indíquela para recibir un aviso dos semanas antes.
connector-shopify-field-status-page-label = Página de estado
connector-shopify-field-status-page-help = Opcional: https://www.shopifystatus.com para ver las incidencias de Shopify en el paso 1.
connector-shopify-field-ready-statuses-label = Estados de pago listos para contabilizar
connector-shopify-field-ready-statuses-help = Separados por comas. Vacío = pagado en Shopify: PAID, PARTIALLY_REFUNDED. Los pedidos con otros estados (PENDING, AUTHORIZED) se retienen y aparecen en el paso 1 hasta que Shopify los marque como pagados.

## connectorText.woocommerce

connector-woocommerce-name = WooCommerce
connector-woocommerce-secret-label = Clave y secreto de cliente
connector-woocommerce-secret-help = «WordPress admin → WooCommerce → Settings → Advanced → REST API → Add key» (Read). Pegue como ck_…:cs_…
connector-woocommerce-field-url-label = Dirección de la tienda
connector-woocommerce-field-url-help = La dirección de su sitio WordPress, p. ej. https://shop.example.com.
connector-woocommerce-field-auth-label = Método de acceso
connector-woocommerce-field-auth-help = basic sobre HTTPS (lo habitual); query-string si su servidor descarta la cabecera Authorization; oauth1 sobre HTTP simple.
connector-woocommerce-field-status-page-label = Página de estado
connector-woocommerce-field-status-page-help = Opcional: la página de estado de su proveedor de hosting, si tiene.
connector-woocommerce-field-ready-statuses-label = Estados de pedido listos para contabilizar
connector-woocommerce-field-ready-statuses-help = Separados por comas. Vacío = pagado en WooCommerce: processing, completed. Los pedidos «On hold» (transferencia, cheque) esperan el dinero: se retienen y aparecen en el paso 1 hasta que usted los marque como pagados. Añada el estado de un plugin, como shipped, si lo usa.
connector-square-name = Square
connector-square-secret-label = Token de acceso
connector-square-secret-help = «Square Developer Console → your application → Credentials → Production access token» (Show). Debe poder leer pedidos, artículos, clientes y ubicaciones.
connector-square-field-url-label = Dirección de Square
connector-square-field-url-help = https://connect.squareup.com para su cuenta real; https://connect.squareupsandbox.com para un sandbox.
connector-square-field-location-ids-label = Ubicaciones
connector-square-field-location-ids-help = ID de ubicaciones separados por comas («Square Developer Console → your application → Locations»). Vacío = todas las ubicaciones activas.
connector-square-field-auth-label = Método de inicio de sesión
connector-square-field-auth-help = token para un token de acceso personal; browser para iniciar sesión en Square como vendedor (botón de arriba).
connector-square-field-client-id-label = ID de la aplicación
connector-square-field-client-id-help = Para iniciar sesión en el navegador: «Square Developer Console → su aplicación → OAuth → Application ID».
connector-square-field-redirect-url-label = URL de redirección
connector-square-field-redirect-url-help = La dirección https:// indicada como «Redirect URL» de la aplicación en esa misma página OAuth: la página que pasa la respuesta de Square a esta aplicación (sign-in/square.html en los archivos de la aplicación).
connector-square-field-token-expires-label = El token caduca el
connector-square-field-token-expires-help = Los tokens de acceso personales no caducan. Si el suyo tiene fecha de fin, indíquela para recibir un aviso dos semanas antes.
connector-square-field-status-page-label = Página de estado
connector-square-field-status-page-help = Opcional: https://www.issquareup.com para ver las incidencias de Square en el paso 1.
connector-square-field-ready-statuses-label = Estados de pedido listos para contabilizar
connector-square-field-ready-statuses-help = Separados por comas. Vacío = ventas completadas en Square: COMPLETED. Los pedidos abiertos (cuentas abiertas, facturas sin pagar) se retienen y aparecen en el paso 1 hasta que se completen; los cancelados nunca se contabilizan.

## connectorText.csv

connector-csv-name = Exportación CSV de Shopify
connector-csv-secret-label = { "" }
connector-csv-secret-help = { "" }
connector-csv-field-path-label = Archivo CSV
connector-csv-field-path-help = «Shopify admin → Orders → Export → CSV for Excel or other programs»; indique dónde lo guardó.
connector-csv-field-ready-statuses-label = Estados financieros listos para contabilizar
connector-csv-field-ready-statuses-help = Separados por comas, tal como los escribe la columna «Financial Status» del archivo. Vacío = paid, partially_refunded; los demás pedidos (pending, authorized) se retienen y aparecen en el paso 1.

## connectorText.netsuite

connector-netsuite-name = NetSuite
connector-netsuite-secret-label = Clave privada (PEM) o secretos de token
connector-netsuite-secret-help = La clave privada del certificado que subió en «Setup → Integration → OAuth 2.0 Client Credentials (M2M) Setup». Para acceso por token, pegue los cuatro valores TBA como JSON.
connector-netsuite-field-url-label = Dirección REST
connector-netsuite-field-url-help = «Setup → Company → Company Information → Company URLs → SUITETALK (SOAP AND REST WEB SERVICES)».
connector-netsuite-field-account-id-label = ID de cuenta
connector-netsuite-field-account-id-help = En la misma página: «Account ID», p. ej. 1234567 o 1234567_SB1 para un sandbox.
connector-netsuite-field-auth-label = Método de acceso
connector-netsuite-field-auth-help = client-credentials (OAuth 2.0 con certificado), browser (entrar con su usuario: botón de arriba) o token-based (TBA).
connector-netsuite-field-authorize-url-label = Página de inicio de sesión
connector-netsuite-field-authorize-url-help = Solo si NetSuite le dio otra; déjelo vacío para la de su cuenta.
connector-netsuite-field-client-id-label = ID de cliente
connector-netsuite-field-client-id-help = «Setup → Integration → Manage Integrations» → registro de integración de la aplicación: «Client ID». Para entrar con el navegador, marque «Authorization Code Grant» y «Public Client», ámbito «REST Web Services», redirección order-sync-doctor://sign-in/netsuite.
connector-netsuite-field-certificate-id-label = ID del certificado
connector-netsuite-field-certificate-id-help = «Setup → Integration → OAuth 2.0 Client Credentials (M2M) Setup»: el «Certificate ID» de su asignación.
connector-netsuite-field-algorithm-label = Tipo de clave
connector-netsuite-field-algorithm-help = PS256 para una clave RSA, ES256 para una clave EC.
connector-netsuite-field-certificate-expires-label = El certificado caduca el
connector-netsuite-field-certificate-expires-help = La fecha de fin del certificado, para avisarle antes de que NetSuite deje de aceptarlo.
connector-netsuite-field-max-concurrency-label = Solicitudes simultáneas
connector-netsuite-field-max-concurrency-help = «Setup → Integration → Integration Governance» muestra el límite de solicitudes simultáneas de su cuenta.

## connectorText.business-central

connector-business-central-name = Business Central
connector-business-central-secret-label = Secreto de cliente
connector-business-central-secret-help = «Azure portal → Microsoft Entra ID → App registrations» → su aplicación → «Certificates & secrets → New client secret»: copie el «Value».
connector-business-central-field-tenant-label = Inquilino
connector-business-central-field-tenant-help = El dominio de su e-mail de trabajo, como contoso.com, o «Entra ID → Overview → Tenant ID».
connector-business-central-field-environment-label = Entorno
connector-business-central-field-environment-help = «Business Central admin center → Environments», p. ej. production o sandbox.
connector-business-central-field-company-label = Empresa
connector-business-central-field-company-help = Opcional: el nombre de la empresa tal como aparece en Business Central; si no, la primera empresa.
connector-business-central-field-auth-label = Método de acceso
connector-business-central-field-auth-help = client-secret para un registro de aplicación con secreto; browser para entrar con su usuario (botón de arriba).
connector-business-central-field-client-id-label = ID de cliente
connector-business-central-field-client-id-help = «App registrations» → su aplicación → «Overview → Application (client) ID». Para entrar con el navegador, la aplicación debe permitir flujos de cliente público y tener la redirección http://127.0.0.1.
connector-business-central-field-secret-expires-label = El secreto caduca el
connector-business-central-field-secret-expires-help = Aparece junto al secreto en «Certificates & secrets».
connector-business-central-field-api-url-label = Dirección de la API
connector-business-central-field-api-url-help = Solo para otras nubes o un proxy; déjelo vacío para Business Central online.
connector-business-central-field-login-url-label = Dirección de inicio de sesión
connector-business-central-field-login-url-help = Solo para otras nubes; déjelo vacío para https://login.microsoftonline.com/.

## connectorText.sap-b1

connector-sap-b1-name = SAP Business One
connector-sap-b1-secret-label = Contraseña
connector-sap-b1-secret-help = La contraseña del usuario de SAP Business One con el que entra la integración.
connector-sap-b1-field-url-label = Dirección del Service Layer
connector-sap-b1-field-url-help = Pregunte a su partner de SAP; suele ser https://your-server:50000/b1s/v1.
connector-sap-b1-field-company-db-label = Base de datos de la empresa
connector-sap-b1-field-company-db-help = El nombre de la base de datos de la empresa que aparece al entrar en SAP Business One, p. ej. SBODEMOUS.
connector-sap-b1-field-username-label = Usuario
connector-sap-b1-field-username-help = Un usuario de SAP Business One con licencia para el Service Layer.

## connectorText.odoo

connector-odoo-name = Odoo
connector-odoo-secret-label = Clave de API
connector-odoo-secret-help = En Odoo: su avatar → «My Profile → Account Security → New API Key».
connector-odoo-field-url-label = Dirección de Odoo
connector-odoo-field-url-help = La dirección en la que abre Odoo, p. ej. https://mycompany.odoo.com.
connector-odoo-field-database-label = Base de datos
connector-odoo-field-database-help = Se muestra en /web/database/selector, o en el portal de Odoo.com para bases de datos online.
connector-odoo-field-login-label = Usuario
connector-odoo-field-login-help = El e-mail al que pertenece la clave de API.
connector-odoo-field-protocol-label = Protocolo
connector-odoo-field-protocol-help = json2 desde Odoo 19; jsonrpc para versiones anteriores.

## connectorText.n8n

connector-n8n-name = n8n
connector-n8n-secret-label = Clave de API
connector-n8n-secret-help = En n8n: «Settings → n8n API → Create an API key». Debe poder leer workflows y ejecuciones, y reintentar ejecuciones.
connector-n8n-field-url-label = Dirección de n8n
connector-n8n-field-url-help = La dirección en la que abre n8n, p. ej. https://n8n.example.com.

## connectorText.celigo

connector-celigo-name = Celigo integrator.io
connector-celigo-secret-label = Token de API
connector-celigo-secret-help = En integrator.io: «Resources → API tokens → Create API token», con acceso a los flujos que envían sus pedidos.
connector-celigo-field-url-label = Dirección de la API
connector-celigo-field-url-help = Déjelo vacío para el sitio de EE. UU.; para el sitio de la UE use https://api.eu.integrator.io/v1/.

## connectorText.make

connector-make-name = Make
connector-make-secret-label = Token de API
connector-make-secret-help = En Make: su perfil → «API access → Add token», con los ámbitos scenarios:read, dlqs:read y dlqs:write.
connector-make-field-url-label = Dirección de la API
connector-make-field-url-help = La dirección de su zona con /api/v2, p. ej. https://eu1.make.com/api/v2 (el comienzo de la dirección en la que ve Make).
connector-make-field-team-id-label = ID de equipo
connector-make-field-team-id-help = El número tras /team/ en la dirección de Make cuando abre su equipo.

## connectorText.tryton

connector-tryton-name = Tryton
connector-tryton-secret-label = Contraseña
connector-tryton-secret-help = La contraseña del usuario de Tryton con el que entra la integración.
connector-tryton-field-url-label = Dirección del servidor
connector-tryton-field-url-help = La dirección a la que se conecta su cliente Tryton, p. ej. http://tryton.example:8000.
connector-tryton-field-database-label = Base de datos
connector-tryton-field-database-help = El nombre de la base de datos elegida al entrar en Tryton.
connector-tryton-field-username-label = Usuario
connector-tryton-field-username-help = Un usuario de Tryton que pueda crear ventas, productos y terceros.

## text.error

error-profile = La configuración no se puede usar
error-secret-missing = Falta un secreto guardado
error-keychain = El llavero de este ordenador no está disponible
error-database = No se pudieron leer ni escribir los datos propios de la app
error-simulator = La demo no pudo iniciarse
error-not-found = No se encontró
error-not-undoable = Este cambio no se puede deshacer desde aquí
error-erp-refused = El ERP rechazó el cambio
error-not-ready = La tienda aún no considera listo este pedido
error-middleware = No se puede usar la herramienta de integración
error-desktop = El escritorio rechazó la petición
error-internal = Algo salió mal
error-update-refused = Se rechazó la actualización
error-update-failed = La actualización no se completó
error-update-installing = Se está instalando una actualización
