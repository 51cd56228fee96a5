# The window's words in English, the source language: a faithful copy of ui/src/text.ts
# (`text` and `connectorText`), one message per leaf string or function, in the same order.
# Message id = the object path in kebab-case joined with "-" (text.crash.title → crash-title;
# connectorText.shopify.fields.url.help → connector-shopify-field-url-help).
# Every other language has the same message ids with the same variables (check.py checks it).
#
# Pass every count as a number, not a string: plural variants and number formatting need it.
#
# Messages whose selectors are not a plain plural, and how to call them:
#   plan-waiting:  pass $n and $erp; $n = 0 selects [0], the "Every order is in { $erp }." sentence.
#   plan-unblocks: pass $n; $n = 0 selects [0], "sent anyway; this makes them right".
#   plan-sends:    pass $n and $erp; $n = 0 selects [0], "No order can be sent to { $erp } yet."
#   plan-apply:    pass $n; $n = 0 selects [0], "Apply these fixes" (no count).
#   activity-describe: the TS function takes one ActivityItem; pass its fields flat:
#       $action  = item.action (string; map, policy, undo, create-item, create-customer,
#                  left-erp or send select their sentence, anything else falls to *[other]),
#       $subject = item.subject,
#       $outcome = item.outcome ?? "" (string; for send, created and already_in_erp select
#                  their sentence, anything else means the send failed),
#       $problem = the translated problem-* label of item.code, or the string "none" when
#                  item.code is null ("none" selects the sentence without the parenthesis).
#
# Messages that need the caller to compute a value:
#   plan-fixing:   pass $done = Math.min(done + 1, total) (the fix now being made, counted from 1)
#                  and $total; the TS function computed this itself.
#
# Selects on a plural category over another variable than $n: remedy-retried selects on $all.
#
# connector-csv-secret-label and connector-csv-secret-help are empty in text.ts; Fluent has no
# empty message, so they are written { "" } (they format to the empty string).

## text (top level)

app-title = Order Sync Doctor
demo-banner = You are exploring demo data — connect your store and ERP to check your own orders.
demo-banner-action = Connect my systems
loading = Checking your store and ERP…
loading-screen = Opening…

## text.crash

crash-title = Something went wrong in this window
crash-body = Your orders and settings are safe: they are kept by the app, not by this window. Reloading the window usually clears this.
crash-details = Technical details
crash-reload = Reload the window

## text (top level)

check-failed = The check could not run
try-again = Try again
close = Close
cancel = Cancel
save = Save
saved = Saved
not-saved = Not saved

## text.nav

nav-label = Main
nav-wizard = Check & fix
nav-orders = Orders
nav-reconcile = Store vs ERP
nav-activity = Activity
nav-connections = Connections
nav-settings = Settings

## text.header

header-check-again = Check again
header-export-report = Export report
header-exported = Report saved to { $path }
header-export-cancelled = The report was not saved.

## text.stepStatus

step-status-ok = OK
step-status-warning = Needs attention
step-status-failed = Blocked

## text.wizard

pull-exporting = Your store is preparing a copy of your orders: { $objects } records so far.
pull-downloading = Downloading the copy of your orders: { $percent }%.
pull-reading = Reading the copied orders: { $orders } of { $of }.
wizard-stepper-label = The five steps
wizard-previous = Previous step
wizard-next = Next step
wizard-earlier-check = This is the last check, from { $time }. Checking again now…
wizard-all-good = Nothing to do here.
wizard-orders = { $n ->
    [one] { $n } order
   *[other] { $n } orders
}
wizard-waiting-on = { $n ->
    [one] { $n } order affected
   *[other] { $n } orders affected
}
wizard-how-to-fix = How to fix
wizard-technical-details = Technical details
wizard-fix-it = Fix it
wizard-severity-error = Problem
wizard-severity-warning = Warning
wizard-severity-info = Note
wizard-shown-orders = Orders: showing { $shown } of { $all }

## text.remedy

remedy-title = Fix it
remedy-loading = Working out what this changes…
remedy-change = What changes
remedy-erp-change = Written to the ERP
remedy-clears = { $n ->
    [one] Unblocks { $n } order
   *[other] Unblocks { $n } orders
}
remedy-retries = { $n ->
    [one] Retries { $n } order
   *[other] Retries { $n } orders
}
remedy-still-blocked = { $n ->
    [one] Helps { $n } more order that still wait on something else
   *[other] Helps { $n } more orders that still wait on something else
}
remedy-notes = How orders will be sent
remedy-confirm = Apply
remedy-applying = Applying…
remedy-done = Done.
remedy-undo = Undo
remedy-undone = Undone: back as it was.
remedy-resent = { $ok } of { $all } orders are now in the ERP.
remedy-retried = { $all ->
    [one] { $inErp } of { $all } order now in the ERP.
   *[other] { $inErp } of { $all } orders now in the ERP.
}
remedy-nothing-to-retry = The integration tool holds no failed run for these orders any more.

## text.retry

retry-outcome-already-in-erp = Already in the ERP
retry-outcome-marked-resolved = Not retried, so it is not created twice; marked resolved in the integration tool.
retry-outcome-left-as-is = Not retried, so it is not created twice. The tool has no way to mark it resolved: you can delete the run there.
retry-outcome-unknown = Not retried
retry-outcome-unknown-detail = This app has not read this order from the store, so it cannot check the ERP first.
retry-outcome-not-retried = Not retried
retry-outcome-in-erp = Retried, now in the ERP
retry-outcome-ended-not-in-erp = Retried, not in the ERP yet
retry-outcome-failed-again = Failed again
retry-outcome-running = Still running

## text.plan

plan-writes-region = Orders the plan sends
plan-results-region = How each order ended
plan-title = Fix plan
plan-loading = Summing up the check…
plan-waiting = { $n ->
    [0] Every order is in { $erp }.
    [one] { $n } order is waiting to reach { $erp }.
   *[other] { $n } orders are waiting to reach { $erp }.
}
plan-app-fixes = What the app can fix for you
plan-unblocks = { $n ->
    [0] sent anyway; this makes them right
    [one] gets { $n } order through
   *[other] gets { $n } orders through
}
plan-for-a-person = What needs someone with { $erp } rights
plan-holds-back = { $n ->
    [one] holds back { $n } order
   *[other] holds back { $n } orders
}
plan-advice = worth doing; holds nothing back
plan-where = Where
plan-sends = { $n ->
    [0] No order can be sent to { $erp } yet.
    [one] After these fixes, { $n } order goes to { $erp }, each exactly once.
   *[other] After these fixes, { $n } orders go to { $erp }, each exactly once.
}
plan-apply = { $n ->
    [0] Apply these fixes
    [one] Apply these fixes and resend { $n } order
   *[other] Apply these fixes and resend { $n } orders
}
plan-nothing = Nothing for the app to do: what is left needs a person.
plan-technical = Technical details
plan-preview-title = Apply these fixes and resend
plan-preview-loading = Working out every change and every write…
plan-changes = What changes here
plan-erp-writes = What is written to { $erp }
plan-sent-differently = { $n ->
    [one] How { $n } value is sent differently
   *[other] How { $n } values are sent differently
}
plan-order-writes = { $n ->
    [one] { $n } order sent to { $erp }
   *[other] { $n } orders sent to { $erp }
}
plan-column-order = Order
plan-column-customer = Customer
plan-column-total = Total
plan-not-sent = { $n ->
    [one] { $n } order of the plan would still wait, and are not sent:
   *[other] { $n } orders of the plan would still wait, and are not sent:
}
plan-confirm = Apply and resend
plan-fixing = Fix { $done } of { $total }…
plan-sending = Sent { $done } of { $total }…
plan-finished = { $verified } of { $total } orders are in { $erp } and confirmed open.
plan-fixes-done = { $n ->
    [one] { $n } fix made.
   *[other] { $n } fixes made.
}
plan-fix-failed = Not made
plan-undo = { $n ->
    [one] Undo the { $n } mapping or rule (orders already sent stay in the ERP)
   *[other] Undo the { $n } mappings and rules (orders already sent stay in the ERP)
}
plan-undone = { $n ->
    [one] { $n } mapping or rule put back as they were.
   *[other] { $n } mappings and rules put back as they were.
}
plan-still-waiting = { $n ->
    [one] { $n } order still wait: a fix they needed was not made.
   *[other] { $n } orders still wait: a fix they needed was not made.
}

## text.resend

resend-title = Orders waiting to be sent
resend-none = No order is waiting: every order is in the ERP.
resend-filter = Show orders with
resend-filter-all = Any problem
resend-search = Search these orders
resend-select-all = Select all
resend-select-none = Select none
resend-selected = { $n } of { $all } selected
resend-resend = { $n ->
    [one] Resend { $n } order
   *[other] Resend { $n } orders
}
resend-sending = Sent { $done } of { $total }…
resend-finished = { $verified } of { $total } orders are in the ERP and confirmed open.
resend-column-select = Select
resend-column-order = Order
resend-column-customer = Customer
resend-column-total = Total
resend-column-problem = Problem
resend-column-result = Result
resend-select-order = Select order { $name }
resend-ready = Ready to send
resend-outcome-verified = In the ERP, confirmed open
resend-outcome-sent = In the ERP, status not confirmed
resend-outcome-failed = Not sent
resend-outcome-retry = Will be tried again

## text.orders

orders-title = All orders
orders-search = Search orders (number, customer, e-mail, SKU)
orders-only-waiting = Only orders not in the ERP
orders-count = { $n ->
    [one] { $n } order
   *[other] { $n } orders
}
orders-empty = No order matches.
orders-loading-row = Loading…
orders-column-order = Order
orders-column-date = Date
orders-column-customer = Customer
orders-column-total = Total
orders-column-status = Status
orders-column-problem = Problem

## text.state

state-new = New
state-checked = Not sent yet
state-sending = Being sent
state-sent = In the ERP (unconfirmed)
state-verified = In the ERP
state-failed = Failed
state-retry-scheduled = Retry scheduled
state-dead = Gave up
state-not-ready = Held back in the store

## text.problem

problem-store-unreachable = Store unreachable
problem-erp-unreachable = ERP unreachable
problem-store-maintenance = Store maintenance
problem-erp-maintenance = ERP maintenance
problem-store-auth-failed = Store login refused
problem-erp-auth-failed = ERP login refused
problem-credential-expiring = Login expiring
problem-sku-not-found = Item/SKU not found
problem-unit-not-found = Unit of measure missing
problem-customer-not-found = Customer not found
problem-period-closed = Period closed
problem-erp-timeout = Timeout
problem-rate-limited = Rate limited
problem-duplicate-order = Duplicate order
problem-unclassified-error = Other ERP error
problem-field-too-long = Field too long
problem-unsupported-characters = Characters refused
problem-country-code-mismatch = Country code
problem-state-code-mismatch = State code
problem-tax-code-unmapped = Tax code
problem-currency-inactive = Currency inactive
problem-total-mismatch = Totals don't balance
problem-order-not-synced = Never sent
problem-store-incident = Store incident
problem-erp-incident = ERP incident
problem-clock-skew = Clock difference
problem-status-unverified = Status unconfirmed
problem-erp-permission-missing = Permission missing
problem-negative-inventory = Not enough stock
problem-order-not-ready = Not paid yet
problem-api-version-retiring = Interface retiring
problem-unknown-vendor-answer = Unknown answer
problem-sign-in-again = Sign in again
problem-order-left-erp = No longer in the ERP
problem-erp-duplicates = Duplicate in the ERP
problem-data-folder-not-private = Data folder not private
problem-middleware-unreachable = Integration tool unreachable
problem-middleware-auth-failed = Integration tool login refused
problem-middleware-retryable = Can be retried in the integration tool

## text.reconcile

reconcile-title = Store and ERP side by side
reconcile-intro = Every order of the period, compared with what the ERP holds: the ERP's answer is what counts. Nothing is changed in the ERP from here.
reconcile-from = Orders from
reconcile-to = to
reconcile-compare = Compare
reconcile-comparing = Reading the store and the ERP…
reconcile-save-csv = Save as spreadsheet (CSV)
reconcile-save-printable = Save a printable report
reconcile-saved = Saved to { $path }
reconcile-not-saved = Nothing was saved.
reconcile-filter = Show
reconcile-all-but-matching = Everything that needs a look
reconcile-everything = Every order
reconcile-none = Nothing to show: every order of the period is in the ERP once, with the same total.
reconcile-column-standing = Standing
reconcile-column-order = Order
reconcile-column-reference = Reference
reconcile-column-date = Date
reconcile-column-total = Store total
reconcile-column-erp = In the ERP
reconcile-look-alikes = Possibly booked twice
reconcile-look-alikes-intro = These ERP documents have the same customer, date, total and lines, and one of them lacks the store's reference. That is a weaker sign than a shared reference: open both in the ERP before cancelling one.
reconcile-standing-in-both = In both
reconcile-standing-totals-differ = Totals differ
reconcile-standing-duplicated = Duplicated
reconcile-standing-store-only = Store only
reconcile-standing-erp-only = ERP only
reconcile-meaning-in-both = In the ERP once, with the same total.
reconcile-meaning-totals-differ = In the ERP, but its total there differs by more than a cent.
reconcile-meaning-duplicated = The ERP holds it more than once under its reference: keep one, cancel the others in the ERP.
reconcile-meaning-store-only = Sold in the store, not in the ERP: it waits to be sent.
reconcile-meaning-erp-only = An ERP document carries a store reference this app has not seen.
reconcile-count = { $n ->
    [one] { $n } order
   *[other] { $n } orders
}

## text.activity

activity-title = Activity
activity-empty = Nothing has happened yet: fixes and resends will be listed here.
activity-column-when = When
activity-column-who = Who
activity-column-what = What
activity-actor-user = You
activity-actor-monitor = Monitor
activity-actor-resend = Resend
activity-actor-check = Check
activity-describe = { $action ->
    [map] Mapped { $subject } to { $outcome }
    [policy] Turned rule { $subject } { $outcome }
    [undo] Undid a change to { $subject }
    [create-item] Created item { $subject } in the ERP
    [create-customer] Created customer { $subject } in the ERP
    [left-erp] Order { $subject } is no longer in the ERP (it was { $outcome }): waiting to be sent again
    [send] { $outcome ->
        [created] Sent order { $subject }: created in the ERP
        [already_in_erp] Order { $subject } was already in the ERP: not sent twice
       *[other] { $problem ->
            [none] Sending order { $subject } failed
           *[other] Sending order { $subject } failed ({ $problem })
        }
    }
   *[other] { $action } { $subject }
}

## text.connections

connections-title = Connections
connections-intro = Connect your online store and your ERP. Secrets are kept in this computer's keychain; this window can save them but never read them back.
connections-store = Online store
connections-erp = ERP
connections-middleware = Integration tool (optional)
connections-middleware-intro = If your orders travel through n8n, Celigo or Make, connect it: the app then also reads the orders that failed there and can retry them there, after checking the ERP so none is created twice.
connections-remove-middleware = Stop reading this tool
connections-system = System
connections-secret-saved = Secret saved in the keychain
connections-secret-missing = No secret saved yet
connections-secret-keep = Leave empty to keep the saved secret
connections-expires = Expires on { $day }
connections-test = Test connection
connections-testing = Testing…
connections-save = Save connection
connections-required = { $label } is required
connections-use-mine = Use my store and ERP
connections-use-demo = Go back to the demo
connections-using-demo = The app is showing the demo.
connections-using-mine = The app is checking your own store and ERP.
connections-signed-in = Signed in — kept in the keychain
connections-sign-in = Sign in with the browser
connections-sign-in-help-business-central = Your browser opens Microsoft's sign-in page: sign in with your work account and choose Accept. No app secret is needed.
connections-sign-in-help-netsuite = Your browser opens NetSuite's sign-in page: sign in, pick your role and choose Allow. No certificate is needed.
connections-sign-in-help-square = Your browser opens Square's sign-in page: sign in as the seller and choose Allow. The app only reads; no access token is needed.
connections-waiting = Finish signing in to { $authority } in your browser. This window updates by itself.
connections-no-browser = No browser window opened. Copy this address into your browser:
connections-cancel = Cancel sign-in
connections-advanced = Advanced: connect with an app secret, a certificate or tokens

## text.settings

settings-title = Settings
settings-monitor = Monitoring
settings-interval = Check every (minutes)
settings-grace = Wait before calling an order missing (minutes)
settings-auto-send = Send waiting orders automatically
settings-auto-send-help = Orders that pass every check are sent on each round; anything the ERP would refuse waits for you.
settings-paused = Pause monitoring
settings-start-at-login = Start when I log in
settings-channels = Who to tell when an order fails
settings-desktop = Desktop notifications
settings-slack = Slack
settings-slack-webhook = Slack incoming webhook address
settings-slack-help = In Slack: Apps → Incoming Webhooks → Add to Slack, choose the channel, copy the address.
settings-email = E-mail
settings-smtp-host = Mail server (SMTP)
settings-smtp-port = Port
settings-smtp-user = User name
settings-smtp-password = Password
settings-from = Sender address
settings-to = Recipients (comma-separated)
settings-secret-saved = saved — leave empty to keep it
settings-test-alert = Send test alert
settings-test-sent = { $channel }: sent
settings-test-failed = { $channel }: not sent — { $error }
settings-no-channel = No channel is turned on.
settings-saved-note = Settings saved.
settings-language = Language
settings-language-system = Same as this computer ({ $language })
settings-language-help = Findings, alerts and the exported report use it too.
settings-updates = Updates
settings-update-version = You are using version { $version }.
settings-update-updated = Updated from version { $from } to version { $version }.
settings-update-not-set-up = This copy of the app does not update itself. New versions come from the download page.
settings-update-newest = You have the newest version (checked { $when }).
settings-update-available = Version { $version } is ready to install
settings-update-install-help = Orders being resent finish first, and nothing new is sent until the app is back. It restarts on its own and the monitor carries on.
settings-update-install = Install and restart
settings-update-check = Check for updates
settings-update-waiting = Waiting for the orders being resent to finish…
settings-update-downloading = Downloading the update: { $percent }%
settings-update-downloading-unknown = Downloading the update…
settings-update-installing = The update's signature is genuine. Installing…
settings-update-restarting = Restarting on the new version…

## connectorText.shopify

connector-shopify-name = Shopify
connector-shopify-secret-label = Admin API access token
connector-shopify-secret-help = Shopify admin → Settings → Apps → Develop apps → your app → API credentials. Starts with shpat_. With client credentials, paste the app's client secret.
connector-shopify-field-url-label = Shop address
connector-shopify-field-url-help = Your shop's myshopify.com address, e.g. https://my-shop.myshopify.com.
connector-shopify-field-auth-label = Login method
connector-shopify-field-auth-help = access-token for a custom app's token; client-credentials for an app with a client id and secret.
connector-shopify-field-client-id-label = Client id
connector-shopify-field-client-id-help = Only for client credentials: the app's Client ID on the same API credentials page.
connector-shopify-field-token-expires-label = Token expires on
connector-shopify-field-token-expires-help = If the token has an end date, enter it to be warned two weeks ahead.
connector-shopify-field-status-page-label = Status page
connector-shopify-field-status-page-help = Optional: https://www.shopifystatus.com to see Shopify incidents in step 1.
connector-shopify-field-ready-statuses-label = Payment statuses ready to book
connector-shopify-field-ready-statuses-help = Comma-separated. Leave empty for Shopify's paid: PAID, PARTIALLY_REFUNDED. Orders in other statuses (PENDING, AUTHORIZED) are held back and listed in step 1 until Shopify marks them paid.

## connectorText.woocommerce

connector-woocommerce-name = WooCommerce
connector-woocommerce-secret-label = Consumer key and secret
connector-woocommerce-secret-help = WordPress admin → WooCommerce → Settings → Advanced → REST API → Add key (Read). Paste as ck_…:cs_…
connector-woocommerce-field-url-label = Store address
connector-woocommerce-field-url-help = Your WordPress site's address, e.g. https://shop.example.com.
connector-woocommerce-field-auth-label = Login method
connector-woocommerce-field-auth-help = basic over HTTPS (usual); query-string if your server drops the Authorization header; oauth1 over plain HTTP.
connector-woocommerce-field-status-page-label = Status page
connector-woocommerce-field-status-page-help = Optional: your host's status page, if it has one.
connector-woocommerce-field-ready-statuses-label = Order statuses ready to book
connector-woocommerce-field-ready-statuses-help = Comma-separated. Leave empty for WooCommerce's paid: processing, completed. On-hold orders (bank transfer, cheque) wait for the money: they are held back and listed in step 1 until you mark them paid. Add a plugin's status such as shipped if you use one.
connector-square-name = Square
connector-square-secret-label = Access token
connector-square-secret-help = "Square Developer Console → your application → Credentials → Production access token" (Show). It must be allowed to read orders, items, customers and locations.
connector-square-field-url-label = Square address
connector-square-field-url-help = https://connect.squareup.com for your real account; https://connect.squareupsandbox.com for a sandbox.
connector-square-field-location-ids-label = Locations
connector-square-field-location-ids-help = Comma-separated location IDs ("Square Developer Console → your application → Locations"). Leave empty to read every active location.
connector-square-field-auth-label = Login method
connector-square-field-auth-help = token for a personal access token; browser to sign in with Square as the seller (use the button above).
connector-square-field-client-id-label = Application ID
connector-square-field-client-id-help = To sign in with the browser: "Square Developer Console → your application → OAuth → Application ID".
connector-square-field-redirect-url-label = Redirect URL
connector-square-field-redirect-url-help = The https:// address entered as the application's "Redirect URL" on that same OAuth page: the page that passes Square's answer on to this app (sign-in/square.html in the app's files).
connector-square-field-token-expires-label = Token expires on
connector-square-field-token-expires-help = Personal access tokens do not expire. If yours has an end date, enter it to be warned two weeks ahead.
connector-square-field-status-page-label = Status page
connector-square-field-status-page-help = Optional: https://www.issquareup.com to see Square incidents in step 1.
connector-square-field-ready-statuses-label = Order states ready to book
connector-square-field-ready-statuses-help = Comma-separated. Leave empty for Square's completed sales: COMPLETED. Open orders (open tabs, unpaid invoices) are held back and listed in step 1 until they are completed; cancelled ones are never booked.

## connectorText.csv

connector-csv-name = Shopify CSV export
connector-csv-secret-label = { "" }
connector-csv-secret-help = { "" }
connector-csv-field-path-label = CSV file
connector-csv-field-path-help = Shopify admin → Orders → Export → CSV for Excel or other programs; enter where you saved it.
connector-csv-field-ready-statuses-label = Financial statuses ready to book
connector-csv-field-ready-statuses-help = Comma-separated, as the file's Financial Status column writes them. Leave empty for paid, partially_refunded; other orders (pending, authorized) are held back and listed in step 1.

## connectorText.netsuite

connector-netsuite-name = NetSuite
connector-netsuite-secret-label = Private key (PEM) or token secrets
connector-netsuite-secret-help = The private key of the certificate you uploaded under Setup → Integration → OAuth 2.0 Client Credentials (M2M) Setup. For token-based auth, paste the four TBA values as JSON.
connector-netsuite-field-url-label = REST address
connector-netsuite-field-url-help = Setup → Company → Company Information → Company URLs → SUITETALK (SOAP AND REST WEB SERVICES).
connector-netsuite-field-account-id-label = Account id
connector-netsuite-field-account-id-help = On the same page: Account ID, e.g. 1234567 or 1234567_SB1 for a sandbox.
connector-netsuite-field-auth-label = Login method
connector-netsuite-field-auth-help = client-credentials (OAuth 2.0 with a certificate), browser (sign in as yourself: use the button above) or token-based (TBA).
connector-netsuite-field-authorize-url-label = Sign-in page
connector-netsuite-field-authorize-url-help = Only if NetSuite gave you another one; leave empty for your account's own.
connector-netsuite-field-client-id-label = Client id
connector-netsuite-field-client-id-help = Setup → Integration → Manage Integrations → the app's integration record: Client ID. To sign in with the browser, tick Authorization Code Grant and Public Client, scope REST Web Services, redirect order-sync-doctor://sign-in/netsuite.
connector-netsuite-field-certificate-id-label = Certificate id
connector-netsuite-field-certificate-id-help = Setup → Integration → OAuth 2.0 Client Credentials (M2M) Setup: the Certificate ID of your mapping.
connector-netsuite-field-algorithm-label = Key type
connector-netsuite-field-algorithm-help = PS256 for an RSA key, ES256 for an EC key.
connector-netsuite-field-certificate-expires-label = Certificate expires on
connector-netsuite-field-certificate-expires-help = The certificate's end date, to be warned before NetSuite stops accepting it.
connector-netsuite-field-max-concurrency-label = Requests at once
connector-netsuite-field-max-concurrency-help = Setup → Integration → Integration Governance shows your account's concurrency limit.

## connectorText.business-central

connector-business-central-name = Business Central
connector-business-central-secret-label = Client secret
connector-business-central-secret-help = Azure portal → Microsoft Entra ID → App registrations → your app → Certificates & secrets → New client secret: copy the Value.
connector-business-central-field-tenant-label = Tenant
connector-business-central-field-tenant-help = Your work e-mail's domain, such as contoso.com, or Entra ID → Overview → Tenant ID.
connector-business-central-field-environment-label = Environment
connector-business-central-field-environment-help = Business Central admin center → Environments, e.g. production or sandbox.
connector-business-central-field-company-label = Company
connector-business-central-field-company-help = Optional: the company's name as shown in Business Central; the first company otherwise.
connector-business-central-field-auth-label = Login method
connector-business-central-field-auth-help = client-secret for an app registration with a secret; browser to sign in as yourself (use the button above).
connector-business-central-field-client-id-label = Client id
connector-business-central-field-client-id-help = App registrations → your app → Overview → Application (client) ID. To sign in with the browser, the app must allow public client flows and have the redirect http://127.0.0.1.
connector-business-central-field-secret-expires-label = Secret expires on
connector-business-central-field-secret-expires-help = Shown next to the secret under Certificates & secrets.
connector-business-central-field-api-url-label = API address
connector-business-central-field-api-url-help = Only for other clouds or a proxy; leave empty for Business Central online.
connector-business-central-field-login-url-label = Sign-in address
connector-business-central-field-login-url-help = Only for other clouds; leave empty for https://login.microsoftonline.com/.

## connectorText.sap-b1

connector-sap-b1-name = SAP Business One
connector-sap-b1-secret-label = Password
connector-sap-b1-secret-help = The password of the SAP Business One user the integration signs in as.
connector-sap-b1-field-url-label = Service Layer address
connector-sap-b1-field-url-help = Ask your SAP partner; usually https://your-server:50000/b1s/v1.
connector-sap-b1-field-company-db-label = Company database
connector-sap-b1-field-company-db-help = The company database name shown at SAP Business One sign-in, e.g. SBODEMOUS.
connector-sap-b1-field-username-label = User
connector-sap-b1-field-username-help = An SAP Business One user licensed for the Service Layer.

## connectorText.odoo

connector-odoo-name = Odoo
connector-odoo-secret-label = API key
connector-odoo-secret-help = In Odoo: your avatar → My Profile → Account Security → New API Key.
connector-odoo-field-url-label = Odoo address
connector-odoo-field-url-help = The address you open Odoo at, e.g. https://mycompany.odoo.com.
connector-odoo-field-database-label = Database
connector-odoo-field-database-help = Shown at /web/database/selector, or in the Odoo.com portal for online databases.
connector-odoo-field-login-label = Login
connector-odoo-field-login-help = The e-mail the API key belongs to.
connector-odoo-field-protocol-label = Protocol
connector-odoo-field-protocol-help = json2 from Odoo 19 on; jsonrpc for older versions.

## connectorText.n8n

connector-n8n-name = n8n
connector-n8n-secret-label = API key
connector-n8n-secret-help = In n8n: Settings → n8n API → Create an API key. It needs to read workflows and executions and to retry executions.
connector-n8n-field-url-label = n8n address
connector-n8n-field-url-help = The address you open n8n at, e.g. https://n8n.example.com.

## connectorText.celigo

connector-celigo-name = Celigo integrator.io
connector-celigo-secret-label = API token
connector-celigo-secret-help = In integrator.io: Resources → API tokens → Create API token, with access to the flows that send your orders.
connector-celigo-field-url-label = API address
connector-celigo-field-url-help = Leave empty for the US site; for the EU site use https://api.eu.integrator.io/v1/.

## connectorText.make

connector-make-name = Make
connector-make-secret-label = API token
connector-make-secret-help = In Make: your profile → API access → Add token, with the scopes scenarios:read, dlqs:read and dlqs:write.
connector-make-field-url-label = API address
connector-make-field-url-help = Your zone's address with /api/v2, e.g. https://eu1.make.com/api/v2 (the start of the address you see Make at).
connector-make-field-team-id-label = Team ID
connector-make-field-team-id-help = The number after /team/ in Make's address when you open your team.

## connectorText.tryton

connector-tryton-name = Tryton
connector-tryton-secret-label = Password
connector-tryton-secret-help = The password of the Tryton user the integration signs in as.
connector-tryton-field-url-label = Server address
connector-tryton-field-url-help = The address your Tryton client connects to, e.g. http://tryton.example:8000.
connector-tryton-field-database-label = Database
connector-tryton-field-database-help = The database name chosen at Tryton sign-in.
connector-tryton-field-username-label = User
connector-tryton-field-username-help = A Tryton user allowed to create sales, products and parties.

## text.error: a failed action, in a few words before what the app said (shown in every language but English, whose detail is already plain)

error-profile = The settings could not be used
error-secret-missing = A saved secret is missing
error-keychain = This computer's keychain could not be used
error-database = The app's own records could not be read or written
error-simulator = The demo could not start
error-not-found = It was not found
error-not-undoable = This change cannot be undone from here
error-erp-refused = The ERP refused the change
error-not-ready = The store does not count this order as ready
error-middleware = The integration tool could not be used
error-desktop = The desktop refused the request
error-internal = Something went wrong
error-update-refused = The update was refused
error-update-failed = The update did not go through
error-update-installing = An update is being installed
