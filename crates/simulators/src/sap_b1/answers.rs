//! What the simulated Service Layer answers: the v1 error envelope and every SAP text it uses,
//! each with where it was recorded (`shared/api-fixtures/sap_b1/error_examples.json` and
//! `shared/research/erp-sync-landscape.md` §3.3 hold the bodies and their sources).

use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

/// An answer before it goes on the wire, so the journal can keep what was said.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub body: Option<Value>,
    /// Plain-text bodies of gateways and faults (`Service Unavailable`).
    pub text: Option<&'static str>,
    pub headers: Vec<(&'static str, String)>,
}

impl Reply {
    pub fn json(status: StatusCode, body: Value) -> Self {
        Self {
            status,
            body: Some(body),
            text: None,
            headers: Vec::new(),
        }
    }

    pub fn empty(status: StatusCode) -> Self {
        Self {
            status,
            body: None,
            text: None,
            headers: Vec::new(),
        }
    }

    pub fn text(status: StatusCode, text: &'static str) -> Self {
        Self {
            status,
            body: None,
            text: Some(text),
            headers: Vec::new(),
        }
    }

    pub fn with_header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        let mut response = match (self.body, self.text) {
            (Some(body), _) => (self.status, axum::Json(body)).into_response(),
            (None, Some(text)) => (self.status, text).into_response(),
            (None, None) => self.status.into_response(),
        };
        for (name, value) in self.headers {
            if let Ok(value) = HeaderValue::from_str(&value) {
                response.headers_mut().append(name, value);
            }
        }
        response
    }
}

/// The v1 (OData v3) error envelope: `{"error":{"code":<int>,"message":{"lang","value"}}}`.
/// Source: SAP guide "Working with SAP Business One Service Layer" §3.1.1 and §3.5 (verbatim
/// bodies in api-fixtures/sap_b1/error_examples.json).
pub fn sap_error(status: StatusCode, code: i64, value: &str) -> Reply {
    Reply::json(
        status,
        json!({ "error": { "code": code, "message": { "lang": "en-us", "value": value } } }),
    )
}

/// Source: SAP guide §3.1.1 (verbatim): an idle session past SessionTimeout.
pub fn session_ended() -> Reply {
    sap_error(
        StatusCode::UNAUTHORIZED,
        301,
        "Invalid session or session already timeout.",
    )
}

/// The exact login failure text varies by version and was not captured verbatim
/// (api-fixtures/sap_b1/error_examples.json, notes); this one is seen in the field.
pub fn login_refused() -> Reply {
    sap_error(
        StatusCode::UNAUTHORIZED,
        -304,
        "Fail to get DB Credentials from SLD",
    )
}

/// Source: SAP guide §3.5.4 (verbatim): what the Service Layer says to a delete of a sales
/// order and to any operation an object does not support.
pub fn not_supported() -> Reply {
    sap_error(
        StatusCode::BAD_REQUEST,
        -5006,
        "The requested action is not supported for this object.",
    )
}

/// Source: recorded public client code and the error enum of daniel-alianza/travel-api
/// (NotFound = -2028), research §3.3.
pub fn no_matching_records() -> Reply {
    sap_error(
        StatusCode::NOT_FOUND,
        -2028,
        "No matching records found (ODBC -2028)",
    )
}

/// A path the Service Layer does not serve. OData's wording for an unknown segment; SAP's
/// own code for it was not recorded.
pub fn no_such_resource(segment: &str) -> Reply {
    sap_error(
        StatusCode::NOT_FOUND,
        -1,
        &format!("Resource not found for the segment '{segment}'."),
    )
}

/// A query option naming a property the entity does not have. The refusal is what matters
/// (a name SAP does not have never works); this wording was not recorded.
pub fn invalid_property(property: &str, entity: &str) -> Reply {
    sap_error(
        StatusCode::BAD_REQUEST,
        -1000,
        &format!("Property '{property}' of '{entity}' is invalid"),
    )
}

/// A body or query option that is not what the Service Layer reads (not recorded verbatim).
pub fn invalid_request(what: &str) -> Reply {
    sap_error(StatusCode::BAD_REQUEST, -1000, what)
}

/// Source: research §3.3, a recorded message (GRPO push log, `[OPDN.CardCode]`); for sales
/// orders the table is ORDR. The code -10 is illustrative (error_examples.json).
pub fn invalid_bp_code(table: &str, card: &str) -> Reply {
    sap_error(
        StatusCode::BAD_REQUEST,
        -10,
        &format!("Invalid BP code [{table}.CardCode] , '{card}'"),
    )
}

/// Source: research §3.3, recorded in the same GRPO log; code illustrative.
pub fn item_missing(line: usize) -> Reply {
    sap_error(
        StatusCode::BAD_REQUEST,
        -10,
        &format!(
            "Item number is missing; specify an item number [DocumentLines.ItemCode][line: {line}]"
        ),
    )
}

/// Source: field evidence in public integration code ("Error -10 - Quantity falls into
/// negative inventory  [IGE1.ItemCode][line: 2]", and the same text on delivery notes and
/// goods issues); on a marketing document's lines the Service Layer names
/// `[DocumentLines.ItemCode]`.
pub fn negative_inventory(line: usize) -> Reply {
    sap_error(
        StatusCode::BAD_REQUEST,
        -10,
        &format!("Quantity falls into negative inventory  [DocumentLines.ItemCode][line: {line}]"),
    )
}

/// Source: research §3.3 (-4013, a recorded message). SAP's own wording for the two partial
/// states (`ltUnlockedExceptSales`, `ltPeriodClosing`) was not recorded; they answer the same.
pub fn period_locked() -> Reply {
    sap_error(
        StatusCode::BAD_REQUEST,
        -4013,
        "Posting period locked; specify an alternative date",
    )
}

/// Source: research §3.3 (-5002, a recorded message): no posting period holds the date.
pub fn no_period() -> Reply {
    sap_error(
        StatusCode::BAD_REQUEST,
        -5002,
        "10000156 - Posting Date deviates from the defined range. To complete the operation, define the posting period to match the entered Posting Date.",
    )
}

/// Source: research §3.3 (-8112, recorded v1 and v2 texts).
pub fn value_too_long(property: &str, object: &str) -> Reply {
    sap_error(
        StatusCode::BAD_REQUEST,
        -8112,
        &format!("Value too long in property '{property}' of '{object}'"),
    )
}

/// Source: research §3.3 / the error enum of daniel-alianza/travel-api (DuplicateEntry); the
/// guide's verbatim -10 text is for a business partner code (error_examples.json).
pub fn already_exists() -> Reply {
    sap_error(
        StatusCode::BAD_REQUEST,
        -2035,
        "This entry already exists in the following tables (ODBC -2035)",
    )
}

/// Source: SAP guide §3.5.1 (verbatim, `duplicate_bp_400`).
pub fn partner_code_taken(code: &str) -> Reply {
    sap_error(
        StatusCode::BAD_REQUEST,
        -10,
        &format!("1320000140 - Business partner code '{code}' already assigned to a business partner; enter a unique business partner code"),
    )
}

/// A tax code the company does not have, or one not valid for sales: the recorded -5002
/// "Enter valid code  [ItemWarehouseInfoCollection.WarehouseCode] , 'A0096'"
/// (error_examples.json) said of a line's tax field. Not recorded for tax codes themselves.
pub fn invalid_tax_code(field: &str, code: &str) -> Reply {
    sap_error(
        StatusCode::BAD_REQUEST,
        -5002,
        &format!("Enter valid code  [DocumentLines.{field}] , '{code}'"),
    )
}

/// Closing or cancelling a document that is no longer open. Not recorded verbatim.
pub fn document_not_open() -> Reply {
    sap_error(StatusCode::BAD_REQUEST, -5002, "Document is already closed")
}
