//! Every text the doctor shows, in one place, ready for translation. Messages are one
//! sentence in a store manager's words; the fix says what to do; the "where to click" line
//! names the ERP's own screen.

use osd_model::FindingCode;
use osd_store::{MappingKind, Mappings, Policy};

use crate::remedy::{NewRecord, RemedyAction, GUEST_CUSTOMER};
use crate::resolve::GUEST_CHECKOUT;

/// The key of the weaker duplicate finding: documents alike in everything but the reference.
pub const LOOK_ALIKE: &str = "same customer, date, total and lines";

/// Names filled into the texts.
#[derive(Debug, Clone)]
pub struct Context {
    pub store: String,
    pub erp: String,
    /// The ERP's API can create items and customers, so those remedies are offered.
    pub creates_records: bool,
}

fn orders(count: usize) -> String {
    if count == 1 {
        "1 order".into()
    } else {
        format!("{count} orders")
    }
}

fn wait(count: usize) -> &'static str {
    if count == 1 {
        "waits"
    } else {
        "wait"
    }
}

/// One sentence: what is wrong, and how many orders it holds back.
pub fn message(code: FindingCode, count: usize, key: Option<&str>, ctx: &Context) -> String {
    use FindingCode as F;
    let n = orders(count);
    let key = key.unwrap_or("");
    let erp = &ctx.erp;
    let store = &ctx.store;
    match code {
        // A log line may name no SKU, customer or period ("Item number is missing"): the
        // sentence then says what is wrong without a blank where the key would go.
        F::CredentialExpiring if key.is_empty() => {
            format!("The {erp} login stops working soon.")
        }
        F::StoreIncident if key.is_empty() => format!("{store} reports an ongoing problem."),
        F::ErpIncident if key.is_empty() => format!("{erp} reports an ongoing problem."),
        F::ClockSkew if key.is_empty() => {
            "This computer's clock is off by enough to break signed logins.".into()
        }
        F::UnsupportedCharacters if key.is_empty() => format!(
            "{n} {} emoji or hidden characters that {erp} refuses.",
            if count == 1 { "has" } else { "have" }
        ),
        F::CountryCodeMismatch if key.is_empty() => format!(
            "{n} {} a country {erp} does not recognise.",
            if count == 1 { "has" } else { "have" }
        ),
        F::StateCodeMismatch if key.is_empty() => format!(
            "{n} {} a state written where {erp} expects its code.",
            if count == 1 { "has" } else { "have" }
        ),
        F::SkuNotFound if key.is_empty() => {
            format!("{n} {} on a product {erp} does not know.", wait(count))
        }
        F::CustomerNotFound if key.is_empty() => {
            format!("{n} {} for a customer {erp} cannot find.", wait(count))
        }
        F::PeriodClosed if key.is_empty() => format!(
            "{n} {} dated in a period that is closed in {erp}.",
            if count == 1 { "is" } else { "are" }
        ),
        F::FieldTooLong if key.is_empty() => format!(
            "{n} {} a value too long for a {erp} field.",
            if count == 1 { "has" } else { "have" }
        ),
        F::TaxCodeUnmapped if key.is_empty() => format!(
            "{n} {} a tax {erp} has no tax code for.",
            if count == 1 { "carries" } else { "carry" }
        ),
        F::CurrencyInactive if key.is_empty() => format!(
            "{n} {} in a currency that is not active in {erp}.",
            if count == 1 { "is" } else { "are" }
        ),
        F::StoreUnreachable => format!("{store} cannot be reached right now."),
        F::ErpUnreachable => format!("{erp} cannot be reached right now."),
        F::StoreMaintenance if key.is_empty() => format!("{store} is down for maintenance."),
        F::StoreMaintenance => format!("{store} reports maintenance in progress: {key}."),
        F::ErpMaintenance if key.is_empty() => format!("{erp} is down for maintenance."),
        F::ErpMaintenance => format!("{erp} reports maintenance in progress: {key}."),
        F::StoreIncident => format!("{store} reports an ongoing problem: {key}."),
        F::ErpIncident => format!("{erp} reports an ongoing problem: {key}."),
        F::StoreAuthFailed => format!("{store} does not accept the saved login any more."),
        F::ErpAuthFailed if count == 0 => {
            format!("{erp} does not accept the saved login any more.")
        }
        F::ErpAuthFailed => format!("{n} failed because {erp} refused the login at the time."),
        F::CredentialExpiring => format!("The {erp} login stops working soon: {key}."),
        F::SkuNotFound => format!(
            "{n} {} on one product code that {erp} does not know: \"{key}\".",
            wait(count)
        ),
        F::CustomerNotFound if key == crate::resolve::GUEST_CHECKOUT => {
            format!(
                "{n} from guest checkouts {} for a customer record in {erp}.",
                wait(count)
            )
        }
        F::CustomerNotFound => format!(
            "{n} {} for a customer {erp} cannot find: {key}.",
            wait(count)
        ),
        F::PeriodClosed => format!(
            "{n} {} dated in {key}, a period that is closed in {erp}.",
            if count == 1 { "is" } else { "are" }
        ),
        F::ErpTimeout => format!("{n} failed because {erp} took too long to answer."),
        F::RateLimited => format!("{n} failed because {erp} was too busy at the time."),
        F::DuplicateOrder => format!("{n} may already be in {erp} under the same reference."),
        F::UnclassifiedError => format!("{n} failed with an error we could not put a name to."),
        F::FieldTooLong => format!(
            "{n} {} a value too long for the {erp} field \"{key}\".",
            if count == 1 { "has" } else { "have" }
        ),
        F::UnsupportedCharacters => format!(
            "{n} {} emoji or hidden characters in the {key} that {erp} refuses.",
            if count == 1 { "has" } else { "have" }
        ),
        F::CountryCodeMismatch => format!(
            "{n} {} the country written as \"{key}\" where {erp} needs a two-letter code.",
            if count == 1 { "has" } else { "have" }
        ),
        F::StateCodeMismatch => format!(
            "{n} {} the state written as \"{key}\" instead of its code.",
            if count == 1 { "has" } else { "have" }
        ),
        F::TaxCodeUnmapped => format!(
            "{n} {} a tax rate {erp} has no tax code for: {key}.",
            if count == 1 { "carries" } else { "carry" }
        ),
        F::CurrencyInactive => format!(
            "{n} {} in {key}, a currency that is not active in {erp}.",
            if count == 1 { "is" } else { "are" }
        ),
        F::TotalMismatch => format!(
            "{n} {} totals that do not add up from {} lines.",
            if count == 1 { "has" } else { "have" },
            if count == 1 { "its" } else { "their" }
        ),
        F::ClockSkew => format!("This computer's clock is {key}, enough to break signed logins."),
        F::StatusUnverified => format!(
            "{n} reached {erp}, but {} status does not read open or processing.",
            if count == 1 { "its" } else { "their" }
        ),
        F::OrderNotSynced => format!(
            "{n} from {store} {} not in {erp} yet.",
            if count == 1 { "is" } else { "are" }
        ),
        F::ErpPermissionMissing if count == 0 => format!(
            "The {erp} login works, but its role lacks a permission this app needs{}.",
            if key.is_empty() { String::new() } else { format!(": {key}") }
        ),
        F::ErpPermissionMissing => format!(
            "{n} failed because the {erp} integration role lacks a permission{}.",
            if key.is_empty() { String::new() } else { format!(" ({key})") }
        ),
        F::NegativeInventory if key.is_empty() => format!(
            "{n} {} because {erp} has too little stock to book {}.",
            wait(count),
            if count == 1 { "it" } else { "them" }
        ),
        F::NegativeInventory => format!(
            "{n} {} because {erp} has too little stock of \"{key}\" to book {}.",
            wait(count),
            if count == 1 { "it" } else { "them" }
        ),
        F::OrderNotReady if key.is_empty() => format!(
            "{n} {} held back because {store} does not count {} as paid yet.",
            if count == 1 { "is" } else { "are" },
            if count == 1 { "it" } else { "them" }
        ),
        F::OrderNotReady => format!(
            "{n} {} held back because {store} marks {} \"{key}\", which is not ready to book.",
            if count == 1 { "is" } else { "are" },
            if count == 1 { "it" } else { "them" }
        ),
        F::ApiVersionRetiring if key.is_empty() => {
            "A vendor interface this app uses is being retired.".into()
        }
        F::ApiVersionRetiring => {
            format!("A vendor interface this app uses is being retired: {key}.")
        }
        F::UnknownVendorAnswer if count == 0 => format!(
            "{} answered in a way this version of the app does not know.",
            if key.is_empty() { erp.as_str() } else { key }
        ),
        F::UnknownVendorAnswer => format!(
            "{n} got an answer from {erp} that this version of the app does not know."
        ),
        F::SignInAgain => format!(
            "The {} sign-in has ended, so the app cannot reach it until you sign in again.",
            if key.is_empty() { erp.as_str() } else { key }
        ),
        F::OrderLeftErp => format!(
            "{n} {} in {erp} before but {} not there now, so {} to be sent again.",
            if count == 1 { "was" } else { "were" },
            if count == 1 { "is" } else { "are" },
            if count == 1 { "it waits" } else { "they wait" }
        ),
        F::ErpDuplicates if key == LOOK_ALIKE => format!(
            "{n} from {store} may be in {erp} twice: a copy without the store's reference has the same customer, date, total and lines.",
        ),
        F::ErpDuplicates => format!(
            "{n} from {store} {} in {erp} more than once.",
            if count == 1 { "is" } else { "are" }
        ),
        F::DataFolderNotPrivate => format!(
            "Other accounts on this computer can read the folder that holds your customers' data{}.",
            if key.is_empty() { String::new() } else { format!(" ({key})") }
        ),
        F::MiddlewareUnreachable => format!(
            "The app cannot reach {} to read its failed runs.",
            if key.is_empty() { "your integration tool" } else { key }
        ),
        F::MiddlewareAuthFailed => format!(
            "{} does not accept the saved API key any more.",
            if key.is_empty() { "Your integration tool" } else { key }
        ),
        F::MiddlewareRetryable => format!(
            "{n} that failed in {} can be run again there.",
            if key.is_empty() { "your integration tool" } else { key }
        ),
    }
}

/// What to do about it, in one line.
pub fn fix(
    code: FindingCode,
    key: Option<&str>,
    suggestion: Option<&str>,
    ctx: &Context,
) -> String {
    use FindingCode as F;
    let erp = &ctx.erp;
    let store = &ctx.store;
    let key = key.unwrap_or("");
    match code {
        // Keyless findings come from logs that do not name the value; say what to look for.
        F::SkuNotFound if key.is_empty() => format!("Find the product in the order, create it in {erp} or map its SKU to an existing item, then resend."),
        F::CountryCodeMismatch if key.is_empty() => format!("Check the order's country and map it to the code {erp} uses, then resend."),
        F::StateCodeMismatch if key.is_empty() => format!("Check the order's state and map it to its code so {erp} files it correctly."),
        F::CurrencyInactive if key.is_empty() => format!("Activate the order's currency in {erp}, then resend."),
        F::StoreUnreachable => format!("Check your internet connection; if it works, {store} has an outage: wait and check again."),
        F::ErpUnreachable => format!("Check your internet connection; if it works, {erp} has an outage: resend once it is back."),
        F::StoreMaintenance | F::ErpMaintenance => "Wait for the maintenance to end, then check again; nothing is lost meanwhile.".into(),
        F::StoreIncident => format!("Orders may arrive late until {store} fixes it; check again later, nothing is lost meanwhile."),
        F::ErpIncident => format!("Orders may fail until {erp} fixes it; resend the failed ones once its status page is green."),
        F::StoreAuthFailed => format!("Create a new access token in {store} and save it with \"sync-doctor login store\"."),
        F::ErpAuthFailed => format!("If the connection test above is green, resend these orders; otherwise renew the {erp} login."),
        F::CredentialExpiring => format!("Renew it in {erp} before that date and save the new one, so orders keep flowing."),
        F::SkuNotFound => match suggestion {
            Some(s) => format!("It looks like a typo of \"{s}\": map \"{key}\" to \"{s}\", or create the item in {erp}."),
            None => format!("Create the item \"{key}\" in {erp}, or map it to an existing item, then resend."),
        },
        F::CustomerNotFound if key == crate::resolve::GUEST_CHECKOUT => match suggestion {
            Some(s) => format!("Book guest checkouts to the {erp} customer \"{s}\", or create one for them in {erp}, then resend."),
            None => format!("Create one {erp} customer for guest checkouts (for example \"Web Store Guest\") and choose it here, then resend."),
        },
        F::CustomerNotFound => format!("Create the customer in {erp} or map this e-mail to an existing one, then resend."),
        F::PeriodClosed if key.is_empty() => "Ask your accountant to reopen the period, or post these orders into the current open period.".into(),
        F::PeriodClosed => format!("Ask your accountant to reopen {key}, or post these orders into the current open period."),
        F::ErpTimeout => "Resend them; the doctor checks each one first, so none is created twice.".into(),
        F::RateLimited => "Resend them; the doctor paces its requests so this does not happen again.".into(),
        F::DuplicateOrder => format!("Open {erp} and check whether the order is already there before doing anything else."),
        F::UnclassifiedError => "Read the technical details below; if they do not help, send them to your ERP partner.".into(),
        F::FieldTooLong => format!("Shorten the value in {store} (or in the order), then resend."),
        F::UnsupportedCharacters => "Remove the emoji or hidden characters from the address, then resend.".into(),
        F::CountryCodeMismatch => match suggestion {
            Some(s) => format!("Send \"{key}\" as its code \"{s}\", then resend."),
            None => format!("Map \"{key}\" to its two-letter code (for example \"US\"), then resend."),
        },
        F::StateCodeMismatch => match suggestion {
            Some(s) => format!("Send \"{key}\" as its code \"{s}\" so {erp} files it correctly."),
            None => format!("Map \"{key}\" to its state code (for example \"CA\") so {erp} files it correctly."),
        },
        F::TaxCodeUnmapped => match suggestion {
            Some(s) => format!("Use the {erp} tax code \"{s}\", whose rate differs only by rounding, then resend."),
            None => format!("Create a tax code with this rate in {erp} (or map the rate to an existing code), then resend."),
        },
        F::CurrencyInactive => format!("Activate {key} in {erp}, then resend."),
        F::TotalMismatch => format!("Compare the order in {store} with what {erp} will compute; a missing discount line is the usual cause."),
        F::OrderNotSynced => "Fix what the steps above point out, then resend the orders that are ready.".into(),
        F::StatusUnverified => format!("Let the doctor look them up again (it confirms a quotation a lost answer left behind); if one stays, open it in {erp} and see why it is on hold, closed or cancelled."),
        F::ClockSkew => "Turn on \"Set time automatically\" in this computer's date and time settings, then check again.".into(),
        F::ErpPermissionMissing => format!("Ask whoever manages {erp} to add the missing permission to the integration's role (the technical details name it), then check again."),
        F::NegativeInventory => format!("Receive or adjust the stock in {erp} (or allow negative stock for the item), then resend."),
        F::OrderNotReady => format!("Nothing to do until the order is paid in {store}; it is sent by itself then. Which statuses count as ready is a setting of the store connection."),
        // The key names the version; one that starts with the ERP's name is the ERP's own
        // release (Odoo 17), which its owner upgrades, not this app.
        F::ApiVersionRetiring if !key.is_empty() && key.starts_with(erp.as_str()) => format!("Ask whoever looks after {erp} to plan its upgrade to a supported version; this app keeps working with it meanwhile."),
        F::ApiVersionRetiring => "Update Order Sync Doctor before that date; nothing else needs to change on your side.".into(),
        F::UnknownVendorAnswer => "Nothing was guessed: the raw answer is in the technical details. Update Order Sync Doctor, or send those details to support.".into(),
        F::SignInAgain => format!("Open Connections and sign in to {erp} again with your browser; nothing waiting is lost."),
        F::OrderLeftErp => format!("If nobody in {erp} removed them on purpose, resend them: each is looked up first, so none is created twice."),
        F::ErpDuplicates if key == LOOK_ALIKE => format!("Open both documents in {erp}; if they are the same sale, keep the one with the store's reference and cancel the other there. This app never deletes or cancels documents in {erp}."),
        F::ErpDuplicates => format!("Keep the copy that is further along (shipped or invoiced) and cancel the other in {erp}; this app never deletes or cancels documents there."),
        F::DataFolderNotPrivate => "Make the folder readable by your account only (the technical details name it and its permissions), or ask whoever looks after this computer.".into(),
        F::MiddlewareUnreachable => "Check its address in Connections and that it is running; orders keep waiting, none is lost.".into(),
        F::MiddlewareAuthFailed => "Create a new API key in its settings (n8n: Settings → n8n API) and save it in Connections.".into(),
        F::MiddlewareRetryable => format!("Once nothing in the steps above holds them, retry them in {}: each order is looked up in {erp} first, so none is created twice.", if key.is_empty() { "your integration tool" } else { key }),
    }
}

/// One sentence for a rule the user chose that changed how orders are sent.
pub fn applied(code: FindingCode, count: usize, key: Option<&str>, ctx: &Context) -> String {
    use FindingCode as F;
    let n = orders(count);
    let erp = &ctx.erp;
    let key = key.unwrap_or("");
    match code {
        F::PeriodClosed => format!(
            "{n} dated in a closed period {} posted into the next open one ({key}), as you chose.",
            if count == 1 { "is" } else { "are" }
        ),
        F::FieldTooLong => format!(
            "{n} {} the \"{key}\" value shortened to fit {erp}, as you chose.",
            if count == 1 { "has" } else { "have" }
        ),
        F::UnsupportedCharacters => format!(
            "{n} {} the {key} sent without the characters {erp} refuses, as you chose.",
            if count == 1 { "has" } else { "have" }
        ),
        other => format!("{n}: {} was handled by a rule you chose.", other.as_str()),
    }
}

/// The fix line of a rule already applied: nothing to do, and how to go back.
pub fn applied_fix(code: FindingCode) -> &'static str {
    match code {
        FindingCode::PeriodClosed => "Nothing to do; the technical details show each order's old and new date. Undo the rule from the activity log to wait for the period to reopen instead.",
        _ => "Nothing to do; the technical details show each value as it is sent. Undo the rule from the activity log to fix the values in the store instead.",
    }
}

fn these(count: usize) -> String {
    if count == 1 {
        "this order".into()
    } else {
        format!("these {count} orders")
    }
}

/// The label of a remedy, as the button or the CLI shows it. `name` is how people know the
/// value the remedy uses when that value is an id (the customer "Web Store Guest").
pub fn remedy_label(
    action: &RemedyAction,
    count: usize,
    name: Option<&str>,
    ctx: &Context,
) -> String {
    let erp = &ctx.erp;
    match action {
        RemedyAction::Resend {
            code: Some(FindingCode::StatusUnverified),
        } => format!(
            "Look {} up again and finish any step left undone in {erp}",
            if count == 1 { "it" } else { "them" }
        ),
        RemedyAction::Resend {
            code: Some(FindingCode::OrderLeftErp),
        } => format!(
            "Send {} to {erp} again (each is looked up first)",
            if count == 1 { "it" } else { "them" }
        ),
        RemedyAction::Resend { code: Some(_) } => format!("Resend {}", these(count)),
        RemedyAction::Resend { code: None } => format!(
            "Resend the {count} order{} that {} ready",
            if count == 1 { "" } else { "s" },
            if count == 1 { "is" } else { "are" }
        ),
        RemedyAction::Map { kind, from, to } => match kind {
            MappingKind::Sku => format!("Use \"{to}\" for \"{from}\""),
            MappingKind::Customer if from == GUEST_CHECKOUT => format!(
                "Book every guest checkout to the {erp} customer \"{}\"",
                name.unwrap_or(to)
            ),
            MappingKind::Tax => format!(
                "Use the {erp} tax code \"{}\" for \"{from}\"",
                name.unwrap_or(to)
            ),
            _ => format!("Send \"{from}\" as \"{to}\""),
        },
        RemedyAction::RetryInMiddleware { .. } => format!(
            "Retry {} in {}",
            these(count),
            name.unwrap_or("the integration tool")
        ),
        RemedyAction::CreateItem { sku } => format!("Create the item \"{sku}\" in {erp}"),
        RemedyAction::CreateCustomer { key } if key == GUEST_CHECKOUT => format!(
            "Create a \"{GUEST_CUSTOMER}\" customer in {erp} and book guest checkouts to it"
        ),
        RemedyAction::CreateCustomer { key } => format!("Create the customer {key} in {erp}"),
        RemedyAction::Policy { policy: Policy::ClosedPeriod, .. } => "Post orders dated in a closed period on the first day of the next open period (shown on each order)".into(),
        RemedyAction::Policy { .. } => format!("Send such values the way {erp} accepts them: cleaned and shortened as the details show"),
    }
}

/// The decision a remedy records, in words, for its preview; empty when it records none.
pub fn remedy_change(action: &RemedyAction, mappings: &Mappings) -> String {
    match action {
        RemedyAction::Map { kind, from, to } => match mappings.get(*kind, from) {
            Some(before) => format!(
                "{} \"{from}\" is sent as \"{to}\" instead of \"{before}\"",
                kind.as_str()
            ),
            None => format!("{} \"{from}\" is sent as \"{to}\"", kind.as_str()),
        },
        RemedyAction::Policy { policy, value } => format!(
            "the rule \"{}\" changes from \"{}\" to \"{value}\"",
            policy.as_str(),
            mappings.policies.get(*policy)
        ),
        RemedyAction::CreateCustomer { key } if key == GUEST_CHECKOUT => {
            format!("guest checkouts are booked to the new customer \"{GUEST_CUSTOMER}\"")
        }
        _ => String::new(),
    }
}

/// What a remedy writes to the ERP, for its preview.
pub fn remedy_erp_change(created: Option<&NewRecord>, erp: &str) -> String {
    match created {
        Some(NewRecord::Item(item)) => format!(
            "Creates the item \"{}\" (\"{}\") in {erp}; asking twice does not create two.",
            item.sku, item.name
        ),
        Some(NewRecord::Customer(customer)) => format!(
            "Creates the customer \"{}\"{} in {erp}; asking twice does not create two.",
            customer.name,
            customer
                .email
                .as_deref()
                .map(|e| format!(" ({e})"))
                .unwrap_or_default()
        ),
        None => {
            format!("Nothing is written to {erp} now; the change applies when orders are sent.")
        }
    }
}

/// The preview of a resend: what is sent and why it is safe.
pub fn resend_preview(count: usize, erp: &str) -> (String, String) {
    (
        format!("{} sent to {erp} again", orders(count)),
        format!("Each order is first looked up in {erp} by its reference and only created if it is not there, so none is created twice."),
    )
}

/// What the ERP does with every order on its own, said before a resend so no change is
/// silent: Business Central refuses a bill-to address from an app (`billTo*` are read-only on
/// its sales order API) and fills it in itself.
pub fn resend_notes(erp: &str) -> Vec<String> {
    match erp {
        "Business Central" => vec!["Business Central fills in each order's bill-to address itself, from the customer card; the order's billing address is sent as its sell-to address.".into()],
        _ => Vec::new(),
    }
}

/// The screen where the fix is made, when there is one: the ERP's, or for an order the store
/// does not count as paid (`OrderNotReady`, `erp` is then the store), the store's.
pub fn where_to_click(code: FindingCode, erp: &str) -> Option<&'static str> {
    use FindingCode as F;
    Some(match (erp, code) {
        ("NetSuite", F::SkuNotFound) => "NetSuite: Lists → Accounting → Items → New",
        ("NetSuite", F::CustomerNotFound) => "NetSuite: Lists → Relationships → Customers → New",
        ("NetSuite", F::PeriodClosed) => "NetSuite: Setup → Accounting → Manage Accounting Periods (reopening needs the Override Period Restrictions permission)",
        ("NetSuite", F::TaxCodeUnmapped) => "NetSuite: Setup → Accounting → Tax Codes → New",
        ("NetSuite", F::CurrencyInactive) => "NetSuite: Lists → Accounting → Currencies",
        ("NetSuite", F::ErpAuthFailed | F::CredentialExpiring) => "NetSuite: Setup → Integration → Manage Authentication → OAuth 2.0 Client Credentials (M2M) Setup",
        ("NetSuite", F::ErpPermissionMissing) => "NetSuite: Setup → Users/Roles → Manage Roles → the integration's role → Permissions (add the permission the details name)",
        ("NetSuite", F::DuplicateOrder) => "NetSuite: Transactions → Sales → Enter Sales Orders → List, search by PO/Check Number",
        ("Business Central", F::SkuNotFound) => "Business Central: search for Items → New (the No. must match the SKU)",
        ("Business Central", F::CustomerNotFound) => "Business Central: search for Customers → New, with the buyer's e-mail",
        ("Business Central", F::PeriodClosed) => "Business Central: search for User Setup (or General Ledger Setup) → Allow Posting From / Allow Posting To",
        ("Business Central", F::CurrencyInactive) => "Business Central: search for Currencies → New, with its exchange rates",
        ("Business Central", F::CountryCodeMismatch) => "Business Central: search for Countries/Regions to see the codes it accepts",
        ("Business Central", F::ErpAuthFailed | F::CredentialExpiring) => "Azure portal: App registrations → your app → Certificates & secrets (then Business Central: Microsoft Entra Applications)",
        ("Business Central", F::RateLimited) => "Business Central admin center: the environment's operational limits (6,000 requests per 5 minutes per user)",
        ("SAP Business One", F::SkuNotFound) => "SAP Business One: Inventory → Item Master Data (add the item with this Item No.)",
        ("SAP Business One", F::CustomerNotFound) => "SAP Business One: Business Partners → Business Partner Master Data",
        ("SAP Business One", F::PeriodClosed) => "SAP Business One: Administration → System Initialization → Posting Periods (set the period to Unlocked)",
        ("SAP Business One", F::TaxCodeUnmapped) => "SAP Business One: Administration → Setup → Financials → Tax → Sales Tax Codes (Tax Groups in VAT countries)",
        ("SAP Business One", F::NegativeInventory) => "SAP Business One: Inventory → Inventory Transactions → Goods Receipt to receive the stock, or the \"Block negative inventory\" setting in Administration → System Initialization → Document Settings → General",
        ("SAP Business One", F::CurrencyInactive) => "SAP Business One: Administration → Setup → Financials → Currencies",
        ("SAP Business One", F::FieldTooLong | F::StateCodeMismatch | F::CountryCodeMismatch) => "SAP Business One: Administration → Setup → General → Countries/States (codes of up to 3 characters)",
        ("SAP Business One", F::ErpAuthFailed) => "SAP Business One: Administration → Setup → General → Users (the integration user's password and license)",
        ("Odoo", F::SkuNotFound) => "Odoo: Inventory (or Sales) → Products → Products → New, with this Internal Reference",
        ("Odoo", F::CustomerNotFound) => "Odoo: Contacts → New, with the buyer's e-mail",
        ("Odoo", F::PeriodClosed) => "Odoo: Accounting → Configuration → Settings → Lock Dates",
        ("Odoo", F::TaxCodeUnmapped) => "Odoo: Accounting → Configuration → Taxes → New",
        ("Odoo", F::CurrencyInactive) => "Odoo: Accounting → Configuration → Currencies (activate it)",
        ("Odoo", F::ErpAuthFailed) => "Odoo: your user's Preferences → Account Security → New API Key",
        ("Tryton", F::SkuNotFound) => "Tryton: Product → Products → New (the variant's Code must match the SKU, and Salable ticked)",
        ("Tryton", F::CustomerNotFound) => "Tryton: Party → Parties → New, with the buyer's e-mail and an address",
        ("Tryton", F::PeriodClosed) => "Tryton: Financial → Configuration → Fiscal Years → Fiscal Years, open the period (Re-Open)",
        ("Tryton", F::TaxCodeUnmapped) => "Tryton: Financial → Configuration → Taxes → Taxes → New",
        ("Tryton", F::CurrencyInactive) => "Tryton: Currency → Currencies (tick Active)",
        ("Tryton", F::ErpAuthFailed) => "Tryton: Administration → Users → Users (the integration user's password)",
        ("NetSuite", F::ErpDuplicates) => "NetSuite: Transactions → Sales → Enter Sales Orders → List (search by PO/Check Number), open the copy → Actions → Close or Cancel Order",
        ("Business Central", F::ErpDuplicates) => "Business Central: search for Sales Orders, filter External Document No.; open the copy and Delete it (a posted copy: create a credit memo)",
        ("SAP Business One", F::ErpDuplicates) => "SAP Business One: Sales – A/R → Sales Order, find by Customer Ref. No.; open the copy → right-click → Cancel",
        ("Odoo", F::ErpDuplicates) => "Odoo: Sales → Orders, search the Customer Reference; open the copy → Cancel",
        ("Tryton", F::ErpDuplicates) => "Tryton: Sales → Sales, search the Reference; open the copy: a draft or quotation is cancelled with Cancel, a processed one by cancelling its shipment and crediting its invoice",
        ("NetSuite", F::CountryCodeMismatch | F::StateCodeMismatch) => "NetSuite: Setup → Company → States/Provinces/Counties (the codes it accepts)",
        ("WooCommerce", F::OrderNotReady) => "WordPress admin: WooCommerce → Orders → the order → Status \"Processing\" once its payment is in",
        ("Shopify", F::OrderNotReady) => "Shopify admin: Orders → the order → Collect payment → Mark as paid",
        ("the order file", F::OrderNotReady) => "Shopify admin: Orders → the order → Collect payment → Mark as paid, then export the orders again",
        ("Odoo", F::ApiVersionRetiring) => "Odoo: Settings → About shows the version; upgrade the database through Odoo's upgrade service (upgrade.odoo.com) or your Odoo partner",
        ("Shopify", F::ApiVersionRetiring) => "Order Sync Doctor: install its newest version, which speaks a newer Shopify API version (a profile's api_version under [store] overrides the version the app pins)",
        _ => return None,
    })
}

/// A reconciliation row's standing in a few words, and what it means for the manager.
pub fn standing(standing: crate::reconcile::Standing, erp: &str) -> (&'static str, String) {
    use crate::reconcile::Standing as S;
    match standing {
        S::InBoth => ("In both", format!("The order is in {erp} once, with the same total.")),
        S::TotalsDiffer => ("Totals differ", format!("The order is in {erp}, but its total there differs from the store's by more than a cent.")),
        S::Duplicated => ("Duplicated", format!("{erp} holds the order more than once under its reference: keep one, cancel the others in {erp}.")),
        S::StoreOnly => ("Store only", format!("Sold in the store and not in {erp}: it waits to be sent.")),
        S::ErpOnly => ("ERP only", format!("A {erp} document carries a store reference this app has not seen: check it in the store and in {erp}.")),
    }
}

/// Step titles, as the wizard and the CLI show them.
pub fn step_title(step: u8) -> &'static str {
    match step {
        1 => "Status and connection",
        2 => "Error log",
        3 => "Data formatting and mapping",
        4 => "Tax and currency",
        _ => "Orders waiting to be resent",
    }
}

/// What to do about failures in the integration tool: fixed in the ERP or in the tool's own
/// flow (this app's mappings and resend do not reach it), then retried there.
pub fn middleware_fix(code: FindingCode, key: Option<&str>, system: &str, ctx: &Context) -> String {
    use FindingCode as F;
    let erp = &ctx.erp;
    let retry = format!(
        "retry them in {system}: each order is looked up in {erp} first, so none is created twice"
    );
    match (code, key) {
        (c, _) if c.is_transient() => format!("Nothing to correct: {retry}."),
        (F::SkuNotFound, Some(sku)) => format!("Create the item \"{sku}\" in {erp}, or correct the SKU in {system}'s flow; then {retry}."),
        (F::CustomerNotFound, Some(customer)) => format!("Create the customer {customer} in {erp}, or correct how {system}'s flow finds it; then {retry}."),
        _ => format!("Correct it in {erp} or in {system}'s flow ({erp}'s own words are in the technical details); then {retry}."),
    }
}

/// How many failed runs the integration tool holds, and that those naming no order are not
/// retried from this app (it cannot look them up in the ERP first).
pub fn middleware_runs_detail(system: &str, runs: usize, unnamed: usize) -> String {
    let mut detail = format!(
        "{runs} failed run{} in {system}.",
        if runs == 1 { "" } else { "s" }
    );
    if unnamed > 0 {
        detail.push_str(&format!(
            " {unnamed} of them name{} no order, so the app cannot look {} up in the ERP and does not retry {}: open {} to see {}.",
            if unnamed == 1 { "s" } else { "" },
            if unnamed == 1 { "it" } else { "them" },
            if unnamed == 1 { "it" } else { "them" },
            system,
            if unnamed == 1 { "it" } else { "them" },
        ));
    }
    detail
}

/// The preview of "Retry in n8n": what changes, and what the ERP is asked first.
pub fn middleware_retry_preview(system: &str, count: usize, erp: &str) -> (String, String) {
    (
        format!("{system} runs the failed runs of {} again, with its own mappings and flow.", these(count)),
        format!("{system} writes each order to {erp} through its own flow. Before each retry the order is looked up in {erp}; one {erp} already holds is not retried, so none is created twice. After the retry the app reads how the run ended and looks the order up in {erp} again."),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_sentence_and_a_fix() {
        let ctx = Context {
            store: "Shopify".into(),
            erp: "NetSuite".into(),
            creates_records: true,
        };
        for code in FindingCode::ALL {
            for count in [1, 3] {
                let m = message(code, count, Some("KEY"), &ctx);
                assert!(m.ends_with('.') && m.len() > 15, "{code}: {m}");
                assert!(!m.contains('{'), "{code}: {m}");
            }
            let keyless = message(code, 2, None, &ctx);
            assert!(
                !keyless.contains("\"\"")
                    && !keyless.contains(" ,")
                    && !keyless.contains(": .")
                    && !keyless.contains("  "),
                "{code}: {keyless}"
            );
            let keyless_fix = fix(code, None, None, &ctx);
            assert!(
                !keyless_fix.contains("\"\"")
                    && !keyless_fix.contains(" ,")
                    && !keyless_fix.contains("  "),
                "{code}: {keyless_fix}"
            );
            let f = fix(code, Some("KEY"), None, &ctx);
            assert!(f.ends_with('.') && f.len() > 15, "{code}: {f}");
        }
    }

    #[test]
    fn sap_says_where_stock_is_received_and_where_negative_stock_is_blocked() {
        let place = where_to_click(FindingCode::NegativeInventory, "SAP Business One").unwrap();
        assert!(
            place.contains("Inventory Transactions → Goods Receipt"),
            "{place}"
        );
        assert!(place.contains("Block negative inventory"), "{place}");
    }
}
