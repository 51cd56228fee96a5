//! The account as SuiteQL sees it: the tables the connector reads, their columns, and the
//! permission each needs.
//!
//! Table and column names: NetSuite's Records Catalog as SuiteQL exposes it (Tim Dietrich's
//! SuiteQL library, GSpo7/suiteql-sql-library, uses `transaction.status`, `tranid`, `type`,
//! `trandate`, `entity`, `transactionline.item`, `quantity`, `mainline`, `taxline`).
//! Field evidence from public client code: SuiteQL's `transaction.status` is the bare letter
//! (`t.type='SalesOrd' AND t.status='B'`), sales order lines carry negative quantities
//! (readers take `Math.abs(quantity)` or `quantity * -1`), every order has a main line
//! (`mainline = 'T'`) besides its item lines, and `BUILTIN.DF(status)` reads
//! "Sales Order : Pending Fulfillment".

use rust_decimal::Decimal;

use super::permissions::{
    ACCOUNTING_PERIODS, CURRENCY, CUSTOMERS, ITEMS, SALES_ORDER, SUBSIDIARIES, TAX_RECORDS, UNITS,
};
use super::sales_orders::{status_label, total};
use super::sql::{Cell, Table};
use super::NetSuiteState;
use serde_json::Value;

/// A table by its SuiteQL name, with the permission reading it needs.
pub fn table(s: &NetSuiteState, name: &str) -> Option<(Table, &'static str)> {
    let a = &s.account;
    Some(match name {
        "item" => (
            Table {
                name: "item",
                columns: &["id", "itemid", "isinactive"],
                rows: a
                    .items
                    .iter()
                    .map(|i| {
                        vec![
                            Cell::id(&i.id),
                            Cell::Text(i.sku.clone()),
                            Cell::Flag(i.inactive),
                        ]
                    })
                    .collect(),
            },
            ITEMS,
        ),
        "customer" => (
            Table {
                name: "customer",
                columns: &["id", "entityid", "email", "companyname", "subsidiary"],
                rows: a
                    .customers
                    .iter()
                    .map(|c| {
                        let subsidiary = s
                            .subsidiaries
                            .customer
                            .get(&c.id)
                            .map_or("1", String::as_str);
                        vec![
                            Cell::id(&c.id),
                            Cell::Text(c.entity_id.clone()),
                            text_or_null(&c.email),
                            text_or_null(&c.company),
                            Cell::id(subsidiary),
                        ]
                    })
                    .collect(),
            },
            CUSTOMERS,
        ),
        "currency" => (
            Table {
                name: "currency",
                columns: &["id", "symbol", "isinactive"],
                rows: a
                    .currencies
                    .iter()
                    .map(|c| {
                        vec![
                            Cell::id(&c.id),
                            Cell::Text(c.symbol.clone()),
                            Cell::Flag(c.inactive),
                        ]
                    })
                    .collect(),
            },
            CURRENCY,
        ),
        "salestaxitem" => (
            Table {
                name: "salestaxitem",
                columns: &["id", "itemid", "rate"],
                rows: a
                    .tax_items
                    .iter()
                    .map(|t| {
                        vec![
                            Cell::id(&t.id),
                            Cell::Text(t.name.clone()),
                            Cell::Text(format!("{}%", t.rate_percent.normalize())),
                        ]
                    })
                    .collect(),
            },
            TAX_RECORDS,
        ),
        "accountingperiod" => (
            Table {
                name: "accountingperiod",
                columns: &[
                    "id",
                    "periodname",
                    "startdate",
                    "enddate",
                    "closed",
                    "isquarter",
                    "isyear",
                ],
                rows: a
                    .periods
                    .iter()
                    .map(|p| {
                        vec![
                            Cell::id(&p.id),
                            Cell::Text(p.name.clone()),
                            Cell::Date(p.start),
                            Cell::Date(p.end),
                            Cell::Flag(p.closed),
                            Cell::Flag(false),
                            Cell::Flag(false),
                        ]
                    })
                    .collect(),
            },
            ACCOUNTING_PERIODS,
        ),
        // The units of every units type; only with Multiple Units of Measure on (without it
        // the table is unknown, as any table an account lacks). Columns as public SuiteQL
        // reads them (`unitstypeuom u ... u.internalid = i.saleunit AND u.unitstype =
        // i.unitstype`, `uom.unitname`, `uom.conversionrate`, `abbreviation`) and the REST
        // record browser's `unitsType-uomElement` (`pluralName`, `pluralAbbreviation`,
        // `baseUnit`).
        "unitstypeuom" if s.multiple_units => (
            Table {
                name: "unitstypeuom",
                columns: &[
                    "internalid",
                    "unitstype",
                    "unitname",
                    "pluralname",
                    "abbreviation",
                    "pluralabbreviation",
                    "baseunit",
                    "conversionrate",
                ],
                rows: s
                    .units
                    .iter()
                    .map(|u| {
                        vec![
                            Cell::id(&u.internal_id),
                            Cell::id(&u.units_type),
                            text_or_null(&u.unit_name),
                            text_or_null(&u.plural_name),
                            text_or_null(&u.abbreviation),
                            text_or_null(&u.plural_abbreviation),
                            Cell::Flag(u.base_unit),
                            Cell::Number(u.conversion_rate),
                        ]
                    })
                    .collect(),
            },
            UNITS,
        ),
        "subsidiary" => (
            Table {
                name: "subsidiary",
                columns: &["id", "name"],
                rows: vec![vec![Cell::Int(1), Cell::Text(a.company.clone())]],
            },
            SUBSIDIARIES,
        ),
        "transaction" => (
            Table {
                name: "transaction",
                columns: &[
                    "id",
                    "tranid",
                    "type",
                    "status",
                    "externalid",
                    "otherrefnum",
                    "trandate",
                    "entity",
                    "currency",
                    "foreigntotal",
                ],
                rows: a
                    .sales_orders
                    .iter()
                    .map(|o| {
                        vec![
                            Cell::id(&o.id),
                            Cell::Text(o.tran_id()),
                            Cell::Text("SalesOrd".into()),
                            Cell::Text(o.status.clone()),
                            text_or_null(&o.external_id),
                            text_or_null(&o.text("otherRefNum")),
                            o.tran_date().map_or(Cell::Null, Cell::Date),
                            id_or_null(&o.reference("entity")),
                            id_or_null(&o.reference("currency")),
                            Cell::Number(total(s, o)),
                        ]
                    })
                    .collect(),
            },
            SALES_ORDER,
        ),
        "transactionline" => (
            Table {
                name: "transactionline",
                columns: &[
                    "id",
                    "transaction",
                    "item",
                    "quantity",
                    "rate",
                    "mainline",
                    "taxline",
                ],
                rows: a
                    .sales_orders
                    .iter()
                    .flat_map(|o| {
                        let main = vec![
                            Cell::Int(0),
                            Cell::id(&o.id),
                            Cell::Null,
                            Cell::Null,
                            Cell::Null,
                            Cell::Flag(true),
                            Cell::Flag(false),
                        ];
                        let items = o.lines.iter().map(|l| {
                            vec![
                                Cell::Int(
                                    l.get("line").and_then(Value::as_i64).unwrap_or_default(),
                                ),
                                Cell::id(&o.id),
                                id_or_null(&reference_id(l.get("item"))),
                                number(l.get("quantity")).map_or(Cell::Null, |q| Cell::Number(-q)),
                                number(l.get("rate")).map_or(Cell::Null, Cell::Number),
                                Cell::Flag(false),
                                Cell::Flag(false),
                            ]
                        });
                        std::iter::once(main).chain(items).collect::<Vec<_>>()
                    })
                    .collect(),
            },
            SALES_ORDER,
        ),
        _ => return None,
    })
}

/// `BUILTIN.DF(column)`: the value as NetSuite's screens show it.
pub fn display(s: &NetSuiteState, table: &str, column: &str, cell: &Cell) -> Cell {
    let key = match cell {
        Cell::Int(n) => n.to_string(),
        Cell::Text(t) => t.clone(),
        other => return other.clone(),
    };
    let a = &s.account;
    let shown = match (table, column) {
        ("transaction", "status") => Some(format!("Sales Order : {}", status_label(&key))),
        ("transaction", "entity") => a
            .customers
            .iter()
            .find(|c| c.id == key)
            .map(|c| c.company.clone()),
        ("transaction", "currency") => a
            .currencies
            .iter()
            .find(|c| c.id == key)
            .map(|c| c.symbol.clone()),
        ("transactionline", "item") => a.items.iter().find(|i| i.id == key).map(|i| i.sku.clone()),
        _ => None,
    };
    shown.map_or_else(|| cell.clone(), Cell::Text)
}

fn text_or_null(text: &str) -> Cell {
    if text.is_empty() {
        Cell::Null
    } else {
        Cell::Text(text.to_string())
    }
}

fn id_or_null(id: &str) -> Cell {
    if id.is_empty() {
        Cell::Null
    } else {
        Cell::id(id)
    }
}

fn reference_id(reference: Option<&Value>) -> String {
    match reference.and_then(|r| r.get("id")) {
        Some(Value::String(id)) => id.clone(),
        Some(Value::Number(id)) => id.to_string(),
        _ => String::new(),
    }
}

fn number(value: Option<&Value>) -> Option<Decimal> {
    match value? {
        Value::Number(n) => n.to_string().parse().ok(),
        Value::String(t) => t.parse().ok(),
        _ => None,
    }
}
