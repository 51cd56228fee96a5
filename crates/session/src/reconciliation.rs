//! The ERP is the truth. At every refresh the local state is compared with what the ERP holds,
//! and the ERP's answer wins: an order found there is in the ERP however it got there (and is
//! never sent again); an order the ERP held and does not hold any more waits to be sent again,
//! with the document it was kept in its history. The same comparison, over a date range, is the
//! reconciliation report.

use std::collections::{BTreeSet, HashMap};

use chrono::{Days, NaiveDate};
use osd_connectors::{ErpDocument, ErpOrder};
use osd_doctor::reconcile::{reconcile, Reconciliation, StoreEntry};
use osd_store::{StoredOrder, SyncState};

use crate::{Result, Session, SessionError};

/// Every refresh compares the orders of this many days back with one listing of the ERP's
/// documents; older orders are only looked up while they are not known to be in the ERP.
const RECONCILED_DAYS: Days = Days::new(60);

/// An ERP may date a document a day off the store (its time zone, a posting date moved into
/// the next open period): the listing reaches this far past each end.
const DATE_SLACK: Days = Days::new(1);

/// What the ERP said about the orders of one refresh.
struct ErpAnswer {
    /// Documents by the ERP's key of their external id.
    by_key: HashMap<String, Vec<ErpDocument>>,
    /// Every document read, for the duplicate and look-alike comparison.
    documents: Vec<ErpDocument>,
}

/// A found order as a document, when only a lookup by id answered (no listing).
fn as_document(found: ErpOrder) -> ErpDocument {
    ErpDocument {
        erp_id: found.erp_id,
        number: String::new(),
        external_id: found.external_id,
        status: found.status,
        state: found.state,
        date: None,
        customer: String::new(),
        total: None,
        currency: String::new(),
        lines: None,
    }
}

/// The copy that says most about where the order stands: a live one before a cancelled one.
fn best(docs: &[ErpDocument]) -> Option<&ErpDocument> {
    docs.iter()
        .find(|d| d.state.is_live())
        .or_else(|| docs.first())
}

/// How the order's document is named in its history: its number (or id) and status.
fn describe_held(order: &StoredOrder) -> String {
    let id = order.erp_id.as_deref().unwrap_or("an order");
    match order.erp_status.as_deref() {
        Some(status) if !status.is_empty() => format!("{id} ({status})"),
        _ => id.to_string(),
    }
}

impl Session {
    fn store_entry(&self, stored: &StoredOrder) -> StoreEntry {
        StoreEntry {
            name: stored.order.name.clone(),
            external_id: stored.external_id.clone(),
            key: self.erp.external_id_key(&stored.external_id),
            date: stored.order.created_at.date_naive(),
            total: stored.order.total,
            currency: stored.order.currency.clone(),
        }
    }

    /// The beginnings of the external ids this app writes for these orders (`shopify-`).
    fn store_prefixes(orders: &[StoredOrder]) -> Vec<String> {
        orders
            .iter()
            .map(|o| format!("{}-", o.order.source))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect()
    }

    /// Ask the ERP what it holds of these orders: one listing of the recent period when the ERP
    /// can list (a few requests for thousands of orders), then, in one batched lookup by id,
    /// the recent orders the listing does not show (a document dated outside it, entered by a
    /// person or moved to another posting date, or really gone) and the older orders not known
    /// to be in the ERP. So an order not in the answer was asked for by its id too. Returns the
    /// orders whose presence was asked, with the answer; `None` when the ERP could not answer.
    async fn ask_erp<'o>(
        &self,
        orders: &'o [StoredOrder],
    ) -> Option<(Vec<&'o StoredOrder>, ErpAnswer)> {
        let today = (self.clock)().date_naive();
        let from = today.checked_sub_days(RECONCILED_DAYS).unwrap_or(today);
        let (recent, older): (Vec<&StoredOrder>, Vec<&StoredOrder>) = orders
            .iter()
            .partition(|o| o.order.created_at.date_naive() >= from);
        let older_open: Vec<&StoredOrder> = older
            .into_iter()
            .filter(|o| o.state != SyncState::Verified)
            .collect();
        let mut by_id = older_open.clone();
        let mut documents = Vec::new();
        if !recent.is_empty() {
            let start = from.checked_sub_days(DATE_SLACK).unwrap_or(from);
            let end = today.checked_add_days(DATE_SLACK).unwrap_or(today);
            match self.erp.list_documents(start, end).await {
                Ok(listed) => {
                    let listed_keys: BTreeSet<String> = listed
                        .iter()
                        .map(|d| self.erp.external_id_key(&d.external_id))
                        .collect();
                    by_id.extend(recent.iter().copied().filter(|o| {
                        !listed_keys.contains(&self.erp.external_id_key(&o.external_id))
                    }));
                    documents = listed;
                }
                Err(listing) => {
                    tracing::debug!(error = %listing.summary, "no listing; looking orders up by id");
                    by_id.extend(recent.iter().copied());
                }
            }
        }
        if !by_id.is_empty() {
            documents.extend(self.look_up(&by_id).await?);
        }
        let mut by_key: HashMap<String, Vec<ErpDocument>> = HashMap::new();
        for doc in documents.iter().filter(|d| !d.external_id.is_empty()) {
            by_key
                .entry(self.erp.external_id_key(&doc.external_id))
                .or_default()
                .push(doc.clone());
        }
        let asked = recent.into_iter().chain(older_open).collect();
        Some((asked, ErpAnswer { by_key, documents }))
    }

    /// These orders looked up by their external ids (batched by the connector).
    async fn look_up(&self, orders: &[&StoredOrder]) -> Option<Vec<ErpDocument>> {
        let ids: Vec<String> = orders.iter().map(|o| o.external_id.clone()).collect();
        let found = self.erp.find_orders(&ids).await.ok()?;
        Some(found.into_iter().map(as_document).collect())
    }

    /// Compare the stored orders with the ERP and let the ERP's answer win. Returns the
    /// comparison (duplicates, look-alikes) for the check, or `None` when the ERP could not
    /// answer: then nothing changes.
    pub(crate) async fn reconcile(&self) -> Result<Option<Reconciliation>> {
        let orders = self.db.all_orders().await?;
        let Some((asked, answer)) = self.ask_erp(&orders).await else {
            return Ok(None);
        };
        let mut seen = Vec::new();
        for order in &asked {
            let key = self.erp.external_id_key(&order.external_id);
            match answer.by_key.get(&key).and_then(|docs| best(docs)) {
                Some(doc) => {
                    let unchanged = order.state == SyncState::held(doc.state.is_live())
                        && order.erp_id.as_deref() == Some(doc.erp_id.as_str())
                        && order.erp_status.as_deref() == Some(doc.status.as_str());
                    if unchanged {
                        seen.push(order.external_id.clone());
                    } else if order.state != SyncState::Sending {
                        self.db
                            .mark_in_erp(
                                &order.external_id,
                                &doc.erp_id,
                                &doc.status,
                                doc.state.is_live(),
                            )
                            .await?;
                    }
                }
                None if order.state.in_erp() => {
                    tracing::info!(order = %order.order.name, "no longer in the ERP");
                    self.db
                        .mark_left_erp(&order.external_id, &describe_held(order))
                        .await?
                }
                None if order.state == SyncState::New => {
                    self.db
                        .set_state(&order.external_id, SyncState::Checked, None)
                        .await?
                }
                None => {}
            }
        }
        self.db.mark_seen_in_erp(&seen).await?;
        let entries: Vec<StoreEntry> = asked.iter().map(|o| self.store_entry(o)).collect();
        let key_of = |id: &str| self.erp.external_id_key(id);
        Ok(Some(reconcile(
            &entries,
            &answer.documents,
            &key_of,
            &Self::store_prefixes(&orders),
        )))
    }

    /// Store and ERP side by side for orders dated `from..=to`: in both, store only, ERP only,
    /// duplicated, totals differ, and look-alikes. Reads the ERP; changes nothing.
    pub async fn reconciliation(&self, from: NaiveDate, to: NaiveDate) -> Result<Reconciliation> {
        self.refresh().await?;
        let orders: Vec<StoredOrder> = self
            .db
            .all_orders()
            .await?
            .into_iter()
            .filter(|o| (from..=to).contains(&o.order.created_at.date_naive()))
            .collect();
        let documents = self.erp.list_documents(from, to).await.map_err(|e| {
            SessionError::ErpRefused(format!(
                "{} could not list its sales documents: {} — {}",
                self.erp.system(),
                e.summary,
                e.detail()
            ))
        })?;
        let entries: Vec<StoreEntry> = orders.iter().map(|o| self.store_entry(o)).collect();
        let key_of = |id: &str| self.erp.external_id_key(id);
        Ok(reconcile(
            &entries,
            &documents,
            &key_of,
            &Self::store_prefixes(&orders),
        ))
    }
}
