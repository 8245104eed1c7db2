//! Invitations to people who have no account yet.

use tandem_store::accounts::Role;

/// Sends invitation emails. Without SMTP settings the invitation, with its link, is written to
/// the server log, where an administrator can pass it on.
pub struct Mailer {
    public_url: String,
}

impl Mailer {
    pub fn new(public_url: &str) -> Self {
        Mailer {
            public_url: public_url.trim_end_matches('/').to_owned(),
        }
    }

    fn invite_text(&self, inviter: &str, title: &str, doc_id: &str, role: Role) -> (String, String) {
        let link = format!("{}/signup?next=/d/{doc_id}", self.public_url);
        let subject = format!("{inviter} shared \"{title}\" with you on Tandem");
        let body = format!(
            "{inviter} invited you to \"{title}\" as {role}.\n\nCreate your account with this email address to open it:\n{link}\n"
        );
        (subject, body)
    }

    pub async fn send_invite(&self, to: &str, inviter: &str, title: &str, doc_id: &str, role: Role) {
        let (subject, body) = self.invite_text(inviter, title, doc_id, role);
        tracing::info!(%to, %subject, %body, "invitation (no SMTP server configured; pass it on)");
    }
}
