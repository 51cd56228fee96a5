//! NetSuite's Lists records the connector creates: non-inventory sale items and customers,
//! upserted by external id (`PUT …/noninventorysaleitem/eid:X`, `PUT …/customer/eid:X`), with
//! the "Please enter value(s) for" answer when a required field is missing.
//!
//! Sources: Oracle, "Using the Upsert Operation" (section_156335203191); required fields as
//! the REST API Browser marks them (itemId "Item Name/Number", companyName "Company Name" for
//! a company customer); the missing-value text as NetSuite's USER_ERROR words it (field
//! evidence).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::account::{Customer, Item};
use super::errors::{self, ns_error};
use super::permissions::{CUSTOMERS, ITEMS};
use super::routes::allowed;
use super::SharedNetSuite;
#[derive(Clone, Copy)]
enum RecordKind {
    Item,
    Customer,
}

impl RecordKind {
    fn from_path(record: &str) -> Option<Self> {
        match record {
            "noninventorysaleitem" => Some(Self::Item),
            "customer" => Some(Self::Customer),
            _ => None,
        }
    }
}

/// Item and customer upserts: the fields NetSuite requires, its "Please enter value(s)"
/// answer when one is missing, and 204 with the record's Location.
pub async fn upsert(
    State(state): State<SharedNetSuite>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Path((record, key)): Path<(String, String)>,
    body: axum::body::Bytes,
) -> Response {
    let Some(kind) = RecordKind::from_path(&record) else {
        return errors::record_not_found(uri.path());
    };
    let needed = match kind {
        RecordKind::Item => ITEMS,
        RecordKind::Customer => CUSTOMERS,
    };
    let mut s = match allowed(&state, &method, &uri, &headers, needed).await {
        Ok(s) => s,
        Err(response) => return *response,
    };
    let Some(eid) = key.strip_prefix("eid:").map(str::to_string) else {
        return ns_error(
            StatusCode::BAD_REQUEST,
            "INVALID_REQUEST",
            "Upsert requires an external ID in the form eid:value.",
            None,
        );
    };
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return errors::invalid_json();
    };
    let field = |name: &str| {
        body.get(name)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    let (required, label) = match kind {
        RecordKind::Item => ("itemId", "Item Name/Number"),
        RecordKind::Customer => ("companyName", "Company Name"),
    };
    let Some(name) = field(required) else {
        return errors::user_error(
            &format!("Please enter value(s) for: {label}."),
            Some(required),
        );
    };
    let id = match s.created.get(&eid) {
        Some(id) => id.clone(),
        None => {
            let id = s.next_id();
            s.created.insert(eid.clone(), id.clone());
            id
        }
    };
    let record = match kind {
        RecordKind::Item => {
            s.account.items.retain(|i| i.id != id);
            s.account.items.push(Item {
                id: id.clone(),
                sku: name,
                inactive: false,
            });
            "noninventorysaleitem"
        }
        RecordKind::Customer => {
            s.account.customers.retain(|c| c.id != id);
            s.account.customers.push(Customer {
                id: id.clone(),
                entity_id: format!("CUST{id}"),
                email: field("email").unwrap_or_default(),
                company: name,
            });
            "customer"
        }
    };
    let location = s.record_url(record, &id);
    (StatusCode::NO_CONTENT, [("Location", location)]).into_response()
}
