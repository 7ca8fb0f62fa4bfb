//! `crosscheck eval extract GOLD.jsonl`: precision and recall of the incidents `extract` finds,
//! and the accuracy of each field, against a gold file (lines of an article plus its expected
//! incidents; see crates/extract/gold/README.md). A readable table, or one JSON object with
//! `--json`.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use extract::eval::{GoldArticle, Report, Tally, score};

/// `crosscheck eval …`.
#[derive(Debug, clap::Subcommand)]
pub enum EvalCommand {
    /// Score `crosscheck extract` against a gold file.
    Extract {
        /// Lines of {"id", "published", "text", "incidents": [...]} (optionally "split").
        gold: PathBuf,
        /// Only the lines of this split ("dev", "heldout3", or any other name a gold file uses).
        #[arg(long)]
        split: Option<String>,
        /// Print one JSON object.
        #[arg(long)]
        json: bool,
    },
}

/// Runs an `eval` subcommand.
pub fn run(command: EvalCommand) -> anyhow::Result<()> {
    let EvalCommand::Extract { gold, split, json } = command;
    let name = gold.display().to_string();
    let text = std::fs::read_to_string(&gold).with_context(|| format!("cannot read {name}"))?;
    let mut articles: Vec<GoldArticle> = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let article: GoldArticle = serde_json::from_str(line)
            .map_err(|e| anyhow::anyhow!("{name}:{}:{}: {e}", index + 1, e.column()))?;
        if split
            .as_deref()
            .is_none_or(|s| article.split.as_deref() == Some(s))
        {
            articles.push(article);
        }
    }
    if articles.is_empty() {
        anyhow::bail!("{name}: no article to score");
    }
    let mut outputs = Vec::with_capacity(articles.len());
    for article in &articles {
        let published = match article.published.as_deref() {
            Some(p) => Some(p.parse::<model::Date>().with_context(|| {
                format!(
                    "{name}: article {}: published {p:?} is not a date",
                    article.id
                )
            })?),
            None => None,
        };
        let mut input = extract::Article::new(&article.text);
        input.id = Some(&article.id);
        input.published = published;
        outputs.push(extract::extract(&input).0);
    }
    let report = score(
        articles
            .iter()
            .zip(&outputs)
            .map(|(a, got)| (a.incidents.as_slice(), got.as_slice())),
    );
    let mut out = std::io::stdout().lock();
    if json {
        let value = serde_json::json!({
            "gold": name,
            "split": split,
            "report": report,
        });
        writeln!(out, "{value}")?;
    } else {
        write!(out, "{}", table(&name, split.as_deref(), &report))?;
    }
    out.flush()?;
    Ok(())
}

fn row(label: &str, t: &Tally) -> String {
    format!(
        "  {label:<24} {:>6.3}  ({}/{})\n",
        t.accuracy(),
        t.correct,
        t.total
    )
}

/// The report as a table.
pub fn table(name: &str, split: Option<&str>, r: &Report) -> String {
    let mut s = String::new();
    s.push_str(&format!(
        "{name}{}: {} articles\n\n",
        split.map(|s| format!(" (split {s})")).unwrap_or_default(),
        r.articles
    ));
    s.push_str(&format!(
        "incidents  gold {}  extracted {}  matched {}\n  precision {:.3}  recall {:.3}  F1 {:.3}\n",
        r.gold_incidents, r.extracted_incidents, r.matched, r.precision, r.recall, r.f1
    ));
    s.push_str(&row("articles with none", &r.empty_articles_right));
    s.push_str("\nfields (matched incidents)\n");
    let f = &r.fields;
    for (label, t) in [
        ("date", &f.date),
        ("date_precision", &f.date_precision),
        ("country", &f.country),
        ("admin1", &f.admin1),
        ("admin2", &f.admin2),
        ("event_type", &f.event_type),
        ("perpetrator", &f.perpetrator),
    ] {
        s.push_str(&row(label, t));
    }
    let c = &r.claims;
    s.push_str(&format!(
        "\nclaims (matched incidents; {} extracted claims with no gold claim of their voice)\n",
        c.spurious
    ));
    for (label, t) in [
        ("claim found (voice)", &c.found),
        ("killed", &c.killed),
        ("killed_qualifier", &c.killed_qualifier),
        ("injured", &c.injured),
        ("civilians_killed", &c.civilians_killed),
        ("women_killed", &c.women_killed),
        ("children_killed", &c.children_killed),
        ("combatants_killed", &c.combatants_killed),
        ("security_forces_killed", &c.security_forces_killed),
    ] {
        s.push_str(&row(label, t));
    }
    s
}
