use serde::Serialize;

/// Stable error codes the UI and scripts branch on; messages are for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    Profile,
    SecretMissing,
    Keychain,
    Database,
    Simulator,
    NotFound,
    /// A change that cannot be undone from here (already undone, or made in the ERP).
    NotUndoable,
    /// The ERP refused a write the user asked for (creating an item or a customer).
    ErpRefused,
    /// The store does not count the order as ready to book (unpaid, cancelled): not sent.
    NotReady,
    /// A browser sign-in could not start or go on; the message says why and what to do.
    SignIn,
    /// The integration tool (n8n) could not be reached or refused a request.
    Middleware,
}

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error("the profile is not usable: {0}")]
    Profile(String),
    #[error("no secret is saved for {0}: run `sync-doctor login {1}` or set the variable named in secret_env")]
    SecretMissing(String, &'static str),
    #[error("the system keychain is not available: {0}")]
    Keychain(String),
    #[error(transparent)]
    Store(#[from] osd_store::StoreError),
    #[error(transparent)]
    Resend(#[from] osd_resend::ResendError),
    #[error("the demo could not start: {0}")]
    Simulator(String),
    #[error("no order matches {0}")]
    NotFound(String),
    #[error("{0}")]
    ErpRefused(String),
    #[error("there is no remedy \"{0}\": copy one from `sync-doctor check --details`")]
    UnknownRemedy(String),
    /// An order asked for by name that the store does not count as ready to book.
    #[error("{0}")]
    NotReady(String),
    /// The integration tool could not be reached or refused a request.
    #[error("{0}")]
    Middleware(String),
    /// A browser sign-in that could not start or go on, in plain words and what to do.
    #[error("{message} {fix}")]
    SignIn { message: String, fix: String },
}

impl SessionError {
    pub fn code(&self) -> Code {
        match self {
            Self::Profile(_) => Code::Profile,
            Self::SecretMissing(..) => Code::SecretMissing,
            Self::Keychain(_) => Code::Keychain,
            Self::Store(osd_store::StoreError::NoSuchChange(_)) => Code::NotFound,
            Self::Store(osd_store::StoreError::NotUndoable(..)) => Code::NotUndoable,
            Self::Store(_) | Self::Resend(_) => Code::Database,
            Self::Simulator(_) => Code::Simulator,
            Self::NotFound(_) | Self::UnknownRemedy(_) => Code::NotFound,
            Self::ErpRefused(_) => Code::ErpRefused,
            Self::NotReady(_) => Code::NotReady,
            Self::SignIn { .. } => Code::SignIn,
            Self::Middleware(_) => Code::Middleware,
        }
    }

    /// Mistakes in what the user gave us, as opposed to a broken machine.
    pub fn is_configuration(&self) -> bool {
        matches!(
            self.code(),
            Code::Profile
                | Code::SecretMissing
                | Code::NotFound
                | Code::NotUndoable
                | Code::NotReady
                | Code::SignIn
        )
    }
}
