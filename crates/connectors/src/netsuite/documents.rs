//! Every sales order dated in a range, for the reconciliation: one key-set paged SuiteQL
//! query over `transaction` (a page per 1,000 orders), then their item lines from
//! `transactionline`, 500 orders a query. A NetSuite sales order stays a `SalesOrd`
//! transaction when it is billed or closed (its status moves on; billing adds an invoice
//! beside it), so one table covers every place an order can be.
//!
//! Sources (docs/vendors/netsuite.md): `transaction` columns `id`, `tranid`, `type`,
//! `status` (the bare letter), `externalid`, `otherrefnum`, `trandate`, `entity`,
//! `currency`, `foreigntotal`; `transactionline` columns `transaction`, `item`, `quantity`
//! (negative on sales orders), `mainline`, `taxline` (NetSuite's Records Catalog as SuiteQL
//! exposes it; Tim Dietrich's SuiteQL library, GSpo7/suiteql-sql-library).

use std::collections::HashMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::client::NetSuiteClient;
use super::master_data::iso;
use super::suiteql::{iso_date, KeySet, Row};
use super::{limits, status};
use crate::odata::text;
use crate::{wire_decimal, CallError, ErpDocument, ErpDocumentLine};

/// The store reference a `transaction` row carries: its external id when `ours` says it is
/// one of ours, else PO/Check Number (`otherrefnum`), where another integration puts it since
/// NetSuite keeps `externalId` unique per record type.
pub(super) fn reference(row: &Row, ours: impl Fn(&str) -> bool) -> String {
    let external = text(row, "externalid");
    if ours(&external) {
        external
    } else {
        text(row, "otherrefnum")
    }
}

/// A number as SuiteQL prints it (a JSON number or text).
fn decimal(row: &Row, column: &str) -> Option<Decimal> {
    row.get(column).and_then(wire_decimal::from_value)
}

/// The query for one range of order dates, paged by id.
fn orders_in(from: NaiveDate, to: NaiveDate) -> (String, String) {
    let columns = format!(
        "id, tranid, externalid, otherrefnum, status, {}, entity, currency, foreigntotal",
        iso_date("trandate", "trandate")
    );
    let filter = format!(
        "type = 'SalesOrd' AND trandate BETWEEN TO_DATE('{}', 'YYYY-MM-DD') AND TO_DATE('{}', 'YYYY-MM-DD')",
        from.format("%Y-%m-%d"),
        to.format("%Y-%m-%d")
    );
    (columns, filter)
}

/// A listed order; `currencies` maps the currency's internal id to its symbol (`USD`), as the
/// store names currencies (`BUILTIN.DF(currency)` would give the record's name, "US Dollar").
fn document(row: &Row, currencies: &HashMap<String, String>) -> ErpDocument {
    let status = status::read(&[&text(row, "status")]);
    let currency = text(row, "currency");
    ErpDocument {
        erp_id: text(row, "id"),
        number: text(row, "tranid"),
        external_id: reference(row, |external| !external.is_empty()),
        status: status.text,
        state: status.state,
        date: iso(row, "trandate"),
        customer: text(row, "entity"),
        total: decimal(row, "foreigntotal"),
        currency: currencies.get(&currency).cloned().unwrap_or(currency),
        lines: None,
    }
}

impl NetSuiteClient {
    pub(super) async fn documents(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<ErpDocument>, CallError> {
        let (columns, filter) = orders_in(from, to);
        let rows = self
            .rows_by_key(&KeySet {
                columns: &columns,
                table: "transaction",
                filter: Some(&filter),
                key: "id",
            })
            .await?;
        let currencies: HashMap<String, String> = self
            .suiteql("SELECT id, symbol FROM currency ORDER BY id")
            .await?
            .iter()
            .map(|r| (text(r, "id"), text(r, "symbol")))
            .collect();
        let mut documents: Vec<ErpDocument> =
            rows.iter().map(|r| document(r, &currencies)).collect();
        let mut lines: HashMap<String, Vec<ErpDocumentLine>> = HashMap::new();
        let ids: Vec<&str> = documents.iter().map(|d| d.erp_id.as_str()).collect();
        for chunk in ids.chunks(limits::IDS_PER_QUERY) {
            // Internal ids are numbers; anything else never reaches the query.
            let list: Vec<&str> = chunk
                .iter()
                .copied()
                .filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
                .collect();
            if list.is_empty() {
                continue;
            }
            // (transaction, id) is a line's unique key, so pages neither skip nor repeat.
            let rows = self
                .suiteql(&format!(
                    "SELECT transaction, id, BUILTIN.DF(item) AS item, quantity FROM transactionline \
                     WHERE transaction IN ({}) AND mainline = 'F' AND taxline = 'F' \
                     ORDER BY transaction, id",
                    list.join(", ")
                ))
                .await?;
            for row in &rows {
                lines
                    .entry(text(row, "transaction"))
                    .or_default()
                    .push(ErpDocumentLine {
                        item: text(row, "item"),
                        // Sales order lines read back negative in SuiteQL.
                        quantity: decimal(row, "quantity").unwrap_or_default().abs(),
                    });
            }
        }
        for document in &mut documents {
            document.lines = Some(lines.remove(&document.erp_id).unwrap_or_default());
        }
        Ok(documents)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_without_the_external_id_is_matched_by_its_po_number() {
        let row: Row = serde_json::from_value(serde_json::json!({
            "id": "812", "tranid": "SO812", "externalid": null, "otherrefnum": "shopify-1001",
            "status": "G", "trandate": "2026-11-03", "entity": "44", "currency": "1",
            "foreigntotal": "118.5"
        }))
        .unwrap_or_default();
        let d = document(&row, &HashMap::from([("1".into(), "USD".into())]));
        assert_eq!(d.external_id, "shopify-1001");
        assert_eq!(d.state, crate::ErpOrderState::Completed);
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 11, 3));
        assert_eq!(d.total, Some(Decimal::new(1185, 1)));
        assert_eq!(d.currency, "USD", "the symbol, as the store names it");
    }
}
