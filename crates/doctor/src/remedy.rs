//! Remedies: what the app can do about a finding, named by a stable id the CLI and the app
//! pass back (`map-sku:TSHRT-BLK-M=TSHIRT-BLK-M`, `policy:closed-period=first-open`,
//! `resend:erp_timeout`), and the preview of exactly what applying one changes.

use osd_connectors::{NewCustomer, NewItem};
use osd_model::{FindingCode, Order, Remedy, Severity};
use osd_store::{MappingKind, Mappings, Policy};
use serde::Serialize;

use crate::catalogue::{self, Context};
use crate::resolve::{no_code_title, GUEST_CHECKOUT};
use crate::{preflight, MasterIndex};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemedyAction {
    /// Translate a store value to an ERP value from now on.
    Map {
        kind: MappingKind,
        from: String,
        to: String,
    },
    /// A remembered rule for every order it applies to.
    Policy { policy: Policy, value: String },
    /// Resend the orders that failed with this code (`None`: every order that is ready).
    Resend { code: Option<FindingCode> },
    /// Create the item in the ERP (where its API allows), named as the order lines name it.
    CreateItem { sku: String },
    /// Create the customer in the ERP: for one e-mail, or the one guest checkouts book to.
    CreateCustomer { key: String },
    /// Run again in the integration tool its failed runs of one root cause (`None`: all),
    /// each order looked up in the ERP first.
    RetryInMiddleware {
        cause: Option<(FindingCode, Option<String>)>,
    },
}

impl RemedyAction {
    pub fn id(&self) -> String {
        match self {
            Self::Map { kind, from, to } => format!("map-{}:{from}={to}", kind.as_str()),
            Self::Policy { policy, value } => format!("policy:{}={value}", policy.as_str()),
            Self::Resend { code: Some(code) } => format!("resend:{code}"),
            Self::Resend { code: None } => "resend:ready".into(),
            Self::CreateItem { sku } => format!("create-item:{sku}"),
            Self::CreateCustomer { key } => format!("create-customer:{key}"),
            Self::RetryInMiddleware { cause: None } => "retry-in-middleware:all".into(),
            Self::RetryInMiddleware {
                cause: Some((code, None)),
            } => format!("retry-in-middleware:{code}"),
            Self::RetryInMiddleware {
                cause: Some((code, Some(key))),
            } => format!("retry-in-middleware:{code}={key}"),
        }
    }

    /// Read an id back; `None` for anything that is not one this version writes.
    pub fn parse(id: &str) -> Option<Self> {
        let (verb, rest) = id.split_once(':')?;
        match verb {
            "resend" if rest == "ready" => Some(Self::Resend { code: None }),
            "resend" => FindingCode::parse(rest).map(|code| Self::Resend { code: Some(code) }),
            "create-item" if !rest.trim().is_empty() => Some(Self::CreateItem {
                sku: rest.to_string(),
            }),
            "retry-in-middleware" if rest == "all" => Some(Self::RetryInMiddleware { cause: None }),
            "retry-in-middleware" => {
                let (code, key) = match rest.split_once('=') {
                    Some((code, key)) if !key.is_empty() => (code, Some(key.to_string())),
                    Some(_) => return None,
                    None => (rest, None),
                };
                FindingCode::parse(code).map(|code| Self::RetryInMiddleware {
                    cause: Some((code, key)),
                })
            }
            "create-customer" if !rest.trim().is_empty() => Some(Self::CreateCustomer {
                key: rest.to_string(),
            }),
            "policy" => {
                let (name, value) = rest.split_once('=')?;
                let policy = Policy::parse(name)?;
                policy.values().contains(&value).then(|| Self::Policy {
                    policy,
                    value: value.to_string(),
                })
            }
            _ => {
                let kind = MappingKind::parse(verb.strip_prefix("map-")?)?;
                // ERP ids and codes hold no "=", store values sometimes do: split at the last.
                let (from, to) = rest.rsplit_once('=')?;
                (!from.is_empty() && !to.trim().is_empty()).then(|| Self::Map {
                    kind,
                    from: from.to_string(),
                    to: to.trim().to_string(),
                })
            }
        }
    }

    /// Whether a problem is the kind this remedy answers (it may still not clear it).
    fn answers(&self, code: FindingCode, key: Option<&str>) -> bool {
        use FindingCode as F;
        match self {
            Self::Map { kind, from, .. } => {
                let code_matches = matches!(
                    (kind, code),
                    (MappingKind::Sku, F::SkuNotFound)
                        | (MappingKind::Customer, F::CustomerNotFound)
                        | (MappingKind::Country, F::CountryCodeMismatch)
                        | (MappingKind::State, F::StateCodeMismatch)
                        | (MappingKind::Tax, F::TaxCodeUnmapped)
                        | (MappingKind::Currency, F::CurrencyInactive)
                );
                code_matches && key.is_some_and(|k| k == from || tax_title(k) == from)
            }
            Self::Policy { policy, .. } => matches!(
                (policy, code),
                (Policy::ClosedPeriod, F::PeriodClosed)
                    | (Policy::FitText, F::FieldTooLong | F::UnsupportedCharacters)
            ),
            Self::CreateItem { sku } => code == F::SkuNotFound && key == Some(sku.as_str()),
            Self::CreateCustomer { key: wanted } => {
                code == F::CustomerNotFound && key == Some(wanted.as_str())
            }
            Self::Resend { .. } | Self::RetryInMiddleware { .. } => false,
        }
    }
}

/// The tax title inside a tax finding's key, "CO State Tax (2.9%)" → "CO State Tax".
fn tax_title(key: &str) -> &str {
    key.rsplit_once(" (").map(|(title, _)| title).unwrap_or(key)
}

/// The item number given to an item created for lines with no product code: their title in
/// capitals, words joined by hyphens, at most 20 characters (Business Central's `No.` is a
/// Code[20], the shortest of the ERPs'): "Custom amount" → `CUSTOM-AMOUNT`.
pub fn item_code_for(title: &str) -> String {
    let mut code = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            code.push(c.to_ascii_uppercase());
        } else if !code.is_empty() && !code.ends_with('-') {
            code.push('-');
        }
    }
    let code: String = code.chars().take(20).collect();
    let code = code.trim_end_matches('-');
    if code.is_empty() {
        "NO-CODE".into()
    } else {
        code.to_string()
    }
}

/// The name of the customer created for guest checkouts.
pub const GUEST_CUSTOMER: &str = "Web Store Guests";

/// The remedies a finding offers, labelled for the person choosing.
pub fn remedies_for(
    code: FindingCode,
    severity: Severity,
    key: Option<&str>,
    suggestion: Option<(&str, Option<&str>)>,
    count: usize,
    ctx: &Context,
) -> Vec<Remedy> {
    use FindingCode as F;
    // `name` is how people know the value the action uses, when that is an id.
    let remedy = |action: RemedyAction, name: Option<&str>| Remedy {
        label: catalogue::remedy_label(&action, count, name, ctx),
        id: action.id(),
    };
    let map = |kind: MappingKind, from: &str, to: &str| RemedyAction::Map {
        kind,
        from: from.to_string(),
        to: to.to_string(),
    };
    // A rule already applied needs nothing more; its undo is in the activity log.
    if severity == Severity::Info {
        return vec![];
    }
    match (code, key, suggestion) {
        (c, ..) if c.is_transient() || c == F::ErpAuthFailed => {
            vec![remedy(RemedyAction::Resend { code: Some(c) }, None)]
        }
        (F::SkuNotFound, Some(from), Some((to, _))) => {
            vec![remedy(map(MappingKind::Sku, from, to), None)]
        }
        // No item comes close: it is a new product, which the ERP can be given; lines with no
        // product code (a till's custom amount, a tip) get an item named after their title.
        (F::SkuNotFound, Some(sku), None) if ctx.creates_records && !sku.trim().is_empty() => {
            vec![remedy(
                RemedyAction::CreateItem {
                    sku: sku.to_string(),
                },
                None,
            )]
        }
        (F::CustomerNotFound, Some(key), suggestion) => {
            let mut offered = Vec::new();
            if let (GUEST_CHECKOUT, Some((id, name))) = (key, suggestion) {
                offered.push(remedy(map(MappingKind::Customer, GUEST_CHECKOUT, id), name));
            }
            if ctx.creates_records {
                offered.push(remedy(
                    RemedyAction::CreateCustomer {
                        key: key.to_string(),
                    },
                    None,
                ));
            }
            offered
        }
        (F::CountryCodeMismatch, Some(from), Some((to, _))) => {
            vec![remedy(map(MappingKind::Country, from, to), None)]
        }
        (F::StateCodeMismatch, Some(from), Some((to, _))) => {
            vec![remedy(map(MappingKind::State, from, to), None)]
        }
        (F::TaxCodeUnmapped, Some(key), Some((id, name))) => {
            vec![remedy(map(MappingKind::Tax, tax_title(key), id), name)]
        }
        (F::PeriodClosed, ..) => vec![remedy(
            RemedyAction::Policy {
                policy: Policy::ClosedPeriod,
                value: "first-open".into(),
            },
            None,
        )],
        (F::FieldTooLong | F::UnsupportedCharacters, ..) => vec![remedy(
            RemedyAction::Policy {
                policy: Policy::FitText,
                value: "on".into(),
            },
            None,
        )],
        _ => vec![],
    }
}

/// Exactly what applying a remedy changes, before anything is written.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export_to = "remedy.ts")]
pub struct RemedyPreview {
    pub remedy: String,
    /// The decision recorded, in words.
    pub change: String,
    /// What is written to the ERP by applying it (nothing, for mappings and rules).
    pub erp_change: String,
    /// Orders this remedy unblocks: nothing else holds them back afterwards.
    pub clears: Vec<String>,
    /// Orders it helps that still wait on something else.
    pub still_blocked: Vec<String>,
    /// How each affected order will be sent differently ("#1050: city … is sent as …").
    pub notes: Vec<String>,
}

fn blocked(problems: &[crate::Problem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}

/// The id a record to be created stands under in a preview.
const NEW_RECORD: &str = "(new)";

/// What a create remedy would create, described from the orders that need it.
#[derive(Debug, Clone, PartialEq)]
pub enum NewRecord {
    Item(NewItem),
    Customer(NewCustomer),
}

pub fn new_record(action: &RemedyAction, orders: &[(&str, &Order)]) -> Option<NewRecord> {
    match action {
        RemedyAction::CreateItem { sku: key } if no_code_title(key).is_some() => {
            let title = no_code_title(key).unwrap_or_default();
            Some(NewRecord::Item(NewItem {
                sku: item_code_for(title),
                name: title.to_string(),
            }))
        }
        RemedyAction::CreateItem { sku } => {
            let name = orders
                .iter()
                .flat_map(|(_, o)| o.lines.iter())
                .find(|l| l.sku.as_deref() == Some(sku.as_str()))
                .map(|l| l.title.clone())
                .unwrap_or_else(|| sku.clone());
            Some(NewRecord::Item(NewItem {
                sku: sku.clone(),
                name,
            }))
        }
        RemedyAction::CreateCustomer { key } if key == GUEST_CHECKOUT => {
            Some(NewRecord::Customer(NewCustomer {
                key: key.clone(),
                name: GUEST_CUSTOMER.into(),
                email: None,
            }))
        }
        RemedyAction::CreateCustomer { key } => {
            let buyer = orders.iter().map(|(_, o)| &o.customer).find(|c| {
                c.email
                    .as_deref()
                    .is_some_and(|e| e.eq_ignore_ascii_case(key))
            });
            Some(NewRecord::Customer(NewCustomer {
                key: key.clone(),
                name: buyer.map(|c| c.name.clone()).unwrap_or_else(|| key.clone()),
                email: Some(key.clone()),
            }))
        }
        _ => None,
    }
}

/// Preview a remedy against the orders not yet in the ERP.
pub fn preview(
    action: &RemedyAction,
    orders: &[(&str, &Order)],
    index: &MasterIndex,
    mappings: &Mappings,
    ctx: &Context,
) -> RemedyPreview {
    preview_then(action, orders, index, mappings, ctx).0
}

/// Preview remedies applied one after the other, each against what the ones before it leave:
/// the fix plan's preview, where an order two remedies answer is cleared by the second.
/// Returns the previews and the mappings and master data once all are applied.
pub fn preview_in_turn(
    actions: &[RemedyAction],
    orders: &[(&str, &Order)],
    index: &MasterIndex,
    mappings: &Mappings,
    ctx: &Context,
) -> (Vec<RemedyPreview>, Mappings, MasterIndex) {
    let mut mappings = mappings.clone();
    let mut index = MasterIndex::new(index.data.clone());
    let mut previews = Vec::with_capacity(actions.len());
    for action in actions {
        let (preview, after_mappings, after_index) =
            preview_then(action, orders, &index, &mappings, ctx);
        previews.push(preview);
        mappings = after_mappings;
        if let Some(after_index) = after_index {
            index = after_index;
        }
    }
    (previews, mappings, index)
}

/// The preview, and the mappings and (when a record is created) master data it leaves.
fn preview_then(
    action: &RemedyAction,
    orders: &[(&str, &Order)],
    index: &MasterIndex,
    mappings: &Mappings,
    ctx: &Context,
) -> (RemedyPreview, Mappings, Option<MasterIndex>) {
    let erp = ctx.erp.as_str();
    let mut after_mappings = mappings.clone();
    match action {
        RemedyAction::Map { kind, from, to } => after_mappings.insert(*kind, from, to),
        RemedyAction::Policy { policy, value } => after_mappings.policies.set(*policy, value),
        RemedyAction::CreateCustomer { key } if key == GUEST_CHECKOUT => {
            after_mappings.insert(MappingKind::Customer, GUEST_CHECKOUT, NEW_RECORD)
        }
        RemedyAction::CreateItem { sku: key } => {
            if let Some(title) = no_code_title(key) {
                after_mappings.insert(MappingKind::Sku, key, &item_code_for(title));
            }
        }
        _ => {}
    }
    let change = catalogue::remedy_change(action, mappings, ctx.language);
    let created = new_record(action, orders);
    let after_index = created.as_ref().map(|record| {
        let mut data = index.data.clone();
        match record {
            NewRecord::Item(item) => data.items.push(osd_model::ErpItem {
                id: NEW_RECORD.into(),
                sku: item.sku.clone(),
                active: true,
            }),
            NewRecord::Customer(customer) => data.customers.push(osd_model::ErpCustomer {
                id: NEW_RECORD.into(),
                email: customer.email.clone(),
                name: customer.name.clone(),
            }),
        }
        MasterIndex::new(data)
    });
    let erp_change = catalogue::remedy_erp_change(created.as_ref(), erp, ctx.language);
    let mut result = RemedyPreview {
        remedy: action.id(),
        change,
        erp_change,
        clears: vec![],
        still_blocked: vec![],
        notes: vec![],
    };
    let index_after = after_index.as_ref().unwrap_or(index);
    for (name, order) in orders {
        let before = preflight(order, index, mappings).problems;
        let answered: Vec<_> = before
            .iter()
            .filter(|p| p.severity != Severity::Info && action.answers(p.code, p.key.as_deref()))
            .collect();
        if answered.is_empty() {
            continue;
        }
        let after = preflight(order, index_after, &after_mappings).problems;
        let gone = answered.iter().all(|p| {
            !after
                .iter()
                .any(|q| q.code == p.code && q.key == p.key && q.severity != Severity::Info)
        });
        if !gone {
            continue;
        }
        result.notes.extend(
            after
                .iter()
                .filter(|q| q.severity == Severity::Info && action.answers(q.code, None))
                .map(|q| format!("{name}: {}", q.detail)),
        );
        if blocked(&after) {
            result.still_blocked.push(name.to_string());
        } else {
            result.clears.push(name.to_string());
        }
    }
    (result, after_mappings, after_index)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn till_ctx() -> Context {
        Context {
            store: "Square".into(),
            erp: "NetSuite".into(),
            creates_records: true,
            language: osd_i18n::Language::English,
        }
    }

    /// A till's sale: a custom amount with no product code and two bunches of tulips.
    fn till_sale() -> Order {
        serde_json::from_value(serde_json::json!({
            "store_id": "SQ-1", "name": "#SQ-1", "source": "square",
            "created_at": "2026-12-01T10:00:00Z", "currency": "USD",
            "customer": {"name": "Ada Lovelace", "email": "ada@example.com", "guest": false},
            "billing": null, "shipping": null,
            "lines": [
                {"sku": null, "title": "Custom amount", "quantity": "1", "unit_price": "12.00", "tax_lines": []},
                {"sku": "TULIPS", "title": "Tulips", "quantity": "2", "unit_price": "6.00", "tax_lines": [],
                 "unit": {"symbol": "bn", "name": "bunch"}}
            ],
            "tax_lines": [], "taxes_included": false, "shipping_total": "0", "discount_total": "0",
            "subtotal": "24.00", "total_tax": "0", "total": "24.00", "note": null,
            "presentment_currency": null, "store_status": null
        }))
        .unwrap()
    }

    fn erp_with(items: &[&str], units: &[&[&str]]) -> MasterIndex {
        MasterIndex::new(osd_model::MasterData {
            items: items
                .iter()
                .map(|sku| osd_model::ErpItem {
                    id: format!("id-{sku}"),
                    sku: sku.to_string(),
                    active: true,
                })
                .collect(),
            customers: vec![osd_model::ErpCustomer {
                id: "C1".into(),
                email: Some("ada@example.com".into()),
                name: "Ada Lovelace".into(),
            }],
            currencies: vec![osd_model::ErpCurrency {
                id: "1".into(),
                code: "USD".into(),
                active: true,
            }],
            units: units
                .iter()
                .enumerate()
                .map(|(i, names)| osd_model::ErpUnit {
                    id: i.to_string(),
                    names: names.iter().map(|n| n.to_string()).collect(),
                })
                .collect(),
            ..osd_model::MasterData::default()
        })
    }

    #[test]
    fn a_line_without_a_product_code_is_named_by_its_title_and_gets_an_item_of_its_own() {
        let ctx = till_ctx();
        let sale = till_sale();
        let index = erp_with(&["TULIPS"], &[&["PCS", "Piece"], &["LB", "Pound"]]);
        let problems = preflight(&sale, &index, &Mappings::default()).problems;
        let custom = crate::no_code_key("Custom amount");
        let no_code = problems
            .iter()
            .find(|p| p.code == FindingCode::SkuNotFound)
            .unwrap();
        assert_eq!(no_code.key.as_deref(), Some(custom.as_str()));
        let said = catalogue::message(FindingCode::SkuNotFound, 1, Some(&custom), &ctx);
        assert!(
            said.contains("\"Custom amount\" with no product code")
                && !said.contains("no product code:"),
            "{said}"
        );
        let fix = catalogue::fix(FindingCode::SkuNotFound, Some(&custom), None, &ctx);
        assert!(
            fix.contains("Square") && fix.contains("\"Custom amount\""),
            "{fix}"
        );

        let offered = remedies_for(
            FindingCode::SkuNotFound,
            Severity::Error,
            Some(&custom),
            None,
            1,
            &ctx,
        );
        assert_eq!(offered.len(), 1, "{offered:?}");
        assert_eq!(offered[0].id, format!("create-item:{custom}"));
        assert!(
            offered[0]
                .label
                .contains("\"CUSTOM-AMOUNT\" (\"Custom amount\")"),
            "{}",
            offered[0].label
        );
        let action = RemedyAction::parse(&offered[0].id).unwrap();
        let orders = [("#SQ-1", &sale)];
        let previewed = preview(&action, &orders, &index, &Mappings::default(), &ctx);
        assert!(
            previewed.erp_change.contains("CUSTOM-AMOUNT"),
            "{}",
            previewed.erp_change
        );
        // The bunch of tulips still holds the sale back.
        assert_eq!(previewed.still_blocked, ["#SQ-1"]);
        assert!(previewed.clears.is_empty());

        // An ERP item with the line's name is offered instead, as a mapping.
        let named = erp_with(&["TULIPS", "CUSTOM-AMOUNT"], &[&["Bunches"]]);
        let problems = preflight(&sale, &named, &Mappings::default()).problems;
        let no_code = problems
            .iter()
            .find(|p| p.code == FindingCode::SkuNotFound)
            .unwrap();
        assert_eq!(no_code.suggestion.as_deref(), Some("CUSTOM-AMOUNT"));
        let offered = remedies_for(
            FindingCode::SkuNotFound,
            Severity::Error,
            Some(&custom),
            Some(("CUSTOM-AMOUNT", None)),
            1,
            &ctx,
        );
        assert_eq!(offered[0].id, format!("map-sku:{custom}=CUSTOM-AMOUNT"));
        let action = RemedyAction::parse(&offered[0].id).unwrap();
        let previewed = preview(&action, &orders, &named, &Mappings::default(), &ctx);
        assert_eq!(previewed.clears, ["#SQ-1"], "{previewed:?}");
        assert_eq!(
            previewed.change,
            "Lines \"Custom amount\" with no product code are booked to the item \"CUSTOM-AMOUNT\""
        );
        // A product that has a code is still offered its own item.
        let offered = remedies_for(
            FindingCode::SkuNotFound,
            Severity::Error,
            Some("CANDLE-LAV-XL"),
            None,
            2,
            &ctx,
        );
        assert_eq!(offered[0].id, "create-item:CANDLE-LAV-XL");
        assert_eq!(item_code_for("Tip"), "TIP");
        assert_eq!(
            item_code_for("  Gift wrap & card, large!! "),
            "GIFT-WRAP-CARD-LARGE"
        );
        assert_eq!(item_code_for("🎁"), "NO-CODE");
    }

    #[test]
    fn a_unit_the_erp_lacks_holds_the_line_back_and_one_it_keeps_does_not() {
        let ctx = till_ctx();
        let sale = till_sale();
        let mappings = Mappings::default();
        let unit_problems = |index: &MasterIndex| -> Vec<crate::Problem> {
            preflight(&sale, index, &mappings)
                .problems
                .into_iter()
                .filter(|p| p.code == FindingCode::UnitNotFound)
                .collect()
        };
        let lacking = unit_problems(&erp_with(&["TULIPS"], &[&["PCS", "Piece", "H87"], &["KG"]]));
        assert_eq!(lacking.len(), 1);
        assert_eq!(lacking[0].severity, Severity::Error);
        assert_eq!(lacking[0].key.as_deref(), Some("bunch (bn)"));
        assert!(
            lacking[0].detail.contains("Tulips"),
            "{}",
            lacking[0].detail
        );
        let said = catalogue::message(FindingCode::UnitNotFound, 3, Some("bunch (bn)"), &ctx);
        assert_eq!(
            said,
            "3 orders have a line sold by the bunch (bn), a unit NetSuite does not have."
        );
        assert!(
            catalogue::fix(FindingCode::UnitNotFound, Some("bunch (bn)"), None, &ctx)
                .contains("pieces")
        );
        assert_eq!(FindingCode::UnitNotFound.order_step(), 3);
        assert!(unit_problems(&erp_with(&["TULIPS"], &[&["BUNCH"]])).is_empty());
        assert!(
            unit_problems(&erp_with(&["TULIPS"], &[])).is_empty(),
            "units that were not read are not asked about"
        );
    }

    #[test]
    fn ids_round_trip_and_nonsense_is_refused() {
        let actions = [
            RemedyAction::Map {
                kind: MappingKind::Sku,
                from: "A=B".into(),
                to: "C".into(),
            },
            RemedyAction::Map {
                kind: MappingKind::Customer,
                from: GUEST_CHECKOUT.into(),
                to: "2060".into(),
            },
            RemedyAction::Policy {
                policy: Policy::ClosedPeriod,
                value: "first-open".into(),
            },
            RemedyAction::Resend {
                code: Some(FindingCode::ErpTimeout),
            },
            RemedyAction::Resend { code: None },
            RemedyAction::CreateItem {
                sku: "CANDLE-LAV-XL".into(),
            },
            RemedyAction::CreateCustomer {
                key: GUEST_CHECKOUT.into(),
            },
            RemedyAction::RetryInMiddleware { cause: None },
            RemedyAction::RetryInMiddleware {
                cause: Some((FindingCode::ErpTimeout, None)),
            },
            RemedyAction::RetryInMiddleware {
                cause: Some((FindingCode::SkuNotFound, Some("MUG=RED".into()))),
            },
        ];
        for action in actions {
            assert_eq!(RemedyAction::parse(&action.id()), Some(action));
        }
        for bad in [
            "",
            "map-sku:",
            "map-sku:A=",
            "map-nope:A=B",
            "policy:fit-text=maybe",
            "resend:nope",
            "retry-in-middleware:",
            "retry-in-middleware:sku_not_found=",
            "drop-table:x",
        ] {
            assert_eq!(RemedyAction::parse(bad), None, "{bad}");
        }
    }
}
