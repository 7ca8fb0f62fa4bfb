//! Signing in and out. The password is checked with argon2id on a blocking thread without
//! holding the store; failures count against the account and the client address
//! ([`crate::ratelimit`]), and the answer to a wrong name and a wrong password is the same.

use axum::extract::{ConnectInfo, FromRequest, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::{Form, RequestPartsExt};
use maud::{Markup, html};
use serde::Deserialize;

use super::layout;
use crate::auth::{Caller, Credential, clear_session_cookie, session_cookie};
use crate::{AppState, WebError};

fn login_page(message: Option<&str>, name: &str) -> Markup {
    layout::page(
        "Sign in",
        html! {
            h1 { "Sign in" }
            @if let Some(message) = message { p.error role="alert" { (message) } }
            form.stacked method="post" action="/login" {
                label { "Name" input type="text" name="name" value=(name) autocomplete="username" required; }
                label { "Password" input type="password" name="password" autocomplete="current-password" required; }
                button type="submit" { "Sign in" }
            }
            p.meta { "Accounts are made by an administrator (" code { "crosscheck user add" } ")." }
        },
    )
}

/// `GET /login`.
pub async fn login_form() -> Html<String> {
    Html(login_page(None, "").into_string())
}

/// The sign-in form.
#[derive(Debug, Deserialize)]
pub struct LoginForm {
    name: String,
    password: String,
}

/// `POST /login`: checks the password and opens a session.
pub async fn login(State(state): State<AppState>, request: Request) -> Result<Response, WebError> {
    let (mut parts, body) = request.into_parts();
    let address = parts
        .extract::<ConnectInfo<std::net::SocketAddr>>()
        .await
        .map_or_else(|_| "unknown".to_owned(), |info| info.0.ip().to_string());
    let Form(form) = Form::<LoginForm>::from_request(Request::from_parts(parts, body), &state)
        .await
        .map_err(|e| WebError::BadRequest(e.body_text()))?;
    let name = form.name.trim().to_owned();
    if let Err(wait) = state.limiter().check(&name, &address) {
        let minutes = wait.as_secs().div_ceil(60);
        let message = format!(
            "Too many failed attempts. Try again in {minutes} minute{}.",
            if minutes == 1 { "" } else { "s" }
        );
        let mut response = (
            StatusCode::TOO_MANY_REQUESTS,
            Html(login_page(Some(&message), &name).into_string()),
        )
            .into_response();
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(wait.as_secs()));
        return Ok(response);
    }
    let lookup = name.clone();
    let credentials = state
        .with_store(move |store| store.credentials(&lookup).map_err(WebError::from))
        .await?;
    let password = form.password;
    let hash = credentials.hash.clone();
    // The slow hash runs on its own blocking thread, without the store.
    let matches = tokio::task::spawn_blocking(move || store::verify_password(&hash, &password))
        .await
        .map_err(|e| WebError::Internal(format!("the password check failed: {e}")))?;
    let Some(user) = credentials.user.filter(|_| matches) else {
        state.limiter().failed(&name, &address);
        tracing::info!(user = %name, %address, "failed sign-in");
        return Ok((
            StatusCode::UNAUTHORIZED,
            Html(
                login_page(
                    Some("That name and password do not match an account."),
                    &name,
                )
                .into_string(),
            ),
        )
            .into_response());
    };
    state.limiter().succeeded(&user);
    let session = state
        .with_store(move |store| store.start_session(&user).map_err(WebError::from))
        .await?;
    let cookie = session_cookie(&session.secret, state.secure_cookies());
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, "/incidents")]).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    Ok(response)
}

/// The sign-out form.
#[derive(Debug, Deserialize)]
pub struct LogoutForm {
    #[serde(default)]
    csrf: String,
}

/// `POST /logout`: ends the session (the form carries its CSRF token, so another site cannot
/// sign a user out).
pub async fn logout(
    State(state): State<AppState>,
    caller: Caller,
    Form(form): Form<LogoutForm>,
) -> Result<Response, WebError> {
    if let Credential::Session { secret, .. } = &caller.credential {
        if !caller.csrf_matches(&form.csrf) {
            return Err(WebError::Forbidden(
                "This form is out of date or did not come from crosscheck; reload the page and try again.".into(),
            ));
        }
        let secret = secret.clone();
        state
            .with_store(move |store| store.end_session(&secret).map_err(WebError::from))
            .await?;
    }
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, "/incidents")]).into_response();
    if let Ok(value) = HeaderValue::from_str(&clear_session_cookie(state.secure_cookies())) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    Ok(response)
}
