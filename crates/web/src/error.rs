//! Errors as pages: a missing record is a 404 page that says what was not found, a refused
//! action says why, a failure inside is a 500 page that says something went wrong without leaking
//! details to the reader (they go to the log).

use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use store::StoreError;

use crate::api::error::ApiError;
use crate::pages::layout;

/// A request that could not be answered with the page asked for.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// Nothing at this address, or no such record (or none the reader may see).
    #[error("{0}")]
    NotFound(String),
    /// The request itself is wrong (a malformed filter).
    #[error("{0}")]
    BadRequest(String),
    /// The page needs a signed-in user: the reader is sent to the sign-in page.
    #[error("sign in first")]
    SignIn,
    /// The reader's role may not do this, or a form lacked its CSRF token.
    #[error("{0}")]
    Forbidden(String),
    /// The record changed since the form was loaded, or the write clashes with it.
    #[error("{0}")]
    Conflict(String),
    /// Too many failed sign-ins.
    #[error("{0}")]
    TooManyAttempts(String),
    /// Something failed inside; details are logged, not shown.
    #[error("{0}")]
    Internal(String),
}

impl From<StoreError> for WebError {
    fn from(error: StoreError) -> Self {
        let message = error.to_string();
        match error {
            StoreError::NotFound { .. } => WebError::NotFound(message),
            StoreError::Invalid(_) => WebError::BadRequest(message),
            StoreError::Unauthenticated => WebError::SignIn,
            StoreError::Forbidden { .. } => WebError::Forbidden(message),
            StoreError::Stale { .. } | StoreError::Conflict { .. } => WebError::Conflict(message),
            _ => WebError::Internal(message),
        }
    }
}

impl From<ApiError> for WebError {
    fn from(error: ApiError) -> Self {
        match error.status {
            StatusCode::UNAUTHORIZED => WebError::SignIn,
            StatusCode::FORBIDDEN => WebError::Forbidden(error.message),
            StatusCode::NOT_FOUND => WebError::NotFound(error.message),
            status if status.is_client_error() => WebError::BadRequest(error.message),
            _ => WebError::Internal(error.message),
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let (status, title, message) = match &self {
            WebError::NotFound(message) => (StatusCode::NOT_FOUND, "Not found", message.clone()),
            WebError::BadRequest(message) => {
                (StatusCode::BAD_REQUEST, "Bad request", message.clone())
            }
            WebError::SignIn => {
                return (
                    StatusCode::SEE_OTHER,
                    [(header::LOCATION, "/login")],
                    "sign in first",
                )
                    .into_response();
            }
            WebError::Forbidden(message) => (StatusCode::FORBIDDEN, "Not allowed", message.clone()),
            WebError::Conflict(message) => {
                (StatusCode::CONFLICT, "The record changed", message.clone())
            }
            WebError::TooManyAttempts(message) => (
                StatusCode::TOO_MANY_REQUESTS,
                "Too many attempts",
                message.clone(),
            ),
            WebError::Internal(detail) => {
                tracing::error!(%detail, "request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong",
                    "The page could not be built. The error has been logged.".to_owned(),
                )
            }
        };
        let page = layout::page(
            title,
            maud::html! {
                h1 { (title) }
                p { (message) }
                p { a href="/incidents" { "Back to the incidents" } }
            },
        );
        (status, Html(page.into_string())).into_response()
    }
}
