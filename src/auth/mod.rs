//! Who is asking: sessions, API tokens, roles, CSRF, and the one policy that decides who may
//! do what ([`policy`]).

pub mod gate;
pub mod password;
pub mod policy;
pub mod sessions;
pub mod tokens;

use std::future::Future;
use std::pin::Pin;

use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};
use serde::Serialize;

use crate::error::AppError;
use crate::state::AppState;
pub use policy::Action;

pub const SESSION_COOKIE: &str = "rt_session";
pub const CSRF_COOKIE: &str = "rt_csrf";
pub const CSRF_FIELD: &str = "_csrf";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Secretariat,
    Member,
    Observer,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Secretariat, Role::Member, Role::Observer];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Secretariat => "secretariat",
            Role::Member => "member",
            Role::Observer => "observer",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct CurrentUser {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub organization_id: Option<i32>,
    /// The directory person this account belongs to.
    pub person_id: Option<i32>,
    pub language: String,
    pub time_zone: String,
    /// Flagged by the secretariat to edit the legal register and decide proposals.
    pub legal_reviewer: bool,
}

impl CurrentUser {
    pub fn from_model(u: &entity::user::Model) -> Option<Self> {
        Some(CurrentUser {
            id: u.id,
            name: u.name.clone(),
            email: u.email.clone(),
            role: Role::parse(&u.role)?,
            organization_id: u.organization_id,
            person_id: u.person_id,
            language: u.language.clone(),
            time_zone: u.time_zone.clone(),
            legal_reviewer: u.legal_reviewer,
        })
    }

    pub fn is_secretariat(&self) -> bool {
        self.role == Role::Secretariat
    }
}

/// The person behind a request (or nobody), plus the browser's CSRF seed.
#[derive(Clone, Debug)]
pub struct Viewer {
    pub user: Option<CurrentUser>,
    /// Random value kept in the `rt_csrf` cookie; form tokens are an HMAC of it.
    pub csrf_seed: String,
    /// The seed was made for this request and must be set as a cookie on the response.
    pub csrf_seed_is_new: bool,
    /// The session the browser presents, if any: form tokens are bound to it too, so a token
    /// from before sign-in or from another session does not pass.
    pub csrf_session: Option<String>,
    /// Authenticated with an API bearer token rather than a browser session.
    pub via_token: bool,
    /// The language the request asks for: the footer's choice (cookie), else the browser's
    /// `Accept-Language` (see [`requested_language`]).
    pub requested_language: Option<&'static str>,
}

impl Viewer {
    /// Members add documents for their own organization; the policy lets the secretariat do all.
    pub fn can_create_document(&self) -> bool {
        self.user.as_ref().is_some_and(|u| {
            self.can(Action::CreateDocument {
                owner_org: u.organization_id,
            })
        })
    }

    /// The reader's language: a signed-in user's setting (an API client's `Accept-Language`
    /// first), else what the request asks for, else English.
    pub fn lang(&self) -> &str {
        match (&self.user, self.requested_language) {
            (Some(_), Some(asked)) if self.via_token => asked,
            (Some(u), _) if crate::i18n::supported(&u.language) => u.language.as_str(),
            (_, Some(asked)) => asked,
            _ => crate::i18n::DEFAULT_LANGUAGE,
        }
    }

    pub fn tz(&self) -> &str {
        self.user
            .as_ref()
            .map(|u| u.time_zone.as_str())
            .unwrap_or("Europe/Tirane")
    }

    /// The signed-in user, or `Unauthorized`.
    pub fn signed_in(&self) -> Result<&CurrentUser, AppError> {
        self.user.as_ref().ok_or(AppError::Unauthorized)
    }

    /// Checks `action` against the policy: `Unauthorized` for nobody, `Forbidden` for a user
    /// who may not.
    pub fn require(&self, action: Action) -> Result<&CurrentUser, AppError> {
        let user = self.signed_in()?;
        if policy::allows(Some(user), action) {
            Ok(user)
        } else {
            Err(AppError::Forbidden)
        }
    }

    pub fn can(&self, action: Action) -> bool {
        policy::allows(self.user.as_ref(), action)
    }

    pub fn csrf_token(&self, secret: &[u8]) -> String {
        csrf_token(secret, &self.csrf_seed, self.csrf_session.as_deref())
    }
}

/// The form token for a browser's CSRF seed and, once signed in, its session. Anonymous
/// forms (the sign-in form itself) carry a token of the seed alone.
pub fn csrf_token(secret: &[u8], seed: &str, session: Option<&str>) -> String {
    tokens::sign(secret, &csrf_message(seed, session))
}

fn csrf_message(seed: &str, session: Option<&str>) -> String {
    match session {
        Some(s) => format!("csrf:{seed}:session:{s}"),
        None => format!("csrf:{seed}"),
    }
}

/// The session cookie a browser presents, as form tokens are bound to it.
pub fn csrf_session(req: &HttpRequest) -> Option<String> {
    req.cookie(SESSION_COOKIE)
        .map(|c| c.value().to_string())
        .filter(|v| tokens::looks_like_token(v))
}

/// Whether `sent` is the form token for this browser's seed cookie and session.
pub fn csrf_token_ok(secret: &[u8], req: &HttpRequest, sent: &str) -> bool {
    let Some(seed) = req.cookie(CSRF_COOKIE) else {
        return false;
    };
    !sent.is_empty() && tokens::verify(secret, &csrf_message(seed.value(), csrf_session(req).as_deref()), sent)
}

/// The language a request asks for: the footer's choice (the `rt_lang` cookie), else the
/// browser's `Accept-Language`; `None` when neither names one we ship.
pub fn requested_language(req: &HttpRequest) -> Option<&'static str> {
    let chosen = req.cookie(crate::i18n::LANGUAGE_COOKIE);
    let from_api = req.path().starts_with("/api/");
    chosen
        .filter(|_| !from_api)
        .and_then(|c| crate::i18n::language(c.value()).map(|l| l.code))
        .or_else(|| {
            req.headers()
                .get(actix_web::http::header::ACCEPT_LANGUAGE)
                .and_then(|h| h.to_str().ok())
                .and_then(crate::i18n::negotiate)
        })
}

fn bearer(req: &HttpRequest) -> Option<String> {
    let h = req
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, value) = h.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| value.trim().to_string())
}

pub(crate) async fn load_viewer(state: &AppState, req: &HttpRequest) -> Result<Viewer, AppError> {
    let (csrf_seed, csrf_seed_is_new) = match req.cookie(CSRF_COOKIE) {
        Some(c) if tokens::looks_like_token(c.value()) => (c.value().to_string(), false),
        _ => (tokens::random_token(), true),
    };
    if let Some(token) = bearer(req) {
        let user = sessions::user_for_api_token(&state.db, &token)
            .await?
            .ok_or(AppError::Unauthorized)?;
        return Ok(Viewer {
            user: Some(user),
            csrf_seed,
            csrf_seed_is_new,
            csrf_session: None,
            via_token: true,
            requested_language: requested_language(req),
        });
    }
    // The JSON API changes data only with a bearer token: a browser session cookie is never
    // enough for a write there, so the API needs no CSRF token.
    let api_write = req.path().starts_with("/api/") && !is_safe_method(req.method());
    let user = match req.cookie(SESSION_COOKIE) {
        _ if api_write => None,
        Some(c) if tokens::looks_like_token(c.value()) => {
            sessions::user_for_session(&state.db, c.value(), state.settings.session_idle).await?
        }
        _ => None,
    };
    Ok(Viewer {
        user,
        csrf_seed,
        csrf_seed_is_new,
        csrf_session: csrf_session(req),
        via_token: false,
        requested_language: requested_language(req),
    })
}

/// GET and HEAD: reading only.
pub fn is_safe_method(m: &actix_web::http::Method) -> bool {
    matches!(*m, actix_web::http::Method::GET | actix_web::http::Method::HEAD)
}

impl FromRequest for Viewer {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        if let Some(v) = req.extensions().get::<Viewer>() {
            let v = v.clone();
            return Box::pin(async move { Ok(v) });
        }
        let req = req.clone();
        Box::pin(async move {
            let state = req
                .app_data::<web::Data<AppState>>()
                .ok_or_else(|| AppError::internal("application state missing"))?
                .clone();
            let viewer = load_viewer(&state, &req).await?;
            req.extensions_mut().insert(viewer.clone());
            Ok(viewer)
        })
    }
}
