//! Every sales order dated in a range, for reconciliation: one `search_read` per page of
//! orders, one for the lines of that page, one for their products' Internal References.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde_json::{json, Value};

use super::client::OdooClient;
use super::limits::ORDERS_PER_PAGE;
use super::wire::{self, erp_order};
use crate::odata::text;
use crate::{CallError, ErpDocument, ErpDocumentLine};

const DOCUMENT_FIELDS: &[&str] = &[
    "id",
    "name",
    "client_order_ref",
    "state",
    "invoice_status",
    "date_order",
    "partner_id",
    "amount_total",
    "currency_id",
];

impl OdooClient {
    /// Sales orders of every state (quotations, confirmed, fully invoiced, cancelled) whose
    /// `date_order` falls on `from..=to` (UTC days: Odoo stores datetimes in UTC, and this
    /// app writes orders at noon of their day). An Odoo sales order stays a `sale.order` once
    /// invoiced, so there is no other place to look. Paged by id (`id > last`, ordered by
    /// id), which neither skips nor repeats an order while others are written.
    pub(super) async fn documents(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<ErpDocument>, CallError> {
        let after_end = to.succ_opt().unwrap_or(to);
        let mut documents = Vec::new();
        let mut last = 0;
        loop {
            let page = self
                .search_page(
                    "sale.order",
                    json!([
                        ["date_order", ">=", format!("{from} 00:00:00")],
                        ["date_order", "<", format!("{after_end} 00:00:00")],
                        ["id", ">", last]
                    ]),
                    DOCUMENT_FIELDS,
                    ORDERS_PER_PAGE,
                )
                .await?;
            let ids: Vec<i64> = page
                .iter()
                .filter_map(|o| o.get("id").and_then(Value::as_i64))
                .collect();
            let mut lines = self.lines_of(&ids).await?;
            for order in &page {
                let status = erp_order(order);
                let id = order.get("id").and_then(Value::as_i64).unwrap_or_default();
                documents.push(ErpDocument {
                    erp_id: status.erp_id,
                    number: text(order, "name"),
                    external_id: status.external_id,
                    status: status.status,
                    state: status.state,
                    date: wire::char_field(order, "date_order")
                        .get(..10)
                        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
                    customer: wire::many2one(order, "partner_id")
                        .map(|(id, _)| id.to_string())
                        .unwrap_or_default(),
                    total: wire::decimal(order, "amount_total"),
                    currency: wire::many2one(order, "currency_id")
                        .map(|(_, code)| code)
                        .unwrap_or_default(),
                    lines: Some(lines.remove(&id).unwrap_or_default()),
                });
            }
            match ids.last() {
                Some(&id) if ids.len() as u64 == ORDERS_PER_PAGE => last = id,
                _ => return Ok(documents),
            }
        }
    }

    /// The product lines of these orders (sections and notes left out), each with its
    /// product's Internal Reference, by order id: two calls for a whole page.
    async fn lines_of(
        &self,
        orders: &[i64],
    ) -> Result<HashMap<i64, Vec<ErpDocumentLine>>, CallError> {
        if orders.is_empty() {
            return Ok(HashMap::new());
        }
        let rows = self
            .search_read(
                "sale.order.line",
                json!([["order_id", "in", orders], ["display_type", "=", false]]),
                &["order_id", "product_id", "product_uom_qty"],
                false,
            )
            .await?;
        let mut products: Vec<i64> = rows
            .iter()
            .filter_map(|l| wire::many2one(l, "product_id").map(|(id, _)| id))
            .collect();
        products.sort_unstable();
        products.dedup();
        let codes: HashMap<i64, String> = self
            .search_read(
                "product.product",
                json!([["id", "in", products]]),
                &["default_code"],
                true,
            )
            .await?
            .iter()
            .filter_map(|p| Some((p.get("id")?.as_i64()?, wire::char_field(p, "default_code"))))
            .collect();
        let mut by_order: HashMap<i64, Vec<ErpDocumentLine>> = HashMap::new();
        for line in &rows {
            let (Some((order, _)), Some((product, _))) = (
                wire::many2one(line, "order_id"),
                wire::many2one(line, "product_id"),
            ) else {
                continue;
            };
            by_order.entry(order).or_default().push(ErpDocumentLine {
                item: codes.get(&product).cloned().unwrap_or_default(),
                quantity: wire::decimal(line, "product_uom_qty").unwrap_or_default(),
            });
        }
        Ok(by_order)
    }
}
