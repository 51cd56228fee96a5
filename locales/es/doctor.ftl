# Español. Traducido de locales/en/doctor.ftl; los mismos identificadores, en el mismo orden, y
# las mismas variables. Lo que dice el doctor de cada hallazgo: una frase que entiende quien lleva
# la tienda, qué hacer y dónde hacer clic. Trato de usted; los valores van entre «».
#
# Variables: $count es un número de pedidos (elige la forma del plural); $store y $erp son nombres
# de producto (Shopify, NetSuite, …) y no se traducen; $key es el valor del hallazgo (un SKU, un
# e-mail, un periodo, un tipo de impuesto) y se muestra tal como llegó; $system es la herramienta de
# integración del usuario (n8n, Celigo, Make).
# Borrador de un modelo de IA, comprobado de forma automática y aún sin revisar por hablantes
# nativos. Fuentes de las etiquetas de otros proveedores: /work/notes/i18n/doctor-es-sources.md.

## Mensajes de hallazgo: qué falla y cuántos pedidos retiene

finding-store-unreachable = No se puede conectar con { $store } en este momento.
finding-erp-unreachable = No se puede conectar con { $erp } en este momento.
finding-store-maintenance = { $store } indica un mantenimiento en curso: { $key }.
finding-store-maintenance-keyless = { $store } está en mantenimiento.
finding-erp-maintenance = { $erp } indica un mantenimiento en curso: { $key }.
finding-erp-maintenance-keyless = { $erp } está en mantenimiento.
finding-store-incident = { $store } informa de un problema en curso: { $key }.
finding-store-incident-keyless = { $store } informa de un problema en curso.
finding-erp-incident = { $erp } informa de un problema en curso: { $key }.
finding-erp-incident-keyless = { $erp } informa de un problema en curso.
finding-store-auth-failed = { $store } ya no acepta el acceso guardado.
finding-erp-auth-failed = { $count ->
    [one] { $count } pedido falló porque { $erp } rechazó el acceso en ese momento.
   *[other] { $count } pedidos fallaron porque { $erp } rechazó el acceso en ese momento.
}
finding-erp-auth-failed-login = { $erp } ya no acepta el acceso guardado.
finding-credential-expiring = El acceso a { $erp } dejará de funcionar pronto: { $key }.
finding-credential-expiring-keyless = El acceso a { $erp } dejará de funcionar pronto.
finding-sku-not-found = { $count ->
    [one] { $count } pedido espera por un código de producto que { $erp } no conoce: «{ $key }».
   *[other] { $count } pedidos esperan por un código de producto que { $erp } no conoce: «{ $key }».
}
finding-sku-not-found-keyless = { $count ->
    [one] { $count } pedido espera por un producto que { $erp } no conoce.
   *[other] { $count } pedidos esperan por un producto que { $erp } no conoce.
}
finding-sku-not-found-no-code = { $count ->
    [one] { $count } pedido tiene una línea «{ $line }» sin código de producto: { $erp } no sabe qué artículo es.
   *[other] { $count } pedidos tienen una línea «{ $line }» sin código de producto: { $erp } no sabe qué artículo es.
}
finding-customer-not-found = { $count ->
    [one] { $count } pedido espera por un cliente que { $erp } no encuentra: { $key }.
   *[other] { $count } pedidos esperan por un cliente que { $erp } no encuentra: { $key }.
}
finding-customer-not-found-keyless = { $count ->
    [one] { $count } pedido espera por un cliente que { $erp } no encuentra.
   *[other] { $count } pedidos esperan por un cliente que { $erp } no encuentra.
}
finding-customer-not-found-guest = { $count ->
    [one] { $count } pedido de compras como invitado espera una ficha de cliente en { $erp }.
   *[other] { $count } pedidos de compras como invitado esperan una ficha de cliente en { $erp }.
}
finding-period-closed = { $count ->
    [one] { $count } pedido tiene fecha de { $key }, un periodo cerrado en { $erp }.
   *[other] { $count } pedidos tienen fecha de { $key }, un periodo cerrado en { $erp }.
}
finding-period-closed-keyless = { $count ->
    [one] { $count } pedido tiene fecha en un periodo cerrado en { $erp }.
   *[other] { $count } pedidos tienen fecha en un periodo cerrado en { $erp }.
}
finding-erp-timeout = { $count ->
    [one] { $count } pedido falló porque { $erp } tardó demasiado en responder.
   *[other] { $count } pedidos fallaron porque { $erp } tardó demasiado en responder.
}
finding-rate-limited = { $count ->
    [one] { $count } pedido falló porque { $erp } estaba saturado en ese momento.
   *[other] { $count } pedidos fallaron porque { $erp } estaba saturado en ese momento.
}
finding-duplicate-order = { $count ->
    [one] { $count } pedido puede estar ya en { $erp } con la misma referencia.
   *[other] { $count } pedidos pueden estar ya en { $erp } con la misma referencia.
}
finding-unclassified-error = { $count ->
    [one] { $count } pedido falló con un error que no hemos sabido identificar.
   *[other] { $count } pedidos fallaron con un error que no hemos sabido identificar.
}
finding-field-too-long = { $count ->
    [one] { $count } pedido tiene un valor demasiado largo para el campo «{ $key }» de { $erp }.
   *[other] { $count } pedidos tienen un valor demasiado largo para el campo «{ $key }» de { $erp }.
}
finding-field-too-long-keyless = { $count ->
    [one] { $count } pedido tiene un valor demasiado largo para un campo de { $erp }.
   *[other] { $count } pedidos tienen un valor demasiado largo para un campo de { $erp }.
}
finding-unsupported-characters = { $count ->
    [one] { $count } pedido tiene emojis o caracteres ocultos en el campo «{ $key }» que { $erp } rechaza.
   *[other] { $count } pedidos tienen emojis o caracteres ocultos en el campo «{ $key }» que { $erp } rechaza.
}
finding-unsupported-characters-keyless = { $count ->
    [one] { $count } pedido tiene emojis o caracteres ocultos que { $erp } rechaza.
   *[other] { $count } pedidos tienen emojis o caracteres ocultos que { $erp } rechaza.
}
finding-country-code-mismatch = { $count ->
    [one] { $count } pedido tiene el país escrito como «{ $key }», y { $erp } necesita un código de dos letras.
   *[other] { $count } pedidos tienen el país escrito como «{ $key }», y { $erp } necesita un código de dos letras.
}
finding-country-code-mismatch-keyless = { $count ->
    [one] { $count } pedido tiene un país que { $erp } no reconoce.
   *[other] { $count } pedidos tienen un país que { $erp } no reconoce.
}
finding-state-code-mismatch = { $count ->
    [one] { $count } pedido tiene la provincia escrita como «{ $key }» en lugar de su código.
   *[other] { $count } pedidos tienen la provincia escrita como «{ $key }» en lugar de su código.
}
finding-state-code-mismatch-keyless = { $count ->
    [one] { $count } pedido tiene la provincia escrita donde { $erp } espera su código.
   *[other] { $count } pedidos tienen la provincia escrita donde { $erp } espera su código.
}
finding-unit-not-found = { $count ->
    [one] { $count } pedido tiene una línea vendida en { $key }, una unidad que { $erp } no tiene.
   *[other] { $count } pedidos tienen una línea vendida en { $key }, una unidad que { $erp } no tiene.
}
finding-unit-not-found-keyless = { $count ->
    [one] { $count } pedido tiene una línea vendida en una unidad que { $erp } no tiene.
   *[other] { $count } pedidos tienen una línea vendida en una unidad que { $erp } no tiene.
}
finding-tax-code-unmapped = { $count ->
    [one] { $count } pedido lleva un tipo de impuesto sin código en { $erp }: { $key }.
   *[other] { $count } pedidos llevan un tipo de impuesto sin código en { $erp }: { $key }.
}
finding-tax-code-unmapped-keyless = { $count ->
    [one] { $count } pedido lleva un impuesto sin código en { $erp }.
   *[other] { $count } pedidos llevan un impuesto sin código en { $erp }.
}
finding-currency-inactive = { $count ->
    [one] { $count } pedido está en { $key }, una moneda que no está activa en { $erp }.
   *[other] { $count } pedidos están en { $key }, una moneda que no está activa en { $erp }.
}
finding-currency-inactive-keyless = { $count ->
    [one] { $count } pedido está en una moneda que no está activa en { $erp }.
   *[other] { $count } pedidos están en una moneda que no está activa en { $erp }.
}
finding-total-mismatch = { $count ->
    [one] { $count } pedido tiene totales que no cuadran con sus líneas.
   *[other] { $count } pedidos tienen totales que no cuadran con sus líneas.
}
finding-order-not-synced = { $count ->
    [one] { $count } pedido de { $store } aún no está en { $erp }.
   *[other] { $count } pedidos de { $store } aún no están en { $erp }.
}
finding-clock-skew = El reloj de este ordenador tiene un desfase ({ $key }) que basta para impedir los accesos firmados.
finding-clock-skew-keyless = El reloj de este ordenador tiene un desfase que basta para impedir los accesos firmados.
finding-status-unverified = { $count ->
    [one] { $count } pedido llegó a { $erp }, pero su estado no figura como abierto o en proceso.
   *[other] { $count } pedidos llegaron a { $erp }, pero su estado no figura como abierto o en proceso.
}
finding-erp-permission-missing = { $count ->
    [one] { $count } pedido falló porque al rol de integración de { $erp } le falta un permiso ({ $key }).
   *[other] { $count } pedidos fallaron porque al rol de integración de { $erp } le falta un permiso ({ $key }).
}
finding-erp-permission-missing-keyless = { $count ->
    [one] { $count } pedido falló porque al rol de integración de { $erp } le falta un permiso.
   *[other] { $count } pedidos fallaron porque al rol de integración de { $erp } le falta un permiso.
}
finding-erp-permission-missing-login = El acceso a { $erp } funciona, pero a su rol le falta un permiso que esta aplicación necesita: { $key }.
finding-erp-permission-missing-login-keyless = El acceso a { $erp } funciona, pero a su rol le falta un permiso que esta aplicación necesita.
finding-negative-inventory = { $count ->
    [one] { $count } pedido espera porque { $erp } no tiene stock suficiente de «{ $key }» para registrarlo.
   *[other] { $count } pedidos esperan porque { $erp } no tiene stock suficiente de «{ $key }» para registrarlos.
}
finding-negative-inventory-keyless = { $count ->
    [one] { $count } pedido espera porque { $erp } no tiene stock suficiente para registrarlo.
   *[other] { $count } pedidos esperan porque { $erp } no tiene stock suficiente para registrarlos.
}
finding-order-not-ready = { $count ->
    [one] { $count } pedido está retenido porque { $store } lo marca como «{ $key }», un estado aún no listo para contabilizar.
   *[other] { $count } pedidos están retenidos porque { $store } los marca como «{ $key }», un estado aún no listo para contabilizar.
}
finding-order-not-ready-keyless = { $count ->
    [one] { $count } pedido está retenido porque { $store } aún no lo da por pagado.
   *[other] { $count } pedidos están retenidos porque { $store } aún no los da por pagados.
}
finding-api-version-retiring = Se va a retirar una interfaz de proveedor que usa esta aplicación: { $key }.
finding-api-version-retiring-keyless = Se va a retirar una interfaz de proveedor que usa esta aplicación.
# $system es el proveedor que respondió (el ERP cuando el registro no lo dice).
finding-unknown-vendor-answer = { $count ->
    [one] { $count } pedido recibió de { $erp } una respuesta que esta versión de la aplicación no conoce.
   *[other] { $count } pedidos recibieron de { $erp } una respuesta que esta versión de la aplicación no conoce.
}
finding-unknown-vendor-answer-login = { $system } respondió de una forma que esta versión de la aplicación no conoce.
# $system es el sistema cuya sesión terminó (el ERP, salvo que el hallazgo nombre otro).
finding-sign-in-again = La sesión en { $system } ha terminado: la aplicación no puede acceder hasta que vuelva a iniciar sesión.
finding-order-left-erp = { $count ->
    [one] { $count } pedido estaba en { $erp } pero ya no está, así que espera a enviarse de nuevo.
   *[other] { $count } pedidos estaban en { $erp } pero ya no están, así que esperan a enviarse de nuevo.
}
finding-erp-duplicates = { $count ->
    [one] { $count } pedido de { $store } está más de una vez en { $erp }.
   *[other] { $count } pedidos de { $store } están más de una vez en { $erp }.
}
finding-erp-duplicates-look-alike = { $count ->
    [one] { $count } pedido de { $store } puede estar dos veces en { $erp }: una copia sin la referencia de la tienda tiene el mismo cliente, fecha, total y líneas.
   *[other] { $count } pedidos de { $store } pueden estar dos veces en { $erp }: una copia sin la referencia de la tienda tiene el mismo cliente, fecha, total y líneas.
}
# $key es la ruta de la carpeta.
finding-data-folder-not-private = Otras cuentas de este ordenador pueden leer la carpeta con los datos de sus clientes ({ $key }).
finding-data-folder-not-private-keyless = Otras cuentas de este ordenador pueden leer la carpeta con los datos de sus clientes.
finding-middleware-unreachable = La aplicación no puede conectar con { $system } para leer sus ejecuciones fallidas.
finding-middleware-unreachable-keyless = La aplicación no puede conectar con su herramienta de integración para leer sus ejecuciones fallidas.
finding-middleware-auth-failed = { $system } ya no acepta la clave de API guardada.
finding-middleware-auth-failed-keyless = Su herramienta de integración ya no acepta la clave de API guardada.
finding-middleware-retryable = { $count ->
    [one] { $count } pedido que falló en { $system } puede reintentarse allí.
   *[other] { $count } pedidos que fallaron en { $system } pueden reintentarse allí.
}
finding-middleware-retryable-keyless = { $count ->
    [one] { $count } pedido que falló en su herramienta de integración puede reintentarse allí.
   *[other] { $count } pedidos que fallaron en su herramienta de integración pueden reintentarse allí.
}

## Cómo corregirlo, en una línea ($suggestion es el valor que propone la aplicación)

fix-store-unreachable = Compruebe su conexión a internet; si funciona, { $store } tiene una caída: espere y vuelva a revisar.
fix-erp-unreachable = Compruebe su conexión a internet; si funciona, { $erp } tiene una caída: reenvíe cuando vuelva.
fix-maintenance = Espere a que termine el mantenimiento y vuelva a revisar; mientras tanto no se pierde nada.
fix-store-incident = Los pedidos pueden llegar con retraso hasta que { $store } lo resuelva; revise más tarde, no se pierde nada.
fix-erp-incident = Los pedidos pueden fallar hasta que { $erp } lo resuelva; reenvíe los fallidos cuando su página de estado esté en verde.
fix-store-auth-failed = Cree un nuevo token de acceso en { $store } y guárdelo en Conexiones (o con «sync-doctor login store»).
fix-erp-auth-failed = Si la prueba de conexión de arriba está en verde, reenvíe estos pedidos; si no, renueve el acceso a { $erp }.
fix-credential-expiring = Renuévelo en { $erp } antes de esa fecha y guarde el nuevo, para que los pedidos sigan llegando.
fix-sku-not-found = Cree el artículo «{ $key }» en { $erp }, o asígnelo a un artículo existente, y reenvíe.
fix-sku-not-found-suggested = Parece una errata de «{ $suggestion }»: asigne «{ $key }» a «{ $suggestion }», o cree el artículo en { $erp }.
fix-sku-not-found-keyless = Busque el producto en el pedido, créelo en { $erp } o asigne su SKU a un artículo existente, y reenvíe.
fix-sku-not-found-no-code = Elija el artículo de { $erp } al que se registran las líneas «{ $line }» (cree uno, por ejemplo «{ $line }»), o dé un código al producto en { $store }, y reenvíe.
fix-sku-not-found-no-code-suggested = Registre las líneas «{ $line }» en el artículo «{ $suggestion }» de { $erp }, que tiene el mismo nombre, y reenvíe.
fix-customer-not-found = Cree el cliente en { $erp } o asigne este e-mail a uno existente, y reenvíe.
fix-customer-not-found-guest = Cree en { $erp } un cliente para las compras como invitado (por ejemplo «Invitado tienda online»), elíjalo aquí y reenvíe.
fix-customer-not-found-guest-suggested = Asigne las compras como invitado al cliente «{ $suggestion }» de { $erp }, o cree uno para ellas en { $erp }, y reenvíe.
fix-period-closed = Pida a su contable que reabra { $key }, o contabilice estos pedidos en el periodo abierto actual.
fix-period-closed-keyless = Pida a su contable que reabra el periodo, o contabilice estos pedidos en el periodo abierto actual.
fix-erp-timeout = Reenvíelos; la aplicación revisa antes cada uno, así que ninguno se crea dos veces.
fix-rate-limited = Reenvíelos; la aplicación espacia sus solicitudes para que no vuelva a ocurrir.
fix-duplicate-order = Abra { $erp } y compruebe si el pedido ya está allí antes de hacer nada más.
fix-unclassified-error = Lea los detalles técnicos de abajo; si no le ayudan, envíeselos a su partner de ERP.
fix-field-too-long = Acorte el valor en { $store } (o en el pedido) y reenvíe.
fix-unsupported-characters = Quite los emojis o caracteres ocultos de la dirección y reenvíe.
fix-country-code-mismatch = Asigne «{ $key }» a su código de dos letras (por ejemplo «US») y reenvíe.
fix-country-code-mismatch-suggested = Envíe «{ $key }» con su código «{ $suggestion }» y reenvíe.
fix-country-code-mismatch-keyless = Revise el país del pedido, asígnele el código que usa { $erp } y reenvíe.
fix-state-code-mismatch = Asigne «{ $key }» a su código de provincia (por ejemplo «CA») para que { $erp } lo registre bien.
fix-state-code-mismatch-suggested = Envíe «{ $key }» con su código «{ $suggestion }» para que { $erp } lo registre bien.
fix-state-code-mismatch-keyless = Revise la provincia del pedido y asígnele su código para que { $erp } lo registre bien.
fix-unit-not-found = Añada la unidad «{ $key }» en { $erp } y hágala la unidad de venta del artículo; luego vuelva a comprobar. Hasta entonces la cantidad se registraría en piezas.
fix-unit-not-found-keyless = Añada en { $erp } la unidad que indica el pedido, hágala la unidad de venta del artículo y vuelva a comprobar.
fix-tax-code-unmapped = Cree en { $erp } un código de impuesto con este tipo (o asigne el tipo a un código existente) y reenvíe.
fix-tax-code-unmapped-suggested = Use el código de impuesto «{ $suggestion }» de { $erp }, cuyo tipo solo difiere por redondeo, y reenvíe.
fix-currency-inactive = Active { $key } en { $erp } y reenvíe.
fix-currency-inactive-keyless = Active la moneda del pedido en { $erp } y reenvíe.
fix-total-mismatch = Compare el pedido en { $store } con lo que calculará { $erp }; la causa habitual es que falte una línea de descuento.
fix-order-not-synced = Corrija lo que indican los pasos anteriores y reenvíe los pedidos que estén listos.
fix-status-unverified = Deje que la aplicación los revise de nuevo (confirma un presupuesto que quedó a medias por una respuesta perdida); si alguno sigue igual, ábralo en { $erp } y vea por qué está retenido, cerrado o cancelado.
fix-clock-skew = Active el ajuste automático de la hora en la configuración de fecha y hora de este ordenador y vuelva a revisar.
fix-erp-permission-missing = Pida a quien gestione { $erp } que añada el permiso que falta al rol de la integración (lo indican los detalles técnicos) y vuelva a revisar.
fix-negative-inventory = Dé entrada al stock o ajústelo en { $erp } (o permita stock negativo para el artículo) y reenvíe.
fix-order-not-ready = Nada que hacer hasta que el pedido esté pagado en { $store }; entonces se envía solo. Los estados que cuentan como listos se configuran en la conexión de la tienda.
fix-api-version-retiring-erp = Pida a quien se ocupa de { $erp } que planifique su actualización a una versión con soporte; mientras tanto, esta aplicación sigue funcionando con ella.
fix-api-version-retiring = Actualice Order Sync Doctor antes de esa fecha; no tiene que cambiar nada más.
fix-unknown-vendor-answer = No se ha supuesto nada: la respuesta original está en los detalles técnicos. Actualice Order Sync Doctor o envíe esos detalles a soporte.
fix-sign-in-again = Abra Conexiones y vuelva a iniciar sesión en { $erp } con su navegador; no se pierde nada de lo pendiente.
fix-order-left-erp = Si nadie los quitó de { $erp } a propósito, reenvíelos: antes se busca cada uno, así que ninguno se crea dos veces.
fix-erp-duplicates = Conserve la copia más avanzada (enviada o facturada) y anule la otra en { $erp }; esta aplicación nunca borra ni anula documentos allí.
fix-erp-duplicates-look-alike = Abra ambos documentos en { $erp }; si son la misma venta, conserve el que tiene la referencia de la tienda y anule el otro allí. Esta aplicación nunca borra ni anula documentos en { $erp }.
fix-data-folder-not-private = Haga que solo su cuenta pueda leer la carpeta (los detalles técnicos indican cuál es y sus permisos), o pídalo a quien se ocupe de este ordenador.
fix-middleware-unreachable = Compruebe su dirección en Conexiones y que esté en marcha; los pedidos siguen esperando, no se pierde ninguno.
fix-middleware-auth-failed = Cree una nueva clave de API en sus ajustes (n8n: «Settings → n8n API») y guárdela en Conexiones.
fix-middleware-retryable = Cuando nada de los pasos anteriores los retenga, reinténtelos en { $system }: antes se busca cada pedido en { $erp }, así que ninguno se crea dos veces.
fix-middleware-retryable-keyless = Cuando nada de los pasos anteriores los retenga, reinténtelos en su herramienta de integración: antes se busca cada pedido en { $erp }, así que ninguno se crea dos veces.

## Fallos en la herramienta de integración del usuario: se corrigen en el ERP o en el flujo de la herramienta y se reintentan allí

middleware-fix-transient = Nada que corregir: reinténtelos en { $system }; antes se busca cada pedido en { $erp }, así que ninguno se crea dos veces.
middleware-fix-sku = Cree el artículo «{ $key }» en { $erp }, o corrija el SKU en el flujo de { $system }; luego reinténtelos en { $system }: antes se busca cada pedido en { $erp }, así que ninguno se crea dos veces.
middleware-fix-customer = Cree el cliente { $key } en { $erp }, o corrija cómo lo busca el flujo de { $system }; luego reinténtelos en { $system }: antes se busca cada pedido en { $erp }, así que ninguno se crea dos veces.
middleware-fix-other = Corríjalo en { $erp } o en el flujo de { $system } (el mensaje literal de { $erp } está en los detalles técnicos); luego reinténtelos en { $system }: antes se busca cada pedido en { $erp }, así que ninguno se crea dos veces.
middleware-runs = { $runs ->
    [one] { $runs } ejecución fallida en { $system }.
   *[other] { $runs } ejecuciones fallidas en { $system }.
}
middleware-runs-unnamed = { $unnamed ->
    [one] { $unnamed } de ellas no indica ningún pedido, así que la aplicación no puede buscarlo en el ERP y no la reintenta: abra { $system } para verla.
   *[other] { $unnamed } de ellas no indican ningún pedido, así que la aplicación no puede buscarlos en el ERP y no las reintenta: abra { $system } para verlas.
}
middleware-retry-change = { $count ->
    [one] { $system } repite la ejecución fallida de este pedido, con sus propias asignaciones y su flujo.
   *[other] { $system } repite las ejecuciones fallidas de estos { $count } pedidos, con sus propias asignaciones y su flujo.
}
middleware-retry-safety = { $system } escribe cada pedido en { $erp } mediante su propio flujo. Antes de cada reintento se busca el pedido en { $erp }; si { $erp } ya lo tiene, no se reintenta, así que ninguno se crea dos veces. Tras el reintento, la aplicación lee cómo terminó la ejecución y vuelve a buscar el pedido en { $erp }.

## Reglas elegidas por el usuario que cambiaron cómo se envían los pedidos

applied-period-closed = { $count ->
    [one] { $count } pedido con fecha en un periodo cerrado se contabiliza en el siguiente periodo abierto ({ $key }), como usted eligió.
   *[other] { $count } pedidos con fecha en un periodo cerrado se contabilizan en el siguiente periodo abierto ({ $key }), como usted eligió.
}
applied-field-too-long = { $count ->
    [one] En { $count } pedido, el valor «{ $key }» se acorta para que quepa en { $erp }, como usted eligió.
   *[other] En { $count } pedidos, el valor «{ $key }» se acorta para que quepa en { $erp }, como usted eligió.
}
applied-unsupported-characters = { $count ->
    [one] En { $count } pedido, el campo «{ $key }» se envía sin los caracteres que { $erp } rechaza, como usted eligió.
   *[other] En { $count } pedidos, el campo «{ $key }» se envía sin los caracteres que { $erp } rechaza, como usted eligió.
}
applied-other = { $count ->
    [one] { $count } pedido se trató con una regla que usted eligió.
   *[other] { $count } pedidos se trataron con una regla que usted eligió.
}
applied-fix-period-closed = Nada que hacer; los detalles técnicos muestran la fecha antigua y la nueva de cada pedido. Deshaga la regla desde Actividad si prefiere esperar a que se reabra el periodo.
applied-fix = Nada que hacer; los detalles técnicos muestran cada valor tal como se envía. Deshaga la regla desde Actividad si prefiere corregir los valores en la tienda.

## Correcciones: el texto del botón ($name es como se conoce el valor, p. ej. el nombre de un cliente)

remedy-resend-unverified = { $count ->
    [one] Buscarlo de nuevo y completar cualquier paso pendiente en { $erp }
   *[other] Buscarlos de nuevo y completar cualquier paso pendiente en { $erp }
}
remedy-resend-left-erp = { $count ->
    [one] Enviarlo de nuevo a { $erp } (antes se busca)
   *[other] Enviarlos de nuevo a { $erp } (antes se busca cada uno)
}
remedy-resend = { $count ->
    [one] Reenviar este pedido
   *[other] Reenviar estos { $count } pedidos
}
remedy-resend-ready = { $count ->
    [one] Reenviar { $count } pedido listo
   *[other] Reenviar los { $count } pedidos listos
}
remedy-map-sku = Usar «{ $to }» para «{ $from }»
remedy-map-no-code = Registrar las líneas «{ $line }» en el artículo «{ $to }»
remedy-map-guest = Asignar todas las compras como invitado al cliente «{ $name }» de { $erp }
remedy-map-tax = Usar el código de impuesto «{ $name }» de { $erp } para «{ $from }»
remedy-map = Enviar «{ $from }» como «{ $to }»
remedy-retry-in-tool = { $count ->
    [one] Reintentar este pedido en { $system }
   *[other] Reintentar estos { $count } pedidos en { $system }
}
remedy-retry-in-tool-keyless = { $count ->
    [one] Reintentar este pedido en la herramienta de integración
   *[other] Reintentar estos { $count } pedidos en la herramienta de integración
}
remedy-create-item = Crear el artículo «{ $key }» en { $erp }
remedy-create-item-no-code = Crear el artículo «{ $key }» («{ $line }») en { $erp } y registrar en él estas líneas
remedy-create-guest-customer = Crear un cliente «{ $name }» en { $erp } y asignarle las compras como invitado
remedy-create-customer = Crear el cliente { $key } en { $erp }
remedy-policy-closed-period = Contabilizar los pedidos con fecha en un periodo cerrado el primer día del siguiente periodo abierto (se indica en cada pedido)
remedy-policy-fit-text = Enviar esos valores como los acepta { $erp }: limpios y acortados, como muestran los detalles

## Qué cambia una corrección, para su vista previa ($kind es una de las palabras de tipo de asignación de abajo)

mapping-kind-sku = Código de producto
mapping-kind-country = País
mapping-kind-state = Provincia
mapping-kind-tax = Tipo de impuesto
mapping-kind-currency = Moneda
mapping-kind-customer = Cliente
policy-closed-period = Pedidos con fecha en un periodo cerrado
policy-fit-text = Valores que el ERP rechaza
remedy-change-map = { $kind } «{ $from }» se envía como «{ $to }»
remedy-change-map-replaces = { $kind } «{ $from }» se envía como «{ $to }» en lugar de «{ $before }»
remedy-change-map-no-code = Las líneas «{ $line }» sin código de producto se registran en el artículo «{ $to }»
remedy-change-policy = La regla «{ $rule }» pasa de «{ $before }» a «{ $after }»
remedy-change-guest-customer = Las compras como invitado se asignan al nuevo cliente «{ $name }»
remedy-writes-item = Crea el artículo «{ $key }» («{ $name }») en { $erp }; pedirlo dos veces no crea dos.
remedy-writes-customer = Crea el cliente «{ $name }» ({ $email }) en { $erp }; pedirlo dos veces no crea dos.
remedy-writes-customer-no-email = Crea el cliente «{ $name }» en { $erp }; pedirlo dos veces no crea dos.
remedy-writes-nothing = Ahora no se escribe nada en { $erp }; el cambio se aplica cuando se envían los pedidos.
resend-change = { $count ->
    [one] { $count } pedido enviado de nuevo a { $erp }
   *[other] { $count } pedidos enviados de nuevo a { $erp }
}
resend-safety = Cada pedido se busca antes en { $erp } por su referencia y solo se crea si no está, así que ninguno se crea dos veces.
resend-note-business-central-bill-to = Business Central rellena por sí mismo la dirección «Bill-to» de cada pedido con la ficha del cliente; la dirección de facturación del pedido se envía como dirección «Sell-to».

## Los cinco pasos

step-1 = Estado y conexión
step-2 = Registro de errores
step-3 = Formato y asignación de datos
step-4 = Impuestos y moneda
step-5 = Pedidos pendientes de reenvío

## Tienda frente a ERP: la situación de una fila y qué significa

standing-in-both = En ambos
standing-in-both-meaning = El pedido está una vez en { $erp }, con el mismo total.
standing-totals-differ = Totales distintos
standing-totals-differ-meaning = El pedido está en { $erp }, pero allí su total difiere del de la tienda en más de un céntimo.
standing-duplicated = Duplicado
standing-duplicated-meaning = { $erp } tiene el pedido más de una vez con su referencia: conserve uno y anule los demás en { $erp }.
standing-store-only = Solo tienda
standing-store-only-meaning = Vendido en la tienda y no en { $erp }: espera a ser enviado.
standing-erp-only = Solo ERP
standing-erp-only-meaning = Un documento de { $erp } lleva una referencia de tienda que esta aplicación no ha visto: revíselo en la tienda y en { $erp }.

## Dónde hacer clic: la pantalla donde se hace la corrección. Los nombres de menús y pantallas son los
## del proveedor; una traducción usa las etiquetas que el proveedor publica en ese idioma si las hay,
## y si no, deja el nombre en inglés entre comillas.

where-netsuite-sku-not-found = NetSuite: «Lists → Accounting → Items → New»
where-netsuite-unit-not-found = NetSuite: «Lists → Accounting → Units of Measure» (la función «Multiple Units of Measure» debe estar activa)
where-netsuite-customer-not-found = NetSuite: «Lists → Relationships → Customers → New»
where-netsuite-period-closed = NetSuite: «Setup → Accounting → Manage Accounting Periods» (para reabrir hace falta el permiso «Override Period Restrictions»)
where-netsuite-tax-code-unmapped = NetSuite: «Setup → Accounting → Tax Codes → New»
where-netsuite-currency-inactive = NetSuite: «Lists → Accounting → Currencies»
where-netsuite-login = NetSuite: «Setup → Integration → Manage Authentication → OAuth 2.0 Client Credentials (M2M) Setup»
where-netsuite-erp-permission-missing = NetSuite: «Setup → Users/Roles → Manage Roles» → el rol de la integración → «Permissions» (añada el permiso que indican los detalles)
where-netsuite-duplicate-order = NetSuite: «Transactions → Sales → Enter Sales Orders → List», busque por «PO/Check Number»
where-netsuite-erp-duplicates = NetSuite: «Transactions → Sales → Enter Sales Orders → List» (busque por «PO/Check Number»), abra la copia → «Actions» → «Close» o «Cancel Order»
where-netsuite-codes = NetSuite: «Setup → Company → States/Provinces/Counties» (los códigos que acepta)
where-business-central-sku-not-found = Business Central: busque «Items» → «New» (el «No.» debe coincidir con el SKU)
where-business-central-unit-not-found = Business Central: busque «Units of Measure» → «New», y luego «Item Units of Measure» en el artículo
where-business-central-customer-not-found = Business Central: busque «Customers» → «New», con el e-mail del comprador
where-business-central-period-closed = Business Central: busque «User Setup» (o «General Ledger Setup») → «Allow Posting From» / «Allow Posting To»
where-business-central-currency-inactive = Business Central: busque «Currencies» → «New», con sus tipos de cambio
where-business-central-country-code-mismatch = Business Central: busque «Countries/Regions» para ver los códigos que acepta
where-business-central-login = Azure portal: «App registrations» → su aplicación → «Certificates & secrets» (después, en Business Central: «Microsoft Entra Applications»)
where-business-central-rate-limited = Business Central admin center: los límites operativos del entorno (6000 solicitudes por usuario cada 5 minutos)
where-business-central-erp-duplicates = Business Central: busque «Sales Orders» y filtre por «External Document No.»; abra la copia y elija «Delete» (si la copia ya está registrada, cree un abono)
where-sap-b1-sku-not-found = SAP Business One: «Inventory → Item Master Data» (añada el artículo con este «Item No.»)
where-sap-b1-unit-not-found = SAP Business One: «Administration → Setup → Inventory → Units of Measure», y luego el grupo de unidades del artículo
where-sap-b1-customer-not-found = SAP Business One: «Business Partners → Business Partner Master Data»
where-sap-b1-period-closed = SAP Business One: «Administration → System Initialization → Posting Periods» (ponga el periodo en «Unlocked»)
where-sap-b1-tax-code-unmapped = SAP Business One: «Administration → Setup → Financials → Tax → Sales Tax Codes» («Tax Groups» en países con IVA)
where-sap-b1-negative-inventory = SAP Business One: «Inventory → Inventory Transactions → Goods Receipt» para dar entrada al stock, o la opción «Block negative inventory» en «Administration → System Initialization → Document Settings → General»
where-sap-b1-currency-inactive = SAP Business One: «Administration → Setup → Financials → Currencies»
where-sap-b1-codes = SAP Business One: «Administration → Setup → General → Countries/States» (códigos de hasta 3 caracteres)
where-sap-b1-erp-auth-failed = SAP Business One: «Administration → Setup → General → Users» (contraseña y licencia del usuario de la integración)
where-sap-b1-erp-duplicates = SAP Business One: «Sales – A/R → Sales Order», busque por «Customer Ref. No.»; abra la copia → clic derecho → «Cancel»
where-odoo-sku-not-found = Odoo: «Inventory» (o «Sales») → «Products → Products → New», con esta «Internal Reference»
where-odoo-customer-not-found = Odoo: «Contacts → New», con el e-mail del comprador
where-odoo-period-closed = Odoo: Contabilidad → Configuración → Ajustes → «Lock Dates»
where-odoo-tax-code-unmapped = Odoo: Contabilidad → Configuración → Impuestos → «New»
where-odoo-currency-inactive = Odoo: Contabilidad → Configuración → Monedas (actívela)
where-odoo-erp-auth-failed = Odoo: «Preferences» de su usuario → «Account Security» → «New API Key»
where-odoo-erp-duplicates = Odoo: «Sales → Orders», busque por «Customer Reference»; abra la copia → «Cancel»
where-odoo-api-version-retiring = Odoo: «Settings → About» muestra la versión; actualice la base de datos con el servicio de actualización de Odoo (upgrade.odoo.com) o con su partner de Odoo
where-tryton-sku-not-found = Tryton: Productos → Productos → Nuevo (el «Código» de la variante debe coincidir con el SKU, con «Vendible» marcado)
where-tryton-customer-not-found = Tryton: Terceros → Terceros → Nuevo, con el e-mail del comprador y una dirección
where-tryton-period-closed = Tryton: Contabilidad → Configuración → Ejercicios fiscales → Ejercicios fiscales, abra el periodo («Volver a abrir»)
where-tryton-tax-code-unmapped = Tryton: Contabilidad → Configuración → Impuestos → Impuestos → Nuevo
where-tryton-currency-inactive = Tryton: Monedas → Monedas (marque «Activo»)
where-tryton-erp-auth-failed = Tryton: Administración → Usuarios → Usuarios (la contraseña del usuario de la integración)
where-tryton-erp-duplicates = Tryton: Ventas → Ventas, busque por «Referencia»; abra la copia: una en «Borrador» o «Presupuesto» se anula con «Cancelar»; una procesada, cancelando su envío y abonando su factura
where-woocommerce-order-not-ready = WordPress admin: «WooCommerce → Orders» → el pedido → estado «Processing» cuando haya llegado el pago
where-shopify-order-not-ready = Shopify admin: «Orders» → el pedido → «Collect payment → Mark as paid»
where-order-file-order-not-ready = Shopify admin: «Orders» → el pedido → «Collect payment → Mark as paid», y luego exporte de nuevo los pedidos
where-shopify-api-version-retiring = Order Sync Doctor: instale su última versión, que usa una versión más nueva de la API de Shopify (el api_version de un perfil en [store] sustituye la versión que fija la aplicación)

## Resúmenes de los pasos y líneas de los detalles técnicos

summary-no-answer = Ninguno de los dos sistemas respondió.
# $statuses: los estados de la tienda que cuentan como listos, ya unidos («paid o partially_refunded»).
summary-ready-statuses = Los pedidos pasan a { $erp } cuando { $store } los marca como { $statuses }.
summary-not-checked = Sin revisar: no se pudo conectar con { $erp }, así que no hay con qué comparar.
summary-step-2 = Pedidos leídos de { $store }: { $read }; no están en { $erp }: { $count }.
summary-step-3 = { $count ->
    [one] Longitud de campos, caracteres y códigos de país y provincia revisados en { $count } pedido.
   *[other] Longitud de campos, caracteres y códigos de país y provincia revisados en { $count } pedidos.
}
summary-step-4 = { $count ->
    [one] Códigos de impuesto, monedas y totales revisados en { $count } pedido.
   *[other] Códigos de impuesto, monedas y totales revisados en { $count } pedidos.
}
summary-step-5 = Pedidos que no están en { $erp }: { $count }; listos para reenviar: { $ready }.
finding-unreadable = { $count ->
    [one] { $store } envió { $count } pedido que no se pudo leer.
   *[other] { $store } envió { $count } pedidos que no se pudieron leer.
}
fix-unreadable = Abra estos pedidos en { $store } y revíselos a mano; aparecen en los detalles.
detail-where = Dónde corregirlo: { $place }
detail-more = … y { $count } más
detail-ready-statuses = Listos para contabilizar: { $statuses }.
detail-ready-to-resend = Listos para reenviar ya: { $ready }; a la espera de una corrección de los pasos anteriores: { $waiting }.
# Una lista de opciones; la última se une con «o»: «paid, authorized o partially_refunded».
list-or = { $rest } o { $last }
# Resultado de «Probar conexión» cuando el sistema respondió.
connection-ok = Conectado a { $system }.

## Valores insertados en la frase de un hallazgo

key-expires-in = { $days ->
    [one] en { $days } día (el { $date })
   *[other] en { $days } días (el { $date })
}
key-clock-behind = { $minutes ->
    [one] { $minutes } minuto por detrás de { $system }
   *[other] { $minutes } minutos por detrás de { $system }
}
key-clock-ahead = { $minutes ->
    [one] { $minutes } minuto por delante de { $system }
   *[other] { $minutes } minutos por delante de { $system }
}

## Inicio de sesión con el navegador ($system: el ERP; el botón de Microsoft o NetSuite que se pulsa
## conserva su texto en inglés entre comillas, salvo que se conozca la traducción del propio proveedor)

sign-in-denied = El inicio de sesión se canceló en el navegador, así que { $system } no está conectado.
sign-in-denied-fix-entra = Haga clic de nuevo en «Iniciar sesión con el navegador» y elija «Accept» en la página de permisos.
sign-in-denied-fix-netsuite = Haga clic de nuevo en «Iniciar sesión con el navegador» y elija «Allow» en la página de permisos.
sign-in-denied-fix-square = Pulse de nuevo «Iniciar sesión en el navegador» y elija «Allow» en la página de permisos de Square.
sign-in-wrong-account-entra = Microsoft no encontró esta aplicación, o esta organización, para la cuenta con la que se inició sesión.
sign-in-wrong-account-entra-fix = Compruebe el inquilino (el dominio de su e-mail de trabajo, como contoso.com) e inicie sesión con su cuenta de trabajo, no con una personal. Si sigue fallando, pida a su administrador de Microsoft 365 que añada la aplicación.
sign-in-wrong-account-netsuite = NetSuite no conoce esta aplicación en esa cuenta.
sign-in-wrong-account-netsuite-fix = Compruebe el ID de cuenta y pida a su administrador de NetSuite el ID de cliente del registro de integración de la aplicación (con «Authorization Code Grant» y «Public Client» marcados).
sign-in-wrong-account-square = Square no conoce esta aplicación, o se ha desactivado.
sign-in-wrong-account-square-fix = Compruebe el ID de la aplicación («Square Developer Console» → la aplicación → «OAuth») y que su URL de redirección es exactamente la indicada aquí.
sign-in-missing-permission-entra = Su organización aún no ha permitido que esta aplicación use Business Central.
sign-in-missing-permission-entra-fix = Pida a su administrador de Microsoft 365 que conceda a la aplicación el permiso Financials.ReadWrite.All de Business Central («Entra admin center → Enterprise applications» → la aplicación → «Permissions → Grant admin consent»); después, vuelva a iniciar sesión.
sign-in-missing-permission-netsuite = El registro de integración de NetSuite no permite lo que pide la aplicación.
sign-in-missing-permission-netsuite-fix = Pida a su administrador de NetSuite que marque «REST Web Services» en el apartado «Scope» del registro de integración («Setup → Integration → Manage Integrations»); después, vuelva a iniciar sesión.
sign-in-missing-permission-square = Square no dio a la aplicación todo lo que lee: ubicaciones, pedidos, artículos y clientes.
sign-in-missing-permission-square-fix = Inicie sesión de nuevo y permita todos los permisos que muestra Square; la aplicación solo lee y no cambia nada en su cuenta de Square.
sign-in-ended = El inicio de sesión caducó antes de terminar.
sign-in-ended-fix = Vuelva a iniciar sesión y termine en el navegador en pocos minutos.
sign-in-state-mismatch = El navegador respondió por otro inicio de sesión, así que la aplicación no lo tuvo en cuenta para proteger su cuenta.
sign-in-state-mismatch-fix = Cierre las pestañas de inicio de sesión anteriores y haga clic de nuevo en «Iniciar sesión con el navegador».
sign-in-port-in-use = La aplicación no pudo prepararse en este ordenador para recibir la respuesta del navegador.
sign-in-port-in-use-fix = Cierre otras ventanas de inicio de sesión y vuelva a intentarlo; si un programa de seguridad bloquea las conexiones locales, autorice a Order Sync Doctor.
sign-in-browser-not-opened = No se abrió ninguna ventana del navegador para iniciar sesión.
sign-in-browser-not-opened-fix = Copie en su navegador el enlace de inicio de sesión que se muestra aquí, o elija un navegador predeterminado en la configuración de su ordenador, y vuelva a intentarlo.
sign-in-timed-out = El inicio de sesión no se terminó a tiempo en el navegador.
sign-in-timed-out-fix = Haga clic de nuevo en «Iniciar sesión con el navegador» y termine en la ventana que se abre.
# $authority: Microsoft o NetSuite.
sign-in-unreachable = No se pudo contactar con { $authority } para iniciar sesión.
sign-in-unreachable-fix = Compruebe la conexión a internet de este ordenador y vuelva a intentarlo.
sign-in-refused = { $authority } rechazó el inicio de sesión.
sign-in-refused-fix = Vuelva a intentarlo; si sigue fallando, envíe los detalles técnicos a quien gestione su ERP.
sign-in-nothing-waiting = No hay ningún inicio de sesión esperando al navegador.
sign-in-nothing-waiting-fix = Haga clic en «Iniciar sesión con el navegador» para empezar uno.
sign-in-cancelled = Se canceló el inicio de sesión; no se cambió nada.
sign-in-cancelled-fix = Haga clic en «Iniciar sesión con el navegador» cuando quiera.

## Campos de un pedido, tal como los nombra un hallazgo

field-customer-name = nombre del cliente
field-e-mail = correo electrónico
field-addressee = destinatario
field-address-line-1 = línea de dirección 1
field-address-line-2 = línea de dirección 2
field-city = ciudad
field-state = estado o provincia
field-postcode = código postal
field-phone = teléfono
field-order-note = nota del pedido
field-country = país
field-line-description = descripción de la línea
field-item-number = número de artículo
