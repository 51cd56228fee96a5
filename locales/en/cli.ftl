# What the command-line tool (sync-doctor) prints for people, in English, the source language.
# Every other language has the same ids with the same placeables (crates/i18n checks it in CI).
# JSON output (--json) is for programs and stays as it is in every language.

## The check

cli-report-title = Order Sync Doctor — { $store } → { $erp }
cli-orders = Orders: { $orders }
# $shown: the first order numbers, joined with ", ".
cli-orders-more = { $shown } and { $more } more
cli-fix = Fix: { $fix }
cli-remedy = Remedy [{ $id }]: { $label }
cli-details-hint = Add --details to see the raw errors behind each finding.
cli-check-now = The check now:

## Orders

cli-orders-count = { $count ->
    [one] { $count } order
   *[other] { $count } orders
}
cli-store-status = store: { $status }
# $statuses: the store statuses that count as ready, already joined ("paid or partially_refunded").
cli-held-back = { $count ->
    [one] { $count } order held back until { $store } marks it { $statuses } (not failed, never sent before):
   *[other] { $count } orders held back until { $store } marks them { $statuses } (not failed, never sent before):
}
cli-reconciliation-title = Orders dated { $from } to { $to }, store and { $erp } side by side:
cli-look-alikes = Possibly booked twice (same customer, date, total and lines): { $orders } — { $documents }

## Resending

cli-status-unknown = status unknown
cli-created = ✓ { $order } created in { $erp } as { $id } ({ $status })
cli-already-there = = { $order } was already in { $erp } as { $id } ({ $status }); nothing sent
cli-failed = ✗ { $order } { $code }: { $message }
cli-retry-at = (tried again automatically after { $when })
cli-gave-up = (every retry failed; it waits for you)
cli-status-not-open = { $line } — but its status is not open or processing: check it in { $erp }
cli-results = { $created } created, { $already } already there, { $failed } not sent or refused.
cli-stopping = Stopping after the orders in flight; run the same command again to resume.
cli-pull-exporting = { $store } is preparing a copy of your orders: { $objects } records so far.
cli-pull-downloading = Downloading the copy of your orders: { $percent } %.
cli-pull-reading = Reading the copied orders: { $orders } of { $of }.

## Fixing

cli-change = Change: { $change }.
cli-unblocks = Orders it unblocks: { $count } ({ $orders })
cli-unblocks-none = Orders it unblocks: none
cli-still-blocked = Orders it helps that still wait on something else: { $count } ({ $orders })
cli-nothing-changed-yes = Nothing changed. Run again with --yes to apply it.
cli-nothing-changed = Nothing changed.
cli-apply-prompt = Apply it? [y/N]
# The answers that mean yes to the question above, separated by commas.
cli-yes-answers = y, yes
cli-done = Done (change { $change }; `sync-doctor undo { $change }` puts it back).
cli-undone = Change { $change } is undone (change { $undo }).

## Secrets, alerts and the monitor

cli-saved-secret = Saved in the system keychain as "{ $account }".
cli-alert-sent = { $channel }: sent.
cli-alert-not-sent = { $channel }: not sent — { $error }
cli-watch-erp-down = { $when } { $erp } is unreachable; orders wait.
cli-watch-round = { $when } { $sent } sent; { $alerts } alert(s).

## The integration tool

cli-log-read = { $errors } errors read; { $causes } root causes.
cli-row-unreadable = Row { $row } was not readable: { $why }
cli-retry-nothing = No failed run in the integration tool names these orders.
cli-retry-already = { $order }: already in the ERP ({ $id }); not retried, so it is not created twice
cli-retry-already-resolved = { $order }: already in the ERP ({ $id }); not retried, so it is not created twice; marked resolved in the integration tool
cli-retry-not-retried = { $order }: not retried, nothing changed: { $reason }
cli-retry-unknown-order = { $order }: not an order this app has read from the store, so the ERP cannot be asked about it; not retried
cli-retry-in-erp = { $order }: retried (run { $run }); now in the ERP
cli-retry-ended-not-in-erp = { $order }: retried (run { $run }); the run ended well but the ERP does not hold the order yet
cli-retry-failed-again = { $order }: retried (run { $run }); it failed again: { $error }
cli-retry-still-running = still running
cli-tool-unreadable = { $system } could not be read: { $why }
cli-tool-no-failures = No failed run in { $system }.
cli-tool-failures = { $count ->
    [one] Failed in { $system } ({ $count } run):
   *[other] Failed in { $system } ({ $count } runs):
}
cli-no-order = (no order)
# $auto is cli-on or cli-off; $channels the alert channels joined with ", ", or cli-none.
cli-watching = Watching { $store } → { $erp } every { $minutes } min (auto-send { $auto }; alerts: { $channels }). Ctrl-C stops.
cli-on = on
cli-off = off
cli-none = none
