//! The records a sale refers to: products and their templates, the party, the currency, the
//! tax, the period, the company.
//!
//! Products follow tryton/modules `product/product.py`: a variant (`product.product`) has its
//! own `active`, and searching on `active` means the variant's and its template's together
//! (`TemplateDeactivatableMixin._active_expression`: `product.active & template.active`), but
//! reading `active` gives the variant's own column. Deactivating the template is how a Tryton
//! user discontinues a product; the variant then still reads `active: 1` (seen on trytond 8.0).
//! `salable` is the template's, read through the variant. SQLite hands booleans back as 1/0.

use serde_json::{json, Value};

use super::domain::{date, decimal, Row};
use super::TrytonState;

#[derive(Debug, Clone)]
pub struct TrytonTemplate {
    pub id: i64,
    pub name: String,
    pub active: bool,
    pub salable: bool,
}

#[derive(Debug, Clone)]
pub struct TrytonProduct {
    pub id: i64,
    pub template: i64,
    pub code: String,
    pub active: bool,
}

/// As in scripts/tryton/fixture.py: three products for sale and one discontinued (its
/// template deactivated).
pub fn fixture() -> (Vec<TrytonTemplate>, Vec<TrytonProduct>) {
    let items = [
        (1, "Organic T-shirt", "TSHIRT-BLK-M", true),
        (2, "Stoneware mug", "MUG-NAT-M", true),
        (3, "Canvas cap", "CAP-SGE-L", true),
        (4, "Discontinued lamp", "LAMP-OLD", false),
    ];
    items
        .iter()
        .map(|(id, name, code, template_active)| {
            (
                TrytonTemplate {
                    id: *id,
                    name: (*name).into(),
                    active: *template_active,
                    salable: true,
                },
                TrytonProduct {
                    id: *id,
                    template: *id,
                    code: (*code).into(),
                    active: true,
                },
            )
        })
        .unzip()
}

/// A unit of measure (`product.uom`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrytonUnit {
    pub id: i64,
    pub name: String,
    pub symbol: String,
    pub active: bool,
    /// `unece_code`, which the `edocument_unece` module adds: `None` where it sets none.
    pub unece_code: Option<String>,
}

/// The units a trytond 8.0 database gets with the `product` module, as its `search_read`
/// answered them (ids, names, symbols; tryton/modules `product/uom.xml`), with the UN/ECE
/// codes `edocument_unece/product.xml` gives them, used when that module is on.
pub fn stock_units() -> Vec<TrytonUnit> {
    [
        ("Unit", "u", "C62"),
        ("Kilogram", "kg", "KGM"),
        ("Gram", "g", "GRM"),
        ("Carat", "c", "CTM"),
        ("Pound", "lb", "LBR"),
        ("Ounce", "oz", "ONZ"),
        ("Second", "s", "SEC"),
        ("Minute", "min", "MIN"),
        ("Hour", "h", "HUR"),
        ("Day", "d", "DAY"),
        ("Meter", "m", "MTR"),
        ("Kilometer", "km", "KMT"),
        ("Centimeter", "cm", "CMT"),
        ("Millimeter", "mm", "MMT"),
        ("Foot", "ft", "FOT"),
        ("Yard", "yd", "YRD"),
        ("Inch", "in", "INH"),
        ("Mile", "mi", "SMI"),
        ("Cubic meter", "m³", "MTQ"),
        ("Liter", "l", "LTR"),
        ("Cubic centimeter", "cm³", "CMQ"),
        ("Cubic inch", "in³", "INQ"),
        ("Cubic foot", "ft³", "FTQ"),
        ("Gallon", "gal", "GLL"),
        ("Square meter", "m²", "MTK"),
        ("Square centimeter", "cm²", "CMK"),
        ("Are", "a", "ARE"),
        ("Hectare", "ha", "HAR"),
        ("Square inch", "in²", "INK"),
        ("Square foot", "ft²", "FTK"),
        ("Square yard", "yd²", "YDK"),
        ("Joule", "J", ""),
        ("Megajoule", "MJ", ""),
        ("Kilowatt-hour", "kW⋅h", ""),
        ("Megawatt-hour", "MW⋅h", ""),
    ]
    .iter()
    .enumerate()
    .map(|(i, (name, symbol, unece))| TrytonUnit {
        id: 1 + i as i64,
        name: (*name).into(),
        symbol: (*symbol).into(),
        active: true,
        unece_code: Some(unece.to_string()).filter(|c| !c.is_empty()),
    })
    .collect()
}

fn flag(value: bool) -> Value {
    json!(i32::from(value))
}

fn row(value: Value) -> Row {
    match value {
        Value::Object(map) => map,
        _ => Row::new(),
    }
}

impl TrytonState {
    pub fn template(&self, id: i64) -> Option<&TrytonTemplate> {
        self.templates.iter().find(|t| t.id == id)
    }

    pub fn product_row(&self, product: &TrytonProduct) -> Row {
        let template = self.template(product.template);
        let template_active = template.is_some_and(|t| t.active);
        let salable = template.is_some_and(|t| t.salable);
        row(json!({
            "id": product.id,
            "code": product.code,
            "rec_name": format!("[{}] {}", product.code, template.map(|t| t.name.as_str()).unwrap_or_default()),
            "active": flag(product.active),
            "_active": product.active && template_active,
            "salable": salable,
            "default_uom": { "id": 1, "name": "Unit" },
            "template": { "id": product.template, "active": flag(template_active), "salable": flag(salable) },
        }))
    }

    /// A `product.uom` row: `unece_code` only where `edocument_unece` is activated (without it
    /// the field does not exist, and asking for it is an error).
    pub fn unit_row(&self, unit: &TrytonUnit) -> Row {
        let mut out = row(json!({
            "id": unit.id,
            "name": unit.name,
            "symbol": unit.symbol,
            "rec_name": unit.name,
            "active": flag(unit.active),
        }));
        if self.edocument_unece {
            out.insert("unece_code".into(), json!(unit.unece_code));
        }
        out
    }

    /// `fields_get(fields_names)`: the asked fields the model has (all when none are asked),
    /// each with its name, type and label; names it lacks are left out, not refused (seen on
    /// trytond 8.0). Only `product.uom` is described here.
    pub fn fields_get(&self, model: &str, names: &[String]) -> Option<Value> {
        if model != "product.uom" {
            return None;
        }
        let mut fields = vec![
            ("name", "char", "Name"),
            ("symbol", "char", "Symbol"),
            ("active", "boolean", "Active"),
        ];
        if self.edocument_unece {
            fields.push(("unece_code", "char", "UNECE Code"));
        }
        let described: serde_json::Map<String, Value> = fields
            .into_iter()
            .filter(|(name, _, _)| names.is_empty() || names.iter().any(|n| n == name))
            .map(|(name, kind, label)| {
                (
                    name.to_string(),
                    json!({ "name": name, "type": kind, "string": label }),
                )
            })
            .collect();
        Some(Value::Object(described))
    }

    /// The rows `search_read` sees for `model`, and whether the model is deactivable.
    pub fn rows(&self, model: &str) -> Option<(Vec<Row>, bool)> {
        Some(match model {
            "company.company" => (vec![row(json!({ "id": 1, "rec_name": "Simulated Company" }))], false),
            "product.product" => (self.products.iter().map(|p| self.product_row(p)).collect(), true),
            "product.template" => (
                self.templates
                    .iter()
                    .map(|t| row(json!({ "id": t.id, "name": t.name, "active": flag(t.active), "salable": t.salable })))
                    .collect(),
                true,
            ),
            "product.uom" => (self.units.iter().map(|u| self.unit_row(u)).collect(), true),
            "party.party" => (
                vec![row(json!({ "id": 2, "name": "Ada Lovelace", "code": "2", "email": "customer1@example.com", "addresses": [{ "id": 2 }], "active": 1 }))],
                true,
            ),
            "currency.currency" => (vec![row(json!({ "id": 1, "code": "USD", "active": 1 }))], true),
            "account.tax" => (
                vec![row(json!({ "id": 1, "name": "CA State Tax", "rate": decimal(rust_decimal::Decimal::new(725, 4)), "type": "percentage", "active": 1 }))],
                true,
            ),
            "account.period" => (
                vec![row(json!({ "id": 1, "name": "2026-11", "state": "open", "type": "standard",
                    "start_date": date(chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap_or_default()),
                    "end_date": date(chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default()) }))],
                false,
            ),
            "sale.sale" => (self.sales.iter().map(|s| self.sale_row(s)).collect(), false),
            _ => return None,
        })
    }
}
