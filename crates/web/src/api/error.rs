//! Errors as the API writes them: `{"error": {"code", "message", "field"}}` with the matching
//! status. A store error keeps its meaning (not found, invalid with the field to blame,
//! forbidden, stale, conflict); a failure inside is logged and answered with a message that leaks
//! nothing.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use store::StoreError;

use super::wire::{ErrorBody, ErrorDetail};

/// An API request that could not be answered as asked.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// A stable code for programs ("not_found", "invalid", "precondition_failed"…).
    pub code: &'static str,
    /// What is wrong, for people.
    pub message: String,
    /// The field to blame, when there is one.
    pub field: Option<String>,
    /// The record's current ETag, on a 412.
    pub etag: Option<String>,
    /// Seconds to wait, on a 429.
    pub retry_after: Option<u64>,
}

impl ApiError {
    /// An error with a status, a code and a message.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            field: None,
            etag: None,
            retry_after: None,
        }
    }

    /// Blames a field.
    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        let field = field.into();
        self.field = (!field.is_empty()).then_some(field);
        self
    }

    /// A malformed request (a body or a query that does not read).
    pub fn invalid(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, "invalid", message)
    }

    /// No such record, or none the caller may see.
    pub fn not_found(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", message)
    }

    /// The caller must sign in or present a valid token.
    pub fn unauthenticated(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::UNAUTHORIZED, "unauthenticated", message)
    }

    /// A session-authenticated write without the session's CSRF token.
    pub fn csrf() -> Self {
        ApiError::new(
            StatusCode::FORBIDDEN,
            "csrf",
            "a write made with a session cookie must carry the session's CSRF token in the X-CSRF-Token header (or use an API token)",
        )
    }

    /// An update without `If-Match`.
    pub fn precondition_required() -> Self {
        ApiError::new(
            StatusCode::PRECONDITION_REQUIRED,
            "precondition_required",
            "an update must say which version it changes: send If-Match with the ETag you read",
        )
        .with_field("If-Match")
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        let message = error.to_string();
        match error {
            StoreError::NotFound { .. } => ApiError::not_found(message),
            StoreError::Invalid(e) => {
                ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", e.message)
                    .with_field(e.path)
            }
            StoreError::Unauthenticated => ApiError::unauthenticated(
                "sign in or send an API token (Authorization: Bearer …) to do this",
            ),
            StoreError::Forbidden { message, field } => {
                let error = ApiError::new(StatusCode::FORBIDDEN, "forbidden", message);
                match field {
                    Some(field) => error.with_field(field),
                    None => error,
                }
            }
            StoreError::Stale { current, .. } => {
                let mut error = ApiError::new(
                    StatusCode::PRECONDITION_FAILED,
                    "precondition_failed",
                    message,
                )
                .with_field("If-Match");
                error.etag = Some(super::etag(current));
                error
            }
            StoreError::Conflict { message, field } => {
                let error = ApiError::new(StatusCode::CONFLICT, "conflict", message);
                match field {
                    Some(field) => error.with_field(field),
                    None => error,
                }
            }
            StoreError::Open { .. }
            | StoreError::Missing { .. }
            | StoreError::NewerSchema { .. }
            | StoreError::Corrupt { .. }
            | StoreError::Database(_) => {
                tracing::error!(detail = %message, "API request failed");
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "the request failed inside the server; the error has been logged",
                )
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code.to_owned(),
                message: self.message,
                field: self.field,
            },
        };
        let mut response = (self.status, axum::Json(body)).into_response();
        if let Some(etag) = self.etag.and_then(|e| HeaderValue::from_str(&e).ok()) {
            response.headers_mut().insert(header::ETAG, etag);
        }
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"crosscheck\""),
            );
        }
        response
    }
}
