# Français. Traduit de locales/en/doctor.ftl ; mêmes identifiants et mêmes variables (crates/i18n le
# vérifie en CI). Ce que le doctor dit de chaque constat : une phrase qu’un responsable de boutique
# comprend, ce qu’il faut faire et où cliquer.
#
# Variables : $count est un nombre de commandes (il choisit la forme du pluriel ; en français, 0 et 1
# prennent la forme « one ») ; $store et $erp sont des noms de produits (Shopify, NetSuite, …) et
# restent tels quels ; $key est la valeur concernée (un SKU, un e-mail, une période, un taux de taxe),
# affichée telle quelle ; $system est l’outil d’intégration de l’utilisateur (n8n, Celigo, Make). Les
# guillemets droits de l’anglais deviennent « … ».
# Brouillon d’un modèle d’IA, pas encore relu par des locuteurs natifs. Vouvoiement.

## Constats : ce qui ne va pas et combien de commandes sont bloquées

finding-store-unreachable = { $store } est injoignable pour le moment.
finding-erp-unreachable = { $erp } est injoignable pour le moment.
finding-store-maintenance = { $store } signale une maintenance en cours : { $key }.
finding-store-maintenance-keyless = { $store } est en maintenance.
finding-erp-maintenance = { $erp } signale une maintenance en cours : { $key }.
finding-erp-maintenance-keyless = { $erp } est en maintenance.
finding-store-incident = { $store } signale un incident en cours : { $key }.
finding-store-incident-keyless = { $store } signale un incident en cours.
finding-erp-incident = { $erp } signale un incident en cours : { $key }.
finding-erp-incident-keyless = { $erp } signale un incident en cours.
finding-store-auth-failed = { $store } n’accepte plus les identifiants enregistrés.
finding-erp-auth-failed = { $count ->
    [one] { $count } commande a échoué car { $erp } a refusé la connexion à ce moment-là.
   *[other] { $count } commandes ont échoué car { $erp } a refusé la connexion à ce moment-là.
}
finding-erp-auth-failed-login = { $erp } n’accepte plus les identifiants enregistrés.
finding-credential-expiring = L’accès à { $erp } expire bientôt : { $key }.
finding-credential-expiring-keyless = L’accès à { $erp } expire bientôt.
finding-sku-not-found = { $count ->
    [one] { $count } commande est bloquée par un code produit inconnu de { $erp } : « { $key } ».
   *[other] { $count } commandes sont bloquées par un même code produit inconnu de { $erp } : « { $key } ».
}
finding-sku-not-found-keyless = { $count ->
    [one] { $count } commande est bloquée par un produit inconnu de { $erp }.
   *[other] { $count } commandes sont bloquées par un produit inconnu de { $erp }.
}
finding-sku-not-found-no-code = { $count ->
    [one] { $count } commande a une ligne « { $line } » sans code produit : { $erp } ne sait pas de quel article il s’agit.
   *[other] { $count } commandes ont une ligne « { $line } » sans code produit : { $erp } ne sait pas de quel article il s’agit.
}
finding-customer-not-found = { $count ->
    [one] { $count } commande attend un client introuvable dans { $erp } : { $key }.
   *[other] { $count } commandes attendent un client introuvable dans { $erp } : { $key }.
}
finding-customer-not-found-keyless = { $count ->
    [one] { $count } commande attend un client introuvable dans { $erp }.
   *[other] { $count } commandes attendent un client introuvable dans { $erp }.
}
finding-customer-not-found-guest = { $count ->
    [one] { $count } commande passée sans compte attend une fiche client dans { $erp }.
   *[other] { $count } commandes passées sans compte attendent une fiche client dans { $erp }.
}
finding-period-closed = { $count ->
    [one] { $count } commande est datée de { $key }, une période clôturée dans { $erp }.
   *[other] { $count } commandes sont datées de { $key }, une période clôturée dans { $erp }.
}
finding-period-closed-keyless = { $count ->
    [one] { $count } commande est datée d’une période clôturée dans { $erp }.
   *[other] { $count } commandes sont datées d’une période clôturée dans { $erp }.
}
finding-erp-timeout = { $count ->
    [one] { $count } commande a échoué car { $erp } a mis trop de temps à répondre.
   *[other] { $count } commandes ont échoué car { $erp } a mis trop de temps à répondre.
}
finding-rate-limited = { $count ->
    [one] { $count } commande a échoué car { $erp } était surchargé à ce moment-là.
   *[other] { $count } commandes ont échoué car { $erp } était surchargé à ce moment-là.
}
finding-duplicate-order = { $count ->
    [one] { $count } commande est peut-être déjà dans { $erp } sous la même référence.
   *[other] { $count } commandes sont peut-être déjà dans { $erp } sous la même référence.
}
finding-unclassified-error = { $count ->
    [one] { $count } commande a échoué avec une erreur que nous n’avons pas pu identifier.
   *[other] { $count } commandes ont échoué avec une erreur que nous n’avons pas pu identifier.
}
finding-field-too-long = { $count ->
    [one] { $count } commande a une valeur trop longue pour le champ « { $key } » de { $erp }.
   *[other] { $count } commandes ont une valeur trop longue pour le champ « { $key } » de { $erp }.
}
finding-field-too-long-keyless = { $count ->
    [one] { $count } commande a une valeur trop longue pour un champ de { $erp }.
   *[other] { $count } commandes ont une valeur trop longue pour un champ de { $erp }.
}
finding-unsupported-characters = { $count ->
    [one] { $count } commande contient des emoji ou caractères cachés refusés par { $erp } dans le champ « { $key } ».
   *[other] { $count } commandes contiennent des emoji ou caractères cachés refusés par { $erp } dans le champ « { $key } ».
}
finding-unsupported-characters-keyless = { $count ->
    [one] { $count } commande contient des emoji ou caractères cachés refusés par { $erp }.
   *[other] { $count } commandes contiennent des emoji ou caractères cachés refusés par { $erp }.
}
finding-country-code-mismatch = { $count ->
    [one] { $count } commande indique le pays « { $key } » alors que { $erp } attend un code à deux lettres.
   *[other] { $count } commandes indiquent le pays « { $key } » alors que { $erp } attend un code à deux lettres.
}
finding-country-code-mismatch-keyless = { $count ->
    [one] { $count } commande a un pays que { $erp } ne reconnaît pas.
   *[other] { $count } commandes ont un pays que { $erp } ne reconnaît pas.
}
finding-state-code-mismatch = { $count ->
    [one] { $count } commande indique la région « { $key } » en toutes lettres au lieu de son code.
   *[other] { $count } commandes indiquent la région « { $key } » en toutes lettres au lieu de son code.
}
finding-state-code-mismatch-keyless = { $count ->
    [one] { $count } commande indique une région en toutes lettres là où { $erp } attend son code.
   *[other] { $count } commandes indiquent une région en toutes lettres là où { $erp } attend son code.
}
finding-unit-not-found = { $count ->
    [one] { $count } commande a une ligne vendue en { $key }, une unité que { $erp } n’a pas.
   *[other] { $count } commandes ont une ligne vendue en { $key }, une unité que { $erp } n’a pas.
}
finding-unit-not-found-keyless = { $count ->
    [one] { $count } commande a une ligne vendue dans une unité que { $erp } n’a pas.
   *[other] { $count } commandes ont une ligne vendue dans une unité que { $erp } n’a pas.
}
finding-tax-code-unmapped = { $count ->
    [one] { $count } commande porte un taux de TVA sans code TVA dans { $erp } : { $key }.
   *[other] { $count } commandes portent un taux de TVA sans code TVA dans { $erp } : { $key }.
}
finding-tax-code-unmapped-keyless = { $count ->
    [one] { $count } commande porte une taxe sans code TVA dans { $erp }.
   *[other] { $count } commandes portent une taxe sans code TVA dans { $erp }.
}
finding-currency-inactive = { $count ->
    [one] { $count } commande est en { $key }, une devise inactive dans { $erp }.
   *[other] { $count } commandes sont en { $key }, une devise inactive dans { $erp }.
}
finding-currency-inactive-keyless = { $count ->
    [one] { $count } commande utilise une devise inactive dans { $erp }.
   *[other] { $count } commandes utilisent une devise inactive dans { $erp }.
}
finding-total-mismatch = { $count ->
    [one] { $count } commande a des totaux qui ne correspondent pas à ses lignes.
   *[other] { $count } commandes ont des totaux qui ne correspondent pas à leurs lignes.
}
finding-order-not-synced = { $count ->
    [one] { $count } commande de { $store } n’est pas encore dans { $erp }.
   *[other] { $count } commandes de { $store } ne sont pas encore dans { $erp }.
}
finding-clock-skew = L’horloge de cet ordinateur est décalée ({ $key }), assez pour bloquer les connexions signées.
finding-clock-skew-keyless = L’horloge de cet ordinateur est assez décalée pour bloquer les connexions signées.
finding-status-unverified = { $count ->
    [one] { $count } commande est arrivée dans { $erp }, mais son statut n’est ni ouvert ni en traitement.
   *[other] { $count } commandes sont arrivées dans { $erp }, mais leur statut n’est ni ouvert ni en traitement.
}
finding-erp-permission-missing = { $count ->
    [one] { $count } commande a échoué car il manque un droit au rôle d’intégration { $erp } ({ $key }).
   *[other] { $count } commandes ont échoué car il manque un droit au rôle d’intégration { $erp } ({ $key }).
}
finding-erp-permission-missing-keyless = { $count ->
    [one] { $count } commande a échoué car il manque un droit au rôle d’intégration { $erp }.
   *[other] { $count } commandes ont échoué car il manque un droit au rôle d’intégration { $erp }.
}
finding-erp-permission-missing-login = La connexion à { $erp } fonctionne, mais il manque à son rôle un droit dont l’app a besoin : { $key }.
finding-erp-permission-missing-login-keyless = La connexion à { $erp } fonctionne, mais il manque à son rôle un droit dont l’app a besoin.
finding-negative-inventory = { $count ->
    [one] { $count } commande attend car { $erp } n’a pas assez de stock de « { $key } » pour l’enregistrer.
   *[other] { $count } commandes attendent car { $erp } n’a pas assez de stock de « { $key } » pour les enregistrer.
}
finding-negative-inventory-keyless = { $count ->
    [one] { $count } commande attend car { $erp } n’a pas assez de stock pour l’enregistrer.
   *[other] { $count } commandes attendent car { $erp } n’a pas assez de stock pour les enregistrer.
}
finding-order-not-ready = { $count ->
    [one] { $count } commande est retenue : { $store } la marque « { $key } », un statut pas encore prêt à l’envoi.
   *[other] { $count } commandes sont retenues : { $store } les marque « { $key } », un statut pas encore prêt à l’envoi.
}
finding-order-not-ready-keyless = { $count ->
    [one] { $count } commande est retenue car { $store } ne la considère pas encore comme payée.
   *[other] { $count } commandes sont retenues car { $store } ne les considère pas encore comme payées.
}
finding-api-version-retiring = Une interface fournisseur utilisée par cette app va être retirée : { $key }.
finding-api-version-retiring-keyless = Une interface fournisseur utilisée par cette app va être retirée.
# $system est le fournisseur qui a répondu (l’ERP quand le journal ne le dit pas).
finding-unknown-vendor-answer = { $count ->
    [one] { $count } commande a reçu de { $erp } une réponse que cette version de l’app ne connaît pas.
   *[other] { $count } commandes ont reçu de { $erp } une réponse que cette version de l’app ne connaît pas.
}
finding-unknown-vendor-answer-login = { $system } a répondu d’une façon que cette version de l’app ne connaît pas.
# $system est le système dont la connexion a pris fin (l’ERP, sauf si le constat en nomme un autre).
finding-sign-in-again = La connexion à { $system } a pris fin : l’app n’y a plus accès tant que vous ne vous reconnectez pas.
finding-order-left-erp = { $count ->
    [one] { $count } commande était dans { $erp } mais n’y est plus : elle attend d’être renvoyée.
   *[other] { $count } commandes étaient dans { $erp } mais n’y sont plus : elles attendent d’être renvoyées.
}
finding-erp-duplicates = { $count ->
    [one] { $count } commande de { $store } est plusieurs fois dans { $erp }.
   *[other] { $count } commandes de { $store } sont plusieurs fois dans { $erp }.
}
finding-erp-duplicates-look-alike = { $count ->
    [one] { $count } commande de { $store } est peut-être deux fois dans { $erp } : une copie sans la référence de la boutique a les mêmes client, date, total et lignes.
   *[other] { $count } commandes de { $store } sont peut-être deux fois dans { $erp } : une copie sans la référence de la boutique a les mêmes client, date, total et lignes.
}
# $key est le chemin du dossier.
finding-data-folder-not-private = D’autres comptes de cet ordinateur peuvent lire le dossier qui contient les données de vos clients ({ $key }).
finding-data-folder-not-private-keyless = D’autres comptes de cet ordinateur peuvent lire le dossier qui contient les données de vos clients.
finding-middleware-unreachable = L’app ne peut pas joindre { $system } pour lire ses exécutions en échec.
finding-middleware-unreachable-keyless = L’app ne peut pas joindre votre outil d’intégration pour lire ses exécutions en échec.
finding-middleware-auth-failed = { $system } n’accepte plus la clé d’API enregistrée.
finding-middleware-auth-failed-keyless = Votre outil d’intégration n’accepte plus la clé d’API enregistrée.
finding-middleware-retryable = { $count ->
    [one] { $count } commande en échec dans { $system } peut y être relancée.
   *[other] { $count } commandes en échec dans { $system } peuvent y être relancées.
}
finding-middleware-retryable-keyless = { $count ->
    [one] { $count } commande en échec dans votre outil d’intégration peut y être relancée.
   *[other] { $count } commandes en échec dans votre outil d’intégration peuvent y être relancées.
}

## Comment corriger, en une ligne ($suggestion est la valeur que l’app propose)

fix-store-unreachable = Vérifiez votre connexion Internet ; si elle fonctionne, { $store } est en panne : attendez, puis vérifiez à nouveau.
fix-erp-unreachable = Vérifiez votre connexion Internet ; si elle fonctionne, { $erp } est en panne : renvoyez les commandes à son retour.
fix-maintenance = Attendez la fin de la maintenance, puis vérifiez à nouveau ; rien n’est perdu entre-temps.
fix-store-incident = Des commandes peuvent arriver en retard jusqu’au correctif de { $store } ; vérifiez plus tard, rien n’est perdu.
fix-erp-incident = Des commandes peuvent échouer jusqu’au correctif de { $erp } ; renvoyez celles en échec quand sa page de statut est au vert.
fix-store-auth-failed = Créez un nouveau jeton d’accès dans { $store } et enregistrez-le dans Connexions (ou avec « sync-doctor login store »).
fix-erp-auth-failed = Si le test de connexion ci-dessus est au vert, renvoyez ces commandes ; sinon, renouvelez l’accès à { $erp }.
fix-credential-expiring = Renouvelez l’accès dans { $erp } avant cette date et enregistrez le nouveau, pour que les commandes passent toujours.
fix-sku-not-found = Créez l’article « { $key } » dans { $erp }, ou associez-le à un article existant, puis renvoyez.
fix-sku-not-found-suggested = On dirait une faute de frappe pour « { $suggestion } » : associez « { $key } » à « { $suggestion } », ou créez l’article dans { $erp }.
fix-sku-not-found-keyless = Repérez le produit dans la commande, créez-le dans { $erp } ou associez son SKU à un article existant, puis renvoyez.
fix-sku-not-found-no-code = Choisissez l’article de { $erp } sur lequel les lignes « { $line } » sont comptabilisées (créez-en un, par exemple « { $line } »), ou donnez un code au produit dans { $store }, puis renvoyez.
fix-sku-not-found-no-code-suggested = Comptabilisez les lignes « { $line } » sur l’article « { $suggestion } » de { $erp }, qui porte le même nom, puis renvoyez.
fix-customer-not-found = Créez le client dans { $erp } ou associez cet e-mail à un client existant, puis renvoyez.
fix-customer-not-found-guest = Créez dans { $erp } un client pour les commandes sans compte (par exemple « Invité boutique en ligne ») et choisissez-le ici, puis renvoyez.
fix-customer-not-found-guest-suggested = Rattachez les commandes sans compte au client { $erp } « { $suggestion } », ou créez-en un pour elles dans { $erp }, puis renvoyez.
fix-period-closed = Demandez à votre comptable de rouvrir { $key }, ou comptabilisez ces commandes dans la période ouverte en cours.
fix-period-closed-keyless = Demandez à votre comptable de rouvrir la période, ou comptabilisez ces commandes dans la période ouverte en cours.
fix-erp-timeout = Renvoyez-les ; l’app vérifie d’abord chacune, donc aucune n’est créée deux fois.
fix-rate-limited = Renvoyez-les ; l’app espace ses requêtes pour que cela ne se reproduise pas.
fix-duplicate-order = Ouvrez { $erp } et vérifiez si la commande y est déjà avant toute autre action.
fix-unclassified-error = Lisez les détails techniques ci-dessous ; s’ils ne suffisent pas, envoyez-les à votre partenaire ERP.
fix-field-too-long = Raccourcissez la valeur dans { $store } (ou dans la commande), puis renvoyez.
fix-unsupported-characters = Retirez les emoji ou caractères cachés de l’adresse, puis renvoyez.
fix-country-code-mismatch = Associez « { $key } » à son code à deux lettres (par exemple « FR »), puis renvoyez.
fix-country-code-mismatch-suggested = Envoyez « { $key } » sous son code « { $suggestion } », puis renvoyez.
fix-country-code-mismatch-keyless = Vérifiez le pays de la commande et associez-le au code utilisé par { $erp }, puis renvoyez.
fix-state-code-mismatch = Associez « { $key } » à son code de région (par exemple « CA ») pour que { $erp } l’enregistre correctement.
fix-state-code-mismatch-suggested = Envoyez « { $key } » sous son code « { $suggestion } » pour que { $erp } l’enregistre correctement.
fix-state-code-mismatch-keyless = Vérifiez la région de la commande et associez-la à son code pour que { $erp } l’enregistre correctement.
fix-unit-not-found = Ajoutez l’unité « { $key } » dans { $erp } et faites-en l’unité de vente de l’article, puis vérifiez à nouveau ; d’ici là, la quantité serait comptée en pièces.
fix-unit-not-found-keyless = Ajoutez dans { $erp } l’unité indiquée par la commande, faites-en l’unité de vente de l’article, puis vérifiez à nouveau.
fix-tax-code-unmapped = Créez un code TVA avec ce taux dans { $erp } (ou associez le taux à un code existant), puis renvoyez.
fix-tax-code-unmapped-suggested = Utilisez le code TVA { $erp } « { $suggestion } », dont le taux ne diffère que par l’arrondi, puis renvoyez.
fix-currency-inactive = Activez { $key } dans { $erp }, puis renvoyez.
fix-currency-inactive-keyless = Activez la devise de la commande dans { $erp }, puis renvoyez.
fix-total-mismatch = Comparez la commande dans { $store } avec ce que { $erp } va calculer ; une ligne de remise manquante en est la cause habituelle.
fix-order-not-synced = Corrigez ce que signalent les étapes ci-dessus, puis renvoyez les commandes prêtes.
fix-status-unverified = Laissez l’app les vérifier à nouveau (elle confirme un devis resté en suspens à cause d’une réponse perdue) ; s’il en reste une, ouvrez-la dans { $erp } et voyez pourquoi elle est en attente, clôturée ou annulée.
fix-clock-skew = Activez le réglage automatique de l’heure dans les paramètres de date et d’heure de cet ordinateur, puis vérifiez à nouveau.
fix-erp-permission-missing = Demandez à la personne qui gère { $erp } d’ajouter le droit manquant au rôle de l’intégration (indiqué dans les détails techniques), puis vérifiez à nouveau.
fix-negative-inventory = Réceptionnez ou ajustez le stock dans { $erp } (ou autorisez le stock négatif pour l’article), puis renvoyez.
fix-order-not-ready = Rien à faire tant que la commande n’est pas payée dans { $store } ; elle partira alors toute seule. Les statuts comptés comme prêts se règlent dans la connexion de la boutique.
fix-api-version-retiring-erp = Demandez à la personne qui gère { $erp } de prévoir sa mise à niveau vers une version prise en charge ; en attendant, l’app reste compatible.
fix-api-version-retiring = Mettez à jour Order Sync Doctor avant cette date ; rien d’autre ne doit changer de votre côté.
fix-unknown-vendor-answer = Rien n’a été deviné : la réponse brute est dans les détails techniques. Mettez à jour Order Sync Doctor, ou envoyez ces détails au support.
fix-sign-in-again = Ouvrez Connexions et reconnectez-vous à { $erp } avec votre navigateur ; rien de ce qui attend n’est perdu.
fix-order-left-erp = Si personne ne les a supprimées exprès dans { $erp }, renvoyez-les : chacune est d’abord recherchée, donc aucune n’est créée deux fois.
fix-erp-duplicates = Gardez la copie la plus avancée (expédiée ou facturée) et annulez l’autre dans { $erp } ; cette app n’y supprime ni n’y annule jamais de documents.
fix-erp-duplicates-look-alike = Ouvrez les deux documents dans { $erp } ; s’il s’agit de la même vente, gardez celui qui a la référence de la boutique et annulez l’autre. Cette app ne supprime ni n’annule jamais de documents dans { $erp }.
fix-data-folder-not-private = Rendez le dossier lisible par votre seul compte (les détails techniques indiquent le dossier et ses droits), ou demandez à la personne qui s’occupe de cet ordinateur.
fix-middleware-unreachable = Vérifiez son adresse dans Connexions et qu’il fonctionne ; les commandes attendent, aucune n’est perdue.
fix-middleware-auth-failed = Créez une nouvelle clé d’API dans ses réglages (n8n : « Settings → n8n API ») et enregistrez-la dans Connexions.
fix-middleware-retryable = Quand plus rien dans les étapes ci-dessus ne les bloque, relancez-les dans { $system } : chaque commande est d’abord recherchée dans { $erp }, donc aucune n’est créée deux fois.
fix-middleware-retryable-keyless = Quand plus rien dans les étapes ci-dessus ne les bloque, relancez-les dans votre outil d’intégration : chaque commande est d’abord recherchée dans { $erp }, donc aucune n’est créée deux fois.

## Échecs dans l’outil d’intégration de l’utilisateur, corrigés dans l’ERP ou le flux de l’outil, relancés dans l’outil

middleware-fix-transient = Rien à corriger : relancez-les dans { $system } ; chaque commande est d’abord recherchée dans { $erp }, donc aucune n’est créée deux fois.
middleware-fix-sku = Créez l’article « { $key } » dans { $erp }, ou corrigez le SKU dans le flux { $system } ; puis relancez-les dans { $system } : chaque commande est d’abord recherchée dans { $erp }, donc aucune n’est créée deux fois.
middleware-fix-customer = Créez le client { $key } dans { $erp }, ou corrigez la façon dont le flux { $system } le trouve ; puis relancez-les dans { $system } : chaque commande est d’abord recherchée dans { $erp }, donc aucune n’est créée deux fois.
middleware-fix-other = Corrigez-le dans { $erp } ou dans le flux { $system } (le message exact de { $erp } est dans les détails techniques) ; puis relancez-les dans { $system } : chaque commande est d’abord recherchée dans { $erp }, donc aucune n’est créée deux fois.
middleware-runs = { $runs ->
    [one] { $runs } exécution en échec dans { $system }.
   *[other] { $runs } exécutions en échec dans { $system }.
}
middleware-runs-unnamed = { $unnamed ->
    [one] { $unnamed } d’entre elles ne désigne aucune commande : l’app ne peut pas la rechercher dans l’ERP et ne la relance pas. Ouvrez { $system } pour la voir.
   *[other] { $unnamed } d’entre elles ne désignent aucune commande : l’app ne peut pas les rechercher dans l’ERP et ne les relance pas. Ouvrez { $system } pour les voir.
}
middleware-retry-change = { $count ->
    [one] { $system } relance l’exécution en échec de cette commande, avec ses propres correspondances et son propre flux.
   *[other] { $system } relance les exécutions en échec de ces { $count } commandes, avec ses propres correspondances et son propre flux.
}
middleware-retry-safety = { $system } écrit chaque commande dans { $erp } via son propre flux. Avant chaque relance, la commande est recherchée dans { $erp } ; si { $erp } l’a déjà, elle n’est pas relancée, donc aucune n’est créée deux fois. Après la relance, l’app lit comment l’exécution s’est terminée et recherche à nouveau la commande dans { $erp }.

## Règles choisies par l’utilisateur qui ont changé la façon d’envoyer les commandes

applied-period-closed = { $count ->
    [one] { $count } commande datée d’une période clôturée est comptabilisée dans la période ouverte suivante ({ $key }), selon votre choix.
   *[other] { $count } commandes datées d’une période clôturée sont comptabilisées dans la période ouverte suivante ({ $key }), selon votre choix.
}
applied-field-too-long = { $count ->
    [one] { $count } commande a le champ « { $key } » raccourci pour { $erp }, selon votre choix.
   *[other] { $count } commandes ont le champ « { $key } » raccourci pour { $erp }, selon votre choix.
}
applied-unsupported-characters = { $count ->
    [one] { $count } commande a le champ « { $key } » envoyé sans les caractères refusés par { $erp }, selon votre choix.
   *[other] { $count } commandes ont le champ « { $key } » envoyé sans les caractères refusés par { $erp }, selon votre choix.
}
applied-other = { $count ->
    [one] { $count } commande a été traitée par l’une de vos règles.
   *[other] { $count } commandes ont été traitées par l’une de vos règles.
}
applied-fix-period-closed = Rien à faire ; les détails techniques montrent l’ancienne et la nouvelle date de chaque commande. Pour attendre plutôt la réouverture de la période, annulez la règle dans Activité.
applied-fix = Rien à faire ; les détails techniques montrent chaque valeur telle qu’elle est envoyée. Pour corriger plutôt les valeurs dans la boutique, annulez la règle dans Activité.

## Corrections : le libellé du bouton ($name est le nom sous lequel on connaît la valeur, p. ex. le nom d’un client)

remedy-resend-unverified = { $count ->
    [one] La rechercher à nouveau et terminer toute étape inachevée dans { $erp }
   *[other] Les rechercher à nouveau et terminer toute étape inachevée dans { $erp }
}
remedy-resend-left-erp = { $count ->
    [one] La renvoyer à { $erp } (elle est d’abord recherchée)
   *[other] Les renvoyer à { $erp } (chacune est d’abord recherchée)
}
remedy-resend = { $count ->
    [one] Renvoyer cette commande
   *[other] Renvoyer ces { $count } commandes
}
remedy-resend-ready = { $count ->
    [one] Renvoyer { $count } commande prête
   *[other] Renvoyer les { $count } commandes prêtes
}
remedy-map-sku = Utiliser « { $to } » pour « { $from } »
remedy-map-no-code = Comptabiliser les lignes « { $line } » sur l’article « { $to } »
remedy-map-guest = Rattacher toutes les commandes sans compte au client { $erp } « { $name } »
remedy-map-tax = Utiliser le code TVA { $erp } « { $name } » pour « { $from } »
remedy-map = Envoyer « { $from } » comme « { $to } »
remedy-retry-in-tool = { $count ->
    [one] Relancer cette commande dans { $system }
   *[other] Relancer ces { $count } commandes dans { $system }
}
remedy-retry-in-tool-keyless = { $count ->
    [one] Relancer cette commande dans l’outil d’intégration
   *[other] Relancer ces { $count } commandes dans l’outil d’intégration
}
remedy-create-item = Créer l’article « { $key } » dans { $erp }
remedy-create-item-no-code = Créer l’article « { $key } » (« { $line } ») dans { $erp } et y comptabiliser ces lignes
remedy-create-guest-customer = Créer un client « { $name } » dans { $erp } et y rattacher les commandes sans compte
remedy-create-customer = Créer le client { $key } dans { $erp }
remedy-policy-closed-period = Comptabiliser les commandes datées d’une période clôturée au premier jour de la période ouverte suivante (indiqué sur chaque commande)
remedy-policy-fit-text = Envoyer ces valeurs sous une forme acceptée par { $erp } : nettoyées et raccourcies comme le montrent les détails

## Ce que change une correction, pour son aperçu ($kind est l’un des mots de type de correspondance ci-dessous)

mapping-kind-sku = Code produit
mapping-kind-country = Pays
mapping-kind-state = Région
mapping-kind-tax = Taux de TVA
mapping-kind-currency = Devise
mapping-kind-customer = Client
policy-closed-period = Commandes datées d’une période clôturée
policy-fit-text = Valeurs refusées par l’ERP
remedy-change-map = { $kind } : « { $from } » est envoyé comme « { $to } »
remedy-change-map-replaces = { $kind } : « { $from } » est envoyé comme « { $to } » au lieu de « { $before } »
remedy-change-map-no-code = Les lignes « { $line } » sans code produit sont comptabilisées sur l’article « { $to } »
remedy-change-policy = La règle « { $rule } » passe de « { $before } » à « { $after } »
remedy-change-guest-customer = Les commandes sans compte sont rattachées au nouveau client « { $name } »
remedy-writes-item = Crée l’article « { $key } » (« { $name } ») dans { $erp } ; le demander deux fois n’en crée pas deux.
remedy-writes-customer = Crée le client « { $name } » ({ $email }) dans { $erp } ; le demander deux fois n’en crée pas deux.
remedy-writes-customer-no-email = Crée le client « { $name } » dans { $erp } ; le demander deux fois n’en crée pas deux.
remedy-writes-nothing = Rien n’est écrit dans { $erp } pour l’instant ; le changement s’applique à l’envoi des commandes.
resend-change = { $count ->
    [one] { $count } commande renvoyée à { $erp }
   *[other] { $count } commandes renvoyées à { $erp }
}
resend-safety = Chaque commande est d’abord recherchée dans { $erp } par sa référence et n’est créée que si elle n’y est pas : aucune n’est créée deux fois.
resend-note-business-central-bill-to = Business Central remplit lui-même l’adresse « Bill-to » de chaque commande à partir de la fiche client ; l’adresse de facturation de la commande est envoyée comme adresse « Sell-to ».

## Les cinq étapes

step-1 = Statut et connexion
step-2 = Journal des erreurs
step-3 = Format des données et correspondances
step-4 = TVA et devises
step-5 = Commandes à renvoyer

## Boutique et ERP : l’état d’une ligne et ce qu’il signifie

standing-in-both = Dans les deux
standing-in-both-meaning = La commande est une fois dans { $erp }, avec le même total.
standing-totals-differ = Totaux différents
standing-totals-differ-meaning = La commande est dans { $erp }, mais son total y diffère de celui de la boutique de plus d’un centime.
standing-duplicated = En double
standing-duplicated-meaning = { $erp } contient la commande plusieurs fois sous sa référence : gardez-en une, annulez les autres dans { $erp }.
standing-store-only = Boutique seule
standing-store-only-meaning = Vendue dans la boutique, absente de { $erp } : elle attend d’être envoyée.
standing-erp-only = ERP seul
standing-erp-only-meaning = Un document { $erp } porte une référence boutique que l’app n’a pas vue : vérifiez-le dans la boutique et dans { $erp }.

## Où cliquer : l’écran où se fait la correction. Les noms de menus et d’écrans sont ceux du fournisseur ;
## une traduction reprend les libellés publiés par le fournisseur dans sa langue quand il y en a,
## et sinon garde le nom anglais entre guillemets.

where-netsuite-sku-not-found = NetSuite : « Lists → Accounting → Items → New »
where-netsuite-unit-not-found = NetSuite : « Lists → Accounting → Units of Measure » (la fonction « Multiple Units of Measure » doit être activée)
where-netsuite-customer-not-found = NetSuite : « Lists → Relationships → Customers → New »
where-netsuite-period-closed = NetSuite : « Setup → Accounting → Manage Accounting Periods » (la réouverture demande le droit « Override Period Restrictions »)
where-netsuite-tax-code-unmapped = NetSuite : « Setup → Accounting → Tax Codes → New »
where-netsuite-currency-inactive = NetSuite : « Lists → Accounting → Currencies »
where-netsuite-login = NetSuite : « Setup → Integration → Manage Authentication → OAuth 2.0 Client Credentials (M2M) Setup »
where-netsuite-erp-permission-missing = NetSuite : « Setup → Users/Roles → Manage Roles » → le rôle de l’intégration → « Permissions » (ajoutez le droit indiqué dans les détails)
where-netsuite-duplicate-order = NetSuite : « Transactions → Sales → Enter Sales Orders → List », recherche par « PO/Check Number »
where-netsuite-erp-duplicates = NetSuite : « Transactions → Sales → Enter Sales Orders → List » (recherche par « PO/Check Number »), ouvrez la copie → « Actions → Close » ou « Cancel Order »
where-netsuite-codes = NetSuite : « Setup → Company → States/Provinces/Counties » (les codes acceptés)
where-business-central-sku-not-found = Business Central : recherchez « Items » → « New » (le « No. » doit être le SKU)
where-business-central-unit-not-found = Business Central : recherchez « Units of Measure » → « New », puis « Item Units of Measure » sur l’article
where-business-central-customer-not-found = Business Central : recherchez « Customers » → « New », avec l’e-mail de l’acheteur
where-business-central-period-closed = Business Central : recherchez « User Setup » (ou « General Ledger Setup ») → « Allow Posting From » / « Allow Posting To »
where-business-central-currency-inactive = Business Central : recherchez « Currencies » → « New », avec ses taux de change
where-business-central-country-code-mismatch = Business Central : recherchez « Countries/Regions » pour voir les codes acceptés
where-business-central-login = Azure portal : « App registrations » → votre app → « Certificates & secrets » (puis dans Business Central : « Microsoft Entra Applications »)
where-business-central-rate-limited = Business Central admin center : les limites opérationnelles de l’environnement (6000 requêtes par 5 minutes et par utilisateur)
where-business-central-erp-duplicates = Business Central : recherchez « Sales Orders », filtrez sur « External Document No. » ; ouvrez la copie → « Delete » (copie déjà validée : créez un avoir)
where-sap-b1-sku-not-found = SAP Business One : « Inventory → Item Master Data » (ajoutez l’article avec ce « Item No. »)
where-sap-b1-unit-not-found = SAP Business One : « Administration → Setup → Inventory → Units of Measure », puis le groupe d’unités de l’article
where-sap-b1-customer-not-found = SAP Business One : « Business Partners → Business Partner Master Data »
where-sap-b1-period-closed = SAP Business One : « Administration → System Initialization → Posting Periods » (passez la période à « Unlocked »)
where-sap-b1-tax-code-unmapped = SAP Business One : « Administration → Setup → Financials → Tax → Sales Tax Codes » (« Tax Groups » dans les pays à TVA)
where-sap-b1-negative-inventory = SAP Business One : « Inventory → Inventory Transactions → Goods Receipt » pour réceptionner le stock, ou l’option « Block negative inventory » dans « Administration → System Initialization → Document Settings → General »
where-sap-b1-currency-inactive = SAP Business One : « Administration → Setup → Financials → Currencies »
where-sap-b1-codes = SAP Business One : « Administration → Setup → General → Countries/States » (codes de 3 caractères au plus)
where-sap-b1-erp-auth-failed = SAP Business One : « Administration → Setup → General → Users » (mot de passe et licence de l’utilisateur d’intégration)
where-sap-b1-erp-duplicates = SAP Business One : « Sales – A/R → Sales Order », cherchez par « Customer Ref. No. » ; ouvrez la copie → clic droit → « Cancel »
where-odoo-sku-not-found = Odoo : « Inventaire » (ou « Ventes ») → « Produits → Produits → Nouveau », avec cette « Référence interne »
where-odoo-customer-not-found = Odoo : « Contacts → Nouveau », avec l’e-mail de l’acheteur
where-odoo-period-closed = Odoo : « Comptabilité → Configuration → Paramètres » → « Lock Dates »
where-odoo-tax-code-unmapped = Odoo : « Comptabilité → Configuration → Taxes → Nouveau »
where-odoo-currency-inactive = Odoo : « Comptabilité → Configuration → Devises » (activez-la)
where-odoo-erp-auth-failed = Odoo : « Préférences » de votre utilisateur → « Sécurité du compte » → « Nouvelle clé API »
where-odoo-erp-duplicates = Odoo : « Ventes → Commandes », cherchez la « Référence client » ; ouvrez la copie → « Annuler »
where-odoo-api-version-retiring = Odoo : « Paramètres » → « About » indique la version ; mettez à jour la base via le service de mise à niveau d’Odoo (upgrade.odoo.com) ou votre partenaire Odoo
where-tryton-sku-not-found = Tryton : « Produits → Produits », nouveau produit (le « Code » de la variante doit être le SKU, et « Vendable » coché)
where-tryton-customer-not-found = Tryton : « Tiers → Tiers », nouveau tiers avec l’e-mail de l’acheteur et une adresse
where-tryton-period-closed = Tryton : « Financier → Configuration → Années fiscales → Années fiscales », ouvrez la période (« Rouvrir »)
where-tryton-tax-code-unmapped = Tryton : « Financier → Configuration → Taxes → Taxes », nouvelle taxe
where-tryton-currency-inactive = Tryton : « Devises → Devises » (cochez « Actif »)
where-tryton-erp-auth-failed = Tryton : « Administration → Utilisateurs → Utilisateurs » (mot de passe de l’utilisateur d’intégration)
where-tryton-erp-duplicates = Tryton : « Ventes → Ventes », cherchez la « Référence » ; ouvrez la copie : un brouillon ou un devis s’annule avec « Annuler », une vente traitée en annulant son expédition et en créditant sa facture
where-woocommerce-order-not-ready = WordPress admin : « WooCommerce → Orders » → la commande → statut « Processing » une fois le paiement reçu
where-shopify-order-not-ready = Shopify admin : « Orders » → la commande → « Collect payment → Mark as paid »
where-order-file-order-not-ready = Shopify admin : « Orders » → la commande → « Collect payment → Mark as paid », puis exportez à nouveau les commandes
where-shopify-api-version-retiring = Order Sync Doctor : installez sa dernière version, qui utilise une version plus récente de l’API Shopify (l’api_version d’un profil sous [store] remplace la version fixée par l’app)

## Résumés des étapes, et lignes des détails techniques

summary-no-answer = Aucun des deux systèmes n’a répondu.
# $statuses : les statuts de la boutique qui comptent comme prêts, déjà joints (« paid ou partially_refunded »).
summary-ready-statuses = Les commandes partent vers { $erp } dès que { $store } les marque { $statuses }.
summary-not-checked = Non vérifié : { $erp } est injoignable, il n’y a donc rien à comparer.
summary-step-2 = Commandes lues dans { $store } : { $read } ; absentes de { $erp } : { $count }.
summary-step-3 = Longueurs des champs, caractères et codes pays/région vérifiés sur { $count ->
    [one] { $count } commande.
   *[other] { $count } commandes.
}
summary-step-4 = Codes TVA, devises et totaux vérifiés sur { $count ->
    [one] { $count } commande.
   *[other] { $count } commandes.
}
summary-step-5 = Commandes absentes de { $erp } : { $count } ; prêtes à renvoyer : { $ready }.
finding-unreadable = { $count ->
    [one] { $store } a envoyé { $count } commande illisible.
   *[other] { $store } a envoyé { $count } commandes illisibles.
}
fix-unreadable = Ouvrez ces commandes dans { $store } et vérifiez-les à la main ; elles sont listées dans les détails.
detail-where = Où corriger : { $place }
detail-more = { $count ->
    [one] … et { $count } autre
   *[other] … et { $count } autres
}
detail-ready-statuses = Statuts prêts à l’envoi : { $statuses }.
detail-ready-to-resend = Prêtes à renvoyer maintenant : { $ready } ; en attente d’une correction indiquée dans les étapes ci-dessus : { $waiting }.
# Une liste de choix, le dernier relié par « ou » : « paid, authorized ou partially_refunded ».
list-or = { $rest } ou { $last }
# « Tester la connexion » quand le système a répondu.
connection-ok = Connecté à { $system }.

## Valeurs insérées dans la phrase d’un constat

key-expires-in = { $days ->
    [one] dans { $days } jour (le { $date })
   *[other] dans { $days } jours (le { $date })
}
key-clock-behind = { $minutes ->
    [one] en retard de { $minutes } minute sur { $system }
   *[other] en retard de { $minutes } minutes sur { $system }
}
key-clock-ahead = { $minutes ->
    [one] en avance de { $minutes } minute sur { $system }
   *[other] en avance de { $minutes } minutes sur { $system }
}

## Connexion avec le navigateur ($system : l’ERP ; un bouton de Microsoft ou de NetSuite sur lequel
## on clique garde son libellé anglais entre guillemets, sauf si la traduction de l’éditeur est connue)

sign-in-denied = La connexion a été annulée dans le navigateur : { $system } n’est donc pas connecté.
sign-in-denied-fix-entra = Cliquez à nouveau sur « Se connecter avec le navigateur » et choisissez « Accept » sur la page des autorisations.
sign-in-denied-fix-netsuite = Cliquez à nouveau sur « Se connecter avec le navigateur » et choisissez « Allow » sur la page des autorisations.
sign-in-denied-fix-square = Cliquez à nouveau sur « Se connecter dans le navigateur » et choisissez « Allow » sur la page des autorisations de Square.
sign-in-wrong-account-entra = Microsoft n’a pas trouvé cette app, ou cette organisation, pour le compte qui s’est connecté.
sign-in-wrong-account-entra-fix = Vérifiez le locataire (le domaine de votre e-mail professionnel, comme contoso.com) et connectez-vous avec votre compte professionnel, pas avec un compte personnel. Si cela échoue encore, demandez à votre administrateur Microsoft 365 d’ajouter l’app.
sign-in-wrong-account-netsuite = NetSuite ne connaît pas cette app dans ce compte.
sign-in-wrong-account-netsuite-fix = Vérifiez l’ID du compte, et demandez à votre administrateur NetSuite l’ID client de la fiche d’intégration de l’app (« Authorization Code Grant » et « Public Client » cochés).
sign-in-wrong-account-square = Square ne connaît pas cette application, ou elle a été désactivée.
sign-in-wrong-account-square-fix = Vérifiez l’identifiant de l’application (« Square Developer Console » → l’application → « OAuth ») et que son URL de redirection est exactement celle saisie ici.
sign-in-missing-permission-entra = Votre organisation n’a pas encore autorisé cette app à utiliser Business Central.
sign-in-missing-permission-entra-fix = Demandez à votre administrateur Microsoft 365 d’accorder à l’app l’autorisation Financials.ReadWrite.All de Business Central (« Entra admin center → Enterprise applications » → l’app → « Permissions → Grant admin consent »), puis reconnectez-vous.
sign-in-missing-permission-netsuite = La fiche d’intégration NetSuite n’autorise pas ce que l’app demande.
sign-in-missing-permission-netsuite-fix = Demandez à votre administrateur NetSuite de cocher « REST Web Services » sous « Scope » dans la fiche d’intégration (« Setup → Integration → Manage Integrations »), puis reconnectez-vous.
sign-in-missing-permission-square = Square n’a pas donné à l’application tout ce qu’elle lit : points de vente, commandes, articles et clients.
sign-in-missing-permission-square-fix = Reconnectez-vous et autorisez toutes les permissions que Square affiche ; l’application ne fait que lire, elle ne modifie rien dans votre compte Square.
sign-in-ended = La connexion a expiré avant d’être terminée.
sign-in-ended-fix = Reconnectez-vous et terminez dans le navigateur en quelques minutes.
sign-in-state-mismatch = Le navigateur a répondu pour une autre connexion : l’app a donc ignoré sa réponse pour protéger votre compte.
sign-in-state-mismatch-fix = Fermez les anciens onglets de connexion et cliquez à nouveau sur « Se connecter avec le navigateur ».
sign-in-port-in-use = L’app n’a pas pu se préparer sur cet ordinateur à recevoir la réponse du navigateur.
sign-in-port-in-use-fix = Fermez les autres fenêtres de connexion et réessayez ; si un logiciel de sécurité bloque les connexions locales, autorisez Order Sync Doctor.
sign-in-browser-not-opened = Aucune fenêtre de navigateur ne s’est ouverte pour la connexion.
sign-in-browser-not-opened-fix = Copiez dans votre navigateur le lien de connexion affiché ici, ou choisissez un navigateur par défaut dans les paramètres de votre ordinateur, puis réessayez.
sign-in-timed-out = La connexion n’a pas été terminée à temps dans le navigateur.
sign-in-timed-out-fix = Cliquez à nouveau sur « Se connecter avec le navigateur » et terminez la connexion dans la fenêtre qui s’ouvre.
# $authority : Microsoft ou NetSuite.
sign-in-unreachable = Impossible de joindre { $authority } pour la connexion.
sign-in-unreachable-fix = Vérifiez la connexion Internet de cet ordinateur et réessayez.
sign-in-refused = { $authority } a refusé la connexion.
sign-in-refused-fix = Réessayez ; si l’échec persiste, envoyez les détails techniques à la personne qui gère votre ERP.
sign-in-nothing-waiting = Aucune connexion n’attend le navigateur.
sign-in-nothing-waiting-fix = Cliquez sur « Se connecter avec le navigateur » pour en démarrer une.
sign-in-cancelled = La connexion a été annulée ; rien n’a été modifié.
sign-in-cancelled-fix = Cliquez sur « Se connecter avec le navigateur » quand vous le souhaitez.

## Champs d’une commande, tels qu’un constat les nomme

field-customer-name = nom du client
field-e-mail = e-mail
field-addressee = destinataire
field-address-line-1 = ligne d’adresse 1
field-address-line-2 = ligne d’adresse 2
field-city = ville
field-state = État ou région
field-postcode = code postal
field-phone = téléphone
field-order-note = note de commande
field-country = pays
field-line-description = description de ligne
field-item-number = référence d’article
