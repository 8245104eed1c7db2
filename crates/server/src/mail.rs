//! Invitations to people who have no account yet: sent over SMTP when `--smtp-url` is set,
//! otherwise written to the server log, where an administrator can pass them on.
//!
//! The SMTP URL may carry a password: no error or log line repeats it, only the host.

use anyhow::{anyhow, bail};
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use std::sync::Arc;
use std::time::Duration;
use tandem_store::accounts::Role;
use url::{Host, Url};

/// Longest wait for each step of an SMTP conversation (connecting, the greeting, each command).
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

/// Sends invitation emails.
pub struct Mailer {
    public_url: String,
    smtp: Option<Arc<Smtp>>,
}

struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// `host[:port]`, for logs: the URL itself may carry a password.
    server: String,
}

impl Mailer {
    /// Checks the SMTP settings now, so that a bad one stops the server at start-up rather than
    /// losing invitations later. No connection is made here.
    pub fn new(public_url: &str, smtp_url: Option<&str>, from: &str) -> anyhow::Result<Self> {
        let smtp = match smtp_url.map(str::trim).filter(|url| !url.is_empty()) {
            Some(url) => Some(Arc::new(Smtp::new(url, from)?)),
            None => None,
        };
        Ok(Mailer {
            public_url: public_url.trim_end_matches('/').to_owned(),
            smtp,
        })
    }

    fn invite_text(&self, inviter: &str, title: &str, doc_id: &str, role: Role) -> (String, String) {
        let link = format!("{}/signup?next=/d/{doc_id}", self.public_url);
        let subject = format!("{inviter} shared \"{title}\" with you on Tandem");
        let body = format!(
            "{inviter} invited you to \"{title}\" as {role}.\n\nCreate your account with this email address to open it:\n{link}\n"
        );
        (subject, body)
    }

    /// Sends the invitation in the background: a slow or broken SMTP server never delays or
    /// fails the request that made the invitation (which is stored either way); a failure is
    /// logged as a warning.
    pub fn send_invite(&self, to: &str, inviter: &str, title: &str, doc_id: &str, role: Role) {
        let (subject, body) = self.invite_text(inviter, title, doc_id, role);
        let Some(smtp) = &self.smtp else {
            tracing::info!(%to, %subject, %body, "invitation (no SMTP server configured; pass it on)");
            return;
        };
        let smtp = smtp.clone();
        let to = to.to_owned();
        tokio::spawn(async move {
            match smtp.send(&to, subject, body).await {
                Ok(()) => tracing::info!(%to, server = %smtp.server, "invitation email sent"),
                Err(error) => tracing::warn!(
                    %to,
                    server = %smtp.server,
                    error = format!("{error:#}"),
                    "invitation email not sent (the invitation stands)"
                ),
            }
        });
    }
}

impl Smtp {
    fn new(url: &str, from: &str) -> anyhow::Result<Smtp> {
        let from: Mailbox = from
            .parse()
            .map_err(|e| anyhow!("--smtp-from {from:?} is not an email address: {e}"))?;
        // url's and lettre's errors describe the problem without quoting the URL.
        let parsed = Url::parse(url).map_err(|e| anyhow!("--smtp-url is not a valid URL: {e}"))?;
        let Some(host) = parsed.host() else {
            bail!("--smtp-url names no host");
        };
        let server = match parsed.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_string(),
        };
        let tls = parsed
            .query_pairs()
            .find(|(key, _)| key == "tls")
            .map(|(_, value)| value.into_owned());
        // `?tls=opportunistic` falls back to plain text when the server offers no STARTTLS.
        let encrypted = parsed.scheme() == "smtps" || tls.as_deref() == Some("required");
        let loopback = match &host {
            Host::Domain(name) => name.eq_ignore_ascii_case("localhost"),
            Host::Ipv4(ip) => ip.is_loopback(),
            Host::Ipv6(ip) => ip.is_loopback(),
        };
        if !encrypted && !loopback {
            if parsed.password().is_some() {
                bail!(
                    "--smtp-url would send the SMTP password to {server} unencrypted; \
                     use smtps://… or add ?tls=required"
                );
            }
            tracing::warn!(%server, "invitation emails may be sent to the SMTP server unencrypted");
        }
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| anyhow!("--smtp-url: {e}"))?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        Ok(Smtp {
            transport,
            from,
            server,
        })
    }

    async fn send(&self, to: &str, subject: String, body: String) -> anyhow::Result<()> {
        let message = invite_message(self.from.clone(), to, subject, body)?;
        self.transport.send(message).await?;
        Ok(())
    }
}

fn invite_message(from: Mailbox, to: &str, subject: String, body: String) -> anyhow::Result<Message> {
    let to: Address = to
        .parse()
        .map_err(|e| anyhow!("not a deliverable email address: {e}"))?;
    Ok(Message::builder()
        .from(from)
        .to(Mailbox::new(None, to))
        .subject(subject)
        .header(ContentType::TEXT_PLAIN)
        .body(body)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FROM: &str = "Tandem <tandem@localhost>";

    #[test]
    fn no_url_means_the_log() {
        for url in [None, Some(""), Some("  ")] {
            assert!(Mailer::new("http://x", url, FROM).unwrap().smtp.is_none());
        }
    }

    #[test]
    fn accepted_urls() {
        for url in [
            "smtp://127.0.0.1:2525",
            "smtp://user:secret@localhost:25",
            "smtp://user:secret@[::1]:25",
            "smtps://user:secret@mail.example.com",
            "smtp://user:secret@mail.example.com:587?tls=required",
            "smtp://mail.example.com:25",
        ] {
            let mailer = Mailer::new("http://x", Some(url), FROM).unwrap_or_else(|e| panic!("{url}: {e}"));
            assert!(!mailer.smtp.unwrap().server.contains("secret"));
        }
    }

    #[test]
    fn bad_settings_are_refused_without_repeating_the_password() {
        for url in [
            "smtp://user:hunter2@mail.example.com:587",
            "smtp://user:hunter2@mail.example.com:587?tls=opportunistic",
            "http://user:hunter2@mail.example.com",
            "smtp://user:hunter2@mail.example.com:notaport",
            "smtp://user:hunter2@mail.example.com?tls=sometimes",
            "ftp://user:hunter2@mail.example.com?tls=required",
            "user:hunter2",
        ] {
            let error = Mailer::new("http://x", Some(url), FROM)
                .err()
                .unwrap_or_else(|| panic!("{url} accepted"));
            let error = format!("{error:#}");
            assert!(!error.contains("hunter2"), "{error}");
            assert!(error.contains("--smtp-url"), "{error}");
        }
        let error = Mailer::new("http://x", Some("smtp://localhost"), "nobody")
            .err()
            .unwrap();
        assert!(format!("{error}").contains("--smtp-from"));
    }

    #[test]
    fn the_message_carries_the_link_and_no_injected_header() {
        let mailer = Mailer::new("https://tandem.example.com/", None, FROM).unwrap();
        let (subject, body) = mailer.invite_text("Ada", "Plans\r\nBcc: eve@example.com", "d1", Role::Editor);
        let message = invite_message(FROM.parse().unwrap(), "bob@example.com", subject, body).unwrap();
        let text = String::from_utf8(message.formatted()).unwrap();
        let (headers, _) = text.split_once("\r\n\r\n").unwrap();
        assert!(headers.contains("To: bob@example.com\r\n"), "{text}");
        assert!(!headers.contains("\nBcc:"), "{text}");
        assert!(
            text.contains("https://tandem.example.com/signup?next=/d/d1"),
            "{text}"
        );
        assert!(invite_message(FROM.parse().unwrap(), "bob@", "s".into(), "b".into()).is_err());
    }
}
