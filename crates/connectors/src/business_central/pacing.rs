//! Business Central allows 6,000 requests per user in a sliding five-minute window and five
//! at a time; going over earns a 429. Pacing here keeps the doctor under both.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use tokio::sync::{Mutex, Semaphore, SemaphorePermit};

pub struct Pacing {
    window: Duration,
    limit: usize,
    sent: Mutex<VecDeque<Instant>>,
    slots: Semaphore,
}

impl Pacing {
    pub fn new(limit: usize, window: Duration, concurrent: usize) -> Self {
        Self {
            window,
            limit: limit.max(1),
            sent: Mutex::new(VecDeque::new()),
            slots: Semaphore::new(concurrent.max(1)),
        }
    }

    /// Wait for a free slot and room in the window.
    pub async fn admit(&self) -> Option<SemaphorePermit<'_>> {
        let permit = self.slots.acquire().await.ok()?;
        loop {
            let wait = {
                let mut sent = self.sent.lock().await;
                let now = Instant::now();
                while sent
                    .front()
                    .is_some_and(|t| now.duration_since(*t) >= self.window)
                {
                    sent.pop_front();
                }
                if sent.len() < self.limit {
                    sent.push_back(now);
                    None
                } else {
                    sent.front()
                        .map(|t| self.window.saturating_sub(now.duration_since(*t)))
                }
            };
            match wait {
                None => return Some(permit),
                Some(wait) => tokio::time::sleep(wait.max(Duration::from_millis(10))).await,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_window_holds_requests_back_until_it_slides() {
        let pacing = Pacing::new(3, Duration::from_millis(200), 5);
        let start = Instant::now();
        for _ in 0..4 {
            drop(pacing.admit().await);
        }
        assert!(
            start.elapsed() >= Duration::from_millis(190),
            "the fourth waited for the window"
        );
    }
}
