# Vertaald uit locales/en/cli.ftl door een AI-model en machinaal gecontroleerd (syntaxis, id's,
# volgorde, variabelen, opmaak); niet nagekeken door een moedertaalspreker.
#
# Nederlands. Wat het opdrachtregelprogramma (sync-doctor) voor mensen toont. Dezelfde id's met
# dezelfde variabelen als het Engels (crates/i18n controleert dat in CI).
# JSON-uitvoer (--json) is voor programma's en blijft in elke taal zoals hij is.
# Aanspreekvorm: u. Aanhalingstekens: “…”.

## De controle

cli-report-title = Order Sync Doctor — { $store } → { $erp }
cli-orders = Orders: { $orders }
# $shown: de eerste ordernummers, verbonden met ", ".
cli-orders-more = { $shown } en nog { $more }
cli-fix = Zo lost u het op: { $fix }
cli-remedy = Oplossing [{ $id }]: { $label }
cli-details-hint = Voeg --details toe om de ruwe foutmeldingen achter elke bevinding te zien.
cli-check-now = De controle nu:

## Orders

cli-orders-count = { $count ->
    [one] { $count } order
   *[other] { $count } orders
}
cli-store-status = winkel: { $status }
# $statuses: de winkelstatussen die als klaar gelden, al verbonden (“paid of partially_refunded”).
cli-held-back = { $count ->
    [one] { $count } order tegengehouden tot { $store } hem als { $statuses } markeert (niet mislukt, nooit eerder verzonden):
   *[other] { $count } orders tegengehouden tot { $store } ze als { $statuses } markeert (niet mislukt, nooit eerder verzonden):
}
cli-reconciliation-title = Orders van { $from } tot { $to }, winkel en { $erp } naast elkaar:
cli-look-alikes = Mogelijk dubbel geboekt (zelfde klant, datum, totaal en regels): { $orders } — { $documents }

## Opnieuw verzenden

cli-status-unknown = status onbekend
cli-created = ✓ { $order } aangemaakt in { $erp } als { $id } ({ $status })
cli-already-there = = { $order } stond al in { $erp } als { $id } ({ $status }); niets verzonden
cli-failed = ✗ { $order } { $code }: { $message }
cli-retry-at = (wordt na { $when } automatisch opnieuw geprobeerd)
cli-gave-up = (elke nieuwe poging mislukte; hij wacht op u)
cli-status-not-open = { $line } — maar de status is niet open of in behandeling: controleer hem in { $erp }
cli-results = { $created } aangemaakt, { $already } al aanwezig, { $failed } niet verzonden of geweigerd.
cli-stopping = Stopt na de orders die nu worden verzonden. Voer dezelfde opdracht opnieuw uit om verder te gaan.
cli-pull-exporting = { $store } maakt een kopie van uw orders: tot nu toe { $objects } records.
cli-pull-downloading = De kopie van uw orders wordt gedownload: { $percent } %.
cli-pull-reading = De gekopieerde orders worden gelezen: { $orders } van { $of }.

## Oplossen

cli-change = Wijziging: { $change }.
cli-unblocks = Orders die hierdoor vrijkomen: { $count } ({ $orders })
cli-unblocks-none = Orders die hierdoor vrijkomen: geen
cli-still-blocked = Orders die het helpt, maar die nog op iets anders wachten: { $count } ({ $orders })
cli-nothing-changed-yes = Er is niets gewijzigd. Voer het opnieuw uit met --yes om het toe te passen.
cli-nothing-changed = Er is niets gewijzigd.
cli-apply-prompt = Toepassen? [j/N]
# De antwoorden die ja betekenen op de vraag hierboven, gescheiden door komma's.
cli-yes-answers = j, ja, y, yes
cli-done = Klaar (wijziging { $change }; `sync-doctor undo { $change }` maakt die ongedaan).
cli-undone = Wijziging { $change } is ongedaan gemaakt (wijziging { $undo }).

## Geheimen, meldingen en de bewaking

cli-saved-secret = Opgeslagen in de sleutelhanger van het systeem als “{ $account }”.
cli-alert-sent = { $channel }: verzonden.
cli-alert-not-sent = { $channel }: niet verzonden — { $error }
cli-watch-erp-down = { $when } { $erp } is niet bereikbaar; orders wachten.
cli-watch-round = { $when } Verzonden: { $sent }; meldingen: { $alerts }.

## De integratietool

cli-log-read = Fouten gelezen: { $errors }; hoofdoorzaken: { $causes }.
cli-row-unreadable = Rij { $row } was niet leesbaar: { $why }
cli-retry-nothing = Geen mislukte run in de integratietool noemt deze orders.
cli-retry-already = { $order }: al in het ERP ({ $id }); niet opnieuw geprobeerd, zodat hij niet dubbel wordt aangemaakt
cli-retry-already-resolved = { $order }: al in het ERP ({ $id }); niet opnieuw geprobeerd, zodat hij niet dubbel wordt aangemaakt; in de integratietool als opgelost gemarkeerd
cli-retry-not-retried = { $order }: niet opnieuw geprobeerd, niets gewijzigd: { $reason }
cli-retry-unknown-order = { $order }: de app heeft deze order niet uit de winkel gelezen en kan het ERP er dus niet naar vragen; niet opnieuw geprobeerd
cli-retry-in-erp = { $order }: opnieuw geprobeerd (run { $run }); nu in het ERP
cli-retry-ended-not-in-erp = { $order }: opnieuw geprobeerd (run { $run }); de run eindigde goed, maar de order staat nog niet in het ERP
cli-retry-failed-again = { $order }: opnieuw geprobeerd (run { $run }); weer mislukt: { $error }
cli-retry-still-running = loopt nog
cli-tool-unreadable = { $system } kon niet worden gelezen: { $why }
cli-tool-no-failures = Geen mislukte run in { $system }.
cli-tool-failures = { $count ->
    [one] Mislukt in { $system } ({ $count } run):
   *[other] Mislukt in { $system } ({ $count } runs):
}
cli-no-order = (geen order)
# $auto is cli-on of cli-off; $channels zijn de meldingskanalen, verbonden met ", ", of cli-none.
cli-watching = Bewaking van { $store } → { $erp } elke { $minutes } min (automatisch verzenden: { $auto }; meldingen: { $channels }). Ctrl+C stopt.
cli-on = aan
cli-off = uit
cli-none = geen
