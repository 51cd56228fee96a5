//! WooCommerce order payloads, named as the REST API v3 names them.

use rust_decimal::Decimal;
use serde::Deserialize;

use crate::wire_decimal;

/// `{code, message, data:{status}}`
#[derive(Debug, Deserialize)]
pub struct WpError {
    pub code: String,
    #[serde(default)]
    pub message: String,
}

#[derive(Debug, Deserialize)]
pub struct WooOrder {
    pub id: u64,
    #[serde(default)]
    pub number: Option<String>,
    pub status: String,
    pub currency: String,
    /// Site-local time without a zone; the `_gmt` twin is UTC.
    pub date_created_gmt: Option<String>,
    pub date_created: Option<String>,
    pub date_modified_gmt: Option<String>,
    #[serde(deserialize_with = "wire_decimal::required")]
    pub discount_total: Decimal,
    #[serde(deserialize_with = "wire_decimal::required")]
    pub shipping_total: Decimal,
    #[serde(deserialize_with = "wire_decimal::required")]
    pub total: Decimal,
    #[serde(deserialize_with = "wire_decimal::required")]
    pub total_tax: Decimal,
    /// How the shop entered its prices. Line `subtotal`s are before tax either way.
    #[serde(default)]
    pub prices_include_tax: bool,
    #[serde(default)]
    pub customer_id: u64,
    #[serde(default)]
    pub customer_note: String,
    pub billing: Option<WooAddress>,
    pub shipping: Option<WooAddress>,
    #[serde(default)]
    pub line_items: Vec<WooLineItem>,
    #[serde(default)]
    pub tax_lines: Vec<WooTaxLine>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct WooAddress {
    pub first_name: String,
    pub last_name: String,
    pub company: String,
    pub address_1: String,
    pub address_2: String,
    pub city: String,
    /// "ISO code or name of the state, province or district".
    pub state: String,
    pub postcode: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct WooLineItem {
    pub name: String,
    #[serde(default)]
    pub sku: Option<String>,
    pub quantity: i64,
    #[serde(deserialize_with = "wire_decimal::required")]
    pub subtotal: Decimal,
    #[serde(default)]
    pub taxes: Vec<WooLineTax>,
}

#[derive(Debug, Deserialize)]
pub struct WooLineTax {
    pub id: u64,
    #[serde(default, deserialize_with = "wire_decimal::optional")]
    pub total: Option<Decimal>,
}

#[derive(Debug, Deserialize)]
pub struct WooTaxLine {
    pub rate_code: String,
    pub rate_id: u64,
    #[serde(default)]
    pub label: String,
    #[serde(default, deserialize_with = "wire_decimal::optional")]
    pub tax_total: Option<Decimal>,
    #[serde(default, deserialize_with = "wire_decimal::optional")]
    pub shipping_tax_total: Option<Decimal>,
    /// Sent by WooCommerce 3.7 and later.
    #[serde(default, deserialize_with = "wire_decimal::optional")]
    pub rate_percent: Option<Decimal>,
}
