//! crosscheck on the web: server-rendered HTML pages over the store, with no request ever leaving
//! the machine (no CDN, no web font, no tile server), usable without JavaScript.
//!
//! This is the only crate that knows HTTP. Handlers are thin: they read the store through
//! [`AppState`], hand records to the page builders in [`pages`], and turn errors into pages.
#![forbid(unsafe_code)]

mod error;
pub mod pages;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use store::Store;

pub use error::WebError;

/// What every handler shares: the open store.
///
/// SQLite connections are not shared between threads, so the store sits behind a mutex and is
/// used from blocking tasks ([`AppState::read`]), never on the async executor itself.
#[derive(Clone)]
pub struct AppState {
    store: Arc<Mutex<Store>>,
}

impl AppState {
    /// Wraps an open store.
    pub fn new(store: Store) -> Self {
        AppState {
            store: Arc::new(Mutex::new(store)),
        }
    }

    /// Runs `f` with the store on a blocking thread.
    pub async fn read<T, F>(&self, f: F) -> Result<T, WebError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, WebError> + Send + 'static,
    {
        let store = Arc::clone(&self.store);
        tokio::task::spawn_blocking(move || {
            let guard = store
                .lock()
                .map_err(|_| WebError::Internal("the store lock was poisoned".into()))?;
            f(&guard)
        })
        .await
        .map_err(|e| WebError::Internal(format!("a page task failed: {e}")))?
    }
}

/// Every route the server answers.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(pages::incidents::list))
        .route("/incidents", get(pages::incidents::list))
        .route("/incidents/{id}", get(pages::incidents::show))
        .route("/static/style.css", get(stylesheet))
        .fallback(not_found)
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

async fn not_found() -> WebError {
    WebError::NotFound("There is no page at this address.".into())
}

/// Binds `addr` and serves until the process is stopped (Ctrl-C).
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    let app = router(state);
    axum::serve(listener, app.into_make_service())
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}

/// The address a listener ended up on, as a URL to print.
pub fn url_of(addr: SocketAddr) -> String {
    format!("http://{addr}/")
}
