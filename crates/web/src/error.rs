//! Errors as pages: a missing record is a 404 page that says what was not found, a failure
//! inside is a 500 page that says something went wrong without leaking details to the reader
//! (they go to the log).

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use crate::pages::layout;

/// A request that could not be answered with the page asked for.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// Nothing at this address, or no such record.
    #[error("{0}")]
    NotFound(String),
    /// The request itself is wrong (a malformed filter).
    #[error("{0}")]
    BadRequest(String),
    /// Something failed inside; details are logged, not shown.
    #[error("{0}")]
    Internal(String),
}

impl From<store::StoreError> for WebError {
    fn from(error: store::StoreError) -> Self {
        WebError::Internal(error.to_string())
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let (status, title, message) = match &self {
            WebError::NotFound(message) => (StatusCode::NOT_FOUND, "Not found", message.clone()),
            WebError::BadRequest(message) => {
                (StatusCode::BAD_REQUEST, "Bad request", message.clone())
            }
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
