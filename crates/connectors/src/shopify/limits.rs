//! What Shopify allows and charges, and the API version this connector speaks.

/// The Admin API version requested when a profile names none. Shopify releases a version each
/// quarter and supports it for at least 12 months (shopify.dev/docs/api/usage/versioning); the
/// schema test validates every document against this version's introspection schema, which is
/// why the pin moves only to a version whose schema is in `shared/vendor-specs/shopify/`.
pub const API_VERSION: &str = "2026-07";

/// Throttled answers retried before the pull gives up (each waits for the bucket to refill).
pub const MAX_THROTTLE_RETRIES: u32 = 8;

/// The `first` of the nested `lineItems` connection in `ORDERS_QUERY`.
pub const LINE_ITEMS_PER_ORDER: u32 = 50;

/// What Shopify charges per order node requested: the order, its nested objects, and the
/// line-item connection at its full `first` (source: shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits,
/// "Cost calculation": an object costs 1, scalars and enums 0, a connection its `first` times
/// the cost of one node, plus 2).
pub const COST_PER_ORDER: f64 = 3.0 + LINE_ITEMS_PER_ORDER as f64;

/// `orders(first:)` accepts at most 250 (shopify.dev/docs/api/usage/pagination-graphql).
pub const MAX_PAGE: u32 = 250;
