use std::time::{Duration, Instant};

use async_trait::async_trait;
use chrono::NaiveDate;
use osd_model::{
    AccountingPeriod, Address, ErpCurrency, ErpCustomer, ErpItem, ErpRules, ErpTaxCode,
    FindingCode, MasterData, Sensitive,
};
use reqwest::Method;
use serde_json::{json, Map, Value};
use tokio::sync::Mutex;

use super::{errors, limits};
use crate::http::{self, Answer, Side};
use crate::odata::{any_of, quoted, text};
use crate::wire_decimal;
use crate::{
    oauth1, CallError, ConnectionReport, Erp, ErpOrder, ErpOrderDraft, ErpOrderState, NewCustomer,
    NewItem, Ref,
};

const SYSTEM: &str = "SAP Business One";
/// Rows per page asked with `Prefer: odata.maxpagesize` (the Service Layer's default is 20).
const PAGE_SIZE: usize = 200;
/// References per lookup; an `or` chain this long keeps the URL short.
const IDS_PER_QUERY: usize = 15;

#[derive(Debug, Clone)]
pub struct SapConfig {
    /// `https://host:50000/b1s/v1/`
    pub base_url: url::Url,
    pub company_db: String,
    pub username: String,
    pub password: Sensitive<String>,
    pub timeout: Duration,
}

struct Session {
    /// `B1SESSION=…; ROUTEID=…`, sent back on every call.
    cookie: Sensitive<String>,
    idle_limit: Duration,
    last_used: Instant,
}

pub struct SapClient {
    config: SapConfig,
    http: reqwest::Client,
    session: Mutex<Option<Session>>,
    logins: std::sync::atomic::AtomicU64,
}

/// The Service Layer wants `%20`, not `+`, in `$filter`.
fn with_query(mut url: url::Url, params: &[(&str, String)]) -> url::Url {
    let query = params
        .iter()
        .map(|(k, v)| format!("{}={}", k, oauth1::encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    url.set_query(Some(&query));
    url
}

fn erp_order(row: &Map<String, Value>) -> ErpOrder {
    let status = text(row, "DocumentStatus");
    let cancelled = text(row, "Cancelled") == "tYES";
    let state = match (status.as_str(), cancelled) {
        (_, true) => ErpOrderState::Other,
        ("bost_Open", _) => ErpOrderState::Open,
        ("bost_Delivered" | "bost_Paid", _) => ErpOrderState::Processing,
        _ => ErpOrderState::Other,
    };
    let label = match status.as_str() {
        "bost_Open" if !cancelled => "Open",
        "bost_Close" => "Closed",
        _ if cancelled => "Cancelled",
        other => other,
    };
    ErpOrder {
        erp_id: text(row, "DocEntry"),
        external_id: text(row, "NumAtCard"),
        status: label.to_string(),
        state,
    }
}

impl SapClient {
    pub fn new(config: SapConfig) -> Result<Self, CallError> {
        Ok(Self {
            http: http::client(config.timeout)?,
            config,
            session: Mutex::new(None),
            logins: Default::default(),
        })
    }

    fn url(&self, path: &str) -> Result<url::Url, CallError> {
        self.config.base_url.join(path).map_err(|e| {
            CallError::new(
                FindingCode::ErpUnreachable,
                "The Service Layer address is not valid",
                e.to_string(),
            )
        })
    }

    async fn login(&self) -> Result<Session, CallError> {
        let body = json!({ "CompanyDB": self.config.company_db, "UserName": self.config.username, "Password": self.config.password.expose() });
        let answer = http::exchange(
            self.http.post(self.url("Login")?).json(&body),
            Side::Erp,
            SYSTEM,
        )
        .await?;
        if !answer.is_success() {
            let mut error = errors::classify(&answer);
            if matches!(answer.status, 400 | 401) {
                error.code = FindingCode::ErpAuthFailed;
                error.summary =
                    "SAP Business One refused the login (company database, user or password)"
                        .into();
            }
            return Err(error);
        }
        let cookies: Vec<String> = answer
            .headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .filter_map(|v| v.split(';').next())
            .filter(|kv| kv.starts_with("B1SESSION=") || kv.starts_with("ROUTEID="))
            .map(|kv| kv.trim().to_string())
            .collect();
        if !cookies.iter().any(|c| c.starts_with("B1SESSION=")) {
            return Err(CallError::unreadable(
                SYSTEM,
                "no B1SESSION cookie",
                "login answer withheld",
            ));
        }
        let minutes = serde_json::from_str::<Value>(&answer.body)
            .ok()
            .and_then(|b| b.get("SessionTimeout").and_then(Value::as_u64))
            .unwrap_or(30);
        self.logins
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(Session {
            cookie: Sensitive::new(cookies.join("; ")),
            idle_limit: Duration::from_secs(minutes * 60),
            last_used: Instant::now(),
        })
    }

    /// The session cookie, logging in again when the session has been idle too long.
    async fn cookie(&self, fresh: bool) -> Result<String, CallError> {
        let mut session = self.session.lock().await;
        let usable = session.as_ref().is_some_and(|s| {
            !fresh && s.last_used.elapsed() + Duration::from_secs(30) < s.idle_limit
        });
        if !usable {
            *session = Some(self.login().await?);
        }
        let Some(s) = session.as_mut() else {
            return Err(CallError::new(
                FindingCode::ErpAuthFailed,
                "No SAP Business One session",
                String::new(),
            ));
        };
        s.last_used = Instant::now();
        Ok(s.cookie.expose().clone())
    }

    /// One call in the session; a timed-out session (401, code 301) logs in again once.
    async fn call(
        &self,
        method: Method,
        url: url::Url,
        body: Option<&Value>,
    ) -> Result<Answer, CallError> {
        let mut fresh = false;
        loop {
            let mut request = self
                .http
                .request(method.clone(), url.clone())
                .header("Cookie", self.cookie(fresh).await?)
                .header("Prefer", format!("odata.maxpagesize={PAGE_SIZE}"));
            if let Some(body) = body {
                request = request.json(body);
            }
            let answer = http::exchange(request, Side::Erp, SYSTEM).await?;
            let session_ended = answer.status == 401
                && errors::parse(&answer.body).is_some_and(|(code, _)| code == 301);
            if session_ended && !fresh {
                fresh = true;
                continue;
            }
            return Ok(answer);
        }
    }

    async fn rows(&self, mut url: url::Url) -> Result<Vec<Map<String, Value>>, CallError> {
        let mut rows = Vec::new();
        loop {
            let answer = self.call(Method::GET, url.clone(), None).await?;
            if !answer.is_success() {
                return Err(errors::classify(&answer));
            }
            let page: Value = serde_json::from_str(&answer.body)
                .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))?;
            rows.extend(
                page.get("value")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|v| v.as_object().cloned()),
            );
            let next = page
                .get("odata.nextLink")
                .or_else(|| page.get("@odata.nextLink"))
                .and_then(Value::as_str);
            match next {
                // "/b1s/v1/Orders?$skip=20" (from the server root) or "Orders?$skip=20".
                Some(next) => {
                    url = url
                        .join(next)
                        .map_err(|e| CallError::unreadable(SYSTEM, e, next))?
                }
                None => return Ok(rows),
            }
        }
    }

    async fn post(&self, entity: &str, body: &Value) -> Result<Map<String, Value>, CallError> {
        let answer = self
            .call(Method::POST, self.url(entity)?, Some(body))
            .await?;
        if !answer.is_success() {
            return Err(errors::classify(&answer));
        }
        serde_json::from_str(&answer.body)
            .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))
    }

    async fn select(
        &self,
        entity: &str,
        select: &str,
        filter: Option<String>,
    ) -> Result<Vec<Map<String, Value>>, CallError> {
        let mut params = vec![("$select", select.to_string())];
        if let Some(filter) = filter {
            params.push(("$filter", filter));
        }
        self.rows(with_query(self.url(entity)?, &params)).await
    }

    /// How many times this client has logged in (a new session after a timeout counts).
    pub fn logins(&self) -> u64 {
        self.logins.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// End the session on the server, so it does not linger until it times out.
    pub async fn logout(&self) {
        let Some(session) = self.session.lock().await.take() else {
            return;
        };
        if let Ok(url) = self.url("Logout") {
            let _ = self
                .http
                .post(url)
                .header("Cookie", session.cookie.expose())
                .send()
                .await;
        }
    }
}

fn address(prefix: &str, a: &Address, out: &mut Map<String, Value>) {
    let fields = [
        ("Street", Some(a.line1.clone())),
        ("Block", a.line2.clone()),
        ("City", Some(a.city.clone())),
        ("ZipCode", a.postcode.clone()),
        (
            "State",
            a.province_code.clone().or_else(|| a.province.clone()),
        ),
        (
            "Country",
            a.country_code.clone().or_else(|| a.country.clone()),
        ),
    ];
    for (name, value) in fields {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            out.insert(format!("{prefix}{name}"), json!(value));
        }
    }
}

fn reference(r: &Ref) -> String {
    match r {
        Ref::Id(id) | Ref::Unresolved(id) => id.clone(),
    }
}

pub fn order_body(draft: &ErpOrderDraft) -> Value {
    let date = draft.tran_date.format("%Y-%m-%d").to_string();
    let mut extension = Map::new();
    if let Some(a) = &draft.shipping {
        address("ShipTo", a, &mut extension);
    }
    if let Some(a) = &draft.billing {
        address("BillTo", a, &mut extension);
    }
    json!({
        "CardCode": reference(&draft.customer),
        "DocDate": date,
        "DocDueDate": date,
        "TaxDate": date,
        "NumAtCard": draft.external_id,
        "DocCurrency": reference(&draft.currency),
        "Comments": draft.memo,
        "DocumentLines": draft.lines.iter().map(|l| {
            let mut line = json!({ "ItemCode": reference(&l.item), "Quantity": l.quantity, "UnitPrice": l.unit_price, "ItemDescription": l.description });
            if let Some(tax) = &draft.tax_code {
                line["TaxCode"] = json!(reference(tax));
            }
            line
        }).collect::<Vec<_>>(),
        "AddressExtension": extension,
    })
}

fn yes(row: &Map<String, Value>, key: &str) -> bool {
    text(row, key) == "tYES"
}

#[async_trait]
impl Erp for SapClient {
    fn system(&self) -> &'static str {
        SYSTEM
    }

    fn rules(&self) -> ErpRules {
        limits::rules()
    }

    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        self.cookie(false).await?;
        let idle_minutes = self
            .session
            .lock()
            .await
            .as_ref()
            .map_or(30, |s| s.idle_limit.as_secs() / 60);
        // A Service Layer session ends after this much idle time; the connector logs in
        // again by itself, so the person only needs to know the password still works.
        Ok(ConnectionReport {
            detail: format!(
                "Connected to SAP Business One company database {} (a session lasts {idle_minutes} idle minutes and is renewed automatically)",
                self.config.company_db
            ),
            credential_expires: None,
        })
    }

    async fn load_master_data(&self) -> Result<MasterData, CallError> {
        let items = self.select("Items", "ItemCode,Valid,Frozen", None).await?;
        let partners = self
            .select(
                "BusinessPartners",
                "CardCode,CardName,EmailAddress",
                Some("CardType eq 'cCustomer'".into()),
            )
            .await?;
        let currencies = self.select("Currencies", "Code,Name", None).await?;
        let taxes = self.select("SalesTaxCodes", "Code,Name,Rate", None).await?;
        let periods = self
            .select(
                "FinancePeriods",
                "PeriodCode,PeriodName,PostingDateFrom,PostingDateTo,PeriodStatus",
                None,
            )
            .await?;
        let date = |row: &Map<String, Value>, key: &str| {
            NaiveDate::parse_from_str(text(row, key).get(..10).unwrap_or_default(), "%Y-%m-%d").ok()
        };
        Ok(MasterData {
            items: items
                .iter()
                .map(|i| ErpItem {
                    id: text(i, "ItemCode"),
                    sku: text(i, "ItemCode"),
                    active: !yes(i, "Frozen") && text(i, "Valid") != "tNO",
                })
                .collect(),
            customers: partners
                .iter()
                .map(|p| ErpCustomer {
                    id: text(p, "CardCode"),
                    email: Some(text(p, "EmailAddress")).filter(|e| !e.is_empty()),
                    name: text(p, "CardName"),
                })
                .collect(),
            currencies: currencies
                .iter()
                .map(|c| ErpCurrency {
                    id: text(c, "Code"),
                    code: text(c, "Code"),
                    active: true,
                })
                .collect(),
            tax_codes: taxes
                .iter()
                .filter_map(|t| {
                    Some(ErpTaxCode {
                        id: text(t, "Code"),
                        name: text(t, "Name"),
                        rate: wire_decimal::from_value(t.get("Rate")?)?
                            / rust_decimal::Decimal::ONE_HUNDRED,
                    })
                })
                .collect(),
            periods: periods
                .iter()
                .filter_map(|p| {
                    Some(AccountingPeriod {
                        name: text(p, "PeriodName"),
                        start: date(p, "PostingDateFrom")?,
                        end: date(p, "PostingDateTo")?,
                        closed: text(p, "PeriodStatus") != "psUnlocked",
                    })
                })
                .collect(),
            countries: Vec::new(),
            rules: limits::rules(),
        })
    }

    async fn find_orders(&self, external_ids: &[String]) -> Result<Vec<ErpOrder>, CallError> {
        let mut found = Vec::new();
        for chunk in external_ids.chunks(IDS_PER_QUERY) {
            let filter = any_of("NumAtCard", chunk);
            found.extend(
                self.select(
                    "Orders",
                    "DocEntry,DocNum,NumAtCard,DocumentStatus,Cancelled",
                    Some(filter),
                )
                .await?
                .iter()
                .map(erp_order),
            );
        }
        Ok(found)
    }

    fn payload(&self, draft: &ErpOrderDraft) -> Value {
        order_body(draft)
    }

    async fn create_order(&self, draft: &ErpOrderDraft) -> Result<String, CallError> {
        if draft.external_id.chars().count() > limits::NUM_AT_CARD {
            return Err(CallError::new(
                FindingCode::FieldTooLong,
                "The order reference is longer than SAP's NumAtCard (100)",
                draft.external_id.clone(),
            ));
        }
        let created = self.post("Orders", &order_body(draft)).await?;
        Ok(text(&created, "DocEntry"))
    }

    fn creates_records(&self) -> bool {
        true
    }

    /// The item code is the SKU: look it up, create it if absent.
    async fn create_item(&self, item: &NewItem) -> Result<String, CallError> {
        let filter = format!("ItemCode eq {}", quoted(&item.sku));
        if let Some(row) = self
            .select("Items", "ItemCode", Some(filter))
            .await?
            .first()
        {
            return Ok(text(row, "ItemCode"));
        }
        let body = json!({
            "ItemCode": item.sku,
            "ItemName": item.name,
            "SalesItem": "tYES",
            "InventoryItem": "tNO",
        });
        let created = self.post("Items", &body).await?;
        Ok(text(&created, "ItemCode"))
    }

    /// Business partners need a code chosen by the caller: a stable one derived from the
    /// key, found by e-mail (or name, for the guest-checkout customer) on a repeat.
    async fn create_customer(&self, customer: &NewCustomer) -> Result<String, CallError> {
        let filter = match &customer.email {
            Some(email) => format!("EmailAddress eq {}", quoted(email)),
            None => format!("CardName eq {}", quoted(&customer.name)),
        };
        if let Some(row) = self
            .select("BusinessPartners", "CardCode", Some(filter))
            .await?
            .first()
        {
            return Ok(text(row, "CardCode"));
        }
        let body = json!({
            "CardCode": card_code(&customer.key),
            "CardName": customer.name,
            "CardType": "cCustomer",
            "EmailAddress": customer.email,
        });
        let created = self.post("BusinessPartners", &body).await?;
        Ok(text(&created, "CardCode"))
    }

    async fn order_status(&self, erp_id: &str) -> Result<ErpOrder, CallError> {
        let url = with_query(
            self.url(&format!("Orders({erp_id})"))?,
            &[(
                "$select",
                "DocEntry,DocNum,NumAtCard,DocumentStatus,Cancelled".into(),
            )],
        );
        let answer = self.call(Method::GET, url, None).await?;
        if !answer.is_success() {
            return Err(errors::classify(&answer));
        }
        let row: Map<String, Value> = serde_json::from_str(&answer.body)
            .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))?;
        Ok(erp_order(&row))
    }
}
/// A CardCode (15 characters at most) that the same customer key always gets: "WEB" and the
/// start of the key's SHA-256.
fn card_code(key: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(key.as_bytes());
    let hex: String = digest.iter().take(6).map(|b| format!("{b:02X}")).collect();
    format!("WEB{hex}")
}
