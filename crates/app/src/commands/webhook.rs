//! `webhook add|list|remove`: the URLs alerts are POSTed to, and the small HTTP client that POSTs
//! them.
//!
//! The client is a plain HTTP/1.1 POST over `std::net::TcpStream` — enough for a relay, a chat
//! bridge or a monitoring service on the same network — so that crosscheck needs no HTTP or TLS
//! library. It speaks `http://` only: an `https://` URL is accepted by the store but its delivery
//! fails with a message that says to put a local relay in front (see `docs/escalation.md`).
//! Every attempt has a timeout, so a dead webhook never holds anything up for long.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::path::Path;
use std::time::Duration;

use store::{DeliveryOutcome, Principal, Store};

use crate::cli::WebhookAction;

/// How long to wait to connect, and then for each read or write.
pub const TIMEOUT: Duration = Duration::from_secs(5);

/// `crosscheck webhook add URL | list | remove ID`.
pub fn run(db: &Path, action: WebhookAction) -> anyhow::Result<()> {
    let mut store = Store::open_existing(db)?;
    match action {
        WebhookAction::Add { url } => {
            let who = Principal::local("crosscheck webhook add");
            let hook = store.add_webhook(&who, &url)?;
            println!("webhook {} added: {}", hook.id, hook.url);
            if url.starts_with("https://") {
                eprintln!(
                    "note: the built-in client POSTs over http:// only; deliveries to this URL will fail until an http:// relay stands in front of it"
                );
            }
        }
        WebhookAction::List => {
            for hook in store.webhooks(&Principal::local("crosscheck webhook list"))? {
                println!("{:>4}  {}  added {}", hook.id, hook.url, hook.created);
            }
        }
        WebhookAction::Remove { id } => {
            let who = Principal::local(format!("crosscheck webhook remove {id}"));
            let hook = store.remove_webhook(&who, id)?;
            println!("webhook {} removed: {}", hook.id, hook.url);
        }
    }
    Ok(())
}

/// Where an `http://` URL points.
#[derive(Debug, PartialEq, Eq)]
struct Target {
    /// `host:port`, to connect to.
    address: String,
    /// The `Host` header.
    host: String,
    /// The path and query.
    path: String,
}

fn target(url: &str) -> Result<Target, String> {
    if url.starts_with("https://") {
        return Err(
            "https:// is not supported by the built-in client; POST to an http:// relay instead"
                .to_owned(),
        );
    }
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| format!("{url:?} is not an http:// URL"))?;
    let (authority, path) = match rest.find(['/', '?']) {
        Some(at) => (&rest[..at], &rest[at..]),
        None => (rest, "/"),
    };
    let path = if path.starts_with('?') {
        format!("/{path}")
    } else {
        path.to_owned()
    };
    // Credentials in the URL are not sent: the client has no use for them.
    let host = authority.rsplit('@').next().unwrap_or_default();
    if host.is_empty() {
        return Err(format!("{url:?} names no host"));
    }
    let has_port = match host.rfind(']') {
        Some(bracket) => host[bracket..].contains(':'),
        None => host.contains(':'),
    };
    let address = if has_port {
        host.to_owned()
    } else {
        format!("{host}:80")
    };
    Ok(Target {
        address,
        host: host.to_owned(),
        path,
    })
}

/// POSTs `body` (JSON) to `url` and says whether it was taken (a 2xx answer). Never panics and
/// never waits longer than the timeouts allow.
pub fn post_json(url: &str, body: &str, timeout: Duration) -> DeliveryOutcome {
    let failed = |error: String| DeliveryOutcome {
        ok: false,
        status: None,
        error: Some(error),
    };
    let target = match target(url) {
        Ok(target) => target,
        Err(error) => return failed(error),
    };
    let addresses: Vec<_> = match target.address.to_socket_addrs() {
        Ok(addresses) => addresses.collect(),
        Err(e) => return failed(format!("cannot resolve {}: {e}", target.host)),
    };
    let mut last_error = format!("{} resolves to no address", target.host);
    let mut stream = None;
    for address in addresses {
        match TcpStream::connect_timeout(&address, timeout) {
            Ok(s) => {
                stream = Some(s);
                break;
            }
            Err(e) => last_error = format!("cannot connect to {}: {e}", target.address),
        }
    }
    let Some(mut stream) = stream else {
        return failed(last_error);
    };
    let request = format!(
        "POST {} HTTP/1.1\r\nHost: {}\r\nUser-Agent: crosscheck/{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        target.path,
        target.host,
        env!("CARGO_PKG_VERSION"),
        body.len(),
    );
    let answer = match exchange(&mut stream, &request, timeout) {
        Ok(answer) => answer,
        Err(e) => return failed(format!("{}: {e}", target.address)),
    };
    let status_line = answer.lines().next().unwrap_or_default();
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse::<u16>().ok());
    match status {
        Some(code) if (200..300).contains(&code) => DeliveryOutcome {
            ok: true,
            status: Some(code),
            error: None,
        },
        Some(code) => DeliveryOutcome {
            ok: false,
            status: Some(code),
            error: Some(format!("the webhook answered {status_line:?}")),
        },
        None => failed(format!("no HTTP answer from {}", target.address)),
    }
}

/// Sends the request and reads the answer up to its status line.
fn exchange(stream: &mut TcpStream, request: &str, timeout: Duration) -> std::io::Result<String> {
    stream.set_read_timeout(Some(timeout))?;
    stream.set_write_timeout(Some(timeout))?;
    stream.write_all(request.as_bytes())?;
    stream.flush()?;
    // Only the status line matters; read until it is complete (or the server hangs up).
    let mut answer = Vec::new();
    let mut chunk = [0u8; 512];
    while !answer.windows(2).any(|w| w == b"\r\n") && answer.len() < 8192 {
        let n = stream.read(&mut chunk)?;
        if n == 0 {
            break;
        }
        answer.extend_from_slice(&chunk[..n]);
    }
    Ok(String::from_utf8_lossy(&answer).into_owned())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests fail loudly by design.
mod tests {
    use super::*;
    use std::io::{BufRead, BufReader};
    use std::net::TcpListener;

    #[test]
    fn urls_become_an_address_a_host_and_a_path() {
        assert_eq!(
            target("http://127.0.0.1:9000/alerts?x=1").unwrap(),
            Target {
                address: "127.0.0.1:9000".into(),
                host: "127.0.0.1:9000".into(),
                path: "/alerts?x=1".into()
            }
        );
        assert_eq!(
            target("http://example.org").unwrap().address,
            "example.org:80"
        );
        assert_eq!(target("http://[::1]:8080/h").unwrap().address, "[::1]:8080");
        assert_eq!(target("http://[::1]/h").unwrap().address, "[::1]:80");
        assert_eq!(
            target("http://u:p@example.org/x").unwrap().host,
            "example.org"
        );
        assert!(
            target("https://example.org/x")
                .unwrap_err()
                .contains("relay")
        );
    }

    /// Accepts one request, answers with `status`, and returns what it received.
    fn one_request(status: &'static str) -> (String, std::thread::JoinHandle<String>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        let handle = std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut head = String::new();
            let mut length = 0;
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                if let Some(v) = line.to_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap();
                }
                head.push_str(&line);
                if line == "\r\n" {
                    break;
                }
            }
            let mut body = vec![0u8; length];
            reader.read_exact(&mut body).unwrap();
            let mut stream = stream;
            stream
                .write_all(format!("HTTP/1.1 {status}\r\nContent-Length: 0\r\n\r\n").as_bytes())
                .unwrap();
            format!("{head}{}", String::from_utf8(body).unwrap())
        });
        (url, handle)
    }

    #[test]
    fn a_post_is_taken_on_2xx_and_refused_otherwise() {
        let (url, server) = one_request("204 No Content");
        let outcome = post_json(&url, r#"{"week":"2025-10-13"}"#, TIMEOUT);
        let received = server.join().unwrap();
        assert_eq!(outcome.status, Some(204));
        assert!(outcome.ok);
        assert!(
            received.starts_with("POST /hook HTTP/1.1\r\n"),
            "{received}"
        );
        assert!(received.contains("Content-Type: application/json\r\n"));
        assert!(
            received.ends_with("\r\n\r\n{\"week\":\"2025-10-13\"}"),
            "{received}"
        );

        let (url, server) = one_request("500 Internal Server Error");
        let outcome = post_json(&url, "{}", TIMEOUT);
        server.join().unwrap();
        assert!(!outcome.ok);
        assert_eq!(outcome.status, Some(500));
    }

    #[test]
    fn a_closed_port_fails_with_a_reason_and_does_not_hang() {
        // Bind and drop a listener so the port is (almost certainly) closed.
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let outcome = post_json(
            &format!("http://127.0.0.1:{port}/x"),
            "{}",
            Duration::from_secs(2),
        );
        assert!(!outcome.ok);
        assert!(
            outcome.error.as_deref().unwrap().contains("cannot connect"),
            "{outcome:?}"
        );
    }
}
