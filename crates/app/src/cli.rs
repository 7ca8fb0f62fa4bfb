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
    /// Import records from a file; a bad file is refused whole.
    Import {
        /// The file's format.
        format: ImportFormat,
        /// The file to read.
        file: PathBuf,
    },
    /// Export records to a file or standard output.
    Export {
        /// The format to write.
        format: ExportFormat,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
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
}

/// Formats `export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// crosscheck's JSON dataset format (docs/data-format.md).
    Json,
}
