//! Vendor status pages in the Statuspage format (`/api/v2/summary.json`), used by Shopify,
//! many hosts and ERPs: is there an ongoing incident or maintenance right now?

use std::time::Duration;

use osd_model::FindingCode;
use serde::Deserialize;

use crate::http::{self, Side};
use crate::CallError;

/// What the vendor says about itself right now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VendorStatus {
    /// `none`, `minor`, `major`, `critical` or `maintenance`.
    pub indicator: String,
    pub description: String,
    /// Unresolved incidents: "name (impact, status)".
    pub incidents: Vec<String>,
    /// Maintenance windows in progress.
    pub maintenance: Vec<String>,
}

#[derive(Deserialize)]
struct Summary {
    status: Indicator,
    #[serde(default)]
    incidents: Vec<Incident>,
    #[serde(default)]
    scheduled_maintenances: Vec<Maintenance>,
}

#[derive(Deserialize)]
struct Indicator {
    indicator: String,
    #[serde(default)]
    description: String,
}

#[derive(Deserialize)]
struct Incident {
    name: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    impact: String,
}

#[derive(Deserialize)]
struct Maintenance {
    name: String,
    #[serde(default)]
    status: String,
}

/// Read `{page}/api/v2/summary.json`.
pub async fn read(
    page: &url::Url,
    side: Side,
    timeout: Duration,
) -> Result<VendorStatus, CallError> {
    let url = page.join("api/v2/summary.json").map_err(|e| {
        CallError::new(
            FindingCode::UnclassifiedError,
            "The status page address is not valid",
            e.to_string(),
        )
    })?;
    let client = http::client(timeout)?;
    let answer = http::exchange(client.get(url), side, "The status page").await?;
    if !answer.is_success() {
        return Err(answer.generic_error(side, "The status page"));
    }
    parse(&answer.body).map_err(|e| CallError::unreadable("The status page", e, &answer.body))
}

pub fn parse(body: &str) -> Result<VendorStatus, serde_json::Error> {
    let summary: Summary = serde_json::from_str(body)?;
    Ok(VendorStatus {
        indicator: summary.status.indicator,
        description: summary.status.description,
        incidents: summary
            .incidents
            .iter()
            .filter(|i| !matches!(i.status.as_str(), "resolved" | "postmortem"))
            .map(|i| format!("{} ({} impact, {})", i.name, i.impact, i.status))
            .collect(),
        maintenance: summary
            .scheduled_maintenances
            .iter()
            .filter(|m| matches!(m.status.as_str(), "in_progress" | "verifying"))
            .map(|m| m.name.clone())
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incidents_and_maintenance_in_progress_are_picked_out() {
        let body = r#"{"page":{"id":"x","name":"Shopify","url":"https://www.shopifystatus.com"},
            "status":{"indicator":"major","description":"Partial System Outage"},
            "components":[{"name":"Admin API","status":"partial_outage"}],
            "incidents":[{"name":"Admin API errors","status":"investigating","impact":"major"},
                         {"name":"Old","status":"resolved","impact":"minor"}],
            "scheduled_maintenances":[{"name":"Database upgrade","status":"in_progress"},
                                      {"name":"Later","status":"scheduled"}]}"#;
        let status = parse(body).unwrap();
        assert_eq!(status.indicator, "major");
        assert_eq!(
            status.incidents,
            vec!["Admin API errors (major impact, investigating)".to_string()]
        );
        assert_eq!(status.maintenance, vec!["Database upgrade".to_string()]);
        assert!(parse(
            r#"{"status":{"indicator":"none","description":"All Systems Operational"}}"#
        )
        .unwrap()
        .incidents
        .is_empty());
        assert!(parse("<html>").is_err());
    }
}
