//! Shopify GraphQL payload types, named as the Admin API names them.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Deserialize;

use crate::wire_decimal;

#[derive(Debug, Deserialize)]
pub struct Envelope {
    pub data: Option<serde_json::Value>,
    #[serde(default)]
    pub errors: Option<serde_json::Value>,
    pub extensions: Option<Extensions>,
}

#[derive(Debug, Deserialize)]
pub struct GraphqlError {
    pub message: String,
    pub extensions: Option<ErrorExtensions>,
}

#[derive(Debug, Deserialize)]
pub struct ErrorExtensions {
    pub code: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Extensions {
    pub cost: Option<Cost>,
}

#[derive(Debug, Deserialize, Clone, Copy)]
#[serde(rename_all = "camelCase")]
pub struct Cost {
    pub requested_query_cost: Option<f64>,
    pub actual_query_cost: Option<f64>,
    pub throttle_status: ThrottleStatus,
}

#[derive(Debug, Deserialize, Clone, Copy)]
#[serde(rename_all = "camelCase")]
pub struct ThrottleStatus {
    pub maximum_available: f64,
    pub currently_available: f64,
    pub restore_rate: f64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ShopData {
    pub shop: Shop,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Shop {
    pub name: String,
    pub currency_code: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct OrdersData {
    pub orders: Connection,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Connection {
    pub edges: Vec<Edge>,
    pub page_info: PageInfo,
}

/// Nodes stay raw here: one unreadable order must not lose the rest of the page.
#[derive(Debug, Deserialize)]
pub struct Edge {
    pub cursor: Option<String>,
    pub node: serde_json::Value,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PageInfo {
    pub has_next_page: bool,
    pub end_cursor: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderNode {
    pub id: String,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: Option<DateTime<Utc>>,
    pub currency_code: String,
    pub presentment_currency_code: Option<String>,
    #[serde(default)]
    pub taxes_included: bool,
    #[serde(default)]
    pub test: bool,
    pub cancelled_at: Option<DateTime<Utc>>,
    /// `OrderDisplayFinancialStatus`: `PAID`, `PENDING`, `AUTHORIZED`, …; nullable.
    #[serde(default)]
    pub display_financial_status: Option<String>,
    pub email: Option<String>,
    pub note: Option<String>,
    pub customer: Option<CustomerNode>,
    pub shipping_address: Option<MailingAddress>,
    pub billing_address: Option<MailingAddress>,
    pub subtotal_price_set: Option<MoneyBag>,
    pub total_price_set: MoneyBag,
    pub total_tax_set: Option<MoneyBag>,
    pub total_shipping_price_set: Option<MoneyBag>,
    pub total_discounts_set: Option<MoneyBag>,
    #[serde(default)]
    pub tax_lines: Vec<TaxLineNode>,
    pub line_items: LineItemConnection,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerNode {
    pub id: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    /// `Customer.defaultEmailAddress` (`CustomerEmailAddress`, nullable): `Customer.email` is
    /// deprecated in 2025-10 and 2026-07 in its favour.
    pub default_email_address: Option<CustomerEmailAddress>,
}

/// `CustomerEmailAddress`; `emailAddress` is `String!` in the schema.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerEmailAddress {
    pub email_address: String,
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct MailingAddress {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub name: Option<String>,
    pub company: Option<String>,
    pub address1: Option<String>,
    pub address2: Option<String>,
    pub city: Option<String>,
    pub zip: Option<String>,
    pub province: Option<String>,
    pub province_code: Option<String>,
    pub country: Option<String>,
    pub country_code_v2: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MoneyBag {
    pub shop_money: MoneyV2,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MoneyV2 {
    #[serde(deserialize_with = "wire_decimal::required")]
    pub amount: Decimal,
    pub currency_code: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaxLineNode {
    pub title: String,
    #[serde(default, deserialize_with = "wire_decimal::optional")]
    pub rate: Option<Decimal>,
    pub price_set: Option<MoneyBag>,
}

#[derive(Debug, Deserialize)]
pub struct LineItemConnection {
    pub edges: Vec<LineItemEdge>,
    #[serde(rename = "pageInfo")]
    pub page_info: Option<LineItemPageInfo>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LineItemPageInfo {
    pub has_next_page: bool,
    #[serde(default)]
    pub end_cursor: Option<String>,
}

/// `ORDER_LINES_QUERY`'s answer: the order (null when it is gone) and a page of its lines.
#[derive(Debug, Deserialize)]
pub struct OrderLinesData {
    pub order: Option<OrderLines>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderLines {
    pub line_items: LineItemConnection,
}

#[derive(Debug, Deserialize)]
pub struct LineItemEdge {
    pub node: LineItemNode,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LineItemNode {
    pub sku: Option<String>,
    pub name: String,
    pub quantity: i64,
    pub original_unit_price_set: MoneyBag,
    #[serde(default)]
    pub tax_lines: Vec<TaxLineNode>,
}

/// The client credentials grant's answer.
#[derive(Debug, Deserialize)]
pub struct TokenGrant {
    pub access_token: String,
    pub expires_in: Option<u64>,
    /// Expiring offline tokens: the rotated refresh token and its lifetime.
    pub refresh_token: Option<String>,
    pub refresh_token_expires_in: Option<u64>,
}
