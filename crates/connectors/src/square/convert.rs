//! A Square `Order` (with the SKUs, customers and locations looked up for it) as our order.
//!
//! What each part becomes, and why:
//! - a line's unit price is `base_price_money` plus its modifiers' (before discounts and
//!   taxes), its SKU the `sku`
//!   of the catalog item variation it names (`catalog_object_id`); a custom amount has none;
//! - the order's taxes (`taxes`, rate from `percentage`, amount from `applied_money`) are its
//!   tax lines; `INCLUSIVE` taxes mean the prices contain them;
//! - service charges (a delivery fee) are the order's charges, as shipping is elsewhere;
//! - the tip is a line of its own with no SKU: the ERP books it as whatever item the manager
//!   maps it to (a tip is owed to staff, not sold);
//! - an order of returns (`returns` and no `line_items`) is not a sale and is skipped; a refund
//!   of part of a sale leaves the sale as it was sold, with the refund noted on it;
//! - `state` is the store status: `CANCELED` ends the order, `COMPLETED` is a sale.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use osd_model::{Address, Customer, LineItem, Order, StoreStatus, TaxLine};
use rust_decimal::Decimal;

use serde::Deserialize;

use super::money::{decimals, from_minor};
use super::wire;

/// What the order's references point at, fetched in bulk for a page of orders.
#[derive(Debug, Default)]
pub struct Lookups {
    /// Catalog item variation id → its SKU (`None`: the variation has none).
    pub skus: HashMap<String, Option<String>>,
    pub customers: HashMap<String, wire::Customer>,
    pub locations: HashMap<String, wire::Location>,
}

/// A Square order as our order; `Ok(None)` for an order that is not a sale (returns only).
pub fn order(value: &serde_json::Value, lookups: &Lookups) -> Result<Option<Order>, String> {
    let o = wire::Order::deserialize(value).map_err(|e| format!("unreadable order: {e}"))?;
    if o.line_items.is_empty() && !o.returns.is_empty() {
        return Ok(None);
    }
    let location = o
        .location_id
        .as_ref()
        .and_then(|id| lookups.locations.get(id));
    let currency = o
        .total_money
        .as_ref()
        .and_then(|m| m.currency.clone())
        .or_else(|| location.and_then(|l| l.currency.clone()))
        .ok_or("the order names no currency")?;
    let amount = |m: &Option<wire::Money>| -> Result<Decimal, String> {
        let Some(m) = m else {
            return Ok(Decimal::ZERO);
        };
        if let Some(other) = m.currency.as_deref().filter(|c| *c != currency) {
            return Err(format!("an amount in {other} on an order in {currency}"));
        }
        Ok(from_minor(m.amount.unwrap_or(0), &currency))
    };
    let created_at = o
        .created_at
        .as_deref()
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&Utc))
        .ok_or("the order has no readable creation time")?;

    let mut lines = Vec::with_capacity(o.line_items.len() + 2);
    for item in &o.line_items {
        let title = item.name.clone().unwrap_or_else(|| "Custom amount".into());
        let quantity: Decimal = item
            .quantity
            .trim()
            .parse()
            .map_err(|_| format!("the line \"{title}\" has quantity \"{}\"", item.quantity))?;
        if quantity <= Decimal::ZERO {
            return Err(format!("the line \"{title}\" has quantity {quantity}"));
        }
        let sku = item
            .catalog_object_id
            .as_ref()
            .and_then(|id| lookups.skus.get(id).cloned().flatten())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        // A unit's price is the variation's plus its modifiers' ("gross sales … the sum of the
        // variation's total price and each modifier's total price", OrderLineItem).
        let mut unit_price = amount(&item.base_price_money)?;
        let mut extras = Vec::new();
        for modifier in &item.modifiers {
            let times: Decimal = match modifier.quantity.as_deref() {
                Some(text) => text.trim().parse().map_err(|_| {
                    format!("the line \"{title}\" has a modifier quantity \"{text}\"")
                })?,
                None => Decimal::ONE,
            };
            unit_price += amount(&modifier.base_price_money)? * times;
            extras.extend(modifier.name.clone().filter(|n| !n.trim().is_empty()));
        }
        if let Some(variation) = item
            .variation_name
            .clone()
            .filter(|v| !v.is_empty() && v != "Regular")
        {
            extras.insert(0, variation);
        }
        let title = if extras.is_empty() {
            title
        } else {
            format!("{title} ({})", extras.join(", "))
        };
        lines.push(LineItem {
            sku,
            title,
            quantity: quantity.normalize(),
            unit_price,
            tax_lines: Vec::new(),
            unit: item
                .quantity_unit
                .as_ref()
                .and_then(|u| u.measurement_unit.as_ref())
                .and_then(super::unit::sale_unit),
        });
    }
    // Delivery fees and other service charges are what the ERP books as the order's charges.
    let mut charges = Decimal::ZERO;
    for charge in &o.service_charges {
        charges += amount(&charge.applied_money.clone().or(charge.amount_money.clone()))?;
    }
    let tip = amount(&o.total_tip_money)?;
    if !tip.is_zero() {
        lines.push(extra_line("Tip".into(), tip));
    }

    let tax_lines = o
        .taxes
        .iter()
        .map(|t| -> Result<TaxLine, String> {
            let percent: Decimal = t
                .percentage
                .as_deref()
                .unwrap_or("0")
                .trim()
                .parse()
                .map_err(|_| format!("a tax with percentage {:?}", t.percentage))?;
            Ok(TaxLine {
                title: t.name.clone().unwrap_or_else(|| "Tax".into()),
                rate: (percent / Decimal::ONE_HUNDRED).normalize(),
                amount: amount(&t.applied_money)?,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let taxes_included = o
        .taxes
        .iter()
        .any(|t| t.kind.as_deref() == Some("INCLUSIVE"));

    let customer = o
        .customer_id
        .as_ref()
        .and_then(|id| lookups.customers.get(id));
    let shipping = o.fulfillments.iter().find_map(|f| {
        let details = f
            .shipment_details
            .as_ref()
            .or(f.delivery_details.as_ref())?;
        let recipient = details.recipient.as_ref()?;
        address(
            recipient.address.as_ref()?,
            recipient.display_name.as_deref(),
        )
    });
    let billing = customer.and_then(|c| {
        let name = person(c);
        address(c.address.as_ref()?, name.as_deref())
    });
    let buyer = match customer {
        Some(c) => Customer {
            name: person(c).unwrap_or_default(),
            email: c.email_address.clone().filter(|e| !e.trim().is_empty()),
            guest: false,
        },
        None => Customer {
            name: shipping
                .as_ref()
                .map(|a| a.name.clone())
                .unwrap_or_default(),
            email: None,
            guest: true,
        },
    };
    let refunded: Decimal = o
        .refunds
        .iter()
        .filter(|r| {
            r.status.as_deref() != Some("REJECTED") && r.status.as_deref() != Some("FAILED")
        })
        .map(|r| amount(&r.amount_money))
        .sum::<Result<Decimal, String>>()?;
    let note = (!refunded.is_zero()).then(|| {
        format!("Refunded in Square after the sale: {refunded} {currency} (not booked as a sale)")
    });
    let state = o.state.clone().unwrap_or_else(|| "OPEN".into());
    let store_status = if state == "CANCELED" {
        StoreStatus::ended(state)
    } else {
        StoreStatus::open(state)
    };
    let subtotal = lines
        .iter()
        .map(|l| l.unit_price * l.quantity)
        .sum::<Decimal>();
    Ok(Some(Order {
        name: format!(
            "#{}",
            o.reference_id.clone().unwrap_or_else(|| o.id.clone())
        ),
        store_id: o.id,
        source: "square".into(),
        created_at,
        customer: buyer,
        billing,
        shipping,
        lines,
        tax_lines,
        taxes_included,
        shipping_total: charges,
        discount_total: amount(&o.total_discount_money)?,
        subtotal: subtotal.round_dp(decimals(&currency)),
        total_tax: amount(&o.total_tax_money)?,
        total: amount(&o.total_money)?,
        note,
        presentment_currency: None,
        store_status: Some(store_status),
        currency,
    }))
}

/// A service charge or the tip, as a line the ERP books like any other.
fn extra_line(title: String, amount: Decimal) -> LineItem {
    LineItem {
        sku: None,
        title,
        quantity: Decimal::ONE,
        unit_price: amount,
        tax_lines: Vec::new(),
        unit: None,
    }
}

fn person(c: &wire::Customer) -> Option<String> {
    let name = [c.given_name.as_deref(), c.family_name.as_deref()]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if name.is_empty() {
        c.company_name.clone().filter(|n| !n.trim().is_empty())
    } else {
        Some(name)
    }
}

fn address(a: &wire::Address, name: Option<&str>) -> Option<Address> {
    let line1 = a.address_line_1.clone().unwrap_or_default();
    let city = a.locality.clone().unwrap_or_default();
    if line1.trim().is_empty() && city.trim().is_empty() {
        return None;
    }
    let own = [a.first_name.as_deref(), a.last_name.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    // Square's `administrative_district_level_1` is the state as the seller typed it or its
    // code; `country` is always ISO 3166-1 alpha-2 (the `Country` enum).
    let state = a
        .administrative_district_level_1
        .clone()
        .filter(|s| !s.trim().is_empty());
    let is_code = state
        .as_deref()
        .is_some_and(|s| s.len() <= 3 && s.chars().all(|c| c.is_ascii_uppercase()));
    Some(Address {
        name: if own.trim().is_empty() {
            name.unwrap_or_default().to_string()
        } else {
            own
        },
        company: None,
        line1,
        line2: a.address_line_2.clone().filter(|l| !l.trim().is_empty()),
        city,
        province: state.clone().filter(|_| !is_code),
        province_code: state.filter(|_| is_code),
        postcode: a.postal_code.clone(),
        country: None,
        country_code: a.country.clone().filter(|c| c != "ZZ"),
        phone: None,
    })
}
