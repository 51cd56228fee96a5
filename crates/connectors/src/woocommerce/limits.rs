//! What WooCommerce's REST API allows one request to ask for.

/// `per_page` is 1 to 100; more is refused with `rest_invalid_param`.
/// Source: woocommerce/woocommerce plugins/woocommerce/includes/rest-api/Controllers/Version3/
/// class-wc-rest-crud-controller.php, `get_collection_params()` (`'maximum' => 100`).
pub const MAX_PER_PAGE: u32 = 100;
