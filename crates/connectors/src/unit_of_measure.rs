//! What an ERP's units of measure are worth to a check: they only refine it (a line in a unit
//! the ERP lacks), so a failed read of them (a role without access, a feature switched off)
//! leaves the list empty, which checks no line's unit, and never fails the master data.

use osd_model::ErpUnit;

use crate::CallError;

/// The units read, or none (logged) when they could not be.
pub(crate) fn or_unchecked(system: &str, read: Result<Vec<ErpUnit>, CallError>) -> Vec<ErpUnit> {
    read.unwrap_or_else(|e| {
        tracing::warn!(
            system,
            error = %e,
            raw = %e.raw,
            "units of measure not read; line units will not be checked"
        );
        Vec::new()
    })
}
