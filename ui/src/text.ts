// Every word the window shows, in one place, ready for translation. Components take their
// text from here; the linter refuses words written straight into JSX.
import type { ActivityItem, Standing } from "./generated/app";
import type { FindingCode, StepStatus } from "./generated/bindings";
import type { SyncState } from "./generated/queue";

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

export const text = {
  appTitle: "Order Sync Doctor",
  demoBanner: "You are exploring demo data — connect your store and ERP to check your own orders.",
  demoBannerAction: "Connect my systems",
  loading: "Checking your store and ERP…",
  loadingScreen: "Opening…",
  crash: {
    title: "Something went wrong in this window",
    body: "Your orders and settings are safe: they are kept by the app, not by this window. Reloading the window usually clears this.",
    details: "Technical details",
    reload: "Reload the window",
  },
  checkFailed: "The check could not run",
  tryAgain: "Try again",
  close: "Close",
  cancel: "Cancel",
  save: "Save",
  saved: "Saved",
  notSaved: "Not saved",
  nav: {
    label: "Main",
    wizard: "Check & fix",
    orders: "Orders",
    reconcile: "Store vs ERP",
    activity: "Activity",
    connections: "Connections",
    settings: "Settings",
  },
  header: {
    checkAgain: "Check again",
    exportReport: "Export report",
    exported: (path: string) => `Report saved to ${path}`,
    exportCancelled: "The report was not saved.",
  },
  stepStatus: { ok: "OK", warning: "Needs attention", failed: "Blocked" } satisfies Record<StepStatus, string>,
  wizard: {
    stepperLabel: "The five steps",
    previous: "Previous step",
    next: "Next step",
    allGood: "Nothing to do here.",
    orders: (n: number) => plural(n, "order", "orders"),
    waitingOn: (n: number) => `${plural(n, "order", "orders")} affected`,
    howToFix: "How to fix",
    technicalDetails: "Technical details",
    fixIt: "Fix it",
    severity: { error: "Problem", warning: "Warning", info: "Note" },
    shownOrders: (shown: number, all: number) => `Orders: showing ${shown} of ${all}`,
  },
  remedy: {
    title: "Fix it",
    loading: "Working out what this changes…",
    change: "What changes",
    erpChange: "Written to the ERP",
    clears: (n: number) => `Unblocks ${plural(n, "order", "orders")}`,
    stillBlocked: (n: number) => `Helps ${plural(n, "more order", "more orders")} that still wait on something else`,
    notes: "How orders will be sent",
    confirm: "Apply",
    applying: "Applying…",
    done: "Done.",
    undo: "Undo",
    undone: "Undone: back as it was.",
    resent: (ok: number, all: number) => `${ok} of ${all} orders are now in the ERP.`,
    retried: (inErp: number, all: number) => `${inErp} of ${plural(all, "order", "orders")} now in the ERP.`,
    nothingToRetry: "The integration tool holds no failed run for these orders any more.",
  },
  retry: {
    outcome: {
      alreadyInErp: "Already in the ERP",
      markedResolved: "Not retried, so it is not created twice; marked resolved in the integration tool.",
      leftAsIs: "Not retried, so it is not created twice. The tool has no way to mark it resolved: you can delete the run there.",
      unknown: "Not retried",
      unknownDetail: "This app has not read this order from the store, so it cannot check the ERP first.",
      notRetried: "Not retried",
      inErp: "Retried, now in the ERP",
      endedNotInErp: "Retried, not in the ERP yet",
      failedAgain: "Failed again",
      running: "Still running",
    },
  },
  plan: {
    title: "Fix plan",
    loading: "Summing up the check…",
    waiting: (n: number, erp: string) =>
      n === 0 ? `Every order is in ${erp}.` : `${plural(n, "order is", "orders are")} waiting to reach ${erp}.`,
    appFixes: "What the app can fix for you",
    unblocks: (n: number) => (n === 0 ? "sent anyway; this makes them right" : `gets ${plural(n, "order", "orders")} through`),
    forAPerson: (erp: string) => `What needs someone with ${erp} rights`,
    holdsBack: (n: number) => `holds back ${plural(n, "order", "orders")}`,
    advice: "worth doing; holds nothing back",
    where: "Where",
    sends: (n: number, erp: string) =>
      n === 0 ? `No order can be sent to ${erp} yet.` : `After these fixes, ${plural(n, "order goes", "orders go")} to ${erp}, each exactly once.`,
    apply: (n: number) => (n === 0 ? "Apply these fixes" : `Apply these fixes and resend ${plural(n, "order", "orders")}`),
    nothing: "Nothing for the app to do: what is left needs a person.",
    technical: "Technical details",
    previewTitle: "Apply these fixes and resend",
    previewLoading: "Working out every change and every write…",
    changes: "What changes here",
    erpWrites: (erp: string) => `What is written to ${erp}`,
    sentDifferently: (n: number) => `How ${plural(n, "value is", "values are")} sent differently`,
    orderWrites: (n: number, erp: string) => `${plural(n, "order", "orders")} sent to ${erp}`,
    column: { order: "Order", customer: "Customer", total: "Total" },
    notSent: (n: number) => `${plural(n, "order", "orders")} of the plan would still wait, and are not sent:`,
    confirm: "Apply and resend",
    fixing: (done: number, total: number) => `Fix ${Math.min(done + 1, total)} of ${total}…`,
    sending: (done: number, total: number) => `Sent ${done} of ${total}…`,
    finished: (verified: number, total: number, erp: string) =>
      `${verified} of ${total} orders are in ${erp} and confirmed open.`,
    fixesDone: (n: number) => `${plural(n, "fix", "fixes")} made.`,
    fixFailed: "Not made",
    undo: (n: number) => `Undo the ${plural(n, "mapping or rule", "mappings and rules")} (orders already sent stay in the ERP)`,
    undone: (n: number) => `${plural(n, "mapping or rule", "mappings and rules")} put back as they were.`,
    stillWaiting: (n: number) => `${plural(n, "order", "orders")} still wait: a fix they needed was not made.`,
  },
  resend: {
    title: "Orders waiting to be sent",
    none: "No order is waiting: every order is in the ERP.",
    filter: "Show orders with",
    filterAll: "Any problem",
    search: "Search these orders",
    selectAll: "Select all",
    selectNone: "Select none",
    selected: (n: number, all: number) => `${n} of ${all} selected`,
    resend: (n: number) => `Resend ${plural(n, "order", "orders")}`,
    sending: (done: number, total: number) => `Sent ${done} of ${total}…`,
    finished: (verified: number, total: number) =>
      `${verified} of ${total} orders are in the ERP and confirmed open.`,
    column: { select: "Select", order: "Order", customer: "Customer", total: "Total", problem: "Problem", result: "Result" },
    selectOrder: (name: string) => `Select order ${name}`,
    ready: "Ready to send",
    outcome: {
      verified: "In the ERP, confirmed open",
      sent: "In the ERP, status not confirmed",
      failed: "Not sent",
      retry: "Will be tried again",
    },
  },
  orders: {
    title: "All orders",
    search: "Search orders (number, customer, e-mail, SKU)",
    onlyWaiting: "Only orders not in the ERP",
    count: (n: number) => plural(n, "order", "orders"),
    empty: "No order matches.",
    loadingRow: "Loading…",
    column: { order: "Order", date: "Date", customer: "Customer", total: "Total", status: "Status", problem: "Problem" },
  },
  state: {
    new: "New",
    checked: "Not sent yet",
    sending: "Being sent",
    sent: "In the ERP (unconfirmed)",
    verified: "In the ERP",
    failed: "Failed",
    retry_scheduled: "Retry scheduled",
    dead: "Gave up",
    not_ready: "Held back: not ready in the store",
  } satisfies Record<SyncState, string>,
  problem: {
    store_unreachable: "Store unreachable",
    erp_unreachable: "ERP unreachable",
    store_maintenance: "Store maintenance",
    erp_maintenance: "ERP maintenance",
    store_auth_failed: "Store login refused",
    erp_auth_failed: "ERP login refused",
    credential_expiring: "Login expiring",
    sku_not_found: "Item/SKU not found",
    customer_not_found: "Customer not found",
    period_closed: "Period closed",
    erp_timeout: "Timeout",
    rate_limited: "Rate limited",
    duplicate_order: "Duplicate order",
    unclassified_error: "Other ERP error",
    field_too_long: "Field too long",
    unsupported_characters: "Characters refused",
    country_code_mismatch: "Country code",
    state_code_mismatch: "State code",
    tax_code_unmapped: "Tax code",
    currency_inactive: "Currency inactive",
    total_mismatch: "Totals don't balance",
    order_not_synced: "Never sent",
    store_incident: "Store incident",
    erp_incident: "ERP incident",
    clock_skew: "Clock difference",
    status_unverified: "Status unconfirmed",
    erp_permission_missing: "Permission missing",
    negative_inventory: "Not enough stock",
    order_not_ready: "Not paid yet",
    api_version_retiring: "Interface retiring",
    unknown_vendor_answer: "Unknown answer",
    sign_in_again: "Sign in again",
    order_left_erp: "No longer in the ERP",
    erp_duplicates: "Duplicate in the ERP",
    data_folder_not_private: "Data folder not private",
    middleware_unreachable: "Integration tool unreachable",
    middleware_auth_failed: "Integration tool login refused",
    middleware_retryable: "Can be retried in the integration tool",
  } satisfies Record<FindingCode, string>,
  reconcile: {
    title: "Store and ERP side by side",
    intro: "Every order of the period, compared with what the ERP holds: the ERP's answer is what counts. Nothing is changed in the ERP from here.",
    from: "Orders from",
    to: "to",
    compare: "Compare",
    comparing: "Reading the store and the ERP…",
    saveCsv: "Save as spreadsheet (CSV)",
    savePrintable: "Save a printable report",
    saved: (path: string) => `Saved to ${path}`,
    notSaved: "Nothing was saved.",
    filter: "Show",
    allButMatching: "Everything that needs a look",
    everything: "Every order",
    none: "Nothing to show: every order of the period is in the ERP once, with the same total.",
    column: { standing: "Standing", order: "Order", reference: "Reference", date: "Date", total: "Store total", erp: "In the ERP" },
    lookAlikes: "Possibly booked twice",
    lookAlikesIntro: "These ERP documents have the same customer, date, total and lines, and one of them lacks the store's reference. That is a weaker sign than a shared reference: open both in the ERP before cancelling one.",
    standing: {
      in_both: "In both",
      totals_differ: "Totals differ",
      duplicated: "Duplicated",
      store_only: "Store only",
      erp_only: "ERP only",
    } satisfies Record<Standing, string>,
    meaning: {
      in_both: "In the ERP once, with the same total.",
      totals_differ: "In the ERP, but its total there differs by more than a cent.",
      duplicated: "The ERP holds it more than once under its reference: keep one, cancel the others in the ERP.",
      store_only: "Sold in the store, not in the ERP: it waits to be sent.",
      erp_only: "An ERP document carries a store reference this app has not seen.",
    } satisfies Record<Standing, string>,
    count: (n: number) => plural(n, "order", "orders"),
  },
  activity: {
    title: "Activity",
    empty: "Nothing has happened yet: fixes and resends will be listed here.",
    column: { when: "When", who: "Who", what: "What" },
    actor: { user: "You", monitor: "Monitor", resend: "Resend", check: "Check" } as Record<string, string>,
    describe(item: ActivityItem): string {
      const to = item.outcome ?? "";
      switch (item.action) {
        case "map":
          return `Mapped ${item.subject} to ${to}`;
        case "policy":
          return `Turned rule ${item.subject} ${to}`;
        case "undo":
          return `Undid a change to ${item.subject}`;
        case "create-item":
          return `Created item ${item.subject} in the ERP`;
        case "create-customer":
          return `Created customer ${item.subject} in the ERP`;
        case "left-erp":
          return `Order ${item.subject} is no longer in the ERP (it was ${to}): waiting to be sent again`;
        case "send":
          if (item.outcome === "created") return `Sent order ${item.subject}: created in the ERP`;
          if (item.outcome === "already_in_erp") return `Order ${item.subject} was already in the ERP: not sent twice`;
          return `Sending order ${item.subject} failed${item.code ? ` (${text.problem[item.code]})` : ""}`;
        default:
          return `${item.action} ${item.subject}`;
      }
    },
  },
  connections: {
    title: "Connections",
    intro: "Connect your online store and your ERP. Secrets are kept in this computer's keychain; this window can save them but never read them back.",
    store: "Online store",
    erp: "ERP",
    middleware: "Integration tool (optional)",
    middlewareIntro:
      "If your orders travel through n8n, Celigo or Make, connect it: the app then also reads the orders that failed there and can retry them there, after checking the ERP so none is created twice.",
    removeMiddleware: "Stop reading this tool",
    system: "System",
    secretSaved: "Secret saved in the keychain",
    secretMissing: "No secret saved yet",
    secretKeep: "Leave empty to keep the saved secret",
    expires: (day: string) => `Expires on ${day}`,
    test: "Test connection",
    testing: "Testing…",
    save: "Save connection",
    required: (label: string) => `${label} is required`,
    useMine: "Use my store and ERP",
    useDemo: "Go back to the demo",
    usingDemo: "The app is showing the demo.",
    usingMine: "The app is checking your own store and ERP.",
    signedIn: "Signed in — kept in the keychain",
    signIn: "Sign in with the browser",
    signInHelp: {
      "business-central": "Your browser opens Microsoft's sign-in page: sign in with your work account and choose Accept. No app secret is needed.",
      netsuite: "Your browser opens NetSuite's sign-in page: sign in, pick your role and choose Allow. No certificate is needed.",
    } as Record<string, string>,
    waiting: (authority: string) => `Finish signing in to ${authority} in your browser. This window updates by itself.`,
    noBrowser: "No browser window opened. Copy this address into your browser:",
    cancel: "Cancel sign-in",
    advanced: "Advanced: connect with an app secret, a certificate or tokens",
  },
  settings: {
    title: "Settings",
    monitor: "Monitoring",
    interval: "Check every (minutes)",
    grace: "Wait before calling an order missing (minutes)",
    autoSend: "Send waiting orders automatically",
    autoSendHelp: "Orders that pass every check are sent on each round; anything the ERP would refuse waits for you.",
    paused: "Pause monitoring",
    startAtLogin: "Start when I log in",
    channels: "Who to tell when an order fails",
    desktop: "Desktop notifications",
    slack: "Slack",
    slackWebhook: "Slack incoming webhook address",
    slackHelp: "In Slack: Apps → Incoming Webhooks → Add to Slack, choose the channel, copy the address.",
    email: "E-mail",
    smtpHost: "Mail server (SMTP)",
    smtpPort: "Port",
    smtpUser: "User name",
    smtpPassword: "Password",
    from: "Sender address",
    to: "Recipients (comma-separated)",
    secretSaved: "saved — leave empty to keep it",
    testAlert: "Send test alert",
    testSent: (channel: string) => `${channel}: sent`,
    testFailed: (channel: string, error: string) => `${channel}: not sent — ${error}`,
    noChannel: "No channel is turned on.",
    savedNote: "Settings saved.",
  },
};

/** Labels and help for each connector's fields: where to find each value in the vendor's admin. */
type FieldText = { label: string; help: string };
type ConnectorText = { name: string; secret: FieldText; fields: Record<string, FieldText> };

export const connectorText: Record<string, ConnectorText> = {
  shopify: {
    name: "Shopify",
    secret: {
      label: "Admin API access token",
      help: "Shopify admin → Settings → Apps → Develop apps → your app → API credentials. Starts with shpat_. With client credentials, paste the app's client secret.",
    },
    fields: {
      url: { label: "Shop address", help: "Your shop's myshopify.com address, e.g. https://my-shop.myshopify.com." },
      auth: { label: "Login method", help: "access-token for a custom app's token; client-credentials for an app with a client id and secret." },
      client_id: { label: "Client id", help: "Only for client credentials: the app's Client ID on the same API credentials page." },
      token_expires: { label: "Token expires on", help: "If the token has an end date, enter it to be warned two weeks ahead." },
      status_page: { label: "Status page", help: "Optional: https://www.shopifystatus.com to see Shopify incidents in step 1." },
      ready_statuses: { label: "Payment statuses ready to book", help: "Comma-separated. Leave empty for Shopify's paid: PAID, PARTIALLY_REFUNDED. Orders in other statuses (PENDING, AUTHORIZED) are held back and listed in step 1 until Shopify marks them paid." },
    },
  },
  woocommerce: {
    name: "WooCommerce",
    secret: {
      label: "Consumer key and secret",
      help: "WordPress admin → WooCommerce → Settings → Advanced → REST API → Add key (Read). Paste as ck_…:cs_…",
    },
    fields: {
      url: { label: "Store address", help: "Your WordPress site's address, e.g. https://shop.example.com." },
      auth: { label: "Login method", help: "basic over HTTPS (usual); query-string if your server drops the Authorization header; oauth1 over plain HTTP." },
      status_page: { label: "Status page", help: "Optional: your host's status page, if it has one." },
      ready_statuses: { label: "Order statuses ready to book", help: "Comma-separated. Leave empty for WooCommerce's paid: processing, completed. On-hold orders (bank transfer, cheque) wait for the money: they are held back and listed in step 1 until you mark them paid. Add a plugin's status such as shipped if you use one." },
    },
  },
  csv: {
    name: "Shopify CSV export",
    secret: { label: "", help: "" },
    fields: {
      path: { label: "CSV file", help: "Shopify admin → Orders → Export → CSV for Excel or other programs; enter where you saved it." },
      ready_statuses: { label: "Financial statuses ready to book", help: "Comma-separated, as the file's Financial Status column writes them. Leave empty for paid, partially_refunded; other orders (pending, authorized) are held back and listed in step 1." },
    },
  },
  netsuite: {
    name: "NetSuite",
    secret: {
      label: "Private key (PEM) or token secrets",
      help: "The private key of the certificate you uploaded under Setup → Integration → OAuth 2.0 Client Credentials (M2M) Setup. For token-based auth, paste the four TBA values as JSON.",
    },
    fields: {
      url: { label: "REST address", help: "Setup → Company → Company Information → Company URLs → SUITETALK (SOAP AND REST WEB SERVICES)." },
      account_id: { label: "Account id", help: "On the same page: Account ID, e.g. 1234567 or 1234567_SB1 for a sandbox." },
      auth: { label: "Login method", help: "client-credentials (OAuth 2.0 with a certificate), browser (sign in as yourself: use the button above) or token-based (TBA)." },
      authorize_url: { label: "Sign-in page", help: "Only if NetSuite gave you another one; leave empty for your account's own." },
      client_id: { label: "Client id", help: "Setup → Integration → Manage Integrations → the app's integration record: Client ID. To sign in with the browser, tick Authorization Code Grant and Public Client, scope REST Web Services, redirect order-sync-doctor://sign-in/netsuite." },
      certificate_id: { label: "Certificate id", help: "Setup → Integration → OAuth 2.0 Client Credentials (M2M) Setup: the Certificate ID of your mapping." },
      algorithm: { label: "Key type", help: "PS256 for an RSA key, ES256 for an EC key." },
      certificate_expires: { label: "Certificate expires on", help: "The certificate's end date, to be warned before NetSuite stops accepting it." },
      max_concurrency: { label: "Requests at once", help: "Setup → Integration → Integration Governance shows your account's concurrency limit." },
    },
  },
  "business-central": {
    name: "Business Central",
    secret: {
      label: "Client secret",
      help: "Azure portal → Microsoft Entra ID → App registrations → your app → Certificates & secrets → New client secret: copy the Value.",
    },
    fields: {
      tenant: { label: "Tenant", help: "Your work e-mail's domain, such as contoso.com, or Entra ID → Overview → Tenant ID." },
      environment: { label: "Environment", help: "Business Central admin center → Environments, e.g. production or sandbox." },
      company: { label: "Company", help: "Optional: the company's name as shown in Business Central; the first company otherwise." },
      auth: { label: "Login method", help: "client-secret for an app registration with a secret; browser to sign in as yourself (use the button above)." },
      client_id: { label: "Client id", help: "App registrations → your app → Overview → Application (client) ID. To sign in with the browser, the app must allow public client flows and have the redirect http://127.0.0.1." },
      secret_expires: { label: "Secret expires on", help: "Shown next to the secret under Certificates & secrets." },
      api_url: { label: "API address", help: "Only for other clouds or a proxy; leave empty for Business Central online." },
      login_url: { label: "Sign-in address", help: "Only for other clouds; leave empty for https://login.microsoftonline.com/." },
    },
  },
  "sap-b1": {
    name: "SAP Business One",
    secret: { label: "Password", help: "The password of the SAP Business One user the integration signs in as." },
    fields: {
      url: { label: "Service Layer address", help: "Ask your SAP partner; usually https://your-server:50000/b1s/v1." },
      company_db: { label: "Company database", help: "The company database name shown at SAP Business One sign-in, e.g. SBODEMOUS." },
      username: { label: "User", help: "An SAP Business One user licensed for the Service Layer." },
    },
  },
  odoo: {
    name: "Odoo",
    secret: { label: "API key", help: "In Odoo: your avatar → My Profile → Account Security → New API Key." },
    fields: {
      url: { label: "Odoo address", help: "The address you open Odoo at, e.g. https://mycompany.odoo.com." },
      database: { label: "Database", help: "Shown at /web/database/selector, or in the Odoo.com portal for online databases." },
      login: { label: "Login", help: "The e-mail the API key belongs to." },
      protocol: { label: "Protocol", help: "json2 from Odoo 19 on; jsonrpc for older versions." },
    },
  },
  n8n: {
    name: "n8n",
    secret: { label: "API key", help: "In n8n: Settings → n8n API → Create an API key. It needs to read workflows and executions and to retry executions." },
    fields: {
      url: { label: "n8n address", help: "The address you open n8n at, e.g. https://n8n.example.com." },
    },
  },
  celigo: {
    name: "Celigo integrator.io",
    secret: { label: "API token", help: "In integrator.io: Resources → API tokens → Create API token, with access to the flows that send your orders." },
    fields: {
      url: { label: "API address", help: "Leave empty for the US site; for the EU site use https://api.eu.integrator.io/v1/." },
    },
  },
  make: {
    name: "Make",
    secret: { label: "API token", help: "In Make: your profile → API access → Add token, with the scopes scenarios:read, dlqs:read and dlqs:write." },
    fields: {
      url: { label: "API address", help: "Your zone's address with /api/v2, e.g. https://eu1.make.com/api/v2 (the start of the address you see Make at)." },
      team_id: { label: "Team ID", help: "The number after /team/ in Make's address when you open your team." },
    },
  },
  tryton: {
    name: "Tryton",
    secret: { label: "Password", help: "The password of the Tryton user the integration signs in as." },
    fields: {
      url: { label: "Server address", help: "The address your Tryton client connects to, e.g. http://tryton.example:8000." },
      database: { label: "Database", help: "The database name chosen at Tryton sign-in." },
      username: { label: "User", help: "A Tryton user allowed to create sales, products and parties." },
    },
  },
};
