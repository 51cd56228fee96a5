# Traduit de locales/en/cli.ftl par un modèle d’IA et vérifié automatiquement (syntaxe,
# identifiants, ordre, variables, mise en forme) ; pas relu par un locuteur natif.
#
# Français. Ce que l’outil en ligne de commande (sync-doctor) affiche pour les personnes. Mêmes
# identifiants et mêmes variables que l’anglais (crates/i18n le vérifie en CI).
# La sortie JSON (--json) est destinée aux programmes et reste telle quelle dans toutes les langues.
# Vouvoiement. Guillemets : « … ». En français, 0 et 1 prennent la forme « one ».

## La vérification

cli-report-title = Order Sync Doctor — { $store } → { $erp }
cli-orders = Commandes : { $orders }
# $shown : les premiers numéros de commande, joints par ", ".
cli-orders-more = { $more ->
    [one] { $shown } et { $more } autre
   *[other] { $shown } et { $more } autres
}
cli-fix = Comment corriger : { $fix }
cli-remedy = Correction [{ $id }] : { $label }
cli-details-hint = Ajoutez --details pour voir les erreurs brutes derrière chaque constat.
cli-check-now = La vérification maintenant :

## Commandes

cli-orders-count = { $count ->
    [one] { $count } commande
   *[other] { $count } commandes
}
cli-store-status = boutique : { $status }
# $statuses : les statuts de la boutique comptés comme prêts, déjà joints (« paid ou partially_refunded »).
cli-held-back = { $count ->
    [one] { $count } commande retenue jusqu’à ce que { $store } la marque { $statuses } (pas en échec, jamais envoyée) :
   *[other] { $count } commandes retenues jusqu’à ce que { $store } les marque { $statuses } (pas en échec, jamais envoyées) :
}
cli-reconciliation-title = Commandes du { $from } au { $to }, boutique et { $erp } côte à côte :
cli-look-alikes = Peut-être comptabilisées deux fois (même client, même date, même total, mêmes lignes) : { $orders } — { $documents }

## Renvoi

cli-status-unknown = statut inconnu
cli-created = ✓ { $order } créée dans { $erp } sous { $id } ({ $status })
cli-already-there = = { $order } était déjà dans { $erp } sous { $id } ({ $status }) ; rien n’a été envoyé
cli-failed = ✗ { $order } { $code } : { $message }
cli-retry-at = (nouvel essai automatique après { $when })
cli-gave-up = (tous les essais ont échoué ; elle vous attend)
cli-status-not-open = { $line } — mais son statut n’est ni ouvert ni en traitement : vérifiez-la dans { $erp }
cli-results = Créées : { $created } ; déjà présentes : { $already } ; non envoyées ou refusées : { $failed }.
cli-stopping = Arrêt après les commandes en cours d’envoi. Relancez sync-doctor de la même façon pour reprendre.
cli-pull-exporting = { $store } prépare une copie de vos commandes : { $objects } enregistrements pour l’instant.
cli-pull-downloading = Téléchargement de la copie de vos commandes : { $percent } %.
cli-pull-reading = Lecture des commandes copiées : { $orders } sur { $of }.

## Correction

cli-change = Modification : { $change }.
cli-unblocks = Commandes débloquées : { $count } ({ $orders })
cli-unblocks-none = Commandes débloquées : aucune
cli-still-blocked = Commandes aidées qui attendent encore autre chose : { $count } ({ $orders })
cli-nothing-changed-yes = Rien n’a changé. Relancez avec --yes pour l’appliquer.
cli-nothing-changed = Rien n’a changé.
cli-apply-prompt = L’appliquer ? [o/N]
# Les réponses qui veulent dire oui à la question ci-dessus, séparées par des virgules.
cli-yes-answers = o, oui, y, yes
cli-done = Terminé (modification { $change } ; `sync-doctor undo { $change }` l’annule).
cli-undone = La modification { $change } est annulée (modification { $undo }).

## Secrets, alertes et surveillance

cli-saved-secret = Enregistré dans le trousseau du système sous « { $account } ».
cli-alert-sent = { $channel } : envoyée.
cli-alert-not-sent = { $channel } : non envoyée — { $error }
cli-watch-erp-down = { $when } { $erp } est injoignable ; les commandes attendent.
cli-watch-round = { $when } Envoyées : { $sent } ; alertes : { $alerts }.

## L’outil d’intégration

cli-log-read = Erreurs lues : { $errors } ; causes principales : { $causes }.
cli-row-unreadable = La ligne { $row } est illisible : { $why }
cli-retry-nothing = Aucune exécution en échec dans l’outil d’intégration ne concerne ces commandes.
cli-retry-already = { $order } : déjà dans l’ERP ({ $id }) ; pas relancée, pour ne pas la créer deux fois
cli-retry-already-resolved = { $order } : déjà dans l’ERP ({ $id }) ; pas relancée, pour ne pas la créer deux fois ; marquée résolue dans l’outil d’intégration
cli-retry-not-retried = { $order } : pas relancée, rien n’a changé : { $reason }
cli-retry-unknown-order = { $order } : l’app n’a pas lu cette commande dans la boutique, elle ne peut donc pas interroger l’ERP à son sujet ; pas relancée
cli-retry-in-erp = { $order } : relancée (exécution { $run }) ; maintenant dans l’ERP
cli-retry-ended-not-in-erp = { $order } : relancée (exécution { $run }) ; l’exécution s’est bien terminée, mais la commande n’est pas encore dans l’ERP
cli-retry-failed-again = { $order } : relancée (exécution { $run }) ; nouvel échec : { $error }
cli-retry-still-running = toujours en cours
cli-tool-unreadable = Impossible de lire { $system } : { $why }
cli-tool-no-failures = Aucune exécution en échec dans { $system }.
cli-tool-failures = { $count ->
    [one] En échec dans { $system } ({ $count } exécution) :
   *[other] En échec dans { $system } ({ $count } exécutions) :
}
cli-no-order = (aucune commande)
# $auto vaut cli-on ou cli-off ; $channels : les canaux d’alerte joints par ", ", ou cli-none.
cli-watching = Surveillance de { $store } → { $erp } (intervalle : { $minutes } min ; envoi automatique : { $auto } ; alertes : { $channels }). Ctrl+C pour arrêter.
cli-on = activé
cli-off = désactivé
cli-none = aucune
