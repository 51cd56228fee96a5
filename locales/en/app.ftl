# The app's words in English, the source language. Every other language has the same message
# ids with the same placeables (crates/i18n checks it in CI).

## Tray

tray-status-unknown = Order Sync Doctor: not checked yet
tray-status-ok = Order Sync Doctor: all orders reach the ERP
tray-status-attention = Order Sync Doctor: something needs attention
tray-status-blocked = Order Sync Doctor: orders are not reaching the ERP
tray-open = Open
tray-check-now = Check now
tray-pause = Pause monitoring
tray-quit = Quit

## Orders counted, as the alerts and the tray say it

orders-waiting = { $count ->
    [one] { $count } order is waiting to reach { $erp }.
   *[other] { $count } orders are waiting to reach { $erp }.
}

## The exported report ($when is a date and time already written the language's way)

report-title = Order sync report: { $store } → { $erp }
report-checked = Checked { $when }.
report-status-ok = OK
report-status-warning = Needs attention
report-status-failed = Blocked
report-how-to-fix = How to fix: { $fix }
report-orders = Orders: { $orders }
report-technical-details = Technical details
reconciliation-title = Store and ERP side by side: { $store } and { $erp }
reconciliation-period = Orders dated { $from } to { $to }, compared { $when }.
reconciliation-in-erp = in the ERP: { $documents }
reconciliation-look-alikes = Possibly booked twice
reconciliation-look-alikes-intro = Documents alike in customer, date, total and lines, where one lacks the store's reference: a weaker sign than a shared reference. Open both in { $erp } before cancelling one.

## Alerts: desktop notifications, Slack and e-mail

alert-failures-title = { $count ->
    [one] { $count } order failed to sync to { $erp }
   *[other] { $count } orders failed to sync to { $erp }
}
# $causes: the alert-cause lines joined with ", ".
alert-failures-body = { $causes }. Open Order Sync Doctor to see why and fix them.
alert-cause = { $count } × { $label }
alert-outage-title = { $erp } cannot be reached
# $why: the technical reason, as the connection gave it.
alert-outage-body = { $why }. New orders wait safely and are sent once it is back; you will get one more message then.
alert-back-title = { $erp } is back
alert-back-body = { $minutes ->
    [one] It was unreachable for about { $minutes } minute; waiting orders are being sent.
   *[other] It was unreachable for about { $minutes } minutes; waiting orders are being sent.
}
alert-silence-title = { $hours ->
    [one] No new orders from { $store } for { $hours } hour
   *[other] No new orders from { $store } for { $hours } hours
}
alert-silence-body = That is unusual during business hours: check that the shop takes orders and that its connection works.
alert-test-title = Test alert from Order Sync Doctor
alert-test-body = If you can read this, alerts by { $channel } reach you.
alert-open = Open Order Sync Doctor
alert-sent-by = Sent by Order Sync Doctor

## A few words for a problem, as an alert's line names it

alert-label-sku-not-found = SKU not found
alert-label-unit-not-found = unit of measure missing
alert-label-customer-not-found = customer not found
alert-label-period-closed = period closed
alert-label-erp-timeout = ERP timed out
alert-label-rate-limited = rate limited
alert-label-erp-unreachable = ERP unreachable
alert-label-erp-maintenance = ERP maintenance
alert-label-erp-auth-failed = login refused
alert-label-duplicate-order = possible duplicate
alert-label-field-too-long = value too long
alert-label-unsupported-characters = characters refused
alert-label-country-code-mismatch = country code
alert-label-state-code-mismatch = state code
alert-label-tax-code-unmapped = tax code missing
alert-label-currency-inactive = currency inactive
alert-label-total-mismatch = totals do not add up
alert-label-status-unverified = status not confirmed
alert-label-order-not-synced = not sent yet
alert-label-erp-permission-missing = permission missing
alert-label-negative-inventory = not enough stock
alert-label-unknown-vendor-answer = unknown answer
alert-label-order-left-erp = no longer in the ERP
alert-label-erp-duplicates = duplicate in the ERP
alert-label-other = other error

## The app's own updates (tray, and errors the window shows as they are)

tray-update = Update to { $version } available…
update-installing = An update is being installed and the app restarts in a moment. Try again after that.
update-none = There is no update to install. Check for updates first.
update-check-failed = The app could not find out whether an update exists. Check the internet connection and try again later. ({ $detail })
update-refused = The update to { $version } was refused: it is not exactly what the publisher of Order Sync Doctor signed (it was changed on the way or comes from someone else). Nothing was changed: you are still on version { $current }. ({ $detail })
update-install-failed = The update to { $version } could not be installed. You are still on version { $current }. ({ $detail })
