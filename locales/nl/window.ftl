# Nederlands. Vertaald uit window.en.ftl; dezelfde id's en variabelen, in dezelfde volgorde.
# Hoe de berichten aan te roepen zijn (keuze op $n = 0, activity-describe, plan-fixing): zie het
# begin van window.en.ftl en README.md.
# Concept van een AI-model, nog niet nagekeken door moedertaalsprekers. Aanspreekvorm: u.
# Menupaden van andere producten blijven Engels, tussen “”.

## text (top level)

app-title = Order Sync Doctor
demo-banner = U bekijkt demogegevens — koppel uw winkel en ERP om uw eigen orders te controleren.
demo-banner-action = Mijn systemen koppelen
loading = Uw winkel en ERP worden gecontroleerd…
loading-screen = Openen…

## text.crash

crash-title = Er ging iets mis in dit venster
crash-body = Uw orders en instellingen zijn veilig: de app bewaart ze, niet dit venster. Het venster opnieuw laden lost dit meestal op.
crash-details = Technische details
crash-reload = Venster opnieuw laden

## text (top level)

check-failed = De controle kon niet draaien
try-again = Opnieuw proberen
close = Sluiten
cancel = Annuleren
save = Opslaan
saved = Opgeslagen
not-saved = Niet opgeslagen

## text.nav

nav-label = Hoofdmenu
nav-wizard = Controleren en oplossen
nav-orders = Orders
nav-reconcile = Winkel vs. ERP
nav-activity = Activiteit
nav-connections = Koppelingen
nav-settings = Instellingen

## text.header

header-check-again = Opnieuw controleren
header-export-report = Rapport exporteren
header-exported = Rapport opgeslagen in { $path }
header-export-cancelled = Het rapport is niet opgeslagen.

## text.stepStatus

step-status-ok = OK
step-status-warning = Vraagt aandacht
step-status-failed = Geblokkeerd

## text.wizard

pull-exporting = Uw winkel maakt een kopie van uw orders: tot nu toe { $objects } records.
pull-downloading = De kopie van uw orders wordt gedownload: { $percent }%.
pull-reading = De gekopieerde orders worden gelezen: { $orders } van { $of }.
wizard-stepper-label = De vijf stappen
wizard-previous = Vorige stap
wizard-next = Volgende stap
wizard-earlier-check = Dit is de laatste controle, van { $time }. Er wordt opnieuw gecontroleerd…
wizard-all-good = Hier is niets te doen.
wizard-orders = { $n ->
    [one] { $n } order
   *[other] { $n } orders
}
wizard-waiting-on = { $n ->
    [one] { $n } order getroffen
   *[other] { $n } orders getroffen
}
wizard-how-to-fix = Zo lost u het op
wizard-technical-details = Technische details
wizard-fix-it = Oplossen
wizard-severity-error = Probleem
wizard-severity-warning = Waarschuwing
wizard-severity-info = Opmerking
wizard-shown-orders = Orders: { $shown } van { $all } getoond

## text.remedy

remedy-title = Oplossen
remedy-loading = Nagaan wat dit verandert…
remedy-change = Wat er verandert
remedy-erp-change = Naar het ERP geschreven
remedy-clears = { $n ->
    [one] Deblokkeert { $n } order
   *[other] Deblokkeert { $n } orders
}
remedy-retries = { $n ->
    [one] Probeert { $n } order opnieuw
   *[other] Probeert { $n } orders opnieuw
}
remedy-still-blocked = { $n ->
    [one] Helpt nog { $n } order die ook op iets anders wacht
   *[other] Helpt nog { $n } orders die ook op iets anders wachten
}
remedy-notes = Hoe orders worden verzonden
remedy-confirm = Toepassen
remedy-applying = Toepassen…
remedy-done = Klaar.
remedy-undo = Ongedaan maken
remedy-undone = Ongedaan: weer als voorheen.
remedy-resent = Nu in het ERP: { $ok } van { $all } orders.
remedy-retried = { $all ->
    [one] Nu in het ERP: { $inErp } van { $all } order.
   *[other] Nu in het ERP: { $inErp } van { $all } orders.
}
remedy-nothing-to-retry = De integratietool heeft voor deze orders geen mislukte run meer.

## text.retry

retry-outcome-already-in-erp = Al in het ERP
retry-outcome-marked-resolved = Niet opnieuw geprobeerd, zodat hij niet dubbel wordt aangemaakt; in de integratietool als opgelost gemarkeerd.
retry-outcome-left-as-is = Niet opnieuw geprobeerd, zodat hij niet dubbel wordt aangemaakt. De tool kan hem niet als opgelost markeren: u kunt de run daar verwijderen.
retry-outcome-unknown = Niet opnieuw geprobeerd
retry-outcome-unknown-detail = De app heeft deze order niet uit de winkel gelezen en kan het ERP dus niet eerst controleren.
retry-outcome-not-retried = Niet opnieuw geprobeerd
retry-outcome-in-erp = Opnieuw geprobeerd, nu in het ERP
retry-outcome-ended-not-in-erp = Opnieuw geprobeerd, nog niet in het ERP
retry-outcome-failed-again = Weer mislukt
retry-outcome-running = Loopt nog

## text.plan

plan-writes-region = Orders die het plan verzendt
plan-results-region = Hoe elke order afliep
plan-title = Herstelplan
plan-loading = De controle wordt samengevat…
plan-waiting = { $n ->
    [0] Elke order staat in { $erp }.
    [one] { $n } order wacht om { $erp } te bereiken.
   *[other] { $n } orders wachten om { $erp } te bereiken.
}
plan-app-fixes = Wat de app voor u kan oplossen
plan-unblocks = { $n ->
    [0] toch verzonden; dit maakt ze juist
    [one] helpt { $n } order erdoor
   *[other] helpt { $n } orders erdoor
}
plan-for-a-person = Wat iemand met rechten in { $erp } moet doen
plan-holds-back = { $n ->
    [one] houdt { $n } order tegen
   *[other] houdt { $n } orders tegen
}
plan-advice = de moeite waard; houdt niets tegen
plan-where = Waar
plan-sends = { $n ->
    [0] Nog geen enkele order kan naar { $erp }.
    [one] Na deze correcties gaat { $n } order naar { $erp }, precies één keer.
   *[other] Na deze correcties gaan { $n } orders naar { $erp }, elk precies één keer.
}
plan-apply = { $n ->
    [0] Deze correcties toepassen
    [one] Correcties toepassen en { $n } order herverzenden
   *[other] Correcties toepassen en { $n } orders herverzenden
}
plan-nothing = Niets te doen voor de app: wat overblijft, vraagt om een mens.
plan-technical = Technische details
plan-preview-title = Correcties toepassen en herverzenden
plan-preview-loading = Elke wijziging en elke schrijfactie wordt berekend…
plan-changes = Wat hier verandert
plan-erp-writes = Wat naar { $erp } wordt geschreven
plan-sent-differently = { $n ->
    [one] Hoe { $n } waarde anders wordt verzonden
   *[other] Hoe { $n } waarden anders worden verzonden
}
plan-order-writes = { $n ->
    [one] { $n } order verzonden naar { $erp }
   *[other] { $n } orders verzonden naar { $erp }
}
plan-column-order = Order
plan-column-customer = Klant
plan-column-total = Totaal
plan-not-sent = { $n ->
    [one] { $n } order van het plan zou blijven wachten en wordt niet verzonden:
   *[other] { $n } orders van het plan zouden blijven wachten en worden niet verzonden:
}
plan-confirm = Toepassen en herverzenden
plan-fixing = Correctie { $done } van { $total }…
plan-sending = { $done } van { $total } verzonden…
plan-finished = In { $erp } en als open bevestigd: { $verified } van { $total } orders.
plan-fixes-done = { $n ->
    [one] { $n } correctie gedaan.
   *[other] { $n } correcties gedaan.
}
plan-fix-failed = Niet uitgevoerd
plan-undo = { $n ->
    [one] De { $n } koppeling of regel terugdraaien (verzonden orders blijven in het ERP)
   *[other] De { $n } koppelingen en regels terugdraaien (verzonden orders blijven in het ERP)
}
plan-undone = { $n ->
    [one] { $n } koppeling of regel teruggezet zoals hij was.
   *[other] { $n } koppelingen en regels teruggezet zoals ze waren.
}
plan-still-waiting = { $n ->
    [one] { $n } order wacht nog: een nodige correctie is niet uitgevoerd.
   *[other] { $n } orders wachten nog: een nodige correctie is niet uitgevoerd.
}

## text.resend

resend-title = Orders die wachten op verzending
resend-none = Geen order wacht: elke order staat in het ERP.
resend-filter = Orders tonen met
resend-filter-all = Elk probleem
resend-search = Deze orders doorzoeken
resend-select-all = Alles selecteren
resend-select-none = Niets selecteren
resend-selected = { $n } van { $all } geselecteerd
resend-resend = { $n ->
    [one] { $n } order herverzenden
   *[other] { $n } orders herverzenden
}
resend-sending = { $done } van { $total } verzonden…
resend-finished = In het ERP en als open bevestigd: { $verified } van { $total } orders.
resend-column-select = Selecteren
resend-column-order = Order
resend-column-customer = Klant
resend-column-total = Totaal
resend-column-problem = Probleem
resend-column-result = Resultaat
resend-select-order = Order { $name } selecteren
resend-ready = Klaar om te verzenden
resend-outcome-verified = In het ERP, als open bevestigd
resend-outcome-sent = In het ERP, status niet bevestigd
resend-outcome-failed = Niet verzonden
resend-outcome-retry = Wordt opnieuw geprobeerd

## text.orders

orders-title = Alle orders
orders-search = Orders zoeken (nummer, klant, e-mail, SKU)
orders-only-waiting = Alleen orders die niet in het ERP staan
orders-count = { $n ->
    [one] { $n } order
   *[other] { $n } orders
}
orders-empty = Geen order komt overeen.
orders-loading-row = Laden…
orders-column-order = Order
orders-column-date = Datum
orders-column-customer = Klant
orders-column-total = Totaal
orders-column-status = Status
orders-column-problem = Probleem

## text.state

state-new = Nieuw
state-checked = Nog niet verzonden
state-sending = Wordt verzonden
state-sent = In het ERP (onbevestigd)
state-verified = In het ERP
state-failed = Mislukt
state-retry-scheduled = Nieuwe poging gepland
state-dead = Opgegeven
state-not-ready = In de winkel tegengehouden

## text.problem

problem-store-unreachable = Winkel onbereikbaar
problem-erp-unreachable = ERP onbereikbaar
problem-store-maintenance = Onderhoud winkel
problem-erp-maintenance = Onderhoud ERP
problem-store-auth-failed = Aanmelding winkel geweigerd
problem-erp-auth-failed = Aanmelding ERP geweigerd
problem-credential-expiring = Toegang verloopt
problem-sku-not-found = Artikel/SKU niet gevonden
problem-unit-not-found = Maateenheid ontbreekt
problem-customer-not-found = Klant niet gevonden
problem-period-closed = Periode afgesloten
problem-erp-timeout = Time-out
problem-rate-limited = Te veel verzoeken
problem-duplicate-order = Dubbele order
problem-unclassified-error = Andere ERP-fout
problem-field-too-long = Veld te lang
problem-unsupported-characters = Tekens geweigerd
problem-country-code-mismatch = Landcode
problem-state-code-mismatch = Regiocode
problem-tax-code-unmapped = Btw-code
problem-currency-inactive = Valuta inactief
problem-total-mismatch = Totalen kloppen niet
problem-order-not-synced = Nooit verzonden
problem-store-incident = Storing winkel
problem-erp-incident = Storing ERP
problem-clock-skew = Tijdsverschil
problem-status-unverified = Status onbevestigd
problem-erp-permission-missing = Recht ontbreekt
problem-negative-inventory = Te weinig voorraad
problem-order-not-ready = Nog niet betaald
problem-api-version-retiring = Interface vervalt
problem-unknown-vendor-answer = Onbekend antwoord
problem-sign-in-again = Opnieuw aanmelden
problem-order-left-erp = Niet meer in het ERP
problem-erp-duplicates = Dubbel in het ERP
problem-data-folder-not-private = Gegevensmap niet privé
problem-middleware-unreachable = Integratietool onbereikbaar
problem-middleware-auth-failed = Aanmelding integratietool geweigerd
problem-middleware-retryable = Opnieuw te proberen in de integratietool

## text.reconcile

reconcile-title = Winkel en ERP naast elkaar
reconcile-intro = Elke order van de periode, vergeleken met wat het ERP heeft: het antwoord van het ERP telt. Hier wordt niets in het ERP gewijzigd.
reconcile-from = Orders van
reconcile-to = tot
reconcile-compare = Vergelijken
reconcile-comparing = Winkel en ERP worden gelezen…
reconcile-save-csv = Opslaan als spreadsheet (CSV)
reconcile-save-printable = Afdrukbaar rapport opslaan
reconcile-saved = Opgeslagen in { $path }
reconcile-not-saved = Er is niets opgeslagen.
reconcile-filter = Tonen
reconcile-all-but-matching = Alles wat een blik vraagt
reconcile-everything = Elke order
reconcile-none = Niets te tonen: elke order van de periode staat één keer in het ERP, met hetzelfde totaal.
reconcile-column-standing = Stand
reconcile-column-order = Order
reconcile-column-reference = Referentie
reconcile-column-date = Datum
reconcile-column-total = Totaal winkel
reconcile-column-erp = In het ERP
reconcile-look-alikes = Mogelijk dubbel geboekt
reconcile-look-alikes-intro = Deze ERP-documenten hebben dezelfde klant, datum, totaal en regels, en een ervan mist de referentie van de winkel. Dat is een zwakker teken dan een gedeelde referentie: open beide in het ERP voordat u er een annuleert.
reconcile-standing-in-both = In beide
reconcile-standing-totals-differ = Totalen verschillen
reconcile-standing-duplicated = Dubbel
reconcile-standing-store-only = Alleen winkel
reconcile-standing-erp-only = Alleen ERP
reconcile-meaning-in-both = Eén keer in het ERP, met hetzelfde totaal.
reconcile-meaning-totals-differ = In het ERP, maar het totaal daar wijkt meer dan een cent af.
reconcile-meaning-duplicated = Het ERP heeft hem meer dan eens onder zijn referentie: houd er één, annuleer de andere in het ERP.
reconcile-meaning-store-only = Verkocht in de winkel, niet in het ERP: hij wacht op verzending.
reconcile-meaning-erp-only = Een ERP-document heeft een winkelreferentie die deze app niet kent.
reconcile-count = { $n ->
    [one] { $n } order
   *[other] { $n } orders
}

## text.activity

activity-title = Activiteit
activity-empty = Er is nog niets gebeurd: correcties en herverzendingen verschijnen hier.
activity-column-when = Wanneer
activity-column-who = Wie
activity-column-what = Wat
activity-actor-user = U
activity-actor-monitor = Bewaking
activity-actor-resend = Herverzending
activity-actor-check = Controle
activity-describe = { $action ->
    [map] { $subject } gekoppeld aan { $outcome }
    [policy] Regel { $subject } op { $outcome } gezet
    [undo] Wijziging aan { $subject } ongedaan gemaakt
    [create-item] Artikel { $subject } aangemaakt in het ERP
    [create-customer] Klant { $subject } aangemaakt in het ERP
    [left-erp] Order { $subject } staat niet meer in het ERP (was { $outcome }): wacht om opnieuw te worden verzonden
    [send] { $outcome ->
        [created] Order { $subject } verzonden: aangemaakt in het ERP
        [already_in_erp] Order { $subject } stond al in het ERP: niet dubbel verzonden
       *[other] { $problem ->
            [none] Verzenden van order { $subject } mislukt
           *[other] Verzenden van order { $subject } mislukt ({ $problem })
        }
    }
   *[other] { $action } { $subject }
}

## text.connections

connections-title = Koppelingen
connections-intro = Koppel uw webwinkel en uw ERP. Geheimen staan in de sleutelhanger van deze computer; dit venster kan ze opslaan, maar nooit teruglezen.
connections-store = Webwinkel
connections-erp = ERP
connections-middleware = Integratietool (optioneel)
connections-middleware-intro = Lopen uw orders via n8n, Celigo of Make, koppel die dan: de app leest dan ook de orders die daar mislukten en kan ze daar opnieuw proberen, na controle in het ERP zodat er geen dubbel wordt aangemaakt.
connections-remove-middleware = Deze tool niet meer lezen
connections-system = Systeem
connections-secret-saved = Geheim opgeslagen in de sleutelhanger
connections-secret-missing = Nog geen geheim opgeslagen
connections-secret-keep = Leeg laten om het opgeslagen geheim te houden
connections-expires = Verloopt op { $day }
connections-test = Koppeling testen
connections-testing = Testen…
connections-save = Koppeling opslaan
connections-required = { $label } is verplicht
connections-use-mine = Mijn winkel en ERP gebruiken
connections-use-demo = Terug naar de demo
connections-using-demo = De app toont de demo.
connections-using-mine = De app controleert uw eigen winkel en ERP.
connections-signed-in = Aangemeld — bewaard in de sleutelhanger
connections-sign-in = Aanmelden met de browser
connections-sign-in-help-business-central = Uw browser opent de aanmeldpagina van Microsoft: meld u aan met uw werkaccount en kies “Accept”. Er is geen app-geheim nodig.
connections-sign-in-help-netsuite = Uw browser opent de aanmeldpagina van NetSuite: meld u aan, kies uw rol en dan “Allow”. Er is geen certificaat nodig.
connections-sign-in-help-square = Uw browser opent de aanmeldpagina van Square: meld u aan als verkoper en kies “Allow”. De app leest alleen; een toegangstoken is niet nodig.
connections-waiting = Rond het aanmelden bij { $authority } af in uw browser. Dit venster werkt zichzelf bij.
connections-no-browser = Er is geen browservenster geopend. Kopieer dit adres naar uw browser:
connections-cancel = Aanmelden annuleren
connections-advanced = Geavanceerd: koppelen met een app-geheim, een certificaat of tokens

## text.settings

settings-title = Instellingen
settings-monitor = Bewaking
settings-interval = Controleren om de (minuten)
settings-grace = Wachten voordat een order als ontbrekend geldt (minuten)
settings-auto-send = Wachtende orders automatisch verzenden
settings-auto-send-help = Orders die elke controle doorstaan, worden bij elke ronde verzonden; wat het ERP zou weigeren, wacht op u.
settings-paused = Bewaking pauzeren
settings-start-at-login = Starten als ik me aanmeld
settings-channels = Wie waarschuwen als een order mislukt
settings-desktop = Bureaubladmeldingen
settings-slack = Slack
settings-slack-webhook = Adres van de inkomende Slack-webhook
settings-slack-help = In Slack: “Apps → Incoming Webhooks → Add to Slack”, kies het kanaal, kopieer het adres.
settings-email = E-mail
settings-smtp-host = Mailserver (SMTP)
settings-smtp-port = Poort
settings-smtp-user = Gebruikersnaam
settings-smtp-password = Wachtwoord
settings-from = Afzenderadres
settings-to = Ontvangers (kommagescheiden)
settings-secret-saved = opgeslagen — laat leeg om het te houden
settings-test-alert = Testmelding verzenden
settings-test-sent = { $channel }: verzonden
settings-test-failed = { $channel }: niet verzonden — { $error }
settings-no-channel = Er staat geen kanaal aan.
settings-saved-note = Instellingen opgeslagen.
settings-language = Taal
settings-language-system = Zoals op deze computer ({ $language })
settings-language-help = Ook bevindingen, meldingen en het geëxporteerde rapport gebruiken deze taal.
settings-updates = Updates
settings-update-version = U gebruikt versie { $version }.
settings-update-updated = Bijgewerkt van versie { $from } naar versie { $version }.
settings-update-not-set-up = Deze kopie van de app werkt zichzelf niet bij. Nieuwe versies staan op de downloadpagina.
settings-update-newest = U hebt de nieuwste versie (gecontroleerd { $when }).
settings-update-available = Versie { $version } staat klaar om te installeren
settings-update-install-help = Orders die opnieuw worden verzonden, worden eerst afgerond, en er wordt niets nieuws verzonden tot de app terug is. Die start vanzelf opnieuw en de bewaking gaat door.
settings-update-install = Installeren en opnieuw starten
settings-update-check = Zoeken naar updates
settings-update-waiting = Wachten tot de orders die opnieuw worden verzonden klaar zijn…
settings-update-downloading = Update downloaden: { $percent }%
settings-update-downloading-unknown = Update downloaden…
settings-update-installing = De handtekening van de update is echt. Bezig met installeren…
settings-update-restarting = Opnieuw starten met de nieuwe versie…

## connectorText.shopify

connector-shopify-name = Shopify
connector-shopify-secret-label = Admin API-toegangstoken
connector-shopify-secret-help = “Shopify admin → Settings → Apps → Develop apps” → uw app → “API credentials”. Begint met shpat_. Bij client credentials plakt u het “Client secret” van de app.
connector-shopify-field-url-label = Winkeladres
connector-shopify-field-url-help = Het myshopify.com-adres van uw winkel, bijv. https://my-shop.myshopify.com.
connector-shopify-field-auth-label = Aanmeldmethode
connector-shopify-field-auth-help = access-token voor het token van een eigen app; client-credentials voor een app met client-id en geheim.
connector-shopify-field-client-id-label = Client-id
connector-shopify-field-client-id-help = Alleen bij client credentials: de “Client ID” van de app op dezelfde pagina “API credentials”.
connector-shopify-field-token-expires-label = Token verloopt op
connector-shopify-field-token-expires-help = Heeft het token een einddatum, vul die dan in om twee weken vooraf gewaarschuwd te worden.
connector-shopify-field-status-page-label = Statuspagina
connector-shopify-field-status-page-help = Optioneel: https://www.shopifystatus.com om storingen bij Shopify in stap 1 te zien.
connector-shopify-field-ready-statuses-label = Betaalstatussen klaar om te boeken
connector-shopify-field-ready-statuses-help = Kommagescheiden. Leeg = betaald bij Shopify: PAID, PARTIALLY_REFUNDED. Orders met andere statussen (PENDING, AUTHORIZED) worden tegengehouden en in stap 1 getoond tot Shopify ze als betaald markeert.

## connectorText.woocommerce

connector-woocommerce-name = WooCommerce
connector-woocommerce-secret-label = Consumer key en secret
connector-woocommerce-secret-help = “WordPress admin → WooCommerce → Settings → Advanced → REST API → Add key” (Read). Plak als ck_…:cs_…
connector-woocommerce-field-url-label = Winkeladres
connector-woocommerce-field-url-help = Het adres van uw WordPress-site, bijv. https://shop.example.com.
connector-woocommerce-field-auth-label = Aanmeldmethode
connector-woocommerce-field-auth-help = basic via HTTPS (gebruikelijk); query-string als uw server de Authorization-header weglaat; oauth1 via gewoon HTTP.
connector-woocommerce-field-status-page-label = Statuspagina
connector-woocommerce-field-status-page-help = Optioneel: de statuspagina van uw hostingpartij, als die er een heeft.
connector-woocommerce-field-ready-statuses-label = Orderstatussen klaar om te boeken
connector-woocommerce-field-ready-statuses-help = Kommagescheiden. Leeg = betaald bij WooCommerce: processing, completed. Orders “On hold” (overschrijving, cheque) wachten op het geld: ze worden tegengehouden en in stap 1 getoond tot u ze als betaald markeert. Voeg de status van een plug-in toe, zoals shipped, als u er een gebruikt.
connector-square-name = Square
connector-square-secret-label = Toegangstoken
connector-square-secret-help = “Square Developer Console → your application → Credentials → Production access token” (Show). Het moet orders, artikelen, klanten en locaties mogen lezen.
connector-square-field-url-label = Square-adres
connector-square-field-url-help = https://connect.squareup.com voor uw echte account; https://connect.squareupsandbox.com voor een sandbox.
connector-square-field-location-ids-label = Locaties
connector-square-field-location-ids-help = Kommagescheiden locatie-ID’s (“Square Developer Console → your application → Locations”). Leeg = alle actieve locaties.
connector-square-field-auth-label = Aanmeldmethode
connector-square-field-auth-help = token voor een persoonlijk toegangstoken; browser om bij Square aan te melden als verkoper (knop hierboven).
connector-square-field-client-id-label = Applicatie-ID
connector-square-field-client-id-help = Voor aanmelden in de browser: “Square Developer Console → uw applicatie → OAuth → Application ID”.
connector-square-field-redirect-url-label = Redirect-URL
connector-square-field-redirect-url-help = Het https://-adres dat op diezelfde OAuth-pagina als “Redirect URL” van de applicatie is ingevuld: de pagina die het antwoord van Square aan deze app doorgeeft (sign-in/square.html in de bestanden van de app).
connector-square-field-token-expires-label = Token verloopt op
connector-square-field-token-expires-help = Persoonlijke toegangstokens verlopen niet. Heeft het uwe een einddatum, vul die dan in om twee weken vooraf gewaarschuwd te worden.
connector-square-field-status-page-label = Statuspagina
connector-square-field-status-page-help = Optioneel: https://www.issquareup.com om storingen bij Square in stap 1 te zien.
connector-square-field-ready-statuses-label = Orderstatussen klaar om te boeken
connector-square-field-ready-statuses-help = Kommagescheiden. Leeg = voltooide verkopen bij Square: COMPLETED. Open orders (open rekeningen, onbetaalde facturen) worden tegengehouden en in stap 1 getoond tot ze voltooid zijn; geannuleerde worden nooit geboekt.

## connectorText.csv

connector-csv-name = Shopify CSV-export
connector-csv-secret-label = { "" }
connector-csv-secret-help = { "" }
connector-csv-field-path-label = CSV-bestand
connector-csv-field-path-help = “Shopify admin → Orders → Export → CSV for Excel or other programs”; vul in waar u het hebt opgeslagen.
connector-csv-field-ready-statuses-label = Financiële statussen klaar om te boeken
connector-csv-field-ready-statuses-help = Kommagescheiden, zoals de kolom “Financial Status” van het bestand ze schrijft. Leeg = paid, partially_refunded; andere orders (pending, authorized) worden tegengehouden en in stap 1 getoond.

## connectorText.netsuite

connector-netsuite-name = NetSuite
connector-netsuite-secret-label = Privésleutel (PEM) of tokengeheimen
connector-netsuite-secret-help = De privésleutel van het certificaat dat u hebt geüpload onder “Setup → Integration → OAuth 2.0 Client Credentials (M2M) Setup”. Voor aanmelden met tokens plakt u de vier TBA-waarden als JSON.
connector-netsuite-field-url-label = REST-adres
connector-netsuite-field-url-help = “Setup → Company → Company Information → Company URLs → SUITETALK (SOAP AND REST WEB SERVICES)”.
connector-netsuite-field-account-id-label = Account-id
connector-netsuite-field-account-id-help = Op dezelfde pagina: “Account ID”, bijv. 1234567 of 1234567_SB1 voor een sandbox.
connector-netsuite-field-auth-label = Aanmeldmethode
connector-netsuite-field-auth-help = client-credentials (OAuth 2.0 met een certificaat), browser (zelf aanmelden: knop hierboven) of token-based (TBA).
connector-netsuite-field-authorize-url-label = Aanmeldpagina
connector-netsuite-field-authorize-url-help = Alleen als NetSuite u een andere gaf; laat leeg voor die van uw account.
connector-netsuite-field-client-id-label = Client-id
connector-netsuite-field-client-id-help = “Setup → Integration → Manage Integrations” → het integratierecord van de app: “Client ID”. Om met de browser aan te melden, vink “Authorization Code Grant” en “Public Client” aan, scope “REST Web Services”, redirect order-sync-doctor://sign-in/netsuite.
connector-netsuite-field-certificate-id-label = Certificaat-id
connector-netsuite-field-certificate-id-help = “Setup → Integration → OAuth 2.0 Client Credentials (M2M) Setup”: de “Certificate ID” van uw koppeling.
connector-netsuite-field-algorithm-label = Sleuteltype
connector-netsuite-field-algorithm-help = PS256 voor een RSA-sleutel, ES256 voor een EC-sleutel.
connector-netsuite-field-certificate-expires-label = Certificaat verloopt op
connector-netsuite-field-certificate-expires-help = De einddatum van het certificaat, om gewaarschuwd te worden voordat NetSuite het niet meer accepteert.
connector-netsuite-field-max-concurrency-label = Verzoeken tegelijk
connector-netsuite-field-max-concurrency-help = “Setup → Integration → Integration Governance” toont de limiet voor gelijktijdige verzoeken van uw account.

## connectorText.business-central

connector-business-central-name = Business Central
connector-business-central-secret-label = Clientgeheim
connector-business-central-secret-help = “Azure portal → Microsoft Entra ID → App registrations” → uw app → “Certificates & secrets → New client secret”: kopieer de “Value”.
connector-business-central-field-tenant-label = Tenant
connector-business-central-field-tenant-help = Het domein van uw werk-e-mail, zoals contoso.com, of “Entra ID → Overview → Tenant ID”.
connector-business-central-field-environment-label = Omgeving
connector-business-central-field-environment-help = “Business Central admin center → Environments”, bijv. production of sandbox.
connector-business-central-field-company-label = Bedrijf
connector-business-central-field-company-help = Optioneel: de naam van het bedrijf zoals Business Central die toont; anders het eerste bedrijf.
connector-business-central-field-auth-label = Aanmeldmethode
connector-business-central-field-auth-help = client-secret voor een app-registratie met geheim; browser om zelf aan te melden (knop hierboven).
connector-business-central-field-client-id-label = Client-id
connector-business-central-field-client-id-help = “App registrations” → uw app → “Overview → Application (client) ID”. Om met de browser aan te melden, moet de app openbare clientstromen toestaan en de redirect http://127.0.0.1 hebben.
connector-business-central-field-secret-expires-label = Geheim verloopt op
connector-business-central-field-secret-expires-help = Staat naast het geheim onder “Certificates & secrets”.
connector-business-central-field-api-url-label = API-adres
connector-business-central-field-api-url-help = Alleen voor andere clouds of een proxy; laat leeg voor Business Central online.
connector-business-central-field-login-url-label = Aanmeldadres
connector-business-central-field-login-url-help = Alleen voor andere clouds; laat leeg voor https://login.microsoftonline.com/.

## connectorText.sap-b1

connector-sap-b1-name = SAP Business One
connector-sap-b1-secret-label = Wachtwoord
connector-sap-b1-secret-help = Het wachtwoord van de SAP Business One-gebruiker waarmee de integratie zich aanmeldt.
connector-sap-b1-field-url-label = Service Layer-adres
connector-sap-b1-field-url-help = Vraag het uw SAP-partner; meestal https://your-server:50000/b1s/v1.
connector-sap-b1-field-company-db-label = Bedrijfsdatabase
connector-sap-b1-field-company-db-help = De naam van de bedrijfsdatabase die bij het aanmelden in SAP Business One staat, bijv. SBODEMOUS.
connector-sap-b1-field-username-label = Gebruiker
connector-sap-b1-field-username-help = Een SAP Business One-gebruiker met een licentie voor de Service Layer.

## connectorText.odoo

connector-odoo-name = Odoo
connector-odoo-secret-label = API-sleutel
connector-odoo-secret-help = In Odoo: uw avatar → “My Profile → Account Security → New API Key”.
connector-odoo-field-url-label = Odoo-adres
connector-odoo-field-url-help = Het adres waarop u Odoo opent, bijv. https://mycompany.odoo.com.
connector-odoo-field-database-label = Database
connector-odoo-field-database-help = Te zien op /web/database/selector, of in het Odoo.com-portaal voor online databases.
connector-odoo-field-login-label = Login
connector-odoo-field-login-help = Het e-mailadres waar de API-sleutel bij hoort.
connector-odoo-field-protocol-label = Protocol
connector-odoo-field-protocol-help = json2 vanaf Odoo 19; jsonrpc voor oudere versies.

## connectorText.n8n

connector-n8n-name = n8n
connector-n8n-secret-label = API-sleutel
connector-n8n-secret-help = In n8n: “Settings → n8n API → Create an API key”. Hij moet workflows en uitvoeringen kunnen lezen en uitvoeringen opnieuw kunnen starten.
connector-n8n-field-url-label = n8n-adres
connector-n8n-field-url-help = Het adres waarop u n8n opent, bijv. https://n8n.example.com.

## connectorText.celigo

connector-celigo-name = Celigo integrator.io
connector-celigo-secret-label = API-token
connector-celigo-secret-help = In integrator.io: “Resources → API tokens → Create API token”, met toegang tot de flows die uw orders verzenden.
connector-celigo-field-url-label = API-adres
connector-celigo-field-url-help = Laat leeg voor de Amerikaanse site; gebruik voor de EU-site https://api.eu.integrator.io/v1/.

## connectorText.make

connector-make-name = Make
connector-make-secret-label = API-token
connector-make-secret-help = In Make: uw profiel → “API access → Add token”, met de scopes scenarios:read, dlqs:read en dlqs:write.
connector-make-field-url-label = API-adres
connector-make-field-url-help = Het adres van uw zone met /api/v2, bijv. https://eu1.make.com/api/v2 (het begin van het adres waarop u Make ziet).
connector-make-field-team-id-label = Team-id
connector-make-field-team-id-help = Het getal na /team/ in het adres van Make als u uw team opent.

## connectorText.tryton

connector-tryton-name = Tryton
connector-tryton-secret-label = Wachtwoord
connector-tryton-secret-help = Het wachtwoord van de Tryton-gebruiker waarmee de integratie zich aanmeldt.
connector-tryton-field-url-label = Serveradres
connector-tryton-field-url-help = Het adres waarmee uw Tryton-client verbindt, bijv. http://tryton.example:8000.
connector-tryton-field-database-label = Database
connector-tryton-field-database-help = De databasenaam die bij het aanmelden in Tryton is gekozen.
connector-tryton-field-username-label = Gebruiker
connector-tryton-field-username-help = Een Tryton-gebruiker die verkopen, producten en relaties mag aanmaken.

## text.error

error-profile = De instellingen zijn niet bruikbaar
error-secret-missing = Een opgeslagen geheim ontbreekt
error-keychain = De sleutelhanger van deze computer is niet beschikbaar
error-database = De eigen gegevens van de app konden niet worden gelezen of geschreven
error-simulator = De demo kon niet starten
error-not-found = Niet gevonden
error-not-undoable = Deze wijziging kan hier niet ongedaan worden gemaakt
error-erp-refused = Het ERP heeft de wijziging geweigerd
error-not-ready = De winkel telt deze order nog niet als klaar
error-middleware = De integratietool is niet bruikbaar
error-desktop = Het bureaublad heeft het verzoek geweigerd
error-internal = Er ging iets mis
error-update-refused = De update is geweigerd
error-update-failed = De update is niet gelukt
error-update-installing = Er wordt een update geïnstalleerd
