//! Keep to the ERP's request rate and back off together when it says "too many": every call
//! of a resend goes through `Paced`, which waits for the rate limiter (governor) first and,
//! after a 429, makes every concurrent caller wait out `Retry-After` before trying again.

use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use osd_connectors::{
    CallError, ConnectionReport, Created, Erp, ErpDocument, ErpOrder, ErpOrderDraft, NewCustomer,
    NewItem,
};
use osd_model::{ErpRules, FindingCode, MasterData};

/// A 429 without `Retry-After` still waits this long.
const DEFAULT_PAUSE: Duration = Duration::from_secs(1);
/// How many 429s in a row one call sits out before the failure is reported.
const RATE_LIMIT_RETRIES: u32 = 3;

/// Calls evenly spaced, 2 % under the limit and never in a burst: calls sent exactly at the
/// limit, or a burst of them, land over it in the ERP's own window as soon as network jitter
/// moves one, and each 429 costs every caller a second's pause.
fn spaced(per_second: NonZeroU32) -> Option<Quota> {
    let period = Duration::from_secs(1) * 51 / (50 * per_second.get());
    Quota::with_period(period).map(|q| q.allow_burst(NonZeroU32::MIN))
}

pub struct Paced<'a> {
    inner: &'a dyn Erp,
    limiter: Option<DefaultDirectRateLimiter>,
    /// No call starts before this instant: set by a 429, shared by every caller.
    paused_until: Mutex<Option<Instant>>,
    /// 429s seen; the caller reports them so a run can say how often it was slowed.
    pub throttled: std::sync::atomic::AtomicU32,
}

impl<'a> Paced<'a> {
    /// `per_second`: the ERP's documented or configured request rate, if it has one.
    pub fn new(inner: &'a dyn Erp, per_second: Option<NonZeroU32>) -> Self {
        Self {
            inner,
            limiter: per_second.and_then(spaced).map(RateLimiter::direct),
            paused_until: Mutex::new(None),
            throttled: Default::default(),
        }
    }

    async fn ready(&self) {
        let pause = self
            .paused_until
            .lock()
            .ok()
            .and_then(|p| *p)
            .and_then(|until| until.checked_duration_since(Instant::now()));
        if let Some(wait) = pause {
            tokio::time::sleep(wait).await;
        }
        if let Some(limiter) = &self.limiter {
            limiter.until_ready().await;
        }
    }

    fn pause(&self, error: &CallError) {
        self.throttled
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let until = Instant::now() + error.retry_after.unwrap_or(DEFAULT_PAUSE);
        if let Ok(mut paused) = self.paused_until.lock() {
            *paused = Some(paused.map_or(until, |p| p.max(until)));
        }
    }

    /// Run one call at the allowed pace; a 429 means the ERP did not process the request, so
    /// after waiting it out the same call is made again (a few times at most).
    async fn paced<T, F, Fut>(&self, call: F) -> Result<T, CallError>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Result<T, CallError>>,
    {
        let mut attempts = 0;
        loop {
            self.ready().await;
            match call().await {
                Err(error) if error.code == FindingCode::RateLimited => {
                    self.pause(&error);
                    attempts += 1;
                    if attempts > RATE_LIMIT_RETRIES {
                        return Err(error);
                    }
                }
                other => return other,
            }
        }
    }
}

#[async_trait]
impl Erp for Paced<'_> {
    fn system(&self) -> &'static str {
        self.inner.system()
    }
    fn rules(&self) -> ErpRules {
        self.inner.rules()
    }
    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        self.paced(|| self.inner.test_connection()).await
    }
    async fn load_master_data(&self) -> Result<MasterData, CallError> {
        self.paced(|| self.inner.load_master_data()).await
    }
    async fn find_orders(&self, external_ids: &[String]) -> Result<Vec<ErpOrder>, CallError> {
        self.paced(|| self.inner.find_orders(external_ids)).await
    }
    async fn find_order(&self, external_id: &str) -> Result<Option<ErpOrder>, CallError> {
        self.paced(|| self.inner.find_order(external_id)).await
    }
    fn external_id_key(&self, external_id: &str) -> String {
        self.inner.external_id_key(external_id)
    }
    async fn list_documents(
        &self,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> Result<Vec<ErpDocument>, CallError> {
        self.paced(|| self.inner.list_documents(from, to)).await
    }
    fn payload(&self, draft: &ErpOrderDraft) -> serde_json::Value {
        self.inner.payload(draft)
    }
    async fn create_order(&self, draft: &ErpOrderDraft) -> Result<String, CallError> {
        self.paced(|| self.inner.create_order(draft)).await
    }
    async fn create_order_with_record(&self, draft: &ErpOrderDraft) -> Result<Created, CallError> {
        self.paced(|| self.inner.create_order_with_record(draft))
            .await
    }
    fn orders_per_write(&self) -> usize {
        self.inner.orders_per_write()
    }
    async fn create_orders(&self, drafts: &[ErpOrderDraft]) -> Result<Vec<Created>, CallError> {
        self.paced(|| self.inner.create_orders(drafts)).await
    }
    async fn order_status(&self, erp_id: &str) -> Result<ErpOrder, CallError> {
        self.paced(|| self.inner.order_status(erp_id)).await
    }
    async fn finish_order(&self, found: ErpOrder) -> Result<ErpOrder, CallError> {
        self.paced(|| self.inner.finish_order(found.clone())).await
    }
    fn creates_records(&self) -> bool {
        self.inner.creates_records()
    }
    async fn create_item(&self, item: &NewItem) -> Result<String, CallError> {
        self.paced(|| self.inner.create_item(item)).await
    }
    async fn create_customer(&self, customer: &NewCustomer) -> Result<String, CallError> {
        self.paced(|| self.inner.create_customer(customer)).await
    }
}
