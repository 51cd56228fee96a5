//! The Connections screen: which fields each store and ERP needs, testing a connection before
//! it is saved, and saving it (fields into `app.toml`, the secret into the keychain). Secrets
//! go one way only: the window can write one, never read it back.

use std::collections::BTreeMap;
use std::sync::Arc;

use osd_doctor::catalogue::{self, Context};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app_config::{AppConfig, APP_OWNER};
use crate::profile::{account, ErpProfile, MiddlewareProfile, Side, StoreProfile};
use crate::secrets::{MemorySecrets, SecretStore};
use crate::{Result, SessionError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export_to = "app.ts")]
pub enum ConnectionSide {
    Store,
    Erp,
    /// The integration tool between them (n8n, Celigo, Make): optional.
    Middleware,
}

impl ConnectionSide {
    fn side(self) -> Side {
        match self {
            Self::Store => Side::Store,
            Self::Erp => Side::Erp,
            Self::Middleware => Side::Middleware,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export_to = "app.ts")]
pub enum FieldInput {
    Text,
    Url,
    Number,
    /// `YYYY-MM-DD`.
    Date,
    /// One of `choices`.
    Choice,
    /// Several words, typed comma-separated (`processing, completed`).
    List,
}

/// One field of a connector's form. Its label and help live in the UI's text catalogue,
/// under the connector's kind and the field's key.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct FormField {
    pub key: &'static str,
    pub input: FieldInput,
    pub required: bool,
    pub choices: Vec<&'static str>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct ConnectorForm {
    pub side: ConnectionSide,
    /// The profile's `kind`: `shopify`, `netsuite`, ….
    pub kind: &'static str,
    pub fields: Vec<FormField>,
    /// Whether the connector needs a secret (a CSV file does not).
    pub needs_secret: bool,
}

fn field(key: &'static str, input: FieldInput, required: bool) -> FormField {
    FormField {
        key,
        input,
        required,
        choices: vec![],
    }
}

fn choice(key: &'static str, choices: &[&'static str]) -> FormField {
    FormField {
        key,
        input: FieldInput::Choice,
        required: false,
        choices: choices.to_vec(),
    }
}

/// Every connector the app can connect, with its fields (the profile's keys).
pub fn connector_forms() -> Vec<ConnectorForm> {
    use ConnectionSide::{Erp, Middleware, Store};
    use FieldInput::{Date, List, Number, Text, Url};
    let form = |side, kind, fields, needs_secret| ConnectorForm {
        side,
        kind,
        fields,
        needs_secret,
    };
    vec![
        form(
            Store,
            "shopify",
            vec![
                field("url", Url, true),
                choice("auth", &["access-token", "client-credentials"]),
                field("client_id", Text, false),
                field("token_expires", Date, false),
                field("status_page", Url, false),
                field("ready_statuses", List, false),
            ],
            true,
        ),
        form(
            Store,
            "woocommerce",
            vec![
                field("url", Url, true),
                choice("auth", &["basic", "query-string", "oauth1"]),
                field("status_page", Url, false),
                field("ready_statuses", List, false),
            ],
            true,
        ),
        form(
            Store,
            "square",
            vec![
                field("url", Url, true),
                field("location_ids", List, false),
                choice("auth", &["token", "browser"]),
                field("client_id", Text, false),
                field("redirect_url", Url, false),
                field("token_expires", Date, false),
                field("status_page", Url, false),
                field("ready_statuses", List, false),
            ],
            true,
        ),
        form(
            Store,
            "csv",
            vec![
                field("path", Text, true),
                field("ready_statuses", List, false),
            ],
            false,
        ),
        form(
            Erp,
            "netsuite",
            vec![
                field("url", Url, true),
                field("account_id", Text, true),
                choice("auth", &["client-credentials", "browser", "token-based"]),
                field("authorize_url", Url, false),
                field("client_id", Text, false),
                field("certificate_id", Text, false),
                choice("algorithm", &["PS256", "ES256"]),
                field("certificate_expires", Date, false),
                field("max_concurrency", Number, false),
            ],
            true,
        ),
        form(
            Erp,
            "business-central",
            vec![
                field("tenant", Text, true),
                field("environment", Text, false),
                field("company", Text, false),
                choice("auth", &["client-secret", "browser"]),
                field("client_id", Text, true),
                field("secret_expires", Date, false),
                field("api_url", Url, false),
                field("login_url", Url, false),
            ],
            true,
        ),
        form(
            Erp,
            "sap-b1",
            vec![
                field("url", Url, true),
                field("company_db", Text, true),
                field("username", Text, true),
            ],
            true,
        ),
        form(
            Erp,
            "odoo",
            vec![
                field("url", Url, true),
                field("database", Text, true),
                field("login", Text, true),
                choice("protocol", &["jsonrpc", "json2"]),
            ],
            true,
        ),
        form(
            Erp,
            "tryton",
            vec![
                field("url", Url, true),
                field("database", Text, true),
                field("username", Text, true),
            ],
            true,
        ),
        form(Middleware, "n8n", vec![field("url", Url, true)], true),
        form(Middleware, "celigo", vec![field("url", Url, false)], true),
        form(
            Middleware,
            "make",
            vec![field("url", Url, true), field("team_id", Text, true)],
            true,
        ),
    ]
}

/// What the Connections screen sends: the fields as typed, and a secret only when the person
/// typed one (empty keeps the saved secret).
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export_to = "app.ts")]
pub struct ConnectionDraft {
    pub side: ConnectionSide,
    pub kind: String,
    pub fields: BTreeMap<String, String>,
    pub secret: Option<String>,
}

/// A saved connection as the window may see it: never the secret, only whether one is saved.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct SavedConnection {
    pub kind: String,
    pub fields: BTreeMap<String, String>,
    pub secret_saved: bool,
    /// When the credential stops working, as recorded (`YYYY-MM-DD`).
    pub expires: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct Connections {
    pub using_demo: bool,
    pub store: Option<SavedConnection>,
    pub erp: Option<SavedConnection>,
    pub middleware: Option<SavedConnection>,
}

/// The answer of "Test connection", in plain words.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct ConnectionVerdict {
    pub ok: bool,
    pub message: String,
    /// What to do, when it failed.
    pub fix: Option<String>,
    /// What the system said (a shop's name, or the raw error).
    pub detail: String,
    pub expires: Option<String>,
}

const EXPIRY_FIELDS: [&str; 3] = ["token_expires", "certificate_expires", "secret_expires"];

/// The fields that say where a secret is sent. A saved secret is only ever used with the
/// system and address it was saved for: a window (or a compromised script in it) that changes
/// the address must supply the secret again, so it cannot redirect a saved one to itself.
const ADDRESS_FIELDS: [&str; 6] = [
    "url",
    "tenant",
    "api_url",
    "token_url",
    "login_url",
    "authorize_url",
];

impl ConnectionDraft {
    fn form(&self) -> Result<ConnectorForm> {
        connector_forms()
            .into_iter()
            .find(|f| f.side == self.side && f.kind == self.kind)
            .ok_or_else(|| {
                SessionError::Profile(format!("\"{}\" is not a connector we know", self.kind))
            })
    }

    /// The fields as a profile section; the form says which are numbers.
    fn table(&self) -> Result<toml::Table> {
        let form = self.form()?;
        let mut table = toml::Table::new();
        table.insert("kind".into(), toml::Value::String(self.kind.clone()));
        for spec in &form.fields {
            let value = self.fields.get(spec.key).map(|v| v.trim()).unwrap_or("");
            if value.is_empty() {
                if spec.required {
                    return Err(SessionError::Profile(format!(
                        "fill in {}",
                        spec.key.replace('_', " ")
                    )));
                }
                continue;
            }
            let value = match spec.input {
                FieldInput::Number => toml::Value::Integer(value.parse().map_err(|_| {
                    SessionError::Profile(format!(
                        "{} should be a whole number",
                        spec.key.replace('_', " ")
                    ))
                })?),
                FieldInput::List => toml::Value::Array(
                    value
                        .split(',')
                        .map(str::trim)
                        .filter(|w| !w.is_empty())
                        .map(|w| toml::Value::String(w.to_string()))
                        .collect(),
                ),
                _ => toml::Value::String(value.to_string()),
            };
            table.insert(spec.key.to_string(), value);
        }
        if let Some(unknown) = self
            .fields
            .keys()
            .find(|k| !form.fields.iter().any(|f| f.key == k.as_str()))
        {
            return Err(SessionError::Profile(format!(
                "\"{unknown}\" is not a field of {}",
                self.kind
            )));
        }
        Ok(table)
    }

    /// The draft as an ERP profile.
    pub(crate) fn erp_section(&self) -> Result<ErpProfile> {
        self.section()
    }

    /// The draft as a store profile.
    pub(crate) fn store_section(&self) -> Result<StoreProfile> {
        self.section()
    }

    /// The draft as a profile section (`StoreProfile` or `ErpProfile`).
    fn section<T: serde::de::DeserializeOwned>(&self) -> Result<T> {
        toml::Value::Table(self.table()?)
            .try_into()
            .map_err(|e: toml::de::Error| SessionError::Profile(e.message().to_string()))
    }

    fn typed_secret(&self) -> Option<&str> {
        self.secret
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// Whether this draft names the same system at the same address as the saved connection.
    fn same_address_as(&self, saved: Option<(String, BTreeMap<String, String>)>) -> bool {
        let Some((kind, fields)) = saved else {
            return false;
        };
        let value = |fields: &BTreeMap<String, String>, key: &str| {
            fields
                .get(key)
                .map(|v| v.trim().trim_end_matches('/').to_string())
        };
        kind == self.kind
            && ADDRESS_FIELDS
                .iter()
                .all(|key| value(&fields, key) == value(&self.fields, key))
    }

    /// Without a typed secret, the saved one may be used only where it was saved for.
    fn check_secret_destination(&self, config: &AppConfig) -> Result<()> {
        let saved = match self.side {
            ConnectionSide::Store => config.store.as_ref().and_then(saved_fields),
            ConnectionSide::Erp => config.erp.as_ref().and_then(saved_fields),
            ConnectionSide::Middleware => config.middleware.as_ref().and_then(saved_fields),
        };
        if self.typed_secret().is_none() && !self.same_address_as(saved) {
            return Err(SessionError::Profile(
                "type the secret again: a saved secret is only sent to the address it was saved for"
                    .into(),
            ));
        }
        Ok(())
    }

    /// The typed secret for a test, or else the saved one.
    fn secrets_for_test(&self, saved: &Arc<dyn SecretStore>) -> Result<Arc<dyn SecretStore>> {
        Ok(match self.typed_secret() {
            Some(secret) => {
                let memory = MemorySecrets::default();
                memory.set(
                    &account(APP_OWNER, self.side.side()),
                    &secret.to_string().into(),
                )?;
                Arc::new(memory)
            }
            None => saved.clone(),
        })
    }
}

/// Try the connection without saving anything.
pub async fn test_connection(
    draft: &ConnectionDraft,
    config: &AppConfig,
    saved: &Arc<dyn SecretStore>,
) -> Result<ConnectionVerdict> {
    if draft.form()?.needs_secret {
        draft.check_secret_destination(config)?;
    }
    let secrets = draft.secrets_for_test(saved)?;
    let (answer, system) = match draft.side {
        ConnectionSide::Store => {
            let client = draft
                .section::<StoreProfile>()?
                .client(APP_OWNER, &secrets)?;
            (client.test_connection().await, client.system())
        }
        ConnectionSide::Erp => {
            let client = draft.section::<ErpProfile>()?.client(APP_OWNER, &secrets)?;
            (client.test_connection().await, client.system())
        }
        ConnectionSide::Middleware => {
            let client = draft
                .section::<MiddlewareProfile>()?
                .client(APP_OWNER, &secrets)?;
            (client.test_connection().await, client.system())
        }
    };
    Ok(verdict_from(
        answer,
        system,
        &draft.fields,
        config.language(),
    ))
}

/// A test connection's answer as the verdict the window shows (also a browser sign-in's,
/// whose client is already made).
pub(crate) fn verdict_from(
    answer: osd_connectors::Result<osd_connectors::ConnectionReport>,
    system: &str,
    fields: &BTreeMap<String, String>,
    language: osd_i18n::Language,
) -> ConnectionVerdict {
    let expires = EXPIRY_FIELDS
        .iter()
        .find_map(|k| fields.get(*k).map(|v| v.trim().to_string()));
    let context = Context {
        store: system.to_string(),
        erp: system.to_string(),
        creates_records: false,
        language,
    };
    match answer {
        Ok(report) => ConnectionVerdict {
            ok: true,
            message: osd_i18n::Words::of(language)
                .with("connection-ok", &[("system", system.into())]),
            fix: None,
            detail: report.detail,
            expires: report
                .credential_expires
                .map(|t| t.format("%Y-%m-%d").to_string())
                .or(expires),
        },
        Err(error) => {
            // Store connectors already answer with the store's codes (store_auth_failed, …).
            let code = error.code;
            ConnectionVerdict {
                ok: false,
                message: catalogue::message(code, 0, error.key.as_deref(), &context),
                fix: Some(catalogue::fix(code, error.key.as_deref(), None, &context)),
                detail: format!("{}\n{}", error.summary, error.raw)
                    .trim()
                    .to_string(),
                expires,
            }
        }
    }
}

/// Check the draft and save it: fields into the configuration, a typed secret into the
/// keychain. A connection without a secret, saved or typed, is refused.
pub fn save_connection(
    config: &mut AppConfig,
    draft: &ConnectionDraft,
    secrets: &Arc<dyn SecretStore>,
) -> Result<()> {
    let form = draft.form()?;
    let account = account(APP_OWNER, draft.side.side());
    if form.needs_secret && draft.typed_secret().is_none() && secrets.get(&account)?.is_none() {
        return Err(SessionError::Profile(
            "paste the secret before saving".into(),
        ));
    }
    if form.needs_secret {
        draft.check_secret_destination(config)?;
    }
    match draft.side {
        ConnectionSide::Store => {
            let store = draft.section::<StoreProfile>()?;
            store.ready_statuses()?;
            config.store = Some(store);
        }
        ConnectionSide::Erp => config.erp = Some(draft.section::<ErpProfile>()?),
        ConnectionSide::Middleware => {
            config.middleware = Some(draft.section::<MiddlewareProfile>()?);
        }
    }
    if let Some(secret) = draft.typed_secret() {
        secrets.set(&account, &secret.to_string().into())?;
    }
    Ok(())
}

/// A saved section's kind and its fields as text.
fn saved_fields<T: Serialize>(section: &T) -> Option<(String, BTreeMap<String, String>)> {
    let table = toml::Value::try_from(section).ok()?;
    let text = |v: &toml::Value| match v {
        toml::Value::String(s) => s.clone(),
        // A list is shown as it is typed: comma-separated.
        toml::Value::Array(items) => items
            .iter()
            .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_string))
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    };
    let mut fields: BTreeMap<String, String> = table
        .as_table()?
        .iter()
        .map(|(k, v)| (k.clone(), text(v)))
        .collect();
    let kind = fields.remove("kind")?;
    Some((kind, fields))
}

fn saved_connection<T: Serialize>(
    section: &T,
    side: Side,
    secrets: &dyn SecretStore,
) -> Option<SavedConnection> {
    let (kind, fields) = saved_fields(section)?;
    let expires = EXPIRY_FIELDS.iter().find_map(|k| fields.get(*k).cloned());
    Some(SavedConnection {
        kind,
        fields,
        secret_saved: matches!(secrets.get(&account(APP_OWNER, side)), Ok(Some(_))),
        expires,
    })
}

fn saved_side(
    config: &AppConfig,
    side: ConnectionSide,
    secrets: &dyn SecretStore,
) -> Option<SavedConnection> {
    match side {
        ConnectionSide::Store => config
            .store
            .as_ref()
            .and_then(|s| saved_connection(s, Side::Store, secrets)),
        ConnectionSide::Erp => config
            .erp
            .as_ref()
            .and_then(|e| saved_connection(e, Side::Erp, secrets)),
        ConnectionSide::Middleware => config
            .middleware
            .as_ref()
            .and_then(|m| saved_connection(m, Side::Middleware, secrets)),
    }
}

/// What is saved, for the Connections screen.
pub fn connections(config: &AppConfig, secrets: &dyn SecretStore) -> Connections {
    Connections {
        using_demo: config.profile().is_none(),
        store: saved_side(config, ConnectionSide::Store, secrets),
        erp: saved_side(config, ConnectionSide::Erp, secrets),
        middleware: saved_side(config, ConnectionSide::Middleware, secrets),
    }
}

/// Stop reading the integration tool: its section leaves the configuration and its secret the
/// keychain. The store and ERP are not removable: the app needs both.
pub fn remove_middleware(config: &mut AppConfig, secrets: &Arc<dyn SecretStore>) -> Result<()> {
    config.middleware = None;
    secrets.delete(&account(APP_OWNER, Side::Middleware))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(
        side: ConnectionSide,
        kind: &str,
        fields: &[(&str, &str)],
        secret: Option<&str>,
    ) -> ConnectionDraft {
        ConnectionDraft {
            side,
            kind: kind.into(),
            fields: fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            secret: secret.map(String::from),
        }
    }

    /// The UI's text catalogue has a label and help for every field; its test reads this file.
    #[test]
    fn export_forms_for_the_ui() {
        let path = std::path::Path::new(env!("TS_RS_EXPORT_DIR")).join("connectors.json");
        let json = serde_json::to_string_pretty(&connector_forms()).unwrap();
        std::fs::write(path, json + "\n").unwrap();
    }

    #[test]
    fn every_form_field_is_a_key_the_profile_accepts() {
        for form in connector_forms() {
            let mut fields = BTreeMap::new();
            for f in &form.fields {
                let value = match f.input {
                    FieldInput::Number => "4".to_string(),
                    FieldInput::Date => "2027-01-31".to_string(),
                    FieldInput::Choice => f.choices[0].to_string(),
                    FieldInput::Url => "https://example.com".to_string(),
                    FieldInput::Text => "x".to_string(),
                    FieldInput::List => "a, b".to_string(),
                };
                fields.insert(f.key.to_string(), value);
            }
            let draft = ConnectionDraft {
                side: form.side,
                kind: form.kind.into(),
                fields,
                secret: None,
            };
            let parsed = match form.side {
                ConnectionSide::Store => draft.section::<StoreProfile>().map(|_| ()),
                ConnectionSide::Erp => draft.section::<ErpProfile>().map(|_| ()),
                ConnectionSide::Middleware => draft.section::<MiddlewareProfile>().map(|_| ()),
            };
            assert!(parsed.is_ok(), "{}: {parsed:?}", form.kind);
        }
    }

    #[test]
    fn an_integration_tool_is_saved_with_its_secret_apart_and_can_be_removed() {
        let secrets: Arc<dyn SecretStore> = Arc::new(MemorySecrets::default());
        let mut config = AppConfig::default();
        let make = draft(
            ConnectionSide::Middleware,
            "make",
            &[("url", "https://eu1.make.com/api/v2"), ("team_id", "71")],
            Some("make-token"),
        );
        save_connection(&mut config, &make, &secrets).unwrap();
        assert_eq!(
            secrets.get("app/middleware").unwrap().unwrap().expose(),
            "make-token"
        );
        let shown = connections(&config, secrets.as_ref()).middleware.unwrap();
        assert_eq!((shown.kind.as_str(), shown.secret_saved), ("make", true));
        assert_eq!(shown.fields["team_id"], "71");
        // A saved token is never sent to another address.
        let elsewhere = draft(
            ConnectionSide::Middleware,
            "make",
            &[("url", "https://evil.example/api/v2"), ("team_id", "71")],
            None,
        );
        assert!(save_connection(&mut config, &elsewhere, &secrets).is_err());
        remove_middleware(&mut config, &secrets).unwrap();
        assert!(config.middleware.is_none());
        assert!(secrets.get("app/middleware").unwrap().is_none());
        assert!(connections(&config, secrets.as_ref()).middleware.is_none());
    }

    #[test]
    fn saving_keeps_the_secret_in_the_keychain_and_shows_only_saved() {
        let secrets: Arc<dyn SecretStore> = Arc::new(MemorySecrets::default());
        let mut config = AppConfig::default();
        let nothing = draft(
            ConnectionSide::Erp,
            "tryton",
            &[
                ("url", "http://t:8000"),
                ("database", "shop"),
                ("username", "admin"),
            ],
            None,
        );
        assert!(
            save_connection(&mut config, &nothing, &secrets).is_err(),
            "no secret saved or typed"
        );
        let with_secret = ConnectionDraft {
            secret: Some(" hunter2-secret ".into()),
            ..nothing.clone()
        };
        save_connection(&mut config, &with_secret, &secrets).unwrap();
        assert_eq!(
            secrets.get("app/erp").unwrap().unwrap().expose(),
            "hunter2-secret"
        );
        // Saving again without typing the secret keeps it.
        save_connection(&mut config, &nothing, &secrets).unwrap();
        let shown = connections(&config, secrets.as_ref());
        let erp = shown.erp.unwrap();
        assert!(erp.secret_saved && shown.using_demo && shown.store.is_none());
        assert_eq!(erp.fields["database"], "shop");
        assert!(!serde_json::to_string(&erp).unwrap().contains("hunter2"));
        let dir = tempfile::tempdir().unwrap();
        config.save(dir.path()).unwrap();
        assert!(!std::fs::read_to_string(dir.path().join("app.toml"))
            .unwrap()
            .contains("hunter2"));
    }

    #[test]
    fn a_saved_secret_goes_only_to_the_address_it_was_saved_for() {
        let secrets: Arc<dyn SecretStore> = Arc::new(MemorySecrets::default());
        let mut config = AppConfig::default();
        let fields = [
            ("url", "http://t:8000"),
            ("database", "shop"),
            ("username", "admin"),
        ];
        let first = draft(ConnectionSide::Erp, "tryton", &fields, Some("s3cret"));
        save_connection(&mut config, &first, &secrets).unwrap();
        // Same address, no secret typed: the saved one is kept.
        let same = draft(
            ConnectionSide::Erp,
            "tryton",
            &[
                ("url", "http://t:8000/"),
                ("database", "other"),
                ("username", "admin"),
            ],
            None,
        );
        save_connection(&mut config, &same, &secrets).unwrap();
        // Another address (or another system) without the secret: refused, nothing changes.
        let moved = draft(
            ConnectionSide::Erp,
            "tryton",
            &[
                ("url", "http://evil.example:8000"),
                ("database", "shop"),
                ("username", "admin"),
            ],
            None,
        );
        let error = save_connection(&mut config, &moved, &secrets).unwrap_err();
        assert!(
            error.to_string().contains("type the secret again"),
            "{error}"
        );
        assert!(
            matches!(&config.erp, Some(ErpProfile::Tryton { url, .. }) if url == "http://t:8000/")
        );
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let tested = runtime.block_on(test_connection(&moved, &config, &secrets));
        assert!(
            tested.is_err(),
            "a test would have sent the saved secret elsewhere"
        );
        let odoo = draft(
            ConnectionSide::Erp,
            "odoo",
            &[
                ("url", "http://t:8000"),
                ("database", "shop"),
                ("login", "a"),
            ],
            None,
        );
        assert!(save_connection(&mut config, &odoo, &secrets).is_err());
        // With the secret typed again, the new address is fine.
        let retyped = ConnectionDraft {
            secret: Some("s3cret".into()),
            ..moved
        };
        save_connection(&mut config, &retyped, &secrets).unwrap();
    }

    #[test]
    fn the_ready_statuses_are_typed_comma_separated_and_shown_back_the_same_way() {
        let secrets: Arc<dyn SecretStore> = Arc::new(MemorySecrets::default());
        let mut config = AppConfig::default();
        let woo = draft(
            ConnectionSide::Store,
            "woocommerce",
            &[
                ("url", "https://shop.example"),
                ("ready_statuses", " processing, completed,shipped ,"),
            ],
            Some("ck_1:cs_2"),
        );
        save_connection(&mut config, &woo, &secrets).unwrap();
        let ready = config
            .store
            .as_ref()
            .unwrap()
            .ready_statuses()
            .unwrap()
            .unwrap();
        assert_eq!(ready.names(), ["processing", "completed", "shipped"]);
        let shown = connections(&config, secrets.as_ref()).store.unwrap();
        assert_eq!(
            shown.fields["ready_statuses"],
            "processing, completed, shipped"
        );
        // Left empty: the store's own "paid" applies.
        let plain = draft(
            ConnectionSide::Store,
            "woocommerce",
            &[("url", "https://shop.example"), ("ready_statuses", " ")],
            None,
        );
        save_connection(&mut config, &plain, &secrets).unwrap();
        assert!(config
            .store
            .as_ref()
            .unwrap()
            .ready_statuses()
            .unwrap()
            .is_none());
        // Only commas: no status at all would hold back every order.
        let nothing = draft(
            ConnectionSide::Store,
            "csv",
            &[("path", "orders.csv"), ("ready_statuses", ",")],
            None,
        );
        let error = save_connection(&mut config, &nothing, &secrets).unwrap_err();
        assert!(
            error.to_string().contains("no order would ever be sent"),
            "{error}"
        );
    }

    #[test]
    fn bad_drafts_are_refused_in_words() {
        let secrets: Arc<dyn SecretStore> = Arc::new(MemorySecrets::default());
        let mut config = AppConfig::default();
        let missing = draft(ConnectionSide::Store, "shopify", &[], Some("t"));
        let error = save_connection(&mut config, &missing, &secrets).unwrap_err();
        assert!(error.to_string().contains("fill in url"), "{error}");
        let unknown = draft(ConnectionSide::Store, "magento", &[], Some("t"));
        assert!(save_connection(&mut config, &unknown, &secrets).is_err());
        let extra = draft(
            ConnectionSide::Store,
            "csv",
            &[("path", "a.csv"), ("evil", "1")],
            None,
        );
        assert!(save_connection(&mut config, &extra, &secrets).is_err());
        let number = draft(
            ConnectionSide::Erp,
            "netsuite",
            &[
                ("url", "https://x"),
                ("account_id", "1"),
                ("max_concurrency", "four"),
            ],
            Some("k"),
        );
        let error = save_connection(&mut config, &number, &secrets).unwrap_err();
        assert!(error.to_string().contains("whole number"), "{error}");
    }
}
