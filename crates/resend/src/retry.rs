//! When to try a transient failure again: a schedule of growing waits with jitter, never
//! sooner than the ERP asked (`Retry-After`), then give up and wait for a person.

use std::time::Duration;

use chrono::{DateTime, Utc};
use osd_store::AfterFailure;
use rand::Rng;

#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// The wait before each retry; its length is how many retries there are.
    pub schedule: Vec<Duration>,
    /// Each wait is moved by up to this share either way, so orders that failed together
    /// do not all come back in the same second.
    pub jitter: f64,
}

impl Default for RetryPolicy {
    /// 5 min, 30 min, 1 h, 3 h, 6 h: a short blip is retried soon, an outage within a day.
    fn default() -> Self {
        Self {
            schedule: [5 * 60, 30 * 60, 3600, 3 * 3600, 6 * 3600]
                .into_iter()
                .map(Duration::from_secs)
                .collect(),
            jitter: 0.2,
        }
    }
}

impl RetryPolicy {
    /// What to do after a transient failure, given how many the order has had before it.
    pub fn after_transient(
        &self,
        failures_before: u32,
        now: DateTime<Utc>,
        retry_after: Option<Duration>,
        rng: &mut impl Rng,
    ) -> AfterFailure {
        let Some(base) = usize::try_from(failures_before)
            .ok()
            .and_then(|n| self.schedule.get(n))
        else {
            return AfterFailure::GiveUp;
        };
        let spread = if self.jitter > 0.0 {
            rng.gen_range(-self.jitter..=self.jitter)
        } else {
            0.0
        };
        let wait = base
            .mul_f64((1.0 + spread).max(0.0))
            .max(retry_after.unwrap_or_default());
        let wait = chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::hours(6));
        AfterFailure::RetryAt(now + wait)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use rand::SeedableRng;

    #[test]
    fn waits_grow_with_jitter_honour_retry_after_then_give_up() {
        let policy = RetryPolicy::default();
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap();
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let mut previous = now;
        for (n, base) in [300i64, 1800, 3600, 10_800, 21_600].into_iter().enumerate() {
            let AfterFailure::RetryAt(at) = policy.after_transient(n as u32, now, None, &mut rng)
            else {
                panic!("retry {n} should be scheduled");
            };
            let wait = (at - now).num_seconds();
            assert!(
                (base * 8 / 10..=base * 12 / 10).contains(&wait),
                "retry {n}: {wait}s"
            );
            assert!(at > previous);
            previous = at;
        }
        assert_eq!(
            policy.after_transient(5, now, None, &mut rng),
            AfterFailure::GiveUp
        );
        // The ERP asked for two hours: the first retry waits that long, not five minutes.
        let AfterFailure::RetryAt(at) =
            policy.after_transient(0, now, Some(Duration::from_secs(7200)), &mut rng)
        else {
            panic!("scheduled");
        };
        assert_eq!((at - now).num_seconds(), 7200);
    }
}
