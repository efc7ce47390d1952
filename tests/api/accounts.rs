use roundtable::auth::Role;

use crate::helpers::{PASSWORD, client, csrf_from, spawn_app};

#[tokio::test]
async fn correct_password_signs_in_and_logout_ends_the_session() {
    let app = spawn_app().await;
    app.user("a@example.org", Role::Observer, None).await;
    let c = app.login("A@Example.org").await; // addresses are case-insensitive
    let page = c.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Signed in as"), "dashboard shows the user");
    let csrf = csrf_from(&page);
    let res = c
        .post(app.url("/logout"))
        .form(&[("_csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let res = c.get(app.url("/directory")).send().await.unwrap();
    assert_eq!(res.status(), 303, "after logout the directory sends to sign-in");
    assert!(res.headers()["location"].to_str().unwrap().starts_with("/login?next="));
}

#[tokio::test]
async fn session_cookie_is_httponly_and_samesite_lax() {
    let app = spawn_app().await;
    app.user("a@example.org", Role::Observer, None).await;
    let c = client();
    let page = c.get(app.url("/login")).send().await.unwrap().text().await.unwrap();
    let csrf = csrf_from(&page);
    let res = c
        .post(app.url("/login"))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("email", "a@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    let cookie = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|v| v.starts_with("rt_session="))
        .expect("session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(!cookie.contains("Secure"), "plain http base URL: no Secure flag");
}

#[tokio::test]
async fn wrong_password_is_refused_with_a_clear_message() {
    let app = spawn_app().await;
    app.user("a@example.org", Role::Observer, None).await;
    let c = client();
    let page = c.get(app.url("/login")).send().await.unwrap().text().await.unwrap();
    let csrf = csrf_from(&page);
    let res = c
        .post(app.url("/login"))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("email", "a@example.org"),
            ("password", "wrong password"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let body = res.text().await.unwrap();
    assert!(body.contains("The email address or password is not right"));
    assert!(body.contains("value=\"a@example.org\""), "the typed address is kept");
}

#[tokio::test]
async fn sixth_failed_login_within_fifteen_minutes_is_throttled_with_429() {
    let app = spawn_app().await;
    app.user("a@example.org", Role::Observer, None).await;
    let c = client();
    let page = c.get(app.url("/login")).send().await.unwrap().text().await.unwrap();
    let csrf = csrf_from(&page);
    for _ in 0..5 {
        let res = c
            .post(app.url("/login"))
            .form(&[
                ("_csrf", csrf.as_str()),
                ("email", "a@example.org"),
                ("password", "nope nope"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 401);
    }
    // Even the right password is refused now.
    let res = c
        .post(app.url("/login"))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("email", "a@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 429);
    assert!(res.text().await.unwrap().contains("Please wait 15 minutes"));
}

#[tokio::test]
async fn login_form_without_csrf_token_is_rejected() {
    let app = spawn_app().await;
    app.user("a@example.org", Role::Observer, None).await;
    let res = client()
        .post(app.url("/login"))
        .form(&[("email", "a@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert!(res.text().await.unwrap().contains("This form has expired"));
}

#[tokio::test]
async fn set_password_link_works_once() {
    let app = spawn_app().await;
    let new = roundtable::services::accounts::NewUser {
        email: "new@example.org".into(),
        name: "New Person".into(),
        role: Role::Observer,
        organization_id: None,
    };
    let u = roundtable::services::accounts::create_user(&app.db, new, None)
        .await
        .unwrap();
    let token = roundtable::services::accounts::create_one_time_token(
        &app.db,
        u.id,
        roundtable::services::accounts::PURPOSE_SET_PASSWORD,
        std::time::Duration::from_secs(3600),
        None,
    )
    .await
    .unwrap();
    let c = client();
    let page = c
        .get(app.url(&format!("/set-password?token={token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let csrf = csrf_from(&page.text().await.unwrap());
    let short = c
        .post(app.url("/set-password"))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("token", token.as_str()),
            ("password", "short"),
            ("password_confirm", "short"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(short.status(), 422);
    assert!(short.text().await.unwrap().contains("at least 10 characters"));
    let ok = c
        .post(app.url("/set-password"))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("token", token.as_str()),
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 303);
    app.login("new@example.org").await;
    let again = c
        .get(app.url(&format!("/set-password?token={token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 410, "a used link is gone");
}

#[tokio::test]
async fn api_tokens_are_shown_once_work_as_bearer_and_can_be_revoked() {
    let app = spawn_app().await;
    app.user("a@example.org", Role::Observer, None).await;
    let c = app.login("a@example.org").await;
    let res = app
        .post_form(&c, "/settings/tokens", &[("token_name", "report script")])
        .await;
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    let start = page.find("id=\"new-token\">").expect("token shown") + "id=\"new-token\">".len();
    let token = page[start..start + page[start..].find('<').unwrap()].to_string();
    assert!(token.starts_with("rt_"));
    let api = reqwest::Client::new();
    let ok = api
        .get(app.url("/api/v1/organizations"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    // The settings page no longer shows the secret.
    let settings = c.get(app.url("/settings")).send().await.unwrap().text().await.unwrap();
    assert!(!settings.contains(&token));
    let id_marker = "/settings/tokens/";
    let i = settings.find(id_marker).unwrap() + id_marker.len();
    let id: String = settings[i..].chars().take_while(|c| c.is_ascii_digit()).collect();
    let res = app.post_form(&c, &format!("/settings/tokens/{id}/revoke"), &[]).await;
    assert_eq!(res.status(), 303);
    let gone = api
        .get(app.url("/api/v1/organizations"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), 401);
}

#[tokio::test]
async fn deactivated_user_cannot_sign_in() {
    let app = spawn_app().await;
    let id = app.user("a@example.org", Role::Observer, None).await;
    roundtable::services::accounts::set_active(&app.db, id, false)
        .await
        .unwrap();
    let c = client();
    let page = c.get(app.url("/login")).send().await.unwrap().text().await.unwrap();
    let csrf = csrf_from(&page);
    let res = c
        .post(app.url("/login"))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("email", "a@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
}

#[tokio::test]
async fn a_signed_in_user_changes_their_password_and_their_other_browsers_are_signed_out() {
    let app = spawn_app().await;
    app.user("changer@example.org", Role::Member, Some(app.org("Org", "AL").await))
        .await;
    let here = app.login("changer@example.org").await;
    let elsewhere = app.login("changer@example.org").await;
    let settings = here
        .get(app.url("/settings"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(settings.contains("action=\"/settings/password\""));
    let change = |current: &'static str, new: &'static str, again: &'static str| {
        let (app, here) = (&app, &here);
        async move {
            app.post_form(
                here,
                "/settings/password",
                &[
                    ("password_current", current),
                    ("new_password", new),
                    ("new_password_again", again),
                ],
            )
            .await
        }
    };
    let res = change("not my password", "a brand new passphrase", "a brand new passphrase").await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("This is not your current password."));
    assert!(
        !page.contains("a brand new passphrase"),
        "passwords are never sent back"
    );
    let res = change(PASSWORD, "a brand new passphrase", "a brand new passfrase").await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("The two new passwords are not the same.")
    );
    let res = change(PASSWORD, "short", "short").await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Use at least"));

    let res = change(PASSWORD, "a brand new passphrase", "a brand new passphrase").await;
    assert_eq!(res.status(), 303);
    let status_of = |c: &reqwest::Client| {
        let req = c.get(app.url("/settings")).send();
        async move { req.await.unwrap().status().as_u16() }
    };
    assert_eq!(status_of(&here).await, 200, "this browser stays signed in");
    assert_eq!(status_of(&elsewhere).await, 303, "other browsers are signed out");
    let sign_in = |password| app.sign_in("changer@example.org", password);
    assert_eq!(sign_in("a brand new passphrase").await.1, 303);
    assert_ne!(sign_in(PASSWORD).await.1, 303, "the old password no longer works");
}
