//! Square records as Square's JSON, built the way Square computes them: money in the smallest
//! unit of the location's currency (`Money.amount`, an integer), quantities as decimal strings,
//! order-level taxes and discounts referenced from each line by uid (`applied_taxes`,
//! `applied_discounts`) with the amount Square applied, and the order's totals summed from
//! them. Taxes here are `ADDITIVE` (on top of the price), Square's default for US sellers.

use chrono::{DateTime, Utc};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde_json::{json, Value};

pub fn money(amount: i64, currency: &str) -> Value {
    json!({ "amount": amount, "currency": currency })
}

pub fn location(id: &str, name: &str, currency: &str, country: &str) -> Value {
    json!({
        "id": id,
        "name": name,
        "business_name": "Corner Goods",
        "status": "ACTIVE",
        "country": country,
        "currency": currency,
        "timezone": "America/New_York",
        "merchant_id": "ML0SIMULATED",
        "created_at": "2025-01-10T09:00:00Z",
        "capabilities": ["CREDIT_CARD_PROCESSING"],
        "type": "PHYSICAL",
    })
}

/// An `ITEM_VARIATION` catalog object: where a line's SKU lives.
pub fn variation(id: &str, sku: Option<&str>, name: &str, price: i64, currency: &str) -> Value {
    let mut data = json!({
        "item_id": format!("{id}-ITEM"),
        "name": name,
        "pricing_type": "FIXED_PRICING",
        "price_money": money(price, currency),
    });
    if let Some(sku) = sku {
        data["sku"] = json!(sku);
    }
    json!({
        "type": "ITEM_VARIATION",
        "id": id,
        "version": 1,
        "updated_at": "2025-01-10T09:00:00Z",
        "is_deleted": false,
        "present_at_all_locations": true,
        "item_variation_data": data,
    })
}

/// A customer from a full name, split at its first space into given and family names.
pub fn customer_named(id: &str, name: &str, email: Option<&str>) -> Value {
    let (given, family) = name.split_once(' ').unwrap_or((name, ""));
    customer(id, given, family, email)
}

pub fn customer(id: &str, given: &str, family: &str, email: Option<&str>) -> Value {
    let mut customer = json!({
        "id": id,
        "given_name": given,
        "family_name": family,
        "created_at": "2025-02-01T10:00:00Z",
        "updated_at": "2025-02-01T10:00:00Z",
        "version": 1,
        "creation_source": "DIRECTORY",
    });
    if let Some(email) = email {
        customer["email_address"] = json!(email);
    }
    customer
}

struct Line {
    modifiers: Vec<(String, i64)>,
    name: String,
    quantity: Decimal,
    variation: Option<String>,
    base_price: i64,
    unit: Option<Value>,
}

/// An order as Square's Orders API returns it.
pub struct OrderBuilder {
    id: String,
    location: String,
    currency: String,
    at: DateTime<Utc>,
    state: String,
    lines: Vec<Line>,
    tax: Option<(String, Decimal)>,
    discount: Option<(String, i64)>,
    service_charge: Option<(String, i64)>,
    tip: i64,
    customer: Option<String>,
    refund: Option<i64>,
    source: String,
}

/// Round half up to the currency's smallest unit.
fn minor(value: Decimal) -> i64 {
    value.round().to_i64().unwrap_or(0)
}

impl OrderBuilder {
    pub fn new(id: &str, location: &str, currency: &str, at: DateTime<Utc>) -> Self {
        Self {
            id: id.into(),
            location: location.into(),
            currency: currency.into(),
            at,
            state: "COMPLETED".into(),
            lines: Vec::new(),
            tax: None,
            discount: None,
            service_charge: None,
            tip: 0,
            customer: None,
            refund: None,
            source: "Square Point of Sale".into(),
        }
    }

    /// A line of a catalog item (`variation` is its catalog id) or a custom amount (`None`).
    pub fn line(mut self, name: &str, quantity: &str, variation: Option<&str>, price: i64) -> Self {
        self.lines.push(Line {
            modifiers: Vec::new(),
            name: name.into(),
            quantity: quantity.parse().unwrap_or(Decimal::ONE),
            variation: variation.map(String::from),
            base_price: price,
            unit: None,
        });
        self
    }

    /// The last line is sold by a measurement unit (`{"weight_unit": "IMPERIAL_POUND"}`, …).
    pub fn in_unit(mut self, unit: Value, precision: u32) -> Self {
        if let Some(line) = self.lines.last_mut() {
            line.unit = Some(json!({ "measurement_unit": unit, "precision": precision }));
        }
        self
    }

    /// A modifier of the last line, priced per unit ("Gift box", 200).
    pub fn modifier(mut self, name: &str, price: i64) -> Self {
        if let Some(line) = self.lines.last_mut() {
            line.modifiers.push((name.into(), price));
        }
        self
    }

    /// An order-level additive tax (`percentage` as Square writes it, e.g. "8.875").
    pub fn tax(mut self, name: &str, percentage: &str) -> Self {
        self.tax = Some((name.into(), percentage.parse().unwrap_or_default()));
        self
    }

    /// A fixed-amount order discount, spread over the lines by Square.
    pub fn discount(mut self, name: &str, amount: i64) -> Self {
        self.discount = Some((name.into(), amount));
        self
    }

    pub fn service_charge(mut self, name: &str, amount: i64) -> Self {
        self.service_charge = Some((name.into(), amount));
        self
    }

    pub fn tip(mut self, amount: i64) -> Self {
        self.tip = amount;
        self
    }

    pub fn customer(mut self, id: &str) -> Self {
        self.customer = Some(id.into());
        self
    }

    pub fn state(mut self, state: &str) -> Self {
        self.state = state.into();
        self
    }

    /// A refund of part of the order after the sale.
    pub fn refund(mut self, amount: i64) -> Self {
        self.refund = Some(amount);
        self
    }

    pub fn build(self) -> Value {
        let cur = self.currency.as_str();
        let gross: Vec<i64> = self
            .lines
            .iter()
            .map(|l| {
                let unit = l.base_price + l.modifiers.iter().map(|m| m.1).sum::<i64>();
                minor(l.quantity * Decimal::from(unit))
            })
            .collect();
        let gross_total: i64 = gross.iter().sum();
        // A fixed discount is applied to each line in proportion to its price; the last line
        // takes what rounding leaves.
        let discount_total = self.discount.as_ref().map_or(0, |d| d.1.min(gross_total));
        let mut discounts = Vec::new();
        let mut left = discount_total;
        for (i, g) in gross.iter().enumerate() {
            let share = if i + 1 == gross.len() {
                left
            } else if gross_total == 0 {
                0
            } else {
                minor(
                    Decimal::from(discount_total) * Decimal::from(*g) / Decimal::from(gross_total),
                )
            };
            left -= share;
            discounts.push(share);
        }
        let rate = self
            .tax
            .as_ref()
            .map_or(Decimal::ZERO, |t| t.1 / Decimal::from(100));
        let mut lines = Vec::new();
        let (mut tax_total, mut net_total) = (0i64, 0i64);
        for (i, line) in self.lines.iter().enumerate() {
            let taxable = gross[i] - discounts[i];
            let tax = if self.tax.is_some() {
                minor(Decimal::from(taxable) * rate)
            } else {
                0
            };
            tax_total += tax;
            net_total += taxable + tax;
            let uid = format!("line-{i}");
            let mut json = json!({
                "uid": uid,
                "name": line.name,
                "quantity": line.quantity.normalize().to_string(),
                "item_type": if line.variation.is_some() { "ITEM" } else { "CUSTOM_AMOUNT" },
                "base_price_money": money(line.base_price, cur),
                "variation_total_price_money": money(gross[i], cur),
                "gross_sales_money": money(gross[i], cur),
                "total_tax_money": money(tax, cur),
                "total_discount_money": money(discounts[i], cur),
                "total_money": money(taxable + tax, cur),
                "total_service_charge_money": money(0, cur),
            });
            if let Some(variation) = &line.variation {
                json["catalog_object_id"] = json!(variation);
                json["catalog_version"] = json!(1);
                json["variation_name"] = json!("Regular");
            }
            if let Some(unit) = &line.unit {
                json["quantity_unit"] = unit.clone();
            }
            if !line.modifiers.is_empty() {
                json["modifiers"] = json!(line
                    .modifiers
                    .iter()
                    .enumerate()
                    .map(|(m, (name, price))| json!({
                        "uid": format!("{uid}-modifier-{m}"),
                        "name": name,
                        "quantity": "1",
                        "base_price_money": money(*price, cur),
                        "total_price_money": money(minor(line.quantity * Decimal::from(*price)), cur),
                    }))
                    .collect::<Vec<_>>());
                json["variation_total_price_money"] =
                    money(minor(line.quantity * Decimal::from(line.base_price)), cur);
            }
            if self.tax.is_some() {
                json["applied_taxes"] = json!([{
                    "uid": format!("{uid}-tax"), "tax_uid": "tax-0", "applied_money": money(tax, cur)
                }]);
            }
            if self.discount.is_some() {
                json["applied_discounts"] = json!([{
                    "uid": format!("{uid}-discount"), "discount_uid": "discount-0",
                    "applied_money": money(discounts[i], cur)
                }]);
            }
            lines.push(json);
        }
        let service = self.service_charge.as_ref().map_or(0, |s| s.1);
        let total = net_total + service + self.tip;
        let at = self.at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let mut order = json!({
            "id": self.id,
            "location_id": self.location,
            "source": { "name": self.source },
            "line_items": lines,
            "created_at": at,
            "updated_at": at,
            "state": self.state,
            "version": 4,
            "total_money": money(total, cur),
            "total_tax_money": money(tax_total, cur),
            "total_discount_money": money(discount_total, cur),
            "total_tip_money": money(self.tip, cur),
            "total_service_charge_money": money(service, cur),
            "net_amounts": {
                "total_money": money(total, cur),
                "tax_money": money(tax_total, cur),
                "discount_money": money(discount_total, cur),
                "tip_money": money(self.tip, cur),
                "service_charge_money": money(service, cur),
            },
            "net_amount_due_money": money(0, cur),
        });
        if self.state == "COMPLETED" {
            order["closed_at"] = json!(at);
            order["tenders"] = json!([{
                "id": format!("{}-tender", self.id),
                "location_id": self.location,
                "transaction_id": self.id,
                "created_at": at,
                "amount_money": money(total - self.tip, cur),
                "tip_money": money(self.tip, cur),
                "type": "CARD",
            }]);
        }
        if let Some((name, percentage)) = &self.tax {
            order["taxes"] = json!([{
                "uid": "tax-0", "name": name, "type": "ADDITIVE",
                "percentage": percentage.normalize().to_string(), "scope": "ORDER",
                "applied_money": money(tax_total, cur),
            }]);
        }
        if let Some((name, amount)) = &self.discount {
            order["discounts"] = json!([{
                "uid": "discount-0", "name": name, "type": "FIXED_AMOUNT",
                "amount_money": money(*amount, cur), "applied_money": money(discount_total, cur),
                "scope": "ORDER",
            }]);
        }
        if let Some((name, amount)) = &self.service_charge {
            order["service_charges"] = json!([{
                "uid": "service-0", "name": name, "amount_money": money(*amount, cur),
                "applied_money": money(*amount, cur), "total_money": money(*amount, cur),
                "total_tax_money": money(0, cur), "calculation_phase": "TOTAL_PHASE",
                "taxable": false, "type": "CUSTOM", "treatment_type": "LINE_ITEM_TREATMENT",
                "scope": "ORDER",
            }]);
        }
        if let Some(customer) = &self.customer {
            order["customer_id"] = json!(customer);
        }
        if let Some(amount) = self.refund {
            order["refunds"] = json!([{
                "id": format!("{}-refund", self.id),
                "location_id": self.location,
                "transaction_id": self.id,
                "tender_id": format!("{}-tender", self.id),
                "created_at": at,
                "reason": "Returned goods",
                "amount_money": money(amount, cur),
                "status": "APPROVED",
            }]);
            order["return_amounts"] = json!({ "total_money": money(amount, cur) });
        }
        order
    }
}

/// The order Square creates for a return: `returns` instead of `line_items`, the returned
/// amount as `return_amounts`, linked to the sale by `source_order_id`.
pub fn return_order(id: &str, sale: &Value, amount: i64, at: DateTime<Utc>) -> Value {
    let cur = sale["total_money"]["currency"].as_str().unwrap_or("USD");
    let at = at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    json!({
        "id": id,
        "location_id": sale["location_id"],
        "returns": [{
            "uid": "return-0",
            "source_order_id": sale["id"],
            "return_amounts": { "total_money": money(amount, cur) },
        }],
        "return_amounts": { "total_money": money(amount, cur) },
        "created_at": at,
        "updated_at": at,
        "closed_at": at,
        "state": "COMPLETED",
        "version": 1,
        "total_money": money(0, cur),
        "net_amounts": { "total_money": money(-amount, cur) },
    })
}

/// Decimals of the currency's smallest unit (ISO 4217), for the few currencies the demo uses
/// and the common exceptions. The simulator keeps its own table rather than the connector's:
/// it follows the standard, so a mistake in one is not copied into the other.
fn decimals(currency: &str) -> u32 {
    match currency {
        "JPY" | "KRW" | "CLP" | "ISK" | "VND" => 0,
        "BHD" | "JOD" | "KWD" | "OMR" | "TND" => 3,
        _ => 2,
    }
}

/// An exact amount in the currency's smallest unit.
pub fn minor_units(amount: Decimal, currency: &str) -> i64 {
    minor(amount * Decimal::from(10i64.pow(decimals(currency))))
}

/// The catalog variation id the demo gives a SKU.
pub fn variation_id(sku: &str) -> String {
    let clean: String = sku
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("VAR-{clean}")
}

/// One of our orders as Square would hold it at `location`, keeping its amounts exactly (the
/// demo's scenarios live in them): its lines by catalog variation, its tax lines as order
/// taxes, its discount, its shipping as a delivery service charge, its buyer as a customer
/// (returned beside it; `None` for a walk-in guest).
pub fn from_order(
    order: &osd_model::Order,
    location: &str,
    updated_at: DateTime<Utc>,
) -> (Value, Option<Value>) {
    let cur = order.currency.as_str();
    let m = |amount: Decimal| money(minor_units(amount, cur), cur);
    let lines: Vec<Value> = order
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let gross = line.unit_price * line.quantity;
            let mut json = json!({
                "uid": format!("line-{i}"),
                "name": line.title,
                "quantity": line.quantity.normalize().to_string(),
                "item_type": if line.sku.is_some() { "ITEM" } else { "CUSTOM_AMOUNT" },
                "base_price_money": m(line.unit_price),
                "gross_sales_money": m(gross),
            });
            if let Some(sku) = &line.sku {
                json["catalog_object_id"] = json!(variation_id(sku));
                json["catalog_version"] = json!(1);
            }
            json
        })
        .collect();
    let kind = if order.taxes_included {
        "INCLUSIVE"
    } else {
        "ADDITIVE"
    };
    let taxes: Vec<Value> = order
        .all_tax_lines()
        .enumerate()
        .map(|(i, tax)| {
            json!({
                "uid": format!("tax-{i}"), "name": tax.title, "type": kind,
                "percentage": (tax.rate * Decimal::ONE_HUNDRED).normalize().to_string(),
                "applied_money": m(tax.amount), "scope": "ORDER",
            })
        })
        .collect();
    let at = |t: DateTime<Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let state = match &order.store_status {
        Some(status) if status.ended => "CANCELED",
        Some(status)
            if !["PAID", "PARTIALLY_REFUNDED", "COMPLETED"].contains(&status.name.as_str()) =>
        {
            "OPEN"
        }
        _ => "COMPLETED",
    };
    let mut json = json!({
        "id": order.store_id,
        "location_id": location,
        "reference_id": order.name.trim_start_matches('#').chars().take(40).collect::<String>(),
        "source": { "name": "Square Point of Sale" },
        "line_items": lines,
        "created_at": at(order.created_at),
        "updated_at": at(updated_at),
        "state": state,
        "version": 2,
        "total_money": m(order.total),
        "total_tax_money": m(order.total_tax),
        "total_discount_money": m(order.discount_total),
        "total_tip_money": money(0, cur),
        "total_service_charge_money": m(order.shipping_total),
    });
    if state == "COMPLETED" {
        json["closed_at"] = json!(at(order.created_at));
    }
    if !taxes.is_empty() {
        json["taxes"] = json!(taxes);
    }
    if !order.discount_total.is_zero() {
        json["discounts"] = json!([{
            "uid": "discount-0", "name": "Discount", "type": "FIXED_AMOUNT",
            "amount_money": m(order.discount_total), "applied_money": m(order.discount_total),
            "scope": "ORDER",
        }]);
    }
    if !order.shipping_total.is_zero() {
        json["service_charges"] = json!([{
            "uid": "delivery", "name": "Delivery", "amount_money": m(order.shipping_total),
            "applied_money": m(order.shipping_total), "total_money": m(order.shipping_total),
            "calculation_phase": "TOTAL_PHASE", "taxable": false, "scope": "ORDER",
        }]);
    }
    if let Some(shipping) = &order.shipping {
        json["fulfillments"] = json!([{
            "uid": "shipment", "type": "SHIPMENT", "state": "PROPOSED",
            "shipment_details": { "recipient": {
                "display_name": shipping.name, "address": square_address(shipping),
            }},
        }]);
    }
    let customer = (!order.customer.guest).then(|| {
        let id = format!("CUST-{}", order.store_id);
        json["customer_id"] = json!(id);
        let mut person = customer_named(&id, &order.customer.name, order.customer.email.as_deref());
        if let Some(billing) = &order.billing {
            person["address"] = square_address(billing);
        }
        person
    });
    (json, customer)
}

/// Our address as Square's `Address`: the country only as its ISO code (Square's `Country`
/// enum has no names), the state as written.
fn square_address(a: &osd_model::Address) -> Value {
    let mut json = json!({
        "address_line_1": a.line1,
        "locality": a.city,
    });
    if let Some(line2) = &a.line2 {
        json["address_line_2"] = json!(line2);
    }
    if let Some(state) = a.province_code.as_ref().or(a.province.as_ref()) {
        json["administrative_district_level_1"] = json!(state);
    }
    if let Some(postcode) = &a.postcode {
        json["postal_code"] = json!(postcode);
    }
    if let Some(country) = &a.country_code {
        json["country"] = json!(country);
    }
    json
}
