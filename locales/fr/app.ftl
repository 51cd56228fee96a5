# Français. Traduit de locales/en/app.ftl ; mêmes identifiants et mêmes variables.

## Zone de notification

tray-status-unknown = Order Sync Doctor : pas encore vérifié
tray-status-ok = Order Sync Doctor : toutes les commandes arrivent dans l’ERP
tray-status-attention = Order Sync Doctor : un point demande votre attention
tray-status-blocked = Order Sync Doctor : des commandes n’arrivent pas dans l’ERP
tray-open = Ouvrir
tray-check-now = Vérifier maintenant
tray-pause = Suspendre la surveillance
tray-quit = Quitter

## Commandes comptées

orders-waiting = { $count ->
    [one] { $count } commande attend d’arriver dans { $erp }.
   *[other] { $count } commandes attendent d’arriver dans { $erp }.
}

## Le rapport exporté ($when : date et heure, déjà écrites à la française)

report-title = Rapport de synchronisation des commandes : { $store } → { $erp }
report-checked = Vérifié le { $when }.
report-status-ok = OK
report-status-warning = À examiner
report-status-failed = Bloqué
report-how-to-fix = Comment corriger : { $fix }
report-orders = Commandes : { $orders }
report-technical-details = Détails techniques
reconciliation-title = Boutique et ERP côte à côte : { $store } et { $erp }
reconciliation-period = Commandes du { $from } au { $to }, comparées le { $when }.
reconciliation-in-erp = dans l’ERP : { $documents }
reconciliation-look-alikes = Peut-être comptabilisées deux fois
reconciliation-look-alikes-intro = Des documents identiques par le client, la date, le total et les lignes, dont l’un n’a pas la référence de la boutique : un signe plus faible qu’une référence commune. Ouvrez les deux dans { $erp } avant d’en annuler un.

## Alertes : notifications du bureau, Slack et e-mail

alert-failures-title = { $count ->
    [one] { $count } commande n’a pas été synchronisée avec { $erp }
   *[other] { $count } commandes n’ont pas été synchronisées avec { $erp }
}
alert-failures-body = { $causes }. Ouvrez Order Sync Doctor pour voir pourquoi et les corriger.
alert-cause = { $count } × { $label }
alert-outage-title = { $erp } est injoignable
alert-outage-body = { $why }. Les nouvelles commandes attendent en sécurité et seront envoyées dès son retour ; vous recevrez alors un dernier message.
alert-back-title = { $erp } est de retour
alert-back-body = { $minutes ->
    [one] Il a été injoignable pendant environ { $minutes } minute ; les commandes en attente sont en cours d’envoi.
   *[other] Il a été injoignable pendant environ { $minutes } minutes ; les commandes en attente sont en cours d’envoi.
}
alert-silence-title = { $hours ->
    [one] Aucune nouvelle commande de { $store } depuis { $hours } heure
   *[other] Aucune nouvelle commande de { $store } depuis { $hours } heures
}
alert-silence-body = C’est inhabituel pendant les heures d’ouverture : vérifiez que la boutique prend des commandes et que sa connexion fonctionne.
alert-test-title = Alerte de test d’Order Sync Doctor
alert-test-body = Si vous lisez ceci, les alertes par { $channel } vous parviennent.
alert-open = Ouvrir Order Sync Doctor
alert-sent-by = Envoyé par Order Sync Doctor

## Quelques mots pour un problème, tels qu’une alerte les affiche

alert-label-sku-not-found = SKU introuvable
alert-label-unit-not-found = unité de mesure manquante
alert-label-customer-not-found = client introuvable
alert-label-period-closed = période clôturée
alert-label-erp-timeout = délai dépassé dans l’ERP
alert-label-rate-limited = limite de requêtes atteinte
alert-label-erp-unreachable = ERP injoignable
alert-label-erp-maintenance = maintenance de l’ERP
alert-label-erp-auth-failed = connexion refusée
alert-label-duplicate-order = doublon possible
alert-label-field-too-long = valeur trop longue
alert-label-unsupported-characters = caractères refusés
alert-label-country-code-mismatch = code pays
alert-label-state-code-mismatch = code d’État
alert-label-tax-code-unmapped = code de taxe manquant
alert-label-currency-inactive = devise inactive
alert-label-total-mismatch = totaux incohérents
alert-label-status-unverified = statut non confirmé
alert-label-order-not-synced = pas encore envoyée
alert-label-erp-permission-missing = autorisation manquante
alert-label-negative-inventory = stock insuffisant
alert-label-unknown-vendor-answer = réponse inconnue
alert-label-order-left-erp = plus dans l’ERP
alert-label-erp-duplicates = en double dans l’ERP
alert-label-other = autre erreur

## The app's own updates (tray, and errors the window shows as they are)

tray-update = Mise à jour { $version } disponible…
update-installing = Une mise à jour est en cours d’installation et l’application va redémarrer. Réessayez ensuite.
update-none = Il n’y a aucune mise à jour à installer. Recherchez d’abord les mises à jour.
update-check-failed = L’application n’a pas pu savoir si une mise à jour existe. Vérifiez la connexion Internet et réessayez plus tard. ({ $detail })
update-refused = La mise à jour { $version } a été refusée : ce n’est pas exactement ce que l’éditeur d’Order Sync Doctor a signé (elle a été modifiée en route ou vient de quelqu’un d’autre). Rien n’a été modifié : vous utilisez toujours la version { $current }. ({ $detail })
update-install-failed = La mise à jour { $version } n’a pas pu être installée. Vous utilisez toujours la version { $current }. ({ $detail })
