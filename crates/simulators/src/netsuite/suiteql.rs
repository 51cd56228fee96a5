//! `POST /services/rest/query/v1/suiteql?limit=&offset=` with `{"q": "…"}`: runs the query
//! and answers one page.
//!
//! Sources: Oracle, "Executing SuiteQL Queries Through REST Web Services"
//! (section_157909186990): the `Prefer: transient` header, `limit` of at most 1,000 rows a
//! page (default 1,000), `offset`, and at most 100,000 results a query; the page's shape
//! `{links, count, hasMore, items, offset, totalResults}` with `next`/`last`/`self` links
//! (`../shared/api-fixtures/netsuite/request_response_flows.json`, suiteql). What NetSuite
//! answers past the 100,000th row (an error or a shorter result) is not confirmed; the
//! simulator serves the first 100,000 and says nothing more, the worse case for a client.

use axum::extract::{Query as UrlQuery, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::errors::{self, ns_error};
use super::routes::signed_in;
use super::sql::{self, Cell, Printing};
use super::{tables, SharedNetSuite};

/// Results one query can reach, however it is paged.
pub const RESULT_CAP: usize = 100_000;
/// Rows a page holds at most.
const PAGE_LIMIT: usize = 1000;

#[derive(Deserialize)]
pub struct Paging {
    limit: Option<usize>,
    offset: Option<usize>,
}

pub async fn query(
    State(state): State<SharedNetSuite>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    UrlQuery(paging): UrlQuery<Paging>,
    body: axum::body::Bytes,
) -> Response {
    let mut s = match signed_in(&state, &method, &uri, &headers).await {
        Ok(s) => s,
        Err(response) => return *response,
    };
    let transient = headers.get("prefer").and_then(|v| v.to_str().ok()) == Some("transient");
    if !transient {
        return ns_error(
            StatusCode::BAD_REQUEST,
            "INVALID_HEADER",
            "Invalid Prefer header. SuiteQL requests require the 'Prefer: transient' header.",
            None,
        );
    }
    let text = serde_json::from_slice::<Value>(&body)
        .ok()
        .and_then(|v| v.get("q").and_then(Value::as_str).map(str::to_string))
        .unwrap_or_default();
    let query = match sql::parse(&text) {
        Ok(query) => query,
        Err(what) => return errors::bad_query(&what),
    };
    let Some((table, permission)) = tables::table(&s, &query.table) else {
        return errors::bad_query(&format!("Record '{}' was not found.", query.table));
    };
    if let Some(p) = s.role.missing(&[permission]) {
        return errors::insufficient_permission(p);
    }
    s.suiteql_queries += 1;
    if query.table.eq_ignore_ascii_case("item")
        && s.item_added_at_offset
            .as_ref()
            .is_some_and(|(at, _)| Some(*at) == paging.offset)
    {
        if let Some((_, item)) = s.item_added_at_offset.take() {
            s.account.items.push(item);
        }
    }
    let display = |column: &str, cell: &Cell| tables::display(&s, table.name, column, cell);
    let printing = Printing {
        date_format: &s.date_format,
        display: &display,
        seed: s.suiteql_queries,
    };
    let limit = paging.limit.unwrap_or(PAGE_LIMIT).clamp(1, PAGE_LIMIT);
    let offset = paging.offset.unwrap_or(0);
    let keep = offset.saturating_add(limit).min(RESULT_CAP);
    let (answered, rows) = match query.select(&table, printing.seed, keep) {
        Ok(answer) => answer,
        Err(what) => return errors::bad_query(&what),
    };
    let total = answered.min(RESULT_CAP);
    let items: Vec<Value> = rows
        .iter()
        .skip(offset)
        .map(|row| Value::Object(query.print(&table, row, &printing)))
        .collect();
    let has_more = offset + items.len() < total;
    let link = |o: usize| {
        format!(
            "{}services/rest/query/v1/suiteql?limit={limit}&offset={o}",
            s.base_url
        )
    };
    let mut links = vec![json!({"rel": "self", "href": link(offset)})];
    if has_more {
        let last = (total.saturating_sub(1) / limit) * limit;
        links.insert(0, json!({"rel": "last", "href": link(last)}));
        links.insert(0, json!({"rel": "next", "href": link(offset + limit)}));
    }
    Json(json!({
        "links": links,
        "count": items.len(),
        "hasMore": has_more,
        "items": items,
        "offset": offset,
        "totalResults": total,
    }))
    .into_response()
}
