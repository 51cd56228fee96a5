//! E-mail over SMTP with STARTTLS (lettre, rustls). Plain SMTP is only allowed to a server
//! on this machine (a local relay), never across the network.

use lettre::message::{header::ContentType, Mailbox};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use osd_model::Sensitive;

use crate::{Alert, AlertError, Channel};

#[derive(Debug, Clone)]
pub struct EmailSettings {
    pub host: String,
    /// 587 (submission with STARTTLS) unless the provider says otherwise.
    pub port: u16,
    pub username: Option<String>,
    /// From the keychain.
    pub password: Option<Sensitive<String>>,
    pub from: String,
    pub to: Vec<String>,
    /// An extra root certificate (PEM) to trust, for a company relay with its own CA.
    pub extra_root_pem: Option<Vec<u8>>,
}

pub struct Email {
    settings: EmailSettings,
    transport: AsyncSmtpTransport<Tokio1Executor>,
}

fn error(e: impl std::fmt::Display) -> AlertError {
    AlertError::Email(e.to_string())
}

impl Email {
    pub fn new(settings: EmailSettings) -> Result<Self, AlertError> {
        let mut tls = TlsParameters::builder(settings.host.clone());
        if let Some(pem) = &settings.extra_root_pem {
            tls = tls.add_root_certificate(Certificate::from_pem(pem).map_err(error)?);
        }
        let tls = tls.build_rustls().map_err(error)?;
        let mut builder =
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(settings.host.as_str())
                .port(settings.port)
                .tls(Tls::Required(tls));
        if let (Some(user), Some(password)) = (&settings.username, &settings.password) {
            builder =
                builder.credentials(Credentials::new(user.clone(), password.expose().clone()));
        }
        Ok(Self {
            transport: builder.build(),
            settings,
        })
    }

    fn message(&self, alert: &Alert) -> Result<Message, AlertError> {
        let from: Mailbox = format!("Order Sync Doctor <{}>", self.settings.from)
            .parse()
            .map_err(error)?;
        let mut builder = Message::builder()
            .from(from)
            .subject(&alert.title)
            .header(ContentType::TEXT_PLAIN);
        for to in &self.settings.to {
            builder = builder.to(to.parse::<Mailbox>().map_err(error)?);
        }
        builder
            .body(format!("{}\n\n— Order Sync Doctor\n", alert.body))
            .map_err(error)
    }
}

#[async_trait::async_trait]
impl Channel for Email {
    fn name(&self) -> &'static str {
        "E-mail"
    }

    async fn send(&self, alert: &Alert) -> Result<(), AlertError> {
        let message = self.message(alert)?;
        self.transport.send(message).await.map_err(error)?;
        Ok(())
    }
}
