//! Odoo's wire shapes: what `common.version` says, how a sales order reads back, and the
//! values a new sales order is created with. Sources in docs/vendors/odoo.md.

use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

use crate::odata::text;
use crate::{ErpOrder, ErpOrderDraft, ErpOrderState, Ref};

/// An Odoo release as `common.version` reports it: numbered (`17.0`) or Odoo Online
/// (`saas~18.1`, which comes between 18.0 and 19.0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct OdooVersion {
    pub major: u32,
    pub minor: u32,
}

impl OdooVersion {
    pub fn at_least(self, major: u32, minor: u32) -> bool {
        (self.major, self.minor) >= (major, minor)
    }

    /// From the `common.version` result. `server_version_info` is odoo/odoo `odoo/release.py`
    /// `version_info`: `[17, 0, 0, "final", 0, ""]` on a numbered release,
    /// `["saas~18", 1, 0, "final", 0, ""]` on Odoo Online, where the major version is a string
    /// (older Online releases also wrote the minor into it: `"saas~17.4"`). `server_version`
    /// (`"saas~18.1+e"`, `"17.0"`) is the fallback. `None` when neither says a version.
    pub fn from_answer(result: &Value) -> Option<Self> {
        let info = result.get("server_version_info").and_then(Value::as_array);
        let first = info.and_then(|i| i.first());
        let second = info
            .and_then(|i| i.get(1))
            .and_then(Value::as_u64)
            .and_then(|m| u32::try_from(m).ok());
        let from_info = match first {
            Some(Value::Number(n)) => {
                n.as_u64()
                    .and_then(|m| u32::try_from(m).ok())
                    .map(|major| Self {
                        major,
                        minor: second.unwrap_or(0),
                    })
            }
            Some(Value::String(s)) => series(s).map(|(major, minor)| Self {
                major,
                minor: minor.or(second).unwrap_or(0),
            }),
            _ => None,
        };
        from_info.or_else(|| {
            let (major, minor) = series(result.get("server_version")?.as_str()?)?;
            Some(Self {
                major,
                minor: minor.unwrap_or(0),
            })
        })
    }
}

impl std::fmt::Display for OdooVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

/// `18`, `saas~18`, `saas~17.4`, `17.0+e`, `saas-16.3` → the major and, when written, the minor.
fn series(text: &str) -> Option<(u32, Option<u32>)> {
    let bare = text
        .trim()
        .trim_start_matches("saas~")
        .trim_start_matches("saas-");
    let (major, rest) = leading_number(bare)?;
    let minor = rest
        .strip_prefix('.')
        .and_then(leading_number)
        .map(|(minor, _)| minor);
    Some((major, minor))
}

fn leading_number(text: &str) -> Option<(u32, &str)> {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    Some((text[..end].parse().ok()?, &text[end..]))
}

/// The `sale.order` fields an order is read back with. All of them exist from Odoo 9 on
/// (`locked`, from 17, is left out for that reason).
pub const ORDER_FIELDS: &[&str] = &["id", "name", "client_order_ref", "state", "invoice_status"];

/// A sales order as the ERP holds it. States and labels: odoo/odoo
/// `addons/sale/models/sale_order.py` `SALE_ORDER_STATE` (`draft` Quotation, `sent`
/// Quotation Sent, `sale` Sales Order, `cancel` Cancelled; `done` Locked up to 16) and
/// `invoice_status` (`invoiced`: Fully Invoiced).
pub fn erp_order(row: &Map<String, Value>) -> ErpOrder {
    let state = text(row, "state");
    let invoiced = text(row, "invoice_status") == "invoiced";
    let (mapped, label) = match state.as_str() {
        "sale" if invoiced => (ErpOrderState::Completed, "Fully Invoiced"),
        "sale" => (ErpOrderState::Open, "Sales Order"),
        "done" => (ErpOrderState::Completed, "Locked"),
        "cancel" => (ErpOrderState::Other, "Cancelled"),
        "draft" => (ErpOrderState::Other, QUOTATION),
        "sent" => (ErpOrderState::Other, "Quotation Sent"),
        _ => (ErpOrderState::Other, state.as_str()),
    };
    ErpOrder {
        erp_id: text(row, "id"),
        external_id: char_field(row, "client_order_ref"),
        status: label.to_string(),
        state: mapped,
    }
}

/// The label of a draft quotation: the one state a half-done write leaves.
pub const QUOTATION: &str = "Quotation";

/// A Char field: Odoo reads an empty one as `false`.
pub fn char_field(row: &Map<String, Value>, key: &str) -> String {
    match row.get(key) {
        Some(Value::String(s)) => s.clone(),
        _ => String::new(),
    }
}

/// A many2one reads as `[id, display name]`, or `false` when empty.
pub fn many2one(row: &Map<String, Value>, key: &str) -> Option<(i64, String)> {
    let pair = row.get(key)?.as_array()?;
    Some((
        pair.first()?.as_i64()?,
        pair.get(1)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
    ))
}

fn id_of(r: &Ref) -> Value {
    match r {
        Ref::Id(id) => id
            .parse::<i64>()
            .map(Value::from)
            .unwrap_or(Value::Bool(false)),
        // An unknown reference goes as `false`: Odoo then says which field is missing.
        Ref::Unresolved(_) => Value::Bool(false),
    }
}

/// The values of a new quotation. The shop's id goes to `client_order_ref` ("Customer
/// Reference"), the memo to `origin` ("Source Document": the reference of the document that
/// generated the order), both plain Char fields. `note` is the HTML "Terms and conditions"
/// the customer sees and is left to the company's default terms.
pub fn order_vals(draft: &ErpOrderDraft, tax_field: &str) -> Value {
    json!({
        "partner_id": id_of(&draft.customer),
        "client_order_ref": draft.external_id,
        "date_order": format!("{} 12:00:00", draft.tran_date.format("%Y-%m-%d")),
        "origin": draft.memo,
        "order_line": draft.lines.iter().map(|l| {
            let mut line = json!({ "product_id": id_of(&l.item), "product_uom_qty": l.quantity, "price_unit": l.unit_price, "name": l.description });
            if let Some(tax) = &draft.tax_code {
                line[tax_field] = json!([[6, 0, [id_of(tax)]]]);
            }
            json!([0, 0, line])
        }).collect::<Vec<_>>(),
    })
}

/// `sale.order.line`'s tax field: `tax_ids` from saas~18.1 (odoo/odoo pull request 186869,
/// labelled 18.1), `tax_id` before.
pub fn tax_field(version: OdooVersion) -> &'static str {
    if version.at_least(18, 1) {
        "tax_ids"
    } else {
        "tax_id"
    }
}

/// A number Odoo sent as a JSON number (floats for monetary and quantity fields).
pub fn decimal(row: &Map<String, Value>, key: &str) -> Option<Decimal> {
    crate::wire_decimal::from_value(row.get(key)?)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn version(answer: Value) -> Option<(u32, u32)> {
        OdooVersion::from_answer(&answer).map(|v| (v.major, v.minor))
    }

    #[test]
    fn every_form_of_server_version_info_is_read() {
        // Numbered releases (odoo/release.py on 17.0, 19.0).
        assert_eq!(
            version(json!({"server_version_info": [17, 0, 0, "final", 0, ""]})),
            Some((17, 0))
        );
        assert_eq!(
            version(json!({"server_version_info": [19, 0, 0, "final", 0, "e"]})),
            Some((19, 0))
        );
        // Odoo Online: the major version is a string (odoo/release.py on a saas branch).
        assert_eq!(
            version(
                json!({"server_version": "saas~18.1+e", "server_version_info": ["saas~18", 1, 0, "final", 0, "e"]})
            ),
            Some((18, 1))
        );
        assert_eq!(
            version(json!({"server_version_info": ["saas~17.4", 0, 0, "final", 0, ""]})),
            Some((17, 4))
        );
        assert_eq!(
            version(json!({"server_version_info": ["saas~12", 5, 0, "final", 0, ""]})),
            Some((12, 5))
        );
        // Only the text.
        assert_eq!(
            version(json!({"server_version": "saas~17.2+e"})),
            Some((17, 2))
        );
        assert_eq!(version(json!({"server_version": "16.0+e"})), Some((16, 0)));
        // Nothing that says a version: no guess.
        assert_eq!(version(json!({"server_version_info": ["master", 0]})), None);
        assert_eq!(version(json!({})), None);
    }

    #[test]
    fn odoo_online_between_18_and_19_gets_the_renamed_line_fields() {
        let v = |major, minor| OdooVersion { major, minor };
        assert_eq!(tax_field(v(18, 0)), "tax_id");
        assert_eq!(tax_field(v(18, 1)), "tax_ids");
        assert_eq!(tax_field(v(18, 4)), "tax_ids");
        assert_eq!(tax_field(v(19, 0)), "tax_ids");
        assert_eq!(tax_field(v(17, 4)), "tax_id");
    }
}
