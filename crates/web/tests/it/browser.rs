//! A real headless Chromium (Debian's `chromium`) loads every page of the demo, served on a
//! loopback port, at a desktop width (1280) and a phone width (390), and once more as it prints:
//! no console error, no uncaught exception, no failed load, and no request to anything but the
//! server itself. A full-page screenshot of each is saved under `target/screenshots/` for a person
//! to look at. The overview and early warning of a big record (`big/mod.rs`: the demo plus
//! thousands of generated incidents) are loaded too, as `big-…`, to look at merged map marks and
//! binned timelines.
//!
//! Without Chromium the test says why it skipped — unless `CROSSCHECK_REQUIRE_BROWSER=1` (as in
//! CI), when it fails. `CROSSCHECK_CHROMIUM` names another binary.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::ffi::OsStr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use headless_chrome::protocol::cdp::types::Event;
use headless_chrome::protocol::cdp::{Emulation, Log, Network, Page, Runtime};
use headless_chrome::{Browser, LaunchOptions, Tab};
use store::Store;

use crate::big;

const DEMO: &str = include_str!("../../../../data/demo/dataset.json");

/// The pages of the big record, with the names their screenshots are saved under.
const BIG_PAGES: [(&str, &str); 2] = [("big-overview", "/"), ("big-escalation", "/escalation")];

/// Every page of the demo, with the name its screenshots are saved under.
const PAGES: [(&str, &str); 11] = [
    ("overview", "/"),
    ("overview-october-2025", "/?from=2025-10-01&to=2025-10-31"),
    ("incidents", "/incidents"),
    (
        "incidents-filtered",
        "/incidents?country=AFG&grade=fair&sort=-killed",
    ),
    ("incident-paktika", "/incidents/inc-2025-10-17-paktika"),
    (
        "incident-border-clashes",
        "/incidents/inc-2025-10-11-border",
    ),
    ("ceasefires", "/ceasefires"),
    ("reactions", "/reactions"),
    ("sources", "/sources"),
    ("escalation", "/escalation"),
    (
        "incident-spin-boldak-november",
        "/incidents/inc-2025-11-06-spin-boldak",
    ),
];

/// The widths a page is looked at: a desktop and a phone.
const WIDTHS: [(&str, u32); 2] = [("desktop", 1280), ("phone", 390)];

fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CROSSCHECK_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .into_iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

/// `target/screenshots/`, found from the test binary's place (`target/debug/deps/…`), so that a
/// `CARGO_TARGET_DIR` elsewhere is followed.
fn screenshot_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let target = exe
        .ancestors()
        .nth(3)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Serves the demo data on a loopback port from a thread of its own; returns the base URL.
fn serve_demo() -> String {
    let mut store = Store::open_in_memory().unwrap();
    store
        .import(
            &interop::read_dataset("dataset.json", DEMO).unwrap(),
            "browser test",
        )
        .unwrap();
    serve(store)
}

/// Serves a store on a loopback port from a thread of its own; returns the base URL.
fn serve(store: Store) -> String {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        runtime.block_on(async move {
            axum::serve(listener, web::router(web::AppState::new(store)))
                .await
                .unwrap();
        });
    });
    format!("http://{addr}")
}

/// What the browser reported while a page loaded.
#[derive(Default)]
struct Seen {
    problems: Vec<String>,
    requests: Vec<String>,
}

fn watch(tab: &Tab) -> Arc<Mutex<Seen>> {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let sink = Arc::clone(&seen);
    tab.add_event_listener(Arc::new(move |event: &Event| {
        let mut seen = sink.lock().unwrap();
        match event {
            Event::RuntimeConsoleAPICalled(e) => {
                use Runtime::ConsoleAPICalledEventTypeOption as Kind;
                if matches!(e.params.Type, Kind::Error | Kind::Warning | Kind::Assert) {
                    let text: Vec<String> = e
                        .params
                        .args
                        .iter()
                        .map(|a| format!("{:?}", a.value))
                        .collect();
                    seen.problems
                        .push(format!("console {:?}: {}", e.params.Type, text.join(" ")));
                }
            }
            Event::RuntimeExceptionThrown(e) => seen
                .problems
                .push(format!("exception: {}", e.params.exception_details.text)),
            Event::LogEntryAdded(e) => {
                if matches!(e.params.entry.level, Log::LogEntryLevel::Error) {
                    seen.problems.push(format!("log: {}", e.params.entry.text));
                }
            }
            Event::NetworkLoadingFailed(e) => seen
                .problems
                .push(format!("failed to load: {}", e.params.error_text)),
            Event::NetworkRequestWillBeSent(e) => {
                seen.requests.push(e.params.request.url.clone());
            }
            _ => {}
        }
    }))
    .unwrap();
    tab.enable_runtime().unwrap();
    tab.enable_log().unwrap();
    tab.call_method(Network::Enable {
        max_total_buffer_size: None,
        max_resource_buffer_size: None,
        max_post_data_size: None,
        report_direct_socket_traffic: None,
        enable_durable_messages: None,
    })
    .unwrap();
    seen
}

fn set_size(tab: &Tab, width: u32, height: u32) {
    tab.call_method(Emulation::SetDeviceMetricsOverride {
        width,
        height,
        device_scale_factor: 1.0,
        mobile: width < 600,
        scale: None,
        screen_width: None,
        screen_height: None,
        position_x: None,
        position_y: None,
        dont_set_visible_size: None,
        screen_orientation: None,
        viewport: None,
        display_feature: None,
        device_posture: None,
    })
    .unwrap();
}

fn set_media(tab: &Tab, media: &str) {
    tab.call_method(Emulation::SetEmulatedMedia {
        media: Some(media.to_owned()),
        features: None,
    })
    .unwrap();
}

/// A screenshot of the whole page, however long: the viewport is stretched to the page's height
/// first.
fn full_page(tab: &Tab, width: u32) -> Vec<u8> {
    let metrics = tab.call_method(Page::GetLayoutMetrics(None)).unwrap();
    let height = metrics.css_content_size.height.clamp(100.0, 16_000.0);
    set_size(tab, width, height.ceil() as u32);
    let shot = tab
        .capture_screenshot(Page::CaptureScreenshotFormatOption::Png, None, None, true)
        .unwrap();
    set_size(tab, width, 900);
    shot
}

#[test]
fn every_page_of_the_demo_loads_cleanly_in_chromium() {
    let Some(binary) = chromium() else {
        assert!(
            std::env::var("CROSSCHECK_REQUIRE_BROWSER").as_deref() != Ok("1"),
            "CROSSCHECK_REQUIRE_BROWSER=1 but no chromium was found (install Debian's chromium)"
        );
        eprintln!(
            "skipped: no chromium at /usr/bin/chromium (set CROSSCHECK_CHROMIUM to use another)"
        );
        return;
    };
    let started = Instant::now();
    let demo = serve_demo();
    let big = serve(big::store(3000));
    let visits: Vec<(&str, &str, &str)> = PAGES
        .iter()
        .map(|(name, path)| (demo.as_str(), *name, *path))
        .chain(
            BIG_PAGES
                .iter()
                .map(|(name, path)| (big.as_str(), *name, *path)),
        )
        .collect();
    let profile = tempfile::tempdir().unwrap();
    let args: Vec<&OsStr> = [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ]
    .iter()
    .map(OsStr::new)
    .collect();
    let browser = Browser::new(LaunchOptions {
        path: Some(binary),
        headless: true,
        sandbox: false,
        window_size: Some((1280, 900)),
        user_data_dir: Some(profile.path().to_owned()),
        args,
        idle_browser_timeout: Duration::from_secs(120),
        ..LaunchOptions::default()
    })
    .unwrap();
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(30));
    let seen = watch(&tab);
    let dir = screenshot_dir();
    let mut failures = Vec::new();
    for &(base, name, path) in &visits {
        let url = format!("{base}{path}");
        let mut shots = Vec::new();
        for (label, width) in WIDTHS {
            set_size(&tab, width, 900);
            tab.navigate_to(&url)
                .unwrap()
                .wait_until_navigated()
                .unwrap();
            shots.push((label, width));
            std::fs::write(
                dir.join(format!("{name}-{label}.png")),
                full_page(&tab, width),
            )
            .unwrap();
        }
        // The print stylesheet, at the width of an A4 page at 96 dpi.
        set_size(&tab, 794, 900);
        set_media(&tab, "print");
        std::fs::write(dir.join(format!("{name}-print.png")), full_page(&tab, 794)).unwrap();
        set_media(&tab, "");
        let title = tab.get_title().unwrap();
        if !title.ends_with("· crosscheck") {
            failures.push(format!("{path}: the page's title is {title:?}"));
        }
        let mut seen = seen.lock().unwrap();
        for problem in seen.problems.drain(..) {
            failures.push(format!("{path}: {problem}"));
        }
        for request in seen.requests.drain(..) {
            let local = request.starts_with(&format!("{base}/")) || request.starts_with("data:");
            if !local {
                failures.push(format!("{path}: a request left the machine: {request}"));
            }
        }
        println!(
            "{path}: loaded at {} px",
            shots
                .iter()
                .map(|s| s.1.to_string())
                .collect::<Vec<_>>()
                .join(" and ")
        );
    }
    println!(
        "{} pages, {} screenshots in {} in {:.1} s",
        visits.len(),
        visits.len() * (WIDTHS.len() + 1),
        dir.display(),
        started.elapsed().as_secs_f64()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
