//! Any CSV through a mapping file: a small TOML file names which column holds the date, the
//! place, the type, and each casualty figure (as one column, or as a min and a max column), and
//! what to call the dataset. `docs/interop.md` documents the format;
//! `docs/examples/tbij-pakistan-drone-strikes.toml` maps the Bureau of Investigative
//! Journalism's drone-strike table.
//!
//! Each row becomes an incident and one claim in the dataset's voice with the mapped figures,
//! citing one source for the whole dataset (id: the mapping's `id_prefix`). Columns the mapping does not name are kept in the
//! incident's attributes as `<id_prefix>.<column>`.

use std::collections::BTreeMap;
use std::io::Read;

use model::{
    Claim, ClaimId, Coordinates, Count, DatePrecision, EventDate, EventType, ExternalId, Figures,
    GeoPrecision, Group, Incident, IncidentId, Measure, Source, SourceId, SourceKind, Status,
};
use serde::Deserialize;

use crate::cells::{parse_count, parse_date, parse_degrees};
use crate::countries::parse_country;
use crate::place::{PlaceCells, Placer};
use crate::record::{ImportedRow, Occurrences, hashed_id};
use crate::table::{Row, RowError, Table};

/// A mapping file, as written.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// Who the data comes from.
    pub dataset: DatasetSpec,
    /// Which columns make the incident.
    pub incident: IncidentSpec,
    /// Which columns hold the figures, by measure (`killed`, `injured`) and group.
    #[serde(default)]
    pub figures: BTreeMap<String, BTreeMap<String, CountSpec>>,
}

/// The dataset a mapped file comes from: it becomes each row's source.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetSpec {
    /// The prefix of every id made from the file (`tbij` gives `tbij:B1`).
    pub id_prefix: String,
    /// The source's publisher ("The Bureau of Investigative Journalism").
    pub publisher: String,
    /// The source's kind (`monitor`, `research`, `local_media`…).
    pub source_kind: SourceKind,
    /// The dataset's name, for the source's title.
    #[serde(default)]
    pub title: Option<String>,
    /// Where the dataset can be read.
    #[serde(default)]
    pub url: Option<String>,
    /// The language of its text, ISO 639-1.
    #[serde(default)]
    pub language: Option<String>,
}

/// Where each of the incident's fields comes from. Only `date` and `event_type` are required.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentSpec {
    /// The row's id in the dataset; without it, ids are a hash of the mapped cells.
    #[serde(default)]
    pub id: Option<Field>,
    /// The day (or first day).
    pub date: Field,
    /// The last day, for events over several days.
    #[serde(default)]
    pub end_date: Option<Field>,
    /// `day`, `week`, `month` or `year` (default `day`).
    #[serde(default)]
    pub date_precision: Option<Field>,
    /// crosscheck's event type (`drone_strike`…) or ACLED's sub-event type.
    pub event_type: Field,
    /// The country: a code or a name.
    #[serde(default)]
    pub country: Option<Field>,
    /// The province.
    #[serde(default)]
    pub admin1: Option<Field>,
    /// The district.
    #[serde(default)]
    pub admin2: Option<Field>,
    /// The town or village.
    #[serde(default)]
    pub location: Option<Field>,
    /// Latitude in decimal degrees.
    #[serde(default)]
    pub latitude: Option<Field>,
    /// Longitude in decimal degrees.
    #[serde(default)]
    pub longitude: Option<Field>,
    /// `exact`, `near` or `region`.
    #[serde(default)]
    pub geo_precision: Option<Field>,
    /// A headline; by default "<type> in <place>".
    #[serde(default)]
    pub title: Option<Field>,
    /// What happened; by default the title.
    #[serde(default)]
    pub summary: Option<Field>,
    /// What or whom the attack struck.
    #[serde(default)]
    pub target: Option<Field>,
}

/// Where one value comes from: a column's name, or a table: `{ column = "type", values = {
/// "Drone strike" = "drone_strike" } }` translates cells, `{ value = "drone_strike" }` is the same
/// for every row, `{ column = "date", format = "%m/%d/%Y" }` reads dates in a given form.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum Field {
    /// The column with this name.
    Column(String),
    /// A column with options, or a constant.
    Spec(FieldSpec),
}

/// The table form of a [`Field`].
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSpec {
    /// The column.
    #[serde(default)]
    pub column: Option<String>,
    /// A value for every row.
    #[serde(default)]
    pub value: Option<String>,
    /// Cell text → value; cells not listed are taken as they are.
    #[serde(default)]
    pub values: BTreeMap<String, String>,
    /// For dates: a strftime format (`%d/%m/%Y`).
    #[serde(default)]
    pub format: Option<String>,
}

/// Where one count comes from: a column (an exact number), `{ min = "a", max = "b" }` (a range,
/// exact when both agree), or `{ column = "c", qualifier = "at_least" }`.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum CountSpec {
    /// An exact number in this column.
    Column(String),
    /// A low and a high column.
    Range {
        /// The column of the lowest figure.
        min: String,
        /// The column of the highest figure.
        max: String,
    },
    /// A number with a qualifier: `exact`, `at_least`, `at_most` or `approx`.
    Qualified {
        /// The column.
        column: String,
        /// The qualifier.
        qualifier: String,
    },
}

impl Mapping {
    /// Reads a mapping file. `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Mapping, RowError> {
        let mapping: Mapping = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(0, |span| {
                text[..span.start.min(text.len())].matches('\n').count() as u64 + 1
            });
            RowError {
                file: file.to_owned(),
                line,
                column: None,
                message: e.message().to_owned(),
            }
        })?;
        let bad = |message: String| Err(RowError::file(file, message));
        if mapping.dataset.id_prefix.is_empty()
            || !mapping
                .dataset
                .id_prefix
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return bad(format!(
                "dataset.id_prefix {:?} must be letters, digits, '-' or '_'",
                mapping.dataset.id_prefix
            ));
        }
        for (measure, groups) in &mapping.figures {
            if Measure::parse(measure).is_err() {
                return bad(format!(
                    "figures.{measure}: expected figures.killed or figures.injured"
                ));
            }
            for group in groups.keys() {
                if Group::parse(group).is_err() {
                    return bad(format!(
                        "figures.{measure}.{group}: not a group; expected total, civilians, women, children, men, combatants or security_forces"
                    ));
                }
            }
        }
        Ok(mapping)
    }
}

/// A field resolved against the file's header.
#[derive(Clone, Debug)]
enum Origin {
    Column {
        index: usize,
        values: BTreeMap<String, String>,
        format: Option<String>,
    },
    Value(String),
}

#[derive(Clone, Debug)]
enum CountAt {
    Exact(usize),
    Range(usize, usize),
    Qualified(usize, fn(u32) -> Count),
}

/// Reads a CSV file through a mapping.
pub struct MappedReader<R: Read> {
    table: Table<R>,
    mapping: Mapping,
    fields: BTreeMap<&'static str, Origin>,
    counts: Vec<(Measure, Group, CountAt)>,
    mapped: Vec<bool>,
    placer: Placer,
    occurrences: Occurrences,
}

impl<R: Read> MappedReader<R> {
    /// Reads the header and checks that every column the mapping names is there.
    pub fn new(file: &str, input: R, mapping: Mapping) -> Result<Self, RowError> {
        let table = Table::open(file, input)?;
        let header = table.header();
        let mut mapped = vec![false; header.names().len()];
        let mut column = |what: &str, name: &str| -> Result<usize, RowError> {
            let index = header.find(&[name]).ok_or_else(|| {
                RowError::file(
                    file,
                    format!(
                        "the mapping reads {what} from the column {name:?}, which the file does not have (its columns are {})",
                        header.names().join(", ")
                    ),
                )
            })?;
            mapped[index] = true;
            Ok(index)
        };
        let spec = &mapping.incident;
        let named: [(&'static str, Option<&Field>); 15] = [
            ("id", spec.id.as_ref()),
            ("date", Some(&spec.date)),
            ("end_date", spec.end_date.as_ref()),
            ("date_precision", spec.date_precision.as_ref()),
            ("event_type", Some(&spec.event_type)),
            ("country", spec.country.as_ref()),
            ("admin1", spec.admin1.as_ref()),
            ("admin2", spec.admin2.as_ref()),
            ("location", spec.location.as_ref()),
            ("latitude", spec.latitude.as_ref()),
            ("longitude", spec.longitude.as_ref()),
            ("geo_precision", spec.geo_precision.as_ref()),
            ("title", spec.title.as_ref()),
            ("summary", spec.summary.as_ref()),
            ("target", spec.target.as_ref()),
        ];
        let mut fields = BTreeMap::new();
        for (name, field) in named {
            let Some(field) = field else { continue };
            let resolved = match field {
                Field::Column(c) => Origin::Column {
                    index: column(&format!("incident.{name}"), c)?,
                    values: BTreeMap::new(),
                    format: None,
                },
                Field::Spec(s) => match (&s.column, &s.value) {
                    (Some(c), None) => Origin::Column {
                        index: column(&format!("incident.{name}"), c)?,
                        values: s.values.clone(),
                        format: s.format.clone(),
                    },
                    (None, Some(v)) => Origin::Value(v.clone()),
                    _ => {
                        return Err(RowError::file(
                            file,
                            format!("incident.{name}: give either column or value"),
                        ));
                    }
                },
            };
            fields.insert(name, resolved);
        }
        let mut counts = Vec::new();
        for (measure, groups) in &mapping.figures {
            let measure =
                Measure::parse(measure).map_err(|e| RowError::file(file, e.to_string()))?;
            for (group, count) in groups {
                let group = Group::parse(group).map_err(|e| RowError::file(file, e.to_string()))?;
                let what = format!("figures.{}.{}", measure.as_str(), group.as_str());
                let at = match count {
                    CountSpec::Column(c) => CountAt::Exact(column(&what, c)?),
                    CountSpec::Range { min, max } => {
                        CountAt::Range(column(&what, min)?, column(&what, max)?)
                    }
                    CountSpec::Qualified {
                        column: c,
                        qualifier,
                    } => {
                        let make: fn(u32) -> Count = match qualifier.as_str() {
                            "exact" => Count::exact,
                            "at_least" => Count::at_least,
                            "at_most" => Count::at_most,
                            "approx" => Count::approx,
                            other => {
                                return Err(RowError::file(
                                    file,
                                    format!(
                                        "{what}: qualifier {other:?} is not exact, at_least, at_most or approx"
                                    ),
                                ));
                            }
                        };
                        CountAt::Qualified(column(&what, c)?, make)
                    }
                };
                counts.push((measure, group, at));
            }
        }
        Ok(MappedReader {
            table,
            mapping,
            fields,
            counts,
            mapped,
            placer: Placer::new(),
            occurrences: Occurrences::default(),
        })
    }
}

impl<R: Read> Iterator for MappedReader<R> {
    type Item = Result<ImportedRow, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        let row = match self.table.next_row()? {
            Ok(row) => row,
            Err(e) => return Some(Err(e)),
        };
        let reader = Mapped {
            mapping: &self.mapping,
            fields: &self.fields,
            counts: &self.counts,
            mapped: &self.mapped,
        };
        Some(reader.row(&row, &mut self.placer, &mut self.occurrences))
    }
}

struct Mapped<'m> {
    mapping: &'m Mapping,
    fields: &'m BTreeMap<&'static str, Origin>,
    counts: &'m [(Measure, Group, CountAt)],
    mapped: &'m [bool],
}

impl Mapped<'_> {
    /// The text of a field in a row (translated through `values`), and its column for errors.
    fn text(&self, row: &Row<'_>, name: &str) -> (String, Option<usize>) {
        match self.fields.get(name) {
            Some(Origin::Column { index, values, .. }) => {
                let cell = row.get(Some(*index));
                let text = values.get(cell).cloned().unwrap_or_else(|| cell.to_owned());
                (text, Some(*index))
            }
            Some(Origin::Value(v)) => (v.clone(), None),
            None => (String::new(), None),
        }
    }

    fn date(&self, row: &Row<'_>, name: &str) -> Result<Option<jiff::civil::Date>, RowError> {
        let (text, index) = self.text(row, name);
        if text.is_empty() {
            return Ok(None);
        }
        let format = match self.fields.get(name) {
            Some(Origin::Column { format, .. }) => format.as_deref(),
            _ => None,
        };
        let parsed = match format {
            Some(format) => jiff::fmt::strtime::parse(format, &text)
                .and_then(|t| t.to_date())
                .map_err(|_| format!("{text:?} is not a date in the form {format:?}")),
            None => parse_date(&text),
        };
        parsed.map(Some).map_err(|m| row.error_at(index, m))
    }

    fn row(
        &self,
        row: &Row<'_>,
        placer: &mut Placer,
        occurrences: &mut Occurrences,
    ) -> Result<ImportedRow, RowError> {
        let dataset = &self.mapping.dataset;
        let prefix = dataset.id_prefix.as_str();
        let date = self
            .date(row, "date")?
            .ok_or_else(|| row.error_at(self.text(row, "date").1, "the date is empty"))?;
        let end = self.date(row, "end_date")?;
        let (precision_text, precision_at) = self.text(row, "date_precision");
        let precision = if precision_text.is_empty() {
            DatePrecision::Day
        } else {
            DatePrecision::parse(&precision_text)
                .map_err(|e| row.error_at(precision_at, e.to_string()))?
        };
        let date = EventDate::span(date, end.unwrap_or(date), precision)
            .map_err(|e| row.error_at(self.text(row, "end_date").1, e.to_string()))?;
        let (type_text, type_at) = self.text(row, "event_type");
        let event_type = EventType::parse(&type_text).or_else(|_| {
            let from_acled = EventType::from_acled("", &type_text);
            if from_acled == EventType::Other && !type_text.eq_ignore_ascii_case("other") {
                Err(row.error_at(type_at,
                    format!(
                        "{type_text:?} is not an event type; give one of crosscheck's (drone_strike, air_strike, shelling…) or ACLED's sub-event types, or translate it with values = {{…}}"
                    ),
                ))
            } else {
                Ok(from_acled)
            }
        })?;
        let (country_text, country_at) = self.text(row, "country");
        let country = if country_text.is_empty() {
            None
        } else {
            Some(parse_country(&country_text).ok_or_else(|| {
                row.error_at(
                    country_at,
                    format!("{country_text:?} is not a country crosscheck knows"),
                )
            })?)
        };
        let degrees = |name: &str| -> Result<Option<f64>, RowError> {
            let (text, at) = self.text(row, name);
            if text.is_empty() {
                return Ok(None);
            }
            parse_degrees(&text)
                .map(Some)
                .map_err(|m| row.error_at(at, m))
        };
        let coordinates = match (degrees("latitude")?, degrees("longitude")?) {
            (Some(lat), Some(lon)) => Some(
                Coordinates::new(lat, lon)
                    .map_err(|e| row.error_at(self.text(row, "latitude").1, e.to_string()))?,
            ),
            (None, None) => None,
            _ => return Err(row.row_error("give both latitude and longitude, or neither")),
        };
        let (geo_text, geo_at) = self.text(row, "geo_precision");
        let geo_precision = if geo_text.is_empty() {
            None
        } else {
            Some(GeoPrecision::parse(&geo_text).map_err(|e| row.error_at(geo_at, e.to_string()))?)
        };
        let admin1 = self.text(row, "admin1").0;
        let admin2 = self.text(row, "admin2").0;
        let location = self.text(row, "location").0;
        let (place, place_note) = placer
            .place(&PlaceCells {
                country,
                admin1: &admin1,
                admin2: &admin2,
                location: &location,
                coordinates,
                precision: geo_precision,
            })
            .map_err(|m| row.row_error(m))?;

        let mut figures = Figures::default();
        for (measure, group, at) in self.counts {
            let count = |index: usize| -> Result<Option<u32>, RowError> {
                let text = row.get(Some(index));
                if text.is_empty() {
                    return Ok(None);
                }
                parse_count(text).map(Some).map_err(|m| row.error(index, m))
            };
            let value = match *at {
                CountAt::Exact(i) => count(i)?.map(Count::exact),
                CountAt::Qualified(i, make) => count(i)?.map(make),
                CountAt::Range(lo, hi) => match (count(lo)?, count(hi)?) {
                    (Some(low), Some(high)) => Some(Count::range(low, high).map_err(|_| {
                        row.error(
                            hi,
                            format!("the maximum ({high}) is below the minimum ({low})"),
                        )
                    })?),
                    (Some(low), None) => Some(Count::at_least(low)),
                    (None, Some(high)) => Some(Count::at_most(high)),
                    (None, None) => None,
                },
            };
            if let Some(value) = value {
                let counts = match measure {
                    Measure::Killed => &mut figures.killed,
                    Measure::Injured => &mut figures.injured,
                };
                *counts = counts
                    .with(*group, value)
                    .map_err(|e| row.row_error(format!("{}: {e}", measure.as_str())))?;
            }
        }

        let (own_id, id_at) = self.text(row, "id");
        let id = if own_id.is_empty() {
            let mut key: Vec<&str> = Vec::new();
            for (index, mapped) in self.mapped.iter().enumerate() {
                if *mapped {
                    key.push(row.get(Some(index)));
                }
            }
            occurrences.id(hashed_id(prefix, &key))
        } else {
            format!("{prefix}:{own_id}")
        };
        let incident_id = IncidentId::new(&id).map_err(|e| row.error_at(id_at, e.to_string()))?;
        let mut attributes = BTreeMap::new();
        for (index, mapped) in self.mapped.iter().enumerate() {
            let raw = row.raw(index);
            if !mapped && !raw.is_empty() {
                let name = crate::table::normalise_name(row.header.name(index));
                attributes.insert(format!("{prefix}.{name}"), raw.to_owned());
            }
        }
        let title = {
            let t = self.text(row, "title").0;
            if t.is_empty() {
                format!(
                    "{} in {}",
                    event_type.label(),
                    crate::acled::place_label(&place)
                )
            } else {
                t
            }
        };
        let summary = {
            let s = self.text(row, "summary").0;
            if s.is_empty() { title.clone() } else { s }
        };
        let target = Some(self.text(row, "target").0).filter(|t| !t.is_empty());
        // One source for the whole dataset, under the prefix's id.
        let source = Source {
            title: Some(
                dataset
                    .title
                    .clone()
                    .unwrap_or_else(|| dataset.publisher.clone()),
            ),
            url: dataset.url.clone(),
            language: dataset.language.clone(),
            ..Source::new(
                SourceId::new(prefix).map_err(|e| row.row_error(e.to_string()))?,
                dataset.publisher.clone(),
                dataset.source_kind,
            )
        };
        source
            .check()
            .map_err(|e| row.row_error(format!("the dataset's source: {e}")))?;
        let claim = Claim {
            id: ClaimId::new(&id).map_err(|e| row.row_error(e.to_string()))?,
            incident: incident_id.clone(),
            source: source.id.clone(),
            claimant: None,
            losses_of: None,
            figures,
            attributed_to: None,
            responsibility: None,
            as_of: None,
            quote: None,
        };
        let unplaced = place_note.is_some();
        let incident = Incident {
            id: incident_id,
            title,
            date,
            places: vec![place],
            event_type,
            cross_border: None,
            perpetrators: Vec::new(),
            target,
            summary,
            tags: Vec::new(),
            status: Status::Draft,
            related: Vec::new(),
            external_ids: if own_id.is_empty() {
                Vec::new()
            } else {
                vec![ExternalId {
                    system: prefix.to_owned(),
                    id: own_id.clone(),
                }]
            },
            attributes,
            internal_notes: place_note,
        };
        incident.check().map_err(|e| row.row_error(e.to_string()))?;
        Ok(ImportedRow {
            line: row.line,
            incident,
            sources: vec![source],
            claims: vec![claim],
            actors: Vec::new(),
            version: None,
            unplaced,
        })
    }
}
