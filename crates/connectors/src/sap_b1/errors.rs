//! Service Layer errors → finding codes. Both shapes are read: v1
//! `{"error":{"code":-10,"message":{"lang":"en-us","value":"…"}}}` and the flat v2
//! `{"error":{"code":"-8112","message":"…"}}`.

use osd_model::FindingCode;
use serde_json::Value;

use super::SYSTEM;
use crate::http::{Answer, Side};
use crate::CallError;

/// The numeric code and the text, whichever shape the answer has.
pub fn parse(body: &str) -> Option<(i64, String)> {
    let value: Value = serde_json::from_str(body).ok()?;
    let error = value.get("error")?;
    let code = match error.get("code")? {
        Value::Number(n) => n.as_i64()?,
        Value::String(s) => s.trim().parse().ok()?,
        _ => return None,
    };
    let message = match error.get("message")? {
        Value::String(s) => s.clone(),
        Value::Object(m) => m
            .get("value")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        _ => String::new(),
    };
    Some((code, message))
}

/// `… , 'C99999'` → `C99999`.
fn quoted_tail(message: &str) -> Option<String> {
    let tail = message.rsplit(", '").next()?;
    tail.strip_suffix('\'').map(str::to_string)
}

/// `Value too long in property 'State' of 'BPAddress'` → `State`.
fn property(message: &str) -> Option<String> {
    let rest = message.split("property '").nth(1)?;
    Some(rest.split('\'').next()?.to_string())
}

/// `… [DocumentLines.TaxCode] , 'XX'` → (`TaxCode`, `XX`): the line field and value SAP names.
fn line_field_value(message: &str) -> Option<(String, String)> {
    let field = message.split("[DocumentLines.").nth(1)?.split(']').next()?;
    Some((field.to_string(), quoted_tail(message)?))
}

/// `… [DocumentLines.ItemCode][line: 3]` → 3 (counted from 1).
pub fn line_number(message: &str) -> Option<usize> {
    let rest = message.split("[line: ").nth(1)?;
    rest.split(']').next()?.trim().parse().ok()
}

/// The texts, first match wins. Specific texts come before the generic
/// `[DocumentLines.ItemCode]` marker: SAP puts that marker on every refusal about a line's
/// item, "unknown item" and "not enough stock" alike.
pub fn classify_error(code: i64, message: &str) -> Option<(FindingCode, Option<String>, String)> {
    use FindingCode as F;
    // SAP guide §3.1.1 (verbatim): 401 with code 301 once a session is idle too long.
    if code == 301 {
        return Some((
            F::ErpAuthFailed,
            None,
            "The SAP Business One session ended and a new login failed".into(),
        ));
    }
    // Research §3.3: -4013 "Posting period locked; specify an alternative date"; "Date
    // deviates from permissible range"; -5002 "… Posting Date deviates from the defined range".
    if code == -4013
        || message.contains("Posting period locked")
        || message.contains("deviates from permissible range")
        || message.contains("deviates from the defined range")
    {
        return Some((
            F::PeriodClosed,
            None,
            "The order date is in a locked or missing posting period".into(),
        ));
    }
    // Research §3.3: -8112 "Value too long in property 'State' of 'BPAddress'".
    if code == -8112 || message.contains("Value too long in property") {
        return Some((
            F::FieldTooLong,
            property(message),
            "A value is longer than the SAP Business One field allows".into(),
        ));
    }
    // Research §3.3: "Invalid BP code [OPDN.CardCode] , 'P20609988771'" (ORDR on orders).
    if message.contains("Invalid BP code") {
        let key = quoted_tail(message);
        return Some((
            F::CustomerNotFound,
            key.clone(),
            format!(
                "SAP Business One has no business partner \"{}\"",
                key.unwrap_or_default()
            ),
        ));
    }
    // Field evidence in public integration code: "Error -10 - Quantity falls into negative
    // inventory  [IGE1.ItemCode][line: 2]", on goods issues, deliveries and invoices alike.
    if message.contains("falls into negative inventory") {
        let line = line_number(message);
        return Some((
            F::NegativeInventory,
            None,
            match line {
                Some(line) => format!("SAP Business One has too little stock for line {line} and blocks negative inventory"),
                None => "SAP Business One has too little stock and blocks negative inventory".into(),
            },
        ));
    }
    // The recorded -5002 "Enter valid code  [ItemWarehouseInfoCollection.WarehouseCode] ,
    // 'A0096'" (api-fixtures/sap_b1/error_examples.json), said of a line's tax field.
    if message.contains("Enter valid code") {
        if let Some((field, value)) =
            line_field_value(message).filter(|(field, _)| field == "TaxCode" || field == "VatGroup")
        {
            return Some((
                F::TaxCodeUnmapped,
                Some(value.clone()),
                format!("SAP Business One has no {field} \"{value}\" for sales documents"),
            ));
        }
    }
    // Research §3.3: "Item number is missing; specify an item number
    // [DocumentLines.ItemCode][line: 4]".
    if message.contains("Item number is missing") || message.contains("Invalid item") {
        return Some((
            F::SkuNotFound,
            None,
            "SAP Business One does not know an item on the order".into(),
        ));
    }
    // SAP guide §3.5.1 (verbatim): "… Business partner code 'c1' already assigned …";
    // research §3.3: -2035 "This entry already exists in the following tables".
    if message.contains("already assigned") || message.contains("already exists") {
        return Some((
            F::DuplicateOrder,
            None,
            "SAP Business One already has this record".into(),
        ));
    }
    None
}

pub fn classify(answer: &Answer) -> CallError {
    let generic = answer.generic_error(Side::Erp, SYSTEM);
    let Some((code, message)) = parse(&answer.body) else {
        return generic;
    };
    generic.refined(classify_error(code, &message))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::http::canned as answer;

    #[test]
    fn both_shapes_and_the_real_texts_are_classified() {
        let cases = [
            (
                401,
                r#"{"error":{"code":301,"message":{"lang":"en-us","value":"Invalid session or session already timeout."}}}"#,
                FindingCode::ErpAuthFailed,
                None,
            ),
            (
                400,
                r#"{"error":{"code":-10,"message":{"lang":"en-us","value":"Invalid BP code [ORDR.CardCode] , 'C99999'"}}}"#,
                FindingCode::CustomerNotFound,
                Some("C99999"),
            ),
            (
                400,
                r#"{"error":{"code":-10,"message":{"lang":"en-us","value":"Item number is missing; specify an item number [DocumentLines.ItemCode][line: 4]"}}}"#,
                FindingCode::SkuNotFound,
                None,
            ),
            (
                400,
                r#"{"error":{"code":-10,"message":{"lang":"en-us","value":"Quantity falls into negative inventory  [DocumentLines.ItemCode][line: 2]"}}}"#,
                FindingCode::NegativeInventory,
                None,
            ),
            (
                400,
                r#"{"error":{"code":-5002,"message":{"lang":"en-us","value":"Enter valid code  [DocumentLines.VatGroup] , 'S9'"}}}"#,
                FindingCode::TaxCodeUnmapped,
                Some("S9"),
            ),
            (
                400,
                r#"{"error":{"code":"-8112","message":"Value too long in property 'State' of 'BPAddress'"}}"#,
                FindingCode::FieldTooLong,
                Some("State"),
            ),
            (
                400,
                r#"{"error":{"code":-4013,"message":{"lang":"en-us","value":"Posting period locked; specify an alternative date"}}}"#,
                FindingCode::PeriodClosed,
                None,
            ),
            (
                400,
                r#"{"error":{"code":-5002,"message":{"lang":"en-us","value":"10000156 - Posting Date deviates from the defined range. To complete the operation, define the posting period to match the entered Posting Date."}}}"#,
                FindingCode::PeriodClosed,
                None,
            ),
            (
                400,
                r#"{"error":{"code":-5002,"message":{"lang":"en-us","value":"Enter valid code  [ItemWarehouseInfoCollection.WarehouseCode] , 'A0096'"}}}"#,
                FindingCode::UnclassifiedError,
                None,
            ),
            (
                400,
                r#"{"error":{"code":-10,"message":{"lang":"en-us","value":"1320000140 - Business partner code 'c1' already assigned to a business partner; enter a unique business partner code"}}}"#,
                FindingCode::DuplicateOrder,
                None,
            ),
            (
                400,
                r#"{"error":{"code":-5006,"message":{"lang":"en-us","value":"The requested action is not supported for this object."}}}"#,
                FindingCode::UnclassifiedError,
                None,
            ),
            (
                404,
                r#"{"error":{"code":-2028,"message":{"lang":"en-us","value":"No matching records found (ODBC -2028)"}}}"#,
                FindingCode::UnclassifiedError,
                None,
            ),
        ];
        for (status, body, code, key) in cases {
            let e = classify(&answer(status, body));
            assert_eq!(e.code, code, "{body}");
            assert_eq!(e.key.as_deref(), key, "{body}");
            assert_eq!(e.raw, body);
        }
    }
}
