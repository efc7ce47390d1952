//! Proposals (list, one proposal, decision) and follows.

use actix_web::{HttpResponse, web};
use sea_orm::EntityTrait;

use crate::auth::Action;
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::services::legal as lg;
use crate::views::legal as vl;
use crate::views::{self, Page, Pager};
use entity::legal_topic;

use super::{actor, query_one};

// ---------------------------------------------------------------------------------------------
// Proposals

pub async fn proposals(page: Page) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let lang = page.lang().to_string();
    let reviewer = page.viewer.can(Action::EditRegister);
    let status = match query_one(&page.req, "status").as_str() {
        "accepted" => "accepted",
        "rejected" => "rejected",
        _ => "pending",
    };
    let topics = lg::topics_by_id(&page.state.db).await?;
    let countries_list = lg::register_countries_in(&page.state.db, page.lang()).await?;
    let page_no = crate::services::paging::parse(&query_one(&page.req, "page"))
        .map_err(|e| AppError::BadRequest(crate::error::input_problem("address", &e)))?;
    let page_no = crate::services::paging::number(page_no);
    let filter = lg::ProposalFilter {
        status: Some(status.into()),
        proposer: (!reviewer).then_some(user.id),
        cell: None,
    };
    let (list, total) = lg::proposals(&page.state.db, &filter, page_no).await?;
    let pager = Pager::new(
        "/legal/proposals",
        &format!("status={status}"),
        page_no,
        lg::PROPOSALS_PER_PAGE,
        total,
    );
    let data = vl::ProposalsPage {
        base: vl::base(&page.state).await?,
        rows: vl::proposal_rows(&lang, list, &topics, &countries_list),
        status,
        reviewer,
        tabs: vl::status_tabs(&lang, status),
        pager,
    };
    page.ok("pages/legal/proposals", &t(&lang, "legal-proposals-title"), data)
}

pub async fn proposal(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let lang = page.lang().to_string();
    let p = lg::proposal(&page.state.db, path.into_inner()).await?;
    let reviewer = page.viewer.can(Action::EditRegister);
    if !reviewer && p.proposer_id != Some(user.id) {
        return Err(AppError::NotFound);
    }
    let tp = legal_topic::Entity::find_by_id(p.topic_id)
        .one(&page.state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let c = crate::services::countries::localized(
        page.lang(),
        lg::register_country(&page.state.db, &p.country_code).await?,
    );
    let (version, current) = lg::stored_entry(&page.state.db, tp.id, &c.code).await?;
    let stale = version != p.base_version;
    let proposed = lg::proposal_fields(&p);
    let changes = lg::diff(&current, &proposed)
        .iter()
        .map(|c| vl::change(&lang, c))
        .collect();
    let proposer = match p.proposer_id {
        Some(id) => entity::user::Entity::find_by_id(id)
            .one(&page.state.db)
            .await?
            .map(|u| u.name),
        None => None,
    };
    let data = vl::ProposalPage {
        base: vl::base(&page.state).await?,
        id: p.id,
        topic: vl::topic_view(&lang, &tp),
        country: vl::country_view(&c),
        proposer,
        when: p.created_at,
        changes,
        pending: p.status == "pending",
        status: t(&lang, &format!("legal-proposal-{}", p.status)),
        can_decide: reviewer && p.status == "pending",
        stale: stale && p.status == "pending",
        comment: p.comment,
        decision_comment: p.decision_comment,
    };
    page.ok("pages/legal/proposal", &t(&lang, "legal-proposal-title"), data)
}

pub async fn decide(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::EditRegister)?.clone();
    let lang = page.lang().to_string();
    let p = lg::proposal(&page.state.db, path.into_inner()).await?;
    let id = p.id;
    let accept = match form.get("decision") {
        "accept" => true,
        "reject" => false,
        _ => return Err(AppError::BadRequest(crate::i18n::msg("legal-decision-choose"))),
    };
    let txn = crate::db::begin_write(&page.state.db).await?;
    lg::decide(
        &txn,
        &page.state.notifier(),
        p,
        accept,
        form.get("comment"),
        &actor(&user),
        &lang,
    )
    .await?;
    txn.commit().await?;
    Ok(page.see_other(
        &format!("/legal/proposals/{id}"),
        Some((
            "success",
            &t(
                &lang,
                if accept {
                    "legal-proposal-accepted-msg"
                } else {
                    "legal-proposal-rejected-msg"
                },
            ),
        )),
    ))
}

// ---------------------------------------------------------------------------------------------
// Follows

pub async fn follow(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let lang = page.lang().to_string();
    let kind = form.get("kind");
    let target = form.get("target").to_uppercase();
    let back = match kind {
        "topic" => {
            lg::topic_by_code(&page.state.db, &target).await?;
            format!("/legal/topics/{target}")
        }
        "country" => {
            lg::register_country(&page.state.db, &target).await?;
            format!("/legal/countries/{target}")
        }
        _ => return Err(AppError::BadRequest(crate::i18n::msg("legal-follow-bad"))),
    };
    let on = form.get("on") == "1";
    lg::set_follow(&page.state.db, user.id, kind, &target, on).await?;
    let back = views::local_path(form.get("back"))
        .filter(|b| b.starts_with("/legal/"))
        .map(str::to_string)
        .unwrap_or(back);
    Ok(page.see_other(
        &back,
        Some((
            "success",
            &t(&lang, if on { "legal-followed" } else { "legal-unfollowed" }),
        )),
    ))
}
