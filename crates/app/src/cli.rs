//! The command line's grammar: every subcommand, flag and default, in one place.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// crosscheck records cross-border incidents, the sources that report them and what each source
/// (and each party it quotes) claims, and reconciles the claims into transparent figures.
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, about, max_term_width = 100)]
pub struct Cli {
    /// The database file.
    #[arg(
        long,
        global = true,
        env = "CROSSCHECK_DB",
        default_value = "crosscheck.db"
    )]
    pub db: PathBuf,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load the built-in demo data (from the December 2025 report) into a temporary database and
    /// serve it; prints the URL first.
    Demo {
        /// Where to listen (a free port is taken if the default one is busy).
        #[arg(long)]
        addr: Option<SocketAddr>,
    },
    /// Create a new database.
    Init {
        /// Load the built-in demo data into it.
        #[arg(long)]
        demo: bool,
    },
    /// Import records from a file. A JSON dataset is refused whole if anything is wrong; in the
    /// other formats bad rows are reported (file:line:column: reason) and the good ones imported.
    Import {
        /// The file's format.
        format: ImportFormat,
        /// The file to read.
        file: PathBuf,
        /// For `csv`: the mapping file that names which column is which (docs/interop.md).
        #[arg(long)]
        map: Option<PathBuf>,
        /// Import nothing if any row is bad.
        #[arg(long)]
        strict: bool,
        /// Publish the incidents this import creates (a dataset already public, such as ACLED's
        /// or UCDP's), instead of leaving them drafts for review. Drafts are seen only by those
        /// signed in; incidents already stored keep their status. Not for `json`, whose records
        /// carry their own status.
        #[arg(long)]
        publish: bool,
    },
    /// Export records to a file or standard output.
    Export {
        /// The format to write.
        format: ExportFormat,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The selection (every format but json, which writes the whole record).
        #[command(flatten)]
        filter: ExportFilter,
    },
    /// Measure crosscheck on generated data.
    Bench {
        /// What to measure.
        #[command(subcommand)]
        command: BenchCommand,
    },
    /// Count the records in the database.
    Stats {
        /// Print one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Look up places in the gazetteer of Afghanistan and Pakistan (JSON lines).
    Places {
        /// What to look up.
        #[command(subcommand)]
        command: PlacesCommand,
    },
    /// Explain one incident's figures: low, best and high by group, the grade and why, each
    /// party's competing claims, and what to look at twice.
    Explain {
        /// The incident's id.
        incident: String,
        /// Print one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Draft incidents and claims from article text: one JSON object per incident, one per line
    /// (docs/extract.md).
    Extract(crate::commands::extract::Args),
    /// Extract articles (JSON lines) and store each as a source with its claims, attached to the
    /// incident it reports or to a new draft incident.
    Ingest {
        /// Articles, one JSON object a line: id, published, text (url, publisher, title optional).
        file: PathBuf,
    },
    /// Score a part of crosscheck against a gold set.
    Eval {
        /// What to score.
        #[command(subcommand)]
        command: crate::commands::eval::EvalCommand,
    },
    /// Serve the pages and the JSON API over HTTP.
    Serve {
        /// Where to listen.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// Mark session cookies Secure (when users reach the server over HTTPS, through a proxy).
        #[arg(long)]
        secure_cookies: bool,
    },
    /// Manage the accounts that sign in to the pages and the API.
    User {
        /// What to do.
        #[command(subcommand)]
        action: UserAction,
    },
    /// Manage API tokens.
    Token {
        /// What to do.
        #[command(subcommand)]
        action: TokenAction,
    },
    /// Check the audit log (hash chain and Merkle root), or an export against it.
    Verify {
        /// An export (`crosscheck export json`) to check against the log.
        #[arg(long)]
        export: Option<PathBuf>,
    },
    /// The weekly escalation index (docs/escalation.md): the weeks with a score, or every week.
    Escalation {
        /// Print every week as JSON, one object per week.
        #[arg(long)]
        json: bool,
    },
    /// Raise the alerts the index calls for, POST new ones to the webhooks, list them all.
    Alerts {
        /// Print the alerts as JSON.
        #[arg(long)]
        json: bool,
    },
    /// How the index would have warned before past escalations, beside a naive baseline.
    Backtest {
        /// Also backtest ACLED history (a CSV export).
        #[arg(long)]
        acled: Option<PathBuf>,
        /// Also backtest UCDP GED history (CSV or GeoJSON).
        #[arg(long)]
        ucdp: Option<PathBuf>,
        /// Print the results as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Manage the webhook URLs alerts are POSTed to.
    Webhook {
        /// What to do.
        #[command(subcommand)]
        action: WebhookAction,
    },
}

/// `crosscheck webhook …`.
#[derive(Debug, Subcommand)]
pub enum WebhookAction {
    /// Add a URL (http://) that every new alert is POSTed to, as JSON.
    Add {
        /// The URL.
        url: String,
    },
    /// List the webhooks.
    List,
    /// Remove a webhook: nothing more is sent to it.
    Remove {
        /// The webhook's number, as `webhook list` shows it.
        id: u64,
    },
}

/// `crosscheck user …`.
#[derive(Debug, Subcommand)]
pub enum UserAction {
    /// Create a user; prints a one-time password, shown only once.
    Add {
        /// The name to sign in with.
        name: String,
        /// The role: viewer, contributor, verifier or admin.
        #[arg(long)]
        role: String,
    },
    /// List the users.
    List,
    /// Give a user a new one-time password (its sessions end).
    Passwd {
        /// The user.
        name: String,
    },
    /// Change a user's role.
    Role {
        /// The user.
        name: String,
        /// The new role.
        role: String,
    },
    /// Disable a user: no sign-in, no token works.
    Disable {
        /// The user.
        name: String,
    },
    /// Enable a disabled user again.
    Enable {
        /// The user.
        name: String,
    },
}

/// `crosscheck token …`.
#[derive(Debug, Subcommand)]
pub enum TokenAction {
    /// Issue an API token for a user; prints it once.
    Create {
        /// The user it acts for.
        #[arg(long)]
        user: String,
        /// The role it is scoped to (the user's own by default; never above it).
        #[arg(long)]
        role: Option<String>,
        /// What it is for.
        #[arg(long)]
        label: Option<String>,
    },
    /// List the tokens (without their secrets).
    List,
    /// Revoke a token: it stops working at once.
    Revoke {
        /// The token's number, as `token list` shows it.
        id: u64,
    },
}

/// `crosscheck places …`.
#[derive(Debug, Subcommand)]
pub enum PlacesCommand {
    /// Every place a name may mean, best match first.
    Search {
        /// The name, as written (any spelling; "Spera district of Khost" works).
        #[arg(required = true, num_args = 1..)]
        name: Vec<String>,
        /// The country it is known to be in (AFG or PAK).
        #[arg(long)]
        country: Option<model::CountryCode>,
        /// The province it is known to be in.
        #[arg(long)]
        admin1: Option<String>,
    },
    /// The province and district a point falls in, the nearest town and crossing, and the
    /// distance to the Afghanistan–Pakistan border.
    Near {
        /// Latitude in degrees.
        #[arg(allow_negative_numbers = true)]
        lat: f64,
        /// Longitude in degrees.
        #[arg(allow_negative_numbers = true)]
        lon: f64,
    },
}

/// Formats `import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// crosscheck's JSON dataset format (docs/data-format.md).
    Json,
    /// ACLED's CSV export: the current 31 columns, older layouts, or some of the columns.
    Acled,
    /// UCDP GED: its 49-column CSV, or GeoJSON points made from it (.geojson, .json).
    Ucdp,
    /// Any CSV through `--map MAPPING.toml`; without it, crosscheck's own flat CSV.
    Csv,
}

/// Formats `export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// crosscheck's JSON dataset format (docs/data-format.md).
    Json,
    /// crosscheck's flat CSV: one row per incident with its reconciled figures.
    Csv,
    /// ACLED's 31 columns.
    Acled,
    /// UCDP GED's 49 columns.
    Ucdp,
    /// An RFC 7946 FeatureCollection of points.
    Geojson,
    /// The flat CSV with an HXL hashtag row under the header.
    Hxl,
}

/// Which incidents `export` writes.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct ExportFilter {
    /// On or after this day (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<model::Date>,
    /// On or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<model::Date>,
    /// In this country (ISO 3166-1 alpha-3: AFG, PAK).
    #[arg(long)]
    pub country: Option<model::CountryCode>,
    /// In this province (as recorded, any case).
    #[arg(long)]
    pub admin1: Option<String>,
    /// Of this type (air_strike, drone_strike, shelling, cross_border_fire, armed_clash,
    /// suicide_bombing, bombing, armed_attack, other).
    #[arg(long = "type", value_parser = |s: &str| model::EventType::parse(s))]
    pub event_type: Option<model::EventType>,
}

/// `crosscheck bench …`.
#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Generate ACLED rows (31 columns, ~200-character notes), import them into a new database
    /// and export them again; print rows per second and peak memory for each step.
    ImportAcled {
        /// How many rows.
        #[arg(long, default_value_t = 1_000_000)]
        rows: u64,
        /// Work in this directory (kept) instead of a temporary one.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
}
