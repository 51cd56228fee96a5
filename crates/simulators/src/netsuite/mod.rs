//! NetSuite SuiteTalk REST on loopback, following what Oracle publishes: the OAuth 2.0 token
//! endpoint (JWT client assertion) and token-based auth (OAuth 1.0a HMAC-SHA256, realm
//! `1234567_SB1`), SuiteQL with its page and result caps, the `salesOrder` record (POST
//! create, PUT `eid:` upsert that appends unkeyed lines unless `replace=item`, GET with the
//! status as `{id, refName}`, DELETE), item and customer upserts, and NetSuite's `nsError`
//! answers. Every behaviour names its source beside it; `docs/vendors/netsuite.md` has the
//! table of wire facts and the tests that pin each one.
//!
//! Layout: `routes` (paths and sign-in), `auth` (tokens and signatures), `sales_orders`,
//! `lists` (items, customers), `validation` (what NetSuite refuses on a sales order),
//! `suiteql` (the query endpoint and its paging), `sql` and `tables` (the query language and
//! the account as tables), `permissions` (the integration role), `errors` (NetSuite's words).

mod account;
mod auth;
mod authorization_code;
mod errors;
mod lists;
mod permissions;
mod routes;
mod sales_orders;
mod sql;
mod suiteql;
mod tables;
mod validation;

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rand::Rng;
use serde_json::Value;

pub use account::{Account, Currency, Customer, Item, Period, SalesOrder, TaxItem};
pub use authorization_code::{PUBLIC_CLIENT_ID, REDIRECT_URI};
pub use permissions::Role;
pub use suiteql::RESULT_CAP;

use crate::faults::{Faults, Window};
use crate::server::{serve, Running};

/// Credentials the simulated account accepts.
#[derive(Debug, Clone, Default)]
pub struct Integration {
    pub client_id: String,
    pub certificate_id: String,
    /// ES256 public key coordinates (base64url).
    pub public_x: String,
    pub public_y: String,
    pub consumer_key: String,
    pub consumer_secret: String,
    pub token_id: String,
    pub token_secret: String,
    /// The account id as the OAuth 1.0a realm writes it: upper case, `_` (`1234567_SB1`).
    pub realm: String,
    pub token_lifetime: Duration,
}

/// OneWorld: the subsidiaries records belong to. Everything not listed here belongs to the
/// first subsidiary (`1`) and every currency is offered there.
#[derive(Debug, Clone, Default)]
pub struct Subsidiaries {
    /// Customers whose primary subsidiary is another one: customer id → subsidiary id.
    pub customer: HashMap<String, String>,
    /// Currencies a subsidiary does not transact in: (subsidiary id, currency id).
    pub currency_not_offered: HashSet<(String, String)>,
}

/// A unit of measure: a line of a units type's `uom` sublist (SuiteQL table `unitstypeuom`;
/// Lists → Accounting → Units of Measure). Fields as the REST record browser names them on
/// `unitsType-uomElement` (`internalId`, `unitName`, `pluralName`, `abbreviation`,
/// `pluralAbbreviation`, `baseUnit`, `conversionRate`), lower case in SuiteQL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitOfMeasure {
    pub internal_id: String,
    /// The units type (`unitstype`) it belongs to.
    pub units_type: String,
    pub unit_name: String,
    pub plural_name: String,
    pub abbreviation: String,
    pub plural_abbreviation: String,
    pub base_unit: bool,
    /// How many base units one of it is.
    pub conversion_rate: rust_decimal::Decimal,
}

/// The units the simulated account keeps. NetSuite ships none (an account defines its units
/// types once the Multiple Units of Measure feature is on), so these are composed: a count
/// type (each, dozen) and a weight type with the pound as its base, the way a US account
/// selling by weight sets them up.
pub fn default_units() -> Vec<UnitOfMeasure> {
    let unit = |id: &str, units_type: &str, names: [&str; 4], base: bool, rate: i64, scale: u32| {
        UnitOfMeasure {
            internal_id: id.into(),
            units_type: units_type.into(),
            unit_name: names[0].into(),
            plural_name: names[1].into(),
            abbreviation: names[2].into(),
            plural_abbreviation: names[3].into(),
            base_unit: base,
            conversion_rate: rust_decimal::Decimal::new(rate, scale),
        }
    };
    vec![
        unit("1", "1", ["Each", "Each", "ea", "ea"], true, 1, 0),
        unit("2", "1", ["Dozen", "Dozens", "dz", "dz"], false, 12, 0),
        unit("3", "2", ["Pound", "Pounds", "lb", "lbs"], true, 1, 0),
        unit("4", "2", ["Ounce", "Ounces", "oz", "oz"], false, 625, 4),
        unit(
            "5",
            "2",
            ["Kilogram", "Kilograms", "kg", "kg"],
            false,
            220_462,
            5,
        ),
    ]
}

#[derive(Debug)]
pub struct NetSuiteState {
    pub account: Account,
    pub integration: Integration,
    pub faults: Faults,
    pub requests: u64,
    pub tokens_issued: u64,
    tokens: HashMap<String, Instant>,
    nonces: HashSet<String>,
    pub window: Window,
    base_url: String,
    next_id: u64,
    /// Items and customers created through the API, by external id: an upsert of the same
    /// external id updates the record instead of adding one.
    created: HashMap<String, String>,
    /// The status letter a new sales order ends in (`B`, Pending Fulfillment, unless an
    /// approval workflow or a script puts it elsewhere: `A` pending approval, `H` closed).
    pub new_order_status: String,
    /// What the integration role may not do (Setup → Users/Roles → Manage Roles).
    pub role: Role,
    /// The integration user's date preference, which SuiteQL prints dates in unless a query
    /// asks `TO_CHAR(d, 'YYYY-MM-DD')` (Home → Set Preferences → Date Format). A chrono
    /// format; NetSuite's US default `M/D/YYYY` unless a test picks another.
    pub date_format: String,
    pub subsidiaries: Subsidiaries,
    /// Setup → Company → Enable Features → Items & Inventory → Multiple Units of Measure. Off,
    /// SuiteQL has no `unitstypeuom` table.
    pub multiple_units: bool,
    /// The units of measure: [`default_units`] unless a test sets others.
    pub units: Vec<UnitOfMeasure>,
    /// SuiteQL queries answered (each page is one), for tests that count paging.
    pub suiteql_queries: u64,
    /// An item created while a read of the item table is under way: added just before the
    /// page at this offset is answered, so the pages answered after it are shifted by one.
    pub item_added_at_offset: Option<(usize, Item)>,
    /// Browser sign-ins of the public integration record: requests waiting for consent,
    /// codes and refresh tokens.
    pub sign_in: crate::authorization_code::AuthorizationServer,
}

impl NetSuiteState {
    fn new(account: Account, integration: Integration) -> Self {
        Self {
            account,
            integration,
            faults: Faults::default(),
            requests: 0,
            tokens_issued: 0,
            tokens: HashMap::new(),
            nonces: HashSet::new(),
            window: Window::default(),
            base_url: String::new(),
            next_id: 1000,
            created: HashMap::new(),
            new_order_status: "B".into(),
            role: Role::default(),
            date_format: "%-m/%-d/%Y".into(),
            subsidiaries: Subsidiaries::default(),
            multiple_units: true,
            units: default_units(),
            suiteql_queries: 0,
            item_added_at_offset: None,
            sign_in: Default::default(),
        }
    }

    /// A bearer token for the integration's token lifetime.
    fn issue_access_token(&mut self) -> String {
        let token: String = rand::thread_rng()
            .sample_iter(&rand::distributions::Alphanumeric)
            .take(40)
            .map(char::from)
            .collect();
        self.tokens.insert(
            token.clone(),
            Instant::now() + self.integration.token_lifetime,
        );
        self.tokens_issued += 1;
        token
    }

    fn next_id(&mut self) -> String {
        self.next_id += 1;
        self.next_id.to_string()
    }

    /// A record's address as its `links` and `Location` give it.
    fn record_url(&self, record: &str, id: &str) -> String {
        format!("{}services/rest/record/v1/{record}/{id}", self.base_url)
    }
}

pub type SharedNetSuite = Arc<Mutex<NetSuiteState>>;

pub struct NetSuiteSimulator {
    pub state: SharedNetSuite,
    pub running: Running,
}

impl NetSuiteSimulator {
    pub async fn start(
        account: Account,
        integration: Integration,
        port: u16,
    ) -> std::io::Result<Self> {
        let state = Arc::new(Mutex::new(NetSuiteState::new(account, integration)));
        let running = serve(routes::router(state.clone()), port).await?;
        if let Ok(mut s) = state.lock() {
            s.base_url = running.base_url().to_string();
        }
        Ok(Self { state, running })
    }

    pub fn base_url(&self) -> url::Url {
        self.running.base_url()
    }

    pub fn update<T>(&self, change: impl FnOnce(&mut NetSuiteState) -> T) -> Option<T> {
        self.state.lock().ok().map(|mut s| change(&mut s))
    }

    /// Forget every issued access token, as NetSuite does when a token expires or is revoked.
    pub fn revoke_tokens(&self) {
        self.update(|s| s.tokens.clear());
    }

    /// An access token as the token endpoint issues one, for tests that call the REST API
    /// by hand to pin a wire fact.
    pub fn issue_token(&self) -> String {
        let token = format!("test-token-{}", rand::random::<u64>());
        self.update(|s| {
            let until = Instant::now() + s.integration.token_lifetime.max(Duration::from_secs(60));
            s.tokens.insert(token.clone(), until);
        });
        token
    }

    pub fn sales_orders(&self) -> Vec<SalesOrder> {
        self.update(|s| s.account.sales_orders.clone())
            .unwrap_or_default()
    }

    /// Add a record as if it had been entered long ago (its lines, when the body has an
    /// `item.items` sublist, numbered as NetSuite numbers them).
    pub fn insert_sales_order(&self, external_id: &str, body: Value) {
        self.update(|s| sales_orders::insert(s, external_id, body));
    }

    /// Delete a sales order as the account's own users can (`DELETE
    /// /record/v1/salesOrder/{id}`, or Actions → Delete on the order). Returns whether it
    /// was there.
    pub fn delete_sales_order(&self, id: &str) -> bool {
        self.update(|s| sales_orders::delete(s, id))
            .unwrap_or(false)
    }

    /// A second sales order for the same store order, as another integration would enter
    /// it. NetSuite keeps `externalId` unique per record type, so that copy carries the store
    /// reference in the field that is not unique, PO/Check Number (`otherRefNum`). Returns
    /// its internal id.
    pub fn insert_copy_by_other_integration(&self, external_id: &str) -> Option<String> {
        self.update(|s| sales_orders::copy_by_other_integration(s, external_id))
            .flatten()
    }

    /// Move an order on as NetSuite's own screens would (bill it: `G`; close it: `H`;
    /// cancel it: `C`). Returns whether the order was there.
    pub fn set_order_status(&self, id: &str, letter: &str) -> bool {
        self.update(|s| {
            s.account
                .sales_orders
                .iter_mut()
                .find(|o| o.id == id)
                .map(|o| o.status = letter.to_string())
                .is_some()
        })
        .unwrap_or(false)
    }
}
