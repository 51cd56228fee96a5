//! The SAP Business One connector and simulator against SAP's own Service Layer `$metadata`
//! (shared/vendor-specs/sap_b1, v1 and v2 as a real Service Layer serves them). Every entity
//! set, action, property, `$select` / `$filter` / `$orderby` name and enum member the
//! connector uses, and every one the simulator serves, must be in it: read from the
//! connector's own builders (`sap_b1::wire`), and from every exchange of a full run against
//! the simulator (its journal), so a name the vendor does not have fails here. Runs with the
//! connector's tests: `cargo test -p osd-connectors --test sap_b1 conformance`.

mod conform;
mod edmx;

use std::sync::LazyLock;

use chrono::NaiveDate;
use osd_connectors::sap_b1::wire::{self, Filter, Read, TaxField};
use osd_connectors::sap_b1::{periods, SapClient};
use osd_connectors::{Erp, ErpOrderDraft, NewCustomer, NewItem, Ref};
use osd_simulators::sap_b1::{self as sim, DocumentKind, SapSimulator, SapVatGroup};
use osd_simulators::vendor_specs;
use rust_decimal_macros::dec;

use edmx::{Metadata, TypeRef};

static V1: LazyLock<Metadata> = LazyLock::new(|| load("sap_b1/SAPB1-service-layer-v1.edmx.gz"));
static V2: LazyLock<Metadata> = LazyLock::new(|| load("sap_b1/SAPB1-service-layer-v2.edmx.gz"));

fn load(artifact: &str) -> Metadata {
    let text = vendor_specs::read(artifact).unwrap_or_else(|e| panic!("{e}"));
    let md = Metadata::parse(&text);
    assert!(
        md.entity_sets.len() > 300,
        "{artifact}: {} entity sets",
        md.entity_sets.len()
    );
    md
}

/// Both versions: the connector speaks v1 (`/b1s/v1`) and keeps to names v2 also has.
fn both() -> [(&'static str, &'static Metadata); 2] {
    [("v1", &V1), ("v2", &V2)]
}

fn assert_fits(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "not in SAP's $metadata:\n{}",
        problems.join("\n")
    );
}

/// Runs `check` against v1 and v2 and fails with every problem found, each with its version.
fn fits_both(check: impl Fn(&Metadata, &mut Vec<String>)) {
    let mut problems = Vec::new();
    for (version, md) in both() {
        let mut found = Vec::new();
        check(md, &mut found);
        problems.extend(found.into_iter().map(|p| format!("{version} {p}")));
    }
    assert_fits(problems);
}

fn one(name: &str) -> TypeRef {
    TypeRef {
        name: name.into(),
        many: false,
    }
}

/// Every read the connector builds, with sample values.
fn reads() -> Vec<Read> {
    let (from, to) = (
        NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
    );
    let mut reads: Vec<Read> = wire::SALES_DOCUMENT_SETS
        .iter()
        .map(|set| wire::documents_dated(set, from, to))
        .collect();
    reads.extend([
        wire::items(),
        wire::customers(),
        wire::currencies(),
        wire::sales_tax_codes(),
        wire::vat_groups(),
        wire::units_of_measurement(),
        wire::orders_by_reference(&["shopify-1".into(), "shopify-2".into()]),
        wire::order("101").unwrap(),
        wire::item_by_code("TSHIRT-BLK-M"),
        wire::partner_for(&buyer(Some("ada@example.com"))),
        wire::partner_for(&buyer(None)),
    ]);
    reads
}

fn buyer(email: Option<&str>) -> NewCustomer {
    NewCustomer {
        key: email.unwrap_or("guest checkout").into(),
        name: "Ada Lovelace".into(),
        email: email.map(str::to_string),
    }
}

/// A draft with every field the body builder can write.
fn full_draft(reference: &str) -> ErpOrderDraft {
    super::draft(reference)
}

#[test]
fn every_read_names_an_entity_set_and_properties_sap_has() {
    fits_both(|md, problems| {
        for read in reads() {
            conform::read(md, &read, problems);
        }
    });
}

#[test]
fn every_body_the_connector_posts_fits_its_type() {
    for (version, md) in both() {
        let mut problems = Vec::new();
        for field in [TaxField::TaxCode, TaxField::VatGroup] {
            let body = wire::order_body(&full_draft("shopify-1"), field);
            conform::value(
                md,
                &one("Document"),
                &body,
                &format!("{version} Orders {field:?}"),
                &mut problems,
            );
        }
        let item = NewItem {
            sku: "CANDLE".into(),
            name: "Candle".into(),
        };
        conform::value(
            md,
            &one("Item"),
            &wire::item_body(&item),
            &format!("{version} Items"),
            &mut problems,
        );
        for customer in [buyer(Some("ada@example.com")), buyer(None)] {
            let body = wire::partner_body(&customer, "WEB0123456789A");
            conform::value(
                md,
                &one("BusinessPartner"),
                &body,
                &format!("{version} BusinessPartners"),
                &mut problems,
            );
        }
        assert_fits(problems);
    }
}

#[test]
fn the_actions_the_connector_calls_take_these_parameters_and_return_these_types() {
    for (version, md) in both() {
        let login = md
            .unbound(wire::LOGIN)
            .unwrap_or_else(|| panic!("{version}: no Login"));
        let mut problems = Vec::new();
        let body = wire::login_body("SBODEMOUS", "manager", "secret");
        conform::arguments(md, login, &body, &format!("{version} Login"), &mut problems);
        assert!(md.unbound(wire::LOGOUT).is_some(), "{version}: no Logout");
        let periods = md.unbound(wire::GET_PERIODS).unwrap();
        assert_eq!(
            periods.returns,
            Some(TypeRef {
                name: "PeriodCategoryParams".into(),
                many: true
            }),
            "{version}"
        );
        assert!(md
            .property("PeriodCategoryParams", "AbsoluteEntry")
            .is_some());
        let finance = md.unbound(wire::GET_FINANCE_PERIODS).unwrap();
        assert_eq!(
            finance.returns,
            Some(TypeRef {
                name: "FinancePeriod".into(),
                many: true
            }),
            "{version}"
        );
        let body = wire::finance_periods_body(1);
        conform::arguments(
            md,
            finance,
            &body,
            &format!("{version} {}", finance.name),
            &mut problems,
        );
        assert_eq!(
            md.property("FinancePeriod", "PeriodStatus")
                .map(|t| t.name.as_str()),
            Some("PeriodStatusEnum")
        );
        assert_fits(problems);
    }
}

#[test]
fn every_enum_member_the_connector_knows_is_sap_s_and_each_period_status_is_handled() {
    for (version, md) in both() {
        let mut problems = Vec::new();
        for (enum_type, members) in wire::ENUM_MEMBERS {
            let Some(known) = md.enums.get(*enum_type) else {
                problems.push(format!("{version}: no enum type {enum_type}"));
                continue;
            };
            for member in *members {
                if !known.iter().any(|m| m == member) {
                    problems.push(format!(
                        "{version}: {member} is not a member of {enum_type}"
                    ));
                }
            }
        }
        assert_fits(problems);
        // A status SAP adds would be read as "unknown" and refuse orders: it must be named.
        let mut statuses = md.enums["PeriodStatusEnum"].clone();
        statuses.sort();
        let mut handled = periods::MEMBERS.to_vec();
        handled.sort();
        assert_eq!(statuses, handled, "{version}");
    }
}

#[test]
fn everything_the_simulator_serves_is_in_the_metadata() {
    for (version, md) in both() {
        let mut problems = Vec::new();
        for set in sim::ENTITY_SETS {
            if !md.entity_sets.contains_key(*set) {
                problems.push(format!("{version}: no entity set {set}"));
            }
        }
        for action in sim::ACTIONS {
            if md.unbound(action).is_none() {
                problems.push(format!("{version}: no action {action}"));
            }
        }
        for (entity_type, action) in sim::BOUND_ACTIONS {
            if md.bound(entity_type, action).is_none() {
                problems.push(format!(
                    "{version}: no action {action} bound to {entity_type}"
                ));
            }
        }
        for (entity_type, properties) in sim::served_properties() {
            for property in properties {
                if md.property(entity_type, &property).is_none() {
                    problems.push(format!(
                        "{version}: {entity_type} has no property {property}"
                    ));
                }
            }
        }
        for status in sim::PeriodStatus::ALL {
            if !md.enums["PeriodStatusEnum"]
                .iter()
                .any(|m| m == status.wire())
            {
                problems.push(format!(
                    "{version}: {} is not a PeriodStatusEnum member",
                    status.wire()
                ));
            }
        }
        assert_fits(problems);
    }
}

async fn company() -> SapSimulator {
    let sim = super::company().await;
    sim.record();
    sim
}

fn client(sim: &SapSimulator) -> SapClient {
    super::client(sim, "1234")
}

/// Everything the connector does, against a US company and a VAT company.
async fn full_run() -> Vec<sim::Exchange> {
    let us = company().await;
    let c = client(&us);
    c.test_connection().await.unwrap();
    c.load_master_data().await.unwrap();
    assert!(c.find_order("shopify-1").await.unwrap().is_none());
    let id = c.create_order(&full_draft("shopify-1")).await.unwrap();
    c.find_orders(&["shopify-1".into(), "shopify-2".into()])
        .await
        .unwrap();
    us.copy_order(id.parse().unwrap(), DocumentKind::Invoice)
        .unwrap();
    c.order_status(&id).await.unwrap();
    us.update(|s| s.post_again("shopify-1", DocumentKind::Invoice))
        .unwrap()
        .unwrap();
    let november = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    c.list_documents(november(1), november(30)).await.unwrap();
    let item = NewItem {
        sku: "CANDLE-LAV-XL".into(),
        name: "Candle".into(),
    };
    c.create_item(&item).await.unwrap();
    c.create_item(&item).await.unwrap();
    for customer in [buyer(Some("new.buyer@example.com")), buyer(None)] {
        c.create_customer(&customer).await.unwrap();
        c.create_customer(&customer).await.unwrap();
    }
    c.logout().await;

    let vat = company().await;
    vat.update(|s| {
        s.sales_tax_codes.clear();
        s.vat_groups.push(SapVatGroup {
            code: "S1".into(),
            name: "Standard".into(),
            output: true,
            inactive: false,
            rates: vec![(NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(), dec!(19))],
        });
    });
    let c = client(&vat);
    c.load_master_data().await.unwrap();
    let mut draft = full_draft("vat-1");
    draft.tax_code = Some(Ref::Id("S1".into()));
    c.create_order(&draft).await.unwrap();

    let mut journal = us.journal();
    journal.extend(vat.journal());
    journal
}

#[tokio::test]
async fn every_exchange_of_a_full_run_fits_the_metadata() {
    let journal = full_run().await;
    let paths: Vec<&str> = journal.iter().map(|e| e.path.as_str()).collect();
    for expected in [
        "Login",
        "Invoices",
        "DeliveryNotes",
        "Items",
        "BusinessPartners",
        "CompanyService_GetPeriods",
        "CompanyService_GetFinancePeriods",
        "Orders",
        "SalesTaxCodes",
        "VatGroups",
        "Logout",
    ] {
        assert!(
            paths.contains(&expected),
            "the run never called {expected}: {paths:?}"
        );
    }
    assert!(journal.iter().all(|e| e.status < 500), "{journal:#?}");
    fits_both(|md, problems| {
        for exchange in &journal {
            conform::exchange(md, exchange, problems);
        }
    });
}

/// The checks themselves: a name SAP does not have is caught wherever it appears, so the
/// tests above cannot pass by checking nothing. These are the audit's own findings.
#[test]
fn the_checks_catch_names_sap_does_not_have() {
    let md = &*V1;
    let mut problems = Vec::new();
    let finance_periods = Read {
        entity_set: "FinancePeriods",
        key: None,
        select: &["PeriodCode"],
        filter: None,
        order_by: &[],
    };
    conform::read(md, &finance_periods, &mut problems);
    let bad_select = Read {
        entity_set: wire::ORDERS,
        key: None,
        select: &["DocEntry", "ExternalReference"],
        filter: Some(Filter::Eq("CardType", "cCustomer".into())),
        order_by: &["PostingDate"],
    };
    conform::read(md, &bad_select, &mut problems);
    let bad_member = Read {
        filter: Some(Filter::Eq("CardType", "customer".into())),
        ..wire::customers()
    };
    conform::read(md, &bad_member, &mut problems);
    let mut body = wire::order_body(&full_draft("x"), TaxField::TaxCode);
    body["DocumentLines"][0]["Sku"] = "A".into();
    body["Quantity"] = "2".into();
    conform::value(md, &one("Document"), &body, "Orders", &mut problems);
    conform::value(
        md,
        &one("FinancePeriod"),
        &serde_json::json!({"PeriodStatus": "psLocked"}),
        "FinancePeriod",
        &mut problems,
    );
    conform::value(
        md,
        &one("DocumentLine"),
        &serde_json::json!({"Quantity": "2"}),
        "line",
        &mut problems,
    );
    let joined = problems.join("\n");
    for expected in [
        "no entity set FinancePeriods",
        "Document has no property ExternalReference",
        "Document has no property CardType",
        "Document has no property PostingDate",
        "\"customer\" is not a member of BoCardTypes",
        "DocumentLine has no property Sku",
        "Document has no property Quantity",
        "\"psLocked\" is not a member of PeriodStatusEnum",
        "\"2\" is not an Edm.Double",
    ] {
        assert!(joined.contains(expected), "missed: {expected}\n{joined}");
    }
}
