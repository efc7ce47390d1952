//! Email: rendering, the outbox, the delivery worker and digests.
//!
//! A feature never talks SMTP. It calls [`notify`] (or [`Mailer::enqueue_direct`] for account
//! mail) inside the database transaction of the change that caused it; the message is rendered
//! there and then, and inserted into the outbox with a dedupe key, so it is queued exactly when
//! the change commits and never twice. The [`worker`] claims due rows with a lease, sends them
//! outside any transaction, and marks them sent, retries them with exponential backoff, or
//! dead-letters them.

pub mod digest;
mod notifier;
pub mod outbox;
pub mod transport;
pub mod worker;

use std::sync::Arc;

use handlebars::Handlebars;
use lettre::Message;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, header::Header};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Serialize;
use serde_json::{Value, json};

use crate::auth::tokens;
use crate::config::Settings;
use crate::error::AppError;
use crate::templates;
use entity::notification_preference;

pub use notifier::Notifier;

/// What a message is about; users choose how they receive each non-essential category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Invitations, password resets, address changes: always sent, cannot be turned off.
    Account,
    Events,
    Agenda,
    ActionItems,
    Legal,
    Documents,
    /// Services: the monthly "still correct?" request, capacity and funding notices.
    Services,
    /// Daily and weekly digests; unsubscribing turns off every category sent by digest.
    Digest,
}

impl Category {
    pub const CHOOSABLE: [Category; 6] = [
        Category::Events,
        Category::Agenda,
        Category::ActionItems,
        Category::Legal,
        Category::Documents,
        Category::Services,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Account => "account",
            Category::Events => "events",
            Category::Agenda => "agenda",
            Category::ActionItems => "action_items",
            Category::Legal => "legal",
            Category::Documents => "documents",
            Category::Services => "services",
            Category::Digest => "digest",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        [Category::Account, Category::Digest]
            .into_iter()
            .chain(Category::CHOOSABLE)
            .find(|c| c.as_str() == s)
    }

    pub fn essential(self) -> bool {
        self == Category::Account
    }
}

/// How a user wants a category delivered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    Immediately,
    Daily,
    Weekly,
    Off,
}

impl Delivery {
    pub const ALL: [Delivery; 4] = [Delivery::Immediately, Delivery::Daily, Delivery::Weekly, Delivery::Off];

    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Immediately => "immediately",
            Delivery::Daily => "daily",
            Delivery::Weekly => "weekly",
            Delivery::Off => "off",
        }
    }

    pub fn parse(s: &str) -> Option<Delivery> {
        Delivery::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// Someone to write to.
#[derive(Clone, Debug)]
pub struct Recipient {
    pub user_id: Option<i32>,
    pub email: String,
    pub name: String,
    pub language: String,
    pub time_zone: String,
    /// For someone without an account: the signed link that stops this kind of mail for them
    /// (an event's agenda notices), in place of the account's unsubscribe link.
    pub unsubscribe: Option<String>,
}

impl Recipient {
    pub fn from_user(u: &entity::user::Model) -> Self {
        Recipient {
            user_id: Some(u.id),
            email: u.email.clone(),
            name: u.name.clone(),
            language: u.language.clone(),
            time_zone: u.time_zone.clone(),
            unsubscribe: None,
        }
    }

    /// An event participant: as their user account when they have one, else by the address they
    /// registered with (default language, the network's time zone).
    pub fn for_participant(p: &entity::participant::Model, user: Option<&entity::user::Model>) -> Self {
        match user {
            Some(u) => Recipient::from_user(u),
            None => Recipient {
                user_id: None,
                email: p.email.clone(),
                name: p.name.clone(),
                language: p
                    .language
                    .clone()
                    .filter(|l| crate::i18n::supported(l))
                    .unwrap_or_else(|| crate::i18n::DEFAULT_LANGUAGE.into()),
                time_zone: "Europe/Tirane".into(),
                unsubscribe: None,
            },
        }
    }
}

/// One notification event. `dedupe_key` names the event (e.g. `agenda-published:42:rev7`); the
/// recipient is appended, so the same event is never queued twice for the same person.
#[derive(Clone, Debug)]
pub struct Notification {
    pub category: Category,
    /// Folder under `templates/emails/`.
    pub template: &'static str,
    pub data: Value,
    pub dedupe_key: String,
}

/// A rendered message: subject, plain text, and the HTML fragment that goes inside the layout.
#[derive(Clone, Debug)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html_fragment: String,
    /// An iCalendar part (`METHOD`, body), e.g. an invitation; not part of the templates.
    /// The message then carries it twice, where calendar apps look for a meeting request: as
    /// the third alternative of the body (`text/calendar; method=...`) and as `invite.ics`; and
    /// replies go to the secretariat (`Reply-To`), who is also the invitation's ORGANIZER.
    pub calendar: Option<(&'static str, String)>,
}

pub struct Mailer {
    text: Handlebars<'static>,
    html: Arc<Handlebars<'static>>,
    from: Mailbox,
    secretariat: Mailbox,
    base_url: String,
    secret: Vec<u8>,
    domain: String,
}

/// `List-Unsubscribe` (RFC 2369), holding the one-click URL.
#[derive(Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(s.to_string()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058).
#[derive(Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribePost)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_string())
    }
}

/// Subjects and display names must stay on one line: newlines and other control characters
/// become spaces, runs of spaces collapse, and the length is bounded.
pub fn one_line(s: &str, max: usize) -> String {
    let cleaned: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let collapsed = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed.chars().take(max).collect()
}

/// The plain-text version of the Kosovo* footnote rule, in `lang`.
fn add_text_footnote(text: String, lang: &str) -> String {
    if text.contains(templates::KOSOVO_MARK) {
        format!("{text}\n\n* {}\n", crate::i18n::t(lang, "kosovo-footnote"))
    } else {
        text
    }
}

impl Mailer {
    pub fn new(settings: &Settings, html: Arc<Handlebars<'static>>) -> Result<Self, String> {
        let from: Mailbox = settings
            .mail_from
            .parse()
            .map_err(|e| format!("ROUNDTABLE_MAIL_FROM is not a valid address ({e})"))?;
        let secretariat: Mailbox = settings
            .secretariat_email
            .parse()
            .map_err(|e| format!("ROUNDTABLE_SECRETARIAT_EMAIL is not a valid address ({e})"))?;
        let domain = from.email.domain().to_string();
        Ok(Mailer {
            text: templates::text_registry()?,
            html,
            from,
            secretariat,
            base_url: settings.site(),
            secret: settings.secret_key().to_vec(),
            domain,
        })
    }

    pub fn from_address(&self) -> String {
        self.from.email.to_string()
    }

    /// The secretariat, who organizes events and reads replies: (display name, address).
    pub fn secretariat(&self) -> (String, String) {
        (
            self.secretariat.name.clone().unwrap_or_default(),
            self.secretariat.email.to_string(),
        )
    }

    pub fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// The signed one-click unsubscribe URL for a user and category (no login needed).
    pub fn unsubscribe_url(&self, user_id: i32, category: Category) -> String {
        let sig = tokens::sign(&self.secret, &format!("unsubscribe:{user_id}:{}", category.as_str()));
        self.absolute(&format!("/unsubscribe/{user_id}/{}/{sig}", category.as_str()))
    }

    /// The key signed links are made with (the application's secret).
    pub fn secret(&self) -> &[u8] {
        &self.secret
    }

    pub fn verify_unsubscribe(&self, user_id: i32, category: &str, sig: &str) -> bool {
        tokens::verify(&self.secret, &format!("unsubscribe:{user_id}:{category}"), sig)
    }

    fn context(&self, to: &Recipient, data: &Value, unsubscribe: Option<&str>) -> Value {
        let mut ctx = json!({
            "lang": to.language,
            "tz": to.time_zone,
            "base_url": self.base_url,
            "recipient_name": to.name,
            "unsubscribe_url": unsubscribe,
            "has_account": to.user_id.is_some(),
            "preferences_url": self.absolute("/settings/notifications"),
        });
        if let (Value::Object(base), Value::Object(extra)) = (&mut ctx, data) {
            for (k, v) in extra {
                base.insert(k.clone(), v.clone());
            }
        }
        ctx
    }

    /// Renders `emails/<template>/{subject.txt, body.txt, body.html}` for one recipient.
    pub fn render(
        &self,
        template: &str,
        to: &Recipient,
        data: &Value,
        unsubscribe: Option<&str>,
    ) -> Result<Rendered, AppError> {
        let ctx = self.context(to, data, unsubscribe);
        let subject = one_line(&self.text.render(&format!("emails/{template}/subject.txt"), &ctx)?, 200);
        let text = self.text.render(&format!("emails/{template}/body.txt"), &ctx)?;
        let html_fragment = self.html.render(&format!("emails/{template}/body"), &ctx)?;
        Ok(Rendered {
            subject,
            text,
            html_fragment,
            calendar: None,
        })
    }

    /// Wraps rendered parts in the mail layout and builds the MIME message.
    /// Returns (Message-ID, the formatted message).
    pub fn build(&self, to: &Recipient, r: &Rendered, unsubscribe: Option<&str>) -> Result<(String, String), AppError> {
        let ctx = self.context(
            to,
            &json!({ "subject": r.subject, "content": r.html_fragment }),
            unsubscribe,
        );
        let html = templates::add_footnotes(self.html.render("emails/layout", &ctx)?, &to.language);
        let text_ctx = self.context(to, &json!({ "content": r.text }), unsubscribe);
        let text = add_text_footnote(self.text.render("emails/layout.txt", &text_ctx)?, &to.language);
        let address = to
            .email
            .parse()
            .map_err(|_| AppError::BadRequest(crate::i18n::msg("mail-bad-address").arg("email", to.email.as_str())))?;
        let mailbox = Mailbox::new(Some(one_line(&to.name, 100)).filter(|n| !n.is_empty()), address);
        let message_id = format!(
            "<{}.{}@{}>",
            crate::db::now().timestamp(),
            tokens::random_token(),
            self.domain
        );
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(mailbox)
            .subject(r.subject.clone())
            .message_id(Some(message_id.clone()));
        if let Some(url) = unsubscribe {
            builder = builder
                .header(ListUnsubscribe(url.to_string()))
                .header(ListUnsubscribePost);
        }
        let body = match &r.calendar {
            None => MultiPart::alternative_plain_html(text, html),
            Some((method, ics)) => {
                builder = builder.reply_to(self.secretariat.clone());
                calendar_body(text, html, method, ics)?
            }
        };
        let message = builder
            .multipart(body)
            .map_err(|e| AppError::internal(format!("building message: {e}")))?;
        let raw =
            String::from_utf8(message.formatted()).map_err(|_| AppError::internal("formatted message is not UTF-8"))?;
        Ok((message_id, raw))
    }

    /// Renders and queues one message for one recipient, ignoring preferences (account mail,
    /// digests). Returns false when the dedupe key was already queued.
    pub async fn enqueue_direct(
        &self,
        db: &impl ConnectionTrait,
        category: Category,
        template: &str,
        to: &Recipient,
        data: &Value,
        dedupe_key: &str,
    ) -> Result<bool, AppError> {
        let unsubscribe = match (category.essential(), to.user_id) {
            (false, Some(uid)) => Some(self.unsubscribe_url(uid, category)),
            (false, None) => to.unsubscribe.clone(),
            _ => None,
        };
        let rendered = self.render(template, to, data, unsubscribe.as_deref())?;
        self.enqueue_rendered(db, category, to, &rendered, unsubscribe.as_deref(), dedupe_key)
            .await
    }

    pub async fn enqueue_rendered(
        &self,
        db: &impl ConnectionTrait,
        category: Category,
        to: &Recipient,
        rendered: &Rendered,
        unsubscribe: Option<&str>,
        dedupe_key: &str,
    ) -> Result<bool, AppError> {
        let (message_id, raw) = self.build(to, rendered, unsubscribe)?;
        outbox::enqueue(
            db,
            outbox::NewMessage {
                dedupe_key: dedupe_key.chars().take(200).collect(),
                user_id: to.user_id,
                category: category.as_str().to_string(),
                to_address: to.email.clone(),
                from_address: self.from_address(),
                subject: rendered.subject.clone(),
                message_id,
                raw,
            },
        )
        .await
    }
}

/// The body of an invitation or cancellation: `multipart/mixed` holding `multipart/alternative`
/// (text, HTML, and `text/calendar; method=...`, the part Outlook, Gmail and Apple Mail show as
/// a meeting) and the same calendar as the `invite.ics` attachment (`application/ics`) for
/// clients that only offer attachments.
fn calendar_body(text: String, html: String, method: &str, ics: &str) -> Result<MultiPart, AppError> {
    use lettre::message::header::ContentType;
    use lettre::message::{Attachment, SinglePart};
    let content_type =
        |value: &str| ContentType::parse(value).map_err(|e| AppError::internal(format!("content type {value}: {e}")));
    let inline = SinglePart::builder()
        .header(content_type(&format!("text/calendar; charset=utf-8; method={method}"))?)
        .body(ics.to_string());
    Ok(MultiPart::mixed()
        .multipart(
            MultiPart::alternative()
                .singlepart(SinglePart::plain(text))
                .singlepart(SinglePart::html(html))
                .singlepart(inline),
        )
        .singlepart(
            Attachment::new("invite.ics".to_string())
                .body(ics.to_string(), content_type("application/ics; name=\"invite.ics\"")?),
        ))
}

/// A user's chosen delivery for `category` (immediately when never chosen).
pub async fn preference(db: &impl ConnectionTrait, user_id: i32, category: Category) -> Result<Delivery, AppError> {
    if category.essential() {
        return Ok(Delivery::Immediately);
    }
    Ok(notification_preference::Entity::find()
        .filter(notification_preference::Column::UserId.eq(user_id))
        .filter(notification_preference::Column::Category.eq(category.as_str()))
        .one(db)
        .await?
        .and_then(|p| Delivery::parse(&p.mode))
        .unwrap_or(Delivery::Immediately))
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct NotifyOutcome {
    pub queued: usize,
    pub digested: usize,
    pub skipped: usize,
}

/// Sends `n` to these users, each by their preference (nothing when there are none).
pub async fn notify_users(
    db: &impl ConnectionTrait,
    mailer: &Mailer,
    users: &[entity::user::Model],
    n: &Notification,
) -> Result<NotifyOutcome, AppError> {
    let to: Vec<Recipient> = users.iter().map(Recipient::from_user).collect();
    notify(db, mailer, &to, n).await
}

/// Sends `n` to each recipient according to their preferences: queued now, kept for a digest,
/// or skipped. Call it with the transaction of the change that caused the notification.
pub async fn notify(
    db: &impl ConnectionTrait,
    mailer: &Mailer,
    recipients: &[Recipient],
    n: &Notification,
) -> Result<NotifyOutcome, AppError> {
    let mut out = NotifyOutcome::default();
    for to in recipients {
        let mode = match to.user_id {
            Some(uid) => preference(db, uid, n.category).await?,
            None => Delivery::Immediately,
        };
        let key = format!("{}:{}", n.dedupe_key, to.email.to_lowercase());
        match mode {
            Delivery::Off => out.skipped += 1,
            Delivery::Immediately => {
                if mailer
                    .enqueue_direct(db, n.category, n.template, to, &n.data, &key)
                    .await?
                {
                    out.queued += 1;
                }
            }
            Delivery::Daily | Delivery::Weekly => {
                let Some(uid) = to.user_id else { continue };
                let rendered = mailer.render(n.template, to, &n.data, None)?;
                digest::add_entry(db, uid, n.category, mode, &rendered, &key).await?;
                out.digested += 1;
            }
        }
    }
    Ok(out)
}

/// Saves a user's choice for a category (upsert).
pub async fn set_preference(
    db: &impl ConnectionTrait,
    user_id: i32,
    category: Category,
    mode: Delivery,
) -> Result<(), AppError> {
    use sea_orm::sea_query::OnConflict;
    let am = notification_preference::ActiveModel {
        user_id: sea_orm::Set(user_id),
        category: sea_orm::Set(category.as_str().to_string()),
        mode: sea_orm::Set(mode.as_str().to_string()),
    };
    notification_preference::Entity::insert(am)
        .on_conflict(
            OnConflict::columns([
                notification_preference::Column::UserId,
                notification_preference::Column::Category,
            ])
            .update_column(notification_preference::Column::Mode)
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Every choosable category with the user's current choice.
pub async fn preferences_of(db: &impl ConnectionTrait, user_id: i32) -> Result<Vec<(Category, Delivery)>, AppError> {
    let mut out = vec![];
    for c in Category::CHOOSABLE {
        out.push((c, preference(db, user_id, c).await?));
    }
    Ok(out)
}

/// One-click unsubscribe: turns the category off (for digests: every category delivered by
/// digest). Returns the categories turned off.
pub async fn unsubscribe(
    db: &impl ConnectionTrait,
    user_id: i32,
    category: Category,
) -> Result<Vec<Category>, AppError> {
    let targets: Vec<Category> = match category {
        Category::Account => vec![],
        Category::Digest => preferences_of(db, user_id)
            .await?
            .into_iter()
            .filter(|(_, d)| matches!(d, Delivery::Daily | Delivery::Weekly))
            .map(|(c, _)| c)
            .collect(),
        c => vec![c],
    };
    for c in &targets {
        set_preference(db, user_id, *c, Delivery::Off).await?;
    }
    Ok(targets)
}
