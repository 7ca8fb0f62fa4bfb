//! `crosscheck`: the command line over the record.
//!
//! Each subcommand lives in its own module under `commands/` and stays thin: it reads its inputs,
//! calls the store, interop, analysis or web crates, and prints. Errors end the program with exit
//! code 1 and one message that says what went wrong and where (file, line, field); usage errors
//! end it with exit code 2 (clap's convention).
#![forbid(unsafe_code)]

mod cli;
mod commands;
mod demo;

use std::process::ExitCode;

use clap::Parser;

/// mimalloc rather than the system allocator: a bulk import or export allocates and frees
/// millions of small strings, and glibc's allocator spent a sixth of an import's CPU time
/// consolidating freed chunks (`docs/interop.md`, Performance).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CROSSCHECK_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    match commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // A closed pipe (`crosscheck export json | head`) is not a failure.
            if error
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
