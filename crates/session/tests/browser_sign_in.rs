//! Signing in with the browser, against the simulated Entra ID (Business Central) and NetSuite,
//! with this test as the browser: it opens the address the app made, gives (or refuses)
//! consent on the authority's page, and follows the redirect back to the app. Then the saved
//! sign-in works, renews itself, and a revoked one becomes the step-1 finding "sign in again".

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use osd_model::FindingCode;
use osd_session::app_config::{AppConfig, APP_OWNER};
use osd_session::browser_sign_in::{self, SignInAttempt};
use osd_session::connections::{ConnectionDraft, ConnectionSide};
use osd_session::demo::{self, DemoErp, DemoStore, ErpSimulator};
use osd_session::secrets::{MemorySecrets, SecretStore};
use tokio::sync::oneshot;

async fn start(erp: DemoErp) -> (tempfile::TempDir, demo::Demo) {
    let dir = tempfile::tempdir().unwrap();
    let (demo, _session) = demo::start(
        &dir.path().join("sign-in.sqlite"),
        Arc::new(chrono::Utc::now),
        DemoStore::Shopify,
        erp,
    )
    .await
    .unwrap();
    (dir, demo)
}

fn draft(kind: &str, fields: &[(&str, String)]) -> ConnectionDraft {
    ConnectionDraft {
        side: ConnectionSide::Erp,
        kind: kind.into(),
        fields: fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect::<BTreeMap<_, _>>(),
        secret: None,
    }
}

fn bc_draft(demo: &demo::Demo) -> ConnectionDraft {
    let ErpSimulator::BusinessCentral(bc) = &demo.erp else {
        panic!("the demo runs on Business Central")
    };
    draft(
        "business-central",
        &[
            ("tenant", osd_simulators::business_central::TENANT.into()),
            (
                "client_id",
                osd_simulators::business_central::PUBLIC_CLIENT_ID.into(),
            ),
            ("api_url", bc.api_url().to_string()),
            ("login_url", bc.login_url().to_string()),
        ],
    )
}

fn netsuite_draft(demo: &demo::Demo) -> ConnectionDraft {
    let base = demo.erp.base_url();
    draft(
        "netsuite",
        &[
            ("url", base.to_string()),
            ("account_id", osd_simulators::demo::NETSUITE_ACCOUNT.into()),
            (
                "client_id",
                osd_simulators::netsuite::PUBLIC_CLIENT_ID.into(),
            ),
            (
                "authorize_url",
                base.join("app/login/oauth2/authorize.nl")
                    .unwrap()
                    .to_string(),
            ),
        ],
    )
}

fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Open the sign-in page and press a button on it; the address the authority sends the
/// browser to next.
async fn consent(attempt: &SignInAttempt, decision: &str) -> url::Url {
    let browser = browser();
    let page = browser
        .get(attempt.authorize_url().clone())
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200, "the consent page");
    let html = page.text().await.unwrap();
    let action = html
        .split("action=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let request = html
        .split("name=\"request\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let answer = browser
        .post(attempt.authorize_url().join(&action).unwrap())
        .form(&[("request", request.as_str()), ("decision", decision)])
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 302);
    let location = answer.headers()["location"].to_str().unwrap();
    url::Url::parse(location).unwrap()
}

/// A sign-in begun in English, as the window starts one.
async fn begin(
    draft: &ConnectionDraft,
    app_link: impl FnOnce() -> oneshot::Receiver<url::Url>,
) -> browser_sign_in::SignInAttempt {
    browser_sign_in::begin(draft, osd_i18n::Language::English, app_link)
        .await
        .unwrap()
}

#[tokio::test]
async fn business_central_signs_in_through_entra_and_a_revoked_sign_in_asks_to_sign_in_again() {
    let (_dir, demo) = start(DemoErp::BusinessCentral).await;
    let attempt = begin(&bc_draft(&demo), || oneshot::channel().1).await;
    let redirect = consent(&attempt, "allow").await;
    assert_eq!(
        redirect.host_str(),
        Some("127.0.0.1"),
        "Entra answers on the loopback: {redirect}"
    );
    // The browser follows the redirect to the app's listener, which takes this one answer.
    let finishing = tokio::spawn(attempt.finish(Duration::from_secs(30)));
    let landed = browser().get(redirect.clone()).send().await.unwrap();
    assert_eq!(landed.status(), 200);
    let (verdict, signed_in) = finishing.await.unwrap().unwrap();
    assert!(verdict.ok, "{verdict:?}");
    let signed_in = signed_in.unwrap();
    assert!(
        reqwest::get(redirect).await.is_err(),
        "the listener closed after its one answer"
    );

    let memory = Arc::new(MemorySecrets::default());
    let secrets: Arc<dyn SecretStore> = memory.clone();
    let mut config = AppConfig::default();
    browser_sign_in::save(&mut config, &signed_in, &secrets).unwrap();
    let saved = secrets.get(&format!("{APP_OWNER}/erp")).unwrap().unwrap();
    assert_eq!(saved.expose(), signed_in.refresh_token.expose());

    // A later start: the saved refresh token gets a fresh access token.
    let erp = config
        .erp
        .as_ref()
        .unwrap()
        .client(APP_OWNER, &secrets)
        .unwrap();
    erp.test_connection().await.unwrap();

    // An administrator revokes the user's sessions: the next start cannot renew.
    let ErpSimulator::BusinessCentral(bc) = &demo.erp else {
        unreachable!()
    };
    let revoke = reqwest::Client::new()
        .post(bc.login_url().join("__sim/entra/revoke-sessions").unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(revoke.status(), 204);
    let erp = config
        .erp
        .as_ref()
        .unwrap()
        .client(APP_OWNER, &secrets)
        .unwrap();
    let error = erp.test_connection().await.unwrap_err();
    assert_eq!(error.code, FindingCode::SignInAgain, "{error:?}");
    assert!(
        error.raw.contains("AADSTS50173"),
        "the raw answer is kept: {}",
        error.raw
    );
}

#[tokio::test]
async fn netsuite_signs_in_through_the_app_link_and_each_one_use_refresh_token_is_kept() {
    let (_dir, demo) = start(DemoErp::NetSuite).await;
    let (deliver, receive) = oneshot::channel();
    let attempt = begin(&netsuite_draft(&demo), move || receive).await;
    let redirect = consent(&attempt, "allow").await;
    assert_eq!(
        redirect.scheme(),
        "order-sync-doctor",
        "NetSuite takes no http:// redirect"
    );
    let pairs: BTreeMap<_, _> = redirect.query_pairs().into_owned().collect();
    assert!(
        pairs.contains_key("role") && pairs.contains_key("company"),
        "{redirect}"
    );
    // The OS hands the link to the running app.
    deliver.send(redirect).unwrap();
    let (verdict, signed_in) = attempt.finish(Duration::from_secs(30)).await.unwrap();
    assert!(verdict.ok, "{verdict:?}");
    let signed_in = signed_in.unwrap();

    let secrets: Arc<dyn SecretStore> = Arc::new(MemorySecrets::default());
    let mut config = AppConfig::default();
    browser_sign_in::save(&mut config, &signed_in, &secrets).unwrap();
    let first = secrets.get(&format!("{APP_OWNER}/erp")).unwrap().unwrap();
    let erp = config
        .erp
        .as_ref()
        .unwrap()
        .client(APP_OWNER, &secrets)
        .unwrap();
    erp.test_connection().await.unwrap();
    // The refresh spent the saved token; its successor is saved in its place, so a second
    // client (the monitor, or the next start) renews with it instead of the spent one.
    let second = secrets.get(&format!("{APP_OWNER}/erp")).unwrap().unwrap();
    assert_ne!(first.expose(), second.expose());
    let again = config
        .erp
        .as_ref()
        .unwrap()
        .client(APP_OWNER, &secrets)
        .unwrap();
    again.test_connection().await.unwrap();

    // NetSuite's revoke endpoint ends it.
    let current = secrets.get(&format!("{APP_OWNER}/erp")).unwrap().unwrap();
    reqwest::Client::new()
        .post(
            demo.erp
                .base_url()
                .join("services/rest/auth/oauth2/v1/revoke")
                .unwrap(),
        )
        .form(&[
            ("token", current.expose().as_str()),
            ("client_id", osd_simulators::netsuite::PUBLIC_CLIENT_ID),
        ])
        .send()
        .await
        .unwrap();
    let erp = config
        .erp
        .as_ref()
        .unwrap()
        .client(APP_OWNER, &secrets)
        .unwrap();
    assert_eq!(
        erp.test_connection().await.unwrap_err().code,
        FindingCode::SignInAgain
    );
}

#[tokio::test]
async fn refused_consent_and_a_missing_permission_are_told_in_plain_words() {
    let (_dir, demo) = start(DemoErp::BusinessCentral).await;
    let attempt = begin(&bc_draft(&demo), || oneshot::channel().1).await;
    let redirect = consent(&attempt, "deny").await;
    let finishing = tokio::spawn(attempt.finish(Duration::from_secs(30)));
    browser().get(redirect).send().await.unwrap();
    let (verdict, saved) = finishing.await.unwrap().unwrap();
    assert!(!verdict.ok && saved.is_none());
    assert!(verdict.message.contains("cancelled"), "{verdict:?}");
    assert!(
        !verdict.message.contains("AADSTS") && !verdict.fix.as_deref().unwrap().contains("AADSTS")
    );
    assert!(
        verdict.detail.contains("AADSTS65004"),
        "the raw answer is one click away"
    );

    let ErpSimulator::BusinessCentral(bc) = &demo.erp else {
        unreachable!()
    };
    bc.update(|s| s.delegated_permission_granted = false);
    let attempt = begin(&bc_draft(&demo), || oneshot::channel().1).await;
    // Entra refuses before any consent page: straight back to the app with the error.
    let refused = browser()
        .get(attempt.authorize_url().clone())
        .send()
        .await
        .unwrap();
    let redirect = url::Url::parse(refused.headers()["location"].to_str().unwrap()).unwrap();
    let finishing = tokio::spawn(attempt.finish(Duration::from_secs(30)));
    browser().get(redirect).send().await.unwrap();
    let (verdict, _) = finishing.await.unwrap().unwrap();
    assert!(verdict.message.contains("not yet allowed"), "{verdict:?}");
    assert!(verdict.fix.unwrap().contains("Grant admin consent"));
}

#[tokio::test]
async fn nobody_finishing_in_the_browser_ends_in_a_plain_timeout() {
    let (_dir, demo) = start(DemoErp::NetSuite).await;
    let (_keep_open, receive) = oneshot::channel::<url::Url>();
    let attempt = begin(&netsuite_draft(&demo), move || receive).await;
    let (verdict, saved) = attempt.finish(Duration::from_millis(100)).await.unwrap();
    assert!(saved.is_none());
    assert!(verdict.message.contains("not finished"), "{verdict:?}");
}

/// The demo's Square application: its id and the https:// page registered as its redirect,
/// which hands Square's answer on to the app's own link.
const SQUARE_APP_ID: &str = osd_simulators::square::DEMO_APP_ID;
const SQUARE_RELAY: &str = osd_simulators::square::DEMO_REDIRECT_URL;

async fn square_seller() -> (tempfile::TempDir, demo::Demo, ConnectionDraft) {
    let dir = tempfile::tempdir().unwrap();
    let (demo, _session) = demo::start(
        &dir.path().join("square.sqlite"),
        Arc::new(chrono::Utc::now),
        DemoStore::Square,
        DemoErp::NetSuite,
    )
    .await
    .unwrap();
    let demo::StoreSimulator::Square(square) = &demo.store else {
        panic!("the demo sells through Square")
    };
    square.update(|s| {
        // Only a browser sign-in gets in: no personal access token works.
        s.access_token.clear();
        s.keep_journal = true;
    });
    let draft = ConnectionDraft {
        side: ConnectionSide::Store,
        kind: "square".into(),
        fields: [
            ("url", square.base_url().to_string()),
            ("client_id", SQUARE_APP_ID.to_string()),
            ("redirect_url", SQUARE_RELAY.to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect(),
        secret: None,
    };
    (dir, demo, draft)
}

#[tokio::test]
async fn a_square_seller_signs_in_with_pkce_and_each_refresh_token_is_used_once() {
    let (_dir, demo, draft) = square_seller().await;
    let (deliver, receive) = oneshot::channel();
    let attempt = begin(&draft, move || receive).await;
    let asked: BTreeMap<_, _> = attempt.authorize_url().query_pairs().into_owned().collect();
    assert_eq!(
        asked["scope"],
        "MERCHANT_PROFILE_READ ORDERS_READ ITEMS_READ CUSTOMERS_READ"
    );
    assert_eq!(asked["session"], "false");
    assert!(!asked.contains_key("client_secret"));
    let redirect = consent(&attempt, "allow").await;
    assert!(
        redirect.as_str().starts_with(SQUARE_RELAY),
        "Square answers on the registered https:// page: {redirect}"
    );
    // The page hands the answer to the app's own link; the OS gives it to the running app.
    let mut link = url::Url::parse("order-sync-doctor://sign-in/square").unwrap();
    link.set_query(redirect.query());
    deliver.send(link).unwrap();
    let (verdict, signed_in) = attempt.finish(Duration::from_secs(30)).await.unwrap();
    assert!(verdict.ok, "{verdict:?}");
    let signed_in = signed_in.unwrap();

    let secrets: Arc<dyn SecretStore> = Arc::new(MemorySecrets::default());
    let mut config = AppConfig::default();
    browser_sign_in::save(&mut config, &signed_in, &secrets).unwrap();
    assert!(secrets.get(&format!("{APP_OWNER}/erp")).unwrap().is_none());
    let first = secrets.get(&format!("{APP_OWNER}/store")).unwrap().unwrap();
    let store = config.store.as_ref().unwrap();
    let client = store.client(APP_OWNER, &secrets).unwrap();
    let report = client.test_connection().await.unwrap();
    assert_eq!(report.credential_expires, None, "renewed as it is used");
    // That start renewed: the one-use refresh token was spent and its successor saved.
    let second = secrets.get(&format!("{APP_OWNER}/store")).unwrap().unwrap();
    assert_ne!(first.expose(), second.expose());

    let demo::StoreSimulator::Square(square) = &demo.store else {
        unreachable!()
    };
    // Thirty days on, the access token has ended: the client renews it by itself.
    square.update(|s| {
        for end in s.issued_tokens.values_mut() {
            *end = chrono::Utc::now() - chrono::Duration::minutes(1);
        }
    });
    client.test_connection().await.unwrap();
    let third = secrets.get(&format!("{APP_OWNER}/store")).unwrap().unwrap();
    assert_ne!(second.expose(), third.expose());

    // A refresh token spent elsewhere (a copy of the keychain entry) is the end of it.
    let spent = osd_model::Sensitive::new(first.expose().clone());
    secrets.set(&format!("{APP_OWNER}/store"), &spent).unwrap();
    let stale = store.client(APP_OWNER, &secrets).unwrap();
    let error = stale.test_connection().await.unwrap_err();
    assert_eq!(error.code, FindingCode::SignInAgain, "{error:?}");
    assert!(error.raw.contains("UNAUTHORIZED"), "{}", error.raw);

    // Every ObtainToken request and answer is what Square's document describes.
    let spec = osd_simulators::openapi::OpenApi::parse(
        &osd_simulators::vendor_specs::read("square/api.json.gz").unwrap(),
    )
    .unwrap();
    let tokens: Vec<_> = square
        .journal()
        .into_iter()
        .filter(|e| e.path == "/oauth2/token")
        .collect();
    assert!(tokens.len() >= 4, "{} token calls", tokens.len());
    for exchange in tokens {
        let request = exchange.request.as_ref().unwrap();
        assert!(
            request.get("client_secret").is_none(),
            "a public client has no secret"
        );
        let schema = spec.request_schema("/oauth2/token", "post").unwrap();
        let misfits = spec.check(schema, request, osd_simulators::openapi::Direction::Request);
        assert!(misfits.is_empty(), "{misfits:?}");
        let schema = spec.response_schema("/oauth2/token", "post", 200).unwrap();
        let misfits = spec.check(
            schema,
            &exchange.answer,
            osd_simulators::openapi::Direction::Response,
        );
        assert!(misfits.is_empty(), "{} {misfits:?}", exchange.status);
    }
}

#[tokio::test]
async fn a_seller_who_denies_square_is_told_how_to_allow_it() {
    let (_dir, _demo, draft) = square_seller().await;
    let (deliver, receive) = oneshot::channel();
    let attempt = begin(&draft, move || receive).await;
    let redirect = consent(&attempt, "deny").await;
    let pairs: BTreeMap<_, _> = redirect.query_pairs().into_owned().collect();
    assert_eq!(pairs["error_description"], "user_denied");
    deliver.send(redirect).unwrap();
    let (verdict, saved) = attempt.finish(Duration::from_secs(30)).await.unwrap();
    assert!(!verdict.ok && saved.is_none());
    assert!(
        verdict.fix.as_deref().unwrap().contains("Allow"),
        "{verdict:?}"
    );
    assert!(verdict.detail.contains("access_denied"), "{verdict:?}");

    // Square's redirect must be https://: the form says so before any browser opens.
    let mut plain = draft.clone();
    plain
        .fields
        .insert("redirect_url".into(), "http://relay.example/".into());
    let refused =
        browser_sign_in::begin(&plain, osd_i18n::Language::English, || oneshot::channel().1).await;
    assert!(refused.is_err());
}
