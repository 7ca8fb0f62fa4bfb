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
    /// Serve the pages over HTTP.
    Serve {
        /// Where to listen.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
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
