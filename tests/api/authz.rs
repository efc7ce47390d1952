//! The authorization matrix: every route of the product, with every role, and the answer each
//! must get. A route added to the table without a row here fails `matrix_covers_every_route`.

use std::collections::BTreeSet;

use roundtable::auth::Role;
use roundtable::services::directory::{self as dir, PersonFields};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{TestApp, cast, spawn_app};

/// P: public (never 401/403, never sent to sign-in); A: allowed (200/201/303/422);
/// L: sign-in needed (page: 303 to /login; API: 401); F: forbidden (403); N: 404.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Want {
    P,
    A,
    L,
    F,
    N,
}
use Want::*;

/// A minimal invitation as Outlook might send it.
const IMPORT_SAMPLE: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@example.org\r\nSUMMARY:Imported meeting\r\nDTSTART:20311201T090000Z\r\nDTEND:20311201T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

enum Body {
    None,
    Multipart(&'static str),
    /// A document upload: form fields and a small text file.
    Upload(Vec<(&'static str, String)>),
    Form(Vec<(&'static str, String)>),
    Json(serde_json::Value),
}

struct Row {
    method: &'static str,
    pattern: &'static str,
    path: String,
    body: Body,
    /// anonymous, observer, member (of the own organization), secretariat
    want: [Want; 4],
}

fn org_form(name: &str) -> Body {
    Body::Form(vec![
        ("name", name.to_string()),
        ("country", "AL".into()),
        ("kind", "cso".into()),
        ("membership_status", "member".into()),
        ("service", "shelter".into()),
        ("capacity_shelter", "5 places".into()),
    ])
}

fn person_form(name: &str) -> Body {
    Body::Form(vec![
        ("name", name.to_string()),
        ("network_role", "contact".into()),
        ("archived", "0".into()),
    ])
}

fn org_json(name: &str) -> Body {
    Body::Json(
        json!({"name": name, "country": "AL", "kind": "cso", "membership_status": "member",
        "services": [{"code": "legal_aid", "capacity_note": ""}]}),
    )
}

fn event_form(title: &str) -> Body {
    Body::Form(vec![
        ("title", title.to_string()),
        ("kind", "roundtable".into()),
        ("time_zone", "Europe/Tirane".into()),
        ("start_date", "2031-12-12".into()),
        ("start_time", "09:00".into()),
        ("end_date", "2031-12-13".into()),
        ("end_time", "17:00".into()),
        ("venue_name", "Hotel Demo".into()),
        ("venue_city", "Tirana".into()),
        ("visibility", "network".into()),
        ("status", "published".into()),
    ])
}

fn legal_topic(code: &str) -> Body {
    Body::Form(vec![
        ("code", code.to_string()),
        ("category", "Residence and return".into()),
        ("title", "Matrix topic".into()),
        ("question", "Is it covered?".into()),
    ])
}

fn legal_entry() -> Body {
    Body::Form(vec![
        ("assessment", "partly_aligned".into()),
        ("summary", "Matrix summary".into()),
        ("comment", "Matrix proposal".into()),
    ])
}

fn item_form(title: &str) -> Body {
    Body::Form(vec![
        ("day", "2031-12-12".into()),
        ("start_time", "10:00".into()),
        ("end_time", "11:00".into()),
        ("title", title.to_string()),
        ("kind", "session".into()),
    ])
}

/// Ids the event rows need: a published network event with one agenda item, and a draft.
#[derive(Clone, Copy)]
struct Ev {
    id: i32,
    item: i32,
    draft: i32,
    own_action: i32,
    other_action: i32,
    /// A network document of the own organization, and a secretariat-only one of the other.
    own_doc: i32,
    secret_doc: i32,
    /// A referral pathway (a draft from Serbia to Montenegro).
    pathway: i32,
    /// Services of the own and the other organization, with a contact point and a capacity
    /// figure each.
    sv: Sv,
}

#[derive(Clone, Copy)]
struct Sv {
    own: i32,
    other: i32,
    own_contact: i32,
    other_contact: i32,
    own_figure: i32,
    other_figure: i32,
}

fn service_form(name: &str) -> Body {
    Body::Form(vec![
        ("kind", "shelter".into()),
        ("name", name.to_string()),
        ("modes", "on_site".into()),
        ("countries", "AL".into()),
        ("identification", "presumed".into()),
        ("referral", "referral".into()),
        ("status", "active".into()),
        ("city", "Tirana".into()),
    ])
}

fn service_json(name: &str, org: i32) -> Body {
    Body::Json(
        json!({"organization_id": org, "kind": "shelter", "name": name, "modes": ["on_site"],
        "countries": ["AL"], "identification": "presumed", "referral": "referral", "status": "active"}),
    )
}

fn contact_form() -> Body {
    Body::Form(vec![("role", "Intake desk".into()), ("phone", "+000 1 555".into())])
}

fn capacity_form() -> Body {
    Body::Form(vec![
        ("unit", "beds".into()),
        ("maximum", "5".into()),
        ("band", "limited".into()),
        ("as_of", "2026-12-01".into()),
        ("expires_on", "2031-12-01".into()),
    ])
}

/// Rows of the service pages and their API.
fn service_rows(own: i32, other: i32, sv: Sv) -> Vec<Row> {
    let r = |method, pattern, path: String, body, want| Row {
        method,
        pattern,
        path,
        body,
        want,
    };
    let (o, x) = (sv.own, sv.other);
    let (oc, xc, of, xf) = (sv.own_contact, sv.other_contact, sv.own_figure, sv.other_figure);
    vec![
        r(
            "GET",
            "/services",
            "/services?country=AL".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/services/{id}",
            format!("/services/{o}"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/services/{id}",
            "/services/999999".into(),
            Body::None,
            [L, N, N, N],
        ),
        r(
            "GET",
            "/organizations/{id}/services/new",
            format!("/organizations/{own}/services/new"),
            Body::None,
            [L, F, A, A],
        ),
        r(
            "GET",
            "/organizations/{id}/services/new",
            format!("/organizations/{other}/services/new"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/organizations/{id}/services",
            format!("/organizations/{own}/services"),
            service_form("Matrix shelter"),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/organizations/{id}/services",
            format!("/organizations/{other}/services"),
            service_form("Hijack shelter"),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/services/{id}/edit",
            format!("/services/{o}/edit"),
            Body::None,
            [L, F, A, A],
        ),
        r(
            "GET",
            "/services/{id}/edit",
            format!("/services/{x}/edit"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/services/{id}",
            format!("/services/{o}"),
            service_form("Own shelter"),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/services/{id}",
            format!("/services/{x}"),
            service_form("Other shelter"),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/services/{id}/confirm",
            format!("/services/{o}/confirm"),
            Body::Form(vec![]),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/services/{id}/confirm",
            format!("/services/{x}/confirm"),
            Body::Form(vec![]),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/services/{id}/contacts/new",
            format!("/services/{o}/contacts/new"),
            Body::None,
            [L, F, A, A],
        ),
        r(
            "GET",
            "/services/{id}/contacts/new",
            format!("/services/{x}/contacts/new"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/services/{id}/contacts",
            format!("/services/{o}/contacts"),
            contact_form(),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/services/{id}/contacts",
            format!("/services/{x}/contacts"),
            contact_form(),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/services/{id}/contacts/{contact}/edit",
            format!("/services/{o}/contacts/{oc}/edit"),
            Body::None,
            [L, F, A, A],
        ),
        r(
            "GET",
            "/services/{id}/contacts/{contact}/edit",
            format!("/services/{x}/contacts/{xc}/edit"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "GET",
            "/services/{id}/contacts/{contact}/edit",
            format!("/services/{o}/contacts/{xc}/edit"),
            Body::None,
            [L, F, N, N],
        ),
        r(
            "POST",
            "/services/{id}/contacts/{contact}",
            format!("/services/{o}/contacts/{oc}"),
            contact_form(),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/services/{id}/contacts/{contact}",
            format!("/services/{x}/contacts/{xc}"),
            contact_form(),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/services/{id}/contacts/{contact}/delete",
            format!("/services/{o}/contacts/{oc}/delete"),
            Body::None,
            [L, F, A, A],
        ),
        r(
            "GET",
            "/services/{id}/contacts/{contact}/delete",
            format!("/services/{x}/contacts/{xc}/delete"),
            Body::None,
            [L, F, F, A],
        ),
        // Without `confirmed=1` a removal only asks (303 to the question): nothing is removed.
        r(
            "POST",
            "/services/{id}/contacts/{contact}/delete",
            format!("/services/{o}/contacts/{oc}/delete"),
            Body::Form(vec![]),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/services/{id}/contacts/{contact}/delete",
            format!("/services/{x}/contacts/{xc}/delete"),
            Body::Form(vec![]),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/services/{id}/capacity/new",
            format!("/services/{o}/capacity/new"),
            Body::None,
            [L, F, A, A],
        ),
        r(
            "GET",
            "/services/{id}/capacity/new",
            format!("/services/{x}/capacity/new"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/services/{id}/capacity",
            format!("/services/{o}/capacity"),
            capacity_form(),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/services/{id}/capacity",
            format!("/services/{x}/capacity"),
            capacity_form(),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/services/{id}/capacity/{figure}/edit",
            format!("/services/{o}/capacity/{of}/edit"),
            Body::None,
            [L, F, A, A],
        ),
        r(
            "GET",
            "/services/{id}/capacity/{figure}/edit",
            format!("/services/{x}/capacity/{xf}/edit"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/services/{id}/capacity/{figure}",
            format!("/services/{o}/capacity/{of}"),
            capacity_form(),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/services/{id}/capacity/{figure}",
            format!("/services/{x}/capacity/{xf}"),
            capacity_form(),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/services/{id}/capacity/{figure}/delete",
            format!("/services/{o}/capacity/{of}/delete"),
            Body::None,
            [L, F, A, A],
        ),
        r(
            "GET",
            "/services/{id}/capacity/{figure}/delete",
            format!("/services/{x}/capacity/{xf}/delete"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/services/{id}/capacity/{figure}/delete",
            format!("/services/{o}/capacity/{of}/delete"),
            Body::Form(vec![]),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/services/{id}/capacity/{figure}/delete",
            format!("/services/{x}/capacity/{xf}/delete"),
            Body::Form(vec![]),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/api/v1/services",
            "/api/v1/services?kind=shelter".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/api/v1/services/{id}",
            format!("/api/v1/services/{x}"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "POST",
            "/api/v1/services",
            "/api/v1/services".into(),
            service_json("Api shelter", own),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/api/v1/services",
            "/api/v1/services".into(),
            service_json("Api hijack", other),
            [L, F, F, A],
        ),
        r(
            "PUT",
            "/api/v1/services/{id}",
            format!("/api/v1/services/{o}"),
            service_json("Api own shelter", own),
            [L, F, A, A],
        ),
        r(
            "PUT",
            "/api/v1/services/{id}",
            format!("/api/v1/services/{x}"),
            service_json("Api other shelter", other),
            [L, F, F, A],
        ),
    ]
}

#[allow(clippy::too_many_arguments)]
fn rows(own: i32, other: i32, own_p: i32, other_p: i32, observer_id: i32, e: Ev) -> Vec<Row> {
    let r = |method, pattern, path: String, body, want| Row {
        method,
        pattern,
        path,
        body,
        want,
    };
    let (ev, item, draft) = (e.id, e.item, e.draft);
    let (own_a, other_a) = (e.own_action, e.other_action);
    let (doc, secret_doc) = (e.own_doc, e.secret_doc);
    let doc_fields = || {
        vec![
            ("title", "Matrix upload".to_string()),
            ("doc_type", "report".into()),
            ("visibility", "network".into()),
        ]
    };
    let action_form = |org: i32| {
        Body::Form(vec![
            ("title", "Follow up shelter funding".into()),
            ("owner_org_id", org.to_string()),
            ("priority", "normal".into()),
            ("status", "open".into()),
        ])
    };
    let progress = || Body::Form(vec![("comment", "Met the ministry".into()), ("percent", "20".into())]);
    let month = roundtable::services::figures::Month::of(roundtable::services::figures::today())
        .prev()
        .code();
    let sheet = format!("/figures/report/{month}/shelter");
    let api_sheet = format!("/api/v1/figures/{month}/legal_aid");
    let pathway = e.pathway;
    let pathway_form = || {
        Body::Form(vec![
            ("from_country", "RS".into()),
            ("to_country", "ME".into()),
            ("service_kind", "shelter".into()),
            ("status", "draft".into()),
        ])
    };
    let pathway_json = || {
        Body::Json(json!({"from_country": "AL", "to_country": "XK", "service_kind": "legal_aid", "status": "draft"}))
    };
    vec![
        // Referral pathways and finding help
        r("GET", "/pathways", "/pathways".into(), Body::None, [L, A, A, A]),
        r("GET", "/pathways/new", "/pathways/new".into(), Body::None, [L, F, F, A]),
        r("POST", "/pathways", "/pathways".into(), pathway_form(), [L, F, F, A]),
        r(
            "GET",
            "/pathways/{id}",
            format!("/pathways/{pathway}"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/pathways/{id}",
            "/pathways/987654".into(),
            Body::None,
            [L, N, N, N],
        ),
        r(
            "GET",
            "/pathways/{id}/edit",
            format!("/pathways/{pathway}/edit"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/pathways/{id}",
            format!("/pathways/{pathway}"),
            pathway_form(),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/pathways/{id}/used",
            format!("/pathways/{pathway}/used"),
            Body::Form(vec![]),
            [L, F, A, A],
        ),
        r(
            "GET",
            "/services/find",
            "/services/find?country=ME&age=30&language=ur".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/api/v1/pathways",
            "/api/v1/pathways".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "POST",
            "/api/v1/pathways",
            "/api/v1/pathways".into(),
            pathway_json(),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/api/v1/pathways/matrix",
            "/api/v1/pathways/matrix".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/api/v1/pathways/{id}",
            format!("/api/v1/pathways/{pathway}"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/api/v1/pathways/{id}",
            "/api/v1/pathways/987654".into(),
            Body::None,
            [L, N, N, N],
        ),
        r(
            "PUT",
            "/api/v1/pathways/{id}",
            format!("/api/v1/pathways/{pathway}"),
            pathway_json(),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/api/v1/services/find",
            "/api/v1/services/find?country=ME".into(),
            Body::None,
            [L, A, A, A],
        ),
        // Figures: everyone signed in reads the suppressed report; only an organization's
        // members (not the secretariat) read and report its own figures.
        r(
            "GET",
            "/figures",
            "/figures?quarter=2026-Q4".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/figures/export.csv",
            "/figures/export.csv".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/figures/report",
            "/figures/report".into(),
            Body::None,
            [L, F, A, F],
        ),
        r(
            "GET",
            "/figures/report/{month}/{kind}",
            sheet.clone(),
            Body::None,
            [L, F, A, F],
        ),
        r(
            "GET",
            "/figures/report/{month}/{kind}",
            format!("/figures/report/{month}/no_such_kind"),
            Body::None,
            [L, F, N, F],
        ),
        r(
            "POST",
            "/figures/report/{month}/{kind}",
            sheet,
            Body::Form(vec![
                ("version", "0".into()),
                ("received", "7".into()),
                ("bed_nights", "30".into()),
            ]),
            [L, F, A, F],
        ),
        r(
            "GET",
            "/api/v1/figures",
            "/api/v1/figures".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/api/v1/figures/{month}/{kind}",
            api_sheet.clone(),
            Body::None,
            [L, F, A, F],
        ),
        r(
            "PUT",
            "/api/v1/figures/{month}/{kind}",
            api_sheet,
            Body::Json(json!({"breakdown": "none", "counts": {"received": 3}})),
            [L, F, A, F],
        ),
        // Legal-disparity register
        r("GET", "/legal", "/legal".into(), Body::None, [L, A, A, A]),
        r(
            "GET",
            "/legal/compare",
            "/legal/compare?country=AL&country=RS".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/legal/changes",
            "/legal/changes".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/legal/export.csv",
            "/legal/export.csv".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/legal/export.json",
            "/legal/export.json".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/legal/countries/{code}",
            "/legal/countries/XK".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/legal/countries/{code}",
            "/legal/countries/FR".into(),
            Body::None,
            [L, N, N, N],
        ),
        r("GET", "/legal/topics", "/legal/topics".into(), Body::None, [L, F, F, A]),
        r(
            "POST",
            "/legal/topics",
            "/legal/topics".into(),
            legal_topic("ZZ-01"),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/legal/topics/new",
            "/legal/topics/new".into(),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "GET",
            "/legal/topics/export.csv",
            "/legal/topics/export.csv".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/legal/topics/{code}",
            "/legal/topics/RES-01".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/legal/topics/{code}",
            "/legal/topics/NOPE-99".into(),
            Body::None,
            [L, N, N, N],
        ),
        r(
            "GET",
            "/legal/topics/{code}/edit",
            "/legal/topics/RES-02/edit".into(),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/legal/topics/{code}",
            "/legal/topics/RES-02".into(),
            legal_topic("RES-02"),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/legal/topics/{code}/retire",
            "/legal/topics/COO-05/retire".into(),
            Body::Form(vec![("retired", "0".into())]),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/legal/topics/{code}/move",
            "/legal/topics/COO-05/move".into(),
            Body::Form(vec![("direction", "down".into())]),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/legal/entries/{topic}/{country}",
            "/legal/entries/RES-01/AL".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/legal/entries/{topic}/{country}",
            "/legal/entries/RES-01/FR".into(),
            Body::None,
            [L, N, N, N],
        ),
        r(
            "GET",
            "/legal/entries/{topic}/{country}/edit",
            "/legal/entries/RES-01/AL/edit".into(),
            Body::None,
            [L, F, A, A],
        ),
        r(
            "GET",
            "/legal/entries/{topic}/{country}/edit",
            "/legal/entries/RES-01/RS/edit".into(),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/legal/entries/{topic}/{country}",
            "/legal/entries/RES-03/AL".into(),
            legal_entry(),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/legal/entries/{topic}/{country}/proposals",
            "/legal/entries/RES-04/AL/proposals".into(),
            legal_entry(),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/legal/entries/{topic}/{country}/proposals",
            "/legal/entries/RES-04/RS/proposals".into(),
            legal_entry(),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/legal/proposals",
            "/legal/proposals".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/legal/proposals/{id}",
            "/legal/proposals/987654".into(),
            Body::None,
            [L, N, N, N],
        ),
        r(
            "POST",
            "/legal/proposals/{id}/decision",
            "/legal/proposals/987654/decision".into(),
            Body::Form(vec![("decision", "accept".into())]),
            [L, F, F, N],
        ),
        r(
            "POST",
            "/legal/follow",
            "/legal/follow".into(),
            Body::Form(vec![
                ("kind", "country".into()),
                ("target", "AL".into()),
                ("on", "1".into()),
            ]),
            [L, A, A, A],
        ),
        r("GET", "/legal/import", "/legal/import".into(), Body::None, [L, F, F, A]),
        r(
            "POST",
            "/legal/import",
            "/legal/import".into(),
            Body::Multipart(IMPORT_SAMPLE),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/legal/import/{id}/confirm",
            "/legal/import/987654/confirm".into(),
            Body::Form(vec![]),
            [L, F, F, N],
        ),
        r(
            "GET",
            "/admin/users/{id}/person",
            format!("/admin/users/{observer_id}/person"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/admin/users/{id}/person",
            format!("/admin/users/{observer_id}/person"),
            Body::Form(vec![("person", String::new()), ("based_on", String::new())]),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/settings/password",
            "/settings/password".into(),
            Body::Form(vec![
                ("password_current", "not the password".into()),
                ("new_password", "a new long password".into()),
                ("new_password_again", "a new long password".into()),
            ]),
            [L, A, A, A],
        ),
        r(
            "POST",
            "/admin/users/{id}/legal-reviewer",
            format!("/admin/users/{observer_id}/legal-reviewer"),
            Body::Form(vec![("on", "0".into())]),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/api/v1/legal/topics",
            "/api/v1/legal/topics".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/api/v1/legal/entries",
            "/api/v1/legal/entries?country=AL".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/api/v1/legal/entries/{topic}/{country}",
            "/api/v1/legal/entries/RES-01/XK".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/api/v1/legal/entries/{topic}/{country}",
            "/api/v1/legal/entries/NOPE-1/XK".into(),
            Body::None,
            [L, N, N, N],
        ),
        r(
            "PUT",
            "/api/v1/legal/entries/{topic}/{country}",
            "/api/v1/legal/entries/ASS-05/AL".into(),
            Body::Json(json!({"assessment": "aligned"})),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/api/v1/legal/entries/{topic}/{country}/history",
            "/api/v1/legal/entries/RES-01/AL/history".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "POST",
            "/api/v1/legal/entries/{topic}/{country}/proposals",
            "/api/v1/legal/entries/RES-04/AL/proposals".into(),
            Body::Json(json!({"entry": {"assessment": "aligned"}, "comment": "New law"})),
            [L, F, A, A],
        ),
        r(
            "GET",
            "/api/v1/legal/changes",
            "/api/v1/legal/changes?since=2020-01-01".into(),
            Body::None,
            [L, A, A, A],
        ),
        // Documents: public list, network documents for the signed-in, secretariat-only ones
        // for the secretariat and the owner organization; members change their own.
        r("GET", "/documents", "/documents".into(), Body::None, [P, A, A, A]),
        r(
            "GET",
            "/documents/new",
            "/documents/new".into(),
            Body::None,
            [L, F, A, A],
        ),
        r(
            "POST",
            "/documents",
            "/documents".into(),
            Body::Upload(doc_fields()),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/documents/follow",
            "/documents/follow".into(),
            Body::Form(vec![("doc_type", "sop".into()), ("on", "1".into())]),
            [L, A, A, A],
        ),
        r(
            "GET",
            "/documents/{id}",
            format!("/documents/{doc}"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/documents/{id}",
            format!("/documents/{secret_doc}"),
            Body::None,
            [N, N, N, A],
        ),
        r(
            "GET",
            "/documents/{id}",
            "/documents/999999".into(),
            Body::None,
            [N, N, N, N],
        ),
        r(
            "GET",
            "/documents/{id}/edit",
            format!("/documents/{doc}/edit"),
            Body::None,
            [L, F, A, A],
        ),
        r(
            "GET",
            "/documents/{id}/edit",
            format!("/documents/{secret_doc}/edit"),
            Body::None,
            [N, N, N, A],
        ),
        r(
            "POST",
            "/documents/{id}",
            format!("/documents/{doc}"),
            Body::Form(vec![
                ("title", "Matrix own document".into()),
                ("doc_type", "guideline".into()),
                ("visibility", "network".into()),
            ]),
            [L, F, A, A],
        ),
        r(
            "GET",
            "/documents/{id}/download",
            format!("/documents/{doc}/download"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/documents/{id}/download",
            format!("/documents/{secret_doc}/download"),
            Body::None,
            [N, N, N, A],
        ),
        r(
            "POST",
            "/documents/{id}/versions",
            format!("/documents/{doc}/versions"),
            Body::Upload(vec![("note", "matrix".into())]),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/documents/{id}/versions",
            format!("/documents/{secret_doc}/versions"),
            Body::Upload(vec![]),
            [N, N, N, A],
        ),
        r(
            "GET",
            "/documents/{id}/versions/{number}/download",
            format!("/documents/{doc}/versions/1/download"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/documents/{id}/versions/{number}/download",
            format!("/documents/{doc}/versions/99/download"),
            Body::None,
            [L, N, N, N],
        ),
        r(
            "POST",
            "/documents/{id}/versions/{number}/restore",
            format!("/documents/{doc}/versions/1/restore"),
            Body::Form(vec![]),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/documents/{id}/archive",
            format!("/documents/{doc}/archive"),
            Body::Form(vec![("archived", "0".into())]),
            [L, F, A, A],
        ),
        r("GET", "/search", "/search?q=matrix".into(), Body::None, [P, A, A, A]),
        r(
            "GET",
            "/api/v1/documents",
            "/api/v1/documents".into(),
            Body::None,
            [P, A, A, A],
        ),
        r(
            "POST",
            "/api/v1/documents",
            "/api/v1/documents".into(),
            Body::Upload(doc_fields()),
            [L, F, A, A],
        ),
        r(
            "GET",
            "/api/v1/documents/{id}",
            format!("/api/v1/documents/{doc}"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/api/v1/documents/{id}",
            format!("/api/v1/documents/{secret_doc}"),
            Body::None,
            [N, N, N, A],
        ),
        r(
            "GET",
            "/api/v1/documents/{id}/download",
            format!("/api/v1/documents/{doc}/download"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/api/v1/documents/{id}/versions",
            format!("/api/v1/documents/{doc}/versions"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "POST",
            "/api/v1/documents/{id}/versions",
            format!("/api/v1/documents/{doc}/versions"),
            Body::Upload(vec![]),
            [L, F, A, A],
        ),
        r(
            "GET",
            "/api/v1/documents/{id}/versions/{number}/download",
            format!("/api/v1/documents/{secret_doc}/versions/1/download"),
            Body::None,
            [N, N, N, A],
        ),
        r(
            "GET",
            "/api/v1/search",
            "/api/v1/search?q=matrix".into(),
            Body::None,
            [P, A, A, A],
        ),
        r(
            "GET",
            "/events/{id}/report",
            format!("/events/{ev}/report"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "POST",
            "/events/{id}/matters-arising/{item}",
            format!("/events/{ev}/matters-arising/{own_a}"),
            Body::Form(vec![("outcome", "Discussed".into())]),
            [L, F, F, N],
        ),
        r(
            "GET",
            "/events/{id}/minutes",
            format!("/events/{ev}/minutes"),
            Body::None,
            [L, N, N, A],
        ),
        r(
            "POST",
            "/events/{id}/minutes",
            format!("/events/{ev}/minutes"),
            // The first save of minutes none have been written for yet: version 0.
            Body::Form(vec![
                ("meeting_notes", "Opened at 9:30".into()),
                ("version", "0".into()),
            ]),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/events/{id}/minutes/circulate",
            format!("/events/{ev}/minutes/circulate"),
            Body::Form(vec![("deadline", "2031-12-20".into())]),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/events/{id}/minutes/comments",
            format!("/events/{ev}/minutes/comments"),
            Body::Form(vec![("comment", "Typo".into())]),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/events/{id}/minutes/approve",
            format!("/events/{ev}/minutes/approve"),
            Body::Form(vec![]),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/actions/bulk",
            "/actions/bulk".into(),
            Body::Form(vec![("ids", own_a.to_string()), ("bulk_status", "in_progress".into())]),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/events/{id}/follow-up",
            format!("/events/{ev}/follow-up"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/actions/{id}/quick/{action}/{user}/{expires}/{sig}",
            format!("/actions/{own_a}/quick/done/1/4102444800/forged"),
            Body::None,
            [N, N, N, N],
        ),
        r(
            "POST",
            "/actions/{id}/quick/{action}/{user}/{expires}/{sig}",
            format!("/actions/{own_a}/quick/done/1/4102444800/forged"),
            Body::Form(vec![]),
            [N, N, N, N],
        ),
        r(
            "GET",
            "/api/v1/action-items",
            "/api/v1/action-items".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "POST",
            "/api/v1/action-items",
            "/api/v1/action-items".into(),
            Body::Json(json!({"title": "Via API", "owner_org_id": own})),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/api/v1/action-items",
            "/api/v1/action-items".into(),
            Body::Json(json!({"title": "Via API", "owner_org_id": other})),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/api/v1/action-items/{id}",
            format!("/api/v1/action-items/{own_a}"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/api/v1/action-items/{id}",
            "/api/v1/action-items/987654".into(),
            Body::None,
            [L, N, N, N],
        ),
        r(
            "PUT",
            "/api/v1/action-items/{id}",
            format!("/api/v1/action-items/{own_a}"),
            Body::Json(json!({"title": "Renamed", "owner_org_id": own})),
            [L, F, A, A],
        ),
        r(
            "PUT",
            "/api/v1/action-items/{id}",
            format!("/api/v1/action-items/{other_a}"),
            Body::Json(json!({"title": "Renamed", "owner_org_id": other})),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/api/v1/action-items/{id}/comments",
            format!("/api/v1/action-items/{own_a}/comments"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "POST",
            "/api/v1/action-items/{id}/comments",
            format!("/api/v1/action-items/{own_a}/comments"),
            Body::Json(json!({"comment": "Progress"})),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/api/v1/action-items/{id}/comments",
            format!("/api/v1/action-items/{other_a}/comments"),
            Body::Json(json!({"comment": "Progress"})),
            [L, F, F, A],
        ),
        r("GET", "/actions", "/actions".into(), Body::None, [L, A, A, A]),
        r(
            "GET",
            "/actions/export.csv",
            "/actions/export.csv".into(),
            Body::None,
            [L, A, A, A],
        ),
        r("GET", "/actions/new", "/actions/new".into(), Body::None, [L, F, A, A]),
        r("POST", "/actions", "/actions".into(), action_form(own), [L, F, A, A]),
        r("POST", "/actions", "/actions".into(), action_form(other), [L, F, F, A]),
        r(
            "GET",
            "/actions/{id}",
            format!("/actions/{own_a}"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/actions/{id}",
            "/actions/987654".into(),
            Body::None,
            [L, N, N, N],
        ),
        r(
            "GET",
            "/actions/{id}/edit",
            format!("/actions/{own_a}/edit"),
            Body::None,
            [L, F, A, A],
        ),
        r(
            "GET",
            "/actions/{id}/edit",
            format!("/actions/{other_a}/edit"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/actions/{id}",
            format!("/actions/{own_a}"),
            action_form(own),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/actions/{id}",
            format!("/actions/{other_a}"),
            action_form(other),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/actions/{id}",
            format!("/actions/{own_a}"),
            action_form(other),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/actions/{id}/progress",
            format!("/actions/{own_a}/progress"),
            progress(),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/actions/{id}/progress",
            format!("/actions/{other_a}/progress"),
            progress(),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/events/{id}/agenda/{item}/move",
            format!("/events/{ev}/agenda/{item}/move"),
            Body::Form(vec![("direction", "down".into())]),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/events/import",
            "/events/import".into(),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/events/import",
            "/events/import".into(),
            Body::Multipart(IMPORT_SAMPLE),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/events/import/{id}",
            "/events/import/987654".into(),
            Body::None,
            [L, F, F, N],
        ),
        r(
            "POST",
            "/events/import/{id}",
            "/events/import/987654".into(),
            Body::Form(vec![("zone", "Europe/Tirane".into())]),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/events/calendar",
            "/events/calendar?year=2031&month=12".into(),
            Body::None,
            [P, P, P, P],
        ),
        r(
            "GET",
            "/api/v1/events",
            "/api/v1/events".into(),
            Body::None,
            [P, P, P, P],
        ),
        r(
            "GET",
            "/api/v1/events/{id}",
            format!("/api/v1/events/{ev}"),
            Body::None,
            [N, A, A, A],
        ),
        r(
            "GET",
            "/api/v1/events/{id}",
            format!("/api/v1/events/{draft}"),
            Body::None,
            [N, N, N, A],
        ),
        r(
            "GET",
            "/events/{id}/agenda/history",
            format!("/events/{ev}/agenda/history"),
            Body::None,
            [L, N, N, A],
        ),
        r(
            "GET",
            "/events/{id}/participants",
            format!("/events/{ev}/participants"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/events/{id}/participants.csv",
            format!("/events/{ev}/participants.csv"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "GET",
            "/events/{id}/invite",
            format!("/events/{ev}/invite?country=AL&q=x"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/events/{id}/invite",
            format!("/events/{ev}/invite"),
            Body::Form(vec![]),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/events/{id}/answer",
            format!("/events/{ev}/answer"),
            Body::Form(vec![("status", "accepted".into())]),
            [L, N, N, N],
        ),
        r(
            "POST",
            "/events/{id}/attendance",
            format!("/events/{ev}/attendance"),
            Body::Form(vec![]),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/rsvp/{participant}/{expires}/{sig}",
            "/rsvp/1/4102444800/forged".into(),
            Body::None,
            [N, N, N, N],
        ),
        r(
            "POST",
            "/rsvp/{participant}/{expires}/{sig}",
            "/rsvp/1/4102444800/forged".into(),
            Body::Form(vec![]),
            [N, N, N, N],
        ),
        r(
            "GET",
            "/rsvp/{participant}/{expires}/{sig}/quiet",
            "/rsvp/1/4102444800/forged/quiet".into(),
            Body::None,
            [N, N, N, N],
        ),
        r(
            "POST",
            "/rsvp/{participant}/{expires}/{sig}/quiet",
            "/rsvp/1/4102444800/forged/quiet".into(),
            Body::None,
            [N, N, N, N],
        ),
        r("GET", "/events", "/events".into(), Body::None, [P, P, P, P]),
        r(
            "GET",
            "/events/feed.ics",
            "/events/feed.ics".into(),
            Body::None,
            [P, P, P, P],
        ),
        r("GET", "/events/new", "/events/new".into(), Body::None, [L, F, F, A]),
        r(
            "POST",
            "/events",
            "/events".into(),
            event_form("New Event"),
            [L, F, F, A],
        ),
        r("GET", "/events/{id}", format!("/events/{ev}"), Body::None, [L, A, A, A]),
        r(
            "GET",
            "/events/{id}",
            format!("/events/{draft}"),
            Body::None,
            [N, N, N, A],
        ),
        r(
            "GET",
            "/events/{id}/edit",
            format!("/events/{ev}/edit"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/events/{id}",
            format!("/events/{ev}"),
            event_form("Renamed Event"),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/events/{id}/cancel",
            format!("/events/{ev}/cancel"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/events/{id}/cancel",
            format!("/events/{draft}/cancel"),
            Body::Form(vec![]),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/events/{id}/publish-agenda",
            format!("/events/{ev}/publish-agenda"),
            Body::Form(vec![]),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/events/{id}/duplicate",
            format!("/events/{ev}/duplicate"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/events/{id}/duplicate",
            format!("/events/{ev}/duplicate"),
            Body::Form(vec![("start_date", "2032-06-01".into())]),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/events/{id}/event.ics",
            format!("/events/{ev}/event.ics"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/events/{id}/agenda/new",
            format!("/events/{ev}/agenda/new"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/events/{id}/agenda",
            format!("/events/{ev}/agenda"),
            item_form("New Item"),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/events/{id}/agenda/{item}/edit",
            format!("/events/{ev}/agenda/{item}/edit"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/events/{id}/agenda/{item}",
            format!("/events/{ev}/agenda/{item}"),
            item_form("Edited Item"),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/events/{id}/agenda/{item}/delete",
            format!("/events/{ev}/agenda/{item}/delete"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/events/{id}/agenda/{item}/delete",
            format!("/events/{ev}/agenda/987654/delete"),
            Body::Form(vec![]),
            [L, F, F, N],
        ),
        r(
            "GET",
            "/calendar/{token}",
            "/calendar/nottherealtokenatallxxxxxx.ics".into(),
            Body::None,
            [N, N, N, N],
        ),
        r(
            "POST",
            "/settings/calendar",
            "/settings/calendar".into(),
            Body::Form(vec![]),
            [L, A, A, A],
        ),
        r(
            "GET",
            "/password-reset",
            "/password-reset".into(),
            Body::None,
            [P, P, P, P],
        ),
        r(
            "POST",
            "/password-reset",
            "/password-reset".into(),
            Body::Form(vec![("email", "nobody@example.org".into())]),
            [P, P, P, P],
        ),
        r(
            "POST",
            "/language",
            "/language".into(),
            Body::Form(vec![("lang", "en".into()), ("next", "/".into())]),
            [P, P, P, P],
        ),
        r(
            "GET",
            "/confirm-email",
            "/confirm-email?token=nope".into(),
            Body::None,
            [P, P, P, P],
        ),
        r(
            "POST",
            "/confirm-email",
            "/confirm-email".into(),
            Body::Form(vec![("token", "nope".into())]),
            [P, P, P, P],
        ),
        r(
            "GET",
            "/services/review",
            "/services/review?list=funding".into(),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "GET",
            "/services/follow",
            "/services/follow".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "POST",
            "/services/follow",
            "/services/follow".into(),
            Body::Form(vec![
                ("kind", "country".into()),
                ("target", "AL".into()),
                ("on", "1".into()),
            ]),
            [L, A, A, A],
        ),
        r(
            "GET",
            "/services/{id}/still-correct/{person}/{expires}/{sig}",
            "/services/1/still-correct/1/4102444800/forged".into(),
            Body::None,
            [N, N, N, N],
        ),
        r(
            "POST",
            "/services/{id}/still-correct/{person}/{expires}/{sig}",
            "/services/1/still-correct/1/4102444800/forged".into(),
            Body::Form(vec![]),
            [N, N, N, N],
        ),
        r(
            "GET",
            "/unsubscribe/{user}/{category}/{sig}",
            "/unsubscribe/1/events/forged".into(),
            Body::None,
            [N, N, N, N],
        ),
        r(
            "POST",
            "/unsubscribe/{user}/{category}/{sig}",
            "/unsubscribe/1/events/forged".into(),
            Body::None,
            [N, N, N, N],
        ),
        r("GET", "/healthz", "/healthz".into(), Body::None, [P, P, P, P]),
        r("GET", "/readyz", "/readyz".into(), Body::None, [P, P, P, P]),
        r(
            "GET",
            "/static/app.css",
            "/static/app.css".into(),
            Body::None,
            [P, P, P, P],
        ),
        r("GET", "/", "/".into(), Body::None, [P, P, P, P]),
        r("GET", "/login", "/login".into(), Body::None, [P, P, P, P]),
        r(
            "POST",
            "/login",
            "/login".into(),
            Body::Form(vec![
                ("email", "x@example.org".into()),
                ("password", "wrong password".into()),
            ]),
            [P, P, P, P],
        ),
        r(
            "GET",
            "/set-password",
            "/set-password?token=nope".into(),
            Body::None,
            [P, P, P, P],
        ),
        r(
            "POST",
            "/set-password",
            "/set-password".into(),
            Body::Form(vec![("token", "nope".into()), ("password", "x".into())]),
            [P, P, P, P],
        ),
        r("GET", "/directory", "/directory".into(), Body::None, [L, A, A, A]),
        r(
            "GET",
            "/directory/export.csv",
            "/directory/export.csv".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/directory/services",
            "/directory/services".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/directory/hsds.zip",
            "/directory/hsds.zip".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/directory/hsds/import",
            "/directory/hsds/import".into(),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/directory/hsds/import",
            "/directory/hsds/import".into(),
            Body::Multipart(IMPORT_SAMPLE),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/organizations/new",
            "/organizations/new".into(),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/organizations",
            "/organizations".into(),
            org_form("New Org"),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/organizations/{id}",
            format!("/organizations/{own}"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/organizations/{id}",
            "/organizations/987654".into(),
            Body::None,
            [L, N, N, N],
        ),
        r(
            "GET",
            "/organizations/{id}/edit",
            format!("/organizations/{own}/edit"),
            Body::None,
            [L, F, A, A],
        ),
        r(
            "GET",
            "/organizations/{id}/edit",
            format!("/organizations/{other}/edit"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/organizations/{id}",
            format!("/organizations/{own}"),
            org_form("Own Org"),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/organizations/{id}",
            format!("/organizations/{other}"),
            org_form("Other Org"),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/organizations/{id}/archive",
            format!("/organizations/{other}/archive"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/organizations/{id}/archive",
            format!("/organizations/{own}/archive"),
            Body::Form(vec![("archived", "0".into())]),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/organizations/{id}/people/new",
            format!("/organizations/{own}/people/new"),
            Body::None,
            [L, F, A, A],
        ),
        r(
            "GET",
            "/organizations/{id}/people/new",
            format!("/organizations/{other}/people/new"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/organizations/{id}/people",
            format!("/organizations/{own}/people"),
            person_form("Added Person"),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/organizations/{id}/people",
            format!("/organizations/{other}/people"),
            person_form("Intruder"),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/people/{id}",
            format!("/people/{own_p}"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/people/{id}/edit",
            format!("/people/{own_p}/edit"),
            Body::None,
            [L, F, A, A],
        ),
        r(
            "GET",
            "/people/{id}/edit",
            format!("/people/{other_p}/edit"),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/people/{id}",
            format!("/people/{own_p}"),
            person_form("Own Person"),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/people/{id}",
            format!("/people/{other_p}"),
            person_form("Other Person"),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/people/{id}/archive",
            format!("/people/{own_p}/archive"),
            Body::Form(vec![("archived", "0".into())]),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/people/{id}/archive",
            format!("/people/{other_p}/archive"),
            Body::Form(vec![("archived", "0".into())]),
            [L, F, F, A],
        ),
        r("GET", "/settings", "/settings".into(), Body::None, [L, A, A, A]),
        r(
            "POST",
            "/settings",
            "/settings".into(),
            Body::Form(vec![
                ("name", "Renamed".into()),
                ("language", "en".into()),
                ("time_zone", "Europe/Belgrade".into()),
            ]),
            [L, A, A, A],
        ),
        r(
            "POST",
            "/settings/tokens",
            "/settings/tokens".into(),
            Body::Form(vec![("token_name", "script".into())]),
            [L, A, A, A],
        ),
        r(
            "POST",
            "/settings/tokens/{id}/revoke",
            "/settings/tokens/987654/revoke".into(),
            Body::Form(vec![]),
            [L, N, N, N],
        ),
        r(
            "POST",
            "/settings/email",
            "/settings/email".into(),
            Body::Form(vec![
                ("new_email", "x@example.org".into()),
                ("current_password", "wrong".into()),
            ]),
            [L, A, A, A],
        ),
        r(
            "GET",
            "/settings/notifications",
            "/settings/notifications".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "POST",
            "/settings/notifications",
            "/settings/notifications".into(),
            Body::Form(vec![("pref_events", "daily".into())]),
            [L, A, A, A],
        ),
        r("GET", "/admin/mail", "/admin/mail".into(), Body::None, [L, F, F, A]),
        r(
            "POST",
            "/admin/mail/{id}/retry",
            "/admin/mail/987654/retry".into(),
            Body::Form(vec![]),
            [L, F, F, N],
        ),
        r(
            "GET",
            "/admin/mail/{id}/discard",
            "/admin/mail/987654/discard".into(),
            Body::None,
            [L, F, F, N],
        ),
        r(
            "POST",
            "/admin/mail/{id}/discard",
            "/admin/mail/987654/discard".into(),
            Body::Form(vec![]),
            [L, F, F, N],
        ),
        r("GET", "/admin", "/admin".into(), Body::None, [L, F, F, A]),
        r(
            "GET",
            "/admin/users/new",
            "/admin/users/new".into(),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/admin/users",
            "/admin/users".into(),
            Body::Form(vec![
                ("email", "invited@example.org".into()),
                ("name", "Invited".into()),
                ("role", "observer".into()),
            ]),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/admin/users/{id}/active",
            format!("/admin/users/{observer_id}/active"),
            Body::Form(vec![("active", "1".into())]),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/admin/countries",
            "/admin/countries".into(),
            Body::None,
            [L, F, F, A],
        ),
        r(
            "POST",
            "/admin/countries",
            "/admin/countries".into(),
            Body::Form(vec![("code", "IT".into()), ("name", "Italy".into())]),
            [L, F, F, A],
        ),
        r("POST", "/logout", "/logout".into(), Body::Form(vec![]), [P, P, P, P]),
        r(
            "GET",
            "/api/v1/openapi.json",
            "/api/v1/openapi.json".into(),
            Body::None,
            [P, P, P, P],
        ),
        r(
            "GET",
            "/api/v1/organizations",
            "/api/v1/organizations".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/api/v1/hsds/services",
            "/api/v1/hsds/services".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/api/v1/hsds/datapackage.zip",
            "/api/v1/hsds/datapackage.zip".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "POST",
            "/api/v1/hsds/import",
            "/api/v1/hsds/import".into(),
            Body::Json(json!([])),
            [L, F, F, A],
        ),
        r(
            "POST",
            "/api/v1/organizations",
            "/api/v1/organizations".into(),
            org_json("Api Org"),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/api/v1/organizations/{id}",
            format!("/api/v1/organizations/{own}"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "GET",
            "/api/v1/organizations/{id}",
            "/api/v1/organizations/987654".into(),
            Body::None,
            [L, N, N, N],
        ),
        r(
            "PUT",
            "/api/v1/organizations/{id}",
            format!("/api/v1/organizations/{own}"),
            org_json("Own Org"),
            [L, F, A, A],
        ),
        r(
            "PUT",
            "/api/v1/organizations/{id}",
            format!("/api/v1/organizations/{other}"),
            org_json("Other Org"),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/api/v1/people",
            "/api/v1/people".into(),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "POST",
            "/api/v1/people",
            "/api/v1/people".into(),
            Body::Json(json!({"organization_id": own, "name": "Api Person", "network_role": "contact"})),
            [L, F, A, A],
        ),
        r(
            "POST",
            "/api/v1/people",
            "/api/v1/people".into(),
            Body::Json(json!({"organization_id": other, "name": "Api Intruder", "network_role": "contact"})),
            [L, F, F, A],
        ),
        r(
            "GET",
            "/api/v1/people/{id}",
            format!("/api/v1/people/{own_p}"),
            Body::None,
            [L, A, A, A],
        ),
        r(
            "PUT",
            "/api/v1/people/{id}",
            format!("/api/v1/people/{own_p}"),
            Body::Json(json!({"name": "Own Person", "network_role": "contact"})),
            [L, F, A, A],
        ),
        r(
            "PUT",
            "/api/v1/people/{id}",
            format!("/api/v1/people/{other_p}"),
            Body::Json(json!({"name": "Other Person", "network_role": "contact"})),
            [L, F, F, A],
        ),
        r(
            "PUT",
            "/api/v1/people/{id}",
            format!("/api/v1/people/{own_p}"),
            Body::Json(json!({"organization_id": other, "name": "Moved", "network_role": "contact"})),
            [L, F, F, A],
        ),
    ]
    .into_iter()
    .chain(service_rows(own, other, e.sv))
    .collect()
}

async fn person(app: &TestApp, org: i32, name: &str) -> i32 {
    let f = PersonFields {
        organization_id: Some(org),
        name: name.into(),
        network_role: "contact".into(),
        ..Default::default()
    };
    dir::create_person(&app.db, f.parse(&app.db).await.unwrap())
        .await
        .unwrap()
        .id
}

async fn events(app: &TestApp, own_org: i32, other_org: i32) -> Ev {
    use roundtable::services::events as ev;
    let fields = |status: &str| ev::EventFields {
        title: format!("Matrix event ({status})"),
        kind: "roundtable".into(),
        time_zone: "Europe/Tirane".into(),
        start_date: "2031-12-12".into(),
        start_time: "09:00".into(),
        end_date: "2031-12-13".into(),
        end_time: "17:00".into(),
        venue_name: "Hotel Demo".into(),
        visibility: "network".into(),
        status: status.into(),
        ..Default::default()
    };
    let published = ev::create(&app.db, fields("published").parse(&app.db).await.unwrap(), None, "test")
        .await
        .unwrap();
    let draft = ev::create(&app.db, fields("draft").parse(&app.db).await.unwrap(), None, "test")
        .await
        .unwrap();
    let item_fields = ev::ItemFields {
        day: "2031-12-12".into(),
        start_time: "09:30".into(),
        end_time: "10:30".into(),
        title: "Opening".into(),
        kind: "plenary".into(),
        ..Default::default()
    };
    let item = ev::save_item(&app.db, published.id, None, item_fields.parse(&published).unwrap())
        .await
        .unwrap();
    let action = |org: i32| {
        let f = roundtable::services::actions::ItemFields {
            title: format!("Matrix action of {org}"),
            owner_org_id: Some(org),
            due_on: "2031-12-31".into(),
            ..Default::default()
        };
        async move {
            let input = f.parse(&app.db).await.unwrap();
            roundtable::services::actions::create(&app.db, input, None, None)
                .await
                .unwrap()
                .id
        }
    };
    let own_action = action(own_org).await;
    let other_action = action(other_org).await;
    let sec = entity::user::Entity::find()
        .filter(entity::user::Column::Role.eq("secretariat"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let own_doc = app.doc(sec, "Matrix own document", "network", Some(own_org)).await;
    let secret_doc = app
        .doc(sec, "Matrix secret document", "secretariat", Some(other_org))
        .await;
    let pathway = roundtable::services::pathways::PathwayFields {
        from_country: "RS".into(),
        to_country: "ME".into(),
        service_kind: "shelter".into(),
        status: "draft".into(),
        ..Default::default()
    };
    let pathway = roundtable::services::pathways::create(&app.db, pathway.parse(&app.db).await.unwrap())
        .await
        .unwrap()
        .id;
    Ev {
        pathway,
        id: published.id,
        item: item.id,
        draft: draft.id,
        own_action,
        other_action,
        own_doc,
        secret_doc,
        sv: services(app, own_org, other_org, sec).await,
    }
}

/// A service of `org` with one contact point and one capacity figure.
async fn service(app: &TestApp, org: i32, user: i32) -> (i32, i32, i32) {
    use roundtable::services::support as sp;
    let f = sp::SupportServiceFields {
        kind: "shelter".into(),
        name: "Matrix service".into(),
        modes: vec!["on_site".into()],
        countries: vec!["AL".into()],
        identification: "presumed".into(),
        referral: "referral".into(),
        status: "active".into(),
        ..Default::default()
    };
    let s = sp::create(&app.db, org, f.parse(&app.db).await.unwrap()).await.unwrap();
    let c = sp::ContactFields {
        role: "Intake desk".into(),
        phone: "+000 1 555".into(),
        ..Default::default()
    };
    let c = sp::create_contact(&app.db, s.id, c.parse().unwrap()).await.unwrap();
    let cap = sp::CapacityFields {
        unit: "beds".into(),
        maximum: "4".into(),
        band: "limited".into(),
        as_of: "2026-12-01".into(),
        expires_on: "2031-12-01".into(),
        ..Default::default()
    };
    let cap = sp::create_capacity(&app.db, None, s.id, cap.parse().unwrap(), user)
        .await
        .unwrap();
    (s.id, c.id, cap.id)
}

async fn services(app: &TestApp, own_org: i32, other_org: i32, user: i32) -> Sv {
    let (own, own_contact, own_figure) = service(app, own_org, user).await;
    let (other, other_contact, other_figure) = service(app, other_org, user).await;
    Sv {
        own,
        other,
        own_contact,
        other_contact,
        own_figure,
        other_figure,
    }
}

#[test]
fn matrix_covers_every_route() {
    let table: BTreeSet<(String, String)> = roundtable::routes::all()
        .into_iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    let covered: BTreeSet<(String, String)> = rows(
        1,
        2,
        3,
        4,
        5,
        Ev {
            id: 6,
            item: 7,
            draft: 8,
            own_action: 9,
            other_action: 10,
            own_doc: 11,
            secret_doc: 12,
            sv: Sv {
                own: 13,
                other: 14,
                own_contact: 15,
                other_contact: 16,
                own_figure: 17,
                other_figure: 18,
            },
            pathway: 13,
        },
    )
    .into_iter()
    .map(|r| (r.method.to_string(), r.pattern.to_string()))
    .collect();
    let missing: Vec<_> = table.difference(&covered).collect();
    let unknown: Vec<_> = covered.difference(&table).collect();
    assert!(missing.is_empty(), "routes without a row in the matrix: {missing:?}");
    assert!(unknown.is_empty(), "rows for routes that do not exist: {unknown:?}");
}

#[tokio::test]
async fn every_route_answers_every_role_as_the_policy_says() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let own_p = person(&app, c.own_org, "Own Person").await;
    let other_p = person(&app, c.other_org, "Other Person").await;
    let e = events(&app, c.own_org, c.other_org).await;
    let roles: [(&str, Option<(&str, i32)>); 4] = [
        ("anonymous", None),
        ("observer", Some(("observer@example.org", c.observer))),
        ("member", Some(("member@example.org", c.member))),
        ("secretariat", Some(("sec@example.org", c.secretariat))),
    ];
    let mut failures = vec![];
    for (i, (role, who)) in roles.iter().enumerate() {
        for row in rows(c.own_org, c.other_org, own_p, other_p, c.observer, e) {
            // A fresh sign-in per request: some rows (logout) end the session.
            let (client, token) = match who {
                Some((email, id)) => (app.login(email).await, Some(app.token_for(*id).await)),
                None => (crate::helpers::client(), None),
            };
            let url = app.url(&row.path);
            let mut req = match row.method {
                "GET" => client.get(&url),
                "POST" => client.post(&url),
                "PUT" => client.put(&url),
                m => panic!("method {m}"),
            };
            let is_api = row.path.starts_with("/api/");
            if let (true, Some(t)) = (is_api, &token) {
                req = req.bearer_auth(t);
                // A PUT names the version it is based on, as a client that just read it would.
                if row.method == "PUT"
                    && let Ok(got) = client.get(&url).bearer_auth(t).send().await
                    && let Some(etag) = got.headers().get("etag")
                {
                    req = req.header("If-Match", etag.clone());
                }
            }
            req = match &row.body {
                Body::None => req,
                Body::Json(v) => req.json(v),
                Body::Multipart(ics) => {
                    let csrf = app.csrf(&client).await;
                    let form = reqwest::multipart::Form::new().text("_csrf", csrf).part(
                        "file",
                        reqwest::multipart::Part::bytes(ics.as_bytes().to_vec()).file_name("invite.ics"),
                    );
                    req.multipart(form)
                }
                Body::Upload(fields) => {
                    let csrf = app.csrf(&client).await;
                    let mut form = reqwest::multipart::Form::new().text("_csrf", csrf);
                    for (k, v) in fields {
                        form = form.text(*k, v.clone());
                    }
                    req.multipart(form.part(
                        "file",
                        reqwest::multipart::Part::bytes(b"matrix text\n".to_vec()).file_name("matrix.txt"),
                    ))
                }
                Body::Form(fields) => {
                    let csrf = app.csrf(&client).await;
                    let mut all: Vec<(&str, String)> = vec![("_csrf", csrf)];
                    all.extend(fields.iter().cloned());
                    // Saving an edit form names the version the form was opened at.
                    if !all.iter().any(|(k, _)| *k == "version")
                        && let Ok(page) = client.get(format!("{url}/edit")).send().await
                        && page.status() == 200
                        && let Some(v) = crate::helpers::hidden_from(&page.text().await.unwrap_or_default(), "version")
                    {
                        all.push(("version", v));
                    }
                    req.form(&all)
                }
            };
            let res = req.send().await.unwrap();
            let status = res.status().as_u16();
            let location = res
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string();
            let want = row.want[i];
            let ok = match want {
                // A wrong password on the sign-in form itself is a 401 page, not a redirect.
                P => {
                    (status != 401 || row.pattern == "/login")
                        && status != 403
                        && !location.starts_with("/login")
                        && status < 500
                }
                A => matches!(status, 200 | 201 | 303 | 422) && !location.starts_with("/login"),
                L => (is_api && status == 401) || (!is_api && status == 303 && location.starts_with("/login")),
                F => status == 403,
                N => status == 404,
            };
            if !ok {
                failures.push(format!(
                    "{role:<12} {} {} -> {status} {location} (wanted {want:?})",
                    row.method, row.path
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "authorization matrix mismatches:\n{}",
        failures.join("\n")
    );
}

#[tokio::test]
async fn member_cannot_change_another_orgs_record_by_guessing_ids() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let client = app.login("member@example.org").await;
    let res = app
        .post_form(
            &client,
            &format!("/organizations/{}", c.other_org),
            &[
                ("name", "Hijacked"),
                ("country", "RS"),
                ("kind", "cso"),
                ("membership_status", "member"),
            ],
        )
        .await;
    assert_eq!(res.status(), 403);
    let token = app.token_for(c.member).await;
    let res = reqwest::Client::new()
        .put(app.url(&format!("/api/v1/organizations/{}", c.other_org)))
        .bearer_auth(&token)
        .json(&json!({"name": "Hijacked", "country": "RS", "kind": "cso", "membership_status": "member"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(
        res.json::<serde_json::Value>().await.unwrap()["error"]["code"],
        "forbidden"
    );
    let other = dir::get_organization(&app.db, c.other_org).await.unwrap();
    assert_eq!(other.name, "Other Org", "nothing changed");
    let _ = Role::Member;
}

#[tokio::test]
async fn api_writes_need_a_bearer_token_not_a_session_cookie() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let client = app.login("sec@example.org").await;
    let res = client
        .post(app.url("/api/v1/organizations"))
        .json(&json!({"name": "Via Cookie", "country": "AL", "kind": "cso", "membership_status": "member"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let read = client
        .get(app.url(&format!("/api/v1/organizations/{}", c.own_org)))
        .send()
        .await
        .unwrap();
    assert_eq!(read.status(), 200, "reads work with the browser session");
}
