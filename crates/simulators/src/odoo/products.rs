//! `product.template` and its variants `product.product`.
//!
//! Source: odoo/odoo `addons/product/models/product_template.py` and `product_product.py`.
//! A variant keeps its own `active`; the template has `active` and `sale_ok` ("Sales": can be
//! sold), which the variant reads through its template (`_inherits`). Archiving a template
//! archives its variants (`product.template.write`). A sales order line's `[('sale_ok', '=',
//! True)]` domain (`addons/sale/models/sale_order_line.py` `_domain_product_id`) is what the
//! screens offer; the server does not enforce it on `create`, and an archived product is only a
//! warning on the order (`has_archived_products`), so the API takes both.

use serde_json::{json, Value};

use super::domain::Row;
use super::OdooState;

#[derive(Debug, Clone)]
pub struct OdooTemplate {
    pub id: i64,
    pub name: String,
    pub active: bool,
    pub sale_ok: bool,
}

#[derive(Debug, Clone)]
pub struct OdooProduct {
    pub id: i64,
    pub template: i64,
    /// The Internal Reference; empty reads as `false`.
    pub default_code: String,
    pub active: bool,
}

pub const PRODUCT_FIELDS: &[&str] = &[
    "id",
    "default_code",
    "name",
    "display_name",
    "active",
    "sale_ok",
    "product_tmpl_id",
    "type",
];
pub const TEMPLATE_FIELDS: &[&str] = &["id", "name", "active", "sale_ok", "default_code", "type"];

fn text_or_false(text: &str) -> Value {
    if text.is_empty() {
        Value::Bool(false)
    } else {
        json!(text)
    }
}

impl OdooState {
    pub fn template(&self, id: i64) -> Option<&OdooTemplate> {
        self.templates.iter().find(|t| t.id == id)
    }

    /// `[CODE] Name`, as Odoo's `display_name` of a product with an Internal Reference.
    pub fn product_display_name(&self, product: &OdooProduct) -> String {
        let name = self
            .template(product.template)
            .map(|t| t.name.clone())
            .unwrap_or_default();
        if product.default_code.is_empty() {
            name
        } else {
            format!("[{}] {name}", product.default_code)
        }
    }

    pub fn product_rows(&self) -> Vec<Row> {
        self.products
            .iter()
            .map(|p| {
                let template = self.template(p.template);
                let name = template.map(|t| t.name.clone()).unwrap_or_default();
                row(json!({
                    "id": p.id,
                    "default_code": text_or_false(&p.default_code),
                    "name": name,
                    "display_name": self.product_display_name(p),
                    "active": p.active,
                    "sale_ok": template.is_some_and(|t| t.sale_ok),
                    "product_tmpl_id": [p.template, name],
                    "type": "consu",
                }))
            })
            .collect()
    }

    pub fn template_rows(&self) -> Vec<Row> {
        self.templates
            .iter()
            .map(|t| {
                let code = self
                    .products
                    .iter()
                    .find(|p| p.template == t.id)
                    .map(|p| p.default_code.clone())
                    .unwrap_or_default();
                row(json!({
                    "id": t.id,
                    "name": t.name,
                    "active": t.active,
                    "sale_ok": t.sale_ok,
                    "default_code": text_or_false(&code),
                    "type": "consu",
                }))
            })
            .collect()
    }

    /// `product.product.create`: a template with one variant (`_inherits`).
    pub fn create_product(&mut self, name: String, default_code: String, sale_ok: bool) -> i64 {
        let id = self.next_id();
        let template = self.next_id() + 1;
        self.templates.push(OdooTemplate {
            id: template,
            name,
            active: true,
            sale_ok,
        });
        self.products.push(OdooProduct {
            id,
            template,
            default_code,
            active: true,
        });
        id
    }

    /// Archive a product the way a user does it in Odoo: on its template, which archives the
    /// template's variants too (`product.template.write`).
    pub fn archive_template_of(&mut self, product_id: i64) {
        let Some(template) = self
            .products
            .iter()
            .find(|p| p.id == product_id)
            .map(|p| p.template)
        else {
            return;
        };
        if let Some(t) = self.templates.iter_mut().find(|t| t.id == template) {
            t.active = false;
        }
        for p in self.products.iter_mut().filter(|p| p.template == template) {
            p.active = false;
        }
    }
}

pub fn row(value: Value) -> Row {
    match value {
        Value::Object(map) => map,
        _ => Row::new(),
    }
}
