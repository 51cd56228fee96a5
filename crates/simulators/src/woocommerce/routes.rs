//! Paths, authentication and faults; the orders themselves are `orders`.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};

use super::auth::{refusal, wp_error};
use super::{orders, SharedWoo};
use crate::faults::{pause, Faults, Trip};

pub fn router(state: SharedWoo) -> Router {
    Router::new()
        .route("/wp-json/wc/v3/orders", get(list_orders))
        .route("/__sim/faults", post(set_faults))
        .fallback(no_route)
        .with_state(state)
}

async fn set_faults(State(state): State<SharedWoo>, Json(faults): Json<Faults>) -> StatusCode {
    match state.lock() {
        Ok(mut s) => {
            s.faults = faults;
            StatusCode::NO_CONTENT
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// WordPress's answer to a path it has no route for.
async fn no_route() -> Response {
    wp_error(
        StatusCode::NOT_FOUND,
        "rest_no_route",
        "No route was found matching the URL and request method",
    )
}

fn tripped(trip: Trip) -> Response {
    match trip {
        // WordPress's own maintenance-mode page.
        Trip::Maintenance => (
            StatusCode::SERVICE_UNAVAILABLE,
            [("Retry-After", "600")],
            "Briefly unavailable for scheduled maintenance. Check back in a minute.",
        )
            .into_response(),
        Trip::ServerError => (
            StatusCode::INTERNAL_SERVER_ERROR,
            "<p>There has been a critical error on this website.</p>",
        )
            .into_response(),
        Trip::RateLimited { retry_after } => {
            let wait = format!("{:.0}", retry_after.ceil());
            (
                StatusCode::TOO_MANY_REQUESTS,
                [("Retry-After", wait.as_str())],
                "Too Many Requests",
            )
                .into_response()
        }
    }
}

async fn list_orders(
    State(state): State<SharedWoo>,
    uri: Uri,
    headers: HeaderMap,
    Query(query): Query<Vec<(String, String)>>,
) -> Response {
    pause(state.lock().map(|s| s.faults.latency()).unwrap_or_default()).await;
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    s.requests += 1;
    let st = &mut *s;
    if let Some(trip) = st.faults.trip(&mut st.window) {
        return tripped(trip);
    }
    if let Some(response) = refusal(&mut s, &uri, &headers, &query) {
        return response;
    }
    let base = s.base_url.clone();
    orders::list(&s.orders, &query, &base)
}
