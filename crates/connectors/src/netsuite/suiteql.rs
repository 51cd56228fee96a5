//! Reading SuiteQL in full without skipping or repeating a row.
//!
//! NetSuite pages a query's result by `limit`/`offset`, at most 1,000 rows a page and 100,000
//! results a query (Oracle, "Executing SuiteQL Queries Through REST Web Services"). Rows come
//! in no fixed order unless `ORDER BY` fixes one, so offset paging needs a unique order, and a
//! table that can outgrow 100,000 rows is read by key: each page asks `WHERE id > <last id
//! read> ORDER BY id` again, so no query ever reaches the cap.

use reqwest::Method;
use serde_json::{json, Map, Value};

use super::client::{NetSuiteClient, SYSTEM};
use super::errors;
use super::limits::{SUITEQL_PAGE, SUITEQL_RESULTS};
use super::wire::Collection;
use crate::odata::text;
use crate::CallError;

pub type Row = Map<String, Value>;

/// A table read by its numeric key, one page a query.
pub struct KeySet<'a> {
    /// The column list, the key among them.
    pub columns: &'a str,
    pub table: &'a str,
    /// Conditions besides the key's, joined with `AND`.
    pub filter: Option<&'a str>,
    /// The unique numeric key, as the query names it (`id`, `t.id`).
    pub key: &'a str,
}

impl KeySet<'_> {
    /// The query for the page after the row whose key is `after`.
    pub fn query(&self, after: Option<i64>) -> String {
        let conditions: Vec<String> = self
            .filter
            .map(str::to_string)
            .into_iter()
            .chain(after.map(|last| format!("{} > {last}", self.key)))
            .collect();
        let filter = if conditions.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", conditions.join(" AND "))
        };
        format!(
            "SELECT {} FROM {}{filter} ORDER BY {}",
            self.columns, self.table, self.key
        )
    }

    /// The key as the answer's rows name it (`t.id` comes back as `id`).
    fn row_key(&self) -> &str {
        self.key.rsplit('.').next().unwrap_or(self.key)
    }
}

/// `TO_CHAR(column, 'YYYY-MM-DD') AS name`: dates as ISO text whatever the integration user's
/// date preference (SuiteQL otherwise prints them in it, `M/D/YYYY` or `D/M/YYYY` alike).
pub fn iso_date(column: &str, name: &str) -> String {
    format!("TO_CHAR({column}, 'YYYY-MM-DD') AS {name}")
}

impl NetSuiteClient {
    /// One page of a query.
    pub(super) async fn suiteql_page(
        &self,
        query: &str,
        offset: usize,
    ) -> Result<Collection, CallError> {
        let mut url = self.url("services/rest/query/v1/suiteql")?;
        url.query_pairs_mut()
            .append_pair("limit", &SUITEQL_PAGE.to_string())
            .append_pair("offset", &offset.to_string());
        let answer = self
            .call(Method::POST, url, Some(&json!({ "q": query })), true)
            .await?;
        if !answer.is_success() {
            return Err(errors::classify(&answer));
        }
        serde_json::from_str(&answer.body)
            .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))
    }

    /// Every row of a query, page by page. The query must order by something unique (or
    /// return one page), and stay under NetSuite's 100,000 results: past that it would be
    /// cut without a word, so reaching it is an error here; read such tables with
    /// `rows_by_key`.
    pub async fn suiteql(&self, query: &str) -> Result<Vec<Row>, CallError> {
        let mut rows = Vec::new();
        loop {
            let page = self.suiteql_page(query, rows.len()).await?;
            let count = page.items.len();
            rows.extend(page.items);
            // At the cap NetSuite stops with `hasMore` false, as at the end: check it first.
            if rows.len() >= SUITEQL_RESULTS {
                return Err(CallError::new(
                    osd_model::FindingCode::UnclassifiedError,
                    "A NetSuite query reached its limit of 100,000 results",
                    query,
                ));
            }
            if !page.has_more || count == 0 {
                return Ok(rows);
            }
        }
    }

    /// Every row of a table, in key order, none skipped or read twice.
    ///
    /// The first page says how many rows the query has. Under NetSuite's 100,000 the other
    /// pages are asked for together (by offset, as many at once as the client's slots
    /// allow), since one after another each waits a round trip. Offsets shift when the table
    /// changes during the read, so the result is kept only if its keys rise strictly and
    /// number what the first page announced; otherwise, and above the cap, the rest is read
    /// by key: each page its own query for the rows after the last key read.
    pub(super) async fn rows_by_key(&self, set: &KeySet<'_>) -> Result<Vec<Row>, CallError> {
        let query = set.query(None);
        let first = self.suiteql_page(&query, 0).await?;
        let total = first.total_results.and_then(|t| usize::try_from(t).ok());
        let mut rows = first.items;
        if !first.has_more {
            return Ok(rows);
        }
        let first_page = rows.len();
        if let Some(total) = total.filter(|&t| t < SUITEQL_RESULTS && first_page == SUITEQL_PAGE) {
            let offsets = (SUITEQL_PAGE..total).step_by(SUITEQL_PAGE);
            let pages = futures_util::future::try_join_all(
                offsets.map(|offset| self.suiteql_page(&query, offset)),
            )
            .await?;
            rows.extend(pages.into_iter().flat_map(|p| p.items));
            if rows.len() == total && rising(&rows, set.row_key()) {
                return Ok(rows);
            }
            rows.truncate(first_page);
        }
        self.rows_after(set, &mut rows).await?;
        Ok(rows)
    }

    /// The rows after those in `rows`, by key, one page after another.
    async fn rows_after(&self, set: &KeySet<'_>, rows: &mut Vec<Row>) -> Result<(), CallError> {
        let mut after = rows
            .last()
            .and_then(|r| text(r, set.row_key()).parse::<i64>().ok());
        if after.is_none() && !rows.is_empty() {
            return Err(CallError::unreadable(
                SYSTEM,
                format!("the key {} of a page was not a number", set.key),
                "",
            ));
        }
        loop {
            let query = set.query(after);
            let page = self.suiteql_page(&query, 0).await?;
            let more = page.has_more;
            let Some(last) = page.items.last() else {
                return Ok(());
            };
            let key = text(last, set.row_key());
            let next = key.parse::<i64>().ok().filter(|k| after < Some(*k));
            rows.extend(page.items);
            if !more {
                return Ok(());
            }
            // A key that is not a number, or does not grow, would page forever.
            after = Some(next.ok_or_else(|| {
                CallError::unreadable(
                    SYSTEM,
                    format!("the key {} of a page was not a growing number", set.key),
                    &key,
                )
            })?);
        }
    }
}

/// Whether the rows' keys rise strictly: no row read twice, as a shifted offset would.
fn rising(rows: &[Row], key: &str) -> bool {
    let keys: Option<Vec<i64>> = rows.iter().map(|r| text(r, key).parse().ok()).collect();
    keys.is_some_and(|keys| keys.windows(2).all(|pair| pair[0] < pair[1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_set_queries_start_after_the_last_key_and_order_by_it() {
        let items = KeySet {
            columns: "id, itemid",
            table: "item",
            filter: None,
            key: "id",
        };
        assert_eq!(items.query(None), "SELECT id, itemid FROM item ORDER BY id");
        assert_eq!(
            items.query(Some(-7)),
            "SELECT id, itemid FROM item WHERE id > -7 ORDER BY id"
        );
        let orders = KeySet {
            columns: "t.id",
            table: "transaction t",
            filter: Some("t.type = 'SalesOrd'"),
            key: "t.id",
        };
        assert_eq!(
            orders.query(Some(12)),
            "SELECT t.id FROM transaction t WHERE t.type = 'SalesOrd' AND t.id > 12 ORDER BY t.id"
        );
        assert_eq!(orders.row_key(), "id");
    }
}
