# What the doctor says about each finding, in English, the source language: one sentence a
# store manager understands, what to do about it, and where to click. Every other language has
# the same ids with the same placeables (crates/i18n checks it in CI).
#
# Placeables: $count is a number of orders (it chooses the plural form); $store and $erp are
# product names (Shopify, NetSuite, …) and stay as they are; $key is the value the finding is
# about (a SKU, an e-mail, a period, a tax rate) and is shown as it came; $system is the user's
# integration tool (n8n, Celigo, Make). Straight quotes around a value are the app's own: a
# translation uses its language's quotation marks.

## Finding messages: what is wrong and how many orders it holds back

finding-store-unreachable = { $store } cannot be reached right now.
finding-erp-unreachable = { $erp } cannot be reached right now.
finding-store-maintenance = { $store } reports maintenance in progress: { $key }.
finding-store-maintenance-keyless = { $store } is down for maintenance.
finding-erp-maintenance = { $erp } reports maintenance in progress: { $key }.
finding-erp-maintenance-keyless = { $erp } is down for maintenance.
finding-store-incident = { $store } reports an ongoing problem: { $key }.
finding-store-incident-keyless = { $store } reports an ongoing problem.
finding-erp-incident = { $erp } reports an ongoing problem: { $key }.
finding-erp-incident-keyless = { $erp } reports an ongoing problem.
finding-store-auth-failed = { $store } does not accept the saved login any more.
finding-erp-auth-failed = { $count ->
    [one] { $count } order failed because { $erp } refused the login at the time.
   *[other] { $count } orders failed because { $erp } refused the login at the time.
}
finding-erp-auth-failed-login = { $erp } does not accept the saved login any more.
finding-credential-expiring = The { $erp } login stops working soon: { $key }.
finding-credential-expiring-keyless = The { $erp } login stops working soon.
finding-sku-not-found = { $count ->
    [one] { $count } order waits on one product code that { $erp } does not know: "{ $key }".
   *[other] { $count } orders wait on one product code that { $erp } does not know: "{ $key }".
}
finding-sku-not-found-keyless = { $count ->
    [one] { $count } order waits on a product { $erp } does not know.
   *[other] { $count } orders wait on a product { $erp } does not know.
}
finding-sku-not-found-no-code = { $count ->
    [one] { $count } order has a line "{ $line }" with no product code, so { $erp } cannot tell which item it is.
   *[other] { $count } orders have a line "{ $line }" with no product code, so { $erp } cannot tell which item it is.
}
finding-customer-not-found = { $count ->
    [one] { $count } order waits for a customer { $erp } cannot find: { $key }.
   *[other] { $count } orders wait for a customer { $erp } cannot find: { $key }.
}
finding-customer-not-found-keyless = { $count ->
    [one] { $count } order waits for a customer { $erp } cannot find.
   *[other] { $count } orders wait for a customer { $erp } cannot find.
}
finding-customer-not-found-guest = { $count ->
    [one] { $count } order from guest checkouts waits for a customer record in { $erp }.
   *[other] { $count } orders from guest checkouts wait for a customer record in { $erp }.
}
finding-period-closed = { $count ->
    [one] { $count } order is dated in { $key }, a period that is closed in { $erp }.
   *[other] { $count } orders are dated in { $key }, a period that is closed in { $erp }.
}
finding-period-closed-keyless = { $count ->
    [one] { $count } order is dated in a period that is closed in { $erp }.
   *[other] { $count } orders are dated in a period that is closed in { $erp }.
}
finding-erp-timeout = { $count ->
    [one] { $count } order failed because { $erp } took too long to answer.
   *[other] { $count } orders failed because { $erp } took too long to answer.
}
finding-rate-limited = { $count ->
    [one] { $count } order failed because { $erp } was too busy at the time.
   *[other] { $count } orders failed because { $erp } was too busy at the time.
}
finding-duplicate-order = { $count ->
    [one] { $count } order may already be in { $erp } under the same reference.
   *[other] { $count } orders may already be in { $erp } under the same reference.
}
finding-unclassified-error = { $count ->
    [one] { $count } order failed with an error we could not put a name to.
   *[other] { $count } orders failed with an error we could not put a name to.
}
finding-field-too-long = { $count ->
    [one] { $count } order has a value too long for the { $erp } field "{ $key }".
   *[other] { $count } orders have a value too long for the { $erp } field "{ $key }".
}
finding-field-too-long-keyless = { $count ->
    [one] { $count } order has a value too long for a { $erp } field.
   *[other] { $count } orders have a value too long for a { $erp } field.
}
finding-unsupported-characters = { $count ->
    [one] { $count } order has emoji or hidden characters in the { $key } that { $erp } refuses.
   *[other] { $count } orders have emoji or hidden characters in the { $key } that { $erp } refuses.
}
finding-unsupported-characters-keyless = { $count ->
    [one] { $count } order has emoji or hidden characters that { $erp } refuses.
   *[other] { $count } orders have emoji or hidden characters that { $erp } refuses.
}
finding-country-code-mismatch = { $count ->
    [one] { $count } order has the country written as "{ $key }" where { $erp } needs a two-letter code.
   *[other] { $count } orders have the country written as "{ $key }" where { $erp } needs a two-letter code.
}
finding-country-code-mismatch-keyless = { $count ->
    [one] { $count } order has a country { $erp } does not recognise.
   *[other] { $count } orders have a country { $erp } does not recognise.
}
finding-state-code-mismatch = { $count ->
    [one] { $count } order has the state written as "{ $key }" instead of its code.
   *[other] { $count } orders have the state written as "{ $key }" instead of its code.
}
finding-state-code-mismatch-keyless = { $count ->
    [one] { $count } order has a state written where { $erp } expects its code.
   *[other] { $count } orders have a state written where { $erp } expects its code.
}
finding-unit-not-found = { $count ->
    [one] { $count } order has a line sold by the { $key }, a unit { $erp } does not have.
   *[other] { $count } orders have a line sold by the { $key }, a unit { $erp } does not have.
}
finding-unit-not-found-keyless = { $count ->
    [one] { $count } order has a line sold in a unit { $erp } does not have.
   *[other] { $count } orders have a line sold in a unit { $erp } does not have.
}
finding-tax-code-unmapped = { $count ->
    [one] { $count } order carries a tax rate { $erp } has no tax code for: { $key }.
   *[other] { $count } orders carry a tax rate { $erp } has no tax code for: { $key }.
}
finding-tax-code-unmapped-keyless = { $count ->
    [one] { $count } order carries a tax { $erp } has no tax code for.
   *[other] { $count } orders carry a tax { $erp } has no tax code for.
}
finding-currency-inactive = { $count ->
    [one] { $count } order is in { $key }, a currency that is not active in { $erp }.
   *[other] { $count } orders are in { $key }, a currency that is not active in { $erp }.
}
finding-currency-inactive-keyless = { $count ->
    [one] { $count } order is in a currency that is not active in { $erp }.
   *[other] { $count } orders are in a currency that is not active in { $erp }.
}
finding-total-mismatch = { $count ->
    [one] { $count } order has totals that do not add up from its lines.
   *[other] { $count } orders have totals that do not add up from their lines.
}
finding-order-not-synced = { $count ->
    [one] { $count } order from { $store } is not in { $erp } yet.
   *[other] { $count } orders from { $store } are not in { $erp } yet.
}
finding-clock-skew = This computer's clock is { $key }, enough to break signed logins.
finding-clock-skew-keyless = This computer's clock is off by enough to break signed logins.
finding-status-unverified = { $count ->
    [one] { $count } order reached { $erp }, but its status does not read open or processing.
   *[other] { $count } orders reached { $erp }, but their status does not read open or processing.
}
finding-erp-permission-missing = { $count ->
    [one] { $count } order failed because the { $erp } integration role lacks a permission ({ $key }).
   *[other] { $count } orders failed because the { $erp } integration role lacks a permission ({ $key }).
}
finding-erp-permission-missing-keyless = { $count ->
    [one] { $count } order failed because the { $erp } integration role lacks a permission.
   *[other] { $count } orders failed because the { $erp } integration role lacks a permission.
}
finding-erp-permission-missing-login = The { $erp } login works, but its role lacks a permission this app needs: { $key }.
finding-erp-permission-missing-login-keyless = The { $erp } login works, but its role lacks a permission this app needs.
finding-negative-inventory = { $count ->
    [one] { $count } order waits because { $erp } has too little stock of "{ $key }" to book it.
   *[other] { $count } orders wait because { $erp } has too little stock of "{ $key }" to book them.
}
finding-negative-inventory-keyless = { $count ->
    [one] { $count } order waits because { $erp } has too little stock to book it.
   *[other] { $count } orders wait because { $erp } has too little stock to book them.
}
finding-order-not-ready = { $count ->
    [one] { $count } order is held back because { $store } marks it "{ $key }", which is not ready to book.
   *[other] { $count } orders are held back because { $store } marks them "{ $key }", which is not ready to book.
}
finding-order-not-ready-keyless = { $count ->
    [one] { $count } order is held back because { $store } does not count it as paid yet.
   *[other] { $count } orders are held back because { $store } does not count them as paid yet.
}
finding-api-version-retiring = A vendor interface this app uses is being retired: { $key }.
finding-api-version-retiring-keyless = A vendor interface this app uses is being retired.
# $system is the vendor that answered (the ERP when the log does not say).
finding-unknown-vendor-answer = { $count ->
    [one] { $count } order got an answer from { $erp } that this version of the app does not know.
   *[other] { $count } orders got an answer from { $erp } that this version of the app does not know.
}
finding-unknown-vendor-answer-login = { $system } answered in a way this version of the app does not know.
# $system is the system whose sign-in ended (the ERP unless the finding names another).
finding-sign-in-again = The { $system } sign-in has ended, so the app cannot reach it until you sign in again.
finding-order-left-erp = { $count ->
    [one] { $count } order was in { $erp } before but is not there now, so it waits to be sent again.
   *[other] { $count } orders were in { $erp } before but are not there now, so they wait to be sent again.
}
finding-erp-duplicates = { $count ->
    [one] { $count } order from { $store } is in { $erp } more than once.
   *[other] { $count } orders from { $store } are in { $erp } more than once.
}
finding-erp-duplicates-look-alike = { $count ->
    [one] { $count } order from { $store } may be in { $erp } twice: a copy without the store's reference has the same customer, date, total and lines.
   *[other] { $count } orders from { $store } may be in { $erp } twice: a copy without the store's reference has the same customer, date, total and lines.
}
# $key is the folder's path.
finding-data-folder-not-private = Other accounts on this computer can read the folder that holds your customers' data ({ $key }).
finding-data-folder-not-private-keyless = Other accounts on this computer can read the folder that holds your customers' data.
finding-middleware-unreachable = The app cannot reach { $system } to read its failed runs.
finding-middleware-unreachable-keyless = The app cannot reach your integration tool to read its failed runs.
finding-middleware-auth-failed = { $system } does not accept the saved API key any more.
finding-middleware-auth-failed-keyless = Your integration tool does not accept the saved API key any more.
finding-middleware-retryable = { $count ->
    [one] { $count } order that failed in { $system } can be run again there.
   *[other] { $count } orders that failed in { $system } can be run again there.
}
finding-middleware-retryable-keyless = { $count ->
    [one] { $count } order that failed in your integration tool can be run again there.
   *[other] { $count } orders that failed in your integration tool can be run again there.
}

## How to fix it, in one line ($suggestion is the value the app proposes)

fix-store-unreachable = Check your internet connection; if it works, { $store } has an outage: wait and check again.
fix-erp-unreachable = Check your internet connection; if it works, { $erp } has an outage: resend once it is back.
fix-maintenance = Wait for the maintenance to end, then check again; nothing is lost meanwhile.
fix-store-incident = Orders may arrive late until { $store } fixes it; check again later, nothing is lost meanwhile.
fix-erp-incident = Orders may fail until { $erp } fixes it; resend the failed ones once its status page is green.
fix-store-auth-failed = Create a new access token in { $store } and save it in Connections (or with "sync-doctor login store").
fix-erp-auth-failed = If the connection test above is green, resend these orders; otherwise renew the { $erp } login.
fix-credential-expiring = Renew it in { $erp } before that date and save the new one, so orders keep flowing.
fix-sku-not-found = Create the item "{ $key }" in { $erp }, or map it to an existing item, then resend.
fix-sku-not-found-suggested = It looks like a typo of "{ $suggestion }": map "{ $key }" to "{ $suggestion }", or create the item in { $erp }.
fix-sku-not-found-keyless = Find the product in the order, create it in { $erp } or map its SKU to an existing item, then resend.
fix-sku-not-found-no-code = Choose the { $erp } item these "{ $line }" lines are booked to (create one, for example "{ $line }"), or give the product a code in { $store }, then resend.
fix-sku-not-found-no-code-suggested = Book the "{ $line }" lines to the { $erp } item "{ $suggestion }", which has the same name, then resend.
fix-customer-not-found = Create the customer in { $erp } or map this e-mail to an existing one, then resend.
fix-customer-not-found-guest = Create one { $erp } customer for guest checkouts (for example "Web Store Guest") and choose it here, then resend.
fix-customer-not-found-guest-suggested = Book guest checkouts to the { $erp } customer "{ $suggestion }", or create one for them in { $erp }, then resend.
fix-period-closed = Ask your accountant to reopen { $key }, or post these orders into the current open period.
fix-period-closed-keyless = Ask your accountant to reopen the period, or post these orders into the current open period.
fix-erp-timeout = Resend them; the doctor checks each one first, so none is created twice.
fix-rate-limited = Resend them; the doctor paces its requests so this does not happen again.
fix-duplicate-order = Open { $erp } and check whether the order is already there before doing anything else.
fix-unclassified-error = Read the technical details below; if they do not help, send them to your ERP partner.
fix-field-too-long = Shorten the value in { $store } (or in the order), then resend.
fix-unsupported-characters = Remove the emoji or hidden characters from the address, then resend.
fix-country-code-mismatch = Map "{ $key }" to its two-letter code (for example "US"), then resend.
fix-country-code-mismatch-suggested = Send "{ $key }" as its code "{ $suggestion }", then resend.
fix-country-code-mismatch-keyless = Check the order's country and map it to the code { $erp } uses, then resend.
fix-state-code-mismatch = Map "{ $key }" to its state code (for example "CA") so { $erp } files it correctly.
fix-state-code-mismatch-suggested = Send "{ $key }" as its code "{ $suggestion }" so { $erp } files it correctly.
fix-state-code-mismatch-keyless = Check the order's state and map it to its code so { $erp } files it correctly.
fix-unit-not-found = Add the unit "{ $key }" in { $erp } and make it the item's sales unit, then check again; until then the quantity would be booked as pieces.
fix-unit-not-found-keyless = Add the unit the order names in { $erp } and make it the item's sales unit, then check again.
fix-tax-code-unmapped = Create a tax code with this rate in { $erp } (or map the rate to an existing code), then resend.
fix-tax-code-unmapped-suggested = Use the { $erp } tax code "{ $suggestion }", whose rate differs only by rounding, then resend.
fix-currency-inactive = Activate { $key } in { $erp }, then resend.
fix-currency-inactive-keyless = Activate the order's currency in { $erp }, then resend.
fix-total-mismatch = Compare the order in { $store } with what { $erp } will compute; a missing discount line is the usual cause.
fix-order-not-synced = Fix what the steps above point out, then resend the orders that are ready.
fix-status-unverified = Let the doctor look them up again (it confirms a quotation a lost answer left behind); if one stays, open it in { $erp } and see why it is on hold, closed or cancelled.
fix-clock-skew = Turn on "Set time automatically" in this computer's date and time settings, then check again.
fix-erp-permission-missing = Ask whoever manages { $erp } to add the missing permission to the integration's role (the technical details name it), then check again.
fix-negative-inventory = Receive or adjust the stock in { $erp } (or allow negative stock for the item), then resend.
fix-order-not-ready = Nothing to do until the order is paid in { $store }; it is sent by itself then. Which statuses count as ready is a setting of the store connection.
fix-api-version-retiring-erp = Ask whoever looks after { $erp } to plan its upgrade to a supported version; this app keeps working with it meanwhile.
fix-api-version-retiring = Update Order Sync Doctor before that date; nothing else needs to change on your side.
fix-unknown-vendor-answer = Nothing was guessed: the raw answer is in the technical details. Update Order Sync Doctor, or send those details to support.
fix-sign-in-again = Open Connections and sign in to { $erp } again with your browser; nothing waiting is lost.
fix-order-left-erp = If nobody in { $erp } removed them on purpose, resend them: each is looked up first, so none is created twice.
fix-erp-duplicates = Keep the copy that is further along (shipped or invoiced) and cancel the other in { $erp }; this app never deletes or cancels documents there.
fix-erp-duplicates-look-alike = Open both documents in { $erp }; if they are the same sale, keep the one with the store's reference and cancel the other there. This app never deletes or cancels documents in { $erp }.
fix-data-folder-not-private = Make the folder readable by your account only (the technical details name it and its permissions), or ask whoever looks after this computer.
fix-middleware-unreachable = Check its address in Connections and that it is running; orders keep waiting, none is lost.
fix-middleware-auth-failed = Create a new API key in its settings (n8n: "Settings → n8n API") and save it in Connections.
fix-middleware-retryable = Once nothing in the steps above holds them, retry them in { $system }: each order is looked up in { $erp } first, so none is created twice.
fix-middleware-retryable-keyless = Once nothing in the steps above holds them, retry them in your integration tool: each order is looked up in { $erp } first, so none is created twice.

## Failures in the user's integration tool, fixed in the ERP or the tool's flow, retried there

middleware-fix-transient = Nothing to correct: retry them in { $system }; each order is looked up in { $erp } first, so none is created twice.
middleware-fix-sku = Create the item "{ $key }" in { $erp }, or correct the SKU in the { $system } flow; then retry them in { $system }: each order is looked up in { $erp } first, so none is created twice.
middleware-fix-customer = Create the customer { $key } in { $erp }, or correct how the { $system } flow finds it; then retry them in { $system }: each order is looked up in { $erp } first, so none is created twice.
middleware-fix-other = Correct it in { $erp } or in the { $system } flow ({ $erp }'s own words are in the technical details); then retry them in { $system }: each order is looked up in { $erp } first, so none is created twice.
middleware-runs = { $runs ->
    [one] { $runs } failed run in { $system }.
   *[other] { $runs } failed runs in { $system }.
}
middleware-runs-unnamed = { $unnamed ->
    [one] { $unnamed } of them names no order, so the app cannot look it up in the ERP and does not retry it: open { $system } to see it.
   *[other] { $unnamed } of them name no order, so the app cannot look them up in the ERP and does not retry them: open { $system } to see them.
}
middleware-retry-change = { $count ->
    [one] { $system } runs the failed run of this order again, with its own mappings and flow.
   *[other] { $system } runs the failed runs of these { $count } orders again, with their own mappings and flow.
}
middleware-retry-safety = { $system } writes each order to { $erp } through its own flow. Before each retry the order is looked up in { $erp }; one { $erp } already holds is not retried, so none is created twice. After the retry the app reads how the run ended and looks the order up in { $erp } again.

## Rules the user chose that changed how orders are sent

applied-period-closed = { $count ->
    [one] { $count } order dated in a closed period is posted into the next open one ({ $key }), as you chose.
   *[other] { $count } orders dated in a closed period are posted into the next open one ({ $key }), as you chose.
}
applied-field-too-long = { $count ->
    [one] { $count } order has the "{ $key }" value shortened to fit { $erp }, as you chose.
   *[other] { $count } orders have the "{ $key }" value shortened to fit { $erp }, as you chose.
}
applied-unsupported-characters = { $count ->
    [one] { $count } order has the { $key } sent without the characters { $erp } refuses, as you chose.
   *[other] { $count } orders have the { $key } sent without the characters { $erp } refuses, as you chose.
}
applied-other = { $count ->
    [one] { $count } order was handled by a rule you chose.
   *[other] { $count } orders were handled by a rule you chose.
}
applied-fix-period-closed = Nothing to do; the technical details show each order's old and new date. Undo the rule from the activity log to wait for the period to reopen instead.
applied-fix = Nothing to do; the technical details show each value as it is sent. Undo the rule from the activity log to fix the values in the store instead.

## Remedies: the button's label ($name is how people know the value, e.g. a customer's name)

remedy-resend-unverified = { $count ->
    [one] Look it up again and finish any step left undone in { $erp }
   *[other] Look them up again and finish any step left undone in { $erp }
}
remedy-resend-left-erp = { $count ->
    [one] Send it to { $erp } again (it is looked up first)
   *[other] Send them to { $erp } again (each is looked up first)
}
remedy-resend = { $count ->
    [one] Resend this order
   *[other] Resend these { $count } orders
}
remedy-resend-ready = { $count ->
    [one] Resend the { $count } order that is ready
   *[other] Resend the { $count } orders that are ready
}
remedy-map-sku = Use "{ $to }" for "{ $from }"
remedy-map-no-code = Book the "{ $line }" lines to the item "{ $to }"
remedy-map-guest = Book every guest checkout to the { $erp } customer "{ $name }"
remedy-map-tax = Use the { $erp } tax code "{ $name }" for "{ $from }"
remedy-map = Send "{ $from }" as "{ $to }"
remedy-retry-in-tool = { $count ->
    [one] Retry this order in { $system }
   *[other] Retry these { $count } orders in { $system }
}
remedy-retry-in-tool-keyless = { $count ->
    [one] Retry this order in the integration tool
   *[other] Retry these { $count } orders in the integration tool
}
remedy-create-item = Create the item "{ $key }" in { $erp }
remedy-create-item-no-code = Create the item "{ $key }" ("{ $line }") in { $erp } and book these lines to it
remedy-create-guest-customer = Create a "{ $name }" customer in { $erp } and book guest checkouts to it
remedy-create-customer = Create the customer { $key } in { $erp }
remedy-policy-closed-period = Post orders dated in a closed period on the first day of the next open period (shown on each order)
remedy-policy-fit-text = Send such values the way { $erp } accepts them: cleaned and shortened as the details show

## What a remedy changes, for its preview ($kind is one of the mapping-kind words below)

mapping-kind-sku = Product code
mapping-kind-country = Country
mapping-kind-state = State
mapping-kind-tax = Tax rate
mapping-kind-currency = Currency
mapping-kind-customer = Customer
policy-closed-period = Orders dated in a closed period
policy-fit-text = Values the ERP refuses
remedy-change-map = { $kind } "{ $from }" is sent as "{ $to }"
remedy-change-map-replaces = { $kind } "{ $from }" is sent as "{ $to }" instead of "{ $before }"
remedy-change-map-no-code = Lines "{ $line }" with no product code are booked to the item "{ $to }"
remedy-change-policy = The rule "{ $rule }" changes from "{ $before }" to "{ $after }"
remedy-change-guest-customer = Guest checkouts are booked to the new customer "{ $name }"
remedy-writes-item = Creates the item "{ $key }" ("{ $name }") in { $erp }; asking twice does not create two.
remedy-writes-customer = Creates the customer "{ $name }" ({ $email }) in { $erp }; asking twice does not create two.
remedy-writes-customer-no-email = Creates the customer "{ $name }" in { $erp }; asking twice does not create two.
remedy-writes-nothing = Nothing is written to { $erp } now; the change applies when orders are sent.
resend-change = { $count ->
    [one] { $count } order sent to { $erp } again
   *[other] { $count } orders sent to { $erp } again
}
resend-safety = Each order is first looked up in { $erp } by its reference and only created if it is not there, so none is created twice.
resend-note-business-central-bill-to = Business Central fills in each order's bill-to address itself, from the customer card; the order's billing address is sent as its sell-to address.

## The five steps

step-1 = Status and connection
step-2 = Error log
step-3 = Data formatting and mapping
step-4 = Tax and currency
step-5 = Orders waiting to be resent

## Store against ERP: a row's standing and what it means

standing-in-both = In both
standing-in-both-meaning = The order is in { $erp } once, with the same total.
standing-totals-differ = Totals differ
standing-totals-differ-meaning = The order is in { $erp }, but its total there differs from the store's by more than a cent.
standing-duplicated = Duplicated
standing-duplicated-meaning = { $erp } holds the order more than once under its reference: keep one, cancel the others in { $erp }.
standing-store-only = Store only
standing-store-only-meaning = Sold in the store and not in { $erp }: it waits to be sent.
standing-erp-only = ERP only
standing-erp-only-meaning = A { $erp } document carries a store reference this app has not seen: check it in the store and in { $erp }.

## Where to click: the screen where the fix is made. Menu and screen names are the vendor's
## own; a translation uses the vendor's published labels in that language where it has them,
## and otherwise keeps the English name in quotes.

where-netsuite-sku-not-found = NetSuite: Lists → Accounting → Items → New
where-netsuite-unit-not-found = NetSuite: Lists → Accounting → Units of Measure (the Multiple Units of Measure feature must be on)
where-netsuite-customer-not-found = NetSuite: Lists → Relationships → Customers → New
where-netsuite-period-closed = NetSuite: Setup → Accounting → Manage Accounting Periods (reopening needs the Override Period Restrictions permission)
where-netsuite-tax-code-unmapped = NetSuite: Setup → Accounting → Tax Codes → New
where-netsuite-currency-inactive = NetSuite: Lists → Accounting → Currencies
where-netsuite-login = NetSuite: Setup → Integration → Manage Authentication → OAuth 2.0 Client Credentials (M2M) Setup
where-netsuite-erp-permission-missing = NetSuite: Setup → Users/Roles → Manage Roles → the integration's role → Permissions (add the permission the details name)
where-netsuite-duplicate-order = NetSuite: Transactions → Sales → Enter Sales Orders → List, search by PO/Check Number
where-netsuite-erp-duplicates = NetSuite: Transactions → Sales → Enter Sales Orders → List (search by PO/Check Number), open the copy → Actions → Close or Cancel Order
where-netsuite-codes = NetSuite: Setup → Company → States/Provinces/Counties (the codes it accepts)
where-business-central-sku-not-found = Business Central: search for Items → New (the No. must match the SKU)
where-business-central-unit-not-found = Business Central: search for Units of Measure → New, then the item's Item Units of Measure
where-business-central-customer-not-found = Business Central: search for Customers → New, with the buyer's e-mail
where-business-central-period-closed = Business Central: search for User Setup (or General Ledger Setup) → Allow Posting From / Allow Posting To
where-business-central-currency-inactive = Business Central: search for Currencies → New, with its exchange rates
where-business-central-country-code-mismatch = Business Central: search for Countries/Regions to see the codes it accepts
where-business-central-login = Azure portal: App registrations → your app → Certificates & secrets (then Business Central: Microsoft Entra Applications)
where-business-central-rate-limited = Business Central admin center: the environment's operational limits (6,000 requests per 5 minutes per user)
where-business-central-erp-duplicates = Business Central: search for Sales Orders, filter External Document No.; open the copy and Delete it (a posted copy: create a credit memo)
where-sap-b1-sku-not-found = SAP Business One: Inventory → Item Master Data (add the item with this Item No.)
where-sap-b1-unit-not-found = SAP Business One: Administration → Setup → Inventory → Units of Measure, then the item's UoM group
where-sap-b1-customer-not-found = SAP Business One: Business Partners → Business Partner Master Data
where-sap-b1-period-closed = SAP Business One: Administration → System Initialization → Posting Periods (set the period to Unlocked)
where-sap-b1-tax-code-unmapped = SAP Business One: Administration → Setup → Financials → Tax → Sales Tax Codes (Tax Groups in VAT countries)
where-sap-b1-negative-inventory = SAP Business One: Inventory → Inventory Transactions → Goods Receipt to receive the stock, or the "Block negative inventory" setting in Administration → System Initialization → Document Settings → General
where-sap-b1-currency-inactive = SAP Business One: Administration → Setup → Financials → Currencies
where-sap-b1-codes = SAP Business One: Administration → Setup → General → Countries/States (codes of up to 3 characters)
where-sap-b1-erp-auth-failed = SAP Business One: Administration → Setup → General → Users (the integration user's password and license)
where-sap-b1-erp-duplicates = SAP Business One: Sales – A/R → Sales Order, find by Customer Ref. No.; open the copy → right-click → Cancel
where-odoo-sku-not-found = Odoo: Inventory (or Sales) → Products → Products → New, with this Internal Reference
where-odoo-customer-not-found = Odoo: Contacts → New, with the buyer's e-mail
where-odoo-period-closed = Odoo: Accounting → Configuration → Settings → Lock Dates
where-odoo-tax-code-unmapped = Odoo: Accounting → Configuration → Taxes → New
where-odoo-currency-inactive = Odoo: Accounting → Configuration → Currencies (activate it)
where-odoo-erp-auth-failed = Odoo: your user's Preferences → Account Security → New API Key
where-odoo-erp-duplicates = Odoo: Sales → Orders, search the Customer Reference; open the copy → Cancel
where-odoo-api-version-retiring = Odoo: Settings → About shows the version; upgrade the database through Odoo's upgrade service (upgrade.odoo.com) or your Odoo partner
where-tryton-sku-not-found = Tryton: Product → Products → New (the variant's Code must match the SKU, and Salable ticked)
where-tryton-customer-not-found = Tryton: Party → Parties → New, with the buyer's e-mail and an address
where-tryton-period-closed = Tryton: Financial → Configuration → Fiscal Years → Fiscal Years, open the period (Re-Open)
where-tryton-tax-code-unmapped = Tryton: Financial → Configuration → Taxes → Taxes → New
where-tryton-currency-inactive = Tryton: Currency → Currencies (tick Active)
where-tryton-erp-auth-failed = Tryton: Administration → Users → Users (the integration user's password)
where-tryton-erp-duplicates = Tryton: Sales → Sales, search the Reference; open the copy: a draft or quotation is cancelled with Cancel, a processed one by cancelling its shipment and crediting its invoice
where-woocommerce-order-not-ready = WordPress admin: WooCommerce → Orders → the order → Status "Processing" once its payment is in
where-shopify-order-not-ready = Shopify admin: Orders → the order → Collect payment → Mark as paid
where-order-file-order-not-ready = Shopify admin: Orders → the order → Collect payment → Mark as paid, then export the orders again
where-shopify-api-version-retiring = Order Sync Doctor: install its newest version, which speaks a newer Shopify API version (a profile's api_version under [store] overrides the version the app pins)

## Step summaries, and lines of the technical details

summary-no-answer = Neither system answered.
# $statuses: the store statuses that count as ready, already joined ("paid or partially_refunded").
summary-ready-statuses = Orders go to { $erp } once { $store } marks them { $statuses }.
summary-not-checked = Not checked: { $erp } could not be reached, so there is nothing to compare with.
summary-step-2 = { $read } orders read from { $store }; { $count } not in { $erp }.
summary-step-3 = Field lengths, characters and country/state codes checked on { $count } orders.
summary-step-4 = Tax codes, currencies and totals checked on { $count } orders.
summary-step-5 = { $count } orders not in { $erp }; { $ready } ready to resend.
finding-unreadable = { $count ->
    [one] { $store } sent { $count } order that could not be read.
   *[other] { $store } sent { $count } orders that could not be read.
}
fix-unreadable = Open these orders in { $store } and check them by hand; they are listed in the details.
detail-where = Where to fix it: { $place }
detail-more = … and { $count } more
detail-ready-statuses = Ready to book: { $statuses }.
detail-ready-to-resend = { $ready } ready to resend now; { $waiting } wait for a fix shown in the steps above.
# A list of choices, its last one joined by "or": "paid, authorized or partially_refunded".
list-or = { $rest } or { $last }
# "Test connection" when the system answered.
connection-ok = Connected to { $system }.

## Values worded into a finding's sentence

key-expires-in = { $days ->
    [one] in { $days } day (on { $date })
   *[other] in { $days } days (on { $date })
}
key-clock-behind = { $minutes ->
    [one] { $minutes } minute behind { $system }
   *[other] { $minutes } minutes behind { $system }
}
key-clock-ahead = { $minutes ->
    [one] { $minutes } minute ahead of { $system }
   *[other] { $minutes } minutes ahead of { $system }
}

## Signing in with the browser ($system: the ERP; the Microsoft or NetSuite button a person
## presses keeps its English label in quotes unless the vendor's own translation is known)

sign-in-denied = The sign-in was cancelled in the browser, so { $system } is not connected.
sign-in-denied-fix-entra = Press "Sign in with the browser" again and choose "Accept" on the permissions page.
sign-in-denied-fix-netsuite = Press "Sign in with the browser" again and choose "Allow" on the permissions page.
sign-in-denied-fix-square = Press "Sign in with the browser" again and choose "Allow" on Square's permissions page.
sign-in-wrong-account-entra = Microsoft did not find this app, or this organisation, for the account that signed in.
sign-in-wrong-account-entra-fix = Check the tenant (your work e-mail's domain, such as contoso.com) and sign in with your work account, not a personal one. If it still fails, ask your Microsoft 365 admin to add the app.
sign-in-wrong-account-netsuite = NetSuite does not know this app in that account.
sign-in-wrong-account-netsuite-fix = Check the account id, and ask your NetSuite administrator for the client id of the app's integration record ("Authorization Code Grant" and "Public Client" ticked).
sign-in-wrong-account-square = Square does not know this app, or it has been switched off.
sign-in-wrong-account-square-fix = Check the application ID (Square Developer Console → the application → OAuth) and that its redirect URL is exactly the one entered here.
sign-in-missing-permission-entra = Your organisation has not yet allowed this app to use Business Central.
sign-in-missing-permission-entra-fix = Ask your Microsoft 365 admin to grant the app Business Central's Financials.ReadWrite.All permission ("Entra admin center → Enterprise applications → the app → Permissions → Grant admin consent"), then sign in again.
sign-in-missing-permission-netsuite = The NetSuite integration record does not allow what the app asks for.
sign-in-missing-permission-netsuite-fix = Ask your NetSuite administrator to tick "REST Web Services" under "Scope" in the integration record ("Setup → Integration → Manage Integrations"), then sign in again.
sign-in-missing-permission-square = Square did not give the app everything it reads: locations, orders, items and customers.
sign-in-missing-permission-square-fix = Sign in again and allow every permission Square lists; the app only reads, it never changes your Square account.
sign-in-ended = The sign-in ran out before it finished.
sign-in-ended-fix = Sign in again and finish in the browser within a few minutes.
sign-in-state-mismatch = The browser answered for another sign-in, so the app ignored it to keep your account safe.
sign-in-state-mismatch-fix = Close any older sign-in tabs and press "Sign in with the browser" again.
sign-in-port-in-use = The app could not get ready on this computer to receive the browser's answer.
sign-in-port-in-use-fix = Close other sign-in windows and try again; if security software blocks local connections, allow Order Sync Doctor.
sign-in-browser-not-opened = No browser window opened for the sign-in.
sign-in-browser-not-opened-fix = Copy the sign-in link shown here into your browser, or choose a default browser in your computer's settings, then try again.
sign-in-timed-out = The sign-in was not finished in the browser in time.
sign-in-timed-out-fix = Press "Sign in with the browser" again and complete it in the window that opens.
# $authority: Microsoft or NetSuite.
sign-in-unreachable = { $authority } could not be reached to sign in.
sign-in-unreachable-fix = Check this computer's internet connection and try again.
sign-in-refused = { $authority } refused the sign-in.
sign-in-refused-fix = Try again; if it keeps failing, send the technical details to whoever manages your ERP.
sign-in-nothing-waiting = No sign-in is waiting for the browser.
sign-in-nothing-waiting-fix = Press "Sign in with the browser" to start one.
sign-in-cancelled = The sign-in was cancelled; nothing was changed.
sign-in-cancelled-fix = Press "Sign in with the browser" when you are ready.

## An order's fields, as a finding names them (the value that holds the refused characters)

field-customer-name = customer name
field-e-mail = e-mail
field-addressee = addressee
field-address-line-1 = address line 1
field-address-line-2 = address line 2
field-city = city
field-state = state
field-postcode = postcode
field-phone = phone
field-order-note = order note
field-country = country
field-line-description = line description
field-item-number = item number
