use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use osd_model::{ErpRules, MasterData, Order};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::{ApiVersion, ErpOrderDraft, Result};

/// The answer of a cheap authenticated call.
#[derive(Debug, Clone, Serialize)]
pub struct ConnectionReport {
    /// What the system told us about itself, e.g. the shop's name.
    pub detail: String,
    /// When the credential in use stops working, when the system tells us.
    pub credential_expires: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Default)]
pub struct OrderQuery {
    /// Only orders changed after this instant (the cursor of the last successful pull).
    pub updated_since: Option<DateTime<Utc>>,
    /// The vendor's page cursor, from the previous page.
    pub after: Option<String>,
    pub page_size: u32,
}

/// A record the source sent that could not be read as an order. Never dropped silently.
#[derive(Debug, Clone, Serialize)]
pub struct RejectedRecord {
    pub reference: String,
    pub reason: String,
}

/// A record the vendor sent in a shape this connector does not know (the vendor's API changed,
/// or something in between answered): its own finding with the raw answer, never guessed at.
#[derive(Debug, Clone, Serialize)]
pub struct UnknownRecord {
    pub reference: String,
    /// What did not fit, in the parser's words.
    pub reason: String,
    /// The record as the vendor sent it (bounded).
    pub raw: String,
}

#[derive(Debug, Clone, Default)]
pub struct OrderPage {
    pub orders: Vec<Order>,
    pub rejected: Vec<RejectedRecord>,
    /// Records of a shape the connector does not know; set only by connectors that tell this
    /// apart from a record that is readable but unusable (`rejected`).
    pub unknown: Vec<UnknownRecord>,
    /// Pass as `after` to get the next page; `None` on the last page.
    pub next: Option<String>,
    /// The latest change time seen on this page, to store as the next pull's cursor.
    pub high_water: Option<DateTime<Utc>>,
}

/// Where the order system reads orders from.
#[async_trait]
pub trait StoreSource: Send + Sync {
    /// The vendor's name as a person knows it.
    fn system(&self) -> &'static str;
    /// The vendor API version this connector speaks, for step 1's warning before the vendor
    /// retires it (`lifecycle.rs` holds the schedules). Unknown by default.
    fn api_version(&self) -> ApiVersion {
        ApiVersion::Unknown
    }
    async fn test_connection(&self) -> Result<ConnectionReport>;
    async fn list_orders(&self, query: &OrderQuery) -> Result<OrderPage>;
    /// The store's own statuses of a paid order (`Order::store_status`), the default of the
    /// "ready to book" setting. Empty: this store names none, and every order is ready.
    fn paid_statuses(&self) -> &'static [&'static str] {
        &[]
    }
    /// How this store exports a large pull as one file, when it can.
    fn export(&self) -> Option<&dyn crate::store_export::StoreExport> {
        None
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErpOrderState {
    Open,
    Processing,
    /// The ERP took the order and moved it on: posted, invoiced, billed, done. Such a document
    /// may live somewhere else than the sales orders (Business Central's posted invoices).
    Completed,
    /// Cancelled, closed without fulfilment, on hold, or a status this app does not know.
    Other,
}

impl ErpOrderState {
    /// What "verified" means for an order the ERP holds: it is open, being processed, or
    /// already done with.
    pub fn is_live(self) -> bool {
        matches!(self, Self::Open | Self::Processing | Self::Completed)
    }
}

/// A sales order as the ERP holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErpOrder {
    pub erp_id: String,
    pub external_id: String,
    /// The ERP's own status text, e.g. `Pending Fulfillment`.
    pub status: String,
    pub state: ErpOrderState,
}

/// One line of an ERP sales document, enough to tell two copies of an order apart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErpDocumentLine {
    /// The item's number as the ERP shows it (the SKU, where the ERP keys items by it).
    pub item: String,
    pub quantity: Decimal,
}

/// A sales document as the ERP lists it for reconciliation, wherever the ERP keeps it (open
/// orders, posted invoices, archived or done documents): enough to match it to a store order
/// by its external id and to compare the two.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErpDocument {
    pub erp_id: String,
    /// The document number the ERP's own screens show (`SO1042`, `101007`).
    pub number: String,
    /// The store reference as the ERP holds it; empty when the document carries none.
    pub external_id: String,
    /// The ERP's own status text, e.g. `Pending Fulfillment`, `Posted invoice`.
    pub status: String,
    pub state: ErpOrderState,
    pub date: Option<NaiveDate>,
    /// The customer's number or id in the ERP.
    pub customer: String,
    /// The document's total including tax, in its currency, when the ERP lists it.
    pub total: Option<Decimal>,
    pub currency: String,
    /// `None` when the listing does not carry lines (they cost a call per document there).
    pub lines: Option<Vec<ErpDocumentLine>>,
}

/// A sales order just written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    pub erp_id: String,
    /// The order as the ERP's answer to the write describes it, when it does.
    pub record: Option<ErpOrder>,
}

/// Where orders go.
#[async_trait]
pub trait Erp: Send + Sync {
    fn system(&self) -> &'static str;
    /// The vendor API version this connector speaks (read at run time where the vendor says so,
    /// after `test_connection`), for step 1's warning before the vendor retires it
    /// (`lifecycle.rs` holds the schedules). Unknown by default.
    fn api_version(&self) -> ApiVersion {
        ApiVersion::Unknown
    }
    /// Field limits and character rules of this ERP's order endpoint.
    fn rules(&self) -> ErpRules;
    async fn test_connection(&self) -> Result<ConnectionReport>;
    /// Items, customers, currencies, tax codes, periods: in bulk, never per order.
    async fn load_master_data(&self) -> Result<MasterData>;
    /// Which of these external ids already exist as sales orders, in as few calls as possible:
    /// every document that carries one of them (two copies of one order are both returned),
    /// wherever the ERP keeps it once it moved on (posted, invoiced, archived).
    async fn find_orders(&self, external_ids: &[String]) -> Result<Vec<ErpOrder>>;
    /// One order by its external id; by default a one-element `find_orders`.
    async fn find_order(&self, external_id: &str) -> Result<Option<ErpOrder>> {
        let key = self.external_id_key(external_id);
        Ok(self
            .find_orders(&[external_id.to_string()])
            .await?
            .into_iter()
            .find(|o| self.external_id_key(&o.external_id) == key))
    }
    /// An external id the way this ERP compares it. Two ids are the same order when their keys
    /// are equal: an ERP that stores the field upper case (a Business Central `Code` field)
    /// hands back `SHOPIFY-1` for `shopify-1`. By default ids compare exactly.
    fn external_id_key(&self, external_id: &str) -> String {
        external_id.to_string()
    }
    /// Sales documents dated `from..=to` wherever the ERP keeps them, for reconciliation, in
    /// as few paged calls as the ERP allows (never one per order).
    async fn list_documents(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<ErpDocument>> {
        let _ = (from, to);
        Err(not_supported(self.system(), "a list of sales documents"))
    }
    /// The body `create_order` sends for this draft, kept with each attempt.
    fn payload(&self, draft: &ErpOrderDraft) -> serde_json::Value;
    /// Create (or upsert, where the ERP supports it) and return the ERP's id.
    async fn create_order(&self, draft: &ErpOrderDraft) -> Result<String>;
    /// Create, and keep the order as the ERP stored it when its answer carries the record
    /// (Business Central answers a POST with the new entity, status included), which spares
    /// the read-back request. By default the answer carries only the id.
    async fn create_order_with_record(&self, draft: &ErpOrderDraft) -> Result<Created> {
        Ok(Created {
            erp_id: self.create_order(draft).await?,
            record: None,
        })
    }
    /// Orders one write may carry. Above one, a resend writes that many in a single
    /// `create_orders` instead of one order at a time (Tryton's `create`, `quote` and `confirm`
    /// each take a list, and a request's fixed cost dwarfs an order's share of it).
    fn orders_per_write(&self) -> usize {
        1
    }
    /// Create these orders in one write (each step for all of them in one request) and keep
    /// each as the ERP stored it where one read can say; in the drafts' order. Only called
    /// when `orders_per_write` is above one. On an error any of them may be stored, whole or
    /// half-done, as after a lost answer: the caller looks each one up.
    async fn create_orders(&self, drafts: &[ErpOrderDraft]) -> Result<Vec<Created>> {
        let _ = drafts;
        Err(not_supported(self.system(), "several orders in one write"))
    }
    async fn order_status(&self, erp_id: &str) -> Result<ErpOrder>;
    /// Complete an order a previous write left half-done: where creating takes two steps
    /// (Odoo's create then confirm, Tryton's create, quote, confirm), an answer lost between
    /// them leaves a quotation. By default the order is taken as found.
    async fn finish_order(&self, found: ErpOrder) -> Result<ErpOrder> {
        Ok(found)
    }
    /// How fast and how many at once this ERP takes requests from one integration.
    fn pace(&self) -> Pace {
        Pace::default()
    }
    /// Whether `create_item` and `create_customer` work against this ERP's API.
    fn creates_records(&self) -> bool {
        false
    }
    /// Create (or find, when a previous try got through) an item for a SKU the store sells;
    /// returns the ERP's id. Safe to repeat: keyed by an external id derived from the SKU.
    async fn create_item(&self, item: &NewItem) -> Result<String> {
        Err(not_supported(self.system(), &item.sku))
    }
    /// Create (or find) a customer; returns the ERP's id. Safe to repeat like `create_item`.
    async fn create_customer(&self, customer: &NewCustomer) -> Result<String> {
        Err(not_supported(self.system(), &customer.name))
    }
}

/// An ERP's request budget for one integration; a resend keeps within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pace {
    /// Requests per second, where the ERP meters by rate.
    pub per_second: Option<std::num::NonZeroU32>,
    /// Orders in flight at once, where the ERP meters concurrency.
    pub concurrency: usize,
}

impl Default for Pace {
    /// One at a time and no rate: right for an ERP that documents no limit.
    fn default() -> Self {
        Self {
            per_second: None,
            concurrency: 1,
        }
    }
}

/// An item the ERP lacks, as the store's order lines describe it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NewItem {
    pub sku: String,
    /// The product's name on the order lines.
    pub name: String,
}

/// A customer the ERP lacks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NewCustomer {
    /// What keeps a second try from creating a second customer: the e-mail, or a fixed
    /// name such as the guest-checkout customer's.
    pub key: String,
    pub name: String,
    pub email: Option<String>,
}

fn not_supported(system: &str, what: &str) -> crate::CallError {
    crate::CallError::new(
        osd_model::FindingCode::UnclassifiedError,
        format!("Reading or creating {what} in {system} is not supported from here; do it in {system} itself"),
        String::new(),
    )
}
