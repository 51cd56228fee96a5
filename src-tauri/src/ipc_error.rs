use osd_session::SessionError;
use serde::Serialize;

/// Errors cross IPC as `{code, message}`: the UI branches on `code`, shows `message`.
#[derive(Debug, Serialize)]
pub struct IpcError {
    pub code: String,
    pub message: String,
}

impl IpcError {
    /// A failure of the desktop itself (a dialog, start at login), not of the core.
    pub fn desktop(message: impl std::fmt::Display) -> Self {
        Self {
            code: "desktop".into(),
            message: message.to_string(),
        }
    }
}

impl From<SessionError> for IpcError {
    fn from(error: SessionError) -> Self {
        let code = serde_json::to_value(error.code())
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_else(|| "internal".into());
        Self {
            code,
            message: error.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crosses_ipc_as_code_and_message() {
        let error = IpcError::from(SessionError::NotFound("#42".into()));
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(
            json,
            serde_json::json!({ "code": "not_found", "message": "no order matches #42" })
        );
    }
}
