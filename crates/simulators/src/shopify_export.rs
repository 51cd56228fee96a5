//! Orders written the way Shopify's Admin → Orders → Export writes them: one row per line
//! item, the order's fields on its first row only. For tests, benchmarks and a CSV demo.

use osd_model::{Address, Order};

/// The export's columns, in Shopify's order.
pub const COLUMNS: [&str; 47] = [
    "Name",
    "Email",
    "Financial Status",
    "Paid at",
    "Fulfillment Status",
    "Currency",
    "Subtotal",
    "Shipping",
    "Taxes",
    "Total",
    "Discount Code",
    "Discount Amount",
    "Created at",
    "Lineitem quantity",
    "Lineitem name",
    "Lineitem price",
    "Lineitem sku",
    "Billing Name",
    "Billing Street",
    "Billing Address1",
    "Billing Address2",
    "Billing Company",
    "Billing City",
    "Billing Zip",
    "Billing Province",
    "Billing Country",
    "Billing Phone",
    "Shipping Name",
    "Shipping Street",
    "Shipping Address1",
    "Shipping Address2",
    "Shipping Company",
    "Shipping City",
    "Shipping Zip",
    "Shipping Province",
    "Shipping Country",
    "Shipping Phone",
    "Notes",
    "Cancelled at",
    "Tax 1 Name",
    "Tax 1 Value",
    "Tax 2 Name",
    "Tax 2 Value",
    "Tax 3 Name",
    "Tax 3 Value",
    "Id",
    "Source",
];

fn address_fields(a: Option<&Address>) -> Vec<String> {
    let Some(a) = a else {
        return vec![String::new(); 10];
    };
    let street = format!("{} {}", a.line1, a.line2.clone().unwrap_or_default())
        .trim()
        .to_string();
    vec![
        a.name.clone(),
        street,
        a.line1.clone(),
        a.line2.clone().unwrap_or_default(),
        a.company.clone().unwrap_or_default(),
        a.city.clone(),
        a.postcode.clone().unwrap_or_default(),
        a.province_code
            .clone()
            .or_else(|| a.province.clone())
            .unwrap_or_default(),
        a.country_code
            .clone()
            .or_else(|| a.country.clone())
            .unwrap_or_default(),
        a.phone.clone().unwrap_or_default(),
    ]
}

/// "Financial Status": Shopify's financial status in lower case; an order that says nothing
/// else was paid.
fn financial_status(order: &Order) -> String {
    order
        .store_status
        .as_ref()
        .map_or_else(|| "paid".to_string(), |s| s.name.to_lowercase())
}

fn rows(order: &Order) -> Vec<Vec<String>> {
    let id = order
        .store_id
        .rsplit('/')
        .next()
        .unwrap_or(&order.store_id)
        .to_string();
    order
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let first = i == 0;
            let keep = |value: String| if first { value } else { String::new() };
            let mut row = vec![
                order.name.clone(),
                keep(order.customer.email.clone().unwrap_or_default()),
                keep(financial_status(order)),
                keep(if financial_status(order) == "paid" {
                    order.created_at.format("%Y-%m-%d %H:%M:%S %z").to_string()
                } else {
                    String::new()
                }),
                keep("unfulfilled".into()),
                keep(order.currency.clone()),
                keep(order.subtotal.to_string()),
                keep(order.shipping_total.to_string()),
                keep(order.total_tax.to_string()),
                keep(order.total.to_string()),
                String::new(),
                keep(order.discount_total.to_string()),
                keep(order.created_at.format("%Y-%m-%d %H:%M:%S %z").to_string()),
                line.quantity.to_string(),
                line.title.clone(),
                line.unit_price.to_string(),
                line.sku.clone().unwrap_or_default(),
            ];
            let billing = address_fields(order.billing.as_ref());
            let shipping = address_fields(order.shipping.as_ref());
            row.extend(billing.into_iter().map(keep));
            row.extend(shipping.into_iter().map(keep));
            row.push(keep(order.note.clone().unwrap_or_default()));
            row.push(String::new());
            for n in 0..3 {
                match order.tax_lines.get(n) {
                    Some(t) => {
                        let percent = (t.rate * rust_decimal::Decimal::ONE_HUNDRED).normalize();
                        row.push(keep(format!("{} {percent}%", t.title)));
                        row.push(keep(t.amount.to_string()));
                    }
                    None => row.extend([String::new(), String::new()]),
                }
            }
            row.push(keep(id.clone()));
            row.push(keep("web".into()));
            row
        })
        .collect()
}

/// The export as text, with the header row.
pub fn to_csv(orders: &[Order]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(COLUMNS);
    for order in orders {
        for row in rows(order) {
            let _ = writer.write_record(&row);
        }
    }
    writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}
