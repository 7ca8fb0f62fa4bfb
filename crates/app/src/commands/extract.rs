//! `crosscheck extract`: draft incidents from article text, printed as JSON lines (the contract is
//! in docs/extract.md). Reads files, or standard input when none is given; `--jsonl` reads lines
//! of `{"id", "published", "text"}` instead of plain text.

use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde::Deserialize;

/// `crosscheck extract [--published YYYY-MM-DD] [--jsonl] [FILE ...]`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The day the articles were published: dates such as "on Tuesday" resolve against it.
    #[arg(long)]
    pub published: Option<model::Date>,
    /// Read JSON lines of {"id", "published", "text"} instead of plain text.
    #[arg(long)]
    pub jsonl: bool,
    /// Files to read (standard input when none is given). Each plain-text file is one article.
    pub files: Vec<PathBuf>,
}

/// One line of `--jsonl` input (also the input of `crosscheck ingest`).
#[derive(Debug, Deserialize)]
pub struct ArticleLine {
    /// The article's id.
    #[serde(default)]
    pub id: Option<String>,
    /// Its publication day, "YYYY-MM-DD".
    #[serde(default)]
    pub published: Option<String>,
    /// Its text.
    pub text: String,
    /// Its address.
    #[serde(default)]
    pub url: Option<String>,
    /// Who published it.
    #[serde(default)]
    pub publisher: Option<String>,
    /// Its title.
    #[serde(default)]
    pub title: Option<String>,
}

impl ArticleLine {
    /// The publication day, refusing a malformed one with the line it came from.
    pub fn published_day(&self, name: &str, line: usize) -> anyhow::Result<Option<model::Date>> {
        match self
            .published
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            None => Ok(None),
            Some(text) => text.parse().map(Some).with_context(|| {
                format!("{name}:{line}: published: {text:?} is not a YYYY-MM-DD date")
            }),
        }
    }
}

/// Parses JSON lines of articles; blank lines are skipped, a bad line is an error with its number.
pub fn read_article_lines(name: &str, text: &str) -> anyhow::Result<Vec<(usize, ArticleLine)>> {
    let mut out = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let article: ArticleLine = serde_json::from_str(line)
            .map_err(|e| anyhow::anyhow!("{name}:{}:{}: {e}", index + 1, e.column()))?;
        out.push((index + 1, article));
    }
    Ok(out)
}

/// Reads a file (or standard input for `None`) as text; bytes that are not UTF-8 are replaced, so
/// that binary input gives no incident rather than an error.
fn read_text(path: Option<&Path>) -> anyhow::Result<(String, String)> {
    let mut bytes = Vec::new();
    let name = match path {
        Some(path) => {
            std::fs::File::open(path)
                .and_then(|mut f| f.read_to_end(&mut bytes))
                .with_context(|| format!("cannot read {}", path.display()))?;
            path.display().to_string()
        }
        None => {
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .context("cannot read standard input")?;
            "<stdin>".to_owned()
        }
    };
    Ok((name, String::from_utf8_lossy(&bytes).into_owned()))
}

fn print(out: &mut impl Write, incidents: &[extract::DraftIncident]) -> anyhow::Result<()> {
    for incident in incidents {
        serde_json::to_writer(&mut *out, incident)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn note(name: &str, diagnostics: &[extract::Diagnostic]) {
    for d in diagnostics {
        tracing::info!(
            "{name}: bytes {}..{}: {}",
            d.span.start,
            d.span.end,
            d.message
        );
    }
}

/// Runs `crosscheck extract`.
pub fn run(args: &Args) -> anyhow::Result<()> {
    let inputs: Vec<Option<&Path>> = if args.files.is_empty() {
        vec![None]
    } else {
        args.files.iter().map(|p| Some(p.as_path())).collect()
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for input in inputs {
        let (name, text) = read_text(input)?;
        if args.jsonl {
            for (line, article) in read_article_lines(&name, &text)? {
                let published = article.published_day(&name, line)?.or(args.published);
                let mut input = extract::Article::new(&article.text);
                input.id = article.id.as_deref();
                input.published = published;
                let (incidents, diagnostics) = extract::extract(&input);
                note(&format!("{name}:{line}"), &diagnostics);
                print(&mut out, &incidents)?;
            }
        } else {
            let mut article = extract::Article::new(&text);
            article.published = args.published;
            // A file's path is the article's id; standard input has none.
            article.id = input.map(|_| name.as_str());
            let (incidents, diagnostics) = extract::extract(&article);
            note(&name, &diagnostics);
            print(&mut out, &incidents)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Reads the articles of a JSON-lines file for `ingest` and `eval`.
pub fn read_jsonl_file(path: &Path) -> anyhow::Result<(String, Vec<(usize, ArticleLine)>)> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path).with_context(|| format!("cannot read {name}"))?;
    let mut text = String::new();
    for line in std::io::BufReader::new(file).lines() {
        let line = line.with_context(|| format!("cannot read {name} (is it UTF-8 text?)"))?;
        text.push_str(&line);
        text.push('\n');
    }
    let lines = read_article_lines(&name, &text)?;
    if lines.is_empty() {
        bail!("{name}: no article (expected one JSON object a line)");
    }
    Ok((name, lines))
}
