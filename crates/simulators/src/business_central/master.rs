//! Master data pages: items, customers, currencies, countries, units of measure, the company,
//! accounting periods; and the item and customer an app may create.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use super::odata::{error, Row};
use super::orders::{code, stored_fields};
use super::pages;
use super::{guid, BcState};

fn row(value: Value) -> Row {
    value.as_object().cloned().unwrap_or_default()
}

/// Rows of a master data page with the key it is ordered by, or `None` for a page this
/// simulator does not serve.
pub fn rows(s: &BcState, entity: &str) -> Option<Vec<(String, Row)>> {
    let rows: Vec<(String, Row)> = match entity {
        "items" => s
            .items
            .iter()
            .enumerate()
            .map(|(i, (number, blocked))| {
                (
                    number.clone(),
                    row(json!({"id": guid(1000 + i as u64), "number": number, "displayName": number, "type": "Inventory", "blocked": blocked})),
                )
            })
            .collect(),
        "customers" => s
            .customers
            .iter()
            .enumerate()
            .map(|(i, (number, name, email))| {
                (
                    number.clone(),
                    row(json!({"id": guid(5000 + i as u64), "number": number, "displayName": name, "email": email})),
                )
            })
            .collect(),
        "currencies" => s
            .currencies
            .iter()
            .enumerate()
            .map(|(i, c)| (c.clone(), row(json!({"id": guid(9000 + i as u64), "code": c, "displayName": c}))))
            .collect(),
        "companyInformation" => vec![(
            s.company_id.clone(),
            row(json!({"id": s.company_id, "displayName": s.company_name, "currencyCode": s.local_currency})),
        )],
        "countriesRegions" => s
            .countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.clone(), row(json!({"id": guid(9500 + i as u64), "code": c, "displayName": c}))))
            .collect(),
        // Source: `APIV2UnitsofMeasure.Page.al`: id, code, displayName (Description),
        // internationalStandardCode, symbol, lastModifiedDateTime; empty texts are "".
        "unitsOfMeasure" => s
            .units_of_measure
            .iter()
            .enumerate()
            .map(|(i, u)| {
                (
                    u.code.clone(),
                    row(json!({"id": guid(9600 + i as u64), "code": u.code, "displayName": u.description, "internationalStandardCode": u.international_standard_code, "symbol": u.symbol, "lastModifiedDateTime": "2026-01-05T09:00:00Z"})),
                )
            })
            .collect(),
        // Source: `APIV2AccountingPeriods.Page.al`: startingDate, name, newFiscalYear,
        // closed (the fiscal year is closed), dateLocked (the starting date is fixed).
        "accountingPeriods" => s
            .periods
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let start = p.starting_date.format("%Y-%m-%d").to_string();
                (
                    start.clone(),
                    row(json!({"id": guid(9800 + i as u64), "startingDate": start, "name": p.name, "newFiscalYear": p.new_fiscal_year, "closed": p.closed, "dateLocked": p.date_locked})),
                )
            })
            .collect(),
        "companies" => vec![(
            s.company_id.clone(),
            row(json!({"id": s.company_id, "name": s.company_name, "displayName": s.company_name})),
        )],
        _ => return None,
    };
    Some(rows)
}

/// POST items / customers: an item's number is its key (Code[20]); a customer gets the next
/// number of the series, as Business Central assigns it.
pub fn create(s: &mut BcState, entity: &str, body: &[u8]) -> Response {
    let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(body) else {
        return error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            "Invalid Request Body",
        );
    };
    let page = if entity == "items" {
        &pages::ITEMS
    } else {
        &pages::CUSTOMERS
    };
    let stored = match stored_fields(page, &body) {
        Ok(stored) => stored,
        Err(refused) => return refused.into_response(),
    };
    let field = |name: &str| {
        stored
            .get(name)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let n = s.next();
    if entity == "items" {
        let number = field("number");
        if number.is_empty() {
            // A TestField in the form of Microsoft's error table.
            return error(
                StatusCode::BAD_REQUEST,
                "Application_FieldValidationException",
                "No. must have a value in Item: No.=. It cannot be zero or empty.",
            );
        }
        if s.items.iter().any(|(known, _)| code(known) == number) {
            // Source: Microsoft's error table, `NavCSideDuplicateKeyException` →
            // `Internal_EntityWithSameKeyExists`.
            return error(
                StatusCode::BAD_REQUEST,
                "Internal_EntityWithSameKeyExists",
                &format!(
                    "The Item already exists. Identification fields and values: No.='{number}'"
                ),
            );
        }
        s.items.push((number.clone(), false));
        let created = json!({"id": guid(1000 + n), "number": number, "displayName": field("displayName"), "type": field("type"), "blocked": false});
        return (StatusCode::CREATED, Json(created)).into_response();
    }
    let number = format!("C{:05}", 90000 + n);
    s.customers
        .push((number.clone(), field("displayName"), field("email")));
    let created = json!({"id": guid(5000 + n), "number": number, "displayName": field("displayName"), "email": field("email")});
    (StatusCode::CREATED, Json(created)).into_response()
}
