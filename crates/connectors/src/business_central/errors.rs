//! Business Central's OData errors `{"error":{"code","message"}}` → finding codes, tested
//! with the texts of Microsoft's error table and recorded responses.

use osd_model::FindingCode;
use serde::Deserialize;

use crate::http::{Answer, Side};
use crate::CallError;

const SYSTEM: &str = "Business Central";

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

pub fn classify_error(code: &str, message: &str) -> Option<Classified> {
    use FindingCode as F;
    let text = without_correlation(message);
    if text.contains("is not within your range of allowed posting dates") {
        return Some((
            F::PeriodClosed,
            None,
            "The order date is outside the posting dates Business Central allows".into(),
        ));
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
        let key = identification(text).or_else(|| related_value(text));
        let entity = |name: &str| {
            text.starts_with(&format!("The {name} does not exist"))
                || text.contains(&format!("related table ({name})"))
        };
        if entity("Item") {
            return Some((
                F::SkuNotFound,
                key.clone(),
                format!(
                    "Business Central has no item \"{}\"",
                    key.unwrap_or_default()
                ),
            ));
        }
        if entity("Customer") {
            return Some((
                F::CustomerNotFound,
                key.clone(),
                format!(
                    "Business Central has no customer \"{}\"",
                    key.unwrap_or_default()
                ),
            ));
        }
        if entity("Currency") {
            return Some((
                F::CurrencyInactive,
                key.clone(),
                format!(
                    "Business Central has no currency \"{}\"",
                    key.unwrap_or_default()
                ),
            ));
        }
        if entity("Country/Region") {
            return Some((
                F::CountryCodeMismatch,
                key.clone(),
                format!(
                    "Business Central has no country code \"{}\"",
                    key.unwrap_or_default()
                ),
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, body: &str) -> Answer {
        Answer {
            status,
            headers: Default::default(),
            body: body.into(),
        }
    }

    #[test]
    fn business_centrals_own_texts_are_classified() {
        let cases = [
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
                r#"{"error":{"code":"Internal_RecordNotFound","message":"The Currency does not exist. Identification fields and values: Code='CAD'  CorrelationId:  x."}}"#,
                FindingCode::CurrencyInactive,
                Some("CAD"),
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
                400,
                r#"{"error":{"code":"Application_DialogException","message":"A customerNumber or a customerID must be provided."}}"#,
                FindingCode::UnclassifiedError,
                None,
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
