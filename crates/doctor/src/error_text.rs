//! Classify an ERP error from its text alone: what a middleware log (Celigo, Zapier, n8n, a
//! connector's export) keeps of the ERP's answer. The connectors classify the answers they
//! receive themselves, from status and body shape; this table is for everything else.
//!
//! Each rule is one real message of one vendor (see `shared/research/erp-sync-landscape.md`
//! and `tryton-jsonrpc.md`), matched case-insensitively; rules for a vendor come before the
//! generic HTTP ones, so "504" inside a NetSuite period error does not win.

use std::sync::LazyLock;

use osd_model::FindingCode;
use regex::{Regex, RegexBuilder};

/// What the text says, in our words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextVerdict {
    pub code: FindingCode,
    /// The SKU, customer, period or field the message names, when it names one.
    pub key: Option<String>,
    /// The ERP whose wording matched; `None` for generic HTTP wording or no match.
    pub vendor: Option<&'static str>,
}

struct Rule {
    vendor: Option<&'static str>,
    code: FindingCode,
    /// A regular expression; a group named `key` captures what groups the error.
    pattern: &'static str,
}

const NETSUITE: Option<&str> = Some("NetSuite");
const BUSINESS_CENTRAL: Option<&str> = Some("Business Central");
const SAP: Option<&str> = Some("SAP Business One");
const ODOO: Option<&str> = Some("Odoo");
const TRYTON: Option<&str> = Some("Tryton");
const ERPNEXT: Option<&str> = Some("ERPNext");

macro_rules! rule {
    ($vendor:expr, $code:ident, $pattern:expr) => {
        Rule {
            vendor: $vendor,
            code: FindingCode::$code,
            pattern: $pattern,
        }
    };
}

const RULES: &[Rule] = &[
    // NetSuite (REST o:errorDetails and SOAP statusDetail texts).
    rule!(
        NETSUITE,
        SkuNotFound,
        r"Invalid Field Value (?P<key>\S+) for the following field: item\b"
    ),
    rule!(
        NETSUITE,
        SkuNotFound,
        r"Invalid item reference key (?P<key>[^\s.]+)"
    ),
    rule!(
        NETSUITE,
        CustomerNotFound,
        r"Invalid Field Value (?P<key>\S+) for the following field: entity\b"
    ),
    rule!(
        NETSUITE,
        CustomerNotFound,
        r"Invalid entity reference key (?P<key>[^\s.]+)"
    ),
    rule!(
        NETSUITE,
        TaxCodeUnmapped,
        r"Invalid tax ?code reference key (?P<key>[^\s.]+)"
    ),
    rule!(
        NETSUITE,
        TaxCodeUnmapped,
        r"Invalid Field Value (?P<key>\S+) for the following field: taxcode\b"
    ),
    rule!(
        NETSUITE,
        CurrencyInactive,
        r"The currency (?P<key>\S+) does not exist"
    ),
    rule!(
        NETSUITE,
        PeriodClosed,
        r"not within the date range of your accounting period"
    ),
    rule!(NETSUITE, ErpAuthFailed, r"Invalid login attempt"),
    rule!(NETSUITE, DuplicateOrder, r"This record already exists"),
    rule!(
        NETSUITE,
        DuplicateOrder,
        r"IDEMPOTENCY_ERROR|same idempotency key is already submitted"
    ),
    rule!(
        NETSUITE,
        RateLimited,
        r"SSS_REQUEST_LIMIT_EXCEEDED|ExceededConcurrentRequestLimitFault|ExceededRequestLimitFault|WS_CONCUR_SESSION_DISALLOWED"
    ),
    // Business Central (API v2.0 error.code / error.message).
    rule!(
        BUSINESS_CENTRAL,
        SkuNotFound,
        r"The Item does not exist\. Identification fields and values: No\.='(?P<key>[^']*)'"
    ),
    rule!(
        BUSINESS_CENTRAL,
        CustomerNotFound,
        r"The Customer does not exist\. Identification fields and values: No\.='(?P<key>[^']*)'"
    ),
    rule!(
        BUSINESS_CENTRAL,
        SkuNotFound,
        r"contains a value \((?P<key>[^)]*)\) that cannot be found in the related table \(Item\)"
    ),
    rule!(
        BUSINESS_CENTRAL,
        CustomerNotFound,
        r"contains a value \((?P<key>[^)]*)\) that cannot be found in the related table \(Customer\)"
    ),
    // The API pages' own texts name no value (APIV2SalesOrderLines.Page.al ItemDoesNotExistErr,
    // APIV2SalesOrders.Page.al CouldNotFindSellToCustomerErr / CouldNotFindBillToCustomerErr):
    // after the runtime's keyed texts above, which contain the same words.
    rule!(BUSINESS_CENTRAL, SkuNotFound, r"\bItem does not exist\."),
    rule!(
        BUSINESS_CENTRAL,
        CustomerNotFound,
        r"The (?:sell|bill)-to customer cannot be found\."
    ),
    rule!(
        BUSINESS_CENTRAL,
        CountryCodeMismatch,
        r"contains a value \((?P<key>[^)]*)\) that cannot be found in the related table \(Country/Region\)"
    ),
    rule!(
        BUSINESS_CENTRAL,
        CurrencyInactive,
        r"contains a value \((?P<key>[^)]*)\) that cannot be found in the related table \(Currency\)"
    ),
    rule!(
        BUSINESS_CENTRAL,
        TaxCodeUnmapped,
        r"contains a value \((?P<key>[^)]*)\) that cannot be found in the related table \(Tax (?:Group|Area)\)"
    ),
    rule!(
        BUSINESS_CENTRAL,
        PeriodClosed,
        r"is not within your range of allowed posting dates"
    ),
    rule!(
        BUSINESS_CENTRAL,
        FieldTooLong,
        r"The length of the string is \d+, but it must be less than or equal to (?P<key>\d+) characters"
    ),
    rule!(
        BUSINESS_CENTRAL,
        DuplicateOrder,
        r"Internal_EntityWithSameKeyExists|already exists\. Identification fields and values"
    ),
    rule!(
        BUSINESS_CENTRAL,
        ErpAuthFailed,
        r"Authentication_TokenExpired|The SAML2 token is not valid|Authorization_InsufficientPermissions|Authentication_InvalidCredentials"
    ),
    rule!(
        BUSINESS_CENTRAL,
        ErpUnreachable,
        r"Internal_TenantUnavailable|Internal_CompanyNotFound"
    ),
    // SAP Business One Service Layer.
    rule!(
        SAP,
        ErpAuthFailed,
        r"Invalid session or session already timeout"
    ),
    rule!(
        SAP,
        CustomerNotFound,
        r"Invalid BP code \[[^\]]*\]\s*,\s*'(?P<key>[^']*)'"
    ),
    // Before any item rule: this refusal also names `[DocumentLines.ItemCode]` (or
    // `[IGE1.ItemCode]`), yet the item exists; there is too little of it in stock.
    rule!(
        SAP,
        NegativeInventory,
        r"Quantity falls into negative inventory"
    ),
    rule!(
        SAP,
        SkuNotFound,
        r"Item number is missing; specify an item number"
    ),
    rule!(
        SAP,
        PeriodClosed,
        r"Posting period locked|Date deviates from permissible range|Posting Date deviates from the defined range"
    ),
    rule!(
        SAP,
        FieldTooLong,
        r"Value too long in property '(?P<key>[^']*)'"
    ),
    // Odoo (JSON-RPC error.data, JSON-2 bodies).
    rule!(
        ODOO,
        SkuNotFound,
        r"Record does not exist or has been deleted\.\s*\(Record: product\.(?:product|template)\((?P<key>\d+)"
    ),
    rule!(
        ODOO,
        CustomerNotFound,
        r"Record does not exist or has been deleted\.\s*\(Record: res\.partner\((?P<key>\d+)"
    ),
    rule!(
        ODOO,
        PeriodClosed,
        r"prior to and inclusive of the lock date (?P<key>[^.\s]+(?:\s[^.\s]+)*)"
    ),
    // From 18 the violated lock dates by their labels: "…inclusive of: Global Lock Date (10/31/2026)."
    rule!(
        ODOO,
        PeriodClosed,
        r"prior to and inclusive of: (?P<key>[^()]*?Lock Date \([^)]*\))"
    ),
    // A line sent without a product (sale_order_line.py, accountable_required_fields).
    rule!(
        ODOO,
        SkuNotFound,
        r"Missing required fields on accountable sale order line"
    ),
    rule!(
        ODOO,
        ErpAuthFailed,
        r"Odoo Session (?:Expired|Invalid)|odoo\.exceptions\.AccessDenied|Invalid apikey"
    ),
    // Tryton (UserError texts of trytond).
    rule!(
        TRYTON,
        SkuNotFound,
        r#"The value "(?P<key>[^"]*)" for field "Product" in record .* is not valid according to its domain"#
    ),
    rule!(
        TRYTON,
        CustomerNotFound,
        r#"The value "(?P<key>[^"]*)" for field "(?:Party|Invoice Address|Shipment Address)" in record .* is not valid according to its domain"#
    ),
    rule!(
        TRYTON,
        PeriodClosed,
        r#"you must reopen the period "(?P<key>[^"]*)""#
    ),
    rule!(
        TRYTON,
        PeriodClosed,
        r#"you must create a period for the date "(?P<key>[^"]*)""#
    ),
    rule!(
        TRYTON,
        PeriodClosed,
        r#"closed (?:journal-)?period "(?P<key>[^"]*)""#
    ),
    rule!(
        TRYTON,
        FieldTooLong,
        r#"for field "(?P<key>[^"]*)" in record .* is too long \(\d+ > \d+\)"#
    ),
    // ERPNext / Frappe (_server_messages, exc_type).
    rule!(
        ERPNEXT,
        SkuNotFound,
        r"Could not find (?:Row #?\d+: )?Item: (?P<key>[^\n<]+)"
    ),
    rule!(
        ERPNEXT,
        CustomerNotFound,
        r"Could not find (?:Row #?\d+: )?Customer: (?P<key>[^\n<]+)"
    ),
    rule!(
        ERPNEXT,
        CurrencyInactive,
        r"Could not find (?:Row #?\d+: )?Currency: (?P<key>[^\n<]+)"
    ),
    rule!(
        ERPNEXT,
        CountryCodeMismatch,
        r"Could not find (?:Row #?\d+: )?Country: (?P<key>[^\n<]+)"
    ),
    rule!(
        ERPNEXT,
        TaxCodeUnmapped,
        r"Could not find (?:Row #?\d+: )?(?:Item Tax Template|Sales Taxes and Charges Template|Account): (?P<key>[^\n<]+)"
    ),
    rule!(
        ERPNEXT,
        PeriodClosed,
        r"closed Accounting Period (?P<key>[^\n<]+)"
    ),
    rule!(
        ERPNEXT,
        PeriodClosed,
        r"You are not authorized to add or update entries before (?P<key>[^\n<]+)"
    ),
    rule!(
        ERPNEXT,
        FieldTooLong,
        r"will get truncated, as max characters allowed is \d+|CharacterLengthExceededError"
    ),
    rule!(ERPNEXT, DuplicateOrder, r"DuplicateEntryError"),
    rule!(
        ERPNEXT,
        RateLimited,
        r"TooManyRequestsError|RateLimitExceededError"
    ),
    rule!(
        ERPNEXT,
        ErpAuthFailed,
        r"frappe\.exceptions\.AuthenticationError|Incorrect password|Invalid login credentials"
    ),
    rule!(
        ERPNEXT,
        ErpMaintenance,
        r"SessionStopped|Site is under maintenance"
    ),
    // Generic wording of HTTP and the network, whatever the vendor.
    rule!(
        None,
        RateLimited,
        r"\b429\b|Too Many Requests|rate limit|Throttled"
    ),
    rule!(
        None,
        ErpTimeout,
        r"\b504\b|\b408\b|Gateway Time-?out|timed out|\btimeout\b"
    ),
    rule!(
        None,
        ErpMaintenance,
        r"\b503\b|Service Unavailable|under maintenance|maintenance mode"
    ),
    rule!(
        None,
        ErpUnreachable,
        r"Connection refused|connection reset|ECONNRESET|ECONNREFUSED|ENOTFOUND|could not resolve host|\b502\b|Bad Gateway"
    ),
    rule!(
        None,
        ErpAuthFailed,
        r"\b401\b|Unauthorized|invalid_client|invalid_grant|token (?:has )?expired"
    ),
    rule!(
        None,
        UnsupportedCharacters,
        r"invalid character|illegal character|invalid byte sequence|incorrect string value"
    ),
];

static COMPILED: LazyLock<Vec<(Regex, &'static Rule)>> = LazyLock::new(|| {
    RULES
        .iter()
        .filter_map(|rule| {
            RegexBuilder::new(rule.pattern)
                .case_insensitive(true)
                .build()
                .ok()
                .map(|regex| (regex, rule))
        })
        .collect()
});

/// The longest key worth keeping: a key is a SKU or a period, not a paragraph.
const KEY_LIMIT: usize = 80;

/// Classify one error text. Never fails: what no rule recognises is `unclassified_error`.
pub fn classify_text(text: &str) -> TextVerdict {
    for (regex, rule) in COMPILED.iter() {
        if let Some(found) = regex.captures(text) {
            let key = found
                .name("key")
                .map(|m| m.as_str().trim().trim_end_matches(['.', ',', '"', '\'']))
                .filter(|k| !k.is_empty())
                .map(|k| k.chars().take(KEY_LIMIT).collect());
            return TextVerdict {
                code: rule.code,
                key,
                vendor: rule.vendor,
            };
        }
    }
    TextVerdict {
        code: FindingCode::UnclassifiedError,
        key: None,
        vendor: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use FindingCode as F;

    /// (vendor's own text, code, key, vendor) — the texts are the vendors' words verbatim.
    const CASES: &[(&str, FindingCode, Option<&str>, Option<&str>)] = &[
        ("Error while accessing resource: You have entered an Invalid Field Value 9999 for the following field: item", F::SkuNotFound, Some("9999"), NETSUITE),
        ("Invalid item reference key 149 for subsidiary 1.", F::SkuNotFound, Some("149"), NETSUITE),
        ("Invalid item reference key 123 for entity 456.", F::SkuNotFound, Some("123"), NETSUITE),
        ("Error while accessing resource: You have entered an Invalid Field Value 5150 for the following field: entity", F::CustomerNotFound, Some("5150"), NETSUITE),
        ("Invalid entity reference key 5150 for subsidiary 1.", F::CustomerNotFound, Some("5150"), NETSUITE),
        ("Invalid tax code reference key 12.", F::TaxCodeUnmapped, Some("12"), NETSUITE),
        ("The currency CAD does not exist", F::CurrencyInactive, Some("CAD"), NETSUITE),
        ("The transaction date you specified is not within the date range of your accounting period.", F::PeriodClosed, None, NETSUITE),
        ("Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.", F::ErpAuthFailed, None, NETSUITE),
        ("This record already exists", F::DuplicateOrder, None, NETSUITE),
        ("Conflict: IDEMPOTENCY_ERROR A request with the same idempotency key is already submitted", F::DuplicateOrder, None, NETSUITE),
        ("SSS_REQUEST_LIMIT_EXCEEDED", F::RateLimited, None, NETSUITE),
        ("ExceededConcurrentRequestLimitFault", F::RateLimited, None, NETSUITE),
        (r#"{"error":{"code":"Internal_RecordNotFound","message":"The Item does not exist. Identification fields and values: No.='TSHIRT-BLK-XL'"}}"#, F::SkuNotFound, Some("TSHIRT-BLK-XL"), BUSINESS_CENTRAL),
        ("The Customer does not exist. Identification fields and values: No.='C00690'", F::CustomerNotFound, Some("C00690"), BUSINESS_CENTRAL),
        ("Item does not exist.  CorrelationId:  1822e662-966b-4153-bd3c-f9bb8bfea1bf.", F::SkuNotFound, None, BUSINESS_CENTRAL),
        ("The sell-to customer cannot be found.", F::CustomerNotFound, None, BUSINESS_CENTRAL),
        ("The field Item No. of table Sales Line contains a value (MUG-NAT-XL) that cannot be found in the related table (Item).", F::SkuNotFound, Some("MUG-NAT-XL"), BUSINESS_CENTRAL),
        ("The field Sell-to Customer No. of table Sales Header contains a value (C09999) that cannot be found in the related table (Customer).", F::CustomerNotFound, Some("C09999"), BUSINESS_CENTRAL),
        ("The field Tax Group Code of table Sales Line contains a value (CO-STATE) that cannot be found in the related table (Tax Group).", F::TaxCodeUnmapped, Some("CO-STATE"), BUSINESS_CENTRAL),
        ("The field Country/Region Code of table Sales Header contains a value (United States) that cannot be found in the related table (Country/Region).", F::CountryCodeMismatch, Some("United States"), BUSINESS_CENTRAL),
        ("The field Currency Code of table Sales Header contains a value (CAD) that cannot be found in the related table (Currency).", F::CurrencyInactive, Some("CAD"), BUSINESS_CENTRAL),
        ("Posting Date is not within your range of allowed posting dates in Sales Header Document Type='Order',No.='SO100120'.", F::PeriodClosed, None, BUSINESS_CENTRAL),
        ("The length of the string is 57, but it must be less than or equal to 50 characters. Value: Lot 7, Unit 12, Building C, Riverside Industrial Estate", F::FieldTooLong, Some("50"), BUSINESS_CENTRAL),
        ("Internal_EntityWithSameKeyExists: The Sales Header already exists. Identification fields and values: Document Type='Order',No.='1042'", F::DuplicateOrder, None, BUSINESS_CENTRAL),
        ("Authentication_TokenExpired: The SAML2 token is not valid because its validity period has ended.", F::ErpAuthFailed, None, BUSINESS_CENTRAL),
        ("Internal_TenantUnavailable", F::ErpUnreachable, None, BUSINESS_CENTRAL),
        (r#"{"error":{"code":301,"message":{"lang":"en-us","value":"Invalid session or session already timeout."}}}"#, F::ErpAuthFailed, None, SAP),
        ("Invalid BP code [OPDN.CardCode] , 'P20609988771'", F::CustomerNotFound, Some("P20609988771"), SAP),
        ("Item number is missing; specify an item number [DocumentLines.ItemCode][line: 4]", F::SkuNotFound, None, SAP),
        ("Quantity falls into negative inventory  [DocumentLines.ItemCode][line: 2]", F::NegativeInventory, None, SAP),
        ("Error -10 - Quantity falls into negative inventory  [IGE1.ItemCode][line: 2]", F::NegativeInventory, None, SAP),
        ("Posting period locked; specify an alternative date", F::PeriodClosed, None, SAP),
        ("10000156 - Posting Date deviates from the defined range. To complete the operation, define the posting period to match the entered Posting Date.", F::PeriodClosed, None, SAP),
        (r#"{"error":{"code":"-8112","message":"Value too long in property 'State' of 'BPAddress'"}}"#, F::FieldTooLong, Some("State"), SAP),
        ("CServiceData::SetPropertyValueString failed; Value too long in property 'CardCode' of 'BusinessPartner'", F::FieldTooLong, Some("CardCode"), SAP),
        ("Record does not exist or has been deleted.\n(Record: product.product(9999,), User: 2)", F::SkuNotFound, Some("9999"), ODOO),
        ("Record does not exist or has been deleted.\n(Record: res.partner(4711,), User: 2)", F::CustomerNotFound, Some("4711"), ODOO),
        ("You cannot add/modify entries prior to and inclusive of the lock date 10/31/2026.", F::PeriodClosed, Some("10/31/2026"), ODOO),
        ("You cannot add/modify entries prior to and inclusive of: Global Lock Date (10/31/2026).", F::PeriodClosed, Some("Global Lock Date (10/31/2026)"), ODOO),
        ("The operation cannot be completed: Missing required fields on accountable sale order line.", F::SkuNotFound, None, ODOO),
        (r#"{"jsonrpc":"2.0","id":1,"error":{"code":100,"message":"Odoo Session Expired"}}"#, F::ErpAuthFailed, None, ODOO),
        (r#"The value "9999" for field "Product" in record "5" of "Sale Line" is not valid according to its domain."#, F::SkuNotFound, Some("9999"), TRYTON),
        (r#"The value "Example Customer, 1 Main Street, 10001, New York, US" for field "Invoice Address" in record "(4)" of "Sale" is not valid according to its domain."#, F::CustomerNotFound, Some("Example Customer, 1 Main Street, 10001, New York, US"), TRYTON),
        (r#"To continue, you must reopen the period "2026-10" of company "My Company" for the date "10/15/2026"."#, F::PeriodClosed, Some("2026-10"), TRYTON),
        (r#"To continue, you must create a period for the date "12/01/2027" and company "My Company"."#, F::PeriodClosed, Some("12/01/2027"), TRYTON),
        (r#"You cannot add/modify/delete lines on closed journal-period "Revenue - 2026-10"."#, F::PeriodClosed, Some("Revenue - 2026-10"), TRYTON),
        (r#"The value "ABCD" for field "Code" in record "Bad" of "Currency" is too long (4 > 3)."#, F::FieldTooLong, Some("Code"), TRYTON),
        ("frappe.exceptions.LinkValidationError: Could not find Item: ABC-123", F::SkuNotFound, Some("ABC-123"), ERPNEXT),
        ("Could not find Row #2: Item: HOODIE-SGE-XXL", F::SkuNotFound, Some("HOODIE-SGE-XXL"), ERPNEXT),
        ("Could not find Customer: Zoë Berg", F::CustomerNotFound, Some("Zoë Berg"), ERPNEXT),
        ("You cannot create or cancel any accounting entries with in the closed Accounting Period Oct 2026", F::PeriodClosed, Some("Oct 2026"), ERPNEXT),
        ("You cannot create a Sales Invoice within the closed Accounting Period FY-2026-Q3", F::PeriodClosed, Some("FY-2026-Q3"), ERPNEXT),
        ("You are not authorized to add or update entries before 31-10-2026", F::PeriodClosed, Some("31-10-2026"), ERPNEXT),
        ("Address Line 1: 'Lot 7, Unit 12' (150) will get truncated, as max characters allowed is 140", F::FieldTooLong, None, ERPNEXT),
        ("Error while accessing resource: You have entered an Invalid Field Value 7 for the following field: taxcode", F::TaxCodeUnmapped, Some("7"), NETSUITE),
        ("Could not find Currency: CAD", F::CurrencyInactive, Some("CAD"), ERPNEXT),
        ("Could not find Country: Deutschland", F::CountryCodeMismatch, Some("Deutschland"), ERPNEXT),
        ("Could not find Item Tax Template: VAT 19%", F::TaxCodeUnmapped, Some("VAT 19%"), ERPNEXT),
        (r#"{"exc_type":"DuplicateEntryError","exception":"frappe.exceptions.DuplicateEntryError: ('Sales Order', 'SO-1042')"}"#, F::DuplicateOrder, None, ERPNEXT),
        ("frappe.exceptions.AuthenticationError: Incorrect password", F::ErpAuthFailed, None, ERPNEXT),
        (r#"{"exc_type":"SessionStopped"}"#, F::ErpMaintenance, None, ERPNEXT),
        (r#"{"exc_type":"TooManyRequestsError","_server_messages":"[]"}"#, F::RateLimited, None, ERPNEXT),
        ("HTTP 504 Gateway Time-out", F::ErpTimeout, None, None),
        ("The operation timed out after 30000 milliseconds", F::ErpTimeout, None, None),
        ("429 Too Many Requests", F::RateLimited, None, None),
        ("Shopify API error: Throttled", F::RateLimited, None, None),
        ("503 Service Unavailable", F::ErpMaintenance, None, None),
        ("connect ECONNREFUSED 10.0.0.4:443", F::ErpUnreachable, None, None),
        ("401 Unauthorized", F::ErpAuthFailed, None, None),
        ("Incorrect string value: '\\xF0\\x9F\\x98\\x80' for column 'address'", F::UnsupportedCharacters, None, None),
        ("Something odd happened", F::UnclassifiedError, None, None),
        ("", F::UnclassifiedError, None, None),
    ];

    #[test]
    fn every_rule_compiles() {
        assert_eq!(COMPILED.len(), RULES.len());
    }

    #[test]
    fn the_vendors_own_texts_are_classified_with_their_key() {
        for (text, code, key, vendor) in CASES {
            let verdict = classify_text(text);
            assert_eq!(
                (verdict.code, verdict.key.as_deref(), verdict.vendor),
                (*code, *key, *vendor),
                "{text}"
            );
        }
    }

    #[test]
    fn every_rule_is_exercised_by_a_real_text() {
        let missing: Vec<&str> = RULES
            .iter()
            .filter(|rule| {
                let regex = RegexBuilder::new(rule.pattern)
                    .case_insensitive(true)
                    .build()
                    .unwrap();
                !CASES.iter().any(|(text, ..)| regex.is_match(text))
            })
            .map(|rule| rule.pattern)
            .collect();
        assert!(missing.is_empty(), "no test text for {missing:#?}");
    }
}
