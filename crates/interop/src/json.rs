//! The JSON dataset format: every record crosscheck holds, in one self-describing file.
//!
//! The format is documented in `docs/data-format.md`; its JSON Schema is generated from the model
//! by [`dataset_schema`] and committed as `docs/dataset.schema.json`. Writing is canonical: records
//! sorted by id, fields in a fixed order, two-space indentation, a final newline. Reading a written
//! file and writing it again gives the same bytes.

use std::fmt;

use model::{Dataset, DatasetError};

/// Why a dataset file was refused: where (file, line, column, field path) and what.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ReadError {
    /// The file's name as the user gave it.
    pub file: String,
    /// The line of the problem (1-based), when the parser knows it.
    pub line: Option<usize>,
    /// The column of the problem (1-based), when the parser knows it.
    pub column: Option<usize>,
    /// The path of the offending field (`claims[3].figures.killed`), when known.
    pub path: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        if let Some(path) = &self.path {
            write!(f, ": {path}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl ReadError {
    /// An error about a dataset that parsed but breaks a rule (a duplicate id, a dangling
    /// reference). `text` is the file's text, searched for the line of the offending record.
    pub fn from_dataset_error(file: &str, text: &str, error: DatasetError) -> Self {
        ReadError {
            file: file.to_owned(),
            line: line_of_path(text, &error.path),
            column: None,
            path: Some(error.path),
            message: error.message,
        }
    }
}

/// Reads a dataset from JSON text. `file` names the text in errors. The dataset's references are
/// not checked here (they may point into a database): call [`Dataset::check`] or
/// [`Dataset::check_against`] for that.
pub fn read_dataset(file: &str, text: &str) -> Result<Dataset, ReadError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let dataset: Dataset =
        serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
            let path = error.path().to_string();
            let inner = error.into_inner();
            ReadError {
                file: file.to_owned(),
                line: (inner.line() > 0).then_some(inner.line()),
                column: (inner.column() > 0).then_some(inner.column()),
                path: (path != ".").then_some(path),
                message: strip_position(&inner.to_string()),
            }
        })?;
    deserializer.end().map_err(|inner| ReadError {
        file: file.to_owned(),
        line: Some(inner.line()),
        column: Some(inner.column()),
        path: None,
        message: strip_position(&inner.to_string()),
    })?;
    Ok(dataset)
}

/// Writes a dataset as canonical JSON: records sorted by id, two-space indentation, a final
/// newline.
pub fn write_dataset(dataset: &Dataset) -> String {
    let mut sorted = dataset.clone();
    sorted.sort();
    // Serialising plain data to a string cannot fail: every key is a string and every number is
    // finite (coordinates are checked on construction).
    let mut text =
        serde_json::to_string_pretty(&sorted).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}

/// The JSON Schema of the dataset format, generated from the model.
pub fn dataset_schema() -> String {
    let schema = schemars::schema_for!(Dataset);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// serde_json appends " at line L column C" to its messages; the error carries both already.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

/// Finds the line on which the record a dataset path points into (`claims[3]…`) begins, by
/// scanning the text for the collection's key at the top level and counting the elements of its
/// array. Gives up (None) on text that does not parse that far.
fn line_of_path(text: &str, path: &str) -> Option<usize> {
    let (collection, rest) = path.split_once('[')?;
    let index: usize = rest.split_once(']')?.0.parse().ok()?;
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut at = 0usize;
    // Where the collection's array opened (its depth inside), and elements seen so far.
    let mut array_depth: Option<usize> = None;
    let mut elements = 0usize;
    let mut expecting_element = false;
    let mut last_string: Option<(usize, usize)> = None;
    while at < bytes.len() {
        let byte = bytes[at];
        match byte {
            b'"' => {
                let start = at + 1;
                at += 1;
                while at < bytes.len() && bytes[at] != b'"' {
                    at += if bytes[at] == b'\\' { 2 } else { 1 };
                }
                last_string = Some((start, at.min(bytes.len())));
                if array_depth == Some(depth) && expecting_element {
                    if elements == index {
                        return Some(text[..start].matches('\n').count() + 1);
                    }
                    expecting_element = false;
                }
            }
            b'[' | b'{' => {
                if array_depth == Some(depth) && expecting_element {
                    if elements == index {
                        return Some(text[..at].matches('\n').count() + 1);
                    }
                    expecting_element = false;
                }
                depth += 1;
                if byte == b'['
                    && depth == 2
                    && array_depth.is_none()
                    && let Some((s, e)) = last_string
                    && &text[s..e] == collection
                {
                    array_depth = Some(depth);
                    expecting_element = true;
                }
            }
            b']' | b'}' => {
                if array_depth == Some(depth) {
                    return None;
                }
                depth = depth.checked_sub(1)?;
            }
            b',' if array_depth == Some(depth) => {
                elements += 1;
                expecting_element = true;
            }
            _ => {}
        }
        at += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"{
  "format": "crosscheck-dataset",
  "version": 1,
  "actors": [
    {"id": "PAK", "name": "Pakistan", "kind": "state", "country": "PAK", "party": true}
  ],
  "sources": [
    {"id": "dw-2025-11-25", "publisher": "DW", "kind": "international_media",
     "url": "https://www.dw.com/en/pakistan-airstrike-afghanistan-khost-taliban/a-74874535"}
  ],
  "incidents": [
    {"id": "inc-2025-11-25-khost", "title": "Airstrikes in Khost province",
     "date": {"date": "2025-11-25", "precision": "day"},
     "places": [{"country": "AFG", "admin1": "Khost", "precision": "region"}],
     "event_type": "air_strike", "perpetrators": ["PAK"],
     "summary": "Airstrikes on a house in Khost province.", "status": "published"}
  ],
  "claims": [
    {"id": "c1", "incident": "inc-2025-11-25-khost", "source": "dw-2025-11-25",
     "figures": {"killed": {"total": {"qualifier": "exact", "value": 10},
                            "children": {"qualifier": "exact", "value": 9},
                            "women": {"qualifier": "exact", "value": 1}}}}
  ]
}"#;

    #[test]
    fn a_small_dataset_reads_checks_and_writes_canonically() {
        let dataset = read_dataset("small.json", SMALL).unwrap();
        dataset.check().unwrap();
        let written = write_dataset(&dataset);
        let again = write_dataset(&read_dataset("written.json", &written).unwrap());
        assert_eq!(written, again);
        assert!(written.ends_with("}\n"));
    }

    #[test]
    fn an_impossible_figure_is_refused_with_line_and_path() {
        let bad = SMALL.replace(r#""value": 9}"#, r#""value": 12}"#);
        let err = read_dataset("bad.json", &bad).unwrap_err();
        assert_eq!(err.path.as_deref(), Some("claims[0].figures.killed"));
        assert_eq!(err.line, Some(22));
        assert_eq!(err.message, "children (12) outnumber the total (10)");
        assert!(err.to_string().starts_with("bad.json:22:"), "{err}");
    }

    #[test]
    fn a_dangling_reference_names_the_field_and_the_line() {
        let bad = SMALL.replace(r#""source": "dw-2025-11-25""#, r#""source": "dw-x""#);
        let dataset = read_dataset("bad.json", &bad).unwrap();
        let err = ReadError::from_dataset_error("bad.json", &bad, dataset.check().unwrap_err());
        assert_eq!(err.path.as_deref(), Some("claims[0].source"));
        assert_eq!(err.line, Some(19));
        assert_eq!(
            err.to_string(),
            "bad.json:19: claims[0].source: no source has the id \"dw-x\""
        );
    }

    #[test]
    fn syntax_errors_and_unknown_fields_are_located() {
        let err = read_dataset("cut.json", &SMALL[..200]).unwrap_err();
        assert!(err.line.is_some(), "{err}");
        let bad = SMALL.replace(r#""party": true"#, r#""party": true, "colour": "red""#);
        let err = read_dataset("extra.json", &bad).unwrap_err();
        assert_eq!(err.path.as_deref(), Some("actors[0].colour"));
        assert!(err.message.contains("unknown field `colour`"), "{err}");
        let err = read_dataset("trailing.json", &format!("{SMALL} x")).unwrap_err();
        assert!(err.message.contains("trailing characters"), "{err}");
    }

    #[test]
    fn the_schema_names_every_collection() {
        let schema: serde_json::Value = serde_json::from_str(&dataset_schema()).unwrap();
        for key in [
            "actors",
            "sources",
            "incidents",
            "claims",
            "ceasefires",
            "talks",
            "statements",
        ] {
            assert!(schema["properties"].get(key).is_some(), "{key}");
        }
    }
}
