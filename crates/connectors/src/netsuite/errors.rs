//! NetSuite's `o:errorDetails` → finding codes, tested with NetSuite's own strings.

use osd_model::FindingCode;

use super::limits;
use super::wire::NsError;
use crate::http::{Answer, Side};
use crate::CallError;

const SYSTEM: &str = "NetSuite";

pub fn classify(answer: &Answer) -> CallError {
    let generic = answer.generic_error(Side::Erp, SYSTEM);
    let Ok(body) = serde_json::from_str::<NsError>(&answer.body) else {
        return generic;
    };
    let Some(first) = body.details.first() else {
        return generic;
    };
    let classified = classify_detail(&first.code, &first.detail, first.path.as_deref());
    generic.refined(classified)
}

type Classified = (FindingCode, Option<String>, String);

/// The text between `prefix` and `suffix` in `detail`.
fn between<'a>(detail: &'a str, prefix: &str, suffix: &str) -> Option<&'a str> {
    let start = detail.find(prefix)? + prefix.len();
    let rest = &detail[start..];
    let end = rest.find(suffix).unwrap_or(rest.len());
    Some(rest[..end].trim())
}

pub fn classify_detail(code: &str, detail: &str, path: Option<&str>) -> Option<Classified> {
    use FindingCode as F;
    match code {
        "INVALID_LOGIN" | "INVALID_LOGIN_ATTEMPT" | "INVALID_LOGIN_CREDENTIALS" => {
            return Some((F::ErpAuthFailed, None, "NetSuite refused the login".into()))
        }
        "CONCURRENCY_LIMIT_EXCEEDED" | "SSS_REQUEST_LIMIT_EXCEEDED" => {
            return Some((
                F::RateLimited,
                None,
                "NetSuite was busy with too many requests at once".into(),
            ))
        }
        _ => {}
    }
    if detail.contains("not within the date range of your accounting period") {
        return Some((
            F::PeriodClosed,
            None,
            "The order date falls in a closed accounting period".into(),
        ));
    }
    if detail.contains("This record already exists") {
        return Some((
            F::DuplicateOrder,
            None,
            "NetSuite already has this order".into(),
        ));
    }
    if let Some(currency) = between(detail, "The currency ", " does not exist") {
        return Some((
            F::CurrencyInactive,
            Some(currency.to_string()),
            format!("The currency {currency} is not active in NetSuite"),
        ));
    }
    let lower = detail.to_ascii_lowercase();
    if let Some(key) = reference_key(&lower, "invalid tax code reference key ")
        .or_else(|| reference_key(&lower, "invalid taxcode reference key "))
    {
        let key = original_case(detail, key);
        return Some((
            F::TaxCodeUnmapped,
            Some(key.clone()),
            format!("NetSuite has no tax code for \"{key}\""),
        ));
    }
    if let Some(key) = between(&lower, "invalid item reference key ", " for ")
        .filter(|_| lower.contains(" for "))
        .or_else(|| reference_key(&lower, "invalid item reference key "))
    {
        let key = original_case(detail, key);
        return Some((
            F::SkuNotFound,
            Some(key.clone()),
            format!("NetSuite has no item \"{key}\""),
        ));
    }
    if let Some(key) = reference_key(&lower, "invalid customer reference key ")
        .or_else(|| reference_key(&lower, "invalid entity reference key "))
    {
        let key = original_case(detail, key);
        return Some((
            F::CustomerNotFound,
            Some(key.clone()),
            format!("NetSuite has no customer \"{key}\""),
        ));
    }
    // "You have entered an Invalid Field Value 9999 for the following field: item"
    if let (Some(value), Some(field)) = (
        between(detail, "Invalid Field Value ", " for the following field:"),
        between(detail, "for the following field:", "\n"),
    ) {
        let field = field.trim_end_matches('.');
        let path_field = path.and_then(|p| p.rsplit('.').next()).unwrap_or(field);
        return Some(classify_field(field, path_field, value));
    }
    None
}

/// "Invalid … reference key KEY." — the key runs to the end of the sentence; it may itself
/// contain dots (an e-mail, a rate).
fn reference_key<'a>(detail: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = &detail[detail.find(prefix)? + prefix.len()..];
    let line = rest.lines().next().unwrap_or(rest).trim();
    Some(line.strip_suffix('.').unwrap_or(line))
}

/// The key as it was written in the detail (the search ran on a lower-cased copy).
fn original_case(detail: &str, lower_key: &str) -> String {
    let lower = detail.to_ascii_lowercase();
    lower
        .find(lower_key)
        .and_then(|i| detail.get(i..i + lower_key.len()))
        .unwrap_or(lower_key)
        .to_string()
}

fn classify_field(field: &str, path_field: &str, value: &str) -> Classified {
    use FindingCode as F;
    match field.to_ascii_lowercase().as_str() {
        "item" => (
            F::SkuNotFound,
            Some(value.to_string()),
            format!("NetSuite has no item \"{value}\""),
        ),
        "entity" | "customer" => (
            F::CustomerNotFound,
            Some(value.to_string()),
            format!("NetSuite has no customer \"{value}\""),
        ),
        "currency" => (
            F::CurrencyInactive,
            Some(value.to_string()),
            format!("The currency {value} is not active in NetSuite"),
        ),
        "taxcode" => (
            F::TaxCodeUnmapped,
            Some(value.to_string()),
            format!("NetSuite has no tax code \"{value}\""),
        ),
        "country" => (
            F::CountryCodeMismatch,
            Some(value.to_string()),
            format!("NetSuite wants a two-letter country code, not \"{value}\""),
        ),
        "state" => (
            F::StateCodeMismatch,
            Some(value.to_string()),
            format!("NetSuite did not accept the state \"{value}\""),
        ),
        _ => {
            let has_odd_chars = value
                .chars()
                .any(|c| (c as u32) > 0xFFFF || c.is_control() || is_zero_width(c));
            let too_long = limits::field_for(path_field)
                .or_else(|| limits::field_for(field))
                .is_some_and(|l| l.unit.measure(value) > l.max);
            if has_odd_chars {
                (
                    F::UnsupportedCharacters,
                    Some(field.to_string()),
                    format!("NetSuite refused characters in the field {field}"),
                )
            } else if too_long {
                (
                    F::FieldTooLong,
                    Some(field.to_string()),
                    format!("The value is too long for NetSuite's field {field}"),
                )
            } else {
                (
                    F::UnclassifiedError,
                    Some(field.to_string()),
                    format!("NetSuite refused the value of the field {field}"),
                )
            }
        }
    }
}

pub fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, body: &str) -> Answer {
        Answer {
            status,
            headers: Default::default(),
            body: body.to_string(),
        }
    }

    #[test]
    fn real_bodies_from_oracle_docs_are_classified() {
        let cases = [
            (
                401,
                r#"{"type":"https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html","title":"Unauthorized","status":401,"o:errorDetails":[{"detail":"Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.","o:errorCode":"INVALID_LOGIN"}]}"#,
                FindingCode::ErpAuthFailed,
                None,
            ),
            (
                400,
                r#"{"type":"https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1","title":"Bad Request","status":400,"o:errorDetails":[{"detail":"Error while accessing resource: You have entered an Invalid Field Value 9999 for the following field: item","o:errorCode":"INVALID_CONTENT","o:errorPath":"item.items[0].item"}]}"#,
                FindingCode::SkuNotFound,
                Some("9999"),
            ),
            (
                400,
                r#"{"type":"https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1","title":"Bad Request","status":400,"o:errorDetails":[{"detail":"Invalid customer reference key 99999.","o:errorCode":"INVALID_KEY_OR_REF","o:errorPath":"entity"}]}"#,
                FindingCode::CustomerNotFound,
                Some("99999"),
            ),
            (
                429,
                r#"{"type":"https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1","title":"Too Many Requests","status":429,"o:errorDetails":[{"detail":"Concurrent request limit exceeded. Request blocked.","o:errorCode":"CONCURRENCY_LIMIT_EXCEEDED"}]}"#,
                FindingCode::RateLimited,
                None,
            ),
            (
                400,
                r#"{"o:errorDetails":[{"detail":"Error while accessing a resource. You have entered an Invalid Field Value 53384 for the following field: customer.","o:errorCode":"USER_ERROR","o:errorPath":"expense.items[2]"}],"status":400,"title":"Bad Request"}"#,
                FindingCode::CustomerNotFound,
                Some("53384"),
            ),
            (
                400,
                r#"{"title":"Bad Request","status":400,"o:errorDetails":[{"detail":"The transaction date you specified is not within the date range of your accounting period.","o:errorCode":"USER_ERROR"}]}"#,
                FindingCode::PeriodClosed,
                None,
            ),
            (
                400,
                r#"{"title":"Bad Request","status":400,"o:errorDetails":[{"detail":"Invalid item reference key 149 for subsidiary 1.","o:errorCode":"INVALID_KEY_OR_REF"}]}"#,
                FindingCode::SkuNotFound,
                Some("149"),
            ),
            (
                400,
                r#"{"title":"Bad Request","status":400,"o:errorDetails":[{"detail":"The currency CAD does not exist","o:errorCode":"USER_ERROR"}]}"#,
                FindingCode::CurrencyInactive,
                Some("CAD"),
            ),
            (
                400,
                r#"{"title":"Bad Request","status":400,"o:errorDetails":[{"detail":"Invalid tax code reference key CO-2.9.","o:errorCode":"INVALID_KEY_OR_REF","o:errorPath":"item.items[0].taxCode"}]}"#,
                FindingCode::TaxCodeUnmapped,
                Some("CO-2.9"),
            ),
            (
                400,
                r#"{"title":"Bad Request","status":400,"o:errorDetails":[{"detail":"Invalid customer reference key jo.doe@mail.example.","o:errorCode":"INVALID_KEY_OR_REF","o:errorPath":"entity"}]}"#,
                FindingCode::CustomerNotFound,
                Some("jo.doe@mail.example"),
            ),
            (
                400,
                r#"{"title":"Bad Request","status":400,"o:errorDetails":[{"detail":"Error while accessing a resource. This record has been locked by a user defined workflow.","o:errorCode":"USER_ERROR"}]}"#,
                FindingCode::UnclassifiedError,
                None,
            ),
            (
                400,
                r#"{"title":"Bad Request","status":400,"o:errorDetails":[{"detail":"Error while accessing resource: You have entered an Invalid Field Value United States for the following field: country","o:errorCode":"INVALID_CONTENT","o:errorPath":"shippingAddress.country"}]}"#,
                FindingCode::CountryCodeMismatch,
                Some("United States"),
            ),
        ];
        for (status, body, code, key) in cases {
            let error = classify(&answer(status, body));
            assert_eq!(error.code, code, "{body}");
            assert_eq!(error.key.as_deref(), key, "{body}");
            assert_eq!(error.raw, body, "the raw body is kept verbatim");
        }
    }

    #[test]
    fn address_field_values_are_judged_by_content() {
        let emoji = r#"{"o:errorDetails":[{"detail":"Error while accessing resource: You have entered an Invalid Field Value Mia 🎁 for the following field: addressee","o:errorCode":"INVALID_CONTENT","o:errorPath":"shippingAddress.addressee"}]}"#;
        assert_eq!(
            classify(&answer(400, emoji)).code,
            FindingCode::UnsupportedCharacters
        );
        let long = format!(
            r#"{{"o:errorDetails":[{{"detail":"Error while accessing resource: You have entered an Invalid Field Value {} for the following field: addr1","o:errorCode":"INVALID_CONTENT","o:errorPath":"shippingAddress.addr1"}}]}}"#,
            "Ä".repeat(80)
        );
        assert_eq!(
            classify(&answer(400, &long)).code,
            FindingCode::FieldTooLong
        );
    }

    #[test]
    fn status_only_answers_fall_back_by_status() {
        assert_eq!(
            classify(&answer(504, "<html>Gateway Time-out</html>")).code,
            FindingCode::ErpTimeout
        );
        assert_eq!(
            classify(&answer(503, "maintenance")).code,
            FindingCode::ErpMaintenance
        );
        assert_eq!(classify(&answer(502, "")).code, FindingCode::ErpUnreachable);
        // A refusal in no form NetSuite uses is an answer of unknown shape (http.rs).
        assert_eq!(
            classify(&answer(400, "not json")).code,
            FindingCode::UnknownVendorAnswer
        );
    }
}
