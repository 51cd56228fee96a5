//! `uom.uom`: the units of measure, each by its one name, archivable.
//!
//! Source: odoo/odoo `addons/uom/models/uom_uom.py` (`name` translated, `active`; no code or
//! symbol field) and `addons/uom/data/uom_data.xml`, the units every database gets with the
//! `uom` module (which `product`, and so `sale`, depends on). A user without read access to
//! `uom.uom` gets the ORM's `AccessError` (odoo/odoo `odoo/addons/base/models/ir_model.py`,
//! `_make_access_error`: "You are not allowed to access '%(document_kind)s'
//! (%(document_model)s) records.").

use serde_json::json;

use super::domain::Row;
use super::exceptions::exception;
use super::products::row;
use super::OdooState;

pub const UNIT_FIELDS: &[&str] = &["id", "name", "display_name", "active"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OdooUnit {
    pub id: i64,
    pub name: String,
    pub active: bool,
}

/// The units of `uom_data.xml` (odoo/odoo at 19.0: Units, Pack of 6, Hours, Days, mm, m, m²,
/// L, g, kg, Ton, and the archived US units inch, foot, ft², lb), in that order. `lb` ships
/// archived; here it is active, as in a US shop that sells by the pound (choosing pounds as
/// the weight unit in Inventory's settings un-archives it), so a weighed sale in lb is found.
pub fn stock_units() -> Vec<OdooUnit> {
    [
        ("Units", true),
        ("Pack of 6", true),
        ("Hours", true),
        ("Days", true),
        ("mm", true),
        ("m", true),
        ("m²", true),
        ("L", true),
        ("g", true),
        ("kg", true),
        ("Ton", true),
        ("inch", false),
        ("foot", false),
        ("ft²", false),
        ("lb", true),
    ]
    .iter()
    .enumerate()
    .map(|(i, (name, active))| OdooUnit {
        id: 1 + i as i64,
        name: (*name).into(),
        active: *active,
    })
    .collect()
}

/// What Odoo answers a user who may not read units of measure.
pub fn access_error() -> serde_json::Value {
    exception(
        "odoo.exceptions.AccessError",
        "You are not allowed to access 'Product Unit of Measure' (uom.uom) records.",
    )
}

impl OdooState {
    pub fn unit_rows(&self) -> Vec<Row> {
        self.units
            .iter()
            .map(|u| {
                row(json!({
                    "id": u.id,
                    "name": u.name,
                    "display_name": u.name,
                    "active": u.active,
                }))
            })
            .collect()
    }
}
