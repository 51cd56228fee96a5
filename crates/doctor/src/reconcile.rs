//! Store and ERP side by side. The ERP's answer is the truth about what it holds: an order the
//! local state calls sent may have been deleted there (a restored backup, an accountant's
//! clean-up), and one the local state calls failed may have got there another way. This module
//! only compares; reading the ERP and changing the local state happen in the session.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use osd_connectors::ErpDocument;
use osd_model::Decimal;
use serde::Serialize;
use ts_rs::TS;

/// A store order as the comparison needs it. `key` is its external id as the ERP compares ids
/// (`Erp::external_id_key`).
#[derive(Debug, Clone)]
pub struct StoreEntry {
    pub name: String,
    pub external_id: String,
    pub key: String,
    pub date: NaiveDate,
    pub total: Decimal,
    pub currency: String,
}

/// Where one order stands between the store and the ERP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export_to = "app.ts")]
pub enum Standing {
    /// In both, once, with the same total.
    InBoth,
    /// In both, but the totals differ by more than a cent.
    TotalsDiffer,
    /// The ERP holds more than one document with this order's reference.
    Duplicated,
    /// Sold in the store, not in the ERP.
    StoreOnly,
    /// An ERP document that carries a store reference this app does not know.
    ErpOnly,
}

/// An ERP document as a reconciliation row shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct DocumentRef {
    pub erp_id: String,
    pub number: String,
    pub status: String,
    /// Decimal as text, when the ERP listed it.
    pub total: Option<String>,
    /// `YYYY-MM-DD`, when the ERP listed it.
    pub date: Option<String>,
}

impl DocumentRef {
    fn of(doc: &ErpDocument) -> Self {
        Self {
            erp_id: doc.erp_id.clone(),
            number: doc.number.clone(),
            status: doc.status.clone(),
            total: doc.total.map(|t| t.to_string()),
            date: doc.date.map(|d| d.to_string()),
        }
    }

    /// `SO1042 (Pending Fulfillment)`, or the id when the ERP shows no number.
    pub fn describe(&self) -> String {
        let number = if self.number.is_empty() {
            &self.erp_id
        } else {
            &self.number
        };
        format!("{number} ({})", self.status)
    }
}

/// One line of the side-by-side report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct ReconciledOrder {
    pub standing: Standing,
    /// The store's order number; `None` for an ERP-only document.
    pub order: Option<String>,
    /// The reference that ties the two sides: the store's external id, or what the ERP holds.
    pub external_id: String,
    /// `YYYY-MM-DD`: the store's order date, or the ERP document's.
    pub date: String,
    pub store_total: Option<String>,
    pub currency: String,
    pub erp: Vec<DocumentRef>,
}

/// ERP documents that look like one order booked twice without sharing a reference: the same
/// customer, date, total and lines. A weaker signal than a shared reference, and said so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct LookAlikes {
    /// Store orders the documents belong to, where their reference says so.
    pub orders: Vec<String>,
    pub documents: Vec<DocumentRef>,
}

/// The whole comparison over a date range.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct Reconciliation {
    pub rows: Vec<ReconciledOrder>,
    pub look_alikes: Vec<LookAlikes>,
}

impl Reconciliation {
    pub fn count(&self, standing: Standing) -> usize {
        self.rows.iter().filter(|r| r.standing == standing).count()
    }

    pub fn duplicated(&self) -> impl Iterator<Item = &ReconciledOrder> {
        self.rows
            .iter()
            .filter(|r| r.standing == Standing::Duplicated)
    }
}

/// Two totals are the same when they differ by less than a cent: ERPs round per line.
fn same_total(a: Decimal, b: Decimal) -> bool {
    (a - b).abs() < Decimal::new(1, 2)
}

/// Compare store orders with the ERP documents of the same period. `store_prefixes` are the
/// beginnings of external ids this app writes (`shopify-`, `woocommerce-`), compared as keys:
/// an ERP document with such a reference that no store order has is "ERP only"; documents with
/// other references (or none) are the ERP's own business and are left out.
pub fn reconcile(
    store: &[StoreEntry],
    documents: &[ErpDocument],
    key_of: &dyn Fn(&str) -> String,
    store_prefixes: &[String],
) -> Reconciliation {
    let mut by_key: HashMap<String, Vec<&ErpDocument>> = HashMap::new();
    for doc in documents.iter().filter(|d| !d.external_id.is_empty()) {
        by_key
            .entry(key_of(&doc.external_id))
            .or_default()
            .push(doc);
    }
    let mut rows = Vec::new();
    let known: HashSet<&str> = store.iter().map(|s| s.key.as_str()).collect();
    for entry in store {
        let docs = by_key.get(&entry.key).map(Vec::as_slice).unwrap_or(&[]);
        let standing = match docs {
            [] => Standing::StoreOnly,
            [one] => match one.total {
                Some(total) if !same_total(total, entry.total) => Standing::TotalsDiffer,
                _ => Standing::InBoth,
            },
            _ => Standing::Duplicated,
        };
        rows.push(ReconciledOrder {
            standing,
            order: Some(entry.name.clone()),
            external_id: entry.external_id.clone(),
            date: entry.date.to_string(),
            store_total: Some(entry.total.to_string()),
            currency: entry.currency.clone(),
            erp: docs.iter().map(|d| DocumentRef::of(d)).collect(),
        });
    }
    let prefixes: Vec<String> = store_prefixes.iter().map(|p| key_of(p)).collect();
    let mut erp_only: BTreeMap<String, Vec<&ErpDocument>> = BTreeMap::new();
    for (key, docs) in &by_key {
        if !known.contains(key.as_str()) && prefixes.iter().any(|p| key.starts_with(p.as_str())) {
            erp_only.insert(key.clone(), docs.clone());
        }
    }
    for docs in erp_only.values() {
        let first = docs[0];
        rows.push(ReconciledOrder {
            standing: Standing::ErpOnly,
            order: None,
            external_id: first.external_id.clone(),
            date: first.date.map(|d| d.to_string()).unwrap_or_default(),
            store_total: None,
            currency: first.currency.clone(),
            erp: docs.iter().map(|d| DocumentRef::of(d)).collect(),
        });
    }
    rows.sort_by(|a, b| {
        (a.standing, &a.date, &a.external_id).cmp(&(b.standing, &b.date, &b.external_id))
    });
    let names: HashMap<&str, &str> = store
        .iter()
        .map(|s| (s.key.as_str(), s.name.as_str()))
        .collect();
    Reconciliation {
        rows,
        look_alikes: look_alikes(documents, key_of, &names),
    }
}

/// What makes two documents look like one order: customer, date, total and the lines
/// (item and quantity, in any order). Documents whose lines the ERP did not list are compared
/// without them only against each other's absence of lines, never matched to listed ones.
type Likeness = (String, NaiveDate, Decimal, Option<Vec<(String, Decimal)>>);

fn likeness(doc: &ErpDocument) -> Option<Likeness> {
    let lines = doc.lines.as_ref().map(|lines| {
        let mut lines: Vec<(String, Decimal)> = lines
            .iter()
            .map(|l| (l.item.clone(), l.quantity.normalize()))
            .collect();
        lines.sort();
        lines
    });
    Some((
        doc.customer.clone(),
        doc.date?,
        doc.total?.normalize(),
        lines,
    ))
}

fn look_alikes(
    documents: &[ErpDocument],
    key_of: &dyn Fn(&str) -> String,
    names: &HashMap<&str, &str>,
) -> Vec<LookAlikes> {
    let mut groups: BTreeMap<Likeness, Vec<&ErpDocument>> = BTreeMap::new();
    for doc in documents.iter().filter(|d| !d.customer.is_empty()) {
        if let Some(like) = likeness(doc) {
            groups.entry(like).or_default().push(doc);
        }
    }
    groups
        .into_values()
        .filter(|docs| docs.len() > 1)
        .filter_map(|docs| {
            let keys: Vec<Option<String>> = docs
                .iter()
                .map(|d| (!d.external_id.is_empty()).then(|| key_of(&d.external_id)))
                .collect();
            let orders: Vec<String> = keys
                .iter()
                .flatten()
                .filter_map(|k| names.get(k.as_str()).map(|n| n.to_string()))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            // Two documents that carry two different store references are two store orders
            // that happen to match (a customer who ordered the same thing twice that day);
            // copies sharing one reference are reported as duplicates already.
            let distinct: HashSet<&String> = keys.iter().flatten().collect();
            let unreferenced = keys.iter().filter(|k| k.is_none()).count();
            let is_look_alike = unreferenced > 0 && !distinct.is_empty();
            is_look_alike.then(|| LookAlikes {
                orders,
                documents: docs.iter().map(|d| DocumentRef::of(d)).collect(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use osd_connectors::{ErpDocumentLine, ErpOrderState};

    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn entry(n: u32, total: i64) -> StoreEntry {
        StoreEntry {
            name: format!("#{n}"),
            external_id: format!("shopify-{n}"),
            key: format!("SHOPIFY-{n}"),
            date: day(3),
            total: Decimal::new(total, 2),
            currency: "USD".into(),
        }
    }

    fn doc(id: &str, reference: &str, total: i64, customer: &str) -> ErpDocument {
        ErpDocument {
            erp_id: id.into(),
            number: format!("SO{id}"),
            external_id: reference.into(),
            status: "Open".into(),
            state: ErpOrderState::Open,
            date: Some(day(3)),
            customer: customer.into(),
            total: Some(Decimal::new(total, 2)),
            currency: "USD".into(),
            lines: Some(vec![ErpDocumentLine {
                item: "TSHIRT".into(),
                quantity: Decimal::new(20, 1),
            }]),
        }
    }

    fn upper(id: &str) -> String {
        id.to_uppercase()
    }

    #[test]
    fn each_order_is_placed_by_what_the_erp_holds_under_its_reference() {
        let store = [
            entry(1, 5000),
            entry(2, 5000),
            entry(3, 5000),
            entry(4, 5000),
        ];
        let documents = [
            doc("10", "SHOPIFY-1", 5000, "C1"),
            doc("11", "shopify-2", 5000, "C2"),
            doc("12", "SHOPIFY-2", 5000, "C2"),
            doc("13", "SHOPIFY-3", 4500, "C3"),
            doc("14", "SHOPIFY-99", 1000, "C9"),
            doc("15", "PHONE ORDER", 1000, "C8"),
            doc("16", "", 1000, "C7"),
        ];
        let result = reconcile(&store, &documents, &upper, &["shopify-".into()]);
        let standing = |external_id: &str| {
            result
                .rows
                .iter()
                .find(|r| r.external_id.to_uppercase() == external_id)
                .map(|r| r.standing)
        };
        assert_eq!(standing("SHOPIFY-1"), Some(Standing::InBoth));
        assert_eq!(standing("SHOPIFY-2"), Some(Standing::Duplicated));
        assert_eq!(standing("SHOPIFY-3"), Some(Standing::TotalsDiffer));
        assert_eq!(standing("SHOPIFY-4"), Some(Standing::StoreOnly));
        assert_eq!(standing("SHOPIFY-99"), Some(Standing::ErpOnly));
        assert_eq!(
            result.rows.len(),
            5,
            "documents of the ERP's own are left out"
        );
        let duplicated: Vec<_> = result.duplicated().collect();
        assert_eq!(duplicated[0].erp.len(), 2);
        assert_eq!(duplicated[0].erp[1].describe(), "SO12 (Open)");
    }

    #[test]
    fn a_copy_without_a_reference_is_a_look_alike_but_two_real_orders_are_not() {
        let store = [entry(1, 5000), entry(2, 5000)];
        let documents = [
            // One order, and a copy an old integration made without the reference.
            doc("10", "SHOPIFY-1", 5000, "C1"),
            doc("11", "", 5000, "C1"),
            // Two store orders alike in every way: a customer who ordered twice.
            doc("20", "SHOPIFY-2", 5000, "C2"),
            doc("21", "SHOPIFY-3", 5000, "C2"),
        ];
        let result = reconcile(&store, &documents, &upper, &["shopify-".into()]);
        assert_eq!(result.look_alikes.len(), 1, "{:?}", result.look_alikes);
        assert_eq!(result.look_alikes[0].orders, ["#1"]);
        let ids: Vec<_> = result.look_alikes[0]
            .documents
            .iter()
            .map(|d| d.erp_id.as_str())
            .collect();
        assert_eq!(ids, ["10", "11"]);
    }

    #[test]
    fn documents_differing_in_lines_or_total_are_not_alike() {
        let mut other_lines = doc("11", "", 5000, "C1");
        other_lines.lines = Some(vec![ErpDocumentLine {
            item: "MUG".into(),
            quantity: Decimal::ONE,
        }]);
        let documents = [
            doc("10", "SHOPIFY-1", 5000, "C1"),
            other_lines,
            doc("12", "", 5001, "C1"),
        ];
        let result = reconcile(&[entry(1, 5000)], &documents, &upper, &[]);
        assert!(result.look_alikes.is_empty(), "{:?}", result.look_alikes);
    }
}
