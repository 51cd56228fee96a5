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
        // The login worked; the integration's role lacks a permission. NetSuite names it:
        // "Permission Violation: You need  the 'Lists -> Currency' permission to access this
        // page." (NetSweet/netsuite's recorded answer; 403 in REST).
        "INSUFFICIENT_PERMISSION" => {
            let permission = between(detail, "'", "'").filter(|p| !p.is_empty());
            return Some((
                F::ErpPermissionMissing,
                permission.map(str::to_string),
                match permission {
                    Some(p) => format!("The NetSuite integration role lacks the '{p}' permission"),
                    None => "The NetSuite integration role lacks a permission".into(),
                },
            ));
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
    // "The field addr1 contained more than the maximum number ( 150 ) of characters allowed."
    if let Some(field) = between(
        detail,
        "The field ",
        " contained more than the maximum number",
    ) {
        return Some((
            F::FieldTooLong,
            Some(field.to_string()),
            format!("The value is too long for NetSuite's field {field}"),
        ));
    }
    if let Some(currency) = between(detail, "The currency ", " does not exist") {
        return Some((
            F::CurrencyInactive,
            Some(currency.to_string()),
            format!("The currency {currency} is not active in NetSuite"),
        ));
    }
    if let Some(classified) =
        reference(detail).and_then(|(kind, key)| classify_reference(&kind, key))
    {
        return Some(classified);
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

/// "Invalid KIND reference key KEY." → (kind in lower case, KEY as written). The key runs to
/// the end of the sentence and may itself hold dots (an e-mail, a rate); when the reference
/// exists but not where it is used, NetSuite adds " for subsidiary 2" or " for entity 7",
/// which is not part of the key. Sources: `../shared/api-fixtures/netsuite/
/// error_examples.json` invalid_key_or_ref_400; fylein/netsuite-sdk-py netsuitesdk/errors/
/// errors.py for the "for subsidiary/entity" forms.
fn reference(detail: &str) -> Option<(String, String)> {
    let lower = detail.to_ascii_lowercase();
    let marker = lower.find(" reference key ")?;
    let kind_start = lower[..marker].rfind("invalid ")? + "invalid ".len();
    let kind = lower[kind_start..marker].trim().to_string();
    let rest = &detail[marker + " reference key ".len()..];
    let sentence = rest.lines().next().unwrap_or(rest).trim();
    let sentence = sentence.strip_suffix('.').unwrap_or(sentence);
    let key = match sentence.rsplit_once(" for ") {
        Some((key, scope)) if is_scope(scope) => key,
        _ => sentence,
    };
    Some((kind, key.trim().to_string()))
}

/// "subsidiary 2", "entity 7": where a valid reference may not be used.
fn is_scope(text: &str) -> bool {
    let mut words = text.split_whitespace();
    matches!(
        (words.next(), words.next(), words.next()),
        (Some(owner), Some(id), None)
            if owner.chars().all(|c| c.is_ascii_alphabetic()) && id.parse::<i64>().is_ok()
    )
}

fn classify_reference(kind: &str, key: String) -> Option<Classified> {
    use FindingCode as F;
    let (code, summary) = match kind {
        "tax code" | "taxcode" => (
            F::TaxCodeUnmapped,
            format!("NetSuite has no tax code for \"{key}\""),
        ),
        "item" => (F::SkuNotFound, format!("NetSuite has no item \"{key}\"")),
        "customer" | "entity" => (
            F::CustomerNotFound,
            format!("NetSuite has no customer \"{key}\" for this order"),
        ),
        "currency" => (
            F::CurrencyInactive,
            format!("NetSuite does not take the currency {key} for this order"),
        ),
        _ => return None,
    };
    Some((code, Some(key), summary))
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

    /// NetSuite's texts whose key must stop before " for subsidiary 2" / " for entity 7",
    /// the length text, and the permission violation (errors.rs names each source).
    #[test]
    fn netsuites_own_texts_name_the_right_key() {
        let body = |code: &str, detail: &str| {
            format!(
                r#"{{"type":"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1","title":"Bad Request","status":400,"o:errorDetails":[{{"detail":"{detail}","o:errorCode":"{code}"}}]}}"#
            )
        };
        let cases = [
            ("INVALID_KEY_OR_REF", "Invalid customer reference key 99999 for entity 5.", FindingCode::CustomerNotFound, "99999"),
            ("INVALID_KEY_OR_REF", "Invalid entity reference key 2042 for subsidiary 3.", FindingCode::CustomerNotFound, "2042"),
            ("INVALID_KEY_OR_REF", "Invalid currency reference key 3 for subsidiary 2.", FindingCode::CurrencyInactive, "3"),
            ("INVALID_KEY_OR_REF", "An error occured in a upsert request: Invalid item reference key 149 for subsidiary 1", FindingCode::SkuNotFound, "149"),
            ("INVALID_KEY_OR_REF", "Invalid customer reference key Books for Kids.", FindingCode::CustomerNotFound, "Books for Kids"),
            ("USER_ERROR", "Error while accessing a resource. The field addr1 contained more than the maximum number ( 150 ) of characters allowed.", FindingCode::FieldTooLong, "addr1"),
            ("USER_ERROR", "The field otherrefnum contained more than the maximum number ( 45 ) of characters allowed.", FindingCode::FieldTooLong, "otherrefnum"),
        ];
        for (code, detail, finding, key) in cases {
            let error = classify(&answer(400, &body(code, detail)));
            assert_eq!(
                (error.code, error.key.as_deref()),
                (finding, Some(key)),
                "{detail}"
            );
        }
        let forbidden = r#"{"type":"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.4","title":"Forbidden","status":403,"o:errorDetails":[{"detail":"Permission Violation: You need  the 'Transactions -> Sales Order' permission to access this page. Please contact your account administrator.","o:errorCode":"INSUFFICIENT_PERMISSION"}]}"#;
        let error = classify(&answer(403, forbidden));
        assert_eq!(
            error.code,
            FindingCode::ErpPermissionMissing,
            "not a login problem"
        );
        assert_eq!(error.key.as_deref(), Some("Transactions -> Sales Order"));
        assert_eq!(error.status, Some(403));
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
