//! A profile says which store and which ERP to connect, and how. Secrets are never in it:
//! they come from the keychain, or from the environment variable it names.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use osd_connectors::business_central::{BcClient, BcConfig};
use osd_connectors::netsuite::{JwtAlgorithm, NetSuiteAuth, NetSuiteClient, NetSuiteConfig};
use osd_connectors::odoo::{OdooClient, OdooConfig, OdooProtocol};
use osd_connectors::sap_b1::{SapClient, SapConfig};
use osd_connectors::shopify::{RefreshKeeper, ShopifyAuth, ShopifyClient, ShopifyConfig};
use osd_connectors::shopify_csv::CsvSource;
use osd_connectors::sign_in::{SignInProvider, SignedIn, TokenKeeper};
use osd_connectors::square::{SquareAuth, SquareClient, SquareConfig};
use osd_connectors::tryton::{TrytonClient, TrytonConfig};
use osd_connectors::woocommerce::{WooAuth, WooClient, WooConfig};
use osd_connectors::{Erp, StoreSource};
use osd_model::{ReadyStatuses, Sensitive};
use serde::Deserialize;

use crate::secrets::{from_env, SecretStore};
use crate::{Result, SessionError};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Names the keychain entries; defaults to the file's name.
    pub name: Option<String>,
    pub store: StoreProfile,
    pub erp: ErpProfile,
    #[serde(default)]
    pub alerts: crate::alerting::AlertsProfile,
    #[serde(default)]
    pub monitor: crate::alerting::MonitorProfile,
    /// The integration tool between store and ERP, when orders go through one.
    pub middleware: Option<MiddlewareProfile>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum MiddlewareProfile {
    /// A self-hosted n8n; the secret is an API key (Settings → n8n API).
    N8n {
        /// The n8n address, e.g. `https://n8n.example.com`.
        url: String,
        secret_env: Option<String>,
        timeout_seconds: Option<u64>,
    },
    /// Celigo integrator.io; the secret is an API token (Resources → API tokens).
    Celigo {
        /// `https://api.integrator.io/v1/` (EU: `https://api.eu.integrator.io/v1/`).
        #[serde(default = "default_celigo_url")]
        url: String,
        secret_env: Option<String>,
        timeout_seconds: Option<u64>,
    },
    /// Make; the secret is an API token (Profile → API access) with the scopes
    /// `scenarios:read`, `dlqs:read` and `dlqs:write`.
    Make {
        /// The zone's API, e.g. `https://eu1.make.com/api/v2/`.
        url: String,
        /// The team whose scenarios are read (in Make's address: `/team/<id>/`).
        team_id: String,
        secret_env: Option<String>,
        timeout_seconds: Option<u64>,
    },
}

fn default_celigo_url() -> String {
    "https://api.integrator.io/v1/".into()
}

/// A base address as a directory, so paths join under it (`…/v1` + `flows` → `…/v1/flows`).
fn api_base(url: &str) -> Result<url::Url> {
    let with_slash = if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    };
    parse_url(&with_slash)
}

impl MiddlewareProfile {
    /// A client for the tool; `owner` names its keychain entry (`<owner>/middleware`).
    pub fn client(
        &self,
        owner: &str,
        secrets: &Arc<dyn SecretStore>,
    ) -> Result<Box<dyn osd_connectors::middleware::Middleware>> {
        use osd_connectors::middleware::{celigo, make, n8n};
        let (Self::N8n {
            secret_env,
            timeout_seconds,
            ..
        }
        | Self::Celigo {
            secret_env,
            timeout_seconds,
            ..
        }
        | Self::Make {
            secret_env,
            timeout_seconds,
            ..
        }) = self;
        let key = secret(
            owner,
            Side::Middleware,
            secret_env.as_ref(),
            secrets.as_ref(),
        )?;
        let timeout = Duration::from_secs(timeout_seconds.unwrap_or(30));
        let refused = |e: osd_connectors::CallError| SessionError::Profile(e.to_string());
        Ok(match self {
            Self::N8n { url, .. } => Box::new(
                n8n::N8nClient::new(n8n::N8nConfig {
                    base_url: api_base(url)?,
                    api_key: key,
                    timeout,
                })
                .map_err(refused)?,
            ),
            Self::Celigo { url, .. } => Box::new(
                celigo::CeligoClient::new(celigo::CeligoConfig {
                    base_url: api_base(url)?,
                    token: key,
                    timeout,
                })
                .map_err(refused)?,
            ),
            Self::Make { url, team_id, .. } => Box::new(
                make::MakeClient::new(make::MakeConfig {
                    base_url: api_base(url)?,
                    team_id: team_id.clone(),
                    token: key,
                    timeout,
                })
                .map_err(refused)?,
            ),
        })
    }
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum StoreProfile {
    Shopify {
        /// `https://your-shop.myshopify.com`
        url: String,
        #[serde(default = "default_shopify_version")]
        api_version: String,
        /// `access-token` (the default; the secret is the Admin API token) or
        /// `client-credentials` (the secret is the app's client secret).
        auth: Option<String>,
        client_id: Option<String>,
        /// When a pasted token stops working (`YYYY-MM-DD`), to warn ahead.
        token_expires: Option<NaiveDate>,
        /// A Statuspage address, e.g. `https://www.shopifystatus.com`.
        status_page: Option<String>,
        secret_env: Option<String>,
        timeout_seconds: Option<u64>,
        /// Payment statuses (`displayFinancialStatus`) that count as ready to book; by
        /// default `PAID` and `PARTIALLY_REFUNDED`.
        ready_statuses: Option<Vec<String>>,
    },
    Woocommerce {
        /// The store's address, e.g. `https://shop.example.com`.
        url: String,
        /// `basic`, `query-string` or `oauth1`; by default Basic over HTTPS, OAuth 1.0a over HTTP.
        auth: Option<String>,
        status_page: Option<String>,
        secret_env: Option<String>,
        timeout_seconds: Option<u64>,
        /// Order statuses that count as ready to book; by default `processing` and
        /// `completed` (WooCommerce's own "paid"). `on-hold` is where bank transfers and
        /// cheques wait for the money.
        ready_statuses: Option<Vec<String>>,
    },
    /// Square point of sale: the Orders, Catalog and Customers APIs with an access token, or
    /// the seller's browser sign-in.
    Square {
        /// `https://connect.squareup.com` (the default) or `https://connect.squareupsandbox.com`.
        #[serde(default = "default_square_url")]
        url: String,
        /// `token` (a personal access token, the default) or `browser` (the seller signs in
        /// with Square: OAuth with PKCE, refresh token in the keychain).
        auth: Option<String>,
        /// For `browser`: the Square application's id (Developer Console → OAuth).
        client_id: Option<String>,
        /// For `browser`: the application's redirect URL, an `https://` page that hands the
        /// answer to this app (Square takes no other kind); `sign-in/square.html` is that page.
        redirect_url: Option<String>,
        /// The locations to read (Square's location ids); empty or absent: every active one.
        location_ids: Option<Vec<String>>,
        /// When the token stops working (`YYYY-MM-DD`): OAuth tokens last 30 days, personal
        /// access tokens do not expire.
        token_expires: Option<NaiveDate>,
        /// A Statuspage address, e.g. `https://www.issquareup.com`.
        status_page: Option<String>,
        secret_env: Option<String>,
        timeout_seconds: Option<u64>,
        /// Order states (`OrderState`) that count as ready to book; by default `COMPLETED`.
        ready_statuses: Option<Vec<String>>,
    },
    /// A file exported from Shopify (Admin → Orders → Export) or in the same format.
    Csv {
        /// Relative paths are read from the profile's folder.
        path: PathBuf,
        /// "Financial Status" values that count as ready to book; by default `paid` and
        /// `partially_refunded`.
        ready_statuses: Option<Vec<String>>,
    },
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum ErpProfile {
    Netsuite {
        /// `https://1234567-sb1.suitetalk.api.netsuite.com`
        url: String,
        /// As NetSuite writes it: `1234567_SB1`.
        account_id: String,
        /// `client-credentials` (OAuth 2.0 M2M, the default), `browser` (a person signs in:
        /// authorization code with PKCE, a public integration record) or `token-based` (TBA).
        #[serde(default = "default_netsuite_auth")]
        auth: String,
        /// Where `browser` sign-in opens, when not the account's own
        /// `https://{account}.app.netsuite.com/app/login/oauth2/authorize.nl`.
        authorize_url: Option<String>,
        client_id: Option<String>,
        certificate_id: Option<String>,
        /// `PS256` (default) or `ES256`, matching the uploaded certificate's key.
        algorithm: Option<String>,
        /// The certificate's end date (`YYYY-MM-DD`), to warn before it stops working.
        certificate_expires: Option<NaiveDate>,
        secret_env: Option<String>,
        max_concurrency: Option<usize>,
        timeout_seconds: Option<u64>,
    },
    Tryton {
        /// The server, e.g. `http://tryton.example:8000`.
        url: String,
        database: String,
        username: String,
        secret_env: Option<String>,
        timeout_seconds: Option<u64>,
    },
    Odoo {
        /// The Odoo address, e.g. `https://shop.odoo.com`.
        url: String,
        database: String,
        /// The user the API key belongs to.
        login: String,
        /// `jsonrpc` or `json2`; by default JSON-2 from Odoo 19 on.
        protocol: Option<String>,
        secret_env: Option<String>,
        timeout_seconds: Option<u64>,
    },
    SapB1 {
        /// The Service Layer, e.g. `https://b1server:50000/b1s/v1`.
        url: String,
        company_db: String,
        username: String,
        secret_env: Option<String>,
        timeout_seconds: Option<u64>,
    },
    BusinessCentral {
        /// The Entra tenant: its GUID or domain (`contoso.onmicrosoft.com`).
        tenant: String,
        /// The Business Central environment, e.g. `production` or `sandbox`.
        #[serde(default = "default_bc_environment")]
        environment: String,
        /// The company's name or id; the first company when absent.
        company: Option<String>,
        /// `client-secret` (an Entra app's secret, the default) or `browser` (a person signs in:
        /// authorization code with PKCE, a public client, delegated permission).
        auth: Option<String>,
        /// The Entra app registration's client id (for `browser`, a public client's).
        client_id: String,
        /// The client secret's end date (`YYYY-MM-DD`), to warn before it stops working.
        secret_expires: Option<NaiveDate>,
        /// Overrides for other clouds, proxies and tests.
        api_url: Option<String>,
        token_url: Option<String>,
        /// Entra ID's sign-in host for `browser` (`https://login.microsoftonline.com/`).
        login_url: Option<String>,
        secret_env: Option<String>,
        timeout_seconds: Option<u64>,
    },
}

/// Microsoft Entra ID's sign-in host in the global cloud.
const ENTRA_LOGIN: &str = "https://login.microsoftonline.com/";

fn default_shopify_version() -> String {
    osd_connectors::shopify::API_VERSION.into()
}

fn default_square_url() -> String {
    "https://connect.squareup.com".into()
}

fn default_bc_environment() -> String {
    "production".into()
}

fn default_netsuite_auth() -> String {
    "client-credentials".into()
}

impl Profile {
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| SessionError::Profile(format!("{}: {e}", path.display())))?;
        let mut profile: Profile = toml::from_str(&text)
            .map_err(|e| SessionError::Profile(format!("{}: {e}", path.display())))?;
        if profile.name.is_none() {
            profile.name = path.file_stem().map(|s| s.to_string_lossy().into_owned());
        }
        if let StoreProfile::Csv { path: file, .. } = &mut profile.store {
            if file.is_relative() {
                *file = path.parent().unwrap_or(Path::new(".")).join(&*file);
            }
        }
        Ok(profile)
    }

    pub fn name(&self) -> &str {
        self.name.as_deref().unwrap_or("default")
    }

    /// The keychain account of one side's secret: `<profile>/store` or `<profile>/erp`.
    pub fn secret_account(&self, side: Side) -> String {
        account(self.name(), side)
    }

    pub fn store(&self, secrets: &Arc<dyn SecretStore>) -> Result<Box<dyn StoreSource>> {
        self.store.client(self.name(), secrets)
    }

    /// The store's status page, when the profile names one.
    pub fn store_status_page(&self) -> Result<Option<url::Url>> {
        match &self.store {
            StoreProfile::Shopify { status_page, .. }
            | StoreProfile::Woocommerce { status_page, .. }
            | StoreProfile::Square { status_page, .. } => {
                status_page.as_deref().map(parse_url).transpose()
            }
            StoreProfile::Csv { .. } => Ok(None),
        }
    }

    pub fn erp(&self, secrets: &Arc<dyn SecretStore>) -> Result<Box<dyn Erp>> {
        self.erp.client(self.name(), secrets)
    }

    /// The integration tool's client, when the profile names one.
    pub fn middleware(
        &self,
        secrets: &Arc<dyn SecretStore>,
    ) -> Result<Option<Box<dyn osd_connectors::middleware::Middleware>>> {
        self.middleware
            .as_ref()
            .map(|m| m.client(self.name(), secrets))
            .transpose()
    }
}

impl StoreProfile {
    /// The statuses the profile counts as ready to book; `None` when it leaves that to the
    /// store's own "paid". An empty list would hold back every order, so it is refused.
    pub fn ready_statuses(&self) -> Result<Option<ReadyStatuses>> {
        let (StoreProfile::Shopify { ready_statuses, .. }
        | StoreProfile::Woocommerce { ready_statuses, .. }
        | StoreProfile::Square { ready_statuses, .. }
        | StoreProfile::Csv { ready_statuses, .. }) = self;
        let Some(names) = ready_statuses else {
            return Ok(None);
        };
        let ready = ReadyStatuses::new(names);
        if ready.is_empty() {
            return Err(SessionError::Profile(
                "[store] ready_statuses names no status, so no order would ever be sent; name at least one, or leave it out for the store's own \"paid\"".into(),
            ));
        }
        Ok(Some(ready))
    }

    /// Who the seller signs in with, when this store is set to sign in with the browser, and
    /// the redirect the answer comes back through.
    pub fn sign_in_provider(&self) -> Result<Option<(SignInProvider, String)>> {
        match self {
            StoreProfile::Square {
                url,
                auth,
                client_id,
                redirect_url,
                ..
            } if auth.as_deref() == Some("browser") => {
                let client_id = required(client_id, "[store] client_id")?;
                let redirect = required(redirect_url, "[store] redirect_url")?;
                if !redirect.starts_with("https://") {
                    return Err(SessionError::Profile(format!(
                        "[store] redirect_url \"{redirect}\" must be an https:// address: Square sends the answer to no other"
                    )));
                }
                let provider = SignInProvider::square(&parse_url(url)?, client_id.trim())
                    .map_err(|e| SessionError::Profile(e.to_string()))?;
                Ok(Some((provider, redirect.trim().to_string())))
            }
            _ => Ok(None),
        }
    }

    /// A client for a sign-in that just happened, with its tokens in hand.
    pub fn client_signed_in(&self, signed_in: Arc<SignedIn>) -> Result<Box<dyn StoreSource>> {
        let nothing_saved: Arc<dyn SecretStore> =
            Arc::new(crate::secrets::MemorySecrets::default());
        self.build_client("sign-in", &nothing_saved, Some(signed_in))
    }

    /// A client for this store; `owner` names its keychain entries (`<owner>/store`).
    pub fn client(
        &self,
        owner: &str,
        secrets: &Arc<dyn SecretStore>,
    ) -> Result<Box<dyn StoreSource>> {
        self.build_client(owner, secrets, None)
    }

    fn build_client(
        &self,
        owner: &str,
        secrets: &Arc<dyn SecretStore>,
        given: Option<Arc<SignedIn>>,
    ) -> Result<Box<dyn StoreSource>> {
        let timeout = |t: &Option<u64>| Duration::from_secs(t.unwrap_or(30));
        match self {
            StoreProfile::Shopify {
                url,
                api_version,
                auth,
                client_id,
                token_expires,
                secret_env,
                timeout_seconds,
                ..
            } => {
                let mode = auth.as_deref().unwrap_or("access-token");
                if mode == "refresh-token" && secret_env.is_some() {
                    // Shopify replaces the refresh token on every use; a variable cannot keep it.
                    return Err(SessionError::Profile("auth = \"refresh-token\" needs the keychain (drop secret_env and use `sync-doctor login store`): the token changes on every use".into()));
                }
                let secret = secret(owner, Side::Store, secret_env.as_ref(), secrets.as_ref())?;
                let auth = match mode {
                    "access-token" => ShopifyAuth::AccessToken { token: secret, expires: token_expires.and_then(midnight) },
                    "client-credentials" => ShopifyAuth::ClientCredentials { client_id: required(client_id, "[store] client_id")?, client_secret: secret },
                    "refresh-token" => {
                        let saved: RefreshSecret = serde_json::from_str(secret.expose()).map_err(|_| {
                            SessionError::Profile("the refresh-token secret must be JSON with client_secret and refresh_token".into())
                        })?;
                        ShopifyAuth::Refreshing {
                            client_id: required(client_id, "[store] client_id")?,
                            client_secret: saved.client_secret.clone().into(),
                            refresh_token: saved.refresh_token.clone().into(),
                            refresh_expires: saved.refresh_token_expires,
                            keep: refresh_keeper(owner, saved.client_secret, secrets.clone()),
                        }
                    }
                    other => return Err(SessionError::Profile(format!("[store] auth = \"{other}\" is not known; use access-token, client-credentials or refresh-token"))),
                };
                let client = ShopifyClient::new(ShopifyConfig {
                    base_url: parse_url(url)?,
                    api_version: api_version.clone(),
                    auth,
                    timeout: timeout(timeout_seconds),
                })
                .map_err(|e| SessionError::Profile(e.to_string()))?;
                Ok(Box::new(client))
            }
            StoreProfile::Woocommerce {
                url,
                auth,
                secret_env,
                timeout_seconds,
                ..
            } => {
                let secret = secret(owner, Side::Store, secret_env.as_ref(), secrets.as_ref())?;
                let (key, secret) = woo_keys(&secret)?;
                let auth = match auth.as_deref() {
                    None => None,
                    Some("basic") => Some(WooAuth::Basic),
                    Some("query-string") => Some(WooAuth::QueryString),
                    Some("oauth1") => Some(WooAuth::OAuth1),
                    Some(other) => return Err(SessionError::Profile(format!("[store] auth = \"{other}\" is not known; use basic, query-string or oauth1"))),
                };
                let client = WooClient::new(WooConfig {
                    base_url: parse_url(url)?,
                    consumer_key: key,
                    consumer_secret: secret,
                    auth,
                    timeout: timeout(timeout_seconds),
                })
                .map_err(|e| SessionError::Profile(e.to_string()))?;
                Ok(Box::new(client))
            }
            StoreProfile::Square {
                url,
                auth,
                location_ids,
                token_expires,
                secret_env,
                timeout_seconds,
                ..
            } => {
                let auth = match auth.as_deref() {
                    None | Some("token") => SquareAuth::Token {
                        token: secret(owner, Side::Store, secret_env.as_ref(), secrets.as_ref())?,
                        expires: token_expires.and_then(midnight),
                    },
                    Some("browser") => {
                        let provider = self.sign_in_provider()?.map(|(provider, _)| provider);
                        let signed_in = signed_in_or_saved(
                            provider,
                            owner,
                            Side::Store,
                            secrets,
                            secret_env.as_ref(),
                            given,
                        )?;
                        SquareAuth::SignedIn(signed_in)
                    }
                    Some(other) => {
                        return Err(SessionError::Profile(format!(
                            "[store] auth = \"{other}\" is not known; use token or browser"
                        )))
                    }
                };
                let client = SquareClient::new(SquareConfig {
                    base_url: parse_url(url)?,
                    auth,
                    location_ids: location_ids.clone().unwrap_or_default(),
                    states: SquareConfig::default_states(),
                    timeout: timeout(timeout_seconds),
                })
                .map_err(|e| SessionError::Profile(e.to_string()))?;
                Ok(Box::new(client))
            }
            StoreProfile::Csv { path, .. } => Ok(Box::new(CsvSource::new(path.clone()))),
        }
    }
}

/// The browser sign-in `given` (one that just happened), or else the one saved for `owner`'s
/// `side` with `provider`. A variable cannot hold it: the refresh token changes as it is used.
fn signed_in_or_saved(
    provider: Option<SignInProvider>,
    owner: &str,
    side: Side,
    secrets: &Arc<dyn SecretStore>,
    secret_env: Option<&String>,
    given: Option<Arc<SignedIn>>,
) -> Result<Arc<SignedIn>> {
    if let Some(signed_in) = given {
        return Ok(signed_in);
    }
    if secret_env.is_some() {
        return Err(SessionError::Profile("auth = \"browser\" needs the keychain (drop secret_env and sign in from the Connections screen): the refresh token changes as it is used".into()));
    }
    let provider = provider.ok_or_else(|| {
        SessionError::Profile("this connection is not set to sign in with the browser".into())
    })?;
    let refresh_token = secret(owner, side, None, secrets.as_ref())?;
    Ok(Arc::new(SignedIn::new(
        provider,
        refresh_token,
        keeper(owner, side, secrets.clone()),
    )))
}

/// Where a browser sign-in's refresh token is kept: the keychain entry of `owner`'s `side`,
/// each new one saved over the last.
fn keeper(owner: &str, side: Side, secrets: Arc<dyn SecretStore>) -> TokenKeeper {
    let account = account(owner, side);
    let (saved_to, read_from) = (secrets.clone(), account.clone());
    TokenKeeper {
        load: Arc::new(move || secrets.get(&read_from).ok().flatten()),
        save: Arc::new(move |token: &Sensitive<String>| {
            if let Err(error) = saved_to.set(&account, token) {
                tracing::error!(%error, "the new refresh token could not be saved; the next start will ask to sign in again");
            }
        }),
    }
}

impl ErpProfile {
    /// Who a person signs in with, when this ERP is set to sign in with the browser.
    pub fn sign_in_provider(&self) -> Result<Option<SignInProvider>> {
        match self {
            ErpProfile::BusinessCentral {
                tenant,
                auth,
                client_id,
                login_url,
                ..
            } if auth.as_deref() == Some("browser") => {
                let login = parse_url(login_url.as_deref().unwrap_or(ENTRA_LOGIN))?;
                SignInProvider::business_central(&login, tenant.trim(), client_id.trim())
                    .map(Some)
                    .map_err(|e| {
                        SessionError::Profile(format!(
                            "the tenant \"{tenant}\" does not make an address: {e}"
                        ))
                    })
            }
            ErpProfile::Netsuite {
                url,
                account_id,
                auth,
                authorize_url,
                client_id,
                ..
            } if auth == "browser" => {
                let client_id = required(client_id, "[erp] client_id")?;
                // The account's own hosts write a sandbox `1234567-sb1`.
                let host = account_id.trim().to_ascii_lowercase().replace('_', "-");
                let authorize = match authorize_url {
                    Some(address) => address.clone(),
                    None => {
                        format!("https://{host}.app.netsuite.com/app/login/oauth2/authorize.nl")
                    }
                };
                let authorize = url::Url::parse(&authorize).map_err(|e| {
                    SessionError::Profile(format!("\"{authorize}\" is not a URL: {e}"))
                })?;
                let token = parse_url(url)?
                    .join("services/rest/auth/oauth2/v1/token")
                    .map_err(|e| SessionError::Profile(e.to_string()))?;
                Ok(Some(SignInProvider::netsuite(authorize, token, &client_id)))
            }
            _ => Ok(None),
        }
    }

    /// A client for this ERP; `owner` names its keychain entries (`<owner>/erp`).
    pub fn client(&self, owner: &str, secrets: &Arc<dyn SecretStore>) -> Result<Box<dyn Erp>> {
        self.build_client(owner, secrets, None)
    }

    /// A client for a sign-in that just happened, with its tokens in hand.
    pub fn client_signed_in(&self, signed_in: Arc<SignedIn>) -> Result<Box<dyn Erp>> {
        let nothing_saved: Arc<dyn SecretStore> =
            Arc::new(crate::secrets::MemorySecrets::default());
        self.build_client("sign-in", &nothing_saved, Some(signed_in))
    }

    fn build_client(
        &self,
        owner: &str,
        secrets: &Arc<dyn SecretStore>,
        given: Option<Arc<SignedIn>>,
    ) -> Result<Box<dyn Erp>> {
        match self {
            ErpProfile::Netsuite {
                url,
                account_id,
                auth,
                authorize_url: _,
                client_id,
                certificate_id,
                algorithm,
                certificate_expires,
                secret_env,
                max_concurrency,
                timeout_seconds,
            } => {
                let auth = match auth.as_str() {
                    "browser" => NetSuiteAuth::SignedIn(signed_in_or_saved(self.sign_in_provider()?, owner, Side::Erp, secrets, secret_env.as_ref(), given)?),
                    "client-credentials" => NetSuiteAuth::ClientCredentials {
                        client_id: required(client_id, "[erp] client_id")?,
                        certificate_id: required(certificate_id, "[erp] certificate_id")?,
                        private_key_pem: secret(owner, Side::Erp, secret_env.as_ref(), secrets.as_ref())?,
                        algorithm: match algorithm.as_deref().unwrap_or("PS256") {
                            "PS256" => JwtAlgorithm::Ps256,
                            "ES256" => JwtAlgorithm::Es256,
                            other => {
                                return Err(SessionError::Profile(format!(
                                    "algorithm {other} is not supported (PS256 or ES256)"
                                )))
                            }
                        },
                        certificate_expires: certificate_expires.and_then(midnight),
                    },
                    "token-based" => {
                        let secret = secret(owner, Side::Erp, secret_env.as_ref(), secrets.as_ref())?;
                        let parts: TbaSecret = serde_json::from_str(secret.expose()).map_err(|_| {
                            SessionError::Profile("the token-based secret must be JSON with consumer_key, consumer_secret, token_id and token_secret".into())
                        })?;
                        NetSuiteAuth::TokenBased {
                            consumer_key: parts.consumer_key.into(),
                            consumer_secret: parts.consumer_secret.into(),
                            token_id: parts.token_id.into(),
                            token_secret: parts.token_secret.into(),
                        }
                    }
                    other => {
                        return Err(SessionError::Profile(format!(
                        "auth = \"{other}\" is not known; use client-credentials, browser or token-based"
                    )))
                    }
                };
                let client = NetSuiteClient::new(NetSuiteConfig {
                    base_url: parse_url(url)?,
                    account_id: account_id.clone(),
                    auth,
                    timeout: Duration::from_secs(timeout_seconds.unwrap_or(60)),
                    max_concurrency: max_concurrency.unwrap_or(5),
                })
                .map_err(|e| SessionError::Profile(e.to_string()))?;
                Ok(Box::new(client))
            }
            ErpProfile::Tryton {
                url,
                database,
                username,
                secret_env,
                timeout_seconds,
            } => {
                let password = secret(owner, Side::Erp, secret_env.as_ref(), secrets.as_ref())?;
                let client = TrytonClient::new(TrytonConfig {
                    base_url: parse_url(url)?,
                    database: database.clone(),
                    username: username.clone(),
                    password,
                    timeout: Duration::from_secs(timeout_seconds.unwrap_or(60)),
                })
                .map_err(|e| SessionError::Profile(e.to_string()))?;
                Ok(Box::new(client))
            }
            ErpProfile::Odoo {
                url,
                database,
                login,
                protocol,
                secret_env,
                timeout_seconds,
            } => {
                let api_key = secret(owner, Side::Erp, secret_env.as_ref(), secrets.as_ref())?;
                let protocol = match protocol.as_deref() {
                    None => None,
                    Some("jsonrpc") => Some(OdooProtocol::JsonRpc),
                    Some("json2") => Some(OdooProtocol::Json2),
                    Some(other) => {
                        return Err(SessionError::Profile(format!(
                            "[erp] protocol = \"{other}\" is not known; use jsonrpc or json2"
                        )))
                    }
                };
                let client = OdooClient::new(OdooConfig {
                    base_url: parse_url(url)?,
                    database: database.clone(),
                    login: login.clone(),
                    api_key,
                    protocol,
                    timeout: Duration::from_secs(timeout_seconds.unwrap_or(60)),
                })
                .map_err(|e| SessionError::Profile(e.to_string()))?;
                Ok(Box::new(client))
            }
            ErpProfile::SapB1 {
                url,
                company_db,
                username,
                secret_env,
                timeout_seconds,
            } => {
                let password = secret(owner, Side::Erp, secret_env.as_ref(), secrets.as_ref())?;
                let client = SapClient::new(SapConfig {
                    base_url: parse_url(url)?,
                    company_db: company_db.clone(),
                    username: username.clone(),
                    password,
                    timeout: Duration::from_secs(timeout_seconds.unwrap_or(60)),
                })
                .map_err(|e| SessionError::Profile(e.to_string()))?;
                Ok(Box::new(client))
            }
            ErpProfile::BusinessCentral {
                tenant,
                environment,
                company,
                auth,
                client_id,
                secret_expires,
                api_url,
                token_url,
                login_url: _,
                secret_env,
                timeout_seconds,
            } => {
                let (secret, signed_in) = match auth.as_deref().unwrap_or("client-secret") {
                    "client-secret" => (
                        secret(owner, Side::Erp, secret_env.as_ref(), secrets.as_ref())?,
                        None,
                    ),
                    // A public client has no secret.
                    "browser" => (
                        Sensitive::default(),
                        Some(signed_in_or_saved(
                            self.sign_in_provider()?,
                            owner,
                            Side::Erp,
                            secrets,
                            secret_env.as_ref(),
                            given,
                        )?),
                    ),
                    other => {
                        return Err(SessionError::Profile(format!(
                            "[erp] auth = \"{other}\" is not known; use client-secret or browser"
                        )))
                    }
                };
                let api_url = api_url.clone().unwrap_or_else(|| format!("https://api.businesscentral.dynamics.com/v2.0/{tenant}/{environment}/api/v2.0/"));
                let token_url = token_url.clone().unwrap_or_else(|| {
                    format!("https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token")
                });
                let client = BcClient::new(BcConfig {
                    api_url: parse_url(&api_url)?,
                    token_url: url::Url::parse(&token_url).map_err(|e| {
                        SessionError::Profile(format!("\"{token_url}\" is not a URL: {e}"))
                    })?,
                    scope: "https://api.businesscentral.dynamics.com/.default".into(),
                    client_id: client_id.clone(),
                    client_secret: secret,
                    company: company.clone(),
                    secret_expires: secret_expires.and_then(midnight),
                    signed_in,
                    timeout: Duration::from_secs(timeout_seconds.unwrap_or(60)),
                })
                .map_err(|e| SessionError::Profile(e.to_string()))?;
                Ok(Box::new(client))
            }
        }
    }
}

/// Saves each rotated Shopify refresh token back into the keychain entry it came from.
fn refresh_keeper(
    owner: &str,
    client_secret: String,
    secrets: Arc<dyn SecretStore>,
) -> RefreshKeeper {
    let account = account(owner, Side::Store);
    RefreshKeeper(Arc::new(
        move |token: &Sensitive<String>, expires: Option<DateTime<Utc>>| {
            let saved = RefreshSecret {
                client_secret: client_secret.clone(),
                refresh_token: token.expose().clone(),
                refresh_token_expires: expires,
            };
            let text = serde_json::to_string(&saved).unwrap_or_default();
            if let Err(error) = secrets.set(&account, &Sensitive::new(text)) {
                tracing::error!(%error, "the new Shopify refresh token could not be saved; the next start will need a new login");
            }
        },
    ))
}

/// The keychain account of one side's secret: `<owner>/store`, `<owner>/erp`, ….
pub fn account(owner: &str, side: Side) -> String {
    format!("{owner}/{}", side.as_str())
}

/// A secret from the named variable, or else from the keychain entry of `side`.
pub(crate) fn secret(
    owner: &str,
    side: Side,
    env: Option<&String>,
    secrets: &dyn SecretStore,
) -> Result<Sensitive<String>> {
    let account = account(owner, side);
    match env {
        Some(name) => from_env(name)
            .ok_or_else(|| SessionError::SecretMissing(format!("${name}"), side.as_str())),
        None => secrets
            .get(&account)?
            .ok_or(SessionError::SecretMissing(account, side.as_str())),
    }
}

/// What the keychain holds for `auth = "refresh-token"`.
#[derive(Deserialize, serde::Serialize)]
struct RefreshSecret {
    client_secret: String,
    refresh_token: String,
    refresh_token_expires: Option<DateTime<Utc>>,
}

#[derive(Deserialize)]
struct TbaSecret {
    consumer_key: String,
    consumer_secret: String,
    token_id: String,
    token_secret: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Store,
    Erp,
    /// The Slack webhook URL.
    Slack,
    /// The SMTP password for e-mail alerts.
    Smtp,
    /// The integration tool's API key.
    Middleware,
}

impl Side {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Store => "store",
            Self::Erp => "erp",
            Self::Slack => "slack",
            Self::Smtp => "smtp",
            Self::Middleware => "middleware",
        }
    }
}

fn required(value: &Option<String>, field: &str) -> Result<String> {
    value
        .clone()
        .filter(|v| !v.is_empty())
        .ok_or_else(|| SessionError::Profile(format!("the profile needs {field}")))
}

fn midnight(date: NaiveDate) -> Option<DateTime<Utc>> {
    date.and_hms_opt(0, 0, 0)
        .map(|d| DateTime::<Utc>::from_naive_utc_and_offset(d, Utc))
}

/// WooCommerce's key pair, saved as `ck_…:cs_…` or as JSON.
fn woo_keys(secret: &Sensitive<String>) -> Result<(Sensitive<String>, Sensitive<String>)> {
    #[derive(Deserialize)]
    struct Keys {
        consumer_key: String,
        consumer_secret: String,
    }
    let text = secret.expose().trim();
    if let Ok(keys) = serde_json::from_str::<Keys>(text) {
        return Ok((keys.consumer_key.into(), keys.consumer_secret.into()));
    }
    match text.split_once(':') {
        Some((key, secret)) if !key.is_empty() && !secret.is_empty() => {
            Ok((key.to_string().into(), secret.to_string().into()))
        }
        _ => Err(SessionError::Profile(
            "the WooCommerce secret must be \"consumer_key:consumer_secret\" (ck_…:cs_…)".into(),
        )),
    }
}

fn parse_url(text: &str) -> Result<url::Url> {
    // A base URL must end with '/' or `join` drops its last path segment.
    let with_slash = if text.ends_with('/') {
        text.to_string()
    } else {
        format!("{text}/")
    };
    url::Url::parse(&with_slash)
        .map_err(|e| SessionError::Profile(format!("\"{text}\" is not a URL: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::MemorySecrets;

    #[test]
    fn a_profile_without_its_secret_says_how_to_add_it() {
        let profile: Profile = toml::from_str(
            r#"
            [store]
            kind = "shopify"
            url = "https://example.myshopify.com"
            [erp]
            kind = "netsuite"
            url = "https://1234567.suitetalk.api.netsuite.com"
            account_id = "1234567"
            client_id = "abc"
            certificate_id = "cert"
            "#,
        )
        .unwrap();
        let memory = Arc::new(MemorySecrets::default());
        let secrets: Arc<dyn SecretStore> = memory.clone();
        let error = profile.store(&secrets).err().unwrap();
        assert!(
            error.to_string().contains("sync-doctor login store"),
            "{error}"
        );
        secrets
            .set("default/store", &Sensitive::new("shpat_x".into()))
            .unwrap();
        assert!(profile.store(&secrets).is_ok());
    }

    #[test]
    fn an_n8n_section_takes_its_api_key_from_the_keychain_entry_of_its_own() {
        let profile: Profile = toml::from_str(
            r#"
            [store]
            kind = "csv"
            path = "orders.csv"
            [erp]
            kind = "tryton"
            url = "http://127.0.0.1:9/"
            database = "shop"
            username = "admin"
            [middleware]
            kind = "n8n"
            url = "http://127.0.0.1:5678"
            "#,
        )
        .unwrap();
        let memory = Arc::new(MemorySecrets::default());
        let secrets: Arc<dyn SecretStore> = memory.clone();
        let error = profile.middleware(&secrets).err().unwrap();
        assert!(error.to_string().contains("default/middleware"), "{error}");
        secrets
            .set("default/middleware", &Sensitive::new("n8n_api_key".into()))
            .unwrap();
        let client = profile.middleware(&secrets).unwrap().unwrap();
        assert_eq!(client.system(), "n8n");
        assert!(toml::from_str::<Profile>("[store]\nkind = \"csv\"\npath = \"x\"\n[erp]\nkind = \"tryton\"\nurl = \"x\"\ndatabase = \"d\"\nusername = \"u\"\n[middleware]\nkind = \"zapier\"\nurl = \"x\"").is_err());
        let base = "[store]\nkind = \"csv\"\npath = \"x\"\n[erp]\nkind = \"tryton\"\nurl = \"x\"\ndatabase = \"d\"\nusername = \"u\"\n";
        for (section, system) in [
            ("[middleware]\nkind = \"celigo\"\n", "Celigo"),
            (
                "[middleware]\nkind = \"make\"\nurl = \"https://eu1.make.com/api/v2\"\nteam_id = \"71\"\n",
                "Make",
            ),
        ] {
            let profile: Profile = toml::from_str(&format!("{base}{section}")).unwrap();
            assert_eq!(profile.middleware(&secrets).unwrap().unwrap().system(), system);
        }
        assert!(
            toml::from_str::<Profile>(&format!(
                "{base}[middleware]\nkind = \"make\"\nurl = \"x\"\n"
            ))
            .is_err(),
            "Make needs its team"
        );
    }

    #[test]
    fn unknown_fields_and_kinds_are_refused() {
        assert!(toml::from_str::<Profile>("[store]\nkind = \"magento\"\nurl = \"x\"\n[erp]\nkind = \"netsuite\"\nurl = \"x\"\naccount_id = \"1\"").is_err());
        assert!(toml::from_str::<Profile>("[store]\nkind = \"shopify\"\nurl = \"x\"\npassword = \"oops\"\n[erp]\nkind = \"netsuite\"\nurl = \"x\"\naccount_id = \"1\"").is_err());
    }
}
