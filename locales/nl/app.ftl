# Nederlands. Vertaald uit locales/en/app.ftl; dezelfde id's en variabelen.

## Systeemvak

tray-status-unknown = Order Sync Doctor: nog niet gecontroleerd
tray-status-ok = Order Sync Doctor: alle orders bereiken het ERP
tray-status-attention = Order Sync Doctor: iets vraagt uw aandacht
tray-status-blocked = Order Sync Doctor: orders bereiken het ERP niet
tray-open = Openen
tray-check-now = Nu controleren
tray-pause = Bewaking pauzeren
tray-quit = Afsluiten

## Getelde orders

orders-waiting = { $count ->
    [one] { $count } order wacht om { $erp } te bereiken.
   *[other] { $count } orders wachten om { $erp } te bereiken.
}

## Het geëxporteerde rapport ($when: datum en tijd, al op zijn Nederlands geschreven)

report-title = Rapport ordersynchronisatie: { $store } → { $erp }
report-checked = Gecontroleerd op { $when }.
report-status-ok = OK
report-status-warning = Vraagt aandacht
report-status-failed = Geblokkeerd
report-how-to-fix = Zo lost u het op: { $fix }
report-orders = Orders: { $orders }
report-technical-details = Technische details
reconciliation-title = Winkel en ERP naast elkaar: { $store } en { $erp }
reconciliation-period = Orders van { $from } tot { $to }, vergeleken op { $when }.
reconciliation-in-erp = in het ERP: { $documents }
reconciliation-look-alikes = Mogelijk dubbel geboekt
reconciliation-look-alikes-intro = Documenten met dezelfde klant, datum, totaal en regels, waarvan één de referentie van de winkel mist: een zwakker teken dan een gedeelde referentie. Open beide in { $erp } voordat u er één annuleert.

## Meldingen: bureaubladmeldingen, Slack en e-mail

alert-failures-title = { $count ->
    [one] { $count } order is niet naar { $erp } gesynchroniseerd
   *[other] { $count } orders zijn niet naar { $erp } gesynchroniseerd
}
alert-failures-body = { $causes }. Open Order Sync Doctor om te zien waarom en ze op te lossen.
alert-cause = { $count } × { $label }
alert-outage-title = { $erp } is niet bereikbaar
alert-outage-body = { $why }. Nieuwe orders wachten veilig en worden verstuurd zodra het terug is; u krijgt dan nog één bericht.
alert-back-title = { $erp } is terug
alert-back-body = { $minutes ->
    [one] Het was ongeveer { $minutes } minuut onbereikbaar; wachtende orders worden nu verstuurd.
   *[other] Het was ongeveer { $minutes } minuten onbereikbaar; wachtende orders worden nu verstuurd.
}
alert-silence-title = { $hours ->
    [one] Al { $hours } uur geen nieuwe orders van { $store }
   *[other] Al { $hours } uur geen nieuwe orders van { $store }
}
alert-silence-body = Dat is ongewoon tijdens openingstijden: controleer of de winkel bestellingen aanneemt en of de verbinding werkt.
alert-test-title = Testmelding van Order Sync Doctor
alert-test-body = Als u dit kunt lezen, bereiken meldingen via { $channel } u.
alert-open = Order Sync Doctor openen
alert-sent-by = Verstuurd door Order Sync Doctor

## Een paar woorden voor een probleem, zoals een melding het noemt

alert-label-sku-not-found = SKU niet gevonden
alert-label-unit-not-found = maateenheid ontbreekt
alert-label-customer-not-found = klant niet gevonden
alert-label-period-closed = periode afgesloten
alert-label-erp-timeout = ERP reageerde te laat
alert-label-rate-limited = aanvraaglimiet bereikt
alert-label-erp-unreachable = ERP onbereikbaar
alert-label-erp-maintenance = ERP-onderhoud
alert-label-erp-auth-failed = aanmelding geweigerd
alert-label-duplicate-order = mogelijk dubbel
alert-label-field-too-long = waarde te lang
alert-label-unsupported-characters = tekens geweigerd
alert-label-country-code-mismatch = landcode
alert-label-state-code-mismatch = staatcode
alert-label-tax-code-unmapped = btw-code ontbreekt
alert-label-currency-inactive = valuta inactief
alert-label-total-mismatch = totalen kloppen niet
alert-label-status-unverified = status niet bevestigd
alert-label-order-not-synced = nog niet verstuurd
alert-label-erp-permission-missing = recht ontbreekt
alert-label-negative-inventory = te weinig voorraad
alert-label-unknown-vendor-answer = onbekend antwoord
alert-label-order-left-erp = niet meer in het ERP
alert-label-erp-duplicates = dubbel in het ERP
alert-label-other = andere fout

## The app's own updates (tray, and errors the window shows as they are)

tray-update = Update naar { $version } beschikbaar…
update-installing = Er wordt een update geïnstalleerd en de app start zo opnieuw. Probeer het daarna nog eens.
update-none = Er is geen update om te installeren. Zoek eerst naar updates.
update-check-failed = De app kon niet nagaan of er een update is. Controleer de internetverbinding en probeer het later opnieuw. ({ $detail })
update-refused = De update naar { $version } is geweigerd: die is niet precies wat de uitgever van Order Sync Doctor heeft ondertekend (onderweg gewijzigd of afkomstig van iemand anders). Er is niets veranderd: u gebruikt nog steeds versie { $current }. ({ $detail })
update-install-failed = De update naar { $version } kon niet worden geïnstalleerd. U gebruikt nog steeds versie { $current }. ({ $detail })
