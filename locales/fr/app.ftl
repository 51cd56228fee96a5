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
