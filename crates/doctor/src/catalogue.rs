//! Every text the doctor shows, worded from the Fluent message files
//! (`locales/<language>/doctor.ftl`) in the language the app speaks. Messages are one sentence
//! in a store manager's words; the fix says what to do; the "where to click" line names the
//! ERP's own screen. This module only chooses which message fits (a value named or not, a
//! guest checkout, a login rather than orders) and fills its placeables.

use osd_i18n::{Arg, Language, Words};
use osd_model::{FindingCode, OrderField};
use osd_store::{MappingKind, Mappings, Policy};

use crate::remedy::{item_code_for, NewRecord, RemedyAction, GUEST_CUSTOMER};
use crate::resolve::{no_code_title, GUEST_CHECKOUT};

/// The key of the weaker duplicate finding: documents alike in everything but the reference.
pub const LOOK_ALIKE: &str = "same customer, date, total and lines";

/// Names filled into the texts, and the language they are written in.
#[derive(Debug, Clone)]
pub struct Context {
    pub store: String,
    pub erp: String,
    /// The ERP's API can create items and customers, so those remedies are offered.
    pub creates_records: bool,
    pub language: Language,
}

impl Context {
    fn words(&self) -> &'static Words {
        Words::of(self.language)
    }
}

/// A finding code as the message ids spell it: `sku_not_found` → `sku-not-found`.
fn kebab(code: FindingCode) -> String {
    code.as_str().replace('_', "-")
}

/// The key as the sentence shows it: an order field's label ("address line 1", the value
/// whose characters the ERP refuses) in the user's language (the key
/// itself stays the English label, the same in every language, so findings keep their
/// identity when the language changes); any other key as it came.
fn shown_key(code: FindingCode, key: &str, words: &Words) -> String {
    if code != FindingCode::UnsupportedCharacters {
        return key.to_string();
    }
    OrderField::ALL
        .iter()
        .find(|field| field.label() == key)
        .map_or_else(
            || key.to_string(),
            |field| words.get(&format!("field-{}", field.label().replace(' ', "-"))),
        )
}

/// `id-keyless` when the value is unknown and the files word that case apart, else `id`.
fn keyless_or(words: &Words, id: String, key: &str) -> String {
    let keyless = format!("{id}-keyless");
    if key.is_empty() && words.has(&keyless) {
        keyless
    } else {
        id
    }
}

/// One sentence: what is wrong, and how many orders it holds back.
pub fn message(code: FindingCode, count: usize, key: Option<&str>, ctx: &Context) -> String {
    use FindingCode as F;
    let words = ctx.words();
    let key = key.unwrap_or("");
    let base = format!("finding-{}", kebab(code));
    let line = no_code_title(key);
    let id = match code {
        F::CustomerNotFound if key == GUEST_CHECKOUT => format!("{base}-guest"),
        F::SkuNotFound if line.is_some() => format!("{base}-no-code"),
        F::ErpDuplicates if key == LOOK_ALIKE => format!("{base}-look-alike"),
        // Without orders the finding is about the login itself.
        F::ErpAuthFailed | F::UnknownVendorAnswer if count == 0 => format!("{base}-login"),
        F::ErpPermissionMissing if count == 0 => keyless_or(words, format!("{base}-login"), key),
        _ => keyless_or(words, base, key),
    };
    // The system a message names when the finding is about another than the ERP (the
    // vendor that answered, the sign-in that ended, the integration tool).
    let system = if key.is_empty() {
        ctx.erp.as_str()
    } else {
        key
    };
    let shown = shown_key(code, key, words);
    words.with(
        &id,
        &[
            ("count", count.into()),
            ("erp", ctx.erp.as_str().into()),
            ("store", ctx.store.as_str().into()),
            ("key", shown.as_str().into()),
            ("system", system.into()),
            ("line", line.unwrap_or("").into()),
        ],
    )
}

/// What to do about it, in one line.
pub fn fix(
    code: FindingCode,
    key: Option<&str>,
    suggestion: Option<&str>,
    ctx: &Context,
) -> String {
    use FindingCode as F;
    let words = ctx.words();
    let erp = ctx.erp.as_str();
    let key = key.unwrap_or("");
    let base = format!("fix-{}", kebab(code));
    // A log that names no value says what to look for (`-keyless`); otherwise a value the app
    // proposes is named (`-suggested`), where the files word those cases apart.
    let variant = |id: String| {
        let id = keyless_or(words, id, key);
        let suggested = format!("{id}-suggested");
        if suggestion.is_some() && words.has(&suggested) {
            suggested
        } else {
            id
        }
    };
    let id = match code {
        F::StoreMaintenance | F::ErpMaintenance => "fix-maintenance".to_string(),
        F::CustomerNotFound if key == GUEST_CHECKOUT => variant(format!("{base}-guest")),
        F::SkuNotFound if no_code_title(key).is_some() => variant(format!("{base}-no-code")),
        F::ErpDuplicates if key == LOOK_ALIKE => format!("{base}-look-alike"),
        // The key names the version; one that starts with the ERP's name is the ERP's own
        // release (Odoo 17), which its owner upgrades, not this app.
        F::ApiVersionRetiring if !key.is_empty() && key.starts_with(erp) => format!("{base}-erp"),
        _ => variant(base),
    };
    words.with(
        &id,
        &[
            ("erp", erp.into()),
            ("store", ctx.store.as_str().into()),
            ("key", key.into()),
            ("suggestion", suggestion.unwrap_or("").into()),
            ("system", if key.is_empty() { erp } else { key }.into()),
            ("line", no_code_title(key).unwrap_or("").into()),
        ],
    )
}

/// One sentence for a rule the user chose that changed how orders are sent.
pub fn applied(code: FindingCode, count: usize, key: Option<&str>, ctx: &Context) -> String {
    use FindingCode as F;
    let id = match code {
        F::PeriodClosed | F::FieldTooLong | F::UnsupportedCharacters => {
            format!("applied-{}", kebab(code))
        }
        _ => "applied-other".into(),
    };
    let shown = shown_key(code, key.unwrap_or(""), ctx.words());
    ctx.words().with(
        &id,
        &[
            ("count", count.into()),
            ("erp", ctx.erp.as_str().into()),
            ("key", shown.as_str().into()),
        ],
    )
}

/// The fix line of a rule already applied: nothing to do, and how to go back.
pub fn applied_fix(code: FindingCode, language: Language) -> String {
    Words::of(language).get(match code {
        FindingCode::PeriodClosed => "applied-fix-period-closed",
        _ => "applied-fix",
    })
}

/// The label of a remedy, as the button or the CLI shows it. `name` is how people know the
/// value the remedy uses when that value is an id (the customer "Web Store Guest").
pub fn remedy_label(
    action: &RemedyAction,
    count: usize,
    name: Option<&str>,
    ctx: &Context,
) -> String {
    let erp = ctx.erp.as_str();
    let say = |id: &str, extra: &[(&str, Arg<'_>)]| {
        let mut args = vec![("count", count.into()), ("erp", erp.into())];
        args.extend_from_slice(extra);
        ctx.words().with(id, &args)
    };
    match action {
        RemedyAction::Resend {
            code: Some(FindingCode::StatusUnverified),
        } => say("remedy-resend-unverified", &[]),
        RemedyAction::Resend {
            code: Some(FindingCode::OrderLeftErp),
        } => say("remedy-resend-left-erp", &[]),
        RemedyAction::Resend { code: Some(_) } => say("remedy-resend", &[]),
        RemedyAction::Resend { code: None } => say("remedy-resend-ready", &[]),
        RemedyAction::Map { kind, from, to } => {
            let id = match kind {
                MappingKind::Sku if no_code_title(from).is_some() => "remedy-map-no-code",
                MappingKind::Sku => "remedy-map-sku",
                MappingKind::Customer if from == GUEST_CHECKOUT => "remedy-map-guest",
                MappingKind::Tax => "remedy-map-tax",
                _ => "remedy-map",
            };
            say(
                id,
                &[
                    ("from", from.as_str().into()),
                    ("to", to.as_str().into()),
                    ("name", name.unwrap_or(to).into()),
                    ("line", no_code_title(from).unwrap_or("").into()),
                ],
            )
        }
        RemedyAction::RetryInMiddleware { .. } => match name {
            Some(system) => say("remedy-retry-in-tool", &[("system", system.into())]),
            None => say("remedy-retry-in-tool-keyless", &[]),
        },
        RemedyAction::CreateItem { sku: key } => match no_code_title(key) {
            Some(line) => say(
                "remedy-create-item-no-code",
                &[
                    ("line", line.into()),
                    ("key", item_code_for(line).as_str().into()),
                ],
            ),
            None => say("remedy-create-item", &[("key", key.into())]),
        },
        RemedyAction::CreateCustomer { key } if key == GUEST_CHECKOUT => say(
            "remedy-create-guest-customer",
            &[("name", GUEST_CUSTOMER.into())],
        ),
        RemedyAction::CreateCustomer { key } => {
            say("remedy-create-customer", &[("key", key.as_str().into())])
        }
        RemedyAction::Policy {
            policy: Policy::ClosedPeriod,
            ..
        } => say("remedy-policy-closed-period", &[]),
        RemedyAction::Policy { .. } => say("remedy-policy-fit-text", &[]),
    }
}

/// The decision a remedy records, in words, for its preview; empty when it records none.
pub fn remedy_change(action: &RemedyAction, mappings: &Mappings, language: Language) -> String {
    let words = Words::of(language);
    match action {
        RemedyAction::Map {
            kind: MappingKind::Sku,
            from,
            to,
        } if no_code_title(from).is_some() => words.with(
            "remedy-change-map-no-code",
            &[
                ("line", no_code_title(from).unwrap_or_default().into()),
                ("to", to.as_str().into()),
            ],
        ),
        RemedyAction::Map { kind, from, to } => {
            let kind_word = words.get(&format!("mapping-kind-{}", kind.as_str()));
            let mut args = vec![
                ("kind", kind_word.as_str().into()),
                ("from", from.as_str().into()),
                ("to", to.as_str().into()),
            ];
            match mappings.get(*kind, from) {
                Some(before) => {
                    args.push(("before", before.into()));
                    words.with("remedy-change-map-replaces", &args)
                }
                None => words.with("remedy-change-map", &args),
            }
        }
        RemedyAction::Policy { policy, value } => {
            let rule = words.get(&format!("policy-{}", policy.as_str()));
            words.with(
                "remedy-change-policy",
                &[
                    ("rule", rule.as_str().into()),
                    ("before", mappings.policies.get(*policy).into()),
                    ("after", value.as_str().into()),
                ],
            )
        }
        RemedyAction::CreateCustomer { key } if key == GUEST_CHECKOUT => words.with(
            "remedy-change-guest-customer",
            &[("name", GUEST_CUSTOMER.into())],
        ),
        _ => String::new(),
    }
}

/// What a remedy writes to the ERP, for its preview.
pub fn remedy_erp_change(created: Option<&NewRecord>, erp: &str, language: Language) -> String {
    let words = Words::of(language);
    match created {
        Some(NewRecord::Item(item)) => words.with(
            "remedy-writes-item",
            &[
                ("key", item.sku.as_str().into()),
                ("name", item.name.as_str().into()),
                ("erp", erp.into()),
            ],
        ),
        Some(NewRecord::Customer(customer)) => match customer.email.as_deref() {
            Some(email) => words.with(
                "remedy-writes-customer",
                &[
                    ("name", customer.name.as_str().into()),
                    ("email", email.into()),
                    ("erp", erp.into()),
                ],
            ),
            None => words.with(
                "remedy-writes-customer-no-email",
                &[("name", customer.name.as_str().into()), ("erp", erp.into())],
            ),
        },
        None => words.with("remedy-writes-nothing", &[("erp", erp.into())]),
    }
}

/// The preview of a resend: what is sent and why it is safe.
pub fn resend_preview(count: usize, erp: &str, language: Language) -> (String, String) {
    let words = Words::of(language);
    let args = [("count", count.into()), ("erp", erp.into())];
    (
        words.with("resend-change", &args),
        words.with("resend-safety", &args),
    )
}

/// What the ERP does with every order on its own, said before a resend so no change is
/// silent: Business Central refuses a bill-to address from an app (`billTo*` are read-only on
/// its sales order API) and fills it in itself.
pub fn resend_notes(erp: &str, language: Language) -> Vec<String> {
    match erp {
        "Business Central" => {
            vec![Words::of(language).get("resend-note-business-central-bill-to")]
        }
        _ => Vec::new(),
    }
}

/// The screen where the fix is made, when there is one: the ERP's, or for an order the store
/// does not count as paid (`OrderNotReady`, `system` is then the store), the store's.
pub fn where_to_click(code: FindingCode, system: &str, language: Language) -> Option<String> {
    use FindingCode as F;
    let vendor = match system {
        "NetSuite" => "netsuite",
        "Business Central" => "business-central",
        "SAP Business One" => "sap-b1",
        "Odoo" => "odoo",
        "Tryton" => "tryton",
        "WooCommerce" => "woocommerce",
        "Shopify" => "shopify",
        "the order file" => "order-file",
        _ => return None,
    };
    // Where several findings are fixed on one screen, the files name the screen once.
    let screen = match (vendor, code) {
        ("netsuite" | "business-central", F::ErpAuthFailed | F::CredentialExpiring) => {
            "login".to_string()
        }
        ("netsuite", F::CountryCodeMismatch | F::StateCodeMismatch) => "codes".into(),
        ("sap-b1", F::FieldTooLong | F::StateCodeMismatch | F::CountryCodeMismatch) => {
            "codes".into()
        }
        _ => kebab(code),
    };
    let id = format!("where-{vendor}-{screen}");
    let words = Words::of(language);
    words.has(&id).then(|| words.get(&id))
}

/// A reconciliation row's standing in a few words, and what it means for the manager.
pub fn standing(
    standing: crate::reconcile::Standing,
    erp: &str,
    language: Language,
) -> (String, String) {
    use crate::reconcile::Standing as S;
    let id = match standing {
        S::InBoth => "standing-in-both",
        S::TotalsDiffer => "standing-totals-differ",
        S::Duplicated => "standing-duplicated",
        S::StoreOnly => "standing-store-only",
        S::ErpOnly => "standing-erp-only",
    };
    let words = Words::of(language);
    (
        words.get(id),
        words.with(&format!("{id}-meaning"), &[("erp", erp.into())]),
    )
}

/// Choices in a sentence, the last joined by the language's "or": "paid, authorized or
/// partially_refunded".
pub fn list_or(choices: &[String], language: Language) -> String {
    match choices {
        [rest @ .., last] if !rest.is_empty() => Words::of(language).with(
            "list-or",
            &[
                ("rest", rest.join(", ").as_str().into()),
                ("last", last.as_str().into()),
            ],
        ),
        _ => choices.join(", "),
    }
}

/// Step titles, as the wizard and the CLI show them.
pub fn step_title(step: u8, language: Language) -> String {
    Words::of(language).get(&format!("step-{}", step.clamp(1, 5)))
}

/// What to do about failures in the integration tool: fixed in the ERP or in the tool's own
/// flow (this app's mappings and resend do not reach it), then retried there.
pub fn middleware_fix(code: FindingCode, key: Option<&str>, system: &str, ctx: &Context) -> String {
    use FindingCode as F;
    let (id, key) = match (code, key) {
        (c, _) if c.is_transient() => ("middleware-fix-transient", ""),
        (F::SkuNotFound, Some(sku)) => ("middleware-fix-sku", sku),
        (F::CustomerNotFound, Some(customer)) => ("middleware-fix-customer", customer),
        _ => ("middleware-fix-other", ""),
    };
    ctx.words().with(
        id,
        &[
            ("erp", ctx.erp.as_str().into()),
            ("system", system.into()),
            ("key", key.into()),
        ],
    )
}

/// How many failed runs the integration tool holds, and that those naming no order are not
/// retried from this app (it cannot look them up in the ERP first).
pub fn middleware_runs_detail(
    system: &str,
    runs: usize,
    unnamed: usize,
    language: Language,
) -> String {
    let words = Words::of(language);
    let args = [
        ("system", system.into()),
        ("runs", runs.into()),
        ("unnamed", unnamed.into()),
    ];
    let mut detail = words.with("middleware-runs", &args);
    if unnamed > 0 {
        detail.push(' ');
        detail.push_str(&words.with("middleware-runs-unnamed", &args));
    }
    detail
}

/// The preview of "Retry in n8n": what changes, and what the ERP is asked first.
pub fn middleware_retry_preview(
    system: &str,
    count: usize,
    erp: &str,
    language: Language,
) -> (String, String) {
    let words = Words::of(language);
    let args = [
        ("system", system.into()),
        ("count", count.into()),
        ("erp", erp.into()),
    ];
    (
        words.with("middleware-retry-change", &args),
        words.with("middleware-retry-safety", &args),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_sentence_and_a_fix() {
        let ctx = Context {
            store: "Shopify".into(),
            erp: "NetSuite".into(),
            creates_records: true,
            language: Language::English,
        };
        for code in FindingCode::ALL {
            for count in [1, 3] {
                let m = message(code, count, Some("KEY"), &ctx);
                assert!(m.ends_with('.') && m.len() > 15, "{code}: {m}");
                assert!(!m.contains('{'), "{code}: {m}");
            }
            let keyless = message(code, 2, None, &ctx);
            assert!(
                !keyless.contains("\"\"")
                    && !keyless.contains(" ,")
                    && !keyless.contains(": .")
                    && !keyless.contains("  "),
                "{code}: {keyless}"
            );
            let keyless_fix = fix(code, None, None, &ctx);
            assert!(
                !keyless_fix.contains("\"\"")
                    && !keyless_fix.contains(" ,")
                    && !keyless_fix.contains("  "),
                "{code}: {keyless_fix}"
            );
            let f = fix(code, Some("KEY"), None, &ctx);
            assert!(f.ends_with('.') && f.len() > 15, "{code}: {f}");
        }
    }

    #[test]
    fn sap_says_where_stock_is_received_and_where_negative_stock_is_blocked() {
        let place = where_to_click(
            FindingCode::NegativeInventory,
            "SAP Business One",
            Language::English,
        )
        .unwrap();
        assert!(
            place.contains("Inventory Transactions → Goods Receipt"),
            "{place}"
        );
        assert!(place.contains("Block negative inventory"), "{place}");
    }

    /// Every finding, in every language, for the samples the check words (a value named or
    /// not, one order or several, a suggestion or none): (message, fix) pairs.
    fn every_text(language: Language) -> Vec<(String, String)> {
        let ctx = Context {
            store: "Shopify".into(),
            erp: "NetSuite".into(),
            creates_records: true,
            language,
        };
        let mut texts = Vec::new();
        for code in FindingCode::ALL {
            for (count, key, suggestion) in [
                (1, Some("MUG-RED"), None),
                (3, Some("MUG-RED"), Some("MUG-RD")),
                (2, None, None),
            ] {
                texts.push((
                    message(code, count, key, &ctx),
                    fix(code, key, suggestion, &ctx),
                ));
            }
        }
        texts
    }

    #[test]
    fn every_finding_is_worded_in_every_language() {
        let english = every_text(Language::English);
        for language in Language::SHIPPED {
            for (i, (message, fix)) in every_text(language).iter().enumerate() {
                for text in [message, fix] {
                    // A message the files lack comes out as its id.
                    assert!(
                        !text.starts_with("finding-") && !text.starts_with("fix-"),
                        "{}: {text}",
                        language.tag()
                    );
                    assert!(!text.contains('{') && text.len() > 15, "{text}");
                }
                if language != Language::English {
                    assert_ne!(
                        message,
                        &english[i].0,
                        "{} is not translated",
                        language.tag()
                    );
                }
            }
            for step in 1..=5 {
                assert!(!step_title(step, language).starts_with("step-"));
            }
        }
    }

    /// The length of each language's finding texts, against English: printed as a table
    /// (`cargo test -p osd-doctor finding_texts -- --nocapture`) and kept within bounds a
    /// store manager still reads at a glance.
    #[test]
    fn finding_texts_stay_short_in_every_language() {
        let mut table = String::from(
            "| language | sentences | mean message | longest message | mean fix | longest fix | vs English |\n|---|---|---|---|---|---|---|\n",
        );
        let chars = |t: &String| t.chars().count();
        let english: usize = every_text(Language::English)
            .iter()
            .map(|(m, f)| chars(m) + chars(f))
            .sum();
        for language in Language::SHIPPED {
            let texts = every_text(language);
            let messages: Vec<usize> = texts.iter().map(|(m, _)| chars(m)).collect();
            let fixes: Vec<usize> = texts.iter().map(|(_, f)| chars(f)).collect();
            let total: usize = messages.iter().chain(&fixes).sum();
            let longest_message = messages.iter().copied().max().unwrap_or(0);
            let longest_fix = fixes.iter().copied().max().unwrap_or(0);
            let ratio = total as f64 / english as f64;
            table.push_str(&format!(
                "| {} | {} | {:.0} | {} | {:.0} | {} | {:.0} % |\n",
                language.tag(),
                texts.len(),
                messages.iter().sum::<usize>() as f64 / texts.len() as f64,
                longest_message,
                fixes.iter().sum::<usize>() as f64 / texts.len() as f64,
                longest_fix,
                ratio * 100.0
            ));
            // One sentence each: the longest English message is about 150 characters, its
            // longest fix about 230.
            assert!(ratio <= 1.35, "{}: {ratio:.2} of English", language.tag());
            assert!(
                longest_message <= 220,
                "{}: a message of {longest_message}",
                language.tag()
            );
            assert!(
                longest_fix <= 300,
                "{}: a fix of {longest_fix}",
                language.tag()
            );
        }
        println!("{table}");
    }

    #[test]
    fn an_order_field_is_named_in_the_users_language_and_keeps_its_key() {
        let ctx = |language| Context {
            store: "Shopify".into(),
            erp: "NetSuite".into(),
            creates_records: true,
            language,
        };
        let code = FindingCode::UnsupportedCharacters;
        let german = message(code, 2, Some("address line 1"), &ctx(Language::German));
        assert!(german.contains("Adresszeile 1"), "{german}");
        let english = message(code, 2, Some("address line 1"), &ctx(Language::English));
        assert!(english.contains("in the address line 1"), "{english}");
        // Every field has its message (the CI check then holds every language to English).
        for field in OrderField::ALL {
            let id = format!("field-{}", field.label().replace(' ', "-"));
            assert!(Words::of(Language::English).has(&id), "{id}");
        }
    }
}
