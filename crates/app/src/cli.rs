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
    /// Explain one incident's figures: low, best and high by group, the grade and why, each
    /// party's competing claims, and what to look at twice.
    Explain {
        /// The incident's id.
        incident: String,
        /// Print one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Serve the pages over HTTP.
    Serve {
        /// Where to listen.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
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
