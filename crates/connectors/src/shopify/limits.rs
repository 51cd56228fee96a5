//! What Shopify allows and charges, and the API version this connector speaks.

/// The Admin API version requested when a profile names none. Shopify releases a version each
/// quarter and supports it for at least 12 months (shopify.dev/docs/api/usage/versioning); the
/// schema test validates every document against this version's introspection schema, which is
/// why the pin moves only to a version whose schema is in `shared/vendor-specs/shopify/`.
pub const API_VERSION: &str = "2026-07";

/// Throttled answers retried before the pull gives up (each waits for the bucket to refill).
pub const MAX_THROTTLE_RETRIES: u32 = 8;

/// The `first` of the nested `lineItems` connection in `ORDERS_QUERY`. Most orders have a few
/// lines; an order with more gets the rest from `ORDER_LINES_QUERY`, page after page.
pub const LINE_ITEMS_PER_ORDER: u32 = 10;

/// The `first` of `ORDER_LINES_QUERY`'s `lineItems`.
pub const LINE_ITEMS_PER_PAGE: u32 = 100;

/// The most one query may be priced at: "A single query to the API cannot exceed a cost of
/// 1000", enforced on the requested cost (help.shopify.com/en/api/graphql-admin-api/call-limit).
pub const MAX_QUERY_COST: f64 = 1000.0;

/// Shopify's price of one line-item node as `ORDER_LINES_QUERY` and `ORDERS_QUERY` select it
/// (shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits, "Cost calculation": a scalar or
/// enum 0, an object 1, a connection 2 plus its `first` times the cost of one node): the
/// `LineItem` 1, `originalUnitPriceSet` and its `shopMoney` 2, `taxLines` with `priceSet` and
/// `shopMoney` 3.
const COST_PER_LINE: f64 = 6.0;

/// The price of one order node of `ORDERS_QUERY`: the `Order` 1, `customer` with
/// `defaultEmailAddress` 2, the two addresses 2, five money sets with their `shopMoney` 10,
/// `taxLines` with `priceSet` and `shopMoney` 3, and `lineItems` at its full `first` (2 plus
/// `first` lines). 80 points, so a query holds at most 12 orders.
pub const COST_PER_ORDER: f64 = 18.0 + 2.0 + LINE_ITEMS_PER_ORDER as f64 * COST_PER_LINE;

/// The price of `ORDER_LINES_QUERY`: the `Order` 1 and its `lineItems` connection.
pub const COST_OF_LINE_PAGE: f64 = 1.0 + 2.0 + LINE_ITEMS_PER_PAGE as f64 * COST_PER_LINE;

const _: () = assert!(COST_OF_LINE_PAGE <= MAX_QUERY_COST);
const _: () = assert!(2.0 + COST_PER_ORDER <= MAX_QUERY_COST);

/// `orders(first:)` accepts at most 250 (shopify.dev/docs/api/usage/pagination-graphql).
pub const MAX_PAGE: u32 = 250;
