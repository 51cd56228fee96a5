//! Which Odoo release the simulator is, and how `common.version` says so.

use serde_json::{json, Value};

/// A release: a numbered one (`17.0`, `18.0`) or an Odoo Online one (`saas~18.1`).
///
/// Source: odoo/odoo `odoo/release.py`: `version_info` is `(17, 0, 0, FINAL, 0, '')` on a
/// numbered branch and `('saas~12', 5, 0, FINAL, 0, '')` on an Odoo Online branch (the major
/// version as a string); `odoo/service/common.py` `exp_version` returns it as
/// `server_version_info`, with `server_version` and `server_serie` derived from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Release {
    pub major: u32,
    pub minor: u32,
    /// An Odoo Online (`saas~`) release.
    pub saas: bool,
}

impl Release {
    pub fn numbered(major: u32) -> Self {
        Self {
            major,
            minor: 0,
            saas: false,
        }
    }

    pub fn saas(major: u32, minor: u32) -> Self {
        Self {
            major,
            minor,
            saas: true,
        }
    }

    pub fn at_least(self, major: u32, minor: u32) -> bool {
        (self.major, self.minor) >= (major, minor)
    }

    /// `sale.order.line` field names: `tax_ids` and `product_uom_id` from saas~18.1 on
    /// (odoo/odoo pull requests 186869 and 186250, both labelled 18.1), `tax_id` and
    /// `product_uom` before.
    pub fn line_fields(self) -> (&'static str, &'static str) {
        if self.at_least(18, 1) {
            ("tax_ids", "product_uom_id")
        } else {
            ("tax_id", "product_uom")
        }
    }

    /// The `common.version` result.
    pub fn answer(self) -> Value {
        let first = if self.saas {
            json!(format!("saas~{}", self.major))
        } else {
            json!(self.major)
        };
        let series = if self.saas {
            format!("saas~{}.{}", self.major, self.minor)
        } else {
            format!("{}.{}", self.major, self.minor)
        };
        json!({
            "server_version": series,
            "server_version_info": [first, self.minor, 0, "final", 0, ""],
            "server_serie": series,
            "protocol_version": 1,
        })
    }
}
