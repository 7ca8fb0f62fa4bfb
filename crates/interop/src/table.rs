//! Reading CSV tables: the header and its column names, HDX's HXL tag row, one row at a time with
//! its line number, and the error a bad row gets (file, line, column, reason).
//!
//! Every tabular reader (ACLED, UCDP, a mapped spreadsheet, crosscheck's own flat CSV) goes
//! through here, so that they all skip the same things and report problems the same way.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::io::Read;

/// A row (or a whole file) that could not be read: where, and why.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct RowError {
    /// The file's name as the user gave it.
    pub file: String,
    /// The line the row starts on (1-based; the header is line 1), or for a GeoJSON file the
    /// feature's number. 0 when the problem is the whole file.
    pub line: u64,
    /// The column (1-based) and its name, when one cell is at fault.
    pub column: Option<(usize, String)>,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        if let Some((index, name)) = &self.column {
            write!(f, ":{index}: {name}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl RowError {
    /// An error about the whole file (no header, a column missing).
    pub fn file(file: &str, message: impl Into<String>) -> Self {
        RowError {
            file: file.to_owned(),
            line: 0,
            column: None,
            message: message.into(),
        }
    }
}

/// The header of a table: the names as written and a case-insensitive index of them.
#[derive(Clone, Debug)]
pub(crate) struct Header {
    names: Vec<String>,
    index: HashMap<String, usize>,
}

impl Header {
    fn new(names: Vec<String>) -> Self {
        let mut index = HashMap::new();
        for (i, name) in names.iter().enumerate() {
            // The first of two equal names wins; the second is still kept by position.
            index.entry(normalise_name(name)).or_insert(i);
        }
        Header { names, index }
    }

    /// The columns' names, as written.
    pub(crate) fn names(&self) -> &[String] {
        &self.names
    }

    /// The position of the first of `names` present (case, spaces and `-` ignored).
    pub(crate) fn find(&self, names: &[&str]) -> Option<usize> {
        names
            .iter()
            .find_map(|n| self.index.get(&normalise_name(n)).copied())
    }

    /// The name of column `index`.
    pub(crate) fn name(&self, index: usize) -> &str {
        self.names.get(index).map_or("?", String::as_str)
    }
}

/// Column names compared without case, surrounding spaces, or the difference between ` `, `-` and
/// `_` ("Event ID" meets "event_id").
pub(crate) fn normalise_name(name: &str) -> String {
    name.trim()
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Wraps the input to remember where its line breaks are, so that a row's line can be told
/// exactly (the csv crate's own count goes wrong after blank lines and with `\r\n` line ends).
pub(crate) struct Lines<R> {
    inner: R,
    consumed: u64,
    /// Offsets of the `\r` and `\n` bytes not yet passed, the top bit set for `\n`.
    breaks: VecDeque<u64>,
    /// `\n` bytes already passed and forgotten.
    passed: u64,
}

const NEWLINE: u64 = 1 << 63;

impl<R: Read> Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for (i, byte) in buf[..n].iter().enumerate() {
            match byte {
                b'\n' => self.breaks.push_back((self.consumed + i as u64) | NEWLINE),
                b'\r' => self.breaks.push_back(self.consumed + i as u64),
                _ => {}
            }
        }
        self.consumed += n as u64;
        Ok(n)
    }
}

impl<R> Lines<R> {
    /// The line of the first byte at or after `byte` that is not a line break (a record starts
    /// there once blank lines are skipped), forgetting the breaks before it.
    fn line_at(&mut self, byte: u64) -> u64 {
        let mut start = byte;
        while let Some(&front) = self.breaks.front() {
            let at = front & !NEWLINE;
            if at < start {
                self.passed += u64::from(front & NEWLINE != 0);
                self.breaks.pop_front();
            } else if at == start {
                // A break where the record would start: a blank line, skip past it.
                self.passed += u64::from(front & NEWLINE != 0);
                self.breaks.pop_front();
                start += 1;
            } else {
                break;
            }
        }
        self.passed + 1
    }
}

/// A CSV table read row by row.
pub(crate) struct Table<R: Read> {
    file: String,
    reader: csv::Reader<Lines<R>>,
    header: Header,
    record: csv::StringRecord,
    /// A row read ahead while looking for the HXL tag row.
    pending: Option<csv::StringRecord>,
    done: bool,
}

/// One row of a table, borrowed until the next is read.
#[derive(Debug)]
pub(crate) struct Row<'t> {
    pub(crate) file: &'t str,
    pub(crate) header: &'t Header,
    pub(crate) record: &'t csv::StringRecord,
    pub(crate) line: u64,
}

impl<R: Read> Table<R> {
    /// Opens a table: reads the header, and skips an HXL tag row right under it (HDX's files
    /// carry one).
    pub(crate) fn open(file: &str, input: R) -> Result<Self, RowError> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(Lines {
                inner: input,
                consumed: 0,
                breaks: VecDeque::new(),
                passed: 0,
            });
        let mut first = csv::StringRecord::new();
        let found = reader
            .read_record(&mut first)
            .map_err(|e| csv_error(file, &e, None))?;
        if !found {
            return Err(RowError::file(
                file,
                "the file is empty; expected a header row",
            ));
        }
        let mut names: Vec<String> = first.iter().map(str::to_owned).collect();
        if let Some(name) = names.first_mut()
            && let Some(rest) = name.strip_prefix('\u{feff}')
        {
            *name = rest.to_owned();
        }
        if names.iter().all(|n| n.trim().is_empty()) {
            return Err(RowError::file(file, "the header row is empty"));
        }
        let header = Header::new(names);
        let mut table = Table {
            file: file.to_owned(),
            reader,
            header,
            record: csv::StringRecord::new(),
            pending: None,
            done: false,
        };
        let mut second = csv::StringRecord::new();
        match table.reader.read_record(&mut second) {
            Ok(true) if is_hxl_row(&second) => {}
            Ok(true) => table.pending = Some(second),
            Ok(false) => table.done = true,
            // A bad second row is reported when it is reached as a data row.
            Err(_) => {}
        }
        Ok(table)
    }

    /// The header.
    pub(crate) fn header(&self) -> &Header {
        &self.header
    }

    /// The next data row, or the error that kept it from being read. Rows with the wrong number
    /// of cells are errors; blank lines are skipped.
    pub(crate) fn next_row(&mut self) -> Option<Result<Row<'_>, RowError>> {
        loop {
            if let Some(pending) = self.pending.take() {
                self.record = pending;
            } else {
                if self.done {
                    return None;
                }
                match self.reader.read_record(&mut self.record) {
                    Ok(true) => {}
                    Ok(false) => {
                        self.done = true;
                        return None;
                    }
                    Err(e) => {
                        // An I/O error ends the table; a bad row (invalid UTF-8) does not.
                        if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                            self.done = true;
                        }
                        let mut error = csv_error(&self.file, &e, Some(&self.header));
                        if let Some(position) = e.position() {
                            error.line = self.reader.get_mut().line_at(position.byte());
                        }
                        return Some(Err(error));
                    }
                }
            }
            let byte = self.record.position().map_or(0, csv::Position::byte);
            let line = self.reader.get_mut().line_at(byte);
            if self.record.len() == 1 && self.record.get(0).is_some_and(|c| c.trim().is_empty()) {
                continue;
            }
            if self.record.len() != self.header.names.len() {
                return Some(Err(RowError {
                    file: self.file.clone(),
                    line,
                    column: None,
                    message: format!(
                        "the row has {} cells but the header names {} columns",
                        self.record.len(),
                        self.header.names.len()
                    ),
                }));
            }
            return Some(Ok(Row {
                file: &self.file,
                header: &self.header,
                record: &self.record,
                line,
            }));
        }
    }
}

/// Whether a row is an HXL hashtag row: every non-empty cell starts with `#`, and one does.
fn is_hxl_row(record: &csv::StringRecord) -> bool {
    let mut any = false;
    for cell in record.iter().map(str::trim).filter(|c| !c.is_empty()) {
        if !cell.starts_with('#') {
            return false;
        }
        any = true;
    }
    any
}

fn csv_error(file: &str, error: &csv::Error, header: Option<&Header>) -> RowError {
    let line = error.position().map_or(0, csv::Position::line);
    match error.kind() {
        csv::ErrorKind::Utf8 { err, .. } => {
            let column = header.map(|h| (err.field() + 1, h.name(err.field()).to_owned()));
            RowError {
                file: file.to_owned(),
                line,
                column,
                message: "the cell is not valid UTF-8 text; save the file as UTF-8".into(),
            }
        }
        csv::ErrorKind::Io(e) => RowError {
            file: file.to_owned(),
            line,
            column: None,
            message: format!("cannot read the file: {e}"),
        },
        _ => RowError {
            file: file.to_owned(),
            line,
            column: None,
            message: error.to_string(),
        },
    }
}

impl Row<'_> {
    /// The cell at `index`, trimmed ("" when absent).
    pub(crate) fn get(&self, index: Option<usize>) -> &str {
        index.and_then(|i| self.record.get(i)).map_or("", str::trim)
    }

    /// The cell at `index` exactly as written (not trimmed), for round trips.
    pub(crate) fn raw(&self, index: usize) -> &str {
        self.record.get(index).unwrap_or("")
    }

    /// An error about one cell of this row.
    pub(crate) fn error(&self, index: usize, message: impl Into<String>) -> RowError {
        RowError {
            file: self.file.to_owned(),
            line: self.line,
            column: Some((index + 1, self.header.name(index).to_owned())),
            message: message.into(),
        }
    }

    /// An error about the row as a whole.
    pub(crate) fn row_error(&self, message: impl Into<String>) -> RowError {
        RowError {
            file: self.file.to_owned(),
            line: self.line,
            column: None,
            message: message.into(),
        }
    }

    /// An error about the cell at `index`, or about the row when the value came from no cell
    /// (an absent column, or a value a mapping file fixes).
    pub(crate) fn error_at(&self, index: Option<usize>, message: impl Into<String>) -> RowError {
        match index {
            Some(i) => self.error(i, message),
            None => self.row_error(message),
        }
    }

    /// The cell at `index` read through `parse`, `None` when it is empty; a parse error names
    /// the cell.
    pub(crate) fn optional<T>(
        &self,
        index: Option<usize>,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<Option<T>, RowError> {
        let text = self.get(index);
        if text.is_empty() {
            return Ok(None);
        }
        parse(text)
            .map(Some)
            .map_err(|message| self.error_at(index, message))
    }
}

/// The I/O error a CSV write failed with, keeping its kind (a closed pipe stays a closed pipe, so
/// that `crosscheck export … | head` ends quietly).
pub(crate) fn io_error(error: csv::Error) -> std::io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

/// A CSV writer with the settings every export shares: `\n` line ends, quotes only where needed.
pub(crate) fn writer<W: std::io::Write>(output: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(output)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hxl_row_and_a_bom_are_skipped_and_lines_counted() {
        let text = "\u{feff}a,b\n#x,#y+z\n1,2\n\n3,4\n";
        let mut table = Table::open("t.csv", text.as_bytes()).unwrap();
        assert_eq!(table.header().names(), ["a", "b"]);
        let row = table.next_row().unwrap().unwrap();
        assert_eq!((row.line, row.get(Some(1))), (3, "2"));
        let row = table.next_row().unwrap().unwrap();
        assert_eq!((row.line, row.get(Some(0))), (5, "3"));
        assert!(table.next_row().is_none());
    }

    #[test]
    fn short_rows_and_bad_bytes_are_row_errors_that_name_the_place() {
        let mut bytes = b"a,b\n1\n2,\xff\n5,6\n".to_vec();
        bytes.extend_from_slice(b"");
        let mut table = Table::open("t.csv", &bytes[..]).unwrap();
        let err = table.next_row().unwrap().unwrap_err();
        assert_eq!(
            err.to_string(),
            "t.csv:2: the row has 1 cells but the header names 2 columns"
        );
        let err = table.next_row().unwrap().unwrap_err();
        assert_eq!(err.line, 3);
        assert_eq!(err.column, Some((2, "b".into())));
        let row = table.next_row().unwrap().unwrap();
        assert_eq!(row.get(Some(0)), "5");
    }

    #[test]
    fn lines_are_right_with_crlf_blank_lines_and_quoted_line_breaks() {
        let lines = |text: &str| -> Vec<u64> {
            let mut table = Table::open("t.csv", text.as_bytes()).unwrap();
            let mut out = Vec::new();
            while let Some(row) = table.next_row() {
                out.push(row.map_or_else(|e| e.line, |r| r.line));
            }
            out
        };
        assert_eq!(lines("a,b\r\n1,2\r\n\r\n3,4\r\n"), [2, 4]);
        assert_eq!(lines("a,b\n1,\"x\ny\"\n\n\n3,4\n5\n6,7"), [2, 6, 7, 8]);
        assert_eq!(lines("a,b\n#t,#u\n\n1,2\n"), [4]);
    }

    #[test]
    fn names_are_found_without_regard_to_case_or_separators() {
        let header = Header::new(vec!["EVENT_ID_CNTY".into(), "Event Date".into()]);
        assert_eq!(header.find(&["event_id_cnty"]), Some(0));
        assert_eq!(header.find(&["nope", "event-date"]), Some(1));
        assert_eq!(header.find(&["x"]), None);
    }

    #[test]
    fn an_empty_file_is_refused() {
        let err = Table::open("e.csv", &b""[..]).err().unwrap();
        assert_eq!(
            err.to_string(),
            "e.csv: the file is empty; expected a header row"
        );
    }
}
