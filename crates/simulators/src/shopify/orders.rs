//! `QueryRoot.orders`: the shop's orders as an `OrderConnection`, every field the simulator
//! knows held with Shopify's names and types (`shared/vendor-specs/shopify/admin_2026-07.json.gz`
//! is the reference; `tests/shopify_schema.rs` in osd-connectors checks these answers against it).
//!
//! Sources: the schema for every name, type and nullability; shopify.dev/docs/api/usage/search-syntax
//! for `query: "updated_at:>='…'"`; shopify.dev/docs/api/usage/pagination-graphql for cursors,
//! `first` (at most 250) and `pageInfo`.

use base64::Engine;
use chrono::{DateTime, Utc};
use osd_model::{Address, TaxLine};
use serde_json::{json, Value};

use super::ShopOrder;

/// One page of orders: `(updated_at, id)` after the cursor, changed since the search's bound.
pub struct Page<'a> {
    pub orders: Vec<&'a ShopOrder>,
    pub has_next: bool,
    pub after: bool,
}

pub fn page<'a>(
    all: &'a [ShopOrder],
    first: u64,
    after: Option<&str>,
    search: Option<&str>,
) -> Page<'a> {
    let after = after.and_then(decode_cursor);
    let since = search.and_then(updated_since);
    let mut matching: Vec<&ShopOrder> = all
        .iter()
        .filter(|o| {
            since.is_none_or(|(t, inclusive)| o.updated_at > t || (inclusive && o.updated_at == t))
        })
        .filter(|o| {
            after
                .as_ref()
                .is_none_or(|(id, at)| (o.updated_at, numeric_id(&o.order.store_id)) > (*at, *id))
        })
        .collect();
    matching.sort_by_key(|o| (o.updated_at, numeric_id(&o.order.store_id)));
    let has_next = matching.len() as u64 > first;
    Page {
        orders: matching.into_iter().take(first as usize).collect(),
        has_next,
        after: after.is_some(),
    }
}

/// Which line items an order's `lineItems(first:, after:)` asks for.
#[derive(Debug, Default)]
pub struct LinePage {
    pub first: usize,
    pub after: Option<String>,
}

/// The page as an `OrderConnection`, each order with the line items `lines` asks for.
pub fn connection(page: &Page<'_>, lines: &LinePage) -> Value {
    let edges: Vec<Value> = page
        .orders
        .iter()
        .map(|o| json!({ "__typename": "OrderEdge", "cursor": cursor(o), "node": node(o, lines) }))
        .collect();
    json!({
        "__typename": "OrderConnection",
        "edges": edges,
        "pageInfo": {
            "__typename": "PageInfo",
            "hasNextPage": page.has_next,
            "hasPreviousPage": page.after,
            "startCursor": page.orders.first().map(|o| cursor(o)),
            "endCursor": page.orders.last().map(|o| cursor(o)),
        }
    })
}

/// `updated_at:>'2026-11-01T00:00:00Z'` or `updated_at:>=…` (quotes optional); true when
/// the bound is inclusive.
fn updated_since(search: &str) -> Option<(DateTime<Utc>, bool)> {
    let rest = search.split("updated_at:>").nth(1)?;
    let inclusive = rest.starts_with('=');
    let value = rest
        .trim_start_matches('=')
        .trim_matches(|c| c == '\'' || c == '"');
    let value = value
        .split_whitespace()
        .next()?
        .trim_matches(|c| c == '\'' || c == '"');
    DateTime::parse_from_rfc3339(value)
        .ok()
        .map(|d| (d.with_timezone(&Utc), inclusive))
}

pub fn numeric_id(gid: &str) -> u64 {
    gid.rsplit('/')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Shopify cursors are opaque; the simulator's are base64 JSON `{"last_id":…,"last_value":…}`,
/// the form real cursors decode to.
fn cursor(o: &ShopOrder) -> String {
    let raw = json!({
        "last_id": numeric_id(&o.order.store_id),
        "last_value": o.updated_at.format("%Y-%m-%d %H:%M:%S%.6f").to_string(),
    });
    base64::engine::general_purpose::STANDARD.encode(raw.to_string())
}

fn decode_cursor(text: &str) -> Option<(u64, DateTime<Utc>)> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text)
        .ok()?;
    let value: Value = serde_json::from_slice(&bytes).ok()?;
    let id = value.get("last_id")?.as_u64()?;
    let at = chrono::NaiveDateTime::parse_from_str(
        value.get("last_value")?.as_str()?,
        "%Y-%m-%d %H:%M:%S%.f",
    )
    .ok()?
    .and_utc();
    Some((id, at))
}

fn time(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// `MoneyBag`: `shopMoney` is a `MoneyV2` whose `amount` is a `Decimal` (a string).
fn money(amount: rust_decimal::Decimal, currency: &str) -> Value {
    json!({ "__typename": "MoneyBag", "shopMoney": { "__typename": "MoneyV2", "amount": amount.to_string(), "currencyCode": currency } })
}

fn tax_lines(lines: &[TaxLine], currency: &str) -> Value {
    lines
        .iter()
        .map(|t| {
            // `TaxLine.rate` is a `Float`.
            let rate: Value =
                serde_json::from_str(&t.rate.normalize().to_string()).unwrap_or(Value::Null);
            json!({ "__typename": "TaxLine", "title": t.title, "rate": rate, "priceSet": money(t.amount, currency) })
        })
        .collect()
}

fn address(a: &Address) -> Value {
    let mut parts = a.name.splitn(2, ' ');
    json!({
        "__typename": "MailingAddress",
        "firstName": parts.next(), "lastName": parts.next(), "name": a.name,
        "company": a.company, "address1": a.line1, "address2": a.line2, "city": a.city,
        "zip": a.postcode, "province": a.province, "provinceCode": a.province_code,
        "country": a.country, "countryCodeV2": a.country_code, "phone": a.phone,
    })
}

/// `Customer`. `email` is still served (Shopify keeps deprecated fields working until a version
/// removes them) beside `defaultEmailAddress`, which is null for a customer without an e-mail.
fn customer(o: &ShopOrder) -> Value {
    let order = &o.order;
    if order.customer.guest {
        return Value::Null;
    }
    let mut names = order.customer.name.splitn(2, ' ');
    json!({
        "__typename": "Customer",
        "id": format!("gid://shopify/Customer/{}", 7_000_000 + numeric_id(&order.store_id)),
        "email": order.customer.email,
        "defaultEmailAddress": order.customer.email.as_ref().map(|e| json!({ "__typename": "CustomerEmailAddress", "emailAddress": e })),
        "firstName": names.next(), "lastName": names.next(),
    })
}

fn line_cursor(index: usize) -> String {
    base64::engine::general_purpose::STANDARD.encode(format!("line:{index}"))
}

/// The line index a line-item cursor stands for.
fn line_index(cursor: &str) -> Option<usize> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(cursor)
        .ok()?;
    String::from_utf8(bytes)
        .ok()?
        .strip_prefix("line:")?
        .parse()
        .ok()
}

/// `Order.lineItems(first:, after:)`: a `LineItemConnection` of the `first` lines after the
/// cursor.
fn line_items(o: &ShopOrder, page: &LinePage) -> Value {
    let c = &o.order.currency;
    let start = page
        .after
        .as_deref()
        .and_then(line_index)
        .map_or(0, |i| i + 1);
    let shown: Vec<(usize, &osd_model::LineItem)> = o
        .order
        .lines
        .iter()
        .enumerate()
        .skip(start)
        .take(page.first)
        .collect();
    let end = shown.last().map(|(i, _)| *i);
    let edges: Vec<Value> = shown
        .into_iter()
        .map(|(i, l)| {
            json!({ "__typename": "LineItemEdge", "cursor": line_cursor(i), "node": {
                "__typename": "LineItem",
                "id": format!("gid://shopify/LineItem/{}", numeric_id(&o.order.store_id) * 1000 + i as u64),
                "sku": l.sku, "name": l.title,
                "quantity": l.quantity.trunc().to_string().parse::<i64>().unwrap_or(0),
                "originalUnitPriceSet": money(l.unit_price, c),
                "taxLines": tax_lines(&l.tax_lines, c),
            }})
        })
        .collect();
    json!({
        "__typename": "LineItemConnection",
        "edges": edges,
        "pageInfo": {
            "__typename": "PageInfo",
            "hasNextPage": end.is_some_and(|e| e + 1 < o.order.lines.len()),
            "hasPreviousPage": start > 0,
            "startCursor": (start < o.order.lines.len()).then(|| line_cursor(start)),
            "endCursor": end.map(line_cursor),
        },
    })
}

/// `OrderDisplayFinancialStatus`, an upper-case enum (`PAID`, `PENDING`, …); an order that
/// says nothing else was paid.
/// Source: Shopify Admin GraphQL schema (vendor-specs/shopify), `Order.displayFinancialStatus`.
fn financial_status(order: &osd_model::Order) -> String {
    order
        .store_status
        .as_ref()
        .map_or_else(|| "PAID".to_string(), |s| s.name.to_uppercase())
}

pub fn node(o: &ShopOrder, lines: &LinePage) -> Value {
    let order = &o.order;
    let c = &order.currency;
    json!({
        "__typename": "Order",
        "id": order.store_id,
        "name": order.name,
        "createdAt": time(order.created_at),
        "updatedAt": time(o.updated_at),
        "currencyCode": c,
        "presentmentCurrencyCode": order.presentment_currency.as_deref().unwrap_or(c),
        "taxesIncluded": order.taxes_included,
        "test": o.test,
        "cancelledAt": o.cancelled.then(|| time(o.updated_at)),
        "displayFinancialStatus": financial_status(order),
        "email": order.customer.email,
        "note": order.note,
        "customer": customer(o),
        "shippingAddress": order.shipping.as_ref().map(address),
        "billingAddress": order.billing.as_ref().map(address),
        "subtotalPriceSet": money(order.subtotal, c),
        "totalPriceSet": money(order.total, c),
        "totalTaxSet": money(order.total_tax, c),
        "totalShippingPriceSet": money(order.shipping_total, c),
        "totalDiscountsSet": money(order.discount_total, c),
        "taxLines": tax_lines(&order.tax_lines, c),
        "lineItems": line_items(o, lines),
    })
}
