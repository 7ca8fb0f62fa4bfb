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
    runtime()?.block_on(async {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("cannot listen on {addr}"))?;
        announce(&listener)?;
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

/// Prints the URL the server listens on, as the first line of output, and flushes it.
fn announce(listener: &tokio::net::TcpListener) -> anyhow::Result<()> {
    let url = web::url_of(listener.local_addr()?);
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{url}")?;
    stdout.flush()?;
    Ok(())
}
