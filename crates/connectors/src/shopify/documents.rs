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

/// The order fields every orders document reads, written once so that the paged pull and the
/// bulk export cannot read different orders.
macro_rules! order_fields {
    () => {
        "id name createdAt updatedAt currencyCode presentmentCurrencyCode taxesIncluded test cancelledAt displayFinancialStatus email note
        customer { id firstName lastName defaultEmailAddress { emailAddress } }
        shippingAddress { firstName lastName name company address1 address2 city zip province provinceCode country countryCodeV2 phone }
        billingAddress { firstName lastName name company address1 address2 city zip province provinceCode country countryCodeV2 phone }
        subtotalPriceSet { shopMoney { amount currencyCode } }
        totalPriceSet { shopMoney { amount currencyCode } }
        totalTaxSet { shopMoney { amount currencyCode } }
        totalShippingPriceSet { shopMoney { amount currencyCode } }
        totalDiscountsSet { shopMoney { amount currencyCode } }
        taxLines { title rate priceSet { shopMoney { amount currencyCode } } }"
    };
}

/// The line-item fields, likewise.
macro_rules! line_fields {
    () => {
        "sku name quantity originalUnitPriceSet { shopMoney { amount currencyCode } } taxLines { title rate priceSet { shopMoney { amount currencyCode } } }"
    };
}

/// Orders changed since the last pull, oldest change first, with everything the doctor checks.
/// Shopify prices a query by the `first` of every connection and refuses one priced above
/// 1,000, so the client sizes the page from `COST_PER_ORDER`; `lineItems(first: 10)` matches
/// `LINE_ITEMS_PER_ORDER`, and an order with more lines gets the rest from `ORDER_LINES_QUERY`.
pub const ORDERS_QUERY: &str = concat!(
    "query OrdersSync($first: Int!, $after: String, $query: String) {
  orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    edges {
      cursor
      node {
        ",
    order_fields!(),
    "
        lineItems(first: 10) {
          edges { node { ",
    line_fields!(),
    " } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}"
);

/// The line items of one order after a cursor: for an order with more lines than
/// `ORDERS_QUERY` brings. `lineItems(first: 100)` matches `LINE_ITEMS_PER_PAGE`.
pub const ORDER_LINES_QUERY: &str = concat!(
    "query OrderLines($id: ID!, $after: String) {
  order(id: $id) {
    lineItems(first: 100, after: $after) {
      edges { node { ",
    line_fields!(),
    " } }
      pageInfo { hasNextPage endCursor }
    }
  }
}"
);

/// How many orders a pull would read: `ordersCount` counts up to its `limit` (10,000 by
/// default) and says `AT_LEAST` beyond it, which is all the choice between pages and an
/// export needs.
pub const ORDERS_COUNT_QUERY: &str =
    "query OrdersToPull($query: String) { ordersCount(query: $query) { count precision } }";

/// Start exporting the orders `bulk_orders_query` selects. Ungrouped (`groupObjects: false`,
/// the 2026-07 default, said here so an older version does not group): grouping is "costly,
/// causes bulk operations to take longer to complete, and increases the chances of failures",
/// and the reader keeps every line until the file is in, so it needs no order.
pub const EXPORT_MUTATION: &str = "mutation OrdersExport($query: String!) { bulkOperationRunQuery(query: $query, groupObjects: false) { bulkOperation { id status } userErrors { code field message } } }";

/// Where an export stands. `bulkOperation(id:)` is in 2026-07 (not in 2025-10, whose
/// `currentBulkOperation` is deprecated since), so exports need the version this connector
/// pins or a newer one.
pub const EXPORT_STATUS_QUERY: &str = "query OrdersExportStatus($id: ID!) { bulkOperation(id: $id) { id status errorCode objectCount rootObjectCount fileSize url partialDataUrl } }";

/// The bulk query: every order changed since `since` (all when `None`) with all its lines.
/// A bulk query takes no variables, so the search is written into it; it pages by itself, so
/// no connection has a `first`, and every line item comes on a line of its own with its `id`
/// and its order's as `__parentId`.
pub fn bulk_orders_query(since: Option<DateTime<Utc>>) -> String {
    let search = orders_search(since)
        .map(|s| format!("query: \"{s}\", "))
        .unwrap_or_default();
    // The fields hold braces, so the search is put in by replacing a marker, not by format!.
    concat!(
        "{ orders(SEARCHsortKey: UPDATED_AT) { edges { node { ",
        order_fields!(),
        " lineItems { edges { node { id ",
        line_fields!(),
        " } } } } } } }"
    )
    .replacen("SEARCH", &search, 1)
}

/// The search that selects orders changed since `since`. Inclusive `>=`: Shopify's times are
/// whole seconds, so an order changed in the same second as the last one pulled, after that
/// pull, is only found with `>=`; orders pulled twice are simply known already.
pub fn orders_search(since: Option<DateTime<Utc>>) -> Option<String> {
    since.map(|t| {
        format!(
            "updated_at:>='{}'",
            t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        )
    })
}

/// Every document the connector sends on any version, by name, for the schema test.
pub const DOCUMENTS: [(&str, &str); 4] = [
    ("shop", SHOP_QUERY),
    ("orders", ORDERS_QUERY),
    ("order_lines", ORDER_LINES_QUERY),
    ("orders_count", ORDERS_COUNT_QUERY),
];

/// The documents of an export, sent only on the pinned version or a newer one.
pub const EXPORT_DOCUMENTS: [(&str, &str); 2] = [
    ("export", EXPORT_MUTATION),
    ("export_status", EXPORT_STATUS_QUERY),
];

/// The variables `ORDERS_QUERY` is sent with.
pub fn orders_variables(
    first: u32,
    after: Option<&str>,
    updated_since: Option<DateTime<Utc>>,
) -> serde_json::Value {
    serde_json::json!({ "first": first, "after": after, "query": orders_search(updated_since) })
}

// The nested page sizes are written into the documents; keep them from drifting apart.
const _: () = assert!(LINE_ITEMS_PER_ORDER == 10 && LINE_ITEMS_PER_PAGE == 100);
