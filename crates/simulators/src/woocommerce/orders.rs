//! `GET /orders`: which orders a collection request lists, in which order, on which page.
//!
//! Source: woocommerce/woocommerce plugins/woocommerce/includes/rest-api/Controllers/Version3/
//! - class-wc-rest-crud-controller.php: `get_collection_params()` (`page` ≥ 1, `per_page`
//!   1–100 default 10, `offset`, `order` asc|desc default desc, `orderby` date|id|include|
//!   title|slug|modified default date, `include`, `exclude`, `after`, `before`,
//!   `modified_after`, `modified_before`, `dates_are_gmt`); `prepare_objects_query()` (`date`
//!   and `modified` sort with `ID` after them "for consistency with pagination"; the date
//!   limits become a WordPress `date_query` on `post_date[_gmt]`/`post_modified[_gmt]`, whose
//!   `after` and `before` exclude the instant itself); `get_items()` (`X-WP-Total`,
//!   `X-WP-TotalPages`, `Link` rel=prev/next).
//! - class-wc-rest-orders-controller.php: `status` is a list, default `any`; `any` lists every
//!   status except `trash` (WordPress leaves statuses marked `exclude_from_search` out of
//!   `any`); anything else must be one of `wc_get_order_statuses()` or `trash`.
//!
//! The site's clock is UTC here, so the local and `_gmt` columns agree and `dates_are_gmt`
//! changes nothing. Dates are stored to the second, as WordPress stores them.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, DurationRound, NaiveDateTime, Utc};
use osd_model::Order;
use serde_json::{json, Value};

use super::order_json::{order_json, status_of};

/// Every status the shop knows: `wc_get_order_statuses()` with the block checkout's draft.
const STATUSES: [&str; 8] = [
    "pending",
    "processing",
    "on-hold",
    "completed",
    "cancelled",
    "refunded",
    "failed",
    "checkout-draft",
];
const ORDERBY: [&str; 6] = ["date", "id", "include", "title", "slug", "modified"];

/// A parameter that fails its schema: WordPress answers 400 `rest_invalid_param`, naming it.
struct Invalid {
    param: &'static str,
    why: String,
    /// The validator's own code, for the refusals that carry `details` (`rest_out_of_bounds`).
    detail_code: Option<&'static str>,
}

fn invalid(param: &'static str, why: &str) -> Invalid {
    Invalid {
        param,
        why: why.to_string(),
        detail_code: None,
    }
}

impl IntoResponse for Invalid {
    fn into_response(self) -> Response {
        let mut data = json!({"status": 400, "params": {self.param: self.why}});
        if let Some(code) = self.detail_code {
            data["details"] =
                json!({self.param: {"code": code, "message": self.why, "data": null}});
        }
        (
            StatusCode::BAD_REQUEST,
            Json(json!({
                "code": "rest_invalid_param",
                "message": format!("Invalid parameter(s): {}", self.param),
                "data": data,
            })),
        )
            .into_response()
    }
}

fn to_second(t: DateTime<Utc>) -> NaiveDateTime {
    t.duration_trunc(chrono::Duration::seconds(1))
        .unwrap_or(t)
        .naive_utc()
}

/// An ISO 8601 date as `rest_parse_date` takes it: with or without a zone (none: the site's).
fn date(text: &str) -> Option<NaiveDateTime> {
    DateTime::parse_from_rfc3339(text)
        .map(|d| d.naive_utc())
        .ok()
        .or_else(|| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S").ok())
}

/// A list parameter: `a,b` or repeated `key[]=a&key[]=b` (`wp_parse_list`).
fn list_param(query: &[(String, String)], key: &str) -> Vec<String> {
    let bracketed = format!("{key}[]");
    query
        .iter()
        .filter(|(k, _)| k == key || *k == bracketed)
        .flat_map(|(_, v)| v.split(',').map(|p| p.trim().to_string()))
        .filter(|v| !v.is_empty())
        .collect()
}

struct Listing {
    per_page: usize,
    page: usize,
    offset: Option<usize>,
    descending: bool,
    orderby: String,
    include: Vec<u64>,
    exclude: Vec<u64>,
    statuses: Option<Vec<String>>,
    created: (Option<NaiveDateTime>, Option<NaiveDateTime>),
    modified: (Option<NaiveDateTime>, Option<NaiveDateTime>),
}

fn parse(query: &[(String, String)]) -> Result<Listing, Invalid> {
    let param = |k: &str| {
        query
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let per_page: i64 = param("per_page").and_then(|v| v.parse().ok()).unwrap_or(10);
    if !(1..=100).contains(&per_page) {
        return Err(Invalid {
            param: "per_page",
            why: "per_page must be between 1 (inclusive) and 100 (inclusive)".into(),
            detail_code: Some("rest_out_of_bounds"),
        });
    }
    let order = param("order").unwrap_or_else(|| "desc".into());
    if order != "asc" && order != "desc" {
        return Err(invalid("order", "order is not one of asc and desc."));
    }
    let orderby = param("orderby").unwrap_or_else(|| "date".into());
    if !ORDERBY.contains(&orderby.as_str()) {
        return Err(invalid(
            "orderby",
            "orderby is not one of date, id, include, title, slug, and modified.",
        ));
    }
    let ids = |key: &str| -> Vec<u64> {
        list_param(query, key)
            .iter()
            .filter_map(|v| v.parse().ok())
            .collect()
    };
    let statuses = list_param(query, "status");
    if statuses
        .iter()
        .any(|s| s != "any" && s != "trash" && !STATUSES.contains(&s.as_str()))
    {
        return Err(invalid(
            "status",
            &format!("status is not one of any, trash, {}.", STATUSES.join(", ")),
        ));
    }
    let mut dates = [None; 4];
    for (slot, key) in ["after", "before", "modified_after", "modified_before"]
        .into_iter()
        .enumerate()
    {
        if let Some(text) = param(key) {
            dates[slot] = Some(date(&text).ok_or_else(|| invalid(key, "Invalid date."))?);
        }
    }
    Ok(Listing {
        per_page: per_page as usize,
        page: param("page")
            .and_then(|v| v.parse().ok())
            .filter(|p| *p >= 1)
            .unwrap_or(1),
        offset: param("offset").and_then(|v| v.parse().ok()),
        descending: order == "desc",
        orderby,
        include: ids("include"),
        exclude: ids("exclude"),
        statuses: (!statuses.is_empty() && !statuses.iter().any(|s| s == "any"))
            .then_some(statuses),
        created: (dates[0], dates[1]),
        modified: (dates[2], dates[3]),
    })
}

/// `after` and `before` exclude the instant itself.
fn within(
    at: NaiveDateTime,
    (after, before): (Option<NaiveDateTime>, Option<NaiveDateTime>),
) -> bool {
    after.is_none_or(|a| at > a) && before.is_none_or(|b| at < b)
}

/// One page of the collection, with WordPress's paging headers.
pub fn list(orders: &[(Order, DateTime<Utc>)], query: &[(String, String)], base: &str) -> Response {
    let listing = match parse(query) {
        Ok(listing) => listing,
        Err(refused) => return refused.into_response(),
    };
    let id = |o: &Order| o.store_id.parse::<u64>().unwrap_or(0);
    let mut matching: Vec<&(Order, DateTime<Utc>)> = orders
        .iter()
        .filter(|(o, _)| match &listing.statuses {
            Some(wanted) => wanted.iter().any(|w| *w == status_of(o)),
            None => status_of(o) != "trash",
        })
        .filter(|(o, _)| listing.include.is_empty() || listing.include.contains(&id(o)))
        .filter(|(o, _)| !listing.exclude.contains(&id(o)))
        .filter(|(o, m)| {
            within(to_second(o.created_at), listing.created)
                && within(to_second(*m), listing.modified)
        })
        .collect();
    matching.sort_by_key(|(o, m)| match listing.orderby.as_str() {
        "modified" => (to_second(*m), id(o), 0),
        "id" => (NaiveDateTime::default(), id(o), 0),
        "include" => {
            let at = listing
                .include
                .iter()
                .position(|i| *i == id(o))
                .unwrap_or(usize::MAX);
            (NaiveDateTime::default(), at as u64, 0)
        }
        // `title` and `slug` of a shop order are "Order – <date>": the creation date's order.
        _ => (to_second(o.created_at), id(o), 0),
    });
    if listing.descending && listing.orderby != "include" {
        matching.reverse();
    }
    let total = matching.len();
    let per_page = listing.per_page;
    let pages = total.div_ceil(per_page);
    let skip = listing.offset.unwrap_or((listing.page - 1) * per_page);
    let body: Vec<Value> = matching
        .iter()
        .skip(skip)
        .take(per_page)
        .map(|(o, m)| order_json(o, *m))
        .collect();
    let link = |p: usize| format!("<{base}wp-json/wc/v3/orders?per_page={per_page}&page={p}>");
    let mut links = Vec::new();
    if listing.page > 1 {
        links.push(format!(
            "{}; rel=\"prev\"",
            link((listing.page - 1).min(pages.max(1)))
        ));
    }
    if pages > listing.page {
        links.push(format!("{}; rel=\"next\"", link(listing.page + 1)));
    }
    let mut response = Json(body).into_response();
    for (name, value) in [
        ("X-WP-Total", total.to_string()),
        ("X-WP-TotalPages", pages.to_string()),
        ("Link", links.join(", ")),
    ] {
        if value.is_empty() {
            continue;
        }
        if let Ok(v) = value.parse() {
            response.headers_mut().insert(name, v);
        }
    }
    response
}
