# Nederlands. Vertaald uit locales/en/doctor.ftl; dezelfde id's en variabelen, in dezelfde volgorde.
# Wat de doctor over elke bevinding zegt: één zin die een winkelmanager begrijpt, wat eraan te doen is
# en waar te klikken. Elke taal heeft dezelfde id's met dezelfde variabelen (crates/i18n controleert
# dat in CI). Concept van een AI-model, nog niet nagekeken door moedertaalsprekers. Aanspreekvorm: u.
#
# Variabelen: $count is een aantal orders (kiest de meervoudsvorm); $store en $erp zijn productnamen
# (Shopify, NetSuite, …) en blijven zoals ze zijn; $key is de waarde waar de bevinding over gaat (een
# SKU, een e-mailadres, een periode, een btw-tarief) en wordt getoond zoals hij binnenkwam; $system is
# de integratietool van de gebruiker (n8n, Celigo, Make). Waarden staan tussen “”, zoals in de andere
# Nederlandse bestanden.

## Bevindingen: wat er mis is en hoeveel orders het tegenhoudt

finding-store-unreachable = { $store } is nu niet bereikbaar.
finding-erp-unreachable = { $erp } is nu niet bereikbaar.
finding-store-maintenance = { $store } meldt onderhoud: { $key }.
finding-store-maintenance-keyless = { $store } is in onderhoud.
finding-erp-maintenance = { $erp } meldt onderhoud: { $key }.
finding-erp-maintenance-keyless = { $erp } is in onderhoud.
finding-store-incident = { $store } meldt een storing: { $key }.
finding-store-incident-keyless = { $store } meldt een storing.
finding-erp-incident = { $erp } meldt een storing: { $key }.
finding-erp-incident-keyless = { $erp } meldt een storing.
finding-store-auth-failed = { $store } accepteert de opgeslagen aanmelding niet meer.
finding-erp-auth-failed = { $count ->
    [one] { $count } order is mislukt omdat { $erp } de aanmelding toen weigerde.
   *[other] { $count } orders zijn mislukt omdat { $erp } de aanmelding toen weigerde.
}
finding-erp-auth-failed-login = { $erp } accepteert de opgeslagen aanmelding niet meer.
finding-credential-expiring = De aanmelding bij { $erp } verloopt binnenkort: { $key }.
finding-credential-expiring-keyless = De aanmelding bij { $erp } verloopt binnenkort.
finding-sku-not-found = { $count ->
    [one] { $count } order wacht op één productcode die { $erp } niet kent: “{ $key }”.
   *[other] { $count } orders wachten op één productcode die { $erp } niet kent: “{ $key }”.
}
finding-sku-not-found-keyless = { $count ->
    [one] { $count } order wacht op een product dat { $erp } niet kent.
   *[other] { $count } orders wachten op een product dat { $erp } niet kent.
}
finding-sku-not-found-no-code = { $count ->
    [one] { $count } order heeft een regel “{ $line }” zonder productcode, dus { $erp } weet niet welk artikel het is.
   *[other] { $count } orders hebben een regel “{ $line }” zonder productcode, dus { $erp } weet niet welk artikel het is.
}
finding-customer-not-found = { $count ->
    [one] { $count } order wacht op een klant die { $erp } niet vindt: { $key }.
   *[other] { $count } orders wachten op een klant die { $erp } niet vindt: { $key }.
}
finding-customer-not-found-keyless = { $count ->
    [one] { $count } order wacht op een klant die { $erp } niet vindt.
   *[other] { $count } orders wachten op een klant die { $erp } niet vindt.
}
finding-customer-not-found-guest = { $count ->
    [one] { $count } order van een gast wacht op een klant in { $erp }.
   *[other] { $count } orders van gasten wachten op een klant in { $erp }.
}
finding-period-closed = { $count ->
    [one] { $count } order heeft een datum in { $key }, een periode die in { $erp } is afgesloten.
   *[other] { $count } orders hebben een datum in { $key }, een periode die in { $erp } is afgesloten.
}
finding-period-closed-keyless = { $count ->
    [one] { $count } order heeft een datum in een periode die in { $erp } is afgesloten.
   *[other] { $count } orders hebben een datum in een periode die in { $erp } is afgesloten.
}
finding-erp-timeout = { $count ->
    [one] { $count } order is mislukt omdat { $erp } te traag antwoordde.
   *[other] { $count } orders zijn mislukt omdat { $erp } te traag antwoordde.
}
finding-rate-limited = { $count ->
    [one] { $count } order is mislukt omdat { $erp } toen te druk was.
   *[other] { $count } orders zijn mislukt omdat { $erp } toen te druk was.
}
finding-duplicate-order = { $count ->
    [one] { $count } order staat misschien al in { $erp } onder dezelfde referentie.
   *[other] { $count } orders staan misschien al in { $erp } onder dezelfde referentie.
}
finding-unclassified-error = { $count ->
    [one] { $count } order is mislukt met een fout die we niet konden benoemen.
   *[other] { $count } orders zijn mislukt met een fout die we niet konden benoemen.
}
finding-field-too-long = { $count ->
    [one] { $count } order heeft een waarde die te lang is voor het { $erp }-veld “{ $key }”.
   *[other] { $count } orders hebben een waarde die te lang is voor het { $erp }-veld “{ $key }”.
}
finding-field-too-long-keyless = { $count ->
    [one] { $count } order heeft een waarde die te lang is voor een veld in { $erp }.
   *[other] { $count } orders hebben een waarde die te lang is voor een veld in { $erp }.
}
finding-unsupported-characters = { $count ->
    [one] { $count } order heeft emoji of verborgen tekens in het veld { $key } die { $erp } weigert.
   *[other] { $count } orders hebben emoji of verborgen tekens in het veld { $key } die { $erp } weigert.
}
finding-unsupported-characters-keyless = { $count ->
    [one] { $count } order heeft emoji of verborgen tekens die { $erp } weigert.
   *[other] { $count } orders hebben emoji of verborgen tekens die { $erp } weigert.
}
finding-country-code-mismatch = { $count ->
    [one] { $count } order heeft als land “{ $key }”, waar { $erp } een code van twee letters nodig heeft.
   *[other] { $count } orders hebben als land “{ $key }”, waar { $erp } een code van twee letters nodig heeft.
}
finding-country-code-mismatch-keyless = { $count ->
    [one] { $count } order heeft een land dat { $erp } niet herkent.
   *[other] { $count } orders hebben een land dat { $erp } niet herkent.
}
finding-state-code-mismatch = { $count ->
    [one] { $count } order heeft als regio “{ $key }” in plaats van de code.
   *[other] { $count } orders hebben als regio “{ $key }” in plaats van de code.
}
finding-state-code-mismatch-keyless = { $count ->
    [one] { $count } order heeft een regio voluit waar { $erp } de code verwacht.
   *[other] { $count } orders hebben een regio voluit waar { $erp } de code verwacht.
}
finding-unit-not-found = { $count ->
    [one] { $count } order heeft een regel verkocht per { $key }, een eenheid die { $erp } niet heeft.
   *[other] { $count } orders hebben een regel verkocht per { $key }, een eenheid die { $erp } niet heeft.
}
finding-unit-not-found-keyless = { $count ->
    [one] { $count } order heeft een regel in een eenheid die { $erp } niet heeft.
   *[other] { $count } orders hebben een regel in een eenheid die { $erp } niet heeft.
}
finding-tax-code-unmapped = { $count ->
    [one] { $count } order heeft een btw-tarief waarvoor { $erp } geen btw-code heeft: { $key }.
   *[other] { $count } orders hebben een btw-tarief waarvoor { $erp } geen btw-code heeft: { $key }.
}
finding-tax-code-unmapped-keyless = { $count ->
    [one] { $count } order heeft een belasting waarvoor { $erp } geen btw-code heeft.
   *[other] { $count } orders hebben een belasting waarvoor { $erp } geen btw-code heeft.
}
finding-currency-inactive = { $count ->
    [one] { $count } order is in { $key }, een valuta die in { $erp } niet actief is.
   *[other] { $count } orders zijn in { $key }, een valuta die in { $erp } niet actief is.
}
finding-currency-inactive-keyless = { $count ->
    [one] { $count } order is in een valuta die in { $erp } niet actief is.
   *[other] { $count } orders zijn in een valuta die in { $erp } niet actief is.
}
finding-total-mismatch = { $count ->
    [one] { $count } order heeft totalen die niet kloppen met de regels.
   *[other] { $count } orders hebben totalen die niet kloppen met hun regels.
}
finding-order-not-synced = { $count ->
    [one] { $count } order uit { $store } staat nog niet in { $erp }.
   *[other] { $count } orders uit { $store } staan nog niet in { $erp }.
}
finding-clock-skew = De computerklok wijkt af ({ $key }), genoeg om ondertekende aanmeldingen te breken.
finding-clock-skew-keyless = De computerklok wijkt zo ver af dat ondertekende aanmeldingen mislukken.
finding-status-unverified = { $count ->
    [one] { $count } order is in { $erp } aangekomen, maar de status is niet open of in behandeling.
   *[other] { $count } orders zijn in { $erp } aangekomen, maar hun status is niet open of in behandeling.
}
finding-erp-permission-missing = { $count ->
    [one] { $count } order is mislukt omdat de integratierol in { $erp } een recht mist ({ $key }).
   *[other] { $count } orders zijn mislukt omdat de integratierol in { $erp } een recht mist ({ $key }).
}
finding-erp-permission-missing-keyless = { $count ->
    [one] { $count } order is mislukt omdat de integratierol in { $erp } een recht mist.
   *[other] { $count } orders zijn mislukt omdat de integratierol in { $erp } een recht mist.
}
finding-erp-permission-missing-login = De aanmelding bij { $erp } werkt, maar de rol mist een recht dat deze app nodig heeft: { $key }.
finding-erp-permission-missing-login-keyless = De aanmelding bij { $erp } werkt, maar de rol mist een recht dat deze app nodig heeft.
finding-negative-inventory = { $count ->
    [one] { $count } order wacht omdat { $erp } te weinig voorraad van “{ $key }” heeft om hem te boeken.
   *[other] { $count } orders wachten omdat { $erp } te weinig voorraad van “{ $key }” heeft om ze te boeken.
}
finding-negative-inventory-keyless = { $count ->
    [one] { $count } order wacht omdat { $erp } te weinig voorraad heeft om hem te boeken.
   *[other] { $count } orders wachten omdat { $erp } te weinig voorraad heeft om ze te boeken.
}
finding-order-not-ready = { $count ->
    [one] { $count } order wordt tegengehouden omdat { $store } hem als “{ $key }” markeert: nog niet klaar om te boeken.
   *[other] { $count } orders worden tegengehouden omdat { $store } ze als “{ $key }” markeert: nog niet klaar om te boeken.
}
finding-order-not-ready-keyless = { $count ->
    [one] { $count } order wordt tegengehouden omdat { $store } hem nog niet als betaald ziet.
   *[other] { $count } orders worden tegengehouden omdat { $store } ze nog niet als betaald ziet.
}
finding-api-version-retiring = Een leveranciersinterface die deze app gebruikt, vervalt: { $key }.
finding-api-version-retiring-keyless = Een leveranciersinterface die deze app gebruikt, vervalt.
# $system is de leverancier die antwoordde (het ERP als het log dat niet zegt).
finding-unknown-vendor-answer = { $count ->
    [one] { $count } order kreeg een antwoord van { $erp } dat deze versie van de app niet kent.
   *[other] { $count } orders kregen een antwoord van { $erp } dat deze versie van de app niet kent.
}
finding-unknown-vendor-answer-login = { $system } antwoordde op een manier die deze versie van de app niet kent.
# $system is het systeem waarvan de aanmelding afliep (het ERP, tenzij de bevinding een ander noemt).
finding-sign-in-again = De aanmelding bij { $system } is verlopen; de app kan het pas weer bereiken als u zich opnieuw aanmeldt.
finding-order-left-erp = { $count ->
    [one] { $count } order stond eerder in { $erp } maar nu niet meer; hij wacht om opnieuw te worden verzonden.
   *[other] { $count } orders stonden eerder in { $erp } maar nu niet meer; ze wachten om opnieuw te worden verzonden.
}
finding-erp-duplicates = { $count ->
    [one] { $count } order uit { $store } staat meer dan eens in { $erp }.
   *[other] { $count } orders uit { $store } staan meer dan eens in { $erp }.
}
finding-erp-duplicates-look-alike = { $count ->
    [one] { $count } order uit { $store } staat misschien twee keer in { $erp }: een kopie zonder de referentie van de winkel heeft dezelfde klant, datum, totaal en regels.
   *[other] { $count } orders uit { $store } staan misschien twee keer in { $erp }: een kopie zonder de referentie van de winkel heeft dezelfde klant, datum, totaal en regels.
}
# $key is het pad van de map.
finding-data-folder-not-private = Andere accounts op deze computer kunnen de map met de gegevens van uw klanten lezen ({ $key }).
finding-data-folder-not-private-keyless = Andere accounts op deze computer kunnen de map met de gegevens van uw klanten lezen.
finding-middleware-unreachable = De app kan { $system } niet bereiken om de mislukte runs te lezen.
finding-middleware-unreachable-keyless = De app kan uw integratietool niet bereiken om de mislukte runs te lezen.
finding-middleware-auth-failed = { $system } accepteert de opgeslagen API-sleutel niet meer.
finding-middleware-auth-failed-keyless = Uw integratietool accepteert de opgeslagen API-sleutel niet meer.
finding-middleware-retryable = { $count ->
    [one] { $count } order die in { $system } mislukte, kan daar opnieuw worden geprobeerd.
   *[other] { $count } orders die in { $system } mislukten, kunnen daar opnieuw worden geprobeerd.
}
finding-middleware-retryable-keyless = { $count ->
    [one] { $count } order die in uw integratietool mislukte, kan daar opnieuw worden geprobeerd.
   *[other] { $count } orders die in uw integratietool mislukten, kunnen daar opnieuw worden geprobeerd.
}

## Zo lost u het op, in één regel ($suggestion is de waarde die de app voorstelt)

fix-store-unreachable = Controleer uw internetverbinding; werkt die, dan heeft { $store } een storing: wacht en controleer opnieuw.
fix-erp-unreachable = Controleer uw internetverbinding; werkt die, dan heeft { $erp } een storing: verzend opnieuw zodra het weer werkt.
fix-maintenance = Wacht tot het onderhoud voorbij is en controleer dan opnieuw; intussen gaat niets verloren.
fix-store-incident = Orders kunnen later binnenkomen tot { $store } het oplost; controleer later opnieuw, er gaat niets verloren.
fix-erp-incident = Orders kunnen mislukken tot { $erp } het oplost; verzend de mislukte opnieuw zodra de statuspagina groen is.
fix-store-auth-failed = Maak in { $store } een nieuw toegangstoken aan en sla het op in Koppelingen (of met “sync-doctor login store”).
fix-erp-auth-failed = Is de verbindingstest hierboven groen, verzend deze orders dan opnieuw; vernieuw anders de aanmelding bij { $erp }.
fix-credential-expiring = Vernieuw de aanmelding in { $erp } vóór die datum en sla de nieuwe op, zodat orders blijven doorlopen.
fix-sku-not-found = Maak het artikel “{ $key }” aan in { $erp }, of koppel het aan een bestaand artikel, en verzend opnieuw.
fix-sku-not-found-suggested = Dit lijkt een tikfout voor “{ $suggestion }”: koppel “{ $key }” aan “{ $suggestion }”, of maak het artikel aan in { $erp }.
fix-sku-not-found-keyless = Zoek het product in de order, maak het aan in { $erp } of koppel de SKU aan een bestaand artikel, en verzend opnieuw.
fix-sku-not-found-no-code = Kies het artikel in { $erp } waarop regels “{ $line }” worden geboekt (maak er een aan, bijvoorbeeld “{ $line }”), of geef het product een code in { $store }, en verzend opnieuw.
fix-sku-not-found-no-code-suggested = Boek regels “{ $line }” op het artikel “{ $suggestion }” in { $erp }, dat dezelfde naam heeft, en verzend opnieuw.
fix-customer-not-found = Maak de klant aan in { $erp } of koppel dit e-mailadres aan een bestaande klant, en verzend opnieuw.
fix-customer-not-found-guest = Maak in { $erp } één klant voor gastorders (bijvoorbeeld “Webwinkelgast”), kies die hier en verzend opnieuw.
fix-customer-not-found-guest-suggested = Boek gastorders op de { $erp }-klant “{ $suggestion }”, of maak er een voor aan in { $erp }, en verzend opnieuw.
fix-period-closed = Vraag uw boekhouder { $key } te heropenen, of boek deze orders in de huidige open periode.
fix-period-closed-keyless = Vraag uw boekhouder de periode te heropenen, of boek deze orders in de huidige open periode.
fix-erp-timeout = Verzend ze opnieuw; de app controleert elke order eerst, zodat er geen dubbel wordt aangemaakt.
fix-rate-limited = Verzend ze opnieuw; de app doseert zijn verzoeken, zodat dit niet nog eens gebeurt.
fix-duplicate-order = Open { $erp } en kijk of de order er al staat voordat u iets anders doet.
fix-unclassified-error = Lees de technische details hieronder; helpen die niet, stuur ze dan naar uw ERP-partner.
fix-field-too-long = Maak de waarde korter in { $store } (of in de order) en verzend opnieuw.
fix-unsupported-characters = Verwijder de emoji of verborgen tekens uit het adres en verzend opnieuw.
fix-country-code-mismatch = Koppel “{ $key }” aan de landcode van twee letters (bijvoorbeeld “NL”) en verzend opnieuw.
fix-country-code-mismatch-suggested = Stuur “{ $key }” als code “{ $suggestion }” en verzend opnieuw.
fix-country-code-mismatch-keyless = Controleer het land van de order, koppel het aan de code die { $erp } gebruikt en verzend opnieuw.
fix-state-code-mismatch = Koppel “{ $key }” aan de regiocode (bijvoorbeeld “CA”), zodat { $erp } het goed verwerkt.
fix-state-code-mismatch-suggested = Stuur “{ $key }” als code “{ $suggestion }”, zodat { $erp } het goed verwerkt.
fix-state-code-mismatch-keyless = Controleer de regio van de order en koppel die aan de code, zodat { $erp } het goed verwerkt.
fix-unit-not-found = Voeg de eenheid “{ $key }” toe in { $erp } en maak haar de verkoopeenheid van het artikel; controleer dan opnieuw. Tot dan zou de hoeveelheid als stuks worden geboekt.
fix-unit-not-found-keyless = Voeg de eenheid uit de order toe in { $erp }, maak haar de verkoopeenheid van het artikel en controleer opnieuw.
fix-tax-code-unmapped = Maak in { $erp } een btw-code met dit tarief (of koppel het tarief aan een bestaande code) en verzend opnieuw.
fix-tax-code-unmapped-suggested = Gebruik btw-code “{ $suggestion }” van { $erp }, waarvan het tarief alleen door afronding verschilt, en verzend opnieuw.
fix-currency-inactive = Activeer { $key } in { $erp } en verzend opnieuw.
fix-currency-inactive-keyless = Activeer de valuta van de order in { $erp } en verzend opnieuw.
fix-total-mismatch = Vergelijk de order in { $store } met wat { $erp } zal berekenen; meestal ontbreekt een kortingsregel.
fix-order-not-synced = Los op wat de stappen hierboven aanwijzen en verzend dan de orders die klaar zijn opnieuw.
fix-status-unverified = Laat de app ze opnieuw opzoeken (hij bevestigt een offerte die een verloren antwoord liet staan); blijft er een over, open die in { $erp } en kijk waarom hij wacht, gesloten of geannuleerd is.
fix-clock-skew = Zet “Tijd automatisch instellen” aan in de datum- en tijdinstellingen van deze computer en controleer opnieuw.
fix-erp-permission-missing = Vraag de beheerder van { $erp } het ontbrekende recht aan de integratierol toe te voegen (de technische details noemen het) en controleer opnieuw.
fix-negative-inventory = Ontvang of corrigeer de voorraad in { $erp } (of sta negatieve voorraad toe voor het artikel) en verzend opnieuw.
fix-order-not-ready = Niets te doen tot de order in { $store } betaald is; daarna gaat hij vanzelf. Welke statussen als klaar gelden, stelt u in bij de winkelkoppeling.
fix-api-version-retiring-erp = Vraag de beheerder van { $erp } een upgrade naar een ondersteunde versie te plannen; deze app blijft er intussen mee werken.
fix-api-version-retiring = Werk Order Sync Doctor vóór die datum bij; verder hoeft u niets te veranderen.
fix-unknown-vendor-answer = Er is niets gegokt: het ruwe antwoord staat in de technische details. Werk Order Sync Doctor bij, of stuur die details naar support.
fix-sign-in-again = Open Koppelingen en meld u opnieuw aan bij { $erp } met uw browser; wat wacht, gaat niet verloren.
fix-order-left-erp = Heeft niemand in { $erp } ze bewust verwijderd, verzend ze dan opnieuw: elke order wordt eerst opgezocht, zodat er geen dubbel wordt aangemaakt.
fix-erp-duplicates = Houd de kopie die verder is (verzonden of gefactureerd) en annuleer de andere in { $erp }; deze app verwijdert of annuleert daar nooit documenten.
fix-erp-duplicates-look-alike = Open beide documenten in { $erp }; gaat het om dezelfde verkoop, houd dan die met de referentie van de winkel en annuleer de andere daar. Deze app verwijdert of annuleert nooit documenten in { $erp }.
fix-data-folder-not-private = Maak de map alleen leesbaar voor uw account (de technische details noemen de map en de rechten), of vraag het aan wie deze computer beheert.
fix-middleware-unreachable = Controleer het adres in Koppelingen en of de tool draait; orders blijven wachten, er gaat niets verloren.
fix-middleware-auth-failed = Maak een nieuwe API-sleutel aan in de instellingen van de tool (n8n: “Settings → n8n API”) en sla die op in Koppelingen.
fix-middleware-retryable = Zodra niets uit de stappen hierboven ze tegenhoudt, probeer ze opnieuw in { $system }: elke order wordt eerst in { $erp } opgezocht, zodat er geen dubbel wordt aangemaakt.
fix-middleware-retryable-keyless = Zodra niets uit de stappen hierboven ze tegenhoudt, probeer ze opnieuw in uw integratietool: elke order wordt eerst in { $erp } opgezocht, zodat er geen dubbel wordt aangemaakt.

## Mislukt in de integratietool van de gebruiker: opgelost in het ERP of in de flow van de tool, daar opnieuw geprobeerd

middleware-fix-transient = Niets te corrigeren: probeer ze opnieuw in { $system }; elke order wordt eerst in { $erp } opgezocht, zodat er geen dubbel wordt aangemaakt.
middleware-fix-sku = Maak het artikel “{ $key }” aan in { $erp }, of corrigeer de SKU in de flow van { $system }; probeer ze daarna opnieuw in { $system }: elke order wordt eerst in { $erp } opgezocht, zodat er geen dubbel wordt aangemaakt.
middleware-fix-customer = Maak de klant { $key } aan in { $erp }, of corrigeer hoe de flow van { $system } hem vindt; probeer ze daarna opnieuw in { $system }: elke order wordt eerst in { $erp } opgezocht, zodat er geen dubbel wordt aangemaakt.
middleware-fix-other = Corrigeer het in { $erp } of in de flow van { $system } (de woorden van { $erp } zelf staan in de technische details); probeer ze daarna opnieuw in { $system }: elke order wordt eerst in { $erp } opgezocht, zodat er geen dubbel wordt aangemaakt.
middleware-runs = { $runs ->
    [one] { $runs } mislukte run in { $system }.
   *[other] { $runs } mislukte runs in { $system }.
}
middleware-runs-unnamed = { $unnamed ->
    [one] { $unnamed } daarvan noemt geen order, dus de app kan hem niet in het ERP opzoeken en probeert hem niet opnieuw: open { $system } om hem te zien.
   *[other] { $unnamed } daarvan noemen geen order, dus de app kan ze niet in het ERP opzoeken en probeert ze niet opnieuw: open { $system } om ze te zien.
}
middleware-retry-change = { $count ->
    [one] { $system } voert de mislukte run van deze order opnieuw uit, met zijn eigen koppelingen en flow.
   *[other] { $system } voert de mislukte runs van deze { $count } orders opnieuw uit, met zijn eigen koppelingen en flow.
}
middleware-retry-safety = { $system } schrijft elke order via zijn eigen flow naar { $erp }. Vóór elke nieuwe poging wordt de order in { $erp } opgezocht; een order die { $erp } al heeft, wordt niet opnieuw geprobeerd, zodat er geen dubbel wordt aangemaakt. Daarna leest de app hoe de run afliep en zoekt de order opnieuw op in { $erp }.

## Regels die de gebruiker koos en die veranderen hoe orders worden verzonden

applied-period-closed = { $count ->
    [one] { $count } order met een datum in een afgesloten periode wordt in de volgende open periode geboekt ({ $key }), zoals u koos.
   *[other] { $count } orders met een datum in een afgesloten periode worden in de volgende open periode geboekt ({ $key }), zoals u koos.
}
applied-field-too-long = { $count ->
    [one] Bij { $count } order is het veld “{ $key }” ingekort zodat het in { $erp } past, zoals u koos.
   *[other] Bij { $count } orders is het veld “{ $key }” ingekort zodat het in { $erp } past, zoals u koos.
}
applied-unsupported-characters = { $count ->
    [one] Bij { $count } order is het veld { $key } verzonden zonder de tekens die { $erp } weigert, zoals u koos.
   *[other] Bij { $count } orders is het veld { $key } verzonden zonder de tekens die { $erp } weigert, zoals u koos.
}
applied-other = { $count ->
    [one] { $count } order is verwerkt volgens een regel die u koos.
   *[other] { $count } orders zijn verwerkt volgens een regel die u koos.
}
applied-fix-period-closed = Niets te doen; de technische details tonen de oude en nieuwe datum van elke order. Maak de regel ongedaan in Activiteit als u liever wacht tot de periode weer open is.
applied-fix = Niets te doen; de technische details tonen elke waarde zoals die wordt verzonden. Maak de regel ongedaan in Activiteit als u de waarden liever in de winkel corrigeert.

## Oplossingen: het label van de knop ($name is hoe mensen de waarde kennen, bijv. de naam van een klant)

remedy-resend-unverified = { $count ->
    [one] Order opnieuw opzoeken en open stappen in { $erp } afronden
   *[other] Orders opnieuw opzoeken en open stappen in { $erp } afronden
}
remedy-resend-left-erp = { $count ->
    [one] Opnieuw naar { $erp } verzenden (eerst wordt hij opgezocht)
   *[other] Opnieuw naar { $erp } verzenden (elke order wordt eerst opgezocht)
}
remedy-resend = { $count ->
    [one] Deze order herverzenden
   *[other] Deze { $count } orders herverzenden
}
remedy-resend-ready = { $count ->
    [one] De { $count } order herverzenden die klaar is
   *[other] De { $count } orders herverzenden die klaar zijn
}
remedy-map-sku = “{ $to }” gebruiken voor “{ $from }”
remedy-map-no-code = Regels “{ $line }” boeken op het artikel “{ $to }”
remedy-map-guest = Elke gastorder boeken op de { $erp }-klant “{ $name }”
remedy-map-tax = Btw-code “{ $name }” van { $erp } gebruiken voor “{ $from }”
remedy-map = “{ $from }” verzenden als “{ $to }”
remedy-retry-in-tool = { $count ->
    [one] Deze order opnieuw proberen in { $system }
   *[other] Deze { $count } orders opnieuw proberen in { $system }
}
remedy-retry-in-tool-keyless = { $count ->
    [one] Deze order opnieuw proberen in de integratietool
   *[other] Deze { $count } orders opnieuw proberen in de integratietool
}
remedy-create-item = Artikel “{ $key }” aanmaken in { $erp }
remedy-create-item-no-code = Artikel “{ $key }” (“{ $line }”) aanmaken in { $erp } en deze regels erop boeken
remedy-create-guest-customer = Klant “{ $name }” aanmaken in { $erp } en gastorders daarop boeken
remedy-create-customer = Klant { $key } aanmaken in { $erp }
remedy-policy-closed-period = Orders met een datum in een afgesloten periode boeken op de eerste dag van de volgende open periode (per order getoond)
remedy-policy-fit-text = Zulke waarden verzenden zoals { $erp } ze accepteert: opgeschoond en ingekort zoals de details tonen

## Wat een oplossing verandert, voor de voorvertoning ($kind is een van de soortwoorden hieronder)

mapping-kind-sku = Productcode
mapping-kind-country = Land
mapping-kind-state = Regio
mapping-kind-tax = Btw-tarief
mapping-kind-currency = Valuta
mapping-kind-customer = Klant
policy-closed-period = Orders met een datum in een afgesloten periode
policy-fit-text = Waarden die het ERP weigert
remedy-change-map = { $kind } “{ $from }” wordt verzonden als “{ $to }”
remedy-change-map-replaces = { $kind } “{ $from }” wordt verzonden als “{ $to }” in plaats van “{ $before }”
remedy-change-map-no-code = Regels “{ $line }” zonder productcode worden geboekt op het artikel “{ $to }”
remedy-change-policy = De regel “{ $rule }” verandert van “{ $before }” in “{ $after }”
remedy-change-guest-customer = Gastorders worden geboekt op de nieuwe klant “{ $name }”
remedy-writes-item = Maakt het artikel “{ $key }” (“{ $name }”) aan in { $erp }; twee keer vragen maakt er geen twee.
remedy-writes-customer = Maakt de klant “{ $name }” ({ $email }) aan in { $erp }; twee keer vragen maakt er geen twee.
remedy-writes-customer-no-email = Maakt de klant “{ $name }” aan in { $erp }; twee keer vragen maakt er geen twee.
remedy-writes-nothing = Er wordt nu niets naar { $erp } geschreven; de wijziging geldt zodra orders worden verzonden.
resend-change = { $count ->
    [one] { $count } order herverzonden naar { $erp }
   *[other] { $count } orders herverzonden naar { $erp }
}
resend-safety = Elke order wordt eerst op referentie in { $erp } opgezocht en alleen aangemaakt als hij er niet staat, zodat er geen dubbel wordt aangemaakt.
resend-note-business-central-bill-to = Business Central vult het “Bill-to”-adres van elke order zelf in vanuit de klantkaart; het factuuradres van de order wordt verzonden als “Sell-to”-adres.

## De vijf stappen

step-1 = Status en verbinding
step-2 = Foutenlog
step-3 = Gegevensopmaak en koppeling
step-4 = Btw en valuta
step-5 = Orders die wachten op herverzending

## Winkel tegenover ERP: de stand van een rij en wat die betekent

standing-in-both = In beide
standing-in-both-meaning = De order staat één keer in { $erp }, met hetzelfde totaal.
standing-totals-differ = Totalen verschillen
standing-totals-differ-meaning = De order staat in { $erp }, maar het totaal daar wijkt meer dan een cent af van dat in de winkel.
standing-duplicated = Dubbel
standing-duplicated-meaning = { $erp } heeft de order meer dan eens onder zijn referentie: houd er één en annuleer de andere in { $erp }.
standing-store-only = Alleen winkel
standing-store-only-meaning = Verkocht in de winkel en niet in { $erp }: hij wacht op verzending.
standing-erp-only = Alleen ERP
standing-erp-only-meaning = Een document in { $erp } heeft een winkelreferentie die deze app niet kent: controleer het in de winkel en in { $erp }.

## Waar te klikken: het scherm waar u het oplost. Menu- en schermnamen zijn die van de leverancier;
## een vertaling gebruikt de gepubliceerde labels van de leverancier in die taal waar die bestaan,
## en houdt anders de Engelse naam tussen aanhalingstekens.

where-netsuite-sku-not-found = NetSuite: “Lists → Accounting → Items → New”
where-netsuite-unit-not-found = NetSuite: “Lists → Accounting → Units of Measure” (de functie “Multiple Units of Measure” moet aan staan)
where-netsuite-customer-not-found = NetSuite: “Lists → Relationships → Customers → New”
where-netsuite-period-closed = NetSuite: “Setup → Accounting → Manage Accounting Periods” (heropenen vraagt het recht “Override Period Restrictions”)
where-netsuite-tax-code-unmapped = NetSuite: “Setup → Accounting → Tax Codes → New”
where-netsuite-currency-inactive = NetSuite: “Lists → Accounting → Currencies”
where-netsuite-login = NetSuite: “Setup → Integration → Manage Authentication → OAuth 2.0 Client Credentials (M2M) Setup”
where-netsuite-erp-permission-missing = NetSuite: “Setup → Users/Roles → Manage Roles” → de rol van de integratie → “Permissions” (voeg het recht toe dat de details noemen)
where-netsuite-duplicate-order = NetSuite: “Transactions → Sales → Enter Sales Orders → List”, zoek op “PO/Check Number”
where-netsuite-erp-duplicates = NetSuite: “Transactions → Sales → Enter Sales Orders → List” (zoek op “PO/Check Number”), open de kopie → “Actions” → “Close” of “Cancel Order”
where-netsuite-codes = NetSuite: “Setup → Company → States/Provinces/Counties” (de codes die het accepteert)
where-business-central-sku-not-found = Business Central: zoek “Items” → “New” (het “No.” moet gelijk zijn aan de SKU)
where-business-central-unit-not-found = Business Central: zoek “Units of Measure” → “New”, daarna “Item Units of Measure” bij het artikel
where-business-central-customer-not-found = Business Central: zoek “Customers” → “New”, met het e-mailadres van de koper
where-business-central-period-closed = Business Central: zoek “User Setup” (of “General Ledger Setup”) → “Allow Posting From” / “Allow Posting To”
where-business-central-currency-inactive = Business Central: zoek “Currencies” → “New”, met de wisselkoersen
where-business-central-country-code-mismatch = Business Central: zoek “Countries/Regions” om de geaccepteerde codes te zien
where-business-central-login = Azure portal: “App registrations” → uw app → “Certificates & secrets” (daarna in Business Central: “Microsoft Entra Applications”)
where-business-central-rate-limited = Business Central admin center: de operationele limieten van de omgeving (6.000 verzoeken per 5 minuten per gebruiker)
where-business-central-erp-duplicates = Business Central: zoek “Sales Orders”, filter op “External Document No.”; open de kopie en kies “Delete” (al geboekt: maak een creditnota)
where-sap-b1-sku-not-found = SAP Business One: “Inventory → Item Master Data” (voeg het artikel toe met dit “Item No.”)
where-sap-b1-unit-not-found = SAP Business One: “Administration → Setup → Inventory → Units of Measure”, daarna de eenhedengroep van het artikel
where-sap-b1-customer-not-found = SAP Business One: “Business Partners → Business Partner Master Data”
where-sap-b1-period-closed = SAP Business One: “Administration → System Initialization → Posting Periods” (zet de periode op “Unlocked”)
where-sap-b1-tax-code-unmapped = SAP Business One: “Administration → Setup → Financials → Tax → Sales Tax Codes” (“Tax Groups” in btw-landen)
where-sap-b1-negative-inventory = SAP Business One: “Inventory → Inventory Transactions → Goods Receipt” om de voorraad te ontvangen, of de instelling “Block negative inventory” in “Administration → System Initialization → Document Settings → General”
where-sap-b1-currency-inactive = SAP Business One: “Administration → Setup → Financials → Currencies”
where-sap-b1-codes = SAP Business One: “Administration → Setup → General → Countries/States” (codes van maximaal 3 tekens)
where-sap-b1-erp-auth-failed = SAP Business One: “Administration → Setup → General → Users” (wachtwoord en licentie van de integratiegebruiker)
where-sap-b1-erp-duplicates = SAP Business One: “Sales – A/R → Sales Order”, zoek op “Customer Ref. No.”; open de kopie → rechtsklik → “Cancel”
where-odoo-sku-not-found = Odoo: Voorraad (of Verkoop) → Producten → Producten → Nieuw, met deze Interne referentie
where-odoo-customer-not-found = Odoo: Contacten → Nieuw, met het e-mailadres van de koper
where-odoo-period-closed = Odoo: Boekhouding → Configuratie → Instellingen → “Lock Dates”
where-odoo-tax-code-unmapped = Odoo: Boekhouding → Configuratie → BTW → Nieuw
where-odoo-currency-inactive = Odoo: Boekhouding → Configuratie → Valuta (activeer de valuta)
where-odoo-erp-auth-failed = Odoo: “Preferences” van uw gebruiker → “Account Security” → “New API Key”
where-odoo-erp-duplicates = Odoo: Verkoop → Orders, zoek op Referentie klant; open de kopie → Annuleren
where-odoo-api-version-retiring = Odoo: Instellingen → “About” toont de versie; upgrade de database via de upgradedienst van Odoo (upgrade.odoo.com) of uw Odoo-partner
where-tryton-sku-not-found = Tryton: Producten → Producten → “New” (de “Code” van de variant moet gelijk zijn aan de SKU, en “Salable” aangevinkt)
where-tryton-customer-not-found = Tryton: Relaties → Relaties → “New”, met het e-mailadres van de koper en een adres
where-tryton-period-closed = Tryton: “Financial → Configuration → Fiscal Years → Fiscal Years”, heropen de periode (“Re-Open”)
where-tryton-tax-code-unmapped = Tryton: “Financial → Configuration → Taxes → Taxes → New”
where-tryton-currency-inactive = Tryton: Valuta's → Valuta (vink “Active” aan)
where-tryton-erp-auth-failed = Tryton: “Administration → Users → Users” (het wachtwoord van de integratiegebruiker)
where-tryton-erp-duplicates = Tryton: “Sales → Sales”, zoek op “Reference”; open de kopie: een concept of offerte annuleert u met “Cancel”, een verwerkte door de levering te annuleren en de factuur te crediteren
where-woocommerce-order-not-ready = WordPress admin: “WooCommerce → Orders” → de order → status “Processing” zodra de betaling binnen is
where-shopify-order-not-ready = Shopify admin: “Orders” → de order → “Collect payment” → “Mark as paid”
where-order-file-order-not-ready = Shopify admin: “Orders” → de order → “Collect payment” → “Mark as paid”, en exporteer de orders daarna opnieuw
where-shopify-api-version-retiring = Order Sync Doctor: installeer de nieuwste versie, die een nieuwere Shopify API-versie gebruikt (een api_version van een profiel onder [store] gaat voor de versie die de app vastzet)

## Samenvattingen per stap, en regels van de technische details

summary-no-answer = Geen van beide systemen antwoordde.
# $statuses: de winkelstatussen die als klaar gelden, al samengevoegd (“paid of partially_refunded”).
summary-ready-statuses = Orders gaan naar { $erp } zodra { $store } ze als { $statuses } markeert.
summary-not-checked = Niet gecontroleerd: { $erp } was niet bereikbaar, dus er is niets om mee te vergelijken.
summary-step-2 = { $read ->
    [one] { $read } order gelezen uit { $store }; { $count } niet in { $erp }.
   *[other] { $read } orders gelezen uit { $store }; { $count } niet in { $erp }.
}
summary-step-3 = { $count ->
    [one] Veldlengtes, tekens en land- en regiocodes gecontroleerd bij { $count } order.
   *[other] Veldlengtes, tekens en land- en regiocodes gecontroleerd bij { $count } orders.
}
summary-step-4 = { $count ->
    [one] Btw-codes, valuta en totalen gecontroleerd bij { $count } order.
   *[other] Btw-codes, valuta en totalen gecontroleerd bij { $count } orders.
}
summary-step-5 = { $count ->
    [one] { $count } order niet in { $erp }; { $ready } klaar om te herverzenden.
   *[other] { $count } orders niet in { $erp }; { $ready } klaar om te herverzenden.
}
finding-unreadable = { $count ->
    [one] { $store } stuurde { $count } order die niet te lezen was.
   *[other] { $store } stuurde { $count } orders die niet te lezen waren.
}
fix-unreadable = Open deze orders in { $store } en controleer ze met de hand; ze staan in de details.
detail-where = Waar u het oplost: { $place }
detail-more = … en nog { $count }
detail-ready-statuses = Klaar om te boeken: { $statuses }.
detail-ready-to-resend = { $waiting ->
    [one] { $ready } nu klaar om te herverzenden; { $waiting } wacht op een correctie uit de stappen hierboven.
   *[other] { $ready } nu klaar om te herverzenden; { $waiting } wachten op een correctie uit de stappen hierboven.
}
# Een lijst van keuzes, de laatste verbonden met “of”: “paid, authorized of partially_refunded”.
list-or = { $rest } of { $last }
# “Verbinding testen” als het systeem antwoordde.
connection-ok = Verbonden met { $system }.

## Waarden die in de zin van een bevinding worden ingevuld

key-expires-in = { $days ->
    [one] over { $days } dag (op { $date })
   *[other] over { $days } dagen (op { $date })
}
key-clock-behind = { $minutes ->
    [one] { $minutes } minuut achter op { $system }
   *[other] { $minutes } minuten achter op { $system }
}
key-clock-ahead = { $minutes ->
    [one] { $minutes } minuut voor op { $system }
   *[other] { $minutes } minuten voor op { $system }
}

## Aanmelden met de browser ($system: het ERP; een knop van Microsoft of NetSuite waarop iemand
## klikt, houdt zijn Engelse label tussen aanhalingstekens, tenzij de vertaling van de leverancier bekend is)

sign-in-denied = De aanmelding is in de browser geannuleerd, dus { $system } is niet verbonden.
sign-in-denied-fix-entra = Klik opnieuw op “Aanmelden met de browser” en kies “Accept” op de pagina met machtigingen.
sign-in-denied-fix-netsuite = Klik opnieuw op “Aanmelden met de browser” en kies “Allow” op de pagina met machtigingen.
sign-in-denied-fix-square = Klik opnieuw op “Aanmelden in de browser” en kies “Allow” op de toestemmingspagina van Square.
sign-in-wrong-account-entra = Microsoft heeft deze app, of deze organisatie, niet gevonden voor het account waarmee is aangemeld.
sign-in-wrong-account-entra-fix = Controleer de tenant (het domein van uw werk-e-mail, zoals contoso.com) en meld u aan met uw werkaccount, niet met een persoonlijk account. Lukt het nog steeds niet, vraag dan uw Microsoft 365-beheerder om de app toe te voegen.
sign-in-wrong-account-netsuite = NetSuite kent deze app niet in dat account.
sign-in-wrong-account-netsuite-fix = Controleer de account-id en vraag uw NetSuite-beheerder om de client-id uit het integratierecord van de app (met “Authorization Code Grant” en “Public Client” aangevinkt).
sign-in-wrong-account-square = Square kent deze app niet, of ze is uitgeschakeld.
sign-in-wrong-account-square-fix = Controleer de applicatie-ID (“Square Developer Console” → de applicatie → “OAuth”) en of de redirect-URL precies de hier ingevulde is.
sign-in-missing-permission-entra = Uw organisatie heeft deze app nog geen toestemming gegeven om Business Central te gebruiken.
sign-in-missing-permission-entra-fix = Vraag uw Microsoft 365-beheerder om de app de machtiging Financials.ReadWrite.All van Business Central te geven (“Entra admin center → Enterprise applications” → de app → “Permissions → Grant admin consent”) en meld u daarna opnieuw aan.
sign-in-missing-permission-netsuite = Het integratierecord in NetSuite staat niet toe wat de app vraagt.
sign-in-missing-permission-netsuite-fix = Vraag uw NetSuite-beheerder om “REST Web Services” aan te vinken onder “Scope” in het integratierecord (“Setup → Integration → Manage Integrations”) en meld u daarna opnieuw aan.
sign-in-missing-permission-square = Square gaf de app niet alles wat ze leest: locaties, bestellingen, artikelen en klanten.
sign-in-missing-permission-square-fix = Meld u opnieuw aan en sta alle toestemmingen toe die Square toont; de app leest alleen en verandert niets aan uw Square-account.
sign-in-ended = De aanmelding is verlopen voordat die klaar was.
sign-in-ended-fix = Meld u opnieuw aan en rond het binnen een paar minuten af in de browser.
sign-in-state-mismatch = De browser antwoordde voor een andere aanmelding; de app heeft dat genegeerd om uw account veilig te houden.
sign-in-state-mismatch-fix = Sluit oudere aanmeldtabbladen en klik opnieuw op “Aanmelden met de browser”.
sign-in-port-in-use = De app kon zich op deze computer niet klaarmaken om het antwoord van de browser te ontvangen.
sign-in-port-in-use-fix = Sluit andere aanmeldvensters en probeer het opnieuw; blokkeert beveiligingssoftware lokale verbindingen, sta Order Sync Doctor dan toe.
sign-in-browser-not-opened = Er is geen browservenster geopend voor de aanmelding.
sign-in-browser-not-opened-fix = Kopieer de aanmeldlink die hier staat naar uw browser, of kies een standaardbrowser in de instellingen van uw computer, en probeer het daarna opnieuw.
sign-in-timed-out = De aanmelding is niet op tijd afgerond in de browser.
sign-in-timed-out-fix = Klik opnieuw op “Aanmelden met de browser” en rond het af in het venster dat opengaat.
# $authority: Microsoft of NetSuite.
sign-in-unreachable = { $authority } was niet bereikbaar om aan te melden.
sign-in-unreachable-fix = Controleer de internetverbinding van deze computer en probeer het opnieuw.
sign-in-refused = { $authority } heeft de aanmelding geweigerd.
sign-in-refused-fix = Probeer het opnieuw; blijft het mislukken, stuur de technische details dan naar wie uw ERP beheert.
sign-in-nothing-waiting = Er wacht geen aanmelding op de browser.
sign-in-nothing-waiting-fix = Klik op “Aanmelden met de browser” om er een te starten.
sign-in-cancelled = De aanmelding is geannuleerd; er is niets gewijzigd.
sign-in-cancelled-fix = Klik op “Aanmelden met de browser” zodra u klaar bent.

## Velden van een order, zoals een bevinding ze noemt

field-customer-name = klantnaam
field-e-mail = e-mail
field-addressee = geadresseerde
field-address-line-1 = adresregel 1
field-address-line-2 = adresregel 2
field-city = plaats
field-state = staat of provincie
field-postcode = postcode
field-phone = telefoon
field-order-note = ordernotitie
field-country = land
field-line-description = regelomschrijving
field-item-number = artikelnummer
