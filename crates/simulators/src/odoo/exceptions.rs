//! Odoo's exceptions as its RPC layers serialize them, with the texts the ORM writes.

use serde_json::{json, Value};

use super::version::Release;

/// An exception as `serialize_exception` writes it (odoo/odoo `odoo/http.py`).
pub fn exception(name: &str, message: &str) -> Value {
    json!({ "name": name, "message": message, "arguments": [message], "context": {}, "debug": "" })
}

/// The JSON-RPC error envelope (`JsonRPCDispatcher.handle_error`, odoo/odoo `odoo/http.py`):
/// HTTP 200, `code` 200 for a server error up to 18, 0 from 19, 100 for an expired session.
pub fn rpc_error(id: &Value, release: Release, code: i64, message: &str, data: Value) -> Value {
    let code = if code == 200 && release.at_least(19, 0) {
        0
    } else {
        code
    };
    json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message, "data": data } })
}

/// A NOT NULL column left empty. Source: odoo/odoo `odoo/service/model.py`
/// `_as_validation_error`, the `NOT_NULL_VIOLATION` branch.
pub fn mandatory(model: &str, model_label: &str, field: &str, label: &str) -> Value {
    exception(
        "odoo.exceptions.ValidationError",
        &format!("The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n- Delete: another model requires the record being deleted. If possible, archive it instead.\n\nModel: {model_label} ({model})\nField: {label} ({field})\n"),
    )
}

/// A model's SQL check constraint that failed. Source: odoo/odoo `odoo/service/model.py`
/// `_as_validation_error` ("The operation cannot be completed: %s" with the constraint's
/// message).
pub fn constraint(message: &str) -> Value {
    exception(
        "odoo.exceptions.ValidationError",
        &format!("The operation cannot be completed: {message}"),
    )
}

pub fn user_error(message: &str) -> Value {
    exception("odoo.exceptions.UserError", message)
}

/// A field the model does not have. Source: odoo/odoo `odoo/models.py` ("Invalid field %r on
/// model %r").
pub fn invalid_field(model: &str, field: &str) -> Value {
    exception(
        "builtins.ValueError",
        &format!("Invalid field '{field}' on model '{model}'"),
    )
}

/// A record id that is not in the database. Source: odoo/odoo `odoo/models.py` `_check_access`
/// / `MissingError` ("Record does not exist or has been deleted.").
pub fn missing(model: &str, id: i64) -> Value {
    exception(
        "odoo.exceptions.MissingError",
        &format!("Record does not exist or has been deleted.\n(Record: {model}({id},), User: 2)"),
    )
}
