//! `serve` and `demo`: the pages over HTTP.

use std::io::Write;
use std::net::SocketAddr;
use std::path::Path;

use anyhow::Context;
use store::Store;

use crate::demo;

/// The address `demo` tries first.
const DEMO_ADDR: &str = "127.0.0.1:8080";

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

/// `crosscheck serve --addr HOST:PORT [--secure-cookies]`: serves an existing database.
pub fn serve(db: &Path, addr: SocketAddr, secure_cookies: bool) -> anyhow::Result<()> {
    let store = Store::open_existing(db)?;
    let counts = store.counts()?;
    runtime()?.block_on(async {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("cannot listen on {addr}"))?;
        announce(&listener)?;
        if let Some(note) = unpublished_note(counts.incidents, counts.published_incidents) {
            eprintln!("{note}");
        }
        let state = web::AppState::new(store).with_secure_cookies(secure_cookies);
        web::serve(listener, state).await?;
        Ok(())
    })
}

/// `crosscheck demo [--addr HOST:PORT]`: the demo data in a temporary database, served. The URL
/// is the first line printed, so scripts can read it.
pub fn demo(addr: Option<SocketAddr>) -> anyhow::Result<()> {
    let dir = tempfile::tempdir().context("cannot create a temporary directory")?;
    let mut store = Store::open(&dir.path().join("demo.db"))?;
    store.import(&demo::dataset()?, "crosscheck demo")?;
    runtime()?.block_on(async {
        let listener = match addr {
            Some(addr) => tokio::net::TcpListener::bind(addr)
                .await
                .with_context(|| format!("cannot listen on {addr}"))?,
            // The usual port may be taken by another program; any free port will do.
            None => match tokio::net::TcpListener::bind(DEMO_ADDR).await {
                Ok(listener) => listener,
                Err(_) => tokio::net::TcpListener::bind("127.0.0.1:0").await?,
            },
        };
        announce(&listener)?;
        eprintln!("serving the demo data; press Ctrl-C to stop");
        web::serve(listener, web::AppState::new(store)).await?;
        Ok::<(), anyhow::Error>(())
    })?;
    drop(dir);
    Ok(())
}

/// What to tell whoever starts the server when visitors will not see every incident: imports
/// leave incidents as drafts, and a freshly imported database would otherwise look empty.
fn unpublished_note(incidents: u64, published: u64) -> Option<String> {
    let unpublished = incidents.saturating_sub(published);
    (unpublished > 0).then(|| {
        format!(
            "{unpublished} of {incidents} incidents are not published (drafts or under review): only signed-in users see them. \
             Add an account with `crosscheck user add NAME --role viewer` and sign in at /login, \
             publish incidents from their pages (verifier), or import a public dataset with --publish."
        )
    })
}

/// Prints the URL the server listens on, as the first line of output, and flushes it.
fn announce(listener: &tokio::net::TcpListener) -> anyhow::Result<()> {
    let url = web::url_of(listener.local_addr()?);
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{url}")?;
    stdout.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::unpublished_note;

    #[test]
    fn the_server_says_when_visitors_see_less_than_the_record() {
        assert_eq!(unpublished_note(17, 17), None);
        assert_eq!(unpublished_note(0, 0), None);
        let note = unpublished_note(1705, 0).unwrap();
        assert!(
            note.starts_with("1705 of 1705 incidents are not published"),
            "{note}"
        );
        assert!(note.contains("--publish"), "{note}");
    }
}
