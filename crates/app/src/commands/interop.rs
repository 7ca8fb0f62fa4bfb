//! `import acled|ucdp|csv` and `export csv|acled|ucdp|geojson|hxl`: the field's formats, row by
//! row into the database and page by page out of it.
//!
//! An import reads and maps rows on one thread while the main thread writes batches of 10,000
//! through the store's bulk path (one audit entry per batch, a commit every 100,000 rows; with
//! `--strict` one transaction for the whole file, committed only if no row was bad). Bad rows are reported
//! on standard error with their file, line, column and reason; progress goes to standard error
//! when it is a terminal, or every 100,000 rows; the summary goes to standard output.

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use interop::{
    AcledReader, AcledWriter, ActorNames, Decision, FigureRange, FlatReader, FlatWriter,
    GeoJsonWriter, ImportedRow, IncidentView, MappedReader, Mapping, Reconciled, RowError,
    UcdpReader, UcdpWriter,
};
use model::{Actor, ActorId, Claim, IncidentId, Source};
use sha2::{Digest, Sha256};
use store::{
    BulkDecision, BulkRecord, ExportPage, FileStamp, IncidentFilter, PreparedRecord, Store,
};

use crate::cli::{ExportFilter, ExportFormat, ImportFormat};

/// Rows per batch (one audit entry each; the store commits every ten batches).
const BATCH: usize = 10_000;
/// Bad rows printed one by one before the rest are only counted.
const SHOWN_ERRORS: u64 = 100;
/// Progress is printed every this many rows when standard error is not a terminal.
const PROGRESS_EVERY: u64 = 100_000;

/// What an import did.
#[derive(Clone, Copy, Debug, Default)]
pub struct ImportReport {
    /// Data rows read.
    pub read: u64,
    /// New incidents.
    pub imported: u64,
    /// Incidents updated.
    pub updated: u64,
    /// Rows already stored as they are (or older than what is stored).
    pub unchanged: u64,
    /// Bad rows, not imported.
    pub bad: u64,
    /// Rows whose place names the gazetteer did not know (imported with the file's names).
    pub unplaced: u64,
    /// How long it took.
    pub elapsed: Duration,
}

type Rows = Box<dyn Iterator<Item = Result<ImportedRow, RowError>> + Send>;

/// A reader that counts the bytes read, for progress.
struct Counted<R> {
    inner: R,
    bytes: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The SHA-256 of a file, read once before the import (the audit entries name it).
fn file_sha256(path: &Path) -> anyhow::Result<String> {
    let mut file = File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 1 << 20];
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    Ok(hex::encode(hasher.finalize()))
}

fn open_rows(
    format: ImportFormat,
    path: &Path,
    name: &str,
    map: Option<&Path>,
    bytes: Arc<AtomicU64>,
) -> anyhow::Result<Rows> {
    let file = File::open(path).with_context(|| format!("cannot read {name}"))?;
    let input = BufReader::with_capacity(1 << 20, Counted { inner: file, bytes });
    if map.is_some() && format != ImportFormat::Csv {
        bail!("--map is for `import csv`; ACLED and UCDP files need no mapping");
    }
    Ok(match format {
        ImportFormat::Acled => Box::new(AcledReader::new(name, input)?),
        ImportFormat::Ucdp => {
            let geojson = path.extension().is_some_and(|e| {
                e.eq_ignore_ascii_case("geojson") || e.eq_ignore_ascii_case("json")
            });
            if geojson {
                let mut text = String::new();
                let mut input = input;
                input
                    .read_to_string(&mut text)
                    .with_context(|| format!("cannot read {name} as UTF-8 text"))?;
                Box::new(UcdpReader::from_geojson(name, &text)?)
            } else {
                Box::new(UcdpReader::new(name, input)?)
            }
        }
        ImportFormat::Csv => match map {
            Some(map) => {
                let map_name = map.display().to_string();
                let text = std::fs::read_to_string(map)
                    .with_context(|| format!("cannot read {map_name}"))?;
                let mapping = Mapping::parse(&map_name, &text)?;
                Box::new(MappedReader::new(name, input, mapping)?)
            }
            None => Box::new(FlatReader::new(name, input)?),
        },
        ImportFormat::Json => {
            bail!("JSON datasets are imported whole: `crosscheck import json FILE`")
        }
    })
}

/// One batch as the reading thread hands it over: rows checked and prepared for writing, in file
/// order with their versions, the actors they need added, and the bad rows.
#[derive(Default)]
struct Batch {
    rows: Vec<PreparedRecord>,
    versions: Vec<Option<(&'static str, i64)>>,
    actors: Vec<Actor>,
    errors: Vec<RowError>,
    unplaced: u64,
}

impl Batch {
    fn len(&self) -> usize {
        self.rows.len() + self.errors.len()
    }
}

/// Reads, maps, checks and prepares rows (the costly part that needs no database) on its own
/// thread, handing over batches of `BATCH` rows.
fn read_batches(
    rows: Rows,
    name: String,
    mut actors_in_db: HashSet<ActorId>,
    publish: bool,
    sender: std::sync::mpsc::SyncSender<Batch>,
    written: std::sync::mpsc::Receiver<Vec<PreparedRecord>>,
) {
    // A dataset's own source (ACLED, UCDP GED, a mapped dataset) comes with every row; it is
    // written with the first.
    let mut sources_written: HashSet<model::SourceId> = HashSet::new();
    let mut batch = Batch::default();
    for result in rows {
        match result {
            Err(error) => batch.errors.push(error),
            Ok(mut row) => {
                // A row naming an actor that the database lacks and crosscheck does not know is bad.
                let missing = row
                    .actors
                    .iter()
                    .find(|id| !actors_in_db.contains(*id) && interop::known_actor(id).is_none());
                if let Some(missing) = missing {
                    batch.errors.push(RowError {
                        file: name.clone(),
                        line: row.line,
                        column: None,
                        message: format!(
                            "names the actor {missing}, which the database does not hold; import the actors first (export json carries them)"
                        ),
                    });
                } else {
                    for id in &row.actors {
                        if !actors_in_db.contains(id)
                            && let Some(actor) = interop::known_actor(id)
                        {
                            actors_in_db.insert(id.clone());
                            batch.actors.push(actor);
                        }
                    }
                    if publish {
                        // Only a new incident takes it: `interop::decide` keeps a stored
                        // incident's status, which is an analyst's.
                        row.incident.status = model::Status::Published;
                    }
                    row.sources.retain(|s| sources_written.insert(s.id.clone()));
                    let line = row.line;
                    let version = row.version;
                    let unplaced = row.unplaced;
                    let record = BulkRecord {
                        incident: row.incident,
                        sources: row.sources,
                        claims: row.claims,
                    };
                    match PreparedRecord::new(record) {
                        Ok(prepared) => {
                            batch.rows.push(prepared);
                            batch.versions.push(version);
                            batch.unplaced += u64::from(unplaced);
                        }
                        Err(e) => batch.errors.push(RowError {
                            file: name.clone(),
                            line,
                            column: None,
                            message: e.to_string(),
                        }),
                    }
                }
            }
        }
        if batch.len() >= BATCH {
            if sender.send(std::mem::take(&mut batch)).is_err() {
                return;
            }
            // Written rows come back to be freed here, where they were allocated: freeing
            // memory of another thread's arena is slow, and the writing thread is the busier.
            while let Ok(rows) = written.try_recv() {
                drop(rows);
            }
        }
    }
    let _ = sender.send(batch);
}

/// `crosscheck import acled|ucdp|csv FILE [--map M] [--strict] [--publish]`.
pub fn import(
    db: &Path,
    format: ImportFormat,
    file: &Path,
    map: Option<&Path>,
    strict: bool,
    publish: bool,
) -> anyhow::Result<ImportReport> {
    let started = Instant::now();
    let name = file.display().to_string();
    let size = std::fs::metadata(file)
        .with_context(|| format!("cannot read {name}"))?
        .len();
    let bytes = Arc::new(AtomicU64::new(0));
    let rows = open_rows(format, file, &name, map, bytes.clone())?;
    let mut store = Store::open(db)?;
    let actors_in_db: HashSet<ActorId> = store.actors()?.into_iter().map(|a| a.id).collect();
    let author = format!("crosscheck import {format:?} {name}").to_lowercase();
    // The file's SHA-256 is computed on a thread of its own while the first rows are read: the
    // audit entries need it only from the first batch written.
    let hashing = {
        let file = file.to_owned();
        std::thread::spawn(move || file_sha256(&file))
    };
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Batch>(2);
    let (give_back, written) = std::sync::mpsc::channel::<Vec<PreparedRecord>>();
    let reading = {
        let name = name.clone();
        std::thread::spawn(move || read_batches(rows, name, actors_in_db, publish, sender, written))
    };
    let sha256 = hashing
        .join()
        .map_err(|_| anyhow::anyhow!("hashing {name} failed unexpectedly"))??;
    let mut bulk = store.bulk_import(
        &author,
        FileStamp {
            name: name.clone(),
            sha256,
        },
        strict,
    )?;

    let mut report = ImportReport::default();
    let terminal = std::io::stderr().is_terminal();
    let mut last_progress = Instant::now();
    let mut next_line = PROGRESS_EVERY;
    for batch in receiver {
        report.read += batch.len() as u64;
        report.unplaced += batch.unplaced;
        for error in batch.errors {
            report.bad += 1;
            if report.bad <= SHOWN_ERRORS {
                eprintln!("bad row: {error}");
            }
        }
        if strict && report.bad > 0 {
            // Nothing will be committed; keep reading only to report every bad row.
            continue;
        }
        // `write_batch` decides the rows in order, so their versions follow in the same order.
        let mut versions = batch.versions.into_iter();
        let summary = bulk
            .write_batch(&batch.actors, &batch.rows, |record, existing| {
                let version = versions.next().flatten();
                let Some(existing) = existing else {
                    return BulkDecision::Insert;
                };
                let mut row = ImportedRow {
                    line: 0,
                    version,
                    incident: record.incident.clone(),
                    sources: record.sources.clone(),
                    claims: record.claims.clone(),
                    actors: Vec::new(),
                    unplaced: false,
                };
                match interop::decide(&mut row, Some(existing)) {
                    Decision::Insert | Decision::Update => {
                        BulkDecision::Update(Box::new(BulkRecord {
                            incident: row.incident,
                            sources: row.sources,
                            claims: row.claims,
                        }))
                    }
                    Decision::Unchanged => BulkDecision::Unchanged,
                }
            })
            .with_context(|| format!("importing {name}"))?;
        report.imported += summary.inserted;
        report.updated += summary.updated;
        report.unchanged += summary.unchanged;
        // Once reading has ended nobody frees them there; then they are dropped here.
        let _ = give_back.send(batch.rows);
        let due = if terminal {
            last_progress.elapsed() >= Duration::from_millis(500)
        } else {
            report.read >= next_line
        };
        if due {
            let percent = bytes.load(Ordering::Relaxed) as f64 * 100.0 / size.max(1) as f64;
            let line = format!(
                "{name}: {} rows read ({percent:.0}%), {} imported, {} updated, {} bad",
                report.read, report.imported, report.updated, report.bad
            );
            if terminal {
                eprint!("\r{line}");
            } else {
                eprintln!("{line}");
            }
            last_progress = Instant::now();
            next_line = report.read / PROGRESS_EVERY * PROGRESS_EVERY + PROGRESS_EVERY;
        }
    }
    if terminal && report.read >= BATCH as u64 {
        eprintln!();
    }
    if reading.join().is_err() {
        bail!("reading {name} failed unexpectedly");
    }
    if report.bad > SHOWN_ERRORS {
        eprintln!("… and {} more bad rows", report.bad - SHOWN_ERRORS);
    }
    if strict && report.bad > 0 {
        drop(bulk);
        bail!(
            "{name}: {} of {} rows are bad; nothing was imported (--strict)",
            report.bad,
            report.read
        );
    }
    bulk.finish()?;
    // Closing the store runs the checkpoint the import held back: part of the import's time.
    drop(store);
    report.elapsed = started.elapsed();
    let seconds = report.elapsed.as_secs_f64();
    println!(
        "{name}: {} rows read, {} imported, {} updated, {} skipped ({} unchanged, {} bad) in {seconds:.1} s ({:.0} rows/s)",
        report.read,
        report.imported,
        report.updated,
        report.unchanged + report.bad,
        report.unchanged,
        report.bad,
        report.read as f64 / seconds.max(1e-9),
    );
    if report.unplaced > 0 {
        println!(
            "{} rows name places the gazetteer does not know; they keep the file's names (see each incident's internal notes)",
            report.unplaced
        );
    }
    report_peak();
    Ok(report)
}

/// For `crosscheck bench`: the peak memory and CPU time, on standard error, when asked for.
fn report_peak() {
    if std::env::var_os(super::bench::PEAK_VARIABLE).is_none() {
        return;
    }
    if let Some(mb) = super::bench::peak_mb() {
        eprintln!("peak memory: {mb:.0} MB");
    }
    if let Some((user, system)) = super::bench::cpu_seconds() {
        eprintln!("cpu time: {user:.1} s user, {system:.1} s system");
    }
}

/// Filters select incidents; the JSON export writes the whole record, so they do not apply.
pub fn refuse_filter_for_json(filter: &ExportFilter) -> anyhow::Result<()> {
    let any = filter.from.is_some()
        || filter.to.is_some()
        || filter.country.is_some()
        || filter.admin1.is_some()
        || filter.event_type.is_some();
    if any {
        bail!(
            "export json writes the whole record; --from, --to, --country, --admin1 and --type apply to csv, acled, ucdp, geojson and hxl"
        );
    }
    Ok(())
}

/// The writer for one export format.
enum Writer<W: Write> {
    Flat(FlatWriter<W>),
    Acled(AcledWriter<W>),
    Ucdp(UcdpWriter<W>),
    GeoJson(GeoJsonWriter<W>),
}

impl<W: Write> Writer<W> {
    fn new(format: ExportFormat, out: W, actors: ActorNames) -> anyhow::Result<Self> {
        Ok(match format {
            ExportFormat::Csv => Writer::Flat(FlatWriter::new(out, false)?),
            ExportFormat::Hxl => Writer::Flat(FlatWriter::new(out, true)?),
            ExportFormat::Acled => Writer::Acled(AcledWriter::new(out, actors)?),
            ExportFormat::Ucdp => Writer::Ucdp(UcdpWriter::new(out, actors)?),
            ExportFormat::Geojson => Writer::GeoJson(GeoJsonWriter::new(out)?),
            ExportFormat::Json => bail!("JSON is exported whole"),
        })
    }

    /// Whether the format reads this incident's reconciled figures (see the writers'
    /// `needs_figures`); the flat CSV and GeoJSON always do.
    fn needs_figures(&self, view: &IncidentView<'_>) -> bool {
        match self {
            Writer::Acled(_) => AcledWriter::<W>::needs_figures(view),
            Writer::Ucdp(_) => UcdpWriter::<W>::needs_figures(view),
            Writer::Flat(_) | Writer::GeoJson(_) => true,
        }
    }

    fn write(&mut self, view: &IncidentView<'_>) -> std::io::Result<()> {
        match self {
            Writer::Flat(w) => w.write(view),
            Writer::Acled(w) => w.write(view),
            Writer::Ucdp(w) => w.write(view),
            Writer::GeoJson(w) => w.write(view),
        }
    }

    fn finish(self) -> std::io::Result<W> {
        match self {
            Writer::Flat(w) => w.finish(),
            Writer::Acled(w) => w.finish(),
            Writer::Ucdp(w) => w.finish(),
            Writer::GeoJson(w) => w.finish(),
        }
    }
}

/// Writes every selected incident through `writer`; returns how many. Pages are read from the
/// database on another thread while this one writes the previous page.
fn write_pages<W: Write>(
    store: Store,
    filter: IncidentFilter,
    actors: &[Actor],
    mut writer: Writer<W>,
) -> anyhow::Result<(u64, W)> {
    let (sender, pages) = std::sync::mpsc::sync_channel::<ExportPage>(2);
    let (give_back, written) = std::sync::mpsc::channel::<ExportPage>();
    let reading = std::thread::spawn(move || {
        store.export_pages::<anyhow::Error>(&filter, BATCH, |page| {
            // Pages come back to be freed here, where they were allocated.
            while let Ok(done) = written.try_recv() {
                drop(done);
            }
            sender
                .send(page)
                .map_err(|_| anyhow::anyhow!("the writer stopped"))
        })
    });
    let mut count = 0u64;
    let mut failure: Option<anyhow::Error> = None;
    for page in pages {
        if let Err(e) = write_page(&page, actors, &mut writer) {
            failure = Some(e);
            break;
        }
        count += page.incidents.len() as u64;
        let _ = give_back.send(page);
    }
    let read = reading
        .join()
        .map_err(|_| anyhow::anyhow!("reading the database failed unexpectedly"))?;
    if let Some(e) = failure {
        return Err(e);
    }
    read?;
    Ok((count, writer.finish()?))
}

/// Writes one page's incidents with their claims, sources and reconciled figures (crate
/// `analysis`: low, best and high for each count, by the rules of docs/methodology.md).
fn write_page<W: Write>(
    page: &ExportPage,
    actors: &[Actor],
    writer: &mut Writer<W>,
) -> anyhow::Result<()> {
    let catalog = analysis::Catalog::new(&page.sources, actors);
    let sources: std::collections::HashMap<&model::SourceId, &Source> =
        page.sources.iter().map(|s| (&s.id, s)).collect();
    let mut by_incident: std::collections::HashMap<&IncidentId, Vec<&Claim>> =
        std::collections::HashMap::new();
    for claim in &page.claims {
        by_incident.entry(&claim.incident).or_default().push(claim);
    }
    for incident in &page.incidents {
        let claims = by_incident.get(&incident.id).cloned().unwrap_or_default();
        let mut own_sources: Vec<&Source> = claims
            .iter()
            .filter_map(|c| sources.get(&c.source).copied())
            .collect();
        own_sources.sort_by(|a, b| a.id.cmp(&b.id));
        own_sources.dedup_by(|a, b| a.id == b.id);
        let unreconciled = Reconciled::new();
        let needs_figures = writer.needs_figures(&IncidentView {
            incident,
            claims: &claims,
            sources: &own_sources,
            figures: &unreconciled,
        });
        // An incident the format writes from its own dataset's claim (an ACLED row exported as
        // ACLED) is not reconciled: the figures would not be read.
        let reconciled: Reconciled = if needs_figures {
            let reconciliation = catalog.reconcile(incident, &claims);
            reconciliation
                .figures
                .iter()
                .map(|(count, figure)| {
                    let estimate = &figure.estimate;
                    let range = FigureRange {
                        low: estimate.low,
                        best: estimate.best,
                        high: estimate.high,
                    };
                    (*count, range)
                })
                .collect()
        } else {
            unreconciled
        };
        writer.write(&IncidentView {
            incident,
            claims: &claims,
            sources: &own_sources,
            figures: &reconciled,
        })?;
    }
    Ok(())
}

/// `crosscheck export csv|acled|ucdp|geojson|hxl [-o FILE] [filters]`. A file is written beside
/// its destination and renamed into place, so a failed export never leaves half a file.
pub fn export(
    db: &Path,
    format: ExportFormat,
    output: Option<&Path>,
    selection: &ExportFilter,
) -> anyhow::Result<u64> {
    let store = Store::open_existing(db)?;
    let filter = IncidentFilter {
        from: selection.from,
        to: selection.to,
        country: selection.country,
        admin1: selection.admin1.clone(),
        event_type: selection.event_type,
        ..IncidentFilter::default()
    };
    let actor_records = store.actors()?;
    let actors = ActorNames::new(&actor_records);
    match output {
        None => {
            let stdout = BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
            let (written, mut out) = write_pages(
                store,
                filter,
                &actor_records,
                Writer::new(format, stdout, actors)?,
            )?;
            out.flush()?;
            report_peak();
            Ok(written)
        }
        Some(path) => {
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let temp = tempfile::NamedTempFile::new_in(dir)
                .with_context(|| format!("cannot write in {}", dir.display()))?;
            let out = BufWriter::with_capacity(1 << 20, temp);
            let (written, out) = write_pages(
                store,
                filter,
                &actor_records,
                Writer::new(format, out, actors)?,
            )?;
            let temp = out.into_inner().map_err(|e| e.into_error())?;
            temp.as_file().sync_all()?;
            temp.persist(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("exported {written} incidents to {}", path.display());
            report_peak();
            Ok(written)
        }
    }
}
