//! The parts of Square's payloads the connector reads, by the names of its OpenAPI document
//! (`components/schemas`). Everything is optional on our side: an order missing a field is
//! judged by `convert`, never refused by the parser.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Money {
    pub amount: Option<i64>,
    pub currency: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Location {
    pub id: String,
    pub name: Option<String>,
    pub business_name: Option<String>,
    pub status: Option<String>,
    pub currency: Option<String>,
    pub country: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ListLocationsResponse {
    pub locations: Vec<Location>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SearchOrdersResponse {
    /// Each order as JSON: read one by one, so one odd order does not hide the others.
    pub orders: Vec<serde_json::Value>,
    pub cursor: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Order {
    pub id: String,
    pub location_id: Option<String>,
    pub reference_id: Option<String>,
    pub source: Option<OrderSource>,
    pub customer_id: Option<String>,
    pub line_items: Vec<LineItem>,
    pub taxes: Vec<Tax>,
    pub discounts: Vec<Discount>,
    pub service_charges: Vec<ServiceCharge>,
    pub fulfillments: Vec<Fulfillment>,
    pub returns: Vec<serde_json::Value>,
    pub refunds: Vec<Refund>,
    pub created_at: Option<String>,
    pub updated_at: Option<String>,
    pub state: Option<String>,
    pub total_money: Option<Money>,
    pub total_tax_money: Option<Money>,
    pub total_discount_money: Option<Money>,
    pub total_tip_money: Option<Money>,
    pub total_service_charge_money: Option<Money>,
    pub ticket_name: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OrderSource {
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct LineItem {
    pub uid: Option<String>,
    pub name: Option<String>,
    /// A decimal string: "1", "2.5".
    pub quantity: String,
    pub quantity_unit: Option<QuantityUnit>,
    pub note: Option<String>,
    pub catalog_object_id: Option<String>,
    pub variation_name: Option<String>,
    pub item_type: Option<String>,
    pub modifiers: Vec<Modifier>,
    pub applied_taxes: Vec<AppliedTax>,
    pub base_price_money: Option<Money>,
    pub gross_sales_money: Option<Money>,
    pub total_tax_money: Option<Money>,
    pub total_discount_money: Option<Money>,
    pub total_money: Option<Money>,
}

/// A modifier of a line (`OrderLineItemModifier`): "Oat milk", "Gift box".
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Modifier {
    pub name: Option<String>,
    /// A decimal string, per unit of the line; absent means one.
    pub quantity: Option<String>,
    pub base_price_money: Option<Money>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct QuantityUnit {
    pub measurement_unit: Option<serde_json::Value>,
    pub precision: Option<u32>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AppliedTax {
    pub tax_uid: String,
    pub applied_money: Option<Money>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Tax {
    pub uid: Option<String>,
    pub name: Option<String>,
    /// `ADDITIVE` (on top of the price) or `INCLUSIVE` (in it).
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// A decimal string in percent: "7.25".
    pub percentage: Option<String>,
    pub applied_money: Option<Money>,
    pub scope: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Discount {
    pub uid: Option<String>,
    pub name: Option<String>,
    pub applied_money: Option<Money>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ServiceCharge {
    pub uid: Option<String>,
    pub name: Option<String>,
    pub total_money: Option<Money>,
    pub applied_money: Option<Money>,
    pub amount_money: Option<Money>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Fulfillment {
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub shipment_details: Option<FulfillmentDetails>,
    pub delivery_details: Option<FulfillmentDetails>,
    pub pickup_details: Option<FulfillmentDetails>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FulfillmentDetails {
    pub recipient: Option<Recipient>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Recipient {
    pub display_name: Option<String>,
    pub email_address: Option<String>,
    pub phone_number: Option<String>,
    pub address: Option<Address>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Address {
    pub address_line_1: Option<String>,
    pub address_line_2: Option<String>,
    pub locality: Option<String>,
    pub administrative_district_level_1: Option<String>,
    pub postal_code: Option<String>,
    pub country: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Refund {
    pub id: String,
    pub amount_money: Option<Money>,
    pub status: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CatalogObject {
    #[serde(rename = "type")]
    pub kind: String,
    pub id: String,
    pub item_variation_data: Option<ItemVariation>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ItemVariation {
    pub name: Option<String>,
    pub sku: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct BatchRetrieveCatalogObjectsResponse {
    pub objects: Vec<CatalogObject>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Customer {
    pub id: String,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub company_name: Option<String>,
    pub email_address: Option<String>,
    pub phone_number: Option<String>,
    pub address: Option<Address>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RetrieveCustomerResponse {
    pub customer: Option<Customer>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct BulkRetrieveCustomersResponse {
    pub responses: std::collections::HashMap<String, RetrieveCustomerResponse>,
}

/// Square's error body.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ErrorBody {
    pub errors: Vec<SquareError>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SquareError {
    pub category: String,
    pub code: String,
    pub detail: Option<String>,
    pub field: Option<String>,
}
