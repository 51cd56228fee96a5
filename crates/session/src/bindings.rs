//! Writes the TypeScript types of everything that crosses IPC into `ui/src/generated/`
//! (by `cargo test`; `scripts/test.sh` then fails if the committed files differ). One test
//! exports them all: ts-rs merges types into a shared file only within one process, and a
//! second crate exporting on its own would start that file afresh.

#[cfg(test)]
mod tests {
    use ts_rs::TS;

    use crate::alerting::AlertSent;
    use crate::app_config::{AppInfo, Settings, SettingsChange};
    use crate::browser_sign_in::{SignInFinished, SignInStarted};
    use crate::connections::{ConnectionDraft, ConnectionVerdict, Connections, ConnectorForm};
    use crate::{ActivityItem, OrdersPage, OrdersQuery, RemedyOutcome, ResendProgress};

    #[test]
    fn export_typescript_bindings() {
        osd_model::CheckReport::export_all().unwrap();
        osd_doctor::remedy::RemedyPreview::export_all().unwrap();
        osd_doctor::reconcile::Reconciliation::export_all().unwrap();
        AppInfo::export_all().unwrap();
        crate::last_check::LastCheck::export_all().unwrap();
        crate::export_pull::PullProgress::export_all().unwrap();
        Settings::export_all().unwrap();
        SettingsChange::export_all().unwrap();
        AlertSent::export_all().unwrap();
        ConnectionDraft::export_all().unwrap();
        ConnectionVerdict::export_all().unwrap();
        Connections::export_all().unwrap();
        ConnectorForm::export_all().unwrap();
        OrdersQuery::export_all().unwrap();
        OrdersPage::export_all().unwrap();
        ActivityItem::export_all().unwrap();
        ResendProgress::export_all().unwrap();
        RemedyOutcome::export_all().unwrap();
        SignInStarted::export_all().unwrap();
        SignInFinished::export_all().unwrap();
        osd_doctor::plan::FixPlan::export_all().unwrap();
        crate::PlanPreview::export_all().unwrap();
        crate::PlanProgress::export_all().unwrap();
        crate::PlanOutcome::export_all().unwrap();
        crate::software_update::UpdateStatus::export_all().unwrap();
        crate::software_update::UpdateProgress::export_all().unwrap();
    }
}
