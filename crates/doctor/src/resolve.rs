//! Translate an order into ERP references using the master data snapshot and the user's
//! mappings. Whatever cannot be translated becomes a problem, not a guess.

use std::collections::HashMap;

use chrono::NaiveDate;
use osd_connectors::{ErpOrderDraft, Ref};
use osd_model::{AccountingPeriod, FindingCode, MasterData, Order, Severity, UnitNames};
use osd_store::{MappingKind, Mappings};
use rust_decimal::Decimal;

use crate::place;
use crate::preflight::Problem;
use crate::suggest::{closest_sku, item_named};

/// Master data with lookups built once, so checking 10,000 orders stays linear.
pub struct MasterIndex {
    pub data: MasterData,
    items: HashMap<String, usize>,
    customers_by_email: HashMap<String, usize>,
    currencies: HashMap<String, usize>,
    unit_names: UnitNames,
}

impl MasterIndex {
    pub fn new(data: MasterData) -> Self {
        let items = data
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| (it.sku.clone(), i))
            .collect();
        let customers_by_email = data
            .customers
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.email.as_ref().map(|e| (e.to_lowercase(), i)))
            .collect();
        let currencies = data
            .currencies
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.to_uppercase(), i))
            .collect();
        Self {
            unit_names: UnitNames::of(&data.units),
            data,
            items,
            customers_by_email,
            currencies,
        }
    }

    pub fn active_skus(&self) -> impl Iterator<Item = &str> {
        self.data
            .items
            .iter()
            .filter(|i| i.active)
            .map(|i| i.sku.as_str())
    }

    fn item(&self, sku: &str) -> Option<&osd_model::ErpItem> {
        self.items.get(sku).map(|&i| &self.data.items[i])
    }

    fn customer(&self, email: &str) -> Option<&osd_model::ErpCustomer> {
        self.customers_by_email
            .get(&email.to_lowercase())
            .map(|&i| &self.data.customers[i])
    }

    fn currency(&self, code: &str) -> Option<&osd_model::ErpCurrency> {
        self.currencies
            .get(&code.to_uppercase())
            .map(|&i| &self.data.currencies[i])
    }

    pub fn period_for(&self, date: NaiveDate) -> Option<&AccountingPeriod> {
        self.data.period_for(date)
    }

    /// The earliest open period after `date` (a month rather than the quarter holding it).
    pub fn first_open_period_after(&self, date: NaiveDate) -> Option<&AccountingPeriod> {
        self.data
            .periods
            .iter()
            .filter(|p| !p.closed && p.start > date)
            .min_by_key(|p| (p.start, p.end - p.start))
    }

    /// The customer a shop books guest checkouts to, when the ERP has an obvious one.
    pub fn guest_customer(&self) -> Option<&osd_model::ErpCustomer> {
        const NAMES: [&str; 4] = ["guest", "walk-in", "cash sale", "web customer"];
        self.data.customers.iter().find(|c| {
            let name = c.name.to_lowercase();
            NAMES.iter().any(|n| name.contains(n))
        })
    }

    /// A tax code whose rate differs from `rate` by rounding only (8.875 % and 8.88 %).
    pub fn tax_code_near(&self, rate: Decimal) -> Option<&osd_model::ErpTaxCode> {
        let tolerance = Decimal::new(5, 4);
        self.data
            .tax_codes
            .iter()
            .filter(|t| (t.rate - rate).abs() <= tolerance)
            .min_by_key(|t| (t.rate - rate).abs())
    }
}

pub struct Resolution {
    pub draft: ErpOrderDraft,
    pub problems: Vec<Problem>,
}

/// The key that groups guest checkouts: they share one missing setting, not one customer each.
pub const GUEST_CHECKOUT: &str = "guest checkout";

/// How the key of a line with no product code begins (a till's custom amount, a tip): such
/// lines are grouped, and mapped to an ERP item, by their title.
const NO_PRODUCT_CODE: &str = "no product code: ";

/// The key of lines titled `title` that carry no product code.
pub fn no_code_key(title: &str) -> String {
    format!("{NO_PRODUCT_CODE}{}", title.trim())
}

/// The title inside a no-product-code key; `None` for a SKU.
pub fn no_code_title(key: &str) -> Option<&str> {
    key.strip_prefix(NO_PRODUCT_CODE)
}

pub fn percent(rate: Decimal) -> String {
    format!("{}%", (rate * Decimal::ONE_HUNDRED).normalize())
}

pub fn resolve(order: &Order, index: &MasterIndex, mappings: &Mappings) -> Resolution {
    let tran_date = order.created_at.date_naive();
    let mut draft = ErpOrderDraft::unresolved(order, tran_date);
    let mut problems = Vec::new();

    // Customer: by e-mail, else a mapping (per e-mail, or one for every guest checkout).
    let email = order.customer.email.clone().unwrap_or_default();
    let mapped_customer = mappings.get(MappingKind::Customer, &email).or_else(|| {
        order
            .customer
            .guest
            .then(|| mappings.get(MappingKind::Customer, GUEST_CHECKOUT))
            .flatten()
    });
    match (index.customer(&email), mapped_customer) {
        (_, Some(id)) => draft.customer = Ref::Id(id.to_string()),
        (Some(c), None) => draft.customer = Ref::Id(c.id.clone()),
        (None, None) => {
            let key = if order.customer.guest {
                GUEST_CHECKOUT.to_string()
            } else {
                email.clone()
            };
            let mut problem = Problem::error(
                FindingCode::CustomerNotFound,
                Some(key),
                format!(
                    "no ERP customer has the e-mail \"{email}\"{}",
                    if order.customer.guest {
                        " (guest checkout)"
                    } else {
                        ""
                    }
                ),
            );
            if order.customer.guest {
                if let Some(guest) = index.guest_customer() {
                    problem.suggestion = Some(guest.id.clone());
                    problem.suggestion_name = Some(guest.name.clone());
                }
            }
            problems.push(problem);
        }
    }

    // Currency.
    let code = mappings
        .get(MappingKind::Currency, &order.currency)
        .unwrap_or(&order.currency)
        .to_string();
    match index.currency(&code) {
        Some(c) if c.active => draft.currency = Ref::Id(c.id.clone()),
        Some(_) => problems.push(Problem::error(
            FindingCode::CurrencyInactive,
            Some(code.clone()),
            format!("currency {code} exists but is inactive"),
        )),
        None => problems.push(Problem::error(
            FindingCode::CurrencyInactive,
            Some(code.clone()),
            format!("currency {code} does not exist in the ERP"),
        )),
    }

    // Items.
    for (line, draft_line) in order.lines.iter().zip(draft.lines.iter_mut()) {
        let sku = line
            .sku
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map_or_else(|| no_code_key(&line.title), str::to_string);
        let wanted = mappings
            .get(MappingKind::Sku, &sku)
            .unwrap_or(&sku)
            .to_string();
        match index.item(&wanted) {
            Some(item) if item.active => draft_line.item = Ref::Id(item.id.clone()),
            found => {
                let why = if found.is_some() {
                    "is inactive in the ERP"
                } else {
                    "does not exist in the ERP"
                };
                // Unmapped, a line without a code is the finding; mapped, the item it names is.
                let (label, suggestion) = match no_code_title(&wanted) {
                    Some(title) => (
                        format!("the line \"{title}\" has no product code (SKU)"),
                        item_named(title, index),
                    ),
                    None => (
                        format!("SKU \"{wanted}\" {why}"),
                        closest_sku(&wanted, index),
                    ),
                };
                let mut problem =
                    Problem::error(FindingCode::SkuNotFound, Some(wanted.clone()), label);
                problem.suggestion = suggestion;
                problems.push(problem);
            }
        }
        // A quantity in a unit the ERP does not keep would be booked as that many pieces.
        if let Some(unit) = &line.unit {
            if !index.unit_names.is_empty() && !unit.known_in(&index.unit_names) {
                problems.push(Problem::error(
                    FindingCode::UnitNotFound,
                    Some(unit.label()),
                    format!(
                        "the line \"{}\" counts {} {}, a unit the ERP does not keep",
                        line.title,
                        line.quantity,
                        unit.label()
                    ),
                ));
            }
        }
    }

    // Tax: where the ERP takes a tax code by rate, every distinct rate needs one; elsewhere
    // only an explicit mapping is sent and the ERP computes the tax.
    if !index.data.rules.tax_by_rate {
        if let Some(code) = order
            .all_tax_lines()
            .find_map(|t| mappings.get(MappingKind::Tax, &t.title))
        {
            draft.tax_code = Some(Ref::Id(code.to_string()));
        }
    }
    let mut rates: Vec<(String, Decimal)> = order
        .all_tax_lines()
        .filter(|t| !t.rate.is_zero())
        .map(|t| (t.title.clone(), t.rate))
        .collect();
    rates.sort();
    rates.dedup();
    for (title, rate) in rates.iter().filter(|_| index.data.rules.tax_by_rate) {
        let by_mapping = mappings
            .get(MappingKind::Tax, title)
            .or_else(|| mappings.get(MappingKind::Tax, &percent(*rate)))
            .and_then(|name| {
                index
                    .data
                    .tax_codes
                    .iter()
                    .find(|t| t.name == name || t.id == name)
            });
        let by_rate = index.data.tax_codes.iter().find(|t| t.rate == *rate);
        match by_mapping.or(by_rate) {
            Some(code) => draft.tax_code = Some(Ref::Id(code.id.clone())),
            None => {
                let key = format!("{title} ({})", percent(*rate));
                draft.tax_code = Some(Ref::Unresolved(title.clone()));
                let near = index.tax_code_near(*rate);
                let mut problem = Problem::error(
                    FindingCode::TaxCodeUnmapped,
                    Some(key),
                    format!(
                        "no ERP tax code has the rate {}{}",
                        percent(*rate),
                        near.map(|t| format!("; the nearest is {} at {}", t.name, percent(t.rate)))
                            .unwrap_or_default()
                    ),
                );
                if let Some(near) = near {
                    problem.suggestion = Some(near.id.clone());
                    problem.suggestion_name = Some(near.name.clone());
                }
                problems.push(problem);
            }
        }
    }

    // Country and state codes on both addresses.
    for address in [draft.billing.as_mut(), draft.shipping.as_mut()]
        .into_iter()
        .flatten()
    {
        if address.country_code.is_none() {
            let name = address.country.clone().unwrap_or_default();
            match mappings.get(MappingKind::Country, &name) {
                Some(code) => address.country_code = Some(code.to_string()),
                None => problems.push(
                    Problem::error(
                        FindingCode::CountryCodeMismatch,
                        Some(name.clone()),
                        format!(
                            "the address has the country name \"{name}\" but no two-letter code"
                        ),
                    )
                    .suggesting(place::country_code(&name)),
                ),
            }
        }
        if let Some(code) = address.country_code.clone() {
            let known = index.data.countries.is_empty()
                || index
                    .data
                    .countries
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(&code));
            if !known {
                problems.push(Problem::error(
                    FindingCode::CountryCodeMismatch,
                    Some(code.clone()),
                    format!("the ERP has no country with the code \"{code}\""),
                ));
            }
        }
        if address.province_code.is_none() {
            if let Some(name) = address.province.clone() {
                match mappings.get(MappingKind::State, &name) {
                    Some(code) => address.province_code = Some(code.to_string()),
                    None => problems.push(
                        Problem::new(
                            FindingCode::StateCodeMismatch,
                            Severity::Warning,
                            Some(name.clone()),
                            format!("the address has the state \"{name}\" but no state code"),
                        )
                        .suggesting(
                            address
                                .country_code
                                .clone()
                                .or_else(|| {
                                    address.country.as_deref().and_then(place::country_code)
                                })
                                .and_then(|country| place::state_code(&country, &name)),
                        ),
                    ),
                }
            }
        }
    }

    // Period: the order date must fall in an open period, unless the user chose to post
    // such orders into the first open period; then the new date is said on the order.
    let moved = index
        .period_for(tran_date)
        .filter(|p| p.closed && mappings.policies.post_into_open_period())
        .and_then(|closed| Some((closed, index.first_open_period_after(tran_date)?)));
    if let Some((closed, open)) = moved {
        draft.tran_date = open.start;
        problems.push(Problem::new(
            FindingCode::PeriodClosed,
            Severity::Info,
            Some(format!("{} → {}", closed.name, open.name)),
            format!(
                "dated {tran_date} in the closed period {}; posted on {} in {} by your rule",
                closed.name, open.start, open.name
            ),
        ));
        dedup(&mut problems);
        return Resolution { draft, problems };
    }
    match index.period_for(tran_date) {
        Some(p) if p.closed && index.data.rules.period_blocks_orders => problems.push(Problem::error(
            FindingCode::PeriodClosed,
            Some(p.name.clone()),
            format!("{tran_date} is in the closed period {}", p.name),
        )),
        // The ERP takes the order; it is the order's invoice that cannot be posted there.
        Some(p) if p.closed => problems.push(Problem::new(
            FindingCode::PeriodClosed,
            Severity::Warning,
            Some(p.name.clone()),
            format!("{tran_date} is in the closed period {}: the order goes through, but its invoice cannot be posted there", p.name),
        )),
        None if !index.data.periods.is_empty() => problems.push(Problem::error(
            FindingCode::PeriodClosed,
            Some(tran_date.format("%b %Y").to_string()),
            format!("no accounting period exists for {tran_date}"),
        )),
        _ => {}
    }

    dedup(&mut problems);
    Resolution { draft, problems }
}

/// Billing and shipping often repeat the same problem; one is enough.
fn dedup(problems: &mut Vec<Problem>) {
    let mut seen = std::collections::HashSet::new();
    problems.retain(|p| seen.insert((p.code, p.key.clone())));
}
