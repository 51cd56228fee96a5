//! `sync-doctor`: find every order that did not reach the ERP, say why in plain words, and
//! resend them exactly once.

mod render;
mod simulate;

use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use clap::{Args, Parser, Subcommand, ValueEnum};
use osd_i18n::{Arg, Language, Words};
use osd_model::Sensitive;
use osd_resend::Options;
use osd_session::demo::{DemoErp, DemoStore};
use osd_session::profile::{Profile, Side};
use osd_session::secrets::{Keychain, SecretStore};
use osd_session::{browser_sign_in, demo, Clock, Selection, Session, SessionError};
use osd_store::{Db, MappingKind};

#[derive(Parser)]
#[command(
    name = "sync-doctor",
    version,
    about = "Find orders that did not reach your ERP, see why, and resend them exactly once"
)]
struct Cli {
    #[command(flatten)]
    target: Target,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args)]
struct Target {
    /// Use the built-in demo: a simulated Shopify and NetSuite with about 200 orders.
    #[arg(long, global = true, conflicts_with = "profile")]
    demo: bool,
    /// A profile (TOML) naming your store and ERP.
    #[arg(long, global = true, value_name = "FILE")]
    profile: Option<PathBuf>,
    /// Which store the demo simulates: shopify, woocommerce or csv (a Shopify order export).
    #[arg(long, global = true, value_name = "STORE", default_value = "shopify", value_parser = demo_store)]
    demo_store: DemoStore,
    /// Which ERP the demo simulates: netsuite, business-central, sap-b1 or odoo.
    #[arg(long, global = true, value_name = "ERP", default_value = "netsuite", value_parser = demo_erp)]
    demo_erp: DemoErp,
    /// The Shopify Admin API version the demo's store client requests (e.g. 2026-01): an older
    /// one shows the warning before Shopify retires it.
    #[arg(long, global = true, value_name = "VERSION")]
    demo_shopify_version: Option<String>,
    /// The language findings and reports are written in: en, de, fr, es or nl (default: the
    /// system's, English when it is none of these).
    #[arg(long, global = true, value_name = "LANGUAGE", value_parser = language)]
    lang: Option<Language>,
}

fn language(text: &str) -> Result<Language, String> {
    Language::parse(text).ok_or_else(|| "use en, de, fr, es or nl".to_string())
}

impl Target {
    fn language(&self) -> Language {
        self.lang.unwrap_or_else(Language::of_system)
    }
}

fn demo_erp(text: &str) -> Result<DemoErp, String> {
    DemoErp::parse(text).ok_or_else(|| "use netsuite, business-central, sap-b1 or odoo".to_string())
}

fn demo_store(text: &str) -> Result<DemoStore, String> {
    DemoStore::parse(text).ok_or_else(|| "use shopify, woocommerce, square or csv".to_string())
}

#[derive(Subcommand)]
enum Command {
    /// Run the five-step check.
    Check {
        #[arg(long)]
        json: bool,
        /// Show the technical details (raw ERP errors) under each finding.
        #[arg(long)]
        details: bool,
    },
    /// List orders.
    Orders {
        /// Only orders that are not in the ERP.
        #[arg(long)]
        failed: bool,
        #[arg(long)]
        json: bool,
    },
    /// Resend orders to the ERP, each exactly once.
    Reprocess {
        /// Every order that is not in the ERP.
        #[arg(long, conflicts_with = "orders")]
        all_failed: bool,
        /// Order numbers, e.g. 1042 or #1042.
        #[arg(required_unless_present = "all_failed")]
        orders: Vec<String>,
        /// Also send orders the pre-flight expects the ERP to refuse, to see its own answer.
        #[arg(long)]
        send_blocked: bool,
        /// `middleware`: retry the orders' failed runs in the profile's integration tool
        /// (n8n, Celigo or Make) instead of sending them; an order the ERP already holds is not retried.
        #[arg(long, value_parser = ["middleware"], conflicts_with_all = ["all_failed", "send_blocked"])]
        via: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Store and ERP side by side for a date range: in both, store only, ERP only, duplicated,
    /// totals differ, and documents that look booked twice. Changes nothing in the ERP.
    Reconcile {
        /// First order date (YYYY-MM-DD); 30 days ago by default.
        #[arg(long, value_name = "DATE")]
        from: Option<chrono::NaiveDate>,
        /// Last order date (YYYY-MM-DD); today by default.
        #[arg(long, value_name = "DATE")]
        to: Option<chrono::NaiveDate>,
        #[arg(long)]
        json: bool,
        /// Also write it as CSV, one row per order.
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        /// Also write it as a printable HTML report.
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
    },
    /// Translate a store value to an ERP value from now on (e.g. a mistyped SKU).
    Map {
        /// sku, country, state, tax, currency or customer.
        #[arg(value_parser = mapping_kind)]
        kind: MappingKind,
        from: String,
        to: String,
    },
    /// Apply a remedy shown by `check` (e.g. map-sku:TSHRT-BLK-M=TSHIRT-BLK-M): shows exactly
    /// what changes, asks, then records it (undoable) or resends the orders it names.
    Fix {
        remedy: String,
        /// Apply without asking.
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
    /// Undo a mapping or rule by the change number `fix` or `map` printed.
    Undo { change: i64 },
    /// Classify an error log exported from middleware (CSV or JSON with an order reference
    /// and an error message) and group it by root cause.
    Classify {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Watch for orders that fail to sync: every few minutes pull new orders, send what is
    /// due (with auto_send on), and alert once per incident on the desktop, Slack or e-mail.
    Watch {
        /// One round, then exit (for cron or a systemd timer).
        #[arg(long)]
        once: bool,
        /// Minutes between rounds (the profile's [monitor] interval_minutes otherwise).
        #[arg(long, value_name = "MINUTES")]
        interval: Option<u64>,
        /// Send due orders automatically (the profile's [monitor] auto_send otherwise).
        #[arg(long)]
        auto_send: bool,
    },
    /// Send a test alert to every channel the profile names (or to one).
    AlertTest {
        #[arg(long, value_parser = ["desktop", "slack", "email"])]
        channel: Option<String>,
    },
    /// Save the store's or the ERP's secret in the system keychain (read from standard input).
    Login { side: LoginSide },
    /// Serve the simulated Shopify and NetSuite until stopped, and write a profile for them.
    Simulate(simulate::SimulateArgs),
}

fn mapping_kind(text: &str) -> Result<MappingKind, String> {
    MappingKind::parse(text).ok_or_else(|| {
        let names: Vec<&str> = MappingKind::ALL.iter().map(|k| k.as_str()).collect();
        format!("use one of: {}", names.join(", "))
    })
}

#[derive(Clone, Copy, ValueEnum)]
enum LoginSide {
    Store,
    Erp,
    /// The Slack incoming webhook URL (alerts).
    Slack,
    /// The SMTP password (e-mail alerts).
    Smtp,
    /// The integration tool's API key (n8n).
    Middleware,
}

/// Exit codes: 0 all fine, 1 findings or failed orders, 2 usage or configuration error.
const FINDINGS: u8 = 1;
const CONFIGURATION: u8 = 2;

fn main() -> ExitCode {
    // Before any thread or file: what this process writes is readable by its user only.
    osd_store::private_files::keep_new_files_private();
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_env("SYNC_DOCTOR_LOG"))
        .with_writer(std::io::stderr)
        // Colour codes only for a person at a terminal: a log kept in a file is read by tools.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("sync-doctor: could not start: {e}");
            return ExitCode::from(CONFIGURATION);
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("sync-doctor: {error}");
            ExitCode::from(CONFIGURATION)
        }
    }
}

fn clock() -> Clock {
    Arc::new(chrono::Utc::now)
}

/// A session and whatever must stay alive while it is used.
struct Opened {
    session: Session,
    /// `None` on the demo: its alerts go to the desktop, its monitor uses the defaults.
    profile: Option<Profile>,
    _demo: Option<demo::Demo>,
    _dir: Option<tempfile::TempDir>,
}

async fn open(target: &Target) -> anyhow::Result<Opened> {
    if target.demo {
        // A fresh demo world every run, in a folder of its own: never the app's data.
        let dir = tempfile::tempdir()?;
        let mut settings = demo::DemoSettings::default();
        if let Some(version) = &target.demo_shopify_version {
            settings.shopify_version.clone_from(version);
        }
        let (demo, session) = demo::start_with(
            &dir.path().join("demo.sqlite"),
            clock(),
            target.demo_store,
            target.demo_erp,
            settings,
        )
        .await?;
        session.language.set(target.language());
        return Ok(Opened {
            session,
            profile: None,
            _demo: Some(demo),
            _dir: Some(dir),
        });
    }
    let Some(path) = &target.profile else {
        return Err(SessionError::Profile(
            "choose --demo to explore, or --profile FILE for your own store and ERP".into(),
        )
        .into());
    };
    let profile = Profile::load(path)?;
    let keychain: Arc<dyn SecretStore> = Arc::new(Keychain::default());
    let store = profile.store(&keychain)?;
    let erp = profile.erp(&keychain)?;
    let data = osd_session::data_dir();
    // An older version may have left the folder readable by every account; the check says
    // what could not be narrowed.
    osd_store::private_files::tighten(&data);
    let db = Db::open(&data.join(format!("{}.sqlite", profile.name()))).await?;
    let mut session = Session::new(db, store, erp, clock());
    session.store_status_page = profile.store_status_page()?;
    session.middleware = profile.middleware(&keychain)?;
    session.data_folder = Some(data);
    session.language.set(target.language());
    session.pull_progress = Some(pull_progress_on_stderr(
        session.store.system(),
        session.language.clone(),
    ));
    if let Some(ready) = profile.store.ready_statuses()? {
        session.ready = ready;
    }
    Ok(Opened {
        session,
        profile: Some(profile),
        _demo: None,
        _dir: None,
    })
}

/// A large first pull takes minutes: say how far it is, on stderr so `--json` stays clean.
fn pull_progress_on_stderr(
    store: &'static str,
    language: osd_i18n::Speaking,
) -> osd_session::export_pull::PullProgressSink {
    use osd_session::export_pull::PullProgress;
    Arc::new(move |step| {
        let words = language.words();
        let line = match step {
            PullProgress::Exporting { objects } => words.with(
                "cli-pull-exporting",
                &[
                    ("store", store.into()),
                    ("objects", Arg::Number(objects as f64)),
                ],
            ),
            PullProgress::Downloading { bytes, of } => {
                let percent = of
                    .filter(|total| *total > 0)
                    .map_or(0, |total| bytes * 100 / total);
                words.with(
                    "cli-pull-downloading",
                    &[("percent", Arg::Number(percent.min(100) as f64))],
                )
            }
            PullProgress::Reading { orders, of } => words.with(
                "cli-pull-reading",
                &[
                    ("orders", Arg::Number(orders as f64)),
                    ("of", Arg::Number(of as f64)),
                ],
            ),
        };
        eprintln!("{line}");
    })
}

async fn run(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Command::Simulate(args) => simulate::run(args, clock()).await,
        Command::Login { side } => login(&cli.target, side).await,
        Command::Check { json, details } => {
            let opened = open(&cli.target).await?;
            let report = opened.session.check().await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                print!("{}", render::report(&report, &opened.session, details));
            }
            Ok(if report.all_ok() { 0 } else { FINDINGS })
        }
        Command::Reconcile {
            from,
            to,
            json,
            csv,
            report,
        } => {
            let opened = open(&cli.target).await?;
            let today = (clock())().date_naive();
            let to = to.unwrap_or(today);
            let from = from.unwrap_or(to - chrono::Days::new(30));
            let session = &opened.session;
            let reconciliation = session.reconciliation(from, to).await?;
            let erp = session.erp.system();
            if let Some(path) = csv {
                let text = osd_session::printed_report::reconciliation_csv(
                    &reconciliation,
                    erp,
                    session.language.get(),
                );
                osd_store::private_files::write_private_file(&path, text)?;
            }
            if let Some(path) = report {
                let html = osd_session::printed_report::render_reconciliation(
                    &reconciliation,
                    session.store.system(),
                    erp,
                    (from, to),
                    chrono::Utc::now(),
                    session.language.get(),
                );
                osd_store::private_files::write_private_file(&path, html)?;
            }
            if json {
                println!("{}", serde_json::to_string_pretty(&reconciliation)?);
            } else {
                print!(
                    "{}",
                    render::reconciliation(
                        &reconciliation,
                        erp,
                        (from, to),
                        session.language.get()
                    )
                );
            }
            let settled = reconciliation
                .rows
                .iter()
                .all(|r| r.standing == osd_doctor::reconcile::Standing::InBoth)
                && reconciliation.look_alikes.is_empty();
            Ok(if settled { 0 } else { FINDINGS })
        }
        Command::Orders { failed, json } => {
            let opened = open(&cli.target).await?;
            let orders = if failed {
                opened.session.failed_orders().await?
            } else {
                opened.session.refresh().await?;
                opened.session.db.all_orders().await?
            };
            // Held back until the store marks them paid: not failed, so listed apart.
            let held = if failed {
                opened.session.not_ready_orders().await?
            } else {
                vec![]
            };
            // The integration tool's failed runs are failed orders too; a tool that cannot be
            // read is said, and the store's list still shown.
            let in_tool = match (&opened.session.middleware, failed) {
                (Some(tool), true) => Some((
                    tool.system(),
                    opened
                        .session
                        .middleware_failures()
                        .await
                        .map_err(|e| e.to_string()),
                )),
                _ => None,
            };
            if json {
                let mut out = render::orders_json(&orders);
                if failed {
                    out["not_ready"] = render::not_ready_json(&held);
                }
                if let Some((system, runs)) = &in_tool {
                    out["middleware"] = render::middleware_failures_json(system, runs);
                }
                println!("{}", serde_json::to_string_pretty(&out)?);
            } else {
                let language = opened.session.language.get();
                print!("{}", render::orders(&orders, language));
                print!("{}", render::not_ready(&held, &opened.session));
                if let Some((system, runs)) = &in_tool {
                    print!("{}", render::middleware_failures(system, runs, language));
                }
            }
            Ok(0)
        }
        Command::Reprocess {
            via: Some(_),
            orders,
            json,
            ..
        } => {
            let opened = open(&cli.target).await?;
            let results = opened.session.retry_in_middleware(&orders).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&results)?);
            } else {
                let language = opened.session.language.get();
                print!("{}", render::middleware_retries(&results, language));
            }
            let all_in = results.iter().all(|r| {
                matches!(
                    r,
                    osd_session::middleware_retry::RetryInMiddleware::AlreadyInErp { .. }
                        | osd_session::middleware_retry::RetryInMiddleware::Retried {
                            in_erp: true,
                            ..
                        }
                )
            });
            Ok(if all_in && !results.is_empty() {
                0
            } else {
                FINDINGS
            })
        }
        Command::Reprocess {
            all_failed,
            orders,
            send_blocked,
            json,
            via: None,
        } => {
            let opened = open(&cli.target).await?;
            let selection = if all_failed {
                Selection::AllFailed
            } else {
                Selection::Orders(orders)
            };
            let show_progress = !json && std::io::stderr().is_terminal();
            // Ctrl-C stops starting new orders; those in flight finish and are recorded, the
            // rest stay queued, and running the command again resumes.
            let cancel = Arc::new(AtomicBool::new(false));
            let stop = cancel.clone();
            let words = opened.session.language.words();
            tokio::spawn(async move {
                if tokio::signal::ctrl_c().await.is_ok() {
                    stop.store(true, Ordering::SeqCst);
                    eprintln!("\n{}", words.get("cli-stopping"));
                }
            });
            let retry = match &opened.profile {
                Some(profile) => profile.monitor.settings()?.retry,
                None => Default::default(),
            };
            let options = Options {
                send_blocked,
                cancel: Some(cancel.clone()),
                retry,
                ..Options::default()
            };
            let results = opened
                .session
                .reprocess(&selection, options, |p| {
                    if show_progress {
                        eprint!("\r{}", render::progress_bar(p.done, p.total));
                    }
                })
                .await?;
            if show_progress {
                eprintln!();
            }
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&serde_json::json!({ "results": results }))?
                );
            } else {
                let session = &opened.session;
                print!(
                    "{}",
                    render::results(&results, session.erp.system(), session.language.get())
                );
            }
            let any_failed = results
                .iter()
                .any(|r| r.outcome == osd_store::Outcome::Failed);
            Ok(if any_failed { FINDINGS } else { 0 })
        }
        Command::Fix { remedy, yes, json } => fix(&cli.target, &remedy, yes, json).await,
        Command::Undo { change } => {
            let opened = open(&cli.target).await?;
            let undo = opened.session.undo(change).await?;
            let words = opened.session.language.words();
            // Ids are names, not amounts: written without a thousands separator.
            let (change, undo) = (change.to_string(), undo.to_string());
            println!(
                "{}",
                words.with(
                    "cli-undone",
                    &[
                        ("change", change.as_str().into()),
                        ("undo", undo.as_str().into())
                    ]
                )
            );
            Ok(0)
        }
        Command::Classify { file, json } => classify(&file, json, cli.target.language()),
        Command::Watch {
            once,
            interval,
            auto_send,
        } => watch(&cli.target, once, interval, auto_send).await,
        Command::AlertTest { channel } => alert_test(&cli.target, channel.as_deref()).await,
        Command::Map { kind, from, to } => {
            let opened = open(&cli.target).await?;
            let change = opened.session.map(kind, &from, &to).await?;
            println!(
                "Mapped {} \"{from}\" to \"{to}\" (change {change}).",
                kind.as_str()
            );
            Ok(0)
        }
    }
}

async fn login(target: &Target, side: LoginSide) -> anyhow::Result<u8> {
    let Some(path) = &target.profile else {
        return Err(SessionError::Profile(
            "login needs --profile FILE: the secret is saved for that profile".into(),
        )
        .into());
    };
    let profile = Profile::load(path)?;
    let side = match side {
        LoginSide::Store => Side::Store,
        LoginSide::Erp => Side::Erp,
        LoginSide::Slack => Side::Slack,
        LoginSide::Smtp => Side::Smtp,
        LoginSide::Middleware => Side::Middleware,
    };
    if side == Side::Erp && profile.erp.sign_in_provider()?.is_some() {
        let signing_in = browser_sign_in::SigningIn::Erp(profile.erp.clone());
        return login_with_browser(&profile, signing_in, target.language()).await;
    }
    if side == Side::Store && profile.store.sign_in_provider()?.is_some() {
        let signing_in = browser_sign_in::SigningIn::Store(profile.store.clone());
        return login_with_browser(&profile, signing_in, target.language()).await;
    }
    let prompt = match side {
        Side::Store => "Store access token: ",
        Side::Erp => "ERP secret (private key PEM, or token-based JSON): ",
        Side::Slack => "Slack incoming webhook URL: ",
        Side::Smtp => "SMTP password for e-mail alerts: ",
        Side::Middleware => "n8n API key: ",
    };
    let secret = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(prompt)?
    } else {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        text.trim_end_matches(['\n', '\r']).to_string()
    };
    if secret.trim().is_empty() {
        return Err(SessionError::Profile("the secret is empty; nothing was saved".into()).into());
    }
    let account = profile.secret_account(side);
    Keychain::default().set(&account, &Sensitive::new(secret))?;
    println!(
        "{}",
        Words::of(target.language())
            .with("cli-saved-secret", &[("account", account.as_str().into())])
    );
    Ok(0)
}

/// `login erp` / `login store` for `auth = "browser"`: print the sign-in page (and try to open
/// it), wait for the answer (Entra's comes to a loopback listener; NetSuite's and Square's
/// `order-sync-doctor://` address is pasted here, since only the desktop app receives it from
/// the OS), save the refresh token.
async fn login_with_browser(
    profile: &Profile,
    signing_in: browser_sign_in::SigningIn,
    language: Language,
) -> anyhow::Result<u8> {
    let (paste, pasted) = tokio::sync::oneshot::channel();
    let mut asks_to_paste = false;
    let attempt = browser_sign_in::begin_with(signing_in, Default::default(), language, || {
        asks_to_paste = true;
        pasted
    })
    .await?;
    eprintln!(
        "Open this address in your browser and sign in:\n{}",
        attempt.authorize_url()
    );
    browser_sign_in::open_in_browser(attempt.authorize_url());
    if asks_to_paste {
        eprint!("Then paste the order-sync-doctor:// address your browser was sent to: ");
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        let address = url::Url::parse(line.trim())
            .map_err(|e| SessionError::Profile(format!("that is not the address: {e}")))?;
        let _ = paste.send(address);
    }
    let (verdict, signed_in) = attempt.finish(browser_sign_in::BROWSER_WAIT).await?;
    let Some(signed_in) = signed_in else {
        eprintln!("{}\n{}", verdict.message, verdict.fix.unwrap_or_default());
        return Ok(FINDINGS);
    };
    let account = profile.secret_account(signed_in.side());
    Keychain::default().set(&account, &signed_in.refresh_token)?;
    println!(
        "{} Signed in; saved in the system keychain as \"{account}\".",
        verdict.message
    );
    Ok(0)
}

async fn fix(target: &Target, remedy: &str, yes: bool, json: bool) -> anyhow::Result<u8> {
    let opened = open(target).await?;
    let session = &opened.session;
    let preview = session.preview_remedy(remedy).await?;
    let words = session.language.words();
    if !json {
        print!("{}", render::preview(&preview, session.language.get()));
    }
    if !yes {
        if !std::io::stdin().is_terminal() {
            if json {
                println!("{}", serde_json::to_string_pretty(&preview)?);
            } else {
                println!("{}", words.get("cli-nothing-changed-yes"));
            }
            return Ok(0);
        }
        eprint!("{} ", words.get("cli-apply-prompt"));
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        let yes = words.get("cli-yes-answers");
        let answer = answer.trim().to_lowercase();
        if answer.is_empty() || !yes.split(',').any(|word| word.trim() == answer) {
            println!("{}", words.get("cli-nothing-changed"));
            return Ok(0);
        }
    }
    let show_progress = !json && std::io::stderr().is_terminal();
    let applied = session
        .apply_remedy(remedy, |p| {
            if show_progress {
                eprint!("\r{}", render::progress_bar(p.done, p.total));
            }
        })
        .await?;
    if show_progress && !applied.results.is_empty() {
        eprintln!();
    }
    let report = session.check().await?;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({
                "preview": preview,
                "applied": applied,
                "check": report,
            }))?
        );
    } else {
        if let Some(change) = applied.change {
            // An id is a name, not an amount: written without a thousands separator.
            let change = change.to_string();
            println!(
                "{}",
                words.with("cli-done", &[("change", change.as_str().into())])
            );
        }
        if !applied.results.is_empty() {
            print!(
                "{}",
                render::results(&applied.results, session.erp.system(), words.language())
            );
        }
        println!("\n{}", words.get("cli-check-now"));
        print!("{}", render::step_summary(&report));
    }
    let failed = applied
        .results
        .iter()
        .any(|r| r.outcome == osd_store::Outcome::Failed);
    Ok(if failed { FINDINGS } else { 0 })
}

/// Files larger than this are not middleware error logs; refuse rather than read them whole.
const LOG_LIMIT: u64 = 200 * 1024 * 1024;

fn classify(file: &std::path::Path, json: bool, language: Language) -> anyhow::Result<u8> {
    let size = std::fs::metadata(file)?.len();
    if size > LOG_LIMIT {
        return Err(SessionError::Profile(format!(
            "{} is {size} bytes; an error log over {LOG_LIMIT} bytes is not expected",
            file.display()
        ))
        .into());
    }
    let bytes = std::fs::read(file)?;
    let text = String::from_utf8_lossy(&bytes);
    let log = osd_doctor::middleware_log::classify_log(&text)
        .map_err(|e| SessionError::Profile(format!("{}: {e}", file.display())))?;
    let ctx = osd_doctor::catalogue::Context {
        store: "the store".into(),
        erp: log.vendor().unwrap_or("the ERP").into(),
        creates_records: false,
        language,
    };
    let entries = log
        .entries
        .iter()
        .map(|e| {
            let order = if e.order.is_empty() {
                format!("row {}", e.row)
            } else {
                e.order.clone()
            };
            let problem = osd_doctor::Problem::error(e.code, e.key.clone(), e.message.clone());
            (order, problem)
        })
        .collect();
    let findings = osd_doctor::group(entries, &ctx);
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({
                "entries": log.entries,
                "groups": findings,
                "unreadable": log.unreadable,
            }))?
        );
    } else {
        print!("{}", render::classified(&log, &findings, language));
    }
    let any = findings
        .iter()
        .any(|f| f.severity != osd_model::Severity::Info);
    Ok(if any { FINDINGS } else { 0 })
}

fn alert_channels(opened: &Opened) -> anyhow::Result<Vec<Box<dyn osd_alerts::Channel>>> {
    // Clicking "Open" on a desktop notification starts the app at the error log.
    let open_app = Some(vec!["order-sync-doctor".to_string(), "--open".to_string()]);
    Ok(match &opened.profile {
        Some(profile) => osd_session::alerting::channels(
            profile,
            &(Arc::new(Keychain::default()) as Arc<dyn SecretStore>),
            open_app,
        )?,
        None => vec![Box::new(osd_alerts::Desktop {
            open_with: open_app,
        })],
    })
}

async fn watch(
    target: &Target,
    once: bool,
    interval: Option<u64>,
    auto_send: bool,
) -> anyhow::Result<u8> {
    let opened = open(target).await?;
    let mut settings = match &opened.profile {
        Some(profile) => profile.monitor.settings()?,
        None => osd_session::monitor::MonitorSettings::default(),
    };
    if let Some(minutes) = interval {
        settings.interval = std::time::Duration::from_secs(minutes.max(1) * 60);
    }
    settings.auto_send |= auto_send;
    let channels = alert_channels(&opened)?;
    let names: Vec<&str> = channels.iter().map(|c| c.name()).collect();
    let words = opened.session.language.words();
    let auto = words.get(if settings.auto_send {
        "cli-on"
    } else {
        "cli-off"
    });
    let listed = if names.is_empty() {
        words.get("cli-none")
    } else {
        names.join(", ")
    };
    eprintln!(
        "{}",
        words.with(
            "cli-watching",
            &[
                ("store", opened.session.store.system().into()),
                ("erp", opened.session.erp.system().into()),
                (
                    "minutes",
                    Arg::Number((settings.interval.as_secs() / 60) as f64)
                ),
                ("auto", auto.as_str().into()),
                ("channels", listed.as_str().into()),
            ]
        )
    );
    loop {
        let now = chrono::Utc::now();
        match opened
            .session
            .monitor_round(&settings, &channels, now)
            .await
        {
            Ok(round) => {
                let local = now.with_timezone(&chrono::Local).format("%H:%M");
                let when = local.to_string();
                if round.erp_down {
                    let erp = opened.session.erp.system();
                    let args = [("when", when.as_str().into()), ("erp", erp.into())];
                    println!("{}", words.with("cli-watch-erp-down", &args));
                } else {
                    let args = [
                        ("when", Arg::from(when.as_str())),
                        ("sent", round.sent.into()),
                        ("alerts", round.alerts.len().into()),
                    ];
                    println!("{}", words.with("cli-watch-round", &args));
                }
                for alert in &round.alerts {
                    println!("      {} — {}", alert.title, alert.body);
                }
            }
            // A round that fails (the database, the store) is reported; the watch goes on.
            Err(error) => eprintln!("sync-doctor: this round failed: {error}"),
        }
        if once {
            return Ok(0);
        }
        tokio::select! {
            _ = tokio::time::sleep(settings.interval) => {}
            _ = tokio::signal::ctrl_c() => return Ok(0),
        }
    }
}

async fn alert_test(target: &Target, only: Option<&str>) -> anyhow::Result<u8> {
    let opened = open(target).await?;
    let language = opened.session.language.get();
    let words = Words::of(language);
    let channels = alert_channels(&opened)?;
    let wanted = |name: &str| {
        only.is_none_or(|o| match o {
            "email" => name == "E-mail",
            other => name.eq_ignore_ascii_case(other),
        })
    };
    let mut failed = false;
    let mut any = false;
    for channel in channels.iter().filter(|c| wanted(c.name())) {
        any = true;
        let alert = osd_alerts::test_alert(channel.name(), language);
        match channel.send(&alert).await {
            Ok(()) => println!(
                "{}",
                words.with("cli-alert-sent", &[("channel", channel.name().into())])
            ),
            Err(error) => {
                failed = true;
                let error = error.to_string();
                let args = [
                    ("channel", channel.name().into()),
                    ("error", error.as_str().into()),
                ];
                println!("{}", words.with("cli-alert-not-sent", &args));
            }
        }
    }
    if !any {
        return Err(SessionError::Profile(
            "no such alert channel in the profile's [alerts] section".into(),
        )
        .into());
    }
    Ok(if failed { FINDINGS } else { 0 })
}
