//! Every sale dated in a range, for reconciliation: one `search_read` per page, the lines'
//! product codes and quantities, the party and currency read with it (dotted fields).

use chrono::{Datelike, NaiveDate};
use serde_json::{json, Map, Value};

use super::client::{decimal, erp_order, tryton_date, TrytonClient};
use crate::odata::text;
use crate::{CallError, ErpDocument, ErpDocumentLine};

/// Sales per page. trytond sets no maximum on `limit`; with their lines read in the same
/// call, five hundred sales keep an answer to a few hundred kilobytes.
const SALES_PER_PAGE: u64 = 500;

const DOCUMENT_FIELDS: &[&str] = &[
    "number",
    "reference",
    "state",
    "sale_date",
    "create_date",
    "party",
    "total_amount",
    "currency.code",
    "lines.product.code",
    "lines.quantity",
];

fn tryton_midnight(day: NaiveDate) -> Value {
    json!({ "__class__": "datetime", "year": day.year(), "month": day.month(), "day": day.day(),
        "hour": 0, "minute": 0, "second": 0, "microsecond": 0 })
}

fn day_of(value: Option<&Value>) -> Option<NaiveDate> {
    let value = value?;
    let part = |k: &str| value.get(k).and_then(Value::as_i64);
    NaiveDate::from_ymd_opt(
        i32::try_from(part("year")?).ok()?,
        u32::try_from(part("month")?).ok()?,
        u32::try_from(part("day")?).ok()?,
    )
}

impl TrytonClient {
    /// Sales of every state dated `from..=to`: by `sale_date`, or, for a draft that has none
    /// yet, by the day it was created. A Tryton sale stays a `sale.sale` through invoicing,
    /// shipping and `done`, so there is no other place to look. Paged by id (`id > last`,
    /// ordered by id), which neither skips nor repeats a sale while others are written.
    pub(super) async fn documents(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<ErpDocument>, CallError> {
        let after_end = to.succ_opt().unwrap_or(to);
        let dated = json!([
            "OR",
            [
                ["sale_date", ">=", tryton_date(from)],
                ["sale_date", "<=", tryton_date(to)]
            ],
            [
                ["sale_date", "=", null],
                ["create_date", ">=", tryton_midnight(from)],
                ["create_date", "<", tryton_midnight(after_end)]
            ]
        ]);
        let mut documents = Vec::new();
        let mut last = 0;
        loop {
            let page = self
                .search_page(
                    "sale.sale",
                    json!([["id", ">", last], dated]),
                    DOCUMENT_FIELDS,
                    SALES_PER_PAGE,
                )
                .await?;
            documents.extend(page.iter().map(document));
            match page
                .last()
                .and_then(|s| s.get("id"))
                .and_then(Value::as_i64)
            {
                Some(id) if page.len() as u64 == SALES_PER_PAGE => last = id,
                _ => return Ok(documents),
            }
        }
    }
}

fn document(sale: &Map<String, Value>) -> ErpDocument {
    let status = erp_order(sale);
    let lines = sale
        .get("lines.")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        // Comment and subtotal lines carry no product.
        .filter_map(|line| {
            let code = line.pointer("/product./code")?.as_str()?;
            Some(ErpDocumentLine {
                item: code.to_string(),
                quantity: crate::wire_decimal::from_value(line.get("quantity")?)?,
            })
        })
        .collect();
    ErpDocument {
        erp_id: status.erp_id,
        number: text(sale, "number"),
        external_id: status.external_id,
        status: status.status,
        state: status.state,
        date: day_of(sale.get("sale_date")).or_else(|| day_of(sale.get("create_date"))),
        customer: text(sale, "party"),
        total: sale.get("total_amount").and_then(decimal),
        currency: sale
            .get("currency.")
            .and_then(|c| c.get("code"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        lines: Some(lines),
    }
}
