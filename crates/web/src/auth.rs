//! Who is asking: the [`Caller`] extractor reads an API token (`Authorization: Bearer …`) or a
//! session cookie and turns it into the store's [`Principal`]; without either, the caller is the
//! public. It decides nothing about permissions: the store does, given the principal.
//!
//! Session cookies are `HttpOnly; SameSite=Strict; Path=/` (and `Secure` when the server is told
//! it sits behind HTTPS). Every form a signed-in user posts carries the session's CSRF token, and
//! an API write made with the cookie rather than a token must carry it in `X-CSRF-Token`: SameSite
//! already keeps other sites' requests from carrying the cookie, the token guards older browsers.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, header};
use store::{Principal, Session};

use crate::AppState;
use crate::api::error::ApiError;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "crosscheck_session";

/// The header an API write made with a session cookie carries the CSRF token in.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// How the caller proved who it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Credential {
    /// Nothing: the public.
    None,
    /// A browser session; the CSRF token its forms must carry.
    Session {
        /// The session's secret (from the cookie), to end it on sign-out.
        secret: String,
        /// The CSRF token.
        csrf: String,
    },
    /// An API token.
    Token,
}

/// The caller of a request.
#[derive(Clone, Debug)]
pub struct Caller {
    /// Who it is, with its role.
    pub principal: Principal,
    /// How it signed in.
    pub credential: Credential,
}

impl Caller {
    /// The public.
    pub fn public() -> Self {
        Caller {
            principal: Principal::public(),
            credential: Credential::None,
        }
    }

    /// The session's CSRF token, when signed in with a session.
    pub fn csrf(&self) -> Option<&str> {
        match &self.credential {
            Credential::Session { csrf, .. } => Some(csrf),
            _ => None,
        }
    }

    /// Whether `token` is this session's CSRF token (compared in constant time).
    pub fn csrf_matches(&self, token: &str) -> bool {
        self.csrf()
            .is_some_and(|csrf| constant_time_eq(csrf.as_bytes(), token.as_bytes()))
    }
}

/// Compares two secrets without stopping at the first difference, so that the time taken says
/// nothing about how much of a guess was right.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The value of a cookie in the request.
pub fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// The `Set-Cookie` value that stores a session.
pub fn session_cookie(secret: &str, secure: bool) -> String {
    format!(
        "{SESSION_COOKIE}={secret}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}{}",
        store::SESSION_HOURS * 3600,
        if secure { "; Secure" } else { "" }
    )
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clear_session_cookie(secure: bool) -> String {
    format!(
        "{SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0{}",
        if secure { "; Secure" } else { "" }
    )
}

fn unsafe_method(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        if let Some(value) = parts.headers.get(header::AUTHORIZATION) {
            let token = value
                .to_str()
                .ok()
                .and_then(|v| v.strip_prefix("Bearer "))
                .map(str::trim)
                .ok_or_else(|| {
                    ApiError::unauthenticated(
                        "the Authorization header must be `Bearer` followed by an API token",
                    )
                })?
                .to_owned();
            let principal = state
                .with_store(move |store| store.token_principal(&token))
                .await?
                .ok_or_else(|| {
                    ApiError::unauthenticated("this API token is unknown or was revoked")
                })?;
            return Ok(Caller {
                principal,
                credential: Credential::Token,
            });
        }
        let Some(secret) = cookie(&parts.headers, SESSION_COOKIE)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
        else {
            return Ok(Caller::public());
        };
        let lookup = secret.clone();
        let session: Option<Session> = state
            .with_store(move |store| store.session(&lookup))
            .await?;
        // An expired or unknown cookie is simply no session: the caller is the public.
        let Some(session) = session else {
            return Ok(Caller::public());
        };
        let caller = Caller {
            principal: session.principal,
            credential: Credential::Session {
                secret,
                csrf: session.csrf,
            },
        };
        if parts.uri.path().starts_with("/api/") && unsafe_method(&parts.method) {
            let sent = parts
                .headers
                .get(CSRF_HEADER)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            if !caller.csrf_matches(sent) {
                return Err(ApiError::csrf());
            }
        }
        Ok(caller)
    }
}

/// The client's address, for the sign-in limit: the socket's peer (a proxy's address when there
/// is one in front; `X-Forwarded-For` is not trusted, since any client can set it).
pub fn client_address(parts_extensions: &axum::http::Extensions) -> String {
    parts_extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map_or_else(|| "unknown".to_owned(), |info| info.0.ip().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            "theme=dark; crosscheck_session=abc123; x=y"
                .parse()
                .unwrap(),
        );
        assert_eq!(cookie(&headers, SESSION_COOKIE), Some("abc123"));
        assert_eq!(cookie(&headers, "missing"), None);
    }

    #[test]
    fn secrets_compare_in_full() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
    }

    #[test]
    fn the_session_cookie_is_http_only_and_strict() {
        let value = session_cookie("s3cret", true);
        for part in ["HttpOnly", "SameSite=Strict", "Path=/", "Secure"] {
            assert!(value.contains(part), "{value}");
        }
        assert!(!session_cookie("s3cret", false).contains("Secure"));
    }
}
