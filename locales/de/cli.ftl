# Übersetzt aus locales/en/cli.ftl von einem KI-Modell und maschinell geprüft (Syntax, IDs,
# Reihenfolge, Platzhalter, Formatierung); nicht von einem Muttersprachler geprüft.
#
# Deutsch. Was das Kommandozeilen-Tool (sync-doctor) für Menschen ausgibt. Dieselben IDs mit
# denselben Platzhaltern wie im Englischen (crates/i18n prüft das in CI).
# Die JSON-Ausgabe (--json) ist für Programme und bleibt in jeder Sprache, wie sie ist.
# Anrede: Sie. Anführungszeichen: „…“.

## Die Prüfung

cli-report-title = Order Sync Doctor — { $store } → { $erp }
cli-orders = Aufträge: { $orders }
# $shown: die ersten Auftragsnummern, verbunden mit ", ".
cli-orders-more = { $more ->
    [one] { $shown } und { $more } weiterer
   *[other] { $shown } und { $more } weitere
}
cli-fix = So beheben Sie es: { $fix }
cli-remedy = Abhilfe [{ $id }]: { $label }
cli-details-hint = Mit --details sehen Sie die Rohfehler hinter jedem Befund.
cli-check-now = Die Prüfung jetzt:

## Aufträge

cli-orders-count = { $count ->
    [one] { $count } Auftrag
   *[other] { $count } Aufträge
}
cli-store-status = Shop: { $status }
# $statuses: die Shop-Status, die als bereit gelten, schon verbunden („paid oder partially_refunded“).
cli-held-back = { $count ->
    [one] { $count } Auftrag wird zurückgehalten, bis { $store } ihn als { $statuses } markiert (nicht fehlgeschlagen, noch nie gesendet):
   *[other] { $count } Aufträge werden zurückgehalten, bis { $store } sie als { $statuses } markiert (nicht fehlgeschlagen, noch nie gesendet):
}
cli-reconciliation-title = Aufträge vom { $from } bis { $to }, Shop und { $erp } im Vergleich:
cli-look-alikes = Möglicherweise doppelt gebucht (gleicher Kunde, gleiches Datum, gleiche Summe, gleiche Positionen): { $orders } — { $documents }

## Erneut senden

cli-status-unknown = Status unbekannt
cli-created = ✓ { $order } in { $erp } angelegt als { $id } ({ $status })
cli-already-there = = { $order } war schon in { $erp } als { $id } ({ $status }); nichts gesendet
cli-failed = ✗ { $order } { $code }: { $message }
cli-retry-at = (wird nach { $when } automatisch erneut versucht)
cli-gave-up = (alle Wiederholungen sind gescheitert; er wartet auf Sie)
cli-status-not-open = { $line } — aber sein Status ist weder offen noch in Bearbeitung: Prüfen Sie ihn in { $erp }
cli-results = { $created } angelegt, { $already } schon vorhanden, { $failed } nicht gesendet oder abgelehnt.
cli-stopping = Stopp nach den Aufträgen, die gerade gesendet werden. Führen Sie denselben Befehl erneut aus, um fortzufahren.
cli-pull-exporting = { $store } bereitet eine Kopie Ihrer Bestellungen vor: bisher { $objects } Datensätze.
cli-pull-downloading = Die Kopie Ihrer Bestellungen wird heruntergeladen: { $percent } %.
cli-pull-reading = Die kopierten Bestellungen werden gelesen: { $orders } von { $of }.

## Beheben

cli-change = Änderung: { $change }.
cli-unblocks = Aufträge, die es freigibt: { $count } ({ $orders })
cli-unblocks-none = Aufträge, die es freigibt: keine
cli-still-blocked = Aufträge, denen es hilft, die aber noch auf anderes warten: { $count } ({ $orders })
cli-nothing-changed-yes = Nichts wurde geändert. Führen Sie den Befehl mit --yes erneut aus, um es anzuwenden.
cli-nothing-changed = Nichts wurde geändert.
cli-apply-prompt = Anwenden? [j/N]
# Die Antworten, die auf die Frage oben Ja bedeuten, durch Kommas getrennt.
cli-yes-answers = j, ja, y, yes
cli-done = Erledigt (Änderung { $change }; `sync-doctor undo { $change }` nimmt sie zurück).
cli-undone = Änderung { $change } ist zurückgenommen (Änderung { $undo }).

## Schlüssel, Benachrichtigungen und die Überwachung

cli-saved-secret = Im Schlüsselbund des Systems gespeichert als „{ $account }“.
cli-alert-sent = { $channel }: gesendet.
cli-alert-not-sent = { $channel }: nicht gesendet — { $error }
cli-watch-erp-down = { $when } { $erp } ist nicht erreichbar; Aufträge warten.
cli-watch-round = { $when } Gesendet: { $sent }; Benachrichtigungen: { $alerts }.

## Das Integrations-Tool

cli-log-read = Gelesene Fehler: { $errors }; Grundursachen: { $causes }.
cli-row-unreadable = Zeile { $row } war nicht lesbar: { $why }
cli-retry-nothing = Kein fehlgeschlagener Lauf im Integrations-Tool nennt diese Aufträge.
cli-retry-already = { $order }: schon im ERP ({ $id }); nicht wiederholt, damit er nicht doppelt angelegt wird
cli-retry-already-resolved = { $order }: schon im ERP ({ $id }); nicht wiederholt, damit er nicht doppelt angelegt wird; im Integrations-Tool als erledigt markiert
cli-retry-not-retried = { $order }: nicht wiederholt, nichts geändert: { $reason }
cli-retry-unknown-order = { $order }: Die App hat diesen Auftrag nicht aus dem Shop gelesen und kann das ERP daher nicht nach ihm fragen; nicht wiederholt
cli-retry-in-erp = { $order }: wiederholt (Lauf { $run }); jetzt im ERP
cli-retry-ended-not-in-erp = { $order }: wiederholt (Lauf { $run }); der Lauf endete ohne Fehler, aber der Auftrag ist noch nicht im ERP
cli-retry-failed-again = { $order }: wiederholt (Lauf { $run }); erneut fehlgeschlagen: { $error }
cli-retry-still-running = läuft noch
cli-tool-unreadable = { $system } konnte nicht gelesen werden: { $why }
cli-tool-no-failures = Kein fehlgeschlagener Lauf in { $system }.
cli-tool-failures = { $count ->
    [one] Fehlgeschlagen in { $system } ({ $count } Lauf):
   *[other] Fehlgeschlagen in { $system } ({ $count } Läufe):
}
cli-no-order = (kein Auftrag)
# $auto ist cli-on oder cli-off; $channels sind die Benachrichtigungskanäle, verbunden mit ", ", oder cli-none.
cli-watching = Überwachung von { $store } → { $erp } alle { $minutes } Min. (automatisch senden: { $auto }; Benachrichtigungen: { $channels }). Beenden mit Strg+C.
cli-on = an
cli-off = aus
cli-none = keine
