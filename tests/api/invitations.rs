//! A member's own invitations: accounts belong to directory people, invitations reach the
//! account through that link (or once through the address), and the answer is given, seen and
//! changed on the event page until the event starts.

use roundtable::services::directory as dir;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

use crate::events::create;
use crate::helpers::{TestApp, cast, hidden_from};

async fn person_of(app: &TestApp, user_id: i32) -> Option<i32> {
    entity::user::Entity::find_by_id(user_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .person_id
}

#[tokio::test]
async fn an_invited_member_answers_on_the_event_page_sees_the_answer_and_changes_it_until_the_start() {
    let (app, c) = cast_app().await;
    // The focal point's directory address is not the one the member signs in with.
    let arta = app
        .person(c.own_org, "Arta Focal", "arta.focal@example.org", "focal_point")
        .await;
    let sec = app.login("sec@example.org").await;
    let (status, form) = app.page(&sec, &format!("/admin/users/{}/person", c.member)).await;
    assert_eq!(status, 200);
    assert!(form.contains("Arta Focal"));
    let res = app
        .post_form(
            &sec,
            &format!("/admin/users/{}/person", c.member),
            &[("person", &arta.to_string()), ("based_on", "")],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(person_of(&app, c.member).await, Some(arta));
    let (_, admin) = app.page(&sec, "/admin").await;
    assert!(admin.contains("Directory person: Arta Focal"));

    let id = create(&app, &sec, "Invited-only roundtable", "invited", "published").await;
    let org = c.own_org.to_string();
    let res = app
        .post_form(&sec, &format!("/events/{id}/invite"), &[("organizations", &org)])
        .await;
    assert_eq!(res.status(), 303);

    let member = app.login("member@example.org").await;
    let (_, dashboard) = app.page(&member, "/").await;
    assert!(
        dashboard.contains(&format!("/events/{id}#your-answer")),
        "the dashboard links the invitation"
    );
    let (status, page) = app.page(&member, &format!("/events/{id}")).await;
    assert_eq!(status, 200, "an invited-only event is open to the invited member");
    assert!(page.contains("You are invited"));
    assert!(page.contains(&format!("action=\"/events/{id}/answer\"")));
    assert!(page.contains("name=\"status\" value=\"accepted\""));
    let minutes_link = format!("href=\"/events/{id}/minutes\"");
    assert!(
        !page.contains(&minutes_link),
        "no minutes link before the minutes are circulated"
    );
    assert!(app.page(&sec, &format!("/events/{id}")).await.1.contains(&minutes_link));

    let answer = |fields: Vec<(&'static str, String)>| {
        let (app, member) = (&app, &member);
        async move {
            let page = app.page(member, &format!("/events/{id}")).await.1;
            let mut f = vec![("_csrf", crate::helpers::csrf_from(&page))];
            f.extend(fields);
            member
                .post(app.url(&format!("/events/{id}/answer")))
                .form(&f)
                .send()
                .await
                .unwrap()
        }
    };
    let res = answer(vec![("status", "accepted".into()), ("dietary", "vegan".into())]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], format!("/events/{id}#your-answer").as_str());
    let (_, page) = app.page(&member, &format!("/events/{id}")).await;
    assert!(page.contains("Your answer: Coming"), "the answer is shown afterwards");
    assert!(page.contains("Change my answer"));
    assert!(page.contains("value=\"vegan\""));
    let (_, dashboard) = app.page(&member, "/").await;
    assert!(
        !dashboard.contains(&format!("/events/{id}#your-answer")),
        "answered: no longer pending"
    );

    // A refused answer comes back with 422, the message and what was typed.
    let res = answer(vec![("status", "".into()), ("dietary", "no nuts, please".into())]).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("Choose one of the options."));
    assert!(page.contains("value=\"no nuts, please\""));
    let stored = roundtable::services::participants::list(&app.db, id).await.unwrap();
    assert_eq!(stored[0].status, "accepted", "a refused answer changes nothing");
    assert_eq!(stored[0].dietary.as_deref(), Some("vegan"));

    let res = answer(vec![("status", "declined".into())]).await;
    assert_eq!(res.status(), 303);
    assert!(
        app.page(&member, &format!("/events/{id}"))
            .await
            .1
            .contains("Your answer: Not coming")
    );

    // Someone who is not invited has nothing to answer.
    let observer = app.login("observer@example.org").await;
    let res = observer
        .post(app.url(&format!("/events/{id}/answer")))
        .form(&[("_csrf", app.csrf(&observer).await), ("status", "accepted".into())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);

    // Once the event has started the answer stands.
    let e = roundtable::services::events::get(&app.db, id).await.unwrap();
    let mut am: entity::event::ActiveModel = e.into();
    am.starts_at = Set(roundtable::db::now() - chrono::Duration::hours(1));
    am.update(&app.db).await.unwrap();
    let (_, page) = app.page(&member, &format!("/events/{id}")).await;
    assert!(page.contains("Answers can no longer be changed"));
    assert!(!page.contains(&format!("action=\"/events/{id}/answer\"")));
    let res = answer(vec![("status", "accepted".into())]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("This event has started"));
    let stored = roundtable::services::participants::list(&app.db, id).await.unwrap();
    assert_eq!(stored[0].status, "declined");
}

async fn cast_app() -> (TestApp, crate::helpers::Cast) {
    let app = crate::helpers::spawn_app().await;
    let c = cast(&app).await;
    (app, c)
}

#[tokio::test]
async fn an_invitation_links_an_account_to_the_person_with_its_address_once() {
    let (app, c) = cast_app().await;
    // The person is added after the account, so nothing links them yet.
    let p = app
        .person(c.own_org, "Member Person", "member@example.org", "focal_point")
        .await;
    assert_eq!(person_of(&app, c.member).await, None);
    let sec = app.login("sec@example.org").await;
    let first = create(&app, &sec, "First meeting", "invited", "published").await;
    app.post_form(&sec, &format!("/events/{first}/invite"), &[("people", &p.to_string())])
        .await;
    assert_eq!(
        person_of(&app, c.member).await,
        Some(p),
        "matched by address and recorded"
    );
    // The directory address changes; the link stays, and the next invitation still reaches
    // the account.
    let person = dir::get_person(&app.db, p).await.unwrap();
    let mut am: entity::person::ActiveModel = person.into();
    am.email = Set(Some("new.address@example.org".into()));
    am.update(&app.db).await.unwrap();
    let second = create(&app, &sec, "Second meeting", "invited", "published").await;
    app.post_form(&sec, &format!("/events/{second}/invite"), &[("people", &p.to_string())])
        .await;
    let parts = roundtable::services::participants::list(&app.db, second).await.unwrap();
    assert_eq!(parts.len(), 1);
    assert_eq!(parts[0].user_id, Some(c.member));
    let member = app.login("member@example.org").await;
    let (status, page) = app.page(&member, &format!("/events/{second}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("You are invited"));
}

#[tokio::test]
async fn a_person_belongs_to_one_account_and_a_link_changed_meanwhile_is_not_overwritten() {
    let (app, c) = cast_app().await;
    let p = app
        .person(c.own_org, "Shared Person", "shared@example.org", "contact")
        .await;
    let other = app
        .user(
            "other.member@example.org",
            roundtable::auth::Role::Member,
            Some(c.own_org),
        )
        .await;
    let sec = app.login("sec@example.org").await;
    let link = |user: i32, person: String, based_on: String| {
        let (app, sec) = (&app, &sec);
        async move {
            app.post_form(
                sec,
                &format!("/admin/users/{user}/person"),
                &[("person", &person), ("based_on", &based_on)],
            )
            .await
        }
    };
    // Two secretariat pages loaded before either saved.
    let (_, page) = app.page(&sec, &format!("/admin/users/{}/person", c.member)).await;
    let based_on = hidden_from(&page, "based_on").unwrap();
    assert_eq!(link(c.member, p.to_string(), based_on.clone()).await.status(), 303);
    let res = link(c.member, String::new(), based_on).await;
    assert_eq!(res.status(), 422, "the stale page does not undo the link");
    let page = res.text().await.unwrap();
    assert!(page.contains("Someone changed this account"));
    assert_eq!(person_of(&app, c.member).await, Some(p));

    let res = link(other, p.to_string(), String::new()).await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("already belongs to the account member@example.org")
    );
    assert_eq!(person_of(&app, other).await, None);
    // The page shows that person as taken for the other account.
    let (_, page) = app.page(&sec, &format!("/admin/users/{other}/person")).await;
    assert!(page.contains("disabled>Shared Person"));

    assert_eq!(link(c.member, String::new(), p.to_string()).await.status(), 303);
    assert_eq!(person_of(&app, c.member).await, None, "unlinked");
    assert_eq!(link(c.member, "banana".into(), String::new()).await.status(), 422);
}

#[tokio::test]
async fn my_items_are_the_persons_own_and_their_organizations_when_they_are_its_focal_point() {
    let (app, c) = cast_app().await;
    let p = app
        .person(c.own_org, "Member Person", "member@example.org", "focal_point")
        .await;
    roundtable::services::accounts::link_person(&app.db, c.member, Some(p), None)
        .await
        .unwrap();
    let other_person = app
        .person(c.other_org, "Someone Else", "else@example.org", "contact")
        .await;
    let now = roundtable::db::now();
    for (title, org, owner) in [
        ("Owned by me elsewhere", c.other_org, Some(p)),
        ("Shared by the whole org", c.own_org, None),
        ("Not mine at all", c.other_org, Some(other_person)),
    ] {
        entity::action_item::ActiveModel {
            title: Set(title.into()),
            owner_org_id: Set(org),
            owner_person_id: Set(owner),
            priority: Set("normal".into()),
            status: Set("open".into()),
            percent: Set(0),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    let member = app.login("member@example.org").await;
    let (_, mine) = app.page(&member, "/actions?view=mine").await;
    assert!(mine.contains("Owned by me elsewhere"));
    assert!(mine.contains("Shared by the whole org"));
    assert!(!mine.contains("Not mine at all"));
    // No longer the focal point: the organization's items are no longer theirs.
    let person = dir::get_person(&app.db, p).await.unwrap();
    let mut am: entity::person::ActiveModel = person.into();
    am.network_role = Set("contact".into());
    am.update(&app.db).await.unwrap();
    let (_, mine) = app.page(&member, "/actions?view=mine").await;
    assert!(mine.contains("Owned by me elsewhere"));
    assert!(!mine.contains("Shared by the whole org"));
}

#[tokio::test]
async fn the_invite_picker_lists_everyone_filters_pages_and_invites_what_is_ticked() {
    let (app, c) = cast_app().await;
    for i in 1..=30 {
        app.person(
            c.other_org,
            &format!("Person {i:02}"),
            &format!("p{i}@example.org"),
            "contact",
        )
        .await;
    }
    app.person(c.other_org, "Without Address", "", "contact").await;
    // Added last, sorted last: the old picker (first 25 people) could never invite her.
    let zana = app.person(c.own_org, "Zana Late", "zana@example.org", "contact").await;
    let sec = app.login("sec@example.org").await;
    let id = create(&app, &sec, "Picker meeting", "network", "published").await;
    let (_, participants) = app.page(&sec, &format!("/events/{id}/participants")).await;
    assert!(participants.contains(&format!("href=\"/events/{id}/invite\"")));

    let picker = |query: &str| {
        let path = format!("/events/{id}/invite{query}");
        let (sec, app) = (&sec, &app);
        async move { app.page(sec, &path).await }
    };
    let (status, all) = picker("").await;
    assert_eq!(status, 200);
    assert!(all.contains("Person 01") && all.contains("Page 1 of 2"));
    assert!(!all.contains("Zana Late"), "the second page has the rest");
    let (_, second) = picker("?page=2").await;
    assert!(second.contains("Zana Late") && second.contains("Person 30"));
    let (_, albania) = picker("?country=AL&organization=&q=").await;
    assert!(albania.contains("Zana Late") && !albania.contains("Person 01"));
    assert!(albania.contains(&format!("name=\"organizations\" value=\"{}\"", c.own_org)));
    assert!(!albania.contains(&format!("name=\"organizations\" value=\"{}\"", c.other_org)));
    let (_, by_name) = picker("?q=zana").await;
    assert!(by_name.contains("Zana Late") && !by_name.contains("Person 01"));
    let (_, by_org) = picker(&format!("?organization={}", c.other_org)).await;
    assert!(by_org.contains("Person 01") && !by_org.contains("Zana Late"));
    let (_, no_address) = picker(&format!("?organization={}&q=without", c.other_org)).await;
    assert!(no_address.contains("Without Address") && no_address.contains("no email address"));

    let res = app
        .post_form(&sec, &format!("/events/{id}/invite"), &[("people", &zana.to_string())])
        .await;
    assert_eq!(res.status(), 303);
    let parts = roundtable::services::participants::list(&app.db, id).await.unwrap();
    assert_eq!(parts.len(), 1);
    assert_eq!(parts[0].person_id, Some(zana));
    let (_, after) = picker("?q=zana").await;
    assert!(after.contains(&format!("value=\"{zana}\" disabled")) && after.contains("already invited"));

    let member = app.login("member@example.org").await;
    assert_eq!(app.page(&member, &format!("/events/{id}/invite")).await.0, 403);
}

/// A published event `title` with two invitees: a guest without an account and the member
/// (through the directory person with the member's address). Returns the secretariat's client
/// and the event.
async fn invite_guest_and_member(
    app: &TestApp,
    c: &crate::helpers::Cast,
    title: &str,
    visibility: &str,
) -> (reqwest::Client, i32) {
    let guest = app
        .person(c.other_org, "Guest Outsider", "guest@example.org", "contact")
        .await;
    let member = app
        .person(c.own_org, "Member Person", "member@example.org", "focal_point")
        .await;
    let sec = app.login("sec@example.org").await;
    let id = create(app, &sec, title, visibility, "published").await;
    let people = [("people", guest.to_string()), ("people", member.to_string())];
    let people: Vec<(&str, &str)> = people.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = app.post_form(&sec, &format!("/events/{id}/invite"), &people).await;
    assert_eq!(res.status(), 303);
    (sec, id)
}

#[tokio::test]
async fn an_invitee_without_an_account_gets_mail_whose_links_all_work_and_can_stop_agenda_notices() {
    let (app, c) = cast_app().await;
    let (sec, id) = invite_guest_and_member(&app, &c, "Closed working group", "invited").await;
    let sink = crate::smtp::Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = sink.received();
    let to_guest = got
        .iter()
        .find(|m| m.to[0] == "guest@example.org")
        .expect("the guest's invitation");
    let msg = to_guest.parsed();
    let text = msg.body_text(0).unwrap().to_string();
    let html = msg.body_html(0).unwrap().to_string();
    for body in [&text, &html] {
        assert!(
            !body.contains("you have an account"),
            "nobody without an account is told they have one"
        );
        assert!(body.contains("You do not need an account"));
    }
    // Every link in the mail opens for someone who is not signed in (the event is invited-only).
    let links: Vec<String> = text
        .split_whitespace()
        .filter(|w| w.starts_with("http"))
        .map(|w| w.trim_end_matches(['.', ',', ')']).to_string())
        .collect();
    assert!(
        links.len() >= 3,
        "details, answer and the agenda-notice link: {links:?}"
    );
    for link in &links {
        let res = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
            .get(link)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{link}");
    }
    let details = links
        .iter()
        .find(|l| l.contains("/rsvp/") && !l.ends_with("/quiet"))
        .unwrap();
    let page = reqwest::get(details.as_str()).await.unwrap().text().await.unwrap();
    assert!(page.contains("Closed working group") && page.contains("Hotel Demo"));
    // The agenda-notice link is the mail's List-Unsubscribe, and one click (RFC 8058: no
    // session, no form token) stops them.
    let quiet = links.iter().find(|l| l.ends_with("/quiet")).unwrap();
    let lu = msg
        .header_raw("List-Unsubscribe")
        .expect("List-Unsubscribe")
        .trim()
        .to_string();
    assert_eq!(lu.trim_start_matches('<').trim_end_matches('>'), quiet);
    let res = reqwest::Client::new()
        .post(quiet.as_str())
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("You will get no more agenda notices for this event.")
    );
    // Publishing the agenda tells the member, not the guest who stopped the notices.
    app.post_form(
        &sec,
        &format!("/events/{id}/agenda"),
        &[
            ("day", "2031-12-12"),
            ("start_time", "09:30"),
            ("end_time", "10:00"),
            ("title", "Welcome"),
            ("kind", "plenary"),
        ],
    )
    .await;
    assert_eq!(
        app.post_form(&sec, &format!("/events/{id}/publish-agenda"), &[])
            .await
            .status(),
        303
    );
    let sink = crate::smtp::Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = sink.received();
    assert!(
        got.iter().any(|m| m.to[0] == "member@example.org"),
        "the member is told"
    );
    assert!(
        !got.iter().any(|m| m.to[0] == "guest@example.org"),
        "the guest asked for quiet"
    );
    // The signed page now shows the published agenda.
    let page = reqwest::get(details.as_str()).await.unwrap().text().await.unwrap();
    assert!(page.contains("Welcome"));
    // A forged or altered link opens nothing.
    let forged = quiet.replace("/quiet", "x/quiet");
    assert_eq!(reqwest::get(forged.as_str()).await.unwrap().status(), 404);
}

/// The MIME tree of a message on one line: each part's `type/subtype`, a calendar part's
/// `method`, an attachment's file name, and a multipart's parts in brackets.
fn layout(msg: &mail_parser::Message<'_>, id: u32) -> String {
    use mail_parser::MimeHeaders;
    let part = msg.part(id).expect("the part exists");
    let ct = part.content_type().expect("every part names its type");
    let mut out = format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or_default());
    if let Some(method) = ct.attribute("method") {
        out.push_str(&format!(";method={method}"));
    }
    if let Some(d) = part.content_disposition().filter(|d| d.is_attachment()) {
        out.push_str(&format!(" attachment {}", d.attribute("filename").unwrap_or_default()));
    }
    if let Some(parts) = part.sub_parts() {
        let inner: Vec<String> = parts.iter().map(|p| layout(msg, *p)).collect();
        out.push_str(&format!("[{}]", inner.join(", ")));
    }
    out
}

/// What a calendar app reads in one invitation, cancellation or update: the method of the
/// part, its METHOD line and SEQUENCE, the organizer, the attendee's RSVP and the description.
struct Invite {
    layout: String,
    reply_to: String,
    charset: String,
    method_line: String,
    sequence: String,
    organizer: (String, String),
    rsvp: String,
    description: String,
    text: String,
}

fn read_invite(m: &crate::smtp::Received) -> Invite {
    use mail_parser::MimeHeaders;
    let msg = m.parsed();
    let calendar_parts: Vec<_> = msg
        .parts
        .iter()
        .filter(|p| {
            p.content_type()
                .is_some_and(|c| matches!(c.subtype(), Some("calendar") | Some("ics")))
        })
        .collect();
    assert_eq!(
        calendar_parts.len(),
        2,
        "the calendar is an alternative and an attachment"
    );
    let inline = calendar_parts[0].text_contents().expect("text").to_string();
    let attached = String::from_utf8(calendar_parts[1].contents().to_vec()).unwrap();
    assert_eq!(inline, attached, "the same calendar in both places");
    let charset = calendar_parts[0]
        .content_type()
        .and_then(|c| c.attribute("charset"))
        .unwrap_or_default()
        .to_string();
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(inline.as_bytes()));
    let cal = parser.next().expect("a calendar").expect("it parses");
    let method_line = cal
        .properties
        .iter()
        .find(|p| p.name == "METHOD")
        .and_then(|p| p.value.clone())
        .unwrap_or_default();
    assert_eq!(cal.events.len(), 1);
    let ev = &cal.events[0];
    let prop = |name: &str| ev.properties.iter().find(|p| p.name == name).expect(name);
    let param = |p: &ical::property::Property, name: &str| {
        p.params
            .as_ref()
            .and_then(|ps| ps.iter().find(|(k, _)| k == name))
            .map(|(_, v)| v[0].trim_matches('"').to_string())
            .unwrap_or_default()
    };
    let organizer = prop("ORGANIZER");
    let attendees: Vec<_> = ev.properties.iter().filter(|p| p.name == "ATTENDEE").collect();
    assert_eq!(attendees.len(), 1, "the invitee alone");
    assert_eq!(
        attendees[0].value.as_deref(),
        Some(format!("mailto:{}", m.to[0]).as_str())
    );
    Invite {
        layout: layout(&msg, 0),
        reply_to: msg
            .reply_to()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
            .unwrap_or_default()
            .to_string(),
        charset,
        method_line,
        sequence: prop("SEQUENCE").value.clone().unwrap_or_default(),
        organizer: (param(organizer, "CN"), organizer.value.clone().unwrap_or_default()),
        rsvp: param(attendees[0], "RSVP"),
        description: roundtable::calendar::ics::unescape_text(prop("DESCRIPTION").value.as_deref().unwrap_or_default()),
        text: msg.body_text(0).unwrap().to_string(),
    }
}

/// The signed answer link in a mail's text.
fn rsvp_link(text: &str) -> String {
    text.split_whitespace()
        .find(|w| w.contains("/rsvp/") && !w.ends_with("/quiet"))
        .expect("an answer link")
        .to_string()
}

/// Invitations do not ask calendar apps for replies that nobody would read: every variant
/// (invitation, update after an edit, cancellation) is a meeting request where clients look
/// for one, names the secretariat as organizer and as Reply-To, says RSVP=FALSE, and carries
/// the signed answer link in its description, which the feeds never do.
#[tokio::test]
async fn every_invitation_variant_is_a_meeting_request_from_the_secretariat_with_the_answer_link_inside() {
    let app = crate::helpers::spawn_app_with(|s| {
        s.secretariat_email = "Network Secretariat <secretariat@example.org>".into();
    })
    .await;
    let c = cast(&app).await;
    let (sec, id) = invite_guest_and_member(&app, &c, "Calendar meeting", "public").await;

    let received = |sink: &crate::smtp::Sink| {
        let mut got = sink.received();
        got.sort_by(|a, b| a.to[0].cmp(&b.to[0]));
        got
    };
    let check = |m: &crate::smtp::Received, method: &str, sequence: &str| {
        let i = read_invite(m);
        let to = &m.to[0];
        assert_eq!(
            i.layout,
            format!(
                "multipart/mixed[multipart/alternative[text/plain, text/html, text/calendar;method={method}], \
                 application/ics attachment invite.ics]"
            ),
            "{to}"
        );
        assert_eq!(i.charset, "utf-8");
        assert_eq!(
            i.method_line, method,
            "{to}: the METHOD line says what the part's method says"
        );
        assert_eq!(i.sequence, sequence, "{to}");
        assert_eq!(
            i.organizer,
            (
                "Network Secretariat".to_string(),
                "mailto:secretariat@example.org".to_string()
            ),
            "{to}"
        );
        assert_eq!(
            i.reply_to, "secretariat@example.org",
            "{to}: a reply by mail reaches people"
        );
        assert_eq!(i.rsvp, "FALSE", "{to}: no reply is asked for");
        assert_eq!(
            m.parsed().from().unwrap().first().unwrap().address(),
            Some("roundtable@localhost")
        );
        i
    };

    // The invitation: the description's answer link is the mail's own, and it opens.
    let sink = crate::smtp::Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = received(&sink);
    assert_eq!(
        got.iter().map(|m| m.to[0].as_str()).collect::<Vec<_>>(),
        ["guest@example.org", "member@example.org"]
    );
    for m in &got {
        let i = check(m, "REQUEST", "0");
        let link = rsvp_link(&i.text);
        assert!(
            i.description.starts_with(&format!("Answer here: {link}\n\n")),
            "{}: {}",
            m.to[0],
            i.description
        );
        assert!(i.description.contains("Day one"), "the event's own description follows");
        let page = reqwest::get(link.as_str()).await.unwrap();
        assert_eq!(page.status(), 200, "the link works without signing in");
        assert!(page.text().await.unwrap().contains("Calendar meeting"));
    }

    // The feeds and downloads never carry anyone's answer link.
    for path in ["/events/feed.ics".to_string(), format!("/events/{id}/event.ics")] {
        let body = reqwest::get(app.url(&path)).await.unwrap().text().await.unwrap();
        assert!(body.contains("SUMMARY:Calendar meeting"), "{path}");
        assert!(
            !body.contains("/rsvp/") && !body.contains("Answer here"),
            "{path}: {body}"
        );
    }

    // An edit of the published event: an update, as a request with the next SEQUENCE.
    let version = app.form_version(&sec, &format!("/events/{id}/edit")).await;
    let mut fields = crate::events::form("Calendar meeting (new room)", "public", "published");
    fields.push(("version", &version));
    assert_eq!(
        app.post_form(&sec, &format!("/events/{id}"), &fields).await.status(),
        303
    );
    let sink = crate::smtp::Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = received(&sink);
    assert_eq!(got.len(), 2, "both are told");
    for m in &got {
        assert!(
            m.parsed()
                .subject()
                .unwrap()
                .starts_with("Updated: Calendar meeting (new room)")
        );
        let i = check(m, "REQUEST", "1");
        assert!(
            i.description
                .starts_with(&format!("Answer here: {}\n\n", rsvp_link(&i.text)))
        );
    }

    // The cancellation: METHOD:CANCEL in a CANCEL part, and no answer link (answers are closed).
    assert_eq!(
        app.post_form(&sec, &format!("/events/{id}/cancel"), &[("confirmed", "1")])
            .await
            .status(),
        303
    );
    let sink = crate::smtp::Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = received(&sink);
    assert_eq!(got.len(), 2);
    for m in &got {
        assert!(m.parsed().subject().unwrap().starts_with("Cancelled:"));
        let i = check(m, "CANCEL", "2");
        assert!(!i.description.contains("/rsvp/") && !i.description.contains("Answer here"));
    }
}
