//! `res.partner`, `res.currency`, `account.tax` and the company's lock dates.

use serde_json::{json, Map, Value};

use super::domain::Row;
use super::products::row;
use super::OdooState;

pub const PARTNER_FIELDS: &[&str] = &["id", "name", "email", "active", "display_name"];
pub const CURRENCY_FIELDS: &[&str] = &["id", "name", "active"];
pub const TAX_FIELDS: &[&str] = &["id", "name", "amount", "amount_type", "type_tax_use"];

/// The company's lock-date fields and their labels, by release.
///
/// Source: odoo/odoo `addons/account/models/company.py`. Up to 17: `period_lock_date`
/// ("Journals Entries Lock Date"), `fiscalyear_lock_date` ("All Users Lock Date"),
/// `tax_lock_date`. From 18: `fiscalyear_lock_date` ("Global Lock Date"), `tax_lock_date`,
/// `sale_lock_date` ("Sales Lock Date"), `purchase_lock_date`, `hard_lock_date` ("Hard Lock
/// Date"); `period_lock_date` is gone.
fn lock_fields(s: &OdooState) -> &'static [(&'static str, &'static str)] {
    if s.release.at_least(18, 0) {
        &[
            ("fiscalyear_lock_date", "Global Lock Date"),
            ("tax_lock_date", "Tax Return Lock Date"),
            ("sale_lock_date", "Sales Lock Date"),
            ("purchase_lock_date", "Purchase Lock Date"),
            ("hard_lock_date", "Hard Lock Date"),
        ]
    } else {
        &[
            ("period_lock_date", "Journals Entries Lock Date"),
            ("fiscalyear_lock_date", "All Users Lock Date"),
            ("tax_lock_date", "Tax Return Lock Date"),
        ]
    }
}

pub fn company_fields(s: &OdooState) -> Vec<&'static str> {
    let mut fields = vec!["id", "name", "currency_id"];
    fields.extend(lock_fields(s).iter().map(|(f, _)| *f));
    fields
}

impl OdooState {
    pub fn partner_rows(&self) -> Vec<Row> {
        self.partners
            .iter()
            .map(|(id, name, email)| {
                row(json!({
                    "id": id,
                    "name": name,
                    "display_name": name,
                    "active": true,
                    "email": if email.is_empty() { Value::Bool(false) } else { json!(email) },
                }))
            })
            .collect()
    }

    pub fn currency_rows(&self) -> Vec<Row> {
        self.currencies
            .iter()
            .map(|(id, code, active)| row(json!({"id": id, "name": code, "active": active})))
            .collect()
    }

    pub fn tax_rows(&self) -> Vec<Row> {
        self.taxes
            .iter()
            .map(|(id, name, rate)| {
                row(json!({
                    "id": id,
                    "name": name,
                    "amount": serde_json::from_str::<Value>(&rate.normalize().to_string()).unwrap_or(Value::Null),
                    "amount_type": "percent",
                    "type_tax_use": "sale",
                }))
            })
            .collect()
    }

    /// The company currency: the first active one (USD in the demo).
    pub fn company_currency(&self) -> (i64, String) {
        self.currencies
            .iter()
            .find(|c| c.2)
            .map(|(id, code, _)| (*id, code.clone()))
            .unwrap_or((1, "USD".into()))
    }

    /// The global lock date holds `lock_date`; the other lock dates are unset (`false`).
    pub fn company_rows(&self) -> Vec<Row> {
        let mut company = Map::new();
        company.insert("id".into(), json!(1));
        company.insert("name".into(), json!("Juniper & Pine Goods"));
        let (currency, code) = self.company_currency();
        company.insert("currency_id".into(), json!([currency, code]));
        for (field, _) in lock_fields(self) {
            let value = match (*field, self.lock_date) {
                ("fiscalyear_lock_date", Some(date)) => json!(date.format("%Y-%m-%d").to_string()),
                _ => Value::Bool(false),
            };
            company.insert((*field).into(), value);
        }
        vec![company]
    }

    /// `res.company.fields_get(allfields, attributes)`: the description of each asked field
    /// the model has; names it does not have are left out, not refused (odoo/odoo
    /// `odoo/models.py` `fields_get`).
    pub fn company_fields_get(&self, allfields: &[String]) -> Value {
        let mut described = Map::new();
        for (field, label) in lock_fields(self) {
            if allfields.is_empty() || allfields.iter().any(|f| f == field) {
                described.insert((*field).into(), json!({"string": label, "type": "date"}));
            }
        }
        Value::Object(described)
    }
}
