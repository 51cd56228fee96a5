//! The GraphQL documents this connector sends, exported so the schema test
//! (`tests/shopify_schema.rs`) validates exactly these texts against Shopify's published
//! introspection schemas, never a copy of them.
//!
//! Every field is read from Shopify's Admin GraphQL schema (`shared/vendor-specs/shopify/`,
//! 2025-10 and 2026-07) and none is deprecated there: the customer's e-mail is
//! `Customer.defaultEmailAddress.emailAddress`, because `Customer.email` is deprecated in both
//! ("Use `defaultEmailAddress.emailAddress` instead.").

use chrono::{DateTime, Utc};

use super::limits::{LINE_ITEMS_PER_ORDER, LINE_ITEMS_PER_PAGE};

/// The shop's name and currency: the connection test.
pub const SHOP_QUERY: &str = "query { shop { name currencyCode } }";

/// Orders changed since the last pull, oldest change first, with everything the doctor checks.
/// Shopify prices a query by the `first` of every connection and refuses one priced above
/// 1,000, so the client sizes the page from `COST_PER_ORDER`; `lineItems(first: 10)` matches
/// `LINE_ITEMS_PER_ORDER`, and an order with more lines gets the rest from `ORDER_LINES_QUERY`.
pub const ORDERS_QUERY: &str = r#"query OrdersSync($first: Int!, $after: String, $query: String) {
  orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    edges {
      cursor
      node {
        id name createdAt updatedAt currencyCode presentmentCurrencyCode taxesIncluded test cancelledAt displayFinancialStatus email note
        customer { id firstName lastName defaultEmailAddress { emailAddress } }
        shippingAddress { firstName lastName name company address1 address2 city zip province provinceCode country countryCodeV2 phone }
        billingAddress { firstName lastName name company address1 address2 city zip province provinceCode country countryCodeV2 phone }
        subtotalPriceSet { shopMoney { amount currencyCode } }
        totalPriceSet { shopMoney { amount currencyCode } }
        totalTaxSet { shopMoney { amount currencyCode } }
        totalShippingPriceSet { shopMoney { amount currencyCode } }
        totalDiscountsSet { shopMoney { amount currencyCode } }
        taxLines { title rate priceSet { shopMoney { amount currencyCode } } }
        lineItems(first: 10) {
          edges { node { sku name quantity originalUnitPriceSet { shopMoney { amount currencyCode } } taxLines { title rate priceSet { shopMoney { amount currencyCode } } } } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}"#;

/// The line items of one order after a cursor: for an order with more lines than
/// `ORDERS_QUERY` brings. `lineItems(first: 100)` matches `LINE_ITEMS_PER_PAGE`.
pub const ORDER_LINES_QUERY: &str = r#"query OrderLines($id: ID!, $after: String) {
  order(id: $id) {
    lineItems(first: 100, after: $after) {
      edges { node { sku name quantity originalUnitPriceSet { shopMoney { amount currencyCode } } taxLines { title rate priceSet { shopMoney { amount currencyCode } } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}"#;

/// Every document the connector sends, by name, for the schema test.
pub const DOCUMENTS: [(&str, &str); 3] = [
    ("shop", SHOP_QUERY),
    ("orders", ORDERS_QUERY),
    ("order_lines", ORDER_LINES_QUERY),
];

/// The variables `ORDERS_QUERY` is sent with. Inclusive `>=`: Shopify's times are whole
/// seconds, so an order changed in the same second as the last one pulled, after that pull,
/// is only found with `>=`; orders pulled twice are simply known already.
pub fn orders_variables(
    first: u32,
    after: Option<&str>,
    updated_since: Option<DateTime<Utc>>,
) -> serde_json::Value {
    let search = updated_since.map(|t| {
        format!(
            "updated_at:>='{}'",
            t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        )
    });
    serde_json::json!({ "first": first, "after": after, "query": search })
}

// The nested page sizes are written into the documents; keep them from drifting apart.
const _: () = assert!(LINE_ITEMS_PER_ORDER == 10 && LINE_ITEMS_PER_PAGE == 100);
