//! NetSuite through the whole app: an order whose answer was lost is in NetSuite once with
//! its lines once, however often it is sent; a role without a permission is named where it
//! bites (step 1 for the connection test, step 2 for a write).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use osd_connectors::{CallError, ConnectionReport, Erp, ErpOrder, ErpOrderDraft, ErpOrderState};
use osd_doctor::MasterIndex;
use osd_model::{ErpRules, FindingCode, MasterData};
use osd_resend::{Options, Resender};
use osd_session::demo::{self, ErpSimulator};
use osd_session::Selection;
use osd_simulators::demo::Scenario;
use osd_simulators::netsuite::NetSuiteSimulator;
use osd_store::Outcome;

mod support;
use support::start;

fn netsuite(demo: &demo::Demo) -> &NetSuiteSimulator {
    let ErpSimulator::NetSuite(sim) = &demo.erp else {
        panic!("the demo runs on NetSuite");
    };
    sim
}

/// An order nothing holds back: (name, external id, lines on the store order).
fn never_sent(demo: &demo::Demo) -> (String, String, usize) {
    let order = demo
        .world
        .orders
        .iter()
        .find(|o| o.scenario == Scenario::NeverSent)
        .unwrap();
    (
        order.shop.order.name.clone(),
        demo.external_id(order),
        order.shop.order.lines.len(),
    )
}

/// Resend one order the way the app does: looked up first, then written.
async fn resend(session: &osd_session::Session, name: &str) -> Vec<osd_resend::ResendResult> {
    session
        .reprocess(
            &Selection::Orders(vec![name.to_string()]),
            Options::default(),
            |_| {},
        )
        .await
        .unwrap()
}

/// A sender whose lookup ran before another write of the same order landed: a second app
/// window, the monitor and a manual resend racing, or a lookup lost with the answer it
/// followed. It finds nothing, so it writes; only the upsert keeps that safe.
struct LookedTooEarly<'a>(&'a dyn Erp);

#[async_trait::async_trait]
impl Erp for LookedTooEarly<'_> {
    fn system(&self) -> &'static str {
        self.0.system()
    }
    fn rules(&self) -> ErpRules {
        self.0.rules()
    }
    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        self.0.test_connection().await
    }
    async fn load_master_data(&self) -> Result<MasterData, CallError> {
        self.0.load_master_data().await
    }
    async fn find_orders(&self, _: &[String]) -> Result<Vec<ErpOrder>, CallError> {
        Ok(Vec::new())
    }
    fn payload(&self, draft: &ErpOrderDraft) -> serde_json::Value {
        self.0.payload(draft)
    }
    async fn create_order(&self, draft: &ErpOrderDraft) -> Result<String, CallError> {
        self.0.create_order(draft).await
    }
    async fn order_status(&self, erp_id: &str) -> Result<ErpOrder, CallError> {
        self.0.order_status(erp_id).await
    }
}

/// The task's case: the write committed, its answer was lost, and the order was sent again
/// by a sender that did not see it yet. NetSuite holds it once, with its lines once.
#[tokio::test]
async fn an_order_resent_after_its_answer_was_lost_holds_its_lines_once() {
    let (_dir, demo, session) = start().await;
    let (name, external_id, lines) = never_sent(&demo);
    let stored = session.db.find_orders(&[name]).await.unwrap().remove(0);
    let index = MasterIndex::new(session.erp.load_master_data().await.unwrap());
    let mappings = session.db.mappings().await.unwrap();
    let blind = LookedTooEarly(session.erp.as_ref());
    let resender = Resender {
        db: &session.db,
        erp: &blind,
        index: &index,
        mappings: &mappings,
        options: Options::default(),
    };
    netsuite(&demo).update(|s| s.faults.timeout_after_commit.insert(external_id.clone()));
    let lost = resender.resend_one(&stored).await.unwrap();
    assert_eq!(lost.code, Some(FindingCode::ErpTimeout), "{lost:?}");
    let again = resender.resend_one(&stored).await.unwrap();
    assert_eq!(again.outcome, Outcome::Created, "{again:?}");

    let held: Vec<_> = netsuite(&demo)
        .sales_orders()
        .into_iter()
        .filter(|o| o.external_id == external_id)
        .collect();
    assert_eq!(held.len(), 1, "one sales order");
    assert_eq!(held[0].writes, 2, "written twice, as the senders did");
    assert_eq!(
        held[0].lines.len(),
        lines,
        "its lines once: {:?}",
        held[0].lines
    );
    assert_eq!(
        again.verified,
        Some(ErpOrderState::Open),
        "read back as open"
    );
}

/// The app's own path: after a lost answer every resend looks the order up first, finds
/// it, and writes nothing more.
#[tokio::test]
async fn a_resend_after_a_lost_answer_finds_the_order_and_writes_it_once() {
    let (_dir, demo, session) = start().await;
    let (name, external_id, lines) = never_sent(&demo);
    netsuite(&demo).update(|s| s.faults.timeout_after_commit.insert(external_id.clone()));
    for round in 0..2 {
        let results = resend(&session, &name).await;
        let expected = if round == 0 {
            Outcome::Created
        } else {
            Outcome::AlreadyInErp
        };
        assert_eq!(
            results[0].outcome, expected,
            "round {round}: {:?}",
            results[0]
        );
        assert_eq!(results[0].verified, Some(ErpOrderState::Open));
    }
    let held: Vec<_> = netsuite(&demo)
        .sales_orders()
        .into_iter()
        .filter(|o| o.external_id == external_id)
        .collect();
    assert_eq!(
        (held.len(), held[0].writes, held[0].lines.len()),
        (1, 1, lines)
    );
}

/// Audit: INSUFFICIENT_PERMISSION is its own finding, with where to add the permission:
/// in step 1 when the connection test meets it, in step 2 when a write does.
#[tokio::test]
async fn a_role_without_a_permission_is_named_in_step_1_and_step_2() {
    let (_dir, demo, session) = start().await;
    let sim = netsuite(&demo);
    let place = "Setup → Users/Roles → Manage Roles → the integration's role → Permissions";

    sim.update(|s| s.role.lacks.insert("Lists -> Subsidiaries".into()));
    let report = session.check().await.unwrap();
    let first = report.steps[0]
        .findings
        .iter()
        .find(|f| f.code == FindingCode::ErpPermissionMissing)
        .unwrap_or_else(|| panic!("{:?}", report.steps[0].findings));
    assert_eq!(first.key.as_deref(), Some("Lists -> Subsidiaries"));
    assert!(first.detail.contains(place), "{}", first.detail);
    assert!(
        !report.steps[0]
            .findings
            .iter()
            .any(|f| f.code == FindingCode::ErpAuthFailed),
        "the login itself works"
    );

    sim.update(|s| {
        s.role.lacks.clear();
        s.role.lacks.insert("Transactions -> Sales Order".into());
    });
    let (name, _, _) = never_sent(&demo);
    let results = resend(&session, &name).await;
    assert_eq!(results[0].code, Some(FindingCode::ErpPermissionMissing));
    let report = session.check().await.unwrap();
    assert!(!report.steps[0]
        .findings
        .iter()
        .any(|f| f.code == FindingCode::ErpPermissionMissing));
    let second = report.steps[1]
        .findings
        .iter()
        .find(|f| f.code == FindingCode::ErpPermissionMissing)
        .unwrap_or_else(|| panic!("{:?}", report.steps[1].findings));
    assert_eq!(second.key.as_deref(), Some("Transactions -> Sales Order"));
    assert_eq!(second.orders, vec![name]);
    assert!(second.detail.contains(place), "{}", second.detail);
}
