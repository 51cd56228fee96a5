# Français. Traduit de window.en.ftl ; mêmes identifiants et mêmes variables, dans le même ordre.
# Comment appeler les messages (choix sur $n = 0, activity-describe, plan-fixing) : voir le début
# de window.en.ftl et README.md.
# Brouillon d’un modèle d’IA, pas encore relu par des locuteurs natifs. Vouvoiement.
# Les chemins de menu des produits tiers restent en anglais, entre « ».

## text (top level)

app-title = Order Sync Doctor
demo-banner = Vous explorez des données de démo — connectez votre boutique et votre ERP pour vérifier vos commandes.
demo-banner-action = Connecter mes systèmes
loading = Vérification de la boutique et de l’ERP…
loading-screen = Ouverture…

## text.crash

crash-title = Un problème est survenu dans cette fenêtre
crash-body = Vos commandes et réglages ne risquent rien : l’app les conserve, pas cette fenêtre. Recharger la fenêtre suffit en général.
crash-details = Détails techniques
crash-reload = Recharger la fenêtre

## text (top level)

check-failed = Vérification impossible
try-again = Réessayer
close = Fermer
cancel = Annuler
save = Enregistrer
saved = Enregistré
not-saved = Non enregistré

## text.nav

nav-label = Menu principal
nav-wizard = Vérifier et corriger
nav-orders = Commandes
nav-reconcile = Boutique vs ERP
nav-activity = Activité
nav-connections = Connexions
nav-settings = Réglages

## text.header

header-check-again = Vérifier à nouveau
header-export-report = Exporter le rapport
header-exported = Rapport enregistré dans { $path }
header-export-cancelled = Le rapport n’a pas été enregistré.

## text.stepStatus

step-status-ok = OK
step-status-warning = À vérifier
step-status-failed = Bloqué

## text.wizard

pull-exporting = Votre boutique prépare une copie de vos commandes : { $objects } enregistrements pour l’instant.
pull-downloading = Téléchargement de la copie de vos commandes : { $percent } %.
pull-reading = Lecture des commandes copiées : { $orders } sur { $of }.
wizard-stepper-label = Les cinq étapes
wizard-previous = Étape précédente
wizard-next = Étape suivante
wizard-earlier-check = Voici la dernière vérification, du { $time }. Nouvelle vérification en cours…
wizard-all-good = Rien à faire ici.
wizard-orders = { $n ->
    [one] { $n } commande
   *[other] { $n } commandes
}
wizard-waiting-on = { $n ->
    [one] { $n } commande concernée
   *[other] { $n } commandes concernées
}
wizard-how-to-fix = Comment corriger
wizard-technical-details = Détails techniques
wizard-fix-it = Corriger
wizard-severity-error = Problème
wizard-severity-warning = Avertissement
wizard-severity-info = Remarque
wizard-shown-orders = Commandes : { $shown } affichées sur { $all }

## text.remedy

remedy-title = Corriger
remedy-loading = Calcul de ce que cela change…
remedy-change = Ce qui change
remedy-erp-change = Écrit dans l’ERP
remedy-clears = { $n ->
    [one] Débloque { $n } commande
   *[other] Débloque { $n } commandes
}
remedy-retries = { $n ->
    [one] Relance { $n } commande
   *[other] Relance { $n } commandes
}
remedy-still-blocked = { $n ->
    [one] Aide { $n } autre commande qui attend encore autre chose
   *[other] Aide { $n } autres commandes qui attendent encore autre chose
}
remedy-notes = Mode d’envoi des commandes
remedy-confirm = Appliquer
remedy-applying = Application…
remedy-done = Terminé.
remedy-undo = Annuler
remedy-undone = Annulé : tout est comme avant.
remedy-resent = Commandes maintenant dans l’ERP : { $ok } sur { $all }.
remedy-retried = { $all ->
    [one] Maintenant dans l’ERP : { $inErp } sur { $all } commande.
   *[other] Maintenant dans l’ERP : { $inErp } sur { $all } commandes.
}
remedy-nothing-to-retry = L’outil d’intégration n’a plus d’exécution en échec pour ces commandes.

## text.retry

retry-outcome-already-in-erp = Déjà dans l’ERP
retry-outcome-marked-resolved = Pas relancée, pour ne pas la créer deux fois ; marquée résolue dans l’outil d’intégration.
retry-outcome-left-as-is = Pas relancée, pour ne pas la créer deux fois. L’outil ne permet pas de la marquer résolue : vous pouvez y supprimer l’exécution.
retry-outcome-unknown = Pas relancée
retry-outcome-unknown-detail = L’app n’a pas lu cette commande dans la boutique, elle ne peut donc pas vérifier l’ERP d’abord.
retry-outcome-not-retried = Pas relancée
retry-outcome-in-erp = Relancée, maintenant dans l’ERP
retry-outcome-ended-not-in-erp = Relancée, pas encore dans l’ERP
retry-outcome-failed-again = Nouvel échec
retry-outcome-running = En cours

## text.plan

plan-writes-region = Commandes envoyées par le plan
plan-results-region = Résultat de chaque commande
plan-title = Plan de correction
plan-loading = Synthèse de la vérification…
plan-waiting = { $n ->
    [0] Toutes les commandes sont dans { $erp }.
    [one] { $n } commande attend d’arriver dans { $erp }.
   *[other] { $n } commandes attendent d’arriver dans { $erp }.
}
plan-app-fixes = Ce que l’app peut corriger pour vous
plan-unblocks = { $n ->
    [0] envoyées quand même ; ceci les corrige
    [one] fait passer { $n } commande
   *[other] fait passer { $n } commandes
}
plan-for-a-person = Ce qui demande des droits dans { $erp }
plan-holds-back = { $n ->
    [one] retient { $n } commande
   *[other] retient { $n } commandes
}
plan-advice = utile ; ne retient rien
plan-where = Où
plan-sends = { $n ->
    [0] Aucune commande ne peut encore être envoyée à { $erp }.
    [one] Après ces corrections, { $n } commande part vers { $erp }, une seule fois.
   *[other] Après ces corrections, { $n } commandes partent vers { $erp }, chacune une seule fois.
}
plan-apply = { $n ->
    [0] Appliquer ces corrections
    [one] Appliquer ces corrections et renvoyer { $n } commande
   *[other] Appliquer ces corrections et renvoyer { $n } commandes
}
plan-nothing = Rien à faire pour l’app : le reste demande une personne.
plan-technical = Détails techniques
plan-preview-title = Appliquer ces corrections et renvoyer
plan-preview-loading = Calcul de chaque changement et de chaque écriture…
plan-changes = Ce qui change ici
plan-erp-writes = Ce qui est écrit dans { $erp }
plan-sent-differently = { $n ->
    [one] Comment { $n } valeur est envoyée autrement
   *[other] Comment { $n } valeurs sont envoyées autrement
}
plan-order-writes = { $n ->
    [one] { $n } commande envoyée à { $erp }
   *[other] { $n } commandes envoyées à { $erp }
}
plan-column-order = Commande
plan-column-customer = Client
plan-column-total = Total
plan-not-sent = { $n ->
    [one] { $n } commande du plan attendrait encore, elle n’est pas envoyée :
   *[other] { $n } commandes du plan attendraient encore, elles ne sont pas envoyées :
}
plan-confirm = Appliquer et renvoyer
plan-fixing = Correction { $done } sur { $total }…
plan-sending = Envoyées : { $done } sur { $total }…
plan-finished = Dans { $erp } et confirmées ouvertes : { $verified } commandes sur { $total }.
plan-fixes-done = { $n ->
    [one] { $n } correction faite.
   *[other] { $n } corrections faites.
}
plan-fix-failed = Non faite
plan-undo = { $n ->
    [one] Annuler { $n } correspondance ou règle (les commandes envoyées restent dans l’ERP)
   *[other] Annuler les { $n } correspondances et règles (les commandes envoyées restent dans l’ERP)
}
plan-undone = { $n ->
    [one] { $n } correspondance ou règle remise comme avant.
   *[other] { $n } correspondances et règles remises comme avant.
}
plan-still-waiting = { $n ->
    [one] { $n } commande attend encore : une correction nécessaire n’a pas été faite.
   *[other] { $n } commandes attendent encore : une correction nécessaire n’a pas été faite.
}

## text.resend

resend-title = Commandes en attente d’envoi
resend-none = Aucune commande en attente : toutes sont dans l’ERP.
resend-filter = Afficher les commandes avec
resend-filter-all = Tout problème
resend-search = Rechercher dans ces commandes
resend-select-all = Tout sélectionner
resend-select-none = Ne rien sélectionner
resend-selected = { $n } sur { $all } sélectionnées
resend-resend = { $n ->
    [one] Renvoyer { $n } commande
   *[other] Renvoyer { $n } commandes
}
resend-sending = Envoyées : { $done } sur { $total }…
resend-finished = Dans l’ERP et confirmées ouvertes : { $verified } commandes sur { $total }.
resend-column-select = Sélection
resend-column-order = Commande
resend-column-customer = Client
resend-column-total = Total
resend-column-problem = Problème
resend-column-result = Résultat
resend-select-order = Sélectionner la commande { $name }
resend-ready = Prête à l’envoi
resend-outcome-verified = Dans l’ERP, ouverte confirmée
resend-outcome-sent = Dans l’ERP, statut non confirmé
resend-outcome-failed = Non envoyée
resend-outcome-retry = Sera réessayée

## text.orders

orders-title = Toutes les commandes
orders-search = Rechercher (numéro, client, e-mail, SKU)
orders-only-waiting = Seules les commandes hors ERP
orders-count = { $n ->
    [one] { $n } commande
   *[other] { $n } commandes
}
orders-empty = Aucune commande ne correspond.
orders-loading-row = Chargement…
orders-column-order = Commande
orders-column-date = Date
orders-column-customer = Client
orders-column-total = Total
orders-column-status = Statut
orders-column-problem = Problème

## text.state

state-new = Nouvelle
state-checked = Pas encore envoyée
state-sending = Envoi en cours
state-sent = Dans l’ERP (non confirmé)
state-verified = Dans l’ERP
state-failed = Échec
state-retry-scheduled = Nouvel essai prévu
state-dead = Abandonnée
state-not-ready = Retenue par la boutique

## text.problem

problem-store-unreachable = Boutique injoignable
problem-erp-unreachable = ERP injoignable
problem-store-maintenance = Maintenance de la boutique
problem-erp-maintenance = Maintenance de l’ERP
problem-store-auth-failed = Connexion boutique refusée
problem-erp-auth-failed = Connexion ERP refusée
problem-credential-expiring = Accès bientôt expiré
problem-sku-not-found = Article/SKU introuvable
problem-unit-not-found = Unité de mesure manquante
problem-customer-not-found = Client introuvable
problem-period-closed = Période clôturée
problem-erp-timeout = Délai dépassé
problem-rate-limited = Trop de requêtes
problem-duplicate-order = Commande en double
problem-unclassified-error = Autre erreur ERP
problem-field-too-long = Champ trop long
problem-unsupported-characters = Caractères refusés
problem-country-code-mismatch = Code pays
problem-state-code-mismatch = Code région
problem-tax-code-unmapped = Code TVA
problem-currency-inactive = Devise inactive
problem-total-mismatch = Totaux différents
problem-order-not-synced = Jamais envoyée
problem-store-incident = Incident boutique
problem-erp-incident = Incident ERP
problem-clock-skew = Écart d’horloge
problem-status-unverified = Statut non confirmé
problem-erp-permission-missing = Droit manquant
problem-negative-inventory = Stock insuffisant
problem-order-not-ready = Pas encore payée
problem-api-version-retiring = Interface bientôt retirée
problem-unknown-vendor-answer = Réponse inconnue
problem-sign-in-again = Reconnectez-vous
problem-order-left-erp = Plus dans l’ERP
problem-erp-duplicates = En double dans l’ERP
problem-data-folder-not-private = Dossier de données non privé
problem-middleware-unreachable = Outil d’intégration injoignable
problem-middleware-auth-failed = Connexion à l’outil d’intégration refusée
problem-middleware-retryable = Relançable dans l’outil d’intégration

## text.reconcile

reconcile-title = Boutique et ERP côte à côte
reconcile-intro = Chaque commande de la période, comparée à ce que contient l’ERP : la réponse de l’ERP fait foi. Rien n’est modifié dans l’ERP depuis cet écran.
reconcile-from = Commandes du
reconcile-to = au
reconcile-compare = Comparer
reconcile-comparing = Lecture de la boutique et de l’ERP…
reconcile-save-csv = Enregistrer en tableur (CSV)
reconcile-save-printable = Enregistrer un rapport imprimable
reconcile-saved = Enregistré dans { $path }
reconcile-not-saved = Rien n’a été enregistré.
reconcile-filter = Afficher
reconcile-all-but-matching = Tout ce qui mérite un coup d’œil
reconcile-everything = Toutes les commandes
reconcile-none = Rien à afficher : chaque commande de la période est une fois dans l’ERP, avec le même total.
reconcile-column-standing = État
reconcile-column-order = Commande
reconcile-column-reference = Référence
reconcile-column-date = Date
reconcile-column-total = Total boutique
reconcile-column-erp = Dans l’ERP
reconcile-look-alikes = Peut-être saisie deux fois
reconcile-look-alikes-intro = Ces documents de l’ERP ont les mêmes client, date, total et lignes, et l’un d’eux n’a pas la référence de la boutique. C’est un indice plus faible qu’une référence commune : ouvrez les deux dans l’ERP avant d’en annuler un.
reconcile-standing-in-both = Dans les deux
reconcile-standing-totals-differ = Totaux différents
reconcile-standing-duplicated = En double
reconcile-standing-store-only = Boutique seule
reconcile-standing-erp-only = ERP seul
reconcile-meaning-in-both = Une fois dans l’ERP, avec le même total.
reconcile-meaning-totals-differ = Dans l’ERP, mais son total y diffère de plus d’un centime.
reconcile-meaning-duplicated = L’ERP la contient plusieurs fois sous sa référence : gardez-en une, annulez les autres dans l’ERP.
reconcile-meaning-store-only = Vendue dans la boutique, absente de l’ERP : elle attend d’être envoyée.
reconcile-meaning-erp-only = Un document de l’ERP porte une référence boutique que l’app n’a pas vue.
reconcile-count = { $n ->
    [one] { $n } commande
   *[other] { $n } commandes
}

## text.activity

activity-title = Activité
activity-empty = Rien ne s’est encore passé : les corrections et les renvois s’afficheront ici.
activity-column-when = Quand
activity-column-who = Qui
activity-column-what = Quoi
activity-actor-user = Vous
activity-actor-monitor = Surveillance
activity-actor-resend = Renvoi
activity-actor-check = Vérification
activity-describe = { $action ->
    [map] { $subject } associé à { $outcome }
    [policy] Règle { $subject } mise sur { $outcome }
    [undo] Modification de { $subject } annulée
    [create-item] Article { $subject } créé dans l’ERP
    [create-customer] Client { $subject } créé dans l’ERP
    [left-erp] La commande { $subject } n’est plus dans l’ERP (elle était { $outcome }) : elle attend un nouvel envoi
    [send] { $outcome ->
        [created] Commande { $subject } envoyée : créée dans l’ERP
        [already_in_erp] Commande { $subject } déjà dans l’ERP : pas envoyée deux fois
       *[other] { $problem ->
            [none] Échec de l’envoi de la commande { $subject }
           *[other] Échec de l’envoi de la commande { $subject } ({ $problem })
        }
    }
   *[other] { $action } { $subject }
}

## text.connections

connections-title = Connexions
connections-intro = Connectez votre boutique en ligne et votre ERP. Les secrets sont gardés dans le trousseau de cet ordinateur ; cette fenêtre peut les enregistrer, jamais les relire.
connections-store = Boutique en ligne
connections-erp = ERP
connections-middleware = Outil d’intégration (facultatif)
connections-middleware-intro = Si vos commandes passent par n8n, Celigo ou Make, connectez-le : l’app lit aussi les commandes en échec dans l’outil et peut les y relancer, après avoir vérifié l’ERP pour n’en créer aucune deux fois.
connections-remove-middleware = Ne plus lire cet outil
connections-system = Système
connections-secret-saved = Secret enregistré dans le trousseau
connections-secret-missing = Aucun secret enregistré
connections-secret-keep = Laissez vide pour garder le secret enregistré
connections-expires = Expire le { $day }
connections-test = Tester la connexion
connections-testing = Test en cours…
connections-save = Enregistrer la connexion
connections-required = { $label } est obligatoire
connections-use-mine = Utiliser ma boutique et mon ERP
connections-use-demo = Revenir à la démo
connections-using-demo = L’app affiche la démo.
connections-using-mine = L’app vérifie votre boutique et votre ERP.
connections-signed-in = Connecté — gardé dans le trousseau
connections-sign-in = Se connecter avec le navigateur
connections-sign-in-help-business-central = Votre navigateur ouvre la page de connexion de Microsoft : connectez-vous avec votre compte professionnel et choisissez « Accept ». Aucun secret d’app n’est requis.
connections-sign-in-help-netsuite = Votre navigateur ouvre la page de connexion de NetSuite : connectez-vous, choisissez votre rôle puis « Allow ». Aucun certificat n’est requis.
connections-sign-in-help-square = Votre navigateur ouvre la page de connexion de Square : connectez-vous en tant que vendeur et choisissez « Allow ». L’application ne fait que lire ; aucun jeton d’accès n’est nécessaire.
connections-waiting = Terminez la connexion à { $authority } dans votre navigateur. Cette fenêtre se met à jour seule.
connections-no-browser = Aucune fenêtre de navigateur ne s’est ouverte. Copiez cette adresse dans votre navigateur :
connections-cancel = Annuler la connexion
connections-advanced = Avancé : connexion avec un secret d’app, un certificat ou des jetons

## text.settings

settings-title = Réglages
settings-monitor = Surveillance
settings-interval = Vérifier toutes les (minutes)
settings-grace = Attendre avant de dire qu’une commande manque (minutes)
settings-auto-send = Envoyer automatiquement les commandes en attente
settings-auto-send-help = Les commandes qui passent chaque vérification sont envoyées à chaque tour ; ce que l’ERP refuserait vous attend.
settings-paused = Suspendre la surveillance
settings-start-at-login = Démarrer à l’ouverture de session
settings-channels = Qui prévenir quand une commande échoue
settings-desktop = Notifications du bureau
settings-slack = Slack
settings-slack-webhook = Adresse du webhook entrant Slack
settings-slack-help = Dans Slack : « Apps → Incoming Webhooks → Add to Slack », choisissez le canal, copiez l’adresse.
settings-email = E-mail
settings-smtp-host = Serveur de messagerie (SMTP)
settings-smtp-port = Port
settings-smtp-user = Nom d’utilisateur
settings-smtp-password = Mot de passe
settings-from = Adresse de l’expéditeur
settings-to = Destinataires (séparés par des virgules)
settings-secret-saved = enregistré — laissez vide pour le garder
settings-test-alert = Envoyer une alerte de test
settings-test-sent = { $channel } : envoyé
settings-test-failed = { $channel } : non envoyé — { $error }
settings-no-channel = Aucun canal n’est activé.
settings-saved-note = Réglages enregistrés.
settings-language = Langue
settings-language-system = Celle de cet ordinateur ({ $language })
settings-language-help = Les constats, les alertes et le rapport exporté l’utilisent aussi.
settings-updates = Mises à jour
settings-update-version = Vous utilisez la version { $version }.
settings-update-updated = Mise à jour de la version { $from } vers la version { $version }.
settings-update-not-set-up = Cette copie de l’application ne se met pas à jour elle-même. Les nouvelles versions sont sur la page de téléchargement.
settings-update-newest = Vous avez la version la plus récente (vérifié { $when }).
settings-update-available = La version { $version } est prête à être installée
settings-update-install-help = Les commandes en cours de renvoi se terminent d’abord, et rien de nouveau n’est envoyé avant le retour de l’application. Elle redémarre toute seule et la surveillance continue.
settings-update-install = Installer et redémarrer
settings-update-check = Rechercher des mises à jour
settings-update-waiting = En attente de la fin des commandes en cours de renvoi…
settings-update-downloading = Téléchargement de la mise à jour : { $percent } %
settings-update-downloading-unknown = Téléchargement de la mise à jour…
settings-update-installing = La signature de la mise à jour est authentique. Installation…
settings-update-restarting = Redémarrage avec la nouvelle version…

## connectorText.shopify

connector-shopify-name = Shopify
connector-shopify-secret-label = Jeton d’accès Admin API
connector-shopify-secret-help = « Shopify admin → Settings → Apps → Develop apps » → votre app → « API credentials ». Commence par shpat_. Avec client credentials, collez le « Client secret » de l’app.
connector-shopify-field-url-label = Adresse de la boutique
connector-shopify-field-url-help = L’adresse myshopify.com de votre boutique, p. ex. https://my-shop.myshopify.com.
connector-shopify-field-auth-label = Mode de connexion
connector-shopify-field-auth-help = access-token pour le jeton d’une app personnalisée ; client-credentials pour une app avec client id et secret.
connector-shopify-field-client-id-label = ID client
connector-shopify-field-client-id-help = Seulement pour client credentials : le « Client ID » de l’app, sur la même page « API credentials ».
connector-shopify-field-token-expires-label = Le jeton expire le
connector-shopify-field-token-expires-help = Si le jeton a une date de fin, saisissez-la pour être averti deux semaines avant.
connector-shopify-field-status-page-label = Page de statut
connector-shopify-field-status-page-help = Facultatif : https://www.shopifystatus.com pour voir les incidents Shopify à l’étape 1.
connector-shopify-field-ready-statuses-label = Statuts de paiement à comptabiliser
connector-shopify-field-ready-statuses-help = Séparés par des virgules. Vide = payé chez Shopify : PAID, PARTIALLY_REFUNDED. Les commandes dans d’autres statuts (PENDING, AUTHORIZED) sont retenues et listées à l’étape 1 jusqu’à ce que Shopify les marque payées.

## connectorText.woocommerce

connector-woocommerce-name = WooCommerce
connector-woocommerce-secret-label = Clé client et secret
connector-woocommerce-secret-help = « WordPress admin → WooCommerce → Settings → Advanced → REST API → Add key » (Read). Collez sous la forme ck_…:cs_…
connector-woocommerce-field-url-label = Adresse de la boutique
connector-woocommerce-field-url-help = L’adresse de votre site WordPress, p. ex. https://shop.example.com.
connector-woocommerce-field-auth-label = Mode de connexion
connector-woocommerce-field-auth-help = basic en HTTPS (habituel) ; query-string si votre serveur supprime l’en-tête Authorization ; oauth1 en HTTP simple.
connector-woocommerce-field-status-page-label = Page de statut
connector-woocommerce-field-status-page-help = Facultatif : la page de statut de votre hébergeur, s’il en a une.
connector-woocommerce-field-ready-statuses-label = Statuts de commande à comptabiliser
connector-woocommerce-field-ready-statuses-help = Séparés par des virgules. Vide = payé chez WooCommerce : processing, completed. Les commandes « On hold » (virement, chèque) attendent l’argent : elles sont retenues et listées à l’étape 1 jusqu’à ce que vous les marquiez payées. Ajoutez le statut d’une extension, comme shipped, si vous en utilisez une.
connector-square-name = Square
connector-square-secret-label = Jeton d’accès
connector-square-secret-help = « Square Developer Console → your application → Credentials → Production access token » (Show). Il doit pouvoir lire les commandes, les articles, les clients et les points de vente.
connector-square-field-url-label = Adresse Square
connector-square-field-url-help = https://connect.squareup.com pour votre vrai compte ; https://connect.squareupsandbox.com pour un bac à sable.
connector-square-field-location-ids-label = Points de vente
connector-square-field-location-ids-help = Identifiants de points de vente séparés par des virgules (« Square Developer Console → your application → Locations »). Vide = tous les points de vente actifs.
connector-square-field-auth-label = Méthode de connexion
connector-square-field-auth-help = token pour un jeton d’accès personnel ; browser pour se connecter à Square en tant que vendeur (bouton ci-dessus).
connector-square-field-client-id-label = Identifiant de l’application
connector-square-field-client-id-help = Pour la connexion dans le navigateur : « Square Developer Console → votre application → OAuth → Application ID ».
connector-square-field-redirect-url-label = URL de redirection
connector-square-field-redirect-url-help = L’adresse https:// saisie comme « Redirect URL » de l’application sur cette même page OAuth : la page qui transmet la réponse de Square à cette application (sign-in/square.html dans les fichiers de l’application).
connector-square-field-token-expires-label = Le jeton expire le
connector-square-field-token-expires-help = Les jetons d’accès personnels n’expirent pas. Si le vôtre a une date de fin, saisissez-la pour être prévenu deux semaines avant.
connector-square-field-status-page-label = Page de statut
connector-square-field-status-page-help = Facultatif : https://www.issquareup.com pour voir les incidents de Square à l’étape 1.
connector-square-field-ready-statuses-label = États de commande à comptabiliser
connector-square-field-ready-statuses-help = Séparés par des virgules. Vide = ventes terminées chez Square : COMPLETED. Les commandes ouvertes (additions ouvertes, factures impayées) sont retenues et listées à l’étape 1 jusqu’à ce qu’elles soient terminées ; les annulées ne sont jamais comptabilisées.

## connectorText.csv

connector-csv-name = Export CSV Shopify
connector-csv-secret-label = { "" }
connector-csv-secret-help = { "" }
connector-csv-field-path-label = Fichier CSV
connector-csv-field-path-help = « Shopify admin → Orders → Export → CSV for Excel or other programs » ; indiquez où vous l’avez enregistré.
connector-csv-field-ready-statuses-label = Statuts financiers à comptabiliser
connector-csv-field-ready-statuses-help = Séparés par des virgules, tels qu’écrits dans la colonne « Financial Status » du fichier. Vide = paid, partially_refunded ; les autres commandes (pending, authorized) sont retenues et listées à l’étape 1.

## connectorText.netsuite

connector-netsuite-name = NetSuite
connector-netsuite-secret-label = Clé privée (PEM) ou secrets de jeton
connector-netsuite-secret-help = La clé privée du certificat chargé sous « Setup → Integration → OAuth 2.0 Client Credentials (M2M) Setup ». Pour l’authentification par jeton, collez les quatre valeurs TBA en JSON.
connector-netsuite-field-url-label = Adresse REST
connector-netsuite-field-url-help = « Setup → Company → Company Information → Company URLs → SUITETALK (SOAP AND REST WEB SERVICES) ».
connector-netsuite-field-account-id-label = ID du compte
connector-netsuite-field-account-id-help = Sur la même page : « Account ID », p. ex. 1234567 ou 1234567_SB1 pour une sandbox.
connector-netsuite-field-auth-label = Mode de connexion
connector-netsuite-field-auth-help = client-credentials (OAuth 2.0 avec certificat), browser (connexion en votre nom : bouton ci-dessus) ou token-based (TBA).
connector-netsuite-field-authorize-url-label = Page de connexion
connector-netsuite-field-authorize-url-help = Seulement si NetSuite vous en a donné une autre ; laissez vide pour celle de votre compte.
connector-netsuite-field-client-id-label = ID client
connector-netsuite-field-client-id-help = « Setup → Integration → Manage Integrations » → fiche d’intégration de l’app : « Client ID ». Pour la connexion par navigateur, cochez « Authorization Code Grant » et « Public Client », scope « REST Web Services », redirection order-sync-doctor://sign-in/netsuite.
connector-netsuite-field-certificate-id-label = ID du certificat
connector-netsuite-field-certificate-id-help = « Setup → Integration → OAuth 2.0 Client Credentials (M2M) Setup » : le « Certificate ID » de votre mappage.
connector-netsuite-field-algorithm-label = Type de clé
connector-netsuite-field-algorithm-help = PS256 pour une clé RSA, ES256 pour une clé EC.
connector-netsuite-field-certificate-expires-label = Le certificat expire le
connector-netsuite-field-certificate-expires-help = La date de fin du certificat, pour être averti avant que NetSuite ne le refuse.
connector-netsuite-field-max-concurrency-label = Requêtes simultanées
connector-netsuite-field-max-concurrency-help = « Setup → Integration → Integration Governance » indique la limite de requêtes simultanées de votre compte.

## connectorText.business-central

connector-business-central-name = Business Central
connector-business-central-secret-label = Secret client
connector-business-central-secret-help = « Azure portal → Microsoft Entra ID → App registrations » → votre app → « Certificates & secrets → New client secret » : copiez la « Value ».
connector-business-central-field-tenant-label = Locataire
connector-business-central-field-tenant-help = Le domaine de votre e-mail professionnel, comme contoso.com, ou « Entra ID → Overview → Tenant ID ».
connector-business-central-field-environment-label = Environnement
connector-business-central-field-environment-help = « Business Central admin center → Environments », p. ex. production ou sandbox.
connector-business-central-field-company-label = Société
connector-business-central-field-company-help = Facultatif : le nom de la société tel qu’affiché dans Business Central ; sinon la première société.
connector-business-central-field-auth-label = Mode de connexion
connector-business-central-field-auth-help = client-secret pour une inscription d’app avec secret ; browser pour vous connecter en votre nom (bouton ci-dessus).
connector-business-central-field-client-id-label = ID client
connector-business-central-field-client-id-help = « App registrations » → votre app → « Overview → Application (client) ID ». Pour la connexion par navigateur, l’app doit autoriser les flux de client public et avoir la redirection http://127.0.0.1.
connector-business-central-field-secret-expires-label = Le secret expire le
connector-business-central-field-secret-expires-help = Affiché à côté du secret, sous « Certificates & secrets ».
connector-business-central-field-api-url-label = Adresse de l’API
connector-business-central-field-api-url-help = Seulement pour d’autres clouds ou un proxy ; laissez vide pour Business Central online.
connector-business-central-field-login-url-label = Adresse de connexion
connector-business-central-field-login-url-help = Seulement pour d’autres clouds ; laissez vide pour https://login.microsoftonline.com/.

## connectorText.sap-b1

connector-sap-b1-name = SAP Business One
connector-sap-b1-secret-label = Mot de passe
connector-sap-b1-secret-help = Le mot de passe de l’utilisateur SAP Business One avec lequel l’intégration se connecte.
connector-sap-b1-field-url-label = Adresse du Service Layer
connector-sap-b1-field-url-help = Demandez à votre partenaire SAP ; en général https://your-server:50000/b1s/v1.
connector-sap-b1-field-company-db-label = Base de la société
connector-sap-b1-field-company-db-help = Le nom de la base de la société affiché à la connexion SAP Business One, p. ex. SBODEMOUS.
connector-sap-b1-field-username-label = Utilisateur
connector-sap-b1-field-username-help = Un utilisateur SAP Business One avec licence pour le Service Layer.

## connectorText.odoo

connector-odoo-name = Odoo
connector-odoo-secret-label = Clé d’API
connector-odoo-secret-help = Dans Odoo : votre avatar → « My Profile → Account Security → New API Key ».
connector-odoo-field-url-label = Adresse Odoo
connector-odoo-field-url-help = L’adresse où vous ouvrez Odoo, p. ex. https://mycompany.odoo.com.
connector-odoo-field-database-label = Base de données
connector-odoo-field-database-help = Affichée sur /web/database/selector, ou dans le portail Odoo.com pour les bases en ligne.
connector-odoo-field-login-label = Identifiant
connector-odoo-field-login-help = L’e-mail auquel la clé d’API appartient.
connector-odoo-field-protocol-label = Protocole
connector-odoo-field-protocol-help = json2 à partir d’Odoo 19 ; jsonrpc pour les versions plus anciennes.

## connectorText.n8n

connector-n8n-name = n8n
connector-n8n-secret-label = Clé d’API
connector-n8n-secret-help = Dans n8n : « Settings → n8n API → Create an API key ». Elle doit pouvoir lire les workflows et les exécutions, et relancer les exécutions.
connector-n8n-field-url-label = Adresse n8n
connector-n8n-field-url-help = L’adresse où vous ouvrez n8n, p. ex. https://n8n.example.com.

## connectorText.celigo

connector-celigo-name = Celigo integrator.io
connector-celigo-secret-label = Jeton d’API
connector-celigo-secret-help = Dans integrator.io : « Resources → API tokens → Create API token », avec accès aux flux qui envoient vos commandes.
connector-celigo-field-url-label = Adresse de l’API
connector-celigo-field-url-help = Laissez vide pour le site US ; pour le site UE, utilisez https://api.eu.integrator.io/v1/.

## connectorText.make

connector-make-name = Make
connector-make-secret-label = Jeton d’API
connector-make-secret-help = Dans Make : votre profil → « API access → Add token », avec les scopes scenarios:read, dlqs:read et dlqs:write.
connector-make-field-url-label = Adresse de l’API
connector-make-field-url-help = L’adresse de votre zone avec /api/v2, p. ex. https://eu1.make.com/api/v2 (le début de l’adresse où vous voyez Make).
connector-make-field-team-id-label = ID d’équipe
connector-make-field-team-id-help = Le nombre après /team/ dans l’adresse de Make quand vous ouvrez votre équipe.

## connectorText.tryton

connector-tryton-name = Tryton
connector-tryton-secret-label = Mot de passe
connector-tryton-secret-help = Le mot de passe de l’utilisateur Tryton avec lequel l’intégration se connecte.
connector-tryton-field-url-label = Adresse du serveur
connector-tryton-field-url-help = L’adresse à laquelle votre client Tryton se connecte, p. ex. http://tryton.example:8000.
connector-tryton-field-database-label = Base de données
connector-tryton-field-database-help = Le nom de la base choisie à la connexion Tryton.
connector-tryton-field-username-label = Utilisateur
connector-tryton-field-username-help = Un utilisateur Tryton autorisé à créer ventes, produits et tiers.

## text.error

error-profile = Les réglages ne sont pas utilisables
error-secret-missing = Un secret enregistré manque
error-keychain = Le trousseau de cet ordinateur n’est pas disponible
error-database = Les données propres de l’app n’ont pas pu être lues ou écrites
error-simulator = La démo n’a pas pu démarrer
error-not-found = Introuvable
error-not-undoable = Cette modification ne peut pas être annulée d’ici
error-erp-refused = L’ERP a refusé la modification
error-not-ready = La boutique ne considère pas encore cette commande comme prête
error-middleware = L’outil d’intégration n’est pas utilisable
error-desktop = Le bureau a refusé la demande
error-internal = Une erreur s’est produite
error-update-refused = La mise à jour a été refusée
error-update-failed = La mise à jour n’a pas abouti
error-update-installing = Une mise à jour est en cours d’installation
