//! An order as `GET /wp-json/wc/v3/orders` prints it, amounts split the way WooCommerce
//! splits them: every line's `subtotal` (before discounts) and `total` (after) are without
//! tax, with `subtotal_tax` and `total_tax` beside them, in every shop; a shop that enters
//! its prices with tax (`prices_include_tax`) has them taken out first.
//! Source: woocommerce/woocommerce plugins/woocommerce/includes/rest-api/Controllers/Version2/
//! class-wc-rest-orders-v2-controller.php (`get_order_item_data`, `get_formatted_item_data`,
//! the item schema: "Line subtotal (before discounts)", "Line subtotal tax (before
//! discounts)", "Line total (after discounts)", `price` = total / quantity; `cart_tax` "Sum of
//! line item taxes only"; `total_tax` "Sum of all taxes"; `prices_include_tax` "True the
//! prices included tax during checkout"), and includes/class-wc-tax.php (`calc_inclusive_tax`).

use chrono::{DateTime, Utc};
use osd_model::{Address, Order};
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::{json, Value};

/// The order's status (`processing` when the order says nothing), without `wc-`.
pub fn status_of(o: &Order) -> &str {
    o.store_status
        .as_ref()
        .map_or("processing", |s| s.name.as_str())
}

/// The gateway that put an order where it is: the bank transfer (BACS) gateway parks its
/// orders `on-hold` ("Awaiting BACS payment") until the shop sees the money.
/// Source: plugins/woocommerce/includes/gateways/bacs/class-wc-gateway-bacs.php `process_payment`.
fn payment_method(status: &str) -> (&'static str, &'static str) {
    if status == "on-hold" {
        ("bacs", "Direct bank transfer")
    } else {
        ("stripe", "Credit card (Stripe)")
    }
}

fn money(d: Decimal) -> String {
    format!("{:.2}", d)
}

fn cents(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// `total` spread over `weights` in proportion, to the cent; the last share takes the
/// rounding, so the shares add up exactly.
fn allocate(total: Decimal, weights: &[Decimal]) -> Vec<Decimal> {
    let sum: Decimal = weights.iter().copied().sum();
    let mut shares: Vec<Decimal> = weights
        .iter()
        .map(|w| {
            if sum.is_zero() {
                Decimal::ZERO
            } else {
                cents(total * *w / sum)
            }
        })
        .collect();
    if let Some(last) = shares.len().checked_sub(1) {
        let others: Decimal = shares[..last].iter().copied().sum();
        shares[last] = total - others;
    }
    shares
}

/// One line's amounts as WooCommerce stores them.
struct LineAmounts {
    subtotal: Decimal,
    subtotal_tax: Decimal,
    total: Decimal,
    total_tax: Decimal,
}

/// The order's lines split into amounts without tax and their taxes. `o`'s unit prices
/// include tax when `o.taxes_included` (prices entered with tax); `o.total_tax` is the tax
/// of the lines after discounts (shipping is not taxed here).
fn line_amounts(o: &Order) -> Vec<LineAmounts> {
    let gross: Vec<Decimal> = o
        .lines
        .iter()
        .map(|l| cents(l.quantity * l.unit_price))
        .collect();
    let discounts = allocate(o.discount_total, &gross);
    let after: Vec<Decimal> = gross.iter().zip(&discounts).map(|(g, d)| g - d).collect();
    let taxes = allocate(o.total_tax, &after);
    let rate: Decimal = o.tax_lines.iter().map(|t| t.rate).sum();
    gross
        .iter()
        .zip(after.iter().zip(&taxes))
        .map(|(g, (a, t))| {
            if o.taxes_included {
                // `calc_inclusive_tax`: the tax inside a price is price − price / (1 + rate).
                let subtotal_tax = cents(*g - *g / (Decimal::ONE + rate));
                LineAmounts {
                    subtotal: g - subtotal_tax,
                    subtotal_tax,
                    total: a - t,
                    total_tax: *t,
                }
            } else {
                LineAmounts {
                    subtotal: *g,
                    subtotal_tax: cents(*g * rate),
                    total: *a,
                    total_tax: *t,
                }
            }
        })
        .collect()
}

/// The same sale as a shop that enters its prices with tax records it: unit prices and the
/// discount with the tax in them, the total holding the tax instead of adding it. For tests
/// of tax-inclusive shops.
pub fn entered_with_tax(order: &Order) -> Order {
    let rate: Decimal = order.tax_lines.iter().map(|t| t.rate).sum();
    let mut o = order.clone();
    for line in &mut o.lines {
        line.unit_price = cents(line.unit_price * (Decimal::ONE + rate));
    }
    o.discount_total = cents(o.discount_total * (Decimal::ONE + rate));
    let gross: Decimal = o.lines.iter().map(|l| l.quantity * l.unit_price).sum();
    o.taxes_included = true;
    o.total = gross - o.discount_total + o.shipping_total;
    o.total_tax = cents((gross - o.discount_total) * rate / (Decimal::ONE + rate));
    let weights: Vec<Decimal> = o.tax_lines.iter().map(|t| t.amount).collect();
    for (line, amount) in o.tax_lines.iter_mut().zip(allocate(o.total_tax, &weights)) {
        line.amount = amount;
    }
    o
}

fn address_json(a: Option<&Address>, email: Option<&str>) -> Value {
    let Some(a) = a else { return json!({}) };
    let mut names = a.name.splitn(2, ' ');
    json!({
        "first_name": names.next().unwrap_or(""), "last_name": names.next().unwrap_or(""),
        "company": a.company.clone().unwrap_or_default(), "address_1": a.line1, "address_2": a.line2.clone().unwrap_or_default(),
        "city": a.city, "state": a.province_code.clone().or_else(|| a.province.clone()).unwrap_or_default(),
        "postcode": a.postcode.clone().unwrap_or_default(),
        "country": a.country_code.clone().or_else(|| a.country.clone()).unwrap_or_default(),
        "email": email, "phone": a.phone.clone().unwrap_or_default(),
    })
}

fn number(d: Decimal) -> Value {
    serde_json::from_str::<Value>(&d.normalize().to_string()).unwrap_or(Value::Null)
}

/// An order as `GET /wp-json/wc/v3/orders` lists it. `total` is the order's own (a shop's
/// total that does not add up stays so).
pub fn order_json(o: &Order, modified: DateTime<Utc>) -> Value {
    let created = o.created_at.format("%Y-%m-%dT%H:%M:%S").to_string();
    let modified = modified.format("%Y-%m-%dT%H:%M:%S").to_string();
    let status = status_of(o);
    let (method, method_title) = payment_method(status);
    let tax_ids: Vec<u64> = (0..o.tax_lines.len() as u64).map(|i| 70 + i).collect();
    let tax_weights: Vec<Decimal> = o.tax_lines.iter().map(|t| t.amount).collect();
    let lines = line_amounts(o);
    let discount_total: Decimal = lines.iter().map(|l| l.subtotal - l.total).sum();
    let discount_tax: Decimal = lines.iter().map(|l| l.subtotal_tax - l.total_tax).sum();
    let cart_tax: Decimal = lines.iter().map(|l| l.total_tax).sum();
    json!({
        "id": o.store_id.parse::<u64>().unwrap_or(0),
        "parent_id": 0,
        "number": o.name.trim_start_matches('#'),
        "status": status,
        "currency": o.currency,
        "date_created": created, "date_created_gmt": created,
        "date_modified": modified, "date_modified_gmt": modified,
        "discount_total": money(discount_total), "discount_tax": money(discount_tax),
        "shipping_total": money(o.shipping_total), "shipping_tax": "0.00",
        "cart_tax": money(cart_tax), "total": money(o.total), "total_tax": money(cart_tax),
        "prices_include_tax": o.taxes_included,
        "customer_id": if o.customer.guest { 0 } else { 1 },
        "customer_note": o.note.clone().unwrap_or_default(),
        "billing": address_json(o.billing.as_ref(), o.customer.email.as_deref()),
        "shipping": address_json(o.shipping.as_ref(), None),
        "payment_method": method,
        "payment_method_title": method_title,
        "date_paid_gmt": (status == "processing" || status == "completed").then_some(&created),
        "line_items": o.lines.iter().zip(&lines).enumerate().map(|(i, (l, a))| {
            let total_shares = allocate(a.total_tax, &tax_weights);
            let subtotal_shares = allocate(a.subtotal_tax, &tax_weights);
            json!({
                "id": 300 + i, "name": l.title, "product_id": 90 + i, "variation_id": 0,
                "quantity": l.quantity.trunc().to_string().parse::<i64>().unwrap_or(0),
                "tax_class": "",
                "subtotal": money(a.subtotal), "subtotal_tax": money(a.subtotal_tax),
                "total": money(a.total), "total_tax": money(a.total_tax),
                "taxes": tax_ids.iter().zip(total_shares.iter().zip(&subtotal_shares)).map(|(id, (t, s))| json!({
                    "id": id, "total": money(*t), "subtotal": money(*s),
                })).collect::<Vec<_>>(),
                "meta_data": [], "sku": l.sku.clone().unwrap_or_default(),
                "price": if l.quantity.is_zero() { Value::from(0) } else { number(a.total / l.quantity) },
            })
        }).collect::<Vec<_>>(),
        "tax_lines": o.tax_lines.iter().zip(&tax_ids).map(|(t, id)| json!({
            "id": 400 + id, "rate_code": t.title.to_uppercase(), "rate_id": id, "label": t.title, "compound": false,
            "tax_total": money(t.amount), "shipping_tax_total": "0.00",
            "rate_percent": number(t.rate * Decimal::ONE_HUNDRED),
            "meta_data": [],
        })).collect::<Vec<_>>(),
        "shipping_lines": [], "fee_lines": [], "coupon_lines": [], "refunds": [],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;

    fn dec(text: &str) -> Decimal {
        text.parse().unwrap_or_default()
    }

    fn amount(v: &Value, key: &str) -> Decimal {
        dec(v[key].as_str().unwrap_or_default())
    }

    /// The order's own arithmetic holds in both kinds of shop: lines after discounts, plus
    /// shipping and every tax, is the total; and the lines' subtotals never contain tax.
    #[test]
    fn lines_are_without_tax_and_add_up_to_the_total_in_either_kind_of_shop() {
        let world = demo::build(demo::reference_now());
        let consistent = world
            .orders
            .iter()
            .filter(|o| o.scenario != demo::Scenario::TotalMismatch);
        for base in consistent.take(40).map(|o| &o.shop.order) {
            for inclusive in [false, true] {
                let mut o = if inclusive {
                    entered_with_tax(base)
                } else {
                    base.clone()
                };
                o.store_id = "1".into();
                let v = order_json(&o, demo::reference_now());
                let items = v["line_items"].as_array().cloned().unwrap_or_default();
                let line_totals: Decimal = items.iter().map(|l| amount(l, "total")).sum();
                assert_eq!(
                    line_totals + amount(&v, "shipping_total") + amount(&v, "total_tax"),
                    amount(&v, "total"),
                    "{} inclusive={inclusive}",
                    o.name
                );
                let subtotals: Decimal = items.iter().map(|l| amount(l, "subtotal")).sum();
                assert_eq!(subtotals - amount(&v, "discount_total"), line_totals);
                assert_eq!(v["prices_include_tax"], inclusive);
                if inclusive && !o.total_tax.is_zero() {
                    let gross: Decimal = o.lines.iter().map(|l| l.quantity * l.unit_price).sum();
                    assert!(subtotals < gross, "a subtotal never holds the tax");
                }
            }
        }
    }
}
