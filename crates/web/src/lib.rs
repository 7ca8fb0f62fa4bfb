//! crosscheck on the web: server-rendered HTML pages and the JSON API (`/api/v1`) over the store,
//! with no request ever leaving the machine (no CDN, no web font, no tile server), usable without
//! JavaScript.
//!
//! This is the only crate that knows HTTP. Handlers are thin: they find out who is asking
//! ([`auth::Caller`]), read the store through [`AppState::view`] — which hands them a
//! [`store::View`] that only ever returns what that caller may see — or write through the store's
//! methods that check the caller's role, and turn the answer into a page or JSON.
#![forbid(unsafe_code)]

pub mod api;
pub mod auth;
pub mod charts;
mod error;
pub mod pages;
pub mod ratelimit;
pub mod summary;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use store::{Principal, Store, StoreError, View};

pub use error::WebError;
use ratelimit::LoginLimiter;

/// What every handler shares: the open store, the sign-in limiter, and the cookie settings.
///
/// SQLite connections are not shared between threads, so the store sits behind a mutex and is
/// used from blocking tasks, never on the async executor itself. Writes are serialised by the
/// mutex; that is also what makes two concurrent updates of one record meet in order, so that the
/// second sees the first's version and gets 412.
#[derive(Clone)]
pub struct AppState {
    store: Arc<Mutex<Store>>,
    limiter: Arc<LoginLimiter>,
    secure_cookies: bool,
}

impl AppState {
    /// Wraps an open store.
    pub fn new(store: Store) -> Self {
        store::prepare_sign_in();
        AppState {
            store: Arc::new(Mutex::new(store)),
            limiter: Arc::new(LoginLimiter::default()),
            secure_cookies: false,
        }
    }

    /// Marks session cookies `Secure` (when the server is reached over HTTPS, behind a proxy).
    pub fn with_secure_cookies(mut self, secure: bool) -> Self {
        self.secure_cookies = secure;
        self
    }

    /// Whether session cookies are marked `Secure`.
    pub fn secure_cookies(&self) -> bool {
        self.secure_cookies
    }

    /// The sign-in limiter.
    pub fn limiter(&self) -> &LoginLimiter {
        &self.limiter
    }

    /// Runs `f` on a blocking thread with the record as `who` may see it: the only way handlers
    /// read the store.
    pub async fn view<T, E, F>(&self, who: Principal, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
        F: FnOnce(&View<'_>) -> Result<T, E> + Send + 'static,
    {
        self.with_store(move |store| {
            let view = store.view(&who)?;
            f(&view)
        })
        .await
    }

    /// Runs `f` with the store on a blocking thread: for the store's writes (which check the
    /// principal they are given) and for sign-in.
    pub(crate) async fn with_store<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    {
        let store = Arc::clone(&self.store);
        tokio::task::spawn_blocking(move || {
            let mut guard = store
                .lock()
                .map_err(|_| StoreError::Database("the store lock was poisoned".into()))?;
            f(&mut guard)
        })
        .await
        .map_err(|e| E::from(StoreError::Database(format!("a request task failed: {e}"))))?
    }
}

/// Every route the server answers: the pages, the forms and the API.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(pages::overview::show))
        .route(
            "/incidents",
            get(pages::incidents::list).post(pages::forms::create_incident),
        )
        .route("/incidents.csv", get(pages::export::csv))
        .route("/incidents.geojson", get(pages::export::geojson))
        .route("/incidents.json", get(pages::export::json))
        .route("/incidents/new", get(pages::forms::new_incident))
        .route("/incidents/{id}", get(pages::incidents::show))
        .route(
            "/incidents/{id}/review",
            post(pages::forms::review_incident),
        )
        .route("/escalation", get(pages::warning::page))
        .route(
            "/sources",
            get(pages::sources::list).post(pages::forms::create_source),
        )
        .route("/ceasefires", get(pages::ceasefires::list))
        .route("/reactions", get(pages::reactions::list))
        .route("/sources/new", get(pages::forms::new_source))
        .route(
            "/login",
            get(pages::account::login_form).post(pages::account::login),
        )
        .route("/logout", post(pages::account::logout))
        .route("/static/style.css", get(stylesheet))
        .route("/static/map.js", get(script))
        .merge(api::router())
        .fallback(not_found)
        // Pages are text with inline SVG: gzip cuts what a metered connection pays by about three
        // quarters (the demo's overview with its stylesheet and script: 87 KB, 22 KB gzipped).
        // Only for clients that ask for it.
        .layer(tower_http::compression::CompressionLayer::new())
        .with_state(state)
}

async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../assets/style.css"),
    )
}

/// The one script: optional niceties (a map's details on hover and focus). Every page works
/// without it.
async fn script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../assets/map.js"),
    )
}

async fn not_found() -> WebError {
    WebError::NotFound("There is no page at this address.".into())
}

/// Binds `addr` and serves until the process is stopped (Ctrl-C).
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    let app = router(state);
    // The peer's address feeds the per-address sign-in limit.
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}

/// The address a listener ended up on, as a URL to print.
pub fn url_of(addr: SocketAddr) -> String {
    format!("http://{addr}/")
}
