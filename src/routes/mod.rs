//! THE route table: every URL of the product, in one place. Handlers are thin: extract, check
//! the policy, call a service, render or redirect.
//!
//! The table is also listed by [`all`], so the authorization-matrix test can check it walks
//! every route.

pub mod actions;
pub mod admin;
pub mod api;
pub mod assets;
pub mod auth;
pub mod directory;
pub mod documents;
pub mod errors;
pub mod events;
pub mod figures;
pub mod freshness;
pub mod health;
pub mod home;
pub mod hsds;
pub mod language;
pub mod legal;
pub mod minutes;
pub mod organizations;
pub mod pathways;
pub mod people;
pub mod search;
pub mod settings;
pub mod support;
pub mod unsubscribe;
pub mod uploads;

use actix_web::http::Method;
use actix_web::{FromRequest, Handler, Responder, guard, web};

pub struct RouteTable<'a> {
    cfg: Option<&'a mut web::ServiceConfig>,
    pub routes: Vec<(Method, &'static str)>,
}

/// What a route can be served by: a handler whose arguments are extractors and whose answer is a
/// response (the bounds of actix's `Route::to`).
trait Endpoint<Args>: Handler<Args, Output: Responder + 'static> {}

impl<F, Args> Endpoint<Args> for F where F: Handler<Args, Output: Responder + 'static> {}

impl RouteTable<'_> {
    fn add<Args: FromRequest + 'static>(&mut self, method: Method, path: &'static str, handler: impl Endpoint<Args>) {
        self.routes.push((method.clone(), path));
        if let Some(cfg) = self.cfg.as_deref_mut() {
            let route = if method == Method::GET {
                // HEAD is a GET without the body (RFC 9110): same handler, same status and
                // headers; actix drops the body on the way out.
                web::route().guard(guard::Any(guard::Get()).or(guard::Head()))
            } else {
                web::method(method)
            };
            cfg.route(path, route.to(handler));
        }
    }

    fn get<Args: FromRequest + 'static>(&mut self, path: &'static str, handler: impl Endpoint<Args>) {
        self.add(Method::GET, path, handler)
    }

    fn post<Args: FromRequest + 'static>(&mut self, path: &'static str, handler: impl Endpoint<Args>) {
        self.add(Method::POST, path, handler)
    }

    fn put<Args: FromRequest + 'static>(&mut self, path: &'static str, handler: impl Endpoint<Args>) {
        self.add(Method::PUT, path, handler)
    }
}

// One route a line, however long, so that the table reads (and greps) as a list.
#[rustfmt::skip]
fn table(r: &mut RouteTable<'_>) {
    // Operations and assets
    r.get("/healthz", health::healthz);
    r.get("/readyz", health::readyz);
    r.get("/static/app.css", assets::css);

    // Public pages and accounts
    r.get("/", home::index);
    r.get("/login", auth::login_form);
    r.post("/login", auth::login);
    r.post("/logout", auth::logout);
    r.get("/set-password", auth::set_password_form);
    r.post("/set-password", auth::set_password);
    r.get("/password-reset", auth::reset_form);
    r.post("/password-reset", auth::reset);
    r.get("/confirm-email", auth::confirm_email_form);
    r.post("/confirm-email", auth::confirm_email);
    r.get("/unsubscribe/{user}/{category}/{sig}", unsubscribe::confirm_form);
    r.post("/unsubscribe/{user}/{category}/{sig}", unsubscribe::unsubscribe);

    // Services kept fresh (before the services' own `/services/{id}` pages, which would
    // otherwise take `/services/review`)
    r.get("/services/review", freshness::review);
    r.get("/services/follow", freshness::follow_page);
    r.post("/services/follow", freshness::follow);
    r.get("/services/{id}/still-correct/{person}/{expires}/{sig}", freshness::confirm_form);
    r.post("/services/{id}/still-correct/{person}/{expires}/{sig}", freshness::confirm);

    // Directory
    r.get("/directory", directory::index);
    r.get("/directory/export.csv", directory::export_csv);
    r.get("/directory/hsds.zip", api::hsds::datapackage);
    r.get("/directory/hsds/import", hsds::import_form);
    r.post("/directory/hsds/import", hsds::import_upload);
    r.get("/directory/services", directory::service_map);
    r.get("/organizations/new", organizations::new_form);
    r.post("/organizations", organizations::create);
    r.get("/organizations/{id}", organizations::show);
    r.get("/organizations/{id}/edit", organizations::edit_form);
    r.post("/organizations/{id}", organizations::update);
    r.get("/organizations/{id}/archive", organizations::archive_form);
    r.post("/organizations/{id}/archive", organizations::archive);
    r.get("/organizations/{id}/people/new", people::new_form);
    r.post("/organizations/{id}/people", people::create);
    r.get("/people/{id}", people::show);
    r.get("/people/{id}/edit", people::edit_form);
    r.post("/people/{id}", people::update);
    r.post("/people/{id}/archive", people::archive);

    // Services, contact points and capacity
    r.get("/services", support::index);
    // Before /services/{id}: the first pattern that matches answers.
    r.get("/services/find", pathways::find);
    r.get("/services/{id}", support::show);
    r.get("/organizations/{id}/services/new", support::new_form);
    r.post("/organizations/{id}/services", support::create);
    r.get("/services/{id}/edit", support::edit_form);
    r.post("/services/{id}", support::update);
    r.post("/services/{id}/confirm", support::confirm);
    r.get("/services/{id}/contacts/new", support::contact_new);
    r.post("/services/{id}/contacts", support::contact_create);
    r.get("/services/{id}/contacts/{contact}/edit", support::contact_edit);
    r.post("/services/{id}/contacts/{contact}", support::contact_update);
    r.get("/services/{id}/contacts/{contact}/delete", support::contact_delete_form);
    r.post("/services/{id}/contacts/{contact}/delete", support::contact_delete);
    r.get("/services/{id}/capacity/new", support::capacity_new);
    r.post("/services/{id}/capacity", support::capacity_create);
    r.get("/services/{id}/capacity/{figure}/edit", support::capacity_edit);
    r.post("/services/{id}/capacity/{figure}", support::capacity_update);
    r.get("/services/{id}/capacity/{figure}/delete", support::capacity_delete_form);
    r.post("/services/{id}/capacity/{figure}/delete", support::capacity_delete);

    // Events, agendas and calendar feeds
    r.get("/events", events::index);
    r.get("/events/feed.ics", events::network_feed);
    r.get("/events/calendar", events::month);
    r.get("/events/import", events::import_form);
    r.post("/events/import", events::import);
    r.get("/events/import/{id}", events::import_preview);
    r.post("/events/import/{id}", events::import_confirm);
    r.get("/events/new", events::new_form);
    r.post("/events", events::create);
    r.get("/events/{id}", events::show);
    r.get("/events/{id}/edit", events::edit_form);
    r.post("/events/{id}", events::update);
    r.get("/events/{id}/cancel", events::cancel_form);
    r.post("/events/{id}/cancel", events::cancel);
    r.post("/events/{id}/publish-agenda", events::publish_agenda);
    r.get("/events/{id}/duplicate", events::duplicate_form);
    r.post("/events/{id}/duplicate", events::duplicate);
    r.get("/events/{id}/event.ics", events::event_ics);
    r.get("/events/{id}/agenda/new", events::new_item_form);
    r.get("/events/{id}/agenda/history", events::agenda_history);
    r.post("/events/{id}/agenda", events::create_item);
    r.get("/events/{id}/agenda/{item}/edit", events::edit_item_form);
    r.post("/events/{id}/agenda/{item}", events::update_item);
    r.get("/events/{id}/agenda/{item}/delete", events::delete_item_form);
    r.post("/events/{id}/agenda/{item}/delete", events::delete_item);
    r.post("/events/{id}/agenda/{item}/move", events::move_item);
    r.get("/events/{id}/participants", events::participants_page);
    r.get("/events/{id}/follow-up", actions::event_report);
    r.get("/events/{id}/minutes", minutes::show);
    r.get("/events/{id}/report", events::post_meeting_report);
    r.post("/events/{id}/matters-arising/{item}", events::matter_outcome);
    r.post("/events/{id}/minutes", minutes::save);
    r.post("/events/{id}/minutes/circulate", minutes::circulate);
    r.post("/events/{id}/minutes/comments", minutes::comment);
    r.post("/events/{id}/minutes/approve", minutes::approve);
    r.get("/events/{id}/participants.csv", events::participants_csv);
    r.get("/events/{id}/invite", events::invite_form);
    r.post("/events/{id}/invite", events::invite);
    r.post("/events/{id}/attendance", events::attendance);
    r.post("/events/{id}/answer", events::answer);
    r.get("/rsvp/{participant}/{expires}/{sig}", events::rsvp_form);
    r.post("/rsvp/{participant}/{expires}/{sig}", events::rsvp);
    r.get("/rsvp/{participant}/{expires}/{sig}/quiet", events::quiet_form);
    r.post("/rsvp/{participant}/{expires}/{sig}/quiet", events::quiet);
    r.get("/calendar/{token}", events::personal_feed);
    r.post("/settings/calendar", events::rotate_feed);

    // Action items
    r.get("/actions", actions::index);
    r.get("/actions/export.csv", actions::export_csv);
    r.get("/actions/new", actions::new_form);
    r.post("/actions/bulk", actions::bulk);
    r.post("/actions", actions::create);
    r.get("/actions/{id}", actions::show);
    r.get("/actions/{id}/edit", actions::edit_form);
    r.post("/actions/{id}", actions::update);
    r.post("/actions/{id}/progress", actions::progress);
    r.get("/actions/{id}/quick/{action}/{user}/{expires}/{sig}", actions::quick_form);
    r.post("/actions/{id}/quick/{action}/{user}/{expires}/{sig}", actions::quick);

    // Legal-disparity register
    r.get("/legal", legal::matrix);
    r.get("/legal/compare", legal::compare);
    r.get("/legal/changes", legal::changes);
    r.get("/legal/export.csv", legal::export_csv);
    r.get("/legal/export.json", legal::export_json);
    r.get("/legal/countries/{code}", legal::country_profile);
    r.get("/legal/topics", legal::topics_admin);
    r.post("/legal/topics", legal::create_topic);
    r.get("/legal/topics/new", legal::new_topic);
    r.get("/legal/topics/export.csv", legal::export_topics);
    r.get("/legal/topics/{code}", legal::topic_page);
    r.get("/legal/topics/{code}/edit", legal::edit_topic);
    r.post("/legal/topics/{code}", legal::update_topic);
    r.post("/legal/topics/{code}/retire", legal::retire_topic);
    r.post("/legal/topics/{code}/move", legal::move_topic);
    r.get("/legal/entries/{topic}/{country}", legal::entry);
    r.get("/legal/entries/{topic}/{country}/edit", legal::edit_form);
    r.post("/legal/entries/{topic}/{country}", legal::save);
    r.post("/legal/entries/{topic}/{country}/proposals", legal::propose);
    r.get("/legal/proposals", legal::proposals);
    r.get("/legal/proposals/{id}", legal::proposal);
    r.post("/legal/proposals/{id}/decision", legal::decide);
    r.post("/legal/follow", legal::follow);
    r.get("/documents", documents::index);
    r.post("/documents", documents::create);
    r.get("/documents/new", documents::new_form);
    r.post("/documents/follow", documents::follow);
    r.get("/documents/{id}", documents::show);
    r.post("/documents/{id}", documents::update);
    r.get("/documents/{id}/edit", documents::edit_form);
    r.get("/documents/{id}/download", documents::download_current);
    r.post("/documents/{id}/versions", documents::upload_version);
    r.get("/documents/{id}/versions/{number}/download", documents::download_version);
    r.post("/documents/{id}/versions/{number}/restore", documents::restore);
    r.post("/documents/{id}/archive", documents::archive);
    r.get("/search", search::page);
    r.get("/legal/import", legal::import_form);
    r.post("/legal/import", legal::import_upload);
    r.post("/legal/import/{id}/confirm", legal::import_confirm);

    // Referral pathways and finding help across borders
    r.get("/pathways", pathways::matrix);
    r.get("/pathways/new", pathways::new_form);
    r.post("/pathways", pathways::create);
    r.get("/pathways/{id}", pathways::show);
    r.get("/pathways/{id}/edit", pathways::edit_form);
    r.post("/pathways/{id}", pathways::update);
    r.post("/pathways/{id}/used", pathways::mark_used);
    // Figures for the roundtable (monthly counts per service kind, quarterly reports)
    r.get("/figures", figures::index);
    r.get("/figures/export.csv", figures::export_csv);
    r.get("/figures/report", figures::mine);
    r.get("/figures/report/{month}/{kind}", figures::form);
    r.post("/figures/report/{month}/{kind}", figures::save);

    // The footer's language switch (anyone)
    r.post("/language", language::switch);

    // The user's own settings and API tokens
    r.get("/settings", settings::show);
    r.post("/settings", settings::update);
    r.post("/settings/tokens", settings::create_token);
    r.post("/settings/tokens/{id}/revoke", settings::revoke_token);
    r.post("/settings/email", settings::change_email);
    r.post("/settings/password", settings::change_password);
    r.get("/settings/notifications", settings::notifications);
    r.post("/settings/notifications", settings::update_notifications);

    // Secretariat administration
    r.get("/admin", admin::index);
    r.get("/admin/users/new", admin::new_user_form);
    r.post("/admin/users", admin::create_user);
    r.post("/admin/users/{id}/active", admin::set_active);
    r.post("/admin/users/{id}/legal-reviewer", admin::set_legal_reviewer);
    r.get("/admin/users/{id}/person", admin::person_form);
    r.post("/admin/users/{id}/person", admin::link_person);
    r.get("/admin/countries", admin::countries);
    r.post("/admin/countries", admin::add_country);
    r.get("/admin/mail", admin::mail);
    r.post("/admin/mail/{id}/retry", admin::mail_retry);
    r.get("/admin/mail/{id}/discard", admin::mail_discard_form);
    r.post("/admin/mail/{id}/discard", admin::mail_discard);

    // JSON API
    r.get("/api/v1/openapi.json", api::openapi_json);
    r.get("/api/v1/organizations", api::organizations::list);
    r.post("/api/v1/organizations", api::organizations::create);
    r.get("/api/v1/organizations/{id}", api::organizations::get);
    r.put("/api/v1/organizations/{id}", api::organizations::update);
    r.get("/api/v1/action-items", api::actions::list);
    r.post("/api/v1/action-items", api::actions::create);
    r.get("/api/v1/action-items/{id}", api::actions::get);
    r.put("/api/v1/action-items/{id}", api::actions::update);
    r.get("/api/v1/action-items/{id}/comments", api::actions::comments);
    r.post("/api/v1/action-items/{id}/comments", api::actions::add_comment);
    r.get("/api/v1/hsds/services", api::hsds::services_json);
    r.get("/api/v1/hsds/datapackage.zip", api::hsds::datapackage);
    r.post("/api/v1/hsds/import", api::hsds::import);
    r.get("/api/v1/legal/topics", api::legal::topics);
    r.get("/api/v1/legal/entries", api::legal::entries);
    r.get("/api/v1/legal/entries/{topic}/{country}", api::legal::entry);
    r.put("/api/v1/legal/entries/{topic}/{country}", api::legal::put_entry);
    r.get("/api/v1/legal/entries/{topic}/{country}/history", api::legal::history);
    r.post("/api/v1/legal/entries/{topic}/{country}/proposals", api::legal::propose);
    r.get("/api/v1/legal/changes", api::legal::changes);
    r.get("/api/v1/documents", api::documents::list);
    r.post("/api/v1/documents", api::documents::create);
    r.get("/api/v1/documents/{id}", api::documents::get);
    r.get("/api/v1/documents/{id}/download", api::documents::download);
    r.get("/api/v1/documents/{id}/versions", api::documents::versions);
    r.post("/api/v1/documents/{id}/versions", api::documents::add_version);
    r.get("/api/v1/documents/{id}/versions/{number}/download", api::documents::download_version);
    r.get("/api/v1/search", api::documents::search_api);
    r.get("/api/v1/events", api::events::list);
    r.get("/api/v1/events/{id}", api::events::get);
    r.get("/api/v1/people", api::people::list);
    r.post("/api/v1/people", api::people::create);
    r.get("/api/v1/people/{id}", api::people::get);
    r.put("/api/v1/people/{id}", api::people::update);
    r.get("/api/v1/pathways", api::pathways::list);
    r.post("/api/v1/pathways", api::pathways::create);
    r.get("/api/v1/pathways/matrix", api::pathways::matrix);
    r.get("/api/v1/pathways/{id}", api::pathways::get);
    r.put("/api/v1/pathways/{id}", api::pathways::update);
    r.get("/api/v1/services/find", api::pathways::find);
    r.get("/api/v1/services", api::services::list);
    r.post("/api/v1/services", api::services::create);
    r.get("/api/v1/services/{id}", api::services::get);
    r.put("/api/v1/services/{id}", api::services::update);
    r.get("/api/v1/figures", api::figures::report);
    r.get("/api/v1/figures/{month}/{kind}", api::figures::get_sheet);
    r.put("/api/v1/figures/{month}/{kind}", api::figures::put_sheet);
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    let mut r = RouteTable {
        cfg: Some(cfg),
        routes: vec![],
    };
    table(&mut r);
}

/// Every (method, path pattern) the application serves.
pub fn all() -> Vec<(Method, &'static str)> {
    let mut r = RouteTable {
        cfg: None,
        routes: vec![],
    };
    table(&mut r);
    r.routes
}
