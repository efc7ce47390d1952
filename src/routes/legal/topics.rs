//! The topic catalogue (secretariat): list, new, edit, update, retire, move.

use actix_web::{HttpRequest, HttpResponse, web};
use sea_orm::EntityTrait;
use serde_json::{Value, json};

use crate::auth::{Action, Viewer};
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::services::legal::{self as lg, TopicFields};
use crate::services::versions;
use crate::state::AppState;
use crate::views;
use crate::views::Page;
use entity::legal_topic;

use super::{base, merge, topic_json};

// ---------------------------------------------------------------------------------------------
// Topic catalogue (secretariat)

pub async fn topics_admin(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageLegalTopics)?;
    let lang = page.lang().to_string();
    let rows: Vec<Value> = lg::topics(&page.state.db, true).await?.iter().map(topic_json).collect();
    page.ok(
        "pages/legal/topics",
        &t(&lang, "legal-topics-title"),
        merge(base(&page.state).await?, json!({"rows": rows})),
    )
}

fn topic_form_data(input: &TopicFields, action: &str, heading: &str) -> Value {
    json!({"form": input, "action": action, "heading": heading,
           "kinds": [{"code": "min", "label": "min"}, {"code": "max", "label": "max"}]})
}

pub async fn new_topic(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageLegalTopics)?;
    let lang = page.lang().to_string();
    let title = t(&lang, "legal-topic-new");
    page.ok(
        "pages/legal/topic_form",
        &title,
        merge(
            base(&page.state).await?,
            topic_form_data(&TopicFields::default(), "/legal/topics", &title),
        ),
    )
}

fn topic_input(form: &Form) -> TopicFields {
    TopicFields {
        code: form.get("code").into(),
        category: form.get("category").into(),
        title: form.get("title").into(),
        question: form.get("question").into(),
        cets_197: form.get("cets_197").into(),
        directive_2011_36: form.get("directive_2011_36").into(),
        palermo_protocol: form.get("palermo_protocol").into(),
        parameter: form.get("parameter").into(),
        unit: form.get("unit").into(),
        threshold: form.get("threshold").into(),
        threshold_kind: form.get("threshold_kind").into(),
    }
}

/// Saves a new topic (`existing` is `None`) or an edited one; a bad form comes back with 422
/// and what was typed.
async fn save_topic(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    form: &Form,
    existing: Option<legal_topic::Model>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageLegalTopics)?;
    let lang = viewer.lang().to_string();
    let (title, action) = match &existing {
        Some(tp) => (t(&lang, "legal-topic-edit"), format!("/legal/topics/{}", tp.code)),
        None => (t(&lang, "legal-topic-new"), "/legal/topics".to_string()),
    };
    let input = topic_input(form);
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
    match result {
        Ok(tp) => Ok(views::see_other(
            state,
            &format!("/legal/topics/{}", tp.code),
            Some(("success", &t(&lang, "legal-topic-saved"))),
        )),
        Err(AppError::Validation(e)) => {
            let mut data = merge(base(state).await?, topic_form_data(&input, &action, &title));
            if let Some(v) = based_on {
                data = views::with_version(data, v);
            }
            views::invalid(state, viewer, req, "pages/legal/topic_form", &title, &e, data)
        }
        Err(AppError::StaleEdit { .. }) => {
            let now = legal_topic::Entity::find_by_id(id.unwrap_or_default())
                .one(&state.db)
                .await?
                .ok_or(AppError::NotFound)?;
            views::stale(
                state,
                viewer,
                req,
                "pages/legal/topic_form",
                &title,
                // At its code now: the other save may have changed it.
                merge(
                    base(state).await?,
                    topic_form_data(&input, &format!("/legal/topics/{}", now.code), &title),
                ),
                views::Stale {
                    current_version: now.version,
                    typed: &serde_json::to_value(&input).map_err(AppError::internal)?,
                    current: &serde_json::to_value(TopicFields::from_model(&now)).map_err(AppError::internal)?,
                    label: &|f| {
                        t(
                            &lang,
                            match f {
                                "code" => "legal-topic-code",
                                "category" => "legal-category",
                                "title" => "legal-topic-title",
                                "question" => "legal-question",
                                "cets_197" => "legal-ref-cets",
                                "directive_2011_36" => "legal-ref-directive",
                                "palermo_protocol" => "legal-ref-palermo",
                                "parameter" => "legal-parameter",
                                "unit" => "legal-unit",
                                "threshold" => "legal-threshold",
                                _ => "legal-threshold-kind",
                            },
                        )
                    },
                    shown: &|_, v| v.to_string(),
                },
            )
        }
        Err(e) => Err(e),
    }
}

pub async fn create_topic(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    save_topic(&page.state, &page.viewer, &page.req, &form, None).await
}

pub async fn edit_topic(page: Page, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageLegalTopics)?;
    let lang = page.lang().to_string();
    let tp = lg::topic_by_code(&page.state.db, &path).await?;
    let title = t(&lang, "legal-topic-edit");
    page.ok(
        "pages/legal/topic_form",
        &title,
        merge(
            base(&page.state).await?,
            views::with_version(
                topic_form_data(
                    &TopicFields::from_model(&tp),
                    &format!("/legal/topics/{}", tp.code),
                    &title,
                ),
                tp.version,
            ),
        ),
    )
}

pub async fn update_topic(page: Page, path: web::Path<String>, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageLegalTopics)?;
    let tp = lg::topic_by_code(&page.state.db, &path).await?;
    save_topic(&page.state, &page.viewer, &page.req, &form, Some(tp)).await
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
