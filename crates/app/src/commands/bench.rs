//! `crosscheck bench import-acled`: generates ACLED rows (the 31 columns of the current export,
//! with places from the gazetteer and ~200-character notes), imports them into a new database
//! through the same path as `crosscheck import acled`, exports them with `export acled`, and
//! prints rows per second and the peak memory of each step.
//!
//! Each step runs as its own `crosscheck` process (the very commands a user runs), timed from
//! outside; its peak memory is that process's high-water mark of resident memory (`VmHWM` in
//! `/proc/self/status`), which it prints last when `CROSSCHECK_PEAK_MEMORY` is set, with its CPU
//! time; the machine's load average before and after each step is printed beside them.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use places::{Gazetteer, Level};

use crate::cli::BenchCommand;

/// Runs a bench subcommand.
pub fn run(command: BenchCommand) -> anyhow::Result<()> {
    match command {
        BenchCommand::ImportAcled { rows, dir } => import_acled(rows, dir.as_deref()),
    }
}

/// A small deterministic generator (xorshift64*), so every run writes the same file.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A place a generated event can happen: a town or a district of the gazetteer.
struct Spot {
    country: &'static str,
    iso: u16,
    admin1: String,
    admin2: String,
    location: String,
    lat: f64,
    lon: f64,
}

fn spots() -> Vec<Spot> {
    let gazetteer = Gazetteer::get();
    let mut out = Vec::new();
    for place in gazetteer.places() {
        if !matches!(place.level, Level::Populated | Level::Admin2) {
            continue;
        }
        let (Some(admin1), Some(admin2)) =
            (place.admin1_name(gazetteer), place.admin2_name(gazetteer))
        else {
            continue;
        };
        let (country, iso) = if place.country == model::CountryCode::PAK {
            ("Pakistan", 586)
        } else {
            ("Afghanistan", 4)
        };
        out.push(Spot {
            country,
            iso,
            admin1: admin1.to_owned(),
            admin2: admin2.to_owned(),
            location: place.name.clone(),
            lat: place.coordinates.lat(),
            lon: place.coordinates.lon(),
        });
    }
    out
}

const TYPES: [(&str, &str, &str); 7] = [
    ("Battles", "Armed clash", "clashed with"),
    (
        "Explosions/Remote violence",
        "Air/drone strike",
        "carried out an air strike on",
    ),
    (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        "detonated an IED targeting",
    ),
    (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        "shelled positions of",
    ),
    (
        "Explosions/Remote violence",
        "Suicide bomb",
        "carried out a suicide attack on",
    ),
    ("Violence against civilians", "Attack", "attacked"),
    (
        "Battles",
        "Government regains territory",
        "regained territory from",
    ),
];

const ACTORS: [(&str, &str); 6] = [
    ("Military Forces of Pakistan (2022-)", "State forces"),
    ("Police Forces of Pakistan (2022-)", "State forces"),
    ("Military Forces of Afghanistan (2021-)", "State forces"),
    ("TTP: Tehreek-i-Taliban Pakistan", "Rebel group"),
    ("BLA: Baloch Liberation Army", "Rebel group"),
    ("Unidentified Armed Group (Pakistan)", "Political militia"),
];

const SOURCES: [(&str, &str); 5] = [
    ("Dawn; The News", "National"),
    ("Pajhwok Afghan News", "National"),
    (
        "Tolo News; Afghanistan International",
        "National-International",
    ),
    ("Express Tribune", "National"),
    ("Local partner", "Local partner"),
];

/// Writes `rows` ACLED rows to `path`.
fn generate(path: &Path, rows: u64) -> anyhow::Result<u64> {
    let spots = spots();
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let file =
        std::fs::File::create(path).with_context(|| format!("cannot write {}", path.display()))?;
    let mut out = BufWriter::with_capacity(1 << 20, file);
    writeln!(out, "{}", ::interop::ACLED_COLUMNS.join(","))?;
    let start = model::Date::new(2018, 1, 1)?;
    for n in 0..rows {
        let spot = random.pick(&spots);
        let (event_type, sub, verb) = *random.pick(&TYPES);
        let (actor1, inter1) = *random.pick(&ACTORS);
        let (actor2, inter2) = if sub == "Attack" {
            ("Civilians (Pakistan)", "Civilians")
        } else {
            *random.pick(&ACTORS)
        };
        let (source, scale) = *random.pick(&SOURCES);
        let day = start.checked_add(jiff::Span::new().days(random.below(2900) as i64))?;
        let fatalities = match random.below(10) {
            0..=3 => 0,
            4..=7 => 1 + random.below(3),
            _ => 4 + random.below(30),
        };
        let lat = spot.lat + (random.below(200) as f64 - 100.0) / 10_000.0;
        let lon = spot.lon + (random.below(200) as f64 - 100.0) / 10_000.0;
        let prefix = if spot.iso == 586 { "PAK" } else { "AFG" };
        let notes = format!(
            "On {day}, {actor1} {verb} {actor2} in {} ({}, {}). Local sources reported damage to houses and a shop. {fatalities} fatalities reported; figures not independently verified.",
            spot.location, spot.admin2, spot.admin1
        );
        writeln!(
            out,
            "{prefix}{n},{day},{},1,Political violence,{event_type},{sub},{actor1},,{inter1},{actor2},,{inter2},{inter1}-{inter2},{},{},South Asia,{},{},{},,{},{lat:.4},{lon:.4},{},{source},{scale},\"{notes}\",{fatalities},,{}",
            day.year(),
            if sub == "Attack" {
                "Civilian targeting"
            } else {
                ""
            },
            spot.iso,
            spot.country,
            spot.admin1,
            spot.admin2,
            spot.location,
            1 + random.below(3),
            1_600_000_000 + n,
        )?;
    }
    out.flush()?;
    Ok(std::fs::metadata(path)?.len())
}

/// The process's peak resident memory so far, in MB (`VmHWM` in `/proc/self/status`).
pub fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// The CPU time the process has used so far, user and system, all threads, in seconds (from
/// `/proc/self/stat`, in the kernel's clock ticks of 1/100 s).
pub fn cpu_seconds() -> Option<(f64, f64)> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |n: usize| fields.get(n)?.parse::<f64>().ok();
    Some((ticks(11)? / 100.0, ticks(12)? / 100.0))
}

/// The environment variable that makes `import` and `export` print their peak memory and CPU
/// time last on standard error, as `peak memory: N MB` and `cpu time: U s user, S s system`.
pub const PEAK_VARIABLE: &str = "CROSSCHECK_PEAK_MEMORY";

/// What one step reported about itself.
struct Step {
    seconds: f64,
    peak_mb: Option<f64>,
    cpu: Option<String>,
    /// The machine's one-minute load average when the step started and when it ended: on a
    /// shared machine the wall time depends on it, the CPU time much less.
    load: (Option<f64>, Option<f64>),
}

/// The one-minute load average (`/proc/loadavg`).
fn load_average() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

/// Runs one step as its own `crosscheck` process, so that its peak memory is its own; returns the
/// wall time and the peak the process reported.
fn step(args: &[&std::ffi::OsStr]) -> anyhow::Result<Step> {
    let load_before = load_average();
    let started = Instant::now();
    let output = std::process::Command::new(std::env::current_exe()?)
        .args(args)
        .env(PEAK_VARIABLE, "1")
        .stdout(std::process::Stdio::inherit())
        .output()
        .context("cannot run crosscheck")?;
    let seconds = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        anyhow::bail!("the step failed: {stderr}");
    }
    let peak_mb = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("peak memory: "))
        .filter_map(|l| l.trim_end_matches(" MB").parse::<f64>().ok())
        .next_back();
    let cpu = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("cpu time: "))
        .map(str::to_owned)
        .next_back();
    Ok(Step {
        seconds,
        peak_mb,
        cpu,
        load: (load_before, load_average()),
    })
}

/// Whether two files hold the same bytes, read a block at a time.
fn same_bytes(a: &Path, b: &Path) -> std::io::Result<bool> {
    use std::io::Read;
    let (mut a, mut b) = (std::fs::File::open(a)?, std::fs::File::open(b)?);
    let (mut x, mut y) = (vec![0u8; 1 << 20], vec![0u8; 1 << 20]);
    loop {
        let n = a.read(&mut x)?;
        let mut filled = 0;
        while filled < n {
            let m = b.read(&mut y[filled..n])?;
            if m == 0 {
                return Ok(false);
            }
            filled += m;
        }
        if x[..n] != y[..n] {
            return Ok(false);
        }
        if n == 0 {
            return Ok(b.read(&mut y)? == 0);
        }
    }
}

fn import_acled(rows: u64, dir: Option<&Path>) -> anyhow::Result<()> {
    let temp = tempfile::tempdir()?;
    let dir: PathBuf = dir.map_or_else(|| temp.path().to_owned(), Path::to_owned);
    std::fs::create_dir_all(&dir)?;
    let csv = dir.join("acled-generated.csv");
    let db = dir.join("bench.db");
    let exported = dir.join("acled-exported.csv");
    for stale in [&db, &exported] {
        let _ = std::fs::remove_file(stale);
    }
    let started = Instant::now();
    let size = generate(&csv, rows)?;
    eprintln!(
        "generated {rows} rows ({:.0} MB) in {:.1} s",
        size as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    let db_arg = db.as_os_str();
    let import = step(&[
        "--db".as_ref(),
        db_arg,
        "import".as_ref(),
        "acled".as_ref(),
        csv.as_os_str(),
    ])?;
    let export = step(&[
        "--db".as_ref(),
        db_arg,
        "export".as_ref(),
        "acled".as_ref(),
        "-o".as_ref(),
        exported.as_os_str(),
    ])?;
    let db_size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    let same = same_bytes(&csv, &exported).unwrap_or(false);
    let mb = |v: Option<f64>| v.map_or_else(|| "unknown".to_owned(), |v| format!("{v:.0} MB"));
    for (name, step) in [("import", &import), ("export", &export)] {
        let load = |l: Option<f64>| l.map_or_else(|| "unknown".to_owned(), |l| format!("{l:.2}"));
        println!(
            "{name}: {rows} rows in {:.2} s = {:.0} rows/s, peak memory {}, cpu time {}, load average {} → {}",
            step.seconds,
            rows as f64 / step.seconds.max(1e-9),
            mb(step.peak_mb),
            step.cpu.as_deref().unwrap_or("unknown"),
            load(step.load.0),
            load(step.load.1),
        );
    }
    println!(
        "files: generated CSV {:.0} MB, database {:.0} MB, exported CSV {:.0} MB ({})",
        size as f64 / 1e6,
        db_size as f64 / 1e6,
        std::fs::metadata(&exported).map(|m| m.len()).unwrap_or(0) as f64 / 1e6,
        if same {
            "the same bytes as the generated file"
        } else {
            "differs from the generated file"
        }
    );
    Ok(())
}
