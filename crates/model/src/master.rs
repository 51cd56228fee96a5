use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What the ERP knows, loaded in bulk once per check so no order costs its own lookups.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MasterData {
    pub items: Vec<ErpItem>,
    pub customers: Vec<ErpCustomer>,
    pub currencies: Vec<ErpCurrency>,
    pub tax_codes: Vec<ErpTaxCode>,
    pub periods: Vec<AccountingPeriod>,
    /// The country codes the ERP accepts, when it keeps a list (Business Central's
    /// Countries/Regions); empty when any ISO code goes.
    #[serde(default)]
    pub countries: Vec<String>,
    /// The units of measure the ERP keeps; empty when they were not read, and then no line's
    /// unit is checked.
    #[serde(default)]
    pub units: Vec<crate::ErpUnit>,
    pub rules: ErpRules,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErpItem {
    pub id: String,
    pub sku: String,
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErpCustomer {
    pub id: String,
    pub email: Option<String>,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErpCurrency {
    pub id: String,
    /// ISO 4217 code.
    pub code: String,
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErpTaxCode {
    pub id: String,
    pub name: String,
    /// A fraction: 0.0725 for 7.25 %.
    pub rate: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountingPeriod {
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub closed: bool,
}

/// How an ERP counts a field's length: NetSuite counts UTF-8 bytes, most others characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LengthUnit {
    Chars,
    Bytes,
}

impl LengthUnit {
    pub fn measure(self, text: &str) -> usize {
        match self {
            Self::Chars => text.chars().count(),
            Self::Bytes => text.len(),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Chars => "characters",
            Self::Bytes => "bytes",
        }
    }
}

/// Order fields that ERPs limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderField {
    CustomerName,
    Email,
    AddressName,
    AddressLine1,
    AddressLine2,
    City,
    State,
    Postcode,
    Phone,
    Note,
    /// An address's country code (or the country as written, when the store has no code).
    Country,
    /// An order line's description, the product's title.
    LineDescription,
    /// An order line's item number: the SKU, where the ERP keys items by it.
    ItemNumber,
}

impl OrderField {
    pub const ALL: [OrderField; 13] = [
        Self::CustomerName,
        Self::Email,
        Self::AddressName,
        Self::AddressLine1,
        Self::AddressLine2,
        Self::City,
        Self::State,
        Self::Postcode,
        Self::Phone,
        Self::Note,
        Self::Country,
        Self::LineDescription,
        Self::ItemNumber,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::CustomerName => "customer name",
            Self::Email => "e-mail",
            Self::AddressName => "addressee",
            Self::AddressLine1 => "address line 1",
            Self::AddressLine2 => "address line 2",
            Self::City => "city",
            Self::State => "state",
            Self::Postcode => "postcode",
            Self::Phone => "phone",
            Self::Note => "order note",
            Self::Country => "country",
            Self::LineDescription => "line description",
            Self::ItemNumber => "item number",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldLimit {
    pub field: OrderField,
    /// The ERP's own name for the field, shown in the technical detail.
    pub erp_field: String,
    pub max: usize,
    pub unit: LengthUnit,
}

impl FieldLimit {
    pub fn new(field: OrderField, erp_field: &str, max: usize, unit: LengthUnit) -> Self {
        Self {
            field,
            erp_field: erp_field.to_string(),
            max,
            unit,
        }
    }
}

/// Which characters the ERP's endpoint refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Charset {
    /// Emoji and other characters outside the Basic Multilingual Plane.
    pub rejects_astral: bool,
    /// Control and zero-width characters.
    pub rejects_invisible: bool,
    /// A legacy endpoint that stores ISO 8859-1 (Latin-1) only: letters outside it are
    /// transliterated ("Łódź" → "Lodz") rather than lost as "?".
    #[serde(default)]
    pub latin1_only: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ErpRules {
    pub field_limits: Vec<FieldLimit>,
    pub charset: Charset,
    /// The ERP takes a tax code per order that must match the store's rate (NetSuite); when
    /// false, the ERP computes tax itself and only explicit tax mappings are sent.
    #[serde(default)]
    pub tax_by_rate: bool,
    /// The ERP refuses an order dated in a closed period (NetSuite, Business Central, SAP);
    /// when false it takes the order and only the later invoice fails (Odoo's lock dates).
    #[serde(default)]
    pub period_blocks_orders: bool,
}

impl MasterData {
    pub fn item_by_sku(&self, sku: &str) -> Option<&ErpItem> {
        self.items.iter().find(|i| i.sku == sku)
    }

    pub fn period_for(&self, date: NaiveDate) -> Option<&AccountingPeriod> {
        self.periods
            .iter()
            .filter(|p| p.start <= date && date <= p.end)
            // Quarters and years contain months; the shortest period is the one orders post to.
            .min_by_key(|p| p.end - p.start)
    }
}
