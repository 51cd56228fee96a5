//! Business Central's OData errors `{"error":{"code","message"}}` → finding codes.
//!
//! Each text is quoted from where Business Central raises it. An AL `Error(…)` reaches the
//! API as `Application_DialogException`, a `TestField` as
//! `Application_FieldValidationException`, a missing record as `Internal_RecordNotFound`
//! (Microsoft's table "Error messages and error codes for REST API/OData failures",
//! `dynamics-error-codes.md`). Messages usually end with "  CorrelationId:  <guid>.".

use osd_model::FindingCode;
use serde::Deserialize;

use crate::http::{Answer, Side};
use crate::{CallError, ErpOrderDraft, Ref};

const SYSTEM: &str = "Business Central";

/// Source: `APIV2SalesOrderLines.Page.al` (and `APIV2SalesInvoiceLines.Page.al`),
/// `ItemDoesNotExistErr`, raised when `lineObjectNumber` names no item. It names no item.
const ITEM_DOES_NOT_EXIST: &str = "Item does not exist.";
/// Source: `APIV2SalesOrders.Page.al`, `CouldNotFindSellToCustomerErr` (`customerNumber` or
/// `customerId` names no customer) and `CouldNotFindBillToCustomerErr`.
const SELL_TO_CUSTOMER_NOT_FOUND: &str = "The sell-to customer cannot be found.";
const BILL_TO_CUSTOMER_NOT_FOUND: &str = "The bill-to customer cannot be found.";
/// Source: `APIV2SalesOrders.Page.al`, `SellToCustomerNotProvidedErr`, raised on insert.
/// Microsoft's error table quotes an older form, "A customerNumber or a customerID must be
/// provided.", also recognised.
const CUSTOMER_NOT_PROVIDED: [&str; 2] = [
    "A \"customerNumber\" or a \"customerId\" must be provided.",
    "A customerNumber or a customerID must be provided.",
];
/// Source: `APIV2SalesOrders.Page.al`, `CurrencyCodeDoesNotMatchACurrencyErr` and
/// `CurrencyIdDoesNotMatchACurrencyErr`.
const CURRENCY_NOT_FOUND: [&str; 2] = [
    "The \"currencyCode\" does not match to a Currency.",
    "The \"currencyId\" does not match to a Currency.",
];
/// Source: `APIV2SalesOrders.Page.al`, `SalesOrderPermissionsErr`, raised when the page
/// opens for a user without read permission on Sales Header.
const NO_SALES_ORDER_PERMISSION: &str = "You do not have permissions to read Sales Orders.";
/// Source: codeunit 11 "Gen. Jnl.-Check Line", `Text001`, and codeunit 80 "Sales-Post",
/// `PostingDateNotAllowedErr` ("%1 is not within your range of allowed posting dates.").
const POSTING_DATE_NOT_ALLOWED: &str = "is not within your range of allowed posting dates";
/// Source: Microsoft's error table, `ODataInvalidOperationException` →
/// `BadRequest_InvalidOperation`, "Control 'Last Date Modified' is read-only"; a real answer
/// to a write of an `Editable = false` API field names the field: "Control
/// 'taxAreaDisplayName' is read-only." (MicrosoftDocs/dynamics365smb-devitpro-pb issue 618).
const READ_ONLY_PREFIX: &str = "Control '";
const READ_ONLY_SUFFIX: &str = "' is read-only";
/// Source: a recorded Business Central SaaS answer to an unknown property (api-fixtures
/// `business_central/error_examples.json`): "Could not find a property named 'systemCreatedAt'
/// on type 'NAV.LdatSummary'."
const UNKNOWN_PROPERTY_PREFIX: &str = "Could not find a property named '";
/// Source: a `TestField(Blocked, false)` in the form of Microsoft's error table ("Customer
/// Posting Group must have a value in Customer: No.=C00690. …"). Whether a sales line on a
/// blocked item raises exactly this (or "You cannot sell this item because the Sales Blocked
/// check box is selected on the item card.") was not confirmed.
const BLOCKED_ITEM: &str = "Blocked must be equal to 'No'";

#[derive(Deserialize)]
struct Envelope {
    error: ODataError,
}

#[derive(Deserialize)]
struct ODataError {
    #[serde(default)]
    code: String,
    #[serde(default)]
    message: String,
}

/// `… Identification fields and values: No.='1896-S'` → `1896-S`.
fn identification(message: &str) -> Option<String> {
    let rest = message.split("Identification fields and values:").nth(1)?;
    let start = rest.find('\'')? + 1;
    let end = rest[start..].find('\'')? + start;
    Some(rest[start..end].to_string())
}

/// `… contains a value (ABL001) that cannot be found …` → `ABL001`.
fn related_value(message: &str) -> Option<String> {
    let rest = message.split("contains a value (").nth(1)?;
    Some(rest.split(')').next()?.to_string())
}

/// `… in Item: No.=1896-S. Current value is 'Yes'.` → `1896-S`.
fn test_field_key(message: &str) -> Option<String> {
    let rest = message.split("No.=").nth(1)?;
    let key = rest.split(". Current value").next()?;
    Some(key.trim().to_string())
}

/// The text between a prefix and the next quote: `Control 'billToCity' is read-only.` →
/// `billToCity`.
fn quoted_after(message: &str, prefix: &str) -> Option<String> {
    let rest = message.split(prefix).nth(1)?;
    Some(rest.split('\'').next()?.to_string())
}

fn without_correlation(message: &str) -> &str {
    message
        .split("  CorrelationId:")
        .next()
        .unwrap_or(message)
        .trim()
}

pub fn classify(answer: &Answer) -> CallError {
    let generic = answer.generic_error(Side::Erp, SYSTEM);
    let Ok(Envelope { error }) = serde_json::from_str::<Envelope>(&answer.body) else {
        return generic;
    };
    generic.refined(classify_error(&error.code, &error.message))
}

type Classified = (FindingCode, Option<String>, String);

/// Texts of the API pages themselves, in the order they are checked.
fn page_text(text: &str) -> Option<Classified> {
    use FindingCode as F;
    if text.contains(POSTING_DATE_NOT_ALLOWED) {
        return Some((
            F::PeriodClosed,
            None,
            "The order date is outside the posting dates Business Central allows".into(),
        ));
    }
    if text == ITEM_DOES_NOT_EXIST {
        return Some((
            F::SkuNotFound,
            None,
            "Business Central has no item with the number on one of the order's lines".into(),
        ));
    }
    if text == SELL_TO_CUSTOMER_NOT_FOUND || text == BILL_TO_CUSTOMER_NOT_FOUND {
        return Some((
            F::CustomerNotFound,
            None,
            "Business Central has no customer with the order's customer number".into(),
        ));
    }
    if CUSTOMER_NOT_PROVIDED.contains(&text) {
        return Some((
            F::CustomerNotFound,
            None,
            "The order was sent without a Business Central customer".into(),
        ));
    }
    if CURRENCY_NOT_FOUND.contains(&text) {
        return Some((
            F::CurrencyInactive,
            None,
            "Business Central has no currency with the order's currency code".into(),
        ));
    }
    if text == NO_SALES_ORDER_PERMISSION {
        return Some((
            F::ErpPermissionMissing,
            Some("Sales Header (read)".into()),
            "The Business Central user of this app may not read sales orders".into(),
        ));
    }
    if text.starts_with(BLOCKED_ITEM) && text.contains("in Item:") {
        let key = test_field_key(text);
        return Some((
            F::SkuNotFound,
            key.clone(),
            format!(
                "The Business Central item \"{}\" is blocked",
                key.unwrap_or_default()
            ),
        ));
    }
    if text.starts_with(READ_ONLY_PREFIX) && text.contains(READ_ONLY_SUFFIX) {
        let field = quoted_after(text, READ_ONLY_PREFIX);
        return Some((
            F::UnknownVendorAnswer,
            field.clone(),
            format!(
                "Business Central refused to let this app write \"{}\", which it fills itself",
                field.unwrap_or_default()
            ),
        ));
    }
    if text.starts_with(UNKNOWN_PROPERTY_PREFIX) {
        let field = quoted_after(text, UNKNOWN_PROPERTY_PREFIX);
        return Some((
            F::UnknownVendorAnswer,
            field.clone(),
            format!(
                "Business Central does not know the field \"{}\" this app sent",
                field.unwrap_or_default()
            ),
        ));
    }
    None
}

pub fn classify_error(code: &str, message: &str) -> Option<Classified> {
    use FindingCode as F;
    let text = without_correlation(message);
    if let Some(classified) = page_text(text) {
        return Some(classified);
    }
    if code.starts_with("Authentication_") || code.starts_with("Authorization_") {
        return Some((
            F::ErpAuthFailed,
            None,
            format!("Business Central refused the login ({code})"),
        ));
    }
    match code {
        "Application_TooManyRequests" => {
            return Some((
                F::RateLimited,
                None,
                "Business Central had too many requests from this user".into(),
            ))
        }
        "Application_StringExceededLength" => {
            let value = text.split("Value: ").nth(1).map(str::to_string);
            return Some((
                F::FieldTooLong,
                value,
                "A value is longer than the Business Central field allows".into(),
            ));
        }
        "Internal_EntityWithSameKeyExists" => {
            return Some((
                F::DuplicateOrder,
                None,
                "Business Central already has this record".into(),
            ))
        }
        "Internal_TenantUnavailable" | "Internal_ServerError" => {
            return Some((
                F::ErpUnreachable,
                None,
                "Business Central is not available".into(),
            ))
        }
        _ => {}
    }
    if code == "Internal_RecordNotFound"
        || code == "BadRequest_NotFound"
        || code == "Internal_InvalidTableRelation"
    {
        return record_not_found(text);
    }
    None
}

/// The runtime's own not-found texts: "The Item does not exist. Identification fields and
/// values: No.='X'" (`NavCSideRecordNotFoundException`) and "… contains a value (X) that
/// cannot be found in the related table (Item)" (`NavCSideValidateTableRelationException`).
fn record_not_found(text: &str) -> Option<Classified> {
    use FindingCode as F;
    let key = identification(text).or_else(|| related_value(text));
    let entity = |name: &str| {
        text.starts_with(&format!("The {name} does not exist"))
            || text.contains(&format!("related table ({name})"))
    };
    let (code, what) = if entity("Item") {
        (F::SkuNotFound, "item")
    } else if entity("Customer") {
        (F::CustomerNotFound, "customer")
    } else if entity("Currency") {
        (F::CurrencyInactive, "currency")
    } else if entity("Country/Region") {
        (F::CountryCodeMismatch, "country code")
    } else {
        return None;
    };
    Some((
        code,
        key.clone(),
        format!(
            "Business Central has no {what} \"{}\"",
            key.unwrap_or_default()
        ),
    ))
}

/// The page texts name no value ("Item does not exist."): the value is the one of the
/// order that Business Central could not find, taken from what was sent. An item is named
/// only when exactly one line's item was not resolved against the master data.
pub fn keyed_by_draft(mut error: CallError, draft: &ErpOrderDraft) -> CallError {
    if error.key.is_some() {
        return error;
    }
    let unresolved = |r: &Ref| match r {
        Ref::Unresolved(text) => Some(text.clone()),
        Ref::Id(_) => None,
    };
    let key = match error.code {
        FindingCode::SkuNotFound => {
            let mut items: Vec<String> = draft
                .lines
                .iter()
                .filter_map(|l| unresolved(&l.item))
                .collect();
            items.sort();
            items.dedup();
            (items.len() == 1).then(|| items.remove(0))
        }
        FindingCode::CustomerNotFound => unresolved(&draft.customer),
        FindingCode::CurrencyInactive => unresolved(&draft.currency),
        _ => None,
    };
    if let Some(key) = key {
        error = error.with_key(key);
    }
    error
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::http::canned as answer;

    #[test]
    fn business_centrals_own_texts_are_classified() {
        let cases = [
            (
                400,
                r#"{"error":{"code":"Application_DialogException","message":"Item does not exist.  CorrelationId:  1822e662-966b-4153-bd3c-f9bb8bfea1bf."}}"#,
                FindingCode::SkuNotFound,
                None,
            ),
            (
                400,
                r#"{"error":{"code":"Application_DialogException","message":"The sell-to customer cannot be found.  CorrelationId:  x."}}"#,
                FindingCode::CustomerNotFound,
                None,
            ),
            (
                400,
                r#"{"error":{"code":"Application_DialogException","message":"The \"currencyCode\" does not match to a Currency.  CorrelationId:  x."}}"#,
                FindingCode::CurrencyInactive,
                None,
            ),
            (
                400,
                r#"{"error":{"code":"Application_DialogException","message":"A \"customerNumber\" or a \"customerId\" must be provided.  CorrelationId:  x."}}"#,
                FindingCode::CustomerNotFound,
                None,
            ),
            (
                400,
                r#"{"error":{"code":"Application_DialogException","message":"A customerNumber or a customerID must be provided."}}"#,
                FindingCode::CustomerNotFound,
                None,
            ),
            (
                400,
                r#"{"error":{"code":"Application_DialogException","message":"You do not have permissions to read Sales Orders.  CorrelationId:  x."}}"#,
                FindingCode::ErpPermissionMissing,
                Some("Sales Header (read)"),
            ),
            (
                400,
                r#"{"error":{"code":"BadRequest_InvalidOperation","message":"Control 'billToCity' is read-only.  CorrelationId:  x."}}"#,
                FindingCode::UnknownVendorAnswer,
                Some("billToCity"),
            ),
            (
                400,
                r#"{"error":{"code":"BadRequest_NotFound","message":"Could not find a property named 'systemCreatedAt' on type 'NAV.LdatSummary'."}}"#,
                FindingCode::UnknownVendorAnswer,
                Some("systemCreatedAt"),
            ),
            (
                400,
                r#"{"error":{"code":"Application_FieldValidationException","message":"Blocked must be equal to 'No'  in Item: No.=TSHIRT-OLD. Current value is 'Yes'.  CorrelationId:  x."}}"#,
                FindingCode::SkuNotFound,
                Some("TSHIRT-OLD"),
            ),
            (
                400,
                r#"{"error":{"code":"Internal_RecordNotFound","message":"The Item does not exist. Identification fields and values: No.='TSHRT-BLK-M'  CorrelationId:  1822e662-966b-4153-bd3c-f9bb8bfea1bf."}}"#,
                FindingCode::SkuNotFound,
                Some("TSHRT-BLK-M"),
            ),
            (
                400,
                r#"{"error":{"code":"Internal_RecordNotFound","message":"The Customer does not exist. Identification fields and values: No.='C0099'  CorrelationId:  x."}}"#,
                FindingCode::CustomerNotFound,
                Some("C0099"),
            ),
            (
                400,
                r#"{"error":{"code":"Application_StringExceededLength","message":"The length of the string is 57, but it must be less than or equal to 50 characters. Value: JACKSBORO PUMP & SPECIALTY BRIDGEPORT PUMP & SUPPLY, INC."}}"#,
                FindingCode::FieldTooLong,
                Some("JACKSBORO PUMP & SPECIALTY BRIDGEPORT PUMP & SUPPLY, INC."),
            ),
            (
                400,
                r#"{"error":{"code":"Application_DialogException","message":"Posting Date is not within your range of allowed posting dates.  CorrelationId:  x."}}"#,
                FindingCode::PeriodClosed,
                None,
            ),
            (
                401,
                r#"{"error":{"code":"Authentication_InvalidCredentials","message":"The server has rejected the client credentials.  CorrelationId:  00000000-0000-0000-0000-000000000000."}}"#,
                FindingCode::ErpAuthFailed,
                None,
            ),
            (
                401,
                r#"{"error":{"code":"Authentication_TokenExpired","message":"The SAML2 token is not valid because its validity period has ended."}}"#,
                FindingCode::ErpAuthFailed,
                None,
            ),
            (
                429,
                r#"{"error":{"code":"Application_TooManyRequests","message":"Too many requests reached. Actual (101). Maximum (100)."}}"#,
                FindingCode::RateLimited,
                None,
            ),
            (
                400,
                r#"{"error":{"code":"Internal_InvalidTableRelation","message":"The field Ship-to Country/Region Code of table Sales Header contains a value (XX) that cannot be found in the related table (Country/Region)."}}"#,
                FindingCode::CountryCodeMismatch,
                Some("XX"),
            ),
            (
                409,
                r#"{"error":{"code":"Request_EntityChanged","message":"Another user has already changed the record."}}"#,
                FindingCode::UnclassifiedError,
                None,
            ),
            (504, "", FindingCode::ErpTimeout, None),
        ];
        for (status, body, code, key) in cases {
            let e = classify(&answer(status, body));
            assert_eq!(e.code, code, "{body}");
            assert_eq!(e.key.as_deref(), key, "{body}");
            assert_eq!(e.raw, body);
        }
    }
}
