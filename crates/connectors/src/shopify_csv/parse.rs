use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use osd_model::{Address, Customer, LineItem, Order, TaxLine};
use rust_decimal::Decimal;

use crate::wire_decimal;
use crate::RejectedRecord;

/// What a file gave: the orders it holds, and every order that could not be read, by rows.
#[derive(Debug, Default)]
pub struct CsvImport {
    pub orders: Vec<Order>,
    pub rejected: Vec<RejectedRecord>,
    /// How many of `orders` were cancelled. They come with a status that ended (never booked),
    /// so that an order held back from an earlier file is let go once a newer one cancels it.
    pub cancelled: usize,
}

/// Column lookup by header name, whatever the column order.
struct Columns {
    index: HashMap<String, usize>,
    width: usize,
}

impl Columns {
    fn new(headers: &csv::ByteRecord) -> Self {
        let index = headers
            .iter()
            .enumerate()
            .map(|(i, h)| (String::from_utf8_lossy(h).trim().to_ascii_lowercase(), i))
            .collect();
        Self {
            index,
            width: headers.len(),
        }
    }

    fn has(&self, name: &str) -> bool {
        self.index.contains_key(&name.to_ascii_lowercase())
    }
}

/// One row, read through the header.
struct Row<'a> {
    columns: &'a Columns,
    record: &'a csv::StringRecord,
    line: u64,
}

impl Row<'_> {
    fn get(&self, name: &str) -> &str {
        self.columns
            .index
            .get(&name.to_ascii_lowercase())
            .and_then(|&i| self.record.get(i))
            .map(str::trim)
            .unwrap_or("")
    }

    fn optional(&self, name: &str) -> Option<String> {
        let value = self.get(name);
        (!value.is_empty()).then(|| value.to_string())
    }

    fn money(&self, name: &str) -> Result<Decimal, String> {
        let value = self.get(name);
        if value.is_empty() {
            return Ok(Decimal::ZERO);
        }
        parse_money(value)
            .ok_or_else(|| format!("row {}: {name} \"{value}\" is not an amount", self.line))
    }
}

fn parse_money(text: &str) -> Option<Decimal> {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '$' | '€' | '£'))
        .collect();
    wire_decimal::parse(&cleaned)
}

/// Shopify writes `2026-11-02 10:00:00 -0500`; accept the other usual forms too.
fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    DateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S %z")
        .or_else(|_| DateTime::parse_from_rfc3339(text))
        .map(|d| d.with_timezone(&Utc))
        .ok()
        .or_else(|| {
            NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S")
                .ok()
                .map(|d| d.and_utc())
        })
        .or_else(|| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|d| d.and_utc())
        })
}

/// A two- or three-letter upper-case value is a code; anything else is a name.
fn code_or_name(value: Option<String>) -> (Option<String>, Option<String>) {
    match value {
        Some(v)
            if (2..=3).contains(&v.len())
                && v.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) =>
        {
            (Some(v), None)
        }
        Some(v) => (None, Some(v)),
        None => (None, None),
    }
}

fn address(row: &Row<'_>, prefix: &str) -> Option<Address> {
    let field = |name: &str| row.optional(&format!("{prefix} {name}"));
    let line1 = field("Address1").or_else(|| field("Street"))?;
    let (province_code, province_name) = code_or_name(field("Province"));
    let (country_code, country_name) = code_or_name(field("Country"));
    Some(Address {
        name: field("Name").unwrap_or_default(),
        company: field("Company"),
        line1,
        line2: field("Address2"),
        city: field("City").unwrap_or_default(),
        province: field("Province Name").or(province_name),
        province_code,
        postcode: field("Zip"),
        country: country_name,
        country_code,
        phone: field("Phone"),
    })
}

/// "CA State Tax 7.25%" → ("CA State Tax", 0.0725).
fn tax_title_and_rate(name: &str) -> (String, Option<Decimal>) {
    let trimmed = name.trim();
    if let Some(without) = trimmed.strip_suffix('%') {
        if let Some((title, number)) = without.rsplit_once(' ') {
            if let Some(rate) = wire_decimal::parse(number) {
                return (title.trim().to_string(), Some(rate / Decimal::ONE_HUNDRED));
            }
        }
    }
    (trimmed.to_string(), None)
}

/// An order being assembled from its rows.
struct Draft {
    order: Order,
    first_line: u64,
    last_line: u64,
    problems: Vec<String>,
    cancelled: bool,
}

fn start_order(row: &Row<'_>, name: &str) -> Draft {
    let mut problems = Vec::new();
    let mut money = |column: &str| {
        row.money(column).unwrap_or_else(|e| {
            problems.push(e);
            Decimal::ZERO
        })
    };
    let subtotal = money("Subtotal");
    let shipping_total = money("Shipping");
    let total_tax = money("Taxes");
    let total = money("Total");
    let discount_total = money("Discount Amount");
    let mut tax_lines = Vec::new();
    for n in 1..=5 {
        let Some(title) = row.optional(&format!("Tax {n} Name")) else {
            continue;
        };
        let amount = money(&format!("Tax {n} Value"));
        let (title, rate) = tax_title_and_rate(&title);
        let base = subtotal - discount_total;
        let rate = rate.unwrap_or_else(|| {
            if base.is_zero() {
                Decimal::ZERO
            } else {
                (amount / base).round_dp(4)
            }
        });
        tax_lines.push(TaxLine {
            title,
            rate,
            amount,
        });
    }
    let created = row.get("Created at");
    let created_at = parse_time(created).unwrap_or_else(|| {
        problems.push(format!(
            "row {}: Created at \"{created}\" is not a date",
            row.line
        ));
        DateTime::<Utc>::UNIX_EPOCH
    });
    let id = row.optional("Id");
    // An export of Shopify orders carries Shopify's id: use the same external id the API
    // connector uses, so the ERP never gets the same order twice from two sources.
    let (store_id, source) = match &id {
        Some(id) => (format!("gid://shopify/Order/{id}"), "shopify"),
        None => (name.trim_start_matches('#').to_string(), "csv"),
    };
    let billing = address(row, "Billing");
    let shipping = address(row, "Shipping");
    let email = row.optional("Email");
    let customer_name = billing
        .as_ref()
        .or(shipping.as_ref())
        .map(|a| a.name.clone())
        .unwrap_or_default();
    let cancelled = row.optional("Cancelled at").is_some();
    // Taxes are included in prices when the total adds up without them.
    let taxes_included =
        !total_tax.is_zero() && subtotal - discount_total + shipping_total == total;
    Draft {
        order: Order {
            store_id,
            name: name.to_string(),
            source: source.to_string(),
            created_at,
            currency: row.optional("Currency").unwrap_or_default(),
            customer: Customer {
                name: customer_name,
                email,
                guest: false,
            },
            billing,
            shipping,
            lines: Vec::new(),
            tax_lines,
            taxes_included,
            shipping_total,
            discount_total,
            subtotal,
            total_tax,
            total,
            note: row.optional("Notes"),
            presentment_currency: None,
            // "Financial Status": Shopify's financial statuses in lower case (`paid`, `pending`).
            store_status: crate::shopify::status::store_status(
                row.optional("Financial Status").as_deref(),
                cancelled,
            ),
        },
        first_line: row.line,
        last_line: row.line,
        problems,
        cancelled,
    }
}

fn add_line(draft: &mut Draft, row: &Row<'_>) {
    draft.last_line = row.line;
    let quantity = row.get("Lineitem quantity");
    let title = row.get("Lineitem name");
    if quantity.is_empty() && title.is_empty() {
        return;
    }
    let quantity = match quantity.parse::<u32>() {
        Ok(q) => Decimal::from(q),
        Err(_) => {
            draft.problems.push(format!(
                "row {}: Lineitem quantity \"{quantity}\" is not a whole number",
                row.line
            ));
            return;
        }
    };
    let unit_price = match row.money("Lineitem price") {
        Ok(p) => p,
        Err(e) => {
            draft.problems.push(e);
            return;
        }
    };
    draft.order.lines.push(LineItem {
        sku: row.optional("Lineitem sku"),
        title: title.to_string(),
        quantity,
        unit_price,
        tax_lines: Vec::new(),
        unit: None,
    });
}

/// Read a whole export. Never fails: what cannot be read is in `rejected`.
pub fn parse(bytes: &[u8]) -> CsvImport {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut import = CsvImport::default();
    if bytes.iter().all(u8::is_ascii_whitespace) {
        import.rejected.push(RejectedRecord {
            reference: "the file".into(),
            reason: "the file is empty".into(),
        });
        return import;
    }
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers = match reader.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            import.rejected.push(RejectedRecord {
                reference: "row 1".into(),
                reason: format!("the header row could not be read: {e}"),
            });
            return import;
        }
    };
    let columns = Columns::new(&headers);
    if !columns.has("Name") {
        import.rejected.push(RejectedRecord {
            reference: "row 1".into(),
            reason: "this is not a Shopify order export: there is no Name column".into(),
        });
        return import;
    }
    let mut drafts: Vec<Draft> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut record = csv::ByteRecord::new();
    // Rows as a spreadsheet numbers them: the header is row 1, and a note spanning several
    // lines is still one row.
    let mut line: u64 = 1;
    loop {
        line += 1;
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                import.rejected.push(RejectedRecord {
                    reference: format!("row {line}"),
                    reason: format!("the row could not be read: {e}"),
                });
                continue;
            }
        }
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        let text = match csv::StringRecord::from_byte_record(record.clone()) {
            Ok(text) => text,
            Err(_) => {
                import.rejected.push(RejectedRecord {
                    reference: format!("row {line}"),
                    reason: "the row is not UTF-8 text; export the file again as UTF-8".into(),
                });
                continue;
            }
        };
        let row = Row {
            columns: &columns,
            record: &text,
            line,
        };
        let name = row.get("Name").to_string();
        if name.is_empty() {
            import.rejected.push(RejectedRecord {
                reference: format!("row {line}"),
                reason: "the row has no order Name".into(),
            });
            continue;
        }
        let at = match by_name.get(&name) {
            Some(&at) => at,
            None => {
                drafts.push(start_order(&row, &name));
                by_name.insert(name.clone(), drafts.len() - 1);
                drafts.len() - 1
            }
        };
        let draft = &mut drafts[at];
        if text.len() != columns.width {
            draft.problems.push(format!(
                "row {line} has {} fields where the header has {}",
                text.len(),
                columns.width
            ));
        }
        add_line(draft, &row);
    }
    for draft in drafts {
        let rows = if draft.first_line == draft.last_line {
            format!("row {}", draft.first_line)
        } else {
            format!("rows {}-{}", draft.first_line, draft.last_line)
        };
        if !draft.problems.is_empty() {
            import.rejected.push(RejectedRecord {
                reference: format!("{} ({rows})", draft.order.name),
                reason: draft.problems.join("; "),
            });
        } else if draft.cancelled {
            import.cancelled += 1;
            import.orders.push(draft.order);
        } else if draft.order.lines.is_empty() {
            import.rejected.push(RejectedRecord {
                reference: format!("{} ({rows})", draft.order.name),
                reason: "the order has no line items".into(),
            });
        } else {
            import.orders.push(draft.order);
        }
    }
    import
}
