//! Items, units of measure and lock dates as Odoo's own screens show them.

use std::collections::HashSet;

use chrono::NaiveDate;
use osd_model::{AccountingPeriod, ErpItem, ErpUnit};
use serde_json::{json, Value};

use super::client::OdooClient;
use super::wire;
use crate::odata::text;
use crate::CallError;

impl OdooClient {
    /// Every product with an Internal Reference, archived ones too. A product is active to
    /// the doctor when Odoo's screens would offer it on a sales order: the variant is active,
    /// its template is active, and the template can be sold (`sale_ok`). Source: odoo/odoo
    /// `addons/product/models/product_template.py` (`active`, `sale_ok` on the template;
    /// archiving a template archives its variants) and `addons/sale/models/sale_order_line.py`
    /// (`_domain_product_id`: `sale_ok`). The API itself takes an archived or unsellable
    /// product on an order without a word, so the doctor has to know.
    pub(super) async fn items(&self) -> Result<Vec<ErpItem>, CallError> {
        let products = self
            .search_read(
                "product.product",
                json!([["default_code", "!=", false]]),
                &["id", "default_code", "active", "sale_ok", "product_tmpl_id"],
                true,
            )
            .await?;
        let archived_templates: HashSet<i64> = self
            .search_read(
                "product.template",
                json!([["active", "=", false]]),
                &["id"],
                true,
            )
            .await?
            .iter()
            .filter_map(|t| t.get("id").and_then(Value::as_i64))
            .collect();
        Ok(products
            .iter()
            .map(|p| {
                let template_active = wire::many2one(p, "product_tmpl_id")
                    .is_none_or(|(id, _)| !archived_templates.contains(&id));
                ErpItem {
                    id: text(p, "id"),
                    sku: wire::char_field(p, "default_code"),
                    active: p.get("active") != Some(&Value::Bool(false))
                        && p.get("sale_ok") != Some(&Value::Bool(false))
                        && template_active,
                }
            })
            .collect())
    }

    /// The active units of measure (`uom.uom`), each by its one name ("Units", "kg", "lb"):
    /// Odoo keeps no separate code or symbol, and no UN/ECE code on the unit (its UBL export
    /// maps the stock units' XML ids to codes instead). Archived units are left out, as
    /// `search_read` leaves them out by default: Odoo's screens offer only active units.
    /// Source: odoo/odoo `addons/uom/models/uom_uom.py` (`name`, translated; `active`).
    /// A user who may not read units (an `AccessError`), or any other failure of this one
    /// read, leaves the list empty (no line's unit is checked) instead of failing the master
    /// data: units only refine a check.
    pub(super) async fn units(&self) -> Vec<ErpUnit> {
        let read = self
            .search_read("uom.uom", json!([]), &["id", "name"], false)
            .await
            .map(|rows| {
                rows.iter()
                    .filter_map(|u| {
                        let name = wire::char_field(u, "name").trim().to_string();
                        (!name.is_empty()).then(|| ErpUnit {
                            id: text(u, "id"),
                            names: vec![name],
                        })
                    })
                    .collect()
            });
        crate::unit_of_measure::or_unchecked("Odoo", read)
    }

    /// Everything up to the company's latest lock date is closed.
    pub(super) async fn locked_periods(&self) -> Result<Vec<AccountingPeriod>, CallError> {
        let fields = self.lock_fields().await?;
        if fields.is_empty() {
            return Ok(Vec::new());
        }
        let names: Vec<&str> = fields.iter().map(|(f, _)| f.as_str()).collect();
        let company = self
            .search_read("res.company", json!([]), &names, false)
            .await?;
        let latest = company.first().and_then(|c| {
            fields
                .iter()
                .filter_map(|(field, label)| Some((date(c.get(field)?)?, label)))
                .max_by_key(|(date, _)| *date)
        });
        Ok(latest
            .map(|(lock, label)| {
                let open_from = lock.succ_opt().unwrap_or(lock);
                vec![
                    AccountingPeriod {
                        name: format!("up to the {label} {lock}"),
                        start: NaiveDate::MIN,
                        end: lock,
                        closed: true,
                    },
                    AccountingPeriod {
                        name: format!("from {open_from}"),
                        start: open_from,
                        end: NaiveDate::MAX,
                        closed: false,
                    },
                ]
            })
            .unwrap_or_default())
    }
}

fn date(value: &Value) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.as_str()?, "%Y-%m-%d").ok()
}
