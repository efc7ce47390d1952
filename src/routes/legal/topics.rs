//! The topic catalogue (secretariat): list, new, edit, update, retire, move.

use actix_web::{HttpResponse, web};
use sea_orm::EntityTrait;

use crate::auth::Action;
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::services::legal::{self as lg, TopicFields};
use crate::services::versions;
use crate::views::legal as vl;
use crate::views::{self, Page, Saved};
use entity::legal_topic;

// ---------------------------------------------------------------------------------------------
// Topic catalogue (secretariat)

pub async fn topics_admin(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageLegalTopics)?;
    let lang = page.lang().to_string();
    let data = vl::TopicsPage {
        base: vl::base(&page.state).await?,
        rows: lg::topics(&page.state.db, true)
            .await?
            .iter()
            .map(|tp| vl::topic_view(&lang, tp))
            .collect(),
    };
    page.ok("pages/legal/topics", &t(&lang, "legal-topics-title"), data)
}

const TOPIC_FORM: &str = "pages/legal/topic_form";

/// The topic form's title and address: a new topic's, or `existing`'s (at its code).
fn title_and_action(page: &Page, existing: Option<&legal_topic::Model>) -> (String, String) {
    match existing {
        Some(tp) => (page.t("legal-topic-edit"), format!("/legal/topics/{}", tp.code)),
        None => (page.t("legal-topic-new"), "/legal/topics".to_string()),
    }
}

/// The empty form for a new topic, or `existing`'s form as stored.
async fn topic_form(page: &Page, existing: Option<&legal_topic::Model>) -> Result<HttpResponse, AppError> {
    let (title, action) = title_and_action(page, existing);
    let input = existing.map(TopicFields::from_model).unwrap_or_default();
    let version = existing.map(|tp| tp.version);
    let data = vl::topic_form(
        page.lang(),
        vl::base(&page.state).await?,
        &input,
        action,
        &title,
        version,
    );
    page.ok(TOPIC_FORM, &title, data)
}

pub async fn new_topic(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageLegalTopics)?;
    topic_form(&page, None).await
}

/// Saves a new topic (`existing` is `None`) or an edited one; a bad form comes back with 422
/// and what was typed.
async fn save_topic(page: &Page, form: &Form, existing: Option<legal_topic::Model>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageLegalTopics)?;
    let state = &page.state;
    let (title, action) = title_and_action(page, existing.as_ref());
    let input: TopicFields = form.parse()?;
    let based_on = match &existing {
        Some(_) => Some(versions::from_form(form.get("version"))?),
        None => None,
    };
    let id = existing.as_ref().map(|tp| tp.id);
    let result = match (input.parse(), id, based_on) {
        (Ok(f), Some(id), Some(based_on)) => lg::update_topic(&state.db, id, f, based_on).await,
        (Ok(f), _, _) => lg::create_topic(&state.db, f).await,
        (Err(e), _, _) => Err(AppError::Validation(e)),
    };
    match views::saved(result)? {
        Saved::Done(tp) => page.done(&format!("/legal/topics/{}", tp.code), "legal-topic-saved"),
        Saved::Invalid(e) => {
            let data = vl::topic_form(page.lang(), vl::base(state).await?, &input, action, &title, based_on);
            page.invalid(TOPIC_FORM, &title, &e, &data)
        }
        Saved::Stale => {
            let now = legal_topic::Entity::find_by_id(id.unwrap_or_default())
                .one(&state.db)
                .await?
                .ok_or(AppError::NotFound)?;
            page.stale(
                TOPIC_FORM,
                &title,
                // At its code now: the other save may have changed it.
                &vl::topic_form(
                    page.lang(),
                    vl::base(state).await?,
                    &input,
                    format!("/legal/topics/{}", now.code),
                    &title,
                    None,
                ),
                views::Stale::new(now.version, &input, &TopicFields::from_model(&now), &|f| {
                    vl::topic_field_name(page.lang(), f)
                })?,
            )
        }
    }
}

pub async fn create_topic(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    save_topic(&page, &form, None).await
}

pub async fn edit_topic(page: Page, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageLegalTopics)?;
    let tp = lg::topic_by_code(&page.state.db, &path).await?;
    topic_form(&page, Some(&tp)).await
}

pub async fn update_topic(page: Page, path: web::Path<String>, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageLegalTopics)?;
    let tp = lg::topic_by_code(&page.state.db, &path).await?;
    save_topic(&page, &form, Some(tp)).await
}

pub async fn retire_topic(page: Page, path: web::Path<String>, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageLegalTopics)?;
    let lang = page.lang().to_string();
    let tp = lg::topic_by_code(&page.state.db, &path).await?;
    let retired = form.get("retired") != "0";
    lg::set_retired(&page.state.db, tp, retired).await?;
    Ok(page.see_other(
        "/legal/topics",
        Some((
            "success",
            &t(
                &lang,
                if retired {
                    "legal-topic-retired-msg"
                } else {
                    "legal-topic-restored-msg"
                },
            ),
        )),
    ))
}

pub async fn move_topic(page: Page, path: web::Path<String>, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageLegalTopics)?;
    let tp = lg::topic_by_code(&page.state.db, &path).await?;
    let code = tp.code.clone();
    lg::move_topic(&page.state.db, tp, form.get("direction") == "up").await?;
    Ok(page.see_other(&format!("/legal/topics#t-{code}"), None))
}
