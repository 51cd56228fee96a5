use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Stable finding codes. They are part of the CLI's JSON contract and the UI branches on them:
/// add new ones when needed, never rename one. `docs/finding-codes.md` lists them all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export_to = "bindings.ts")]
pub enum FindingCode {
    StoreUnreachable,
    ErpUnreachable,
    StoreMaintenance,
    ErpMaintenance,
    StoreAuthFailed,
    ErpAuthFailed,
    CredentialExpiring,
    SkuNotFound,
    CustomerNotFound,
    PeriodClosed,
    ErpTimeout,
    RateLimited,
    DuplicateOrder,
    UnclassifiedError,
    FieldTooLong,
    UnsupportedCharacters,
    CountryCodeMismatch,
    StateCodeMismatch,
    TaxCodeUnmapped,
    CurrencyInactive,
    TotalMismatch,
    OrderNotSynced,
    StoreIncident,
    ErpIncident,
    ClockSkew,
    StatusUnverified,
    ErpPermissionMissing,
    NegativeInventory,
    OrderNotReady,
    ApiVersionRetiring,
    UnknownVendorAnswer,
    SignInAgain,
    OrderLeftErp,
    ErpDuplicates,
    DataFolderNotPrivate,
    MiddlewareUnreachable,
    MiddlewareAuthFailed,
    /// Orders whose runs failed in the integration tool, which can be run again there.
    MiddlewareRetryable,
    /// A line sold in a unit of measure (a custom "bunch", a weighed "lb") the ERP lacks.
    UnitNotFound,
}

impl FindingCode {
    pub const ALL: [FindingCode; 39] = [
        Self::StoreUnreachable,
        Self::ErpUnreachable,
        Self::StoreMaintenance,
        Self::ErpMaintenance,
        Self::StoreAuthFailed,
        Self::ErpAuthFailed,
        Self::CredentialExpiring,
        Self::SkuNotFound,
        Self::CustomerNotFound,
        Self::PeriodClosed,
        Self::ErpTimeout,
        Self::RateLimited,
        Self::DuplicateOrder,
        Self::UnclassifiedError,
        Self::FieldTooLong,
        Self::UnsupportedCharacters,
        Self::CountryCodeMismatch,
        Self::StateCodeMismatch,
        Self::TaxCodeUnmapped,
        Self::CurrencyInactive,
        Self::TotalMismatch,
        Self::OrderNotSynced,
        Self::StoreIncident,
        Self::ErpIncident,
        Self::ClockSkew,
        Self::StatusUnverified,
        Self::ErpPermissionMissing,
        Self::NegativeInventory,
        Self::OrderNotReady,
        Self::ApiVersionRetiring,
        Self::UnknownVendorAnswer,
        Self::SignInAgain,
        Self::OrderLeftErp,
        Self::ErpDuplicates,
        Self::DataFolderNotPrivate,
        Self::MiddlewareUnreachable,
        Self::MiddlewareAuthFailed,
        Self::MiddlewareRetryable,
        Self::UnitNotFound,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::StoreUnreachable => "store_unreachable",
            Self::ErpUnreachable => "erp_unreachable",
            Self::StoreMaintenance => "store_maintenance",
            Self::ErpMaintenance => "erp_maintenance",
            Self::StoreAuthFailed => "store_auth_failed",
            Self::ErpAuthFailed => "erp_auth_failed",
            Self::CredentialExpiring => "credential_expiring",
            Self::SkuNotFound => "sku_not_found",
            Self::CustomerNotFound => "customer_not_found",
            Self::PeriodClosed => "period_closed",
            Self::ErpTimeout => "erp_timeout",
            Self::RateLimited => "rate_limited",
            Self::DuplicateOrder => "duplicate_order",
            Self::UnclassifiedError => "unclassified_error",
            Self::FieldTooLong => "field_too_long",
            Self::UnsupportedCharacters => "unsupported_characters",
            Self::CountryCodeMismatch => "country_code_mismatch",
            Self::StateCodeMismatch => "state_code_mismatch",
            Self::TaxCodeUnmapped => "tax_code_unmapped",
            Self::CurrencyInactive => "currency_inactive",
            Self::TotalMismatch => "total_mismatch",
            Self::OrderNotSynced => "order_not_synced",
            Self::StoreIncident => "store_incident",
            Self::ErpIncident => "erp_incident",
            Self::ClockSkew => "clock_skew",
            Self::StatusUnverified => "status_unverified",
            Self::ErpPermissionMissing => "erp_permission_missing",
            Self::NegativeInventory => "negative_inventory",
            Self::OrderNotReady => "order_not_ready",
            Self::ApiVersionRetiring => "api_version_retiring",
            Self::UnknownVendorAnswer => "unknown_vendor_answer",
            Self::SignInAgain => "sign_in_again",
            Self::OrderLeftErp => "order_left_erp",
            Self::ErpDuplicates => "erp_duplicates",
            Self::DataFolderNotPrivate => "data_folder_not_private",
            Self::MiddlewareUnreachable => "middleware_unreachable",
            Self::MiddlewareAuthFailed => "middleware_auth_failed",
            Self::MiddlewareRetryable => "middleware_retryable",
            Self::UnitNotFound => "unit_not_found",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }

    /// Errors that go away by themselves: resending later is the fix.
    pub fn is_transient(self) -> bool {
        matches!(
            self,
            Self::ErpTimeout
                | Self::RateLimited
                | Self::ErpUnreachable
                | Self::ErpMaintenance
                | Self::StoreUnreachable
                | Self::StoreMaintenance
        )
    }

    /// The step of the five-step check where an order-level finding with this code belongs.
    pub fn order_step(self) -> u8 {
        match self {
            Self::FieldTooLong
            | Self::UnsupportedCharacters
            | Self::CountryCodeMismatch
            | Self::StateCodeMismatch
            | Self::UnitNotFound => 3,
            Self::TaxCodeUnmapped | Self::CurrencyInactive | Self::TotalMismatch => 4,
            Self::OrderNotSynced | Self::StatusUnverified | Self::OrderLeftErp => 5,
            _ => 2,
        }
    }
}

impl std::fmt::Display for FindingCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export_to = "bindings.ts")]
pub enum Severity {
    /// Nothing to do: a rule the user chose was applied (a new posting date, a shortened
    /// field), shown so that no change is silent.
    Info,
    Warning,
    Error,
}

/// Something the app can do about a finding, named so a person can choose it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export_to = "bindings.ts")]
pub struct Remedy {
    pub id: String,
    pub label: String,
}

/// One root cause and every order it holds back. A failed check is a finding, not an error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export_to = "bindings.ts")]
pub struct Finding {
    pub code: FindingCode,
    pub severity: Severity,
    /// What groups the orders: the SKU, the tax rate, the period; absent for system findings.
    pub key: Option<String>,
    /// Order names as the store shows them (`#1042`).
    pub orders: Vec<String>,
    /// One sentence a store manager understands.
    pub message: String,
    /// What to do about it.
    pub fix: String,
    /// The technical detail: raw ERP error or the values checked.
    pub detail: String,
    pub remedies: Vec<Remedy>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_through_text_and_json() {
        for code in FindingCode::ALL {
            assert_eq!(FindingCode::parse(code.as_str()), Some(code));
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
        assert_eq!(FindingCode::parse("nope"), None);
    }
}
