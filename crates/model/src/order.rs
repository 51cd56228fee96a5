use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// An order as the store sold it, normalised across Shopify, WooCommerce and CSV.
/// Money is always `Decimal` in the order's currency; never floating point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Order {
    /// The store's own id (Shopify GID, WooCommerce id, CSV `Id`).
    pub store_id: String,
    /// The number a person sees, e.g. `#1042`.
    pub name: String,
    /// Which store system the order came from (`shopify`, `woocommerce`, `csv`).
    pub source: String,
    pub created_at: DateTime<Utc>,
    pub currency: String,
    pub customer: Customer,
    pub billing: Option<Address>,
    pub shipping: Option<Address>,
    pub lines: Vec<LineItem>,
    pub tax_lines: Vec<TaxLine>,
    /// The lines' unit prices already contain the tax (Shopify `taxesIncluded`). False when
    /// the tax comes on top of them, as it does for every WooCommerce line, whatever the
    /// shop's display setting.
    pub taxes_included: bool,
    pub shipping_total: Decimal,
    pub discount_total: Decimal,
    pub subtotal: Decimal,
    pub total_tax: Decimal,
    pub total: Decimal,
    pub note: Option<String>,
    /// The currency the buyer paid in, when it differs from the shop's. Amounts above are in
    /// the shop's `currency`, which is what the ERP books.
    #[serde(default)]
    pub presentment_currency: Option<String>,
    /// Where the order stands in the store, in the store's own words; `None` when the store
    /// does not say (an export without the column), and such an order counts as ready.
    #[serde(default)]
    pub store_status: Option<StoreStatus>,
}

/// Where an order stands in the store (paid, waiting for payment, cancelled), as the store
/// says it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreStatus {
    /// The store's own word, as the "ready" setting names it: WooCommerce `on-hold`, Shopify
    /// `PENDING`, the export's `pending`.
    pub name: String,
    /// The store ended the order without a sale (cancelled, voided, refunded, its payment
    /// failed): it is never booked, and nothing is waiting for it.
    pub ended: bool,
}

impl StoreStatus {
    /// A status the store may still move on to paid.
    pub fn open(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ended: false,
        }
    }

    /// A status that ends the order without a sale.
    pub fn ended(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ended: true,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Customer {
    pub name: String,
    pub email: Option<String>,
    /// True when the buyer checked out without an account.
    pub guest: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Address {
    pub name: String,
    pub company: Option<String>,
    pub line1: String,
    pub line2: Option<String>,
    pub city: String,
    /// State or province as written, e.g. `California`.
    pub province: Option<String>,
    /// ISO 3166-2 subdivision part, e.g. `CA`, when the store knows it.
    pub province_code: Option<String>,
    pub postcode: Option<String>,
    /// Country as written, e.g. `United States`.
    pub country: Option<String>,
    /// ISO 3166-1 alpha-2, e.g. `US`, when the store knows it.
    pub country_code: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LineItem {
    pub sku: Option<String>,
    pub title: String,
    pub quantity: Decimal,
    pub unit_price: Decimal,
    pub tax_lines: Vec<TaxLine>,
    /// The unit the quantity counts, when it is not pieces: 1.5 pounds of coffee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<crate::SaleUnit>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaxLine {
    pub title: String,
    /// A fraction: 0.0725 for 7.25 %.
    pub rate: Decimal,
    pub amount: Decimal,
}

impl Order {
    /// The id the ERP stores as the order's external reference. It is derived only from the
    /// store and the store's id, so every resend of the same order carries the same key.
    /// Restricted to `[A-Za-z0-9_-]`, the set NetSuite accepts in an `eid:` URL.
    pub fn external_id(&self) -> String {
        let tail = self.store_id.rsplit('/').next().unwrap_or(&self.store_id);
        let clean: String = tail
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        format!("{}-{}", self.source, clean)
    }

    /// Lines plus shipping plus tax (unless included in prices) minus discounts.
    pub fn computed_total(&self) -> Decimal {
        let lines: Decimal = self.lines.iter().map(|l| l.quantity * l.unit_price).sum();
        let tax = if self.taxes_included {
            Decimal::ZERO
        } else {
            self.total_tax
        };
        lines + self.shipping_total + tax - self.discount_total
    }

    /// Every tax line on the order, whether the store put it on the order or on a line.
    pub fn all_tax_lines(&self) -> impl Iterator<Item = &TaxLine> {
        self.tax_lines
            .iter()
            .chain(self.lines.iter().flat_map(|l| l.tax_lines.iter()))
    }

    /// The addresses with a label a person understands.
    pub fn addresses(&self) -> impl Iterator<Item = (&'static str, &Address)> {
        self.billing
            .iter()
            .map(|a| ("billing", a))
            .chain(self.shipping.iter().map(|a| ("shipping", a)))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    pub(crate) fn sample() -> Order {
        Order {
            store_id: "gid://shopify/Order/450789469".into(),
            name: "#1001".into(),
            source: "shopify".into(),
            created_at: DateTime::parse_from_rfc3339("2026-11-02T10:00:00Z")
                .map(|d| d.with_timezone(&Utc))
                .unwrap(),
            currency: "USD".into(),
            customer: Customer {
                name: "Ada Lovelace".into(),
                email: Some("ada@example.com".into()),
                guest: false,
            },
            billing: None,
            shipping: None,
            lines: vec![LineItem {
                sku: Some("TSHIRT-BLK-M".into()),
                title: "T-shirt".into(),
                quantity: dec!(2),
                unit_price: dec!(19.99),
                tax_lines: vec![],
                unit: None,
            }],
            tax_lines: vec![TaxLine {
                title: "CA State Tax".into(),
                rate: dec!(0.0725),
                amount: dec!(2.90),
            }],
            taxes_included: false,
            shipping_total: dec!(5.00),
            discount_total: dec!(1.00),
            subtotal: dec!(39.98),
            total_tax: dec!(2.90),
            total: dec!(46.88),
            note: None,
            presentment_currency: None,
            store_status: None,
        }
    }

    #[test]
    fn external_id_is_stable_and_url_safe() {
        let order = sample();
        assert_eq!(order.external_id(), "shopify-450789469");
        let mut odd = sample();
        odd.store_id = "A|B C".into();
        odd.source = "csv".into();
        assert_eq!(odd.external_id(), "csv-A_B_C");
    }

    #[test]
    fn computed_total_uses_decimal_exactly() {
        assert_eq!(sample().computed_total(), dec!(46.88));
        let mut included = sample();
        included.taxes_included = true;
        assert_eq!(included.computed_total(), dec!(43.98));
    }
}
