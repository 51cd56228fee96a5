use osd_session::{Code, SessionError};
use serde::Serialize;

/// Errors cross IPC as `{code, message}`: the UI branches on `code`, shows `message`.
#[derive(Debug, Serialize)]
pub struct IpcError {
    pub code: Code,
    pub message: String,
}

impl From<SessionError> for IpcError {
    fn from(error: SessionError) -> Self {
        Self {
            code: error.code(),
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
