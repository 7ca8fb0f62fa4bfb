//! crosscheck's flat CSV: one row per incident with its reconciled figures, for spreadsheets;
//! and the same table with an HXL hashtag row under the header, for HDX.
//!
//! The incident's fields are all there (the principal place in columns, any further places and
//! the attributes kept from other datasets as JSON), so reading the file back gives the same
//! incidents. The figures are the reconciliation's output — low, best and high for killed and
//! injured in each group — and are not read back: a figure is always reconciled from claims, and
//! claims travel in the JSON dataset format. Internal notes are never written.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use model::{
    ActorId, Coordinates, CountryCode, CrossBorder, DatePrecision, EventDate, EventType,
    ExternalId, GeoPrecision, Group, Incident, IncidentId, Measure, PlaceRef, Status,
};

use crate::cells::{degrees_text, parse_date, parse_degrees};
use crate::export::IncidentView;
use crate::record::ImportedRow;
use crate::table::{Row, RowError, Table, io_error, writer};

/// The incident's columns, in order, with their HXL hashtags.
const INCIDENT_COLUMNS: [(&str, &str); 25] = [
    ("id", "#event+code"),
    ("title", "#event+name"),
    ("date", "#date+occurred"),
    ("end_date", "#date+end"),
    ("date_precision", "#date+precision"),
    ("event_type", "#event+type"),
    ("country", "#country+code"),
    ("admin1", "#adm1+name"),
    ("admin2", "#adm2+name"),
    ("location", "#loc+name"),
    ("pcode", "#loc+code"),
    ("latitude", "#geo+lat"),
    ("longitude", "#geo+lon"),
    ("geo_precision", "#geo+precision"),
    ("cross_border_from", "#country+code+from"),
    ("cross_border_to", "#country+code+to"),
    ("perpetrators", "#group+code+perpetrator"),
    ("target", "#description+target"),
    ("summary", "#description"),
    ("tags", "#meta+tags"),
    ("status", "#status"),
    ("related", "#event+code+related"),
    ("external_ids", "#event+code+external"),
    ("more_places", "#meta+places"),
    ("attributes", "#meta+attributes"),
];

/// HXL's attribute for each group (`+f` and `+m` are HXL's own for women and men).
fn group_attribute(group: Group) -> &'static str {
    match group {
        Group::Total => "",
        Group::Civilians => "+civilians",
        Group::Women => "+f+adults",
        Group::Children => "+children",
        Group::Men => "+m+adults",
        Group::Combatants => "+combatants",
        Group::SecurityForces => "+security_forces",
    }
}

/// Every column of the flat CSV, with its HXL hashtag: the incident's, then `killed_total_low`,
/// `killed_total_best`, `killed_total_high`, … for both measures and every group.
pub fn flat_columns() -> Vec<(String, String)> {
    let mut columns: Vec<(String, String)> = INCIDENT_COLUMNS
        .iter()
        .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
        .collect();
    for measure in Measure::ALL {
        for group in Group::ALL {
            for (end, tag) in [("low", "+min"), ("best", ""), ("high", "+max")] {
                columns.push((
                    format!("{}_{}_{end}", measure.as_str(), group.as_str()),
                    format!(
                        "#affected+{}{}{tag}",
                        measure.as_str(),
                        group_attribute(group)
                    ),
                ));
            }
        }
    }
    columns
}

/// Writes incidents as the flat CSV, with or without the HXL row.
pub struct FlatWriter<W: Write> {
    out: csv::Writer<W>,
}

impl<W: Write> FlatWriter<W> {
    /// Starts the file: the header, and the HXL hashtag row under it when `hxl` is set.
    pub fn new(output: W, hxl: bool) -> std::io::Result<Self> {
        let mut out = writer(output);
        let columns = flat_columns();
        out.write_record(columns.iter().map(|(n, _)| n))
            .map_err(io_error)?;
        if hxl {
            out.write_record(columns.iter().map(|(_, t)| t))
                .map_err(io_error)?;
        }
        Ok(FlatWriter { out })
    }

    /// Writes one incident.
    pub fn write(&mut self, view: &IncidentView<'_>) -> std::io::Result<()> {
        let incident = view.incident;
        let place = incident.place();
        let text = |v: Option<&String>| v.cloned().unwrap_or_default();
        let join = |ids: &[String]| ids.join(";");
        let coordinates = place.and_then(|p| p.coordinates);
        let mut row: Vec<String> = vec![
            incident.id.to_string(),
            incident.title.clone(),
            incident.date.date().to_string(),
            incident
                .date
                .end()
                .map(|d| d.to_string())
                .unwrap_or_default(),
            incident.date.precision().as_str().to_owned(),
            incident.event_type.as_str().to_owned(),
            place.map(|p| p.country.to_string()).unwrap_or_default(),
            text(place.and_then(|p| p.admin1.as_ref())),
            text(place.and_then(|p| p.admin2.as_ref())),
            text(place.and_then(|p| p.location.as_ref())),
            text(place.and_then(|p| p.pcode.as_ref())),
            coordinates
                .map(|c| degrees_text(c.lat()))
                .unwrap_or_default(),
            coordinates
                .map(|c| degrees_text(c.lon()))
                .unwrap_or_default(),
            place
                .map(|p| p.precision.as_str().to_owned())
                .unwrap_or_default(),
            incident
                .cross_border
                .map(|c| c.from.to_string())
                .unwrap_or_default(),
            incident
                .cross_border
                .map(|c| c.to.to_string())
                .unwrap_or_default(),
            join(
                &incident
                    .perpetrators
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>(),
            ),
            text(incident.target.as_ref()),
            incident.summary.clone(),
            join(&incident.tags),
            incident.status.as_str().to_owned(),
            join(
                &incident
                    .related
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>(),
            ),
            join(
                &incident
                    .external_ids
                    .iter()
                    .map(|e| format!("{}:{}", e.system, e.id))
                    .collect::<Vec<_>>(),
            ),
            if incident.places.len() > 1 {
                serde_json::to_string(&incident.places[1..]).unwrap_or_default()
            } else {
                String::new()
            },
            if incident.attributes.is_empty() {
                String::new()
            } else {
                serde_json::to_string(&incident.attributes).unwrap_or_default()
            },
        ];
        for measure in Measure::ALL {
            for group in Group::ALL {
                match view.figure(measure, group) {
                    Some(f) => {
                        row.push(f.low.to_string());
                        row.push(f.best.map(|b| b.to_string()).unwrap_or_default());
                        row.push(f.high.to_string());
                    }
                    None => row.extend([String::new(), String::new(), String::new()]),
                }
            }
        }
        self.out.write_record(&row).map_err(io_error)?;
        Ok(())
    }

    /// Flushes and returns the output.
    pub fn finish(self) -> std::io::Result<W> {
        self.out.into_inner().map_err(|e| e.into_error())
    }
}

/// Reads crosscheck's flat CSV (or its HXL form) back into incidents. The figure columns are
/// skipped: figures are reconciled from claims, never read from a table of results.
pub struct FlatReader<R: Read> {
    table: Table<R>,
    columns: Vec<Option<usize>>,
}

impl<R: Read> FlatReader<R> {
    /// Reads the header; refuses a table that lacks any of the incident's columns.
    pub fn new(file: &str, input: R) -> Result<Self, RowError> {
        let table = Table::open(file, input)?;
        let columns: Vec<Option<usize>> = INCIDENT_COLUMNS
            .iter()
            .map(|(name, _)| table.header().find(&[name]))
            .collect();
        let missing: Vec<&str> = INCIDENT_COLUMNS
            .iter()
            .zip(&columns)
            .filter(|(_, c)| c.is_none())
            .map(|((n, _), _)| *n)
            .collect();
        if !missing.is_empty() {
            return Err(RowError::file(
                file,
                format!(
                    "this is not crosscheck's flat CSV: the columns {} are missing (for another table, give a mapping with --map)",
                    missing.join(", ")
                ),
            ));
        }
        Ok(FlatReader { table, columns })
    }

    /// Whether a header is crosscheck's flat CSV (every incident column present).
    pub fn recognises(header: &[String]) -> bool {
        INCIDENT_COLUMNS.iter().all(|(name, _)| {
            header
                .iter()
                .any(|h| crate::table::normalise_name(h) == *name)
        })
    }
}

impl<R: Read> Iterator for FlatReader<R> {
    type Item = Result<ImportedRow, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        let row = match self.table.next_row()? {
            Ok(row) => row,
            Err(e) => return Some(Err(e)),
        };
        Some(flat_row(&row, &self.columns))
    }
}

/// A model value or the error it gives, located at column `n` of INCIDENT_COLUMNS.
fn at<T>(
    row: &Row<'_>,
    columns: &[Option<usize>],
    n: usize,
    result: Result<T, model::ModelError>,
) -> Result<T, RowError> {
    result.map_err(|e| {
        row.error(
            columns.get(n).copied().flatten().unwrap_or(0),
            e.to_string(),
        )
    })
}

fn flat_row(row: &Row<'_>, columns: &[Option<usize>]) -> Result<ImportedRow, RowError> {
    // Columns in the order of INCIDENT_COLUMNS.
    let cell = |n: usize| row.get(columns.get(n).copied().flatten());
    let err = |n: usize, message: String| row.error(columns[n].unwrap_or(0), message);
    let optional = |n: usize| (!cell(n).is_empty()).then(|| cell(n).to_owned());
    let list = |n: usize| -> Vec<String> {
        cell(n)
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let id = at(row, columns, 0, IncidentId::new(cell(0)))?;
    let date = parse_date(cell(2)).map_err(|m| err(2, m))?;
    let precision = at(row, columns, 4, DatePrecision::parse(cell(4)))?;
    let date = match optional(3) {
        Some(end) => {
            let end = parse_date(&end).map_err(|m| err(3, m))?;
            at(row, columns, 3, EventDate::span(date, end, precision))?
        }
        None => EventDate::on(date, precision),
    };
    let coordinates = match (optional(11), optional(12)) {
        (Some(lat), Some(lon)) => {
            let lat = parse_degrees(&lat).map_err(|m| err(11, m))?;
            let lon = parse_degrees(&lon).map_err(|m| err(12, m))?;
            Some(at(row, columns, 11, Coordinates::new(lat, lon))?)
        }
        (None, None) => None,
        _ => {
            return Err(err(
                11,
                "give both latitude and longitude, or neither".into(),
            ));
        }
    };
    let mut places = vec![PlaceRef {
        country: at(row, columns, 6, CountryCode::new(cell(6)))?,
        admin1: optional(7),
        admin2: optional(8),
        location: optional(9),
        pcode: optional(10),
        coordinates,
        precision: at(row, columns, 13, GeoPrecision::parse(cell(13)))?,
    }];
    if let Some(more) = optional(23) {
        let more: Vec<PlaceRef> = serde_json::from_str(&more)
            .map_err(|e| err(23, format!("not a JSON list of places: {e}")))?;
        places.extend(more);
    }
    let cross_border = match (optional(14), optional(15)) {
        (Some(from), Some(to)) => Some(CrossBorder {
            from: at(row, columns, 14, CountryCode::new(&from))?,
            to: at(row, columns, 15, CountryCode::new(&to))?,
        }),
        (None, None) => None,
        _ => {
            return Err(err(
                14,
                "give both cross_border_from and cross_border_to, or neither".into(),
            ));
        }
    };
    let perpetrators = list(16)
        .into_iter()
        .map(|a| at(row, columns, 16, ActorId::new(a)))
        .collect::<Result<Vec<_>, _>>()?;
    let related = list(21)
        .into_iter()
        .map(|r| at(row, columns, 21, IncidentId::new(r)))
        .collect::<Result<Vec<_>, _>>()?;
    let external_ids = list(22)
        .into_iter()
        .map(|e| match e.split_once(':') {
            Some((system, id)) => Ok(ExternalId {
                system: system.to_owned(),
                id: id.to_owned(),
            }),
            None => Err(err(22, format!("{e:?} is not system:id"))),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let attributes: BTreeMap<String, String> = match optional(24) {
        Some(json) => serde_json::from_str(&json)
            .map_err(|e| err(24, format!("not a JSON object of text values: {e}")))?,
        None => BTreeMap::new(),
    };
    let perpetrators_known = perpetrators.clone();
    let incident = Incident {
        id,
        title: cell(1).to_owned(),
        date,
        places,
        event_type: at(row, columns, 5, EventType::parse(cell(5)))?,
        cross_border,
        perpetrators,
        target: optional(17),
        summary: cell(18).to_owned(),
        tags: list(19),
        status: at(row, columns, 20, Status::parse(cell(20)))?,
        related,
        external_ids,
        attributes,
        internal_notes: None,
    };
    incident.check().map_err(|e| row.row_error(e.to_string()))?;
    Ok(ImportedRow {
        line: row.line,
        incident,
        sources: Vec::new(),
        claims: Vec::new(),
        actors: perpetrators_known,
        version: None,
        unplaced: false,
    })
}
