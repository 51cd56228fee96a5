//! The demo shop: about 200 orders over 30 days, deterministic for a given clock, with every
//! failure class a store manager meets. Built from plain data so the same world powers the
//! CLI's `--demo`, the app's first run, tests and benchmarks.

use std::time::Duration;

use chrono::{DateTime, Datelike, Months, NaiveDate, TimeZone, Utc};
use osd_model::{Address, Customer as ShopCustomer, LineItem, Order, StoreStatus, TaxLine};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_decimal::{Decimal, RoundingStrategy};

use crate::netsuite::{Account, Currency, Customer, Item, Period, TaxItem};
use crate::shopify::ShopOrder;

pub const ORDER_COUNT: usize = 200;
pub const SHOP_TOKEN: &str = "shpat_demo_0000000000000000";
pub const NETSUITE_ACCOUNT: &str = "1234567_SB1";
pub const NETSUITE_CLIENT_ID: &str = "demo-integration-client";
pub const NETSUITE_CERTIFICATE_ID: &str = "demo-certificate-2026";
/// The demo's M2M certificate runs out soon, so step 1 has something to warn about.
pub const CERTIFICATE_DAYS_LEFT: i64 = 12;

/// How the ERP behaved when the old integration tried an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PastFault {
    None,
    TimeoutBeforeCommit,
    RateLimited,
    ExpiredToken,
}

/// One failure the demo shows, and the orders it affects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    Fine,
    SkuTypo,
    SkuMissing,
    GuestCheckout,
    PeriodClosed,
    Timeout,
    ExpiredToken,
    RateLimited,
    FieldTooLong,
    Emoji,
    InvisibleCharacter,
    CountryName,
    UnmappedTax,
    InactiveCurrency,
    NeverSent,
    StateName,
    TotalMismatch,
    /// Not paid yet: a manual payment (Shopify `PENDING`; a WooCommerce bank transfer waits
    /// `on-hold`). Held back, never sent, listed in step 1.
    Unpaid,
}

impl Scenario {
    fn past_fault(self) -> PastFault {
        match self {
            Self::Timeout => PastFault::TimeoutBeforeCommit,
            Self::RateLimited => PastFault::RateLimited,
            Self::ExpiredToken => PastFault::ExpiredToken,
            _ => PastFault::None,
        }
    }

    /// Orders the old integration never got to: they are simply missing from the ERP.
    fn never_sent(self) -> bool {
        matches!(
            self,
            Self::NeverSent | Self::StateName | Self::TotalMismatch | Self::Unpaid
        )
    }
}

/// How many orders each failure affects, newest orders last.
const PLAN: [(Scenario, usize); 17] = [
    (Scenario::SkuTypo, 7),
    (Scenario::SkuMissing, 4),
    (Scenario::GuestCheckout, 5),
    (Scenario::PeriodClosed, 4),
    (Scenario::Timeout, 3),
    (Scenario::ExpiredToken, 4),
    (Scenario::RateLimited, 2),
    (Scenario::FieldTooLong, 2),
    (Scenario::Emoji, 2),
    (Scenario::InvisibleCharacter, 1),
    (Scenario::CountryName, 2),
    (Scenario::UnmappedTax, 3),
    (Scenario::InactiveCurrency, 2),
    (Scenario::NeverSent, 1),
    (Scenario::StateName, 1),
    (Scenario::TotalMismatch, 1),
    (Scenario::Unpaid, 2),
];

#[derive(Debug, Clone)]
pub struct DemoOrder {
    pub shop: ShopOrder,
    pub scenario: Scenario,
}

impl DemoOrder {
    pub fn synced_before(&self) -> bool {
        self.scenario == Scenario::Fine
    }

    pub fn attempted_before(&self) -> bool {
        !self.synced_before() && !self.scenario.never_sent()
    }

    pub fn past_fault(&self) -> PastFault {
        self.scenario.past_fault()
    }
}

pub struct DemoWorld {
    pub now: DateTime<Utc>,
    pub orders: Vec<DemoOrder>,
    pub account: Account,
    pub certificate_expires: DateTime<Utc>,
}

impl DemoWorld {
    pub fn timeout_orders(&self) -> impl Iterator<Item = &DemoOrder> {
        self.orders
            .iter()
            .filter(|o| o.scenario == Scenario::Timeout)
    }
}

const PRODUCTS: [(&str, &str, &str); 8] = [
    ("TSHIRT", "Organic T-shirt", "24.00"),
    ("HOODIE", "Zip hoodie", "58.00"),
    ("MUG", "Stoneware mug", "16.50"),
    ("CAP", "Canvas cap", "22.00"),
    ("TOTE", "Market tote", "19.90"),
    ("CANDLE", "Soy candle", "28.00"),
    ("POSTER", "Risograph poster", "35.00"),
    ("SOCKS", "Wool socks", "12.75"),
];
const COLOURS: [&str; 3] = ["BLK", "NAT", "SGE"];
const SIZES: [&str; 2] = ["M", "L"];

/// US states the shop ships to, with the rate the shop charges and NetSuite's tax item.
const STATES: [(&str, &str, &str, &str); 4] = [
    ("California", "CA", "7.25", "CA State Tax"),
    ("New York", "NY", "8.875", "NY State Tax"),
    ("Texas", "TX", "6.25", "TX State Tax"),
    ("Washington", "WA", "6.5", "WA State Tax"),
];
const CITIES: [&str; 4] = ["Oakland", "Brooklyn", "Austin", "Tacoma"];

const FIRST: [&str; 12] = [
    "Ada", "Grace", "Linus", "Mia", "Noor", "Kenji", "Lucía", "Omar", "Priya", "Sven", "Zoë", "Tom",
];
const LAST: [&str; 10] = [
    "Lovelace", "Hopper", "Okafor", "Schmidt", "Nakamura", "García", "Haddad", "Iyer", "Berg",
    "Nguyen",
];

fn dec(text: &str) -> Decimal {
    text.parse().unwrap_or_default()
}

fn money(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

fn skus() -> Vec<String> {
    PRODUCTS
        .iter()
        .flat_map(|(code, _, _)| {
            COLOURS
                .iter()
                .flat_map(move |c| SIZES.iter().map(move |s| format!("{code}-{c}-{s}")))
        })
        .collect()
}

fn month_start(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

fn periods(now: DateTime<Utc>) -> Vec<Period> {
    let this_month = month_start(now.date_naive());
    (0..6)
        .filter_map(|i| {
            let start = if i < 4 {
                this_month.checked_sub_months(Months::new(4 - i))?
            } else {
                this_month.checked_add_months(Months::new(i - 4))?
            };
            let end = start.checked_add_months(Months::new(1))?.pred_opt()?;
            Some(Period {
                id: (100 + i).to_string(),
                name: start.format("%b %Y").to_string(),
                start,
                end,
                // Everything before this month is closed: the books of last month are done.
                closed: start < this_month,
            })
        })
        .collect()
}

pub fn build(now: DateTime<Utc>) -> DemoWorld {
    build_with_backlog(now, 0)
}

/// The demo world plus `backlog` good orders the old integration never sent, for exercising
/// bulk resends (a crash in the middle of 500 orders, a rate limit over 1,000).
pub fn build_with_backlog(now: DateTime<Utc>, backlog: usize) -> DemoWorld {
    let mut rng = StdRng::seed_from_u64(20261126);
    let skus = skus();
    let account = Account {
        company: "Juniper & Pine Goods".into(),
        items: skus
            .iter()
            .enumerate()
            .map(|(i, sku)| Item {
                id: (500 + i).to_string(),
                sku: sku.clone(),
                inactive: false,
            })
            .collect(),
        customers: (0..60)
            .map(|i| Customer {
                id: (2000 + i).to_string(),
                entity_id: format!("CUST{:04}", i + 1),
                email: format!("customer{}@example.com", i + 1),
                company: format!("{} {}", FIRST[i % FIRST.len()], LAST[i % LAST.len()]),
            })
            // The catch-all customer many shops book guest checkouts to.
            .chain([Customer {
                id: "2999".into(),
                entity_id: "WEBGUEST".into(),
                email: "guests@juniper-pine.example".into(),
                company: "Web Store Guest".into(),
            }])
            .collect(),
        currencies: vec![
            Currency {
                id: "1".into(),
                symbol: "USD".into(),
                inactive: false,
            },
            Currency {
                id: "2".into(),
                symbol: "EUR".into(),
                inactive: false,
            },
            Currency {
                id: "3".into(),
                symbol: "CAD".into(),
                inactive: true,
            },
            Currency {
                id: "4".into(),
                symbol: "GBP".into(),
                inactive: false,
            },
        ],
        tax_items: STATES
            .iter()
            .enumerate()
            .map(|(i, (_, code, rate, _))| TaxItem {
                id: (-(7 + i as i64)).to_string(),
                name: format!("{code}-{rate}"),
                rate_percent: dec(rate),
            })
            .collect(),
        periods: periods(now),
        sales_orders: Vec::new(),
    };

    let scenarios: Vec<Scenario> = {
        let mut list: Vec<Scenario> = PLAN
            .iter()
            .flat_map(|(s, n)| std::iter::repeat_n(*s, *n))
            .collect();
        let failing = list.len();
        let mut all = vec![Scenario::Fine; ORDER_COUNT - failing];
        // Spread failures through the newest 60 orders, the way a broken week looks.
        for (i, s) in list.drain(..).enumerate() {
            let at = (ORDER_COUNT - failing) - (i * 7) % 60;
            all.insert(at.min(all.len()), s);
        }
        all.extend(std::iter::repeat_n(Scenario::NeverSent, backlog));
        all
    };

    let this_month = Utc.from_utc_datetime(
        &month_start(now.date_naive())
            .and_hms_opt(0, 0, 0)
            .unwrap_or_default(),
    );
    let recent_from = (now - chrono::Duration::days(7)).max(this_month);
    let span = chrono::Duration::days(30);
    let mut orders: Vec<DemoOrder> = scenarios
        .iter()
        .enumerate()
        .map(|(i, scenario)| {
            let created = match scenario {
                Scenario::Fine => now - span + span * i as i32 / ORDER_COUNT as i32,
                Scenario::PeriodClosed => {
                    this_month - chrono::Duration::hours(20 + 13 * i as i64 % 60)
                }
                _ => {
                    let window = (now - recent_from).num_minutes().max(2) - 1;
                    recent_from + chrono::Duration::minutes(rng.gen_range(0..window))
                }
            };
            DemoOrder {
                shop: shop_order(&mut rng, i, *scenario, created, &skus),
                scenario: *scenario,
            }
        })
        .collect();
    // The "never sent" orders are the newest: the integration stopped before them. One a
    // second, as a busy till takes them: thousands in one second would make every later pull
    // read them all again (a pull starts at the second of the last change it saw).
    let never_sent = orders.iter().filter(|o| o.scenario.never_sent()).count() as i64;
    for (j, o) in orders
        .iter_mut()
        .filter(|o| o.scenario.never_sent())
        .enumerate()
    {
        o.shop.order.created_at = now
            - chrono::Duration::minutes(20)
            - chrono::Duration::seconds(never_sent - 1 - j as i64);
        o.shop.updated_at = o.shop.order.created_at;
    }
    orders.sort_by_key(|o| o.shop.order.created_at);
    for (n, o) in orders.iter_mut().enumerate() {
        o.shop.order.name = format!("#{}", 1001 + n);
    }
    DemoWorld {
        now,
        orders,
        account,
        certificate_expires: now + chrono::Duration::days(CERTIFICATE_DAYS_LEFT),
    }
}

fn shop_order(
    rng: &mut StdRng,
    index: usize,
    scenario: Scenario,
    created: DateTime<Utc>,
    skus: &[String],
) -> ShopOrder {
    let (state_name, state_code, rate_text, tax_title) = STATES[rng.gen_range(0..STATES.len())];
    let mut rate = dec(rate_text) / Decimal::ONE_HUNDRED;
    let mut tax_title = tax_title.to_string();
    let customer_no = rng.gen_range(0..60);
    let first = FIRST[customer_no % FIRST.len()];
    let last = LAST[customer_no % LAST.len()];
    let mut customer = ShopCustomer {
        name: format!("{first} {last}"),
        email: Some(format!("customer{}@example.com", customer_no + 1)),
        guest: false,
    };
    let mut address = Address {
        name: customer.name.clone(),
        company: None,
        line1: format!("{} Market Street", 10 + rng.gen_range(0..900)),
        line2: None,
        city: CITIES[STATES.iter().position(|s| s.1 == state_code).unwrap_or(0)].to_string(),
        province: Some(state_name.to_string()),
        province_code: Some(state_code.to_string()),
        postcode: Some(format!("{:05}", 10000 + rng.gen_range(0..89999))),
        country: Some("United States".into()),
        country_code: Some("US".into()),
        phone: Some(format!("+1 555 01{:02}", rng.gen_range(0..100))),
    };
    let mut currency = "USD".to_string();
    let mut lines: Vec<LineItem> = (0..rng.gen_range(1..=3))
        .map(|_| {
            let sku = &skus[rng.gen_range(0..skus.len())];
            let product = PRODUCTS
                .iter()
                .find(|p| sku.starts_with(p.0))
                .unwrap_or(&PRODUCTS[0]);
            LineItem {
                sku: Some(sku.clone()),
                title: product.1.to_string(),
                quantity: Decimal::from(rng.gen_range(1..=3)),
                unit_price: dec(product.2),
                tax_lines: vec![],
                unit: None,
            }
        })
        .collect();
    match scenario {
        Scenario::SkuTypo => lines[0].sku = Some("TSHRT-BLK-M".into()),
        Scenario::SkuMissing => {
            lines[0].sku = Some("CANDLE-LAV-XL".into());
            lines[0].title = "Lavender candle XL".into();
        }
        Scenario::GuestCheckout => {
            customer = ShopCustomer {
                name: format!(
                    "{} {}",
                    FIRST[index % FIRST.len()],
                    LAST[(index + 3) % LAST.len()]
                ),
                email: Some(format!("guest{}@mailbox.example", index)),
                guest: true,
            };
            address.name = customer.name.clone();
        }
        Scenario::FieldTooLong => {
            // Under 150 characters but over 150 bytes: only a byte count catches it.
            address.line1 = format!(
                "Großbeerenstraße {} Hinterhaus, Aufgang C, 3. Obergeschoss links, bei Müller-Lüdenscheidt, Klingel „Büro Süd“, Tür gegenüber Größenwäsche Äöü",
                rng.gen_range(10..99)
            );
        }
        Scenario::Emoji => address.name = format!("{} 🎁✨", customer.name),
        Scenario::InvisibleCharacter => address.city = format!("{}\u{200B}", address.city),
        Scenario::CountryName => address.country_code = None,
        Scenario::StateName => {
            address.province = Some("Calif.".into());
            address.province_code = None;
        }
        Scenario::UnmappedTax => {
            address.province = Some("Colorado".into());
            address.province_code = Some("CO".into());
            address.city = "Denver".into();
            rate = dec("0.029");
            tax_title = "CO State Tax".into();
        }
        Scenario::InactiveCurrency => currency = "CAD".into(),
        _ => {}
    }
    let subtotal: Decimal = lines.iter().map(|l| l.quantity * l.unit_price).sum();
    let discount = if rng.gen_bool(0.2) {
        money(subtotal / Decimal::TEN)
    } else {
        Decimal::ZERO
    };
    let shipping = if subtotal > dec("75") {
        Decimal::ZERO
    } else {
        dec("6.95")
    };
    let tax = money((subtotal - discount) * rate);
    let mut total = subtotal - discount + shipping + tax;
    if scenario == Scenario::TotalMismatch {
        // A discount the store applied but never itemised.
        total -= dec("5.00");
    }
    let order = Order {
        store_id: format!("gid://shopify/Order/{}", 5_100_000_000u64 + index as u64),
        name: String::new(),
        source: "shopify".into(),
        created_at: created,
        currency,
        customer,
        billing: Some(address.clone()),
        shipping: Some(address),
        lines,
        tax_lines: vec![TaxLine {
            title: tax_title,
            rate,
            amount: tax,
        }],
        taxes_included: false,
        shipping_total: shipping,
        discount_total: discount,
        subtotal,
        total_tax: tax,
        total,
        note: index
            .is_multiple_of(9)
            .then(|| "Please gift-wrap, it's a birthday present.\nThank you!".to_string()),
        presentment_currency: None,
        // Shopify's words; the WooCommerce demo says `on-hold` (session::demo::store_order).
        store_status: (scenario == Scenario::Unpaid).then(|| StoreStatus::open("PENDING")),
    };
    ShopOrder {
        updated_at: created + chrono::Duration::minutes(2),
        order,
        test: false,
        cancelled: false,
    }
}

/// A fixed instant for tests that want the same world every run.
pub fn reference_now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 12, 0, 0)
        .single()
        .unwrap_or_else(Utc::now)
}

/// Token lifetime the demo's NetSuite issues (NetSuite's own: one hour).
pub const TOKEN_LIFETIME: Duration = Duration::from_secs(3600);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_world_is_deterministic_and_covers_every_failure() {
        let a = build(reference_now());
        let b = build(reference_now());
        assert_eq!(a.orders.len(), ORDER_COUNT);
        let names = |w: &DemoWorld| {
            w.orders
                .iter()
                .map(|o| (o.shop.order.name.clone(), o.shop.order.total))
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&a), names(&b));
        for (scenario, count) in PLAN {
            assert_eq!(
                a.orders.iter().filter(|o| o.scenario == scenario).count(),
                count,
                "{scenario:?}"
            );
        }
        let span =
            a.orders.last().unwrap().shop.order.created_at - a.orders[0].shop.order.created_at;
        assert!(span.num_days() >= 28 && span.num_days() <= 31, "{span}");
        let closed = a.account.periods.iter().filter(|p| p.closed).count();
        assert_eq!(closed, 4);
    }

    #[test]
    fn every_month_of_the_year_gives_a_sane_world() {
        for month in 1..=12 {
            for day in [1, 2, 15, 28] {
                let now = Utc
                    .with_ymd_and_hms(2026, month, day, 0, 30, 0)
                    .single()
                    .unwrap();
                let world = build(now);
                for o in &world.orders {
                    assert!(o.shop.order.created_at <= now, "{month}/{day}");
                }
            }
        }
    }
}
