//! ACLED's CSV export: reading every layout ACLED has published (the current 31 columns, the
//! 2019–2023 layout with `data_id`/`iso3`/`event_id_no_cnty`, the older upper-case one with `GWNO`
//! and `ALLY_ACTOR_1`, and partial exports with only some columns), and writing the current one.
//!
//! Each row becomes an incident with one claim in ACLED's voice, citing one source for the whole
//! dataset (ACLED itself; the outlets ACLED names for the event stay in the attributes):
//! `fatalities` as killed in total, "at least" — ACLED codes the most conservative figure its
//! sources give, a floor — with `notes` as the claim's text. Every column crosscheck does not model, and the exact text of those it does when
//! crosscheck would write them differently ("33.0000"), is kept in the incident's attributes under
//! `acled.<column>`, so that writing the incident back gives the row ACLED wrote.
//! `docs/interop.md` lists how each column maps.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use model::{
    ActorId, Claim, ClaimId, Coordinates, Count, CountryCode, CrossBorder, DatePrecision,
    EventDate, EventType, ExternalId, Figures, GeoPrecision, Group, GroupCounts, Incident,
    IncidentId, Measure, Source, SourceId, SourceKind, Status,
};

use crate::actors::{actor_for, state_of};
use crate::cells::{degrees_text, parse_code, parse_count, parse_date, parse_degrees};
use crate::countries::{country_name, country_numeric, parse_country};
use crate::export::{ActorNames, IncidentView};
use crate::place::{PlaceCells, Placer};
use crate::record::{ImportedRow, Occurrences, hashed_id};
use crate::table::{Row, RowError, Table, io_error, writer};

/// The columns of ACLED's current export, in order.
pub const ACLED_COLUMNS: [&str; 31] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// The attribute that keeps a row's `timestamp`, the version an update is judged by.
pub const ACLED_VERSION_KEY: &str = "acled.timestamp";

/// The id prefix and external-id system of ACLED records.
const SYSTEM: &str = "acled";

/// Where the columns crosscheck reads are in one file (older names in brackets).
#[derive(Debug, Default)]
struct Columns {
    event_id: Option<usize>,
    date: Option<usize>,
    year: Option<usize>,
    time_precision: Option<usize>,
    event_type: Option<usize>,
    sub_event_type: Option<usize>,
    actor1: Option<usize>,
    actor2: Option<usize>,
    iso: Option<usize>,
    iso3: Option<usize>,
    country: Option<usize>,
    admin1: Option<usize>,
    admin2: Option<usize>,
    admin3: Option<usize>,
    location: Option<usize>,
    latitude: Option<usize>,
    longitude: Option<usize>,
    geo_precision: Option<usize>,
    notes: Option<usize>,
    fatalities: Option<usize>,
    timestamp: Option<usize>,
}

/// Reads an ACLED file row by row: each item is a row's records, or the reason it was refused.
pub struct AcledReader<R: Read> {
    table: Table<R>,
    columns: Columns,
    /// The attribute key of each column: `acled.<name>` (the current name for renamed columns).
    keys: Vec<String>,
    /// Whether crosscheck models the column (its text is kept only when it would be written
    /// differently).
    modelled: Vec<bool>,
    placer: Placer,
    occurrences: Occurrences,
}

impl<R: Read> AcledReader<R> {
    /// Reads the header and works out the layout. Refuses a file without `event_date`.
    pub fn new(file: &str, input: R) -> Result<Self, RowError> {
        let table = Table::open(file, input)?;
        let header = table.header();
        let find = |names: &[&str]| header.find(names);
        let columns = Columns {
            event_id: find(&["event_id_cnty"]),
            date: find(&["event_date"]),
            year: find(&["year"]),
            time_precision: find(&["time_precision"]),
            event_type: find(&["event_type"]),
            sub_event_type: find(&["sub_event_type"]),
            actor1: find(&["actor1"]),
            actor2: find(&["actor2"]),
            iso: find(&["iso"]),
            iso3: find(&["iso3"]),
            country: find(&["country"]),
            admin1: find(&["admin1"]),
            admin2: find(&["admin2"]),
            admin3: find(&["admin3"]),
            location: find(&["location"]),
            latitude: find(&["latitude"]),
            longitude: find(&["longitude"]),
            geo_precision: find(&["geo_precision"]),
            notes: find(&["notes"]),
            fatalities: find(&["fatalities"]),
            timestamp: find(&["timestamp"]),
        };
        if columns.date.is_none() {
            return Err(RowError::file(
                file,
                format!(
                    "this is not an ACLED file: it has no event_date column (its columns are {})",
                    header.names().join(", ")
                ),
            ));
        }
        let modelled_columns = [
            columns.event_id,
            columns.date,
            columns.year,
            columns.time_precision,
            columns.event_type,
            columns.sub_event_type,
            columns.iso,
            columns.country,
            columns.admin1,
            columns.admin2,
            columns.location,
            columns.latitude,
            columns.longitude,
            columns.geo_precision,
            columns.notes,
            columns.fatalities,
        ];
        let keys = header
            .names()
            .iter()
            .map(|name| {
                let name = crate::table::normalise_name(name);
                let name = match name.as_str() {
                    "ally_actor_1" => "assoc_actor_1".to_owned(),
                    "ally_actor_2" => "assoc_actor_2".to_owned(),
                    _ => name,
                };
                format!("{SYSTEM}.{name}")
            })
            .collect();
        let modelled = (0..header.names().len())
            .map(|i| modelled_columns.contains(&Some(i)))
            .collect();
        Ok(AcledReader {
            table,
            columns,
            keys,
            modelled,
            placer: Placer::new(),
            occurrences: Occurrences::default(),
        })
    }

    /// The columns of the file, as written.
    pub fn columns(&self) -> &[String] {
        self.table.header().names()
    }

    /// Whether the file carries ACLED's own event ids (`event_id_cnty`).
    pub fn has_event_ids(&self) -> bool {
        self.columns.event_id.is_some()
    }
}

impl<R: Read> Iterator for AcledReader<R> {
    type Item = Result<ImportedRow, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        let row = match self.table.next_row()? {
            Ok(row) => row,
            Err(e) => return Some(Err(e)),
        };
        Some(map_row(
            &row,
            &self.columns,
            &self.keys,
            &self.modelled,
            &mut self.placer,
            &mut self.occurrences,
        ))
    }
}

fn map_row(
    row: &Row<'_>,
    c: &Columns,
    keys: &[String],
    modelled: &[bool],
    placer: &mut Placer,
    occurrences: &mut Occurrences,
) -> Result<ImportedRow, RowError> {
    let date = parse_date(row.get(c.date)).map_err(|m| row.error_at(c.date, m))?;
    let date_precision = row
        .optional(c.time_precision, |t| {
            parse_code(t).and_then(|n| DatePrecision::from_acled_code(n).map_err(|e| e.to_string()))
        })?
        .unwrap_or(DatePrecision::Day);
    let acled_type = row.get(c.event_type);
    let acled_sub = row.get(c.sub_event_type);
    let notes = row.get(c.notes);
    let mut event_type = EventType::from_acled(acled_type, acled_sub);
    // ACLED codes drones and aircraft alike; its notes often say which.
    if event_type == EventType::AirStrike
        && notes
            .as_bytes()
            .windows(5)
            .any(|w| w.eq_ignore_ascii_case(b"drone"))
    {
        event_type = EventType::DroneStrike;
    }

    let latitude = row.optional(c.latitude, parse_degrees)?;
    let longitude = row.optional(c.longitude, parse_degrees)?;
    let coordinates = match (latitude, longitude) {
        (Some(lat), Some(lon)) => {
            Some(Coordinates::new(lat, lon).map_err(|e| row.error_at(c.latitude, e.to_string()))?)
        }
        (None, None) => None,
        (Some(_), None) => {
            return Err(row.error_at(c.longitude, "a latitude without a longitude"));
        }
        (None, Some(_)) => return Err(row.error_at(c.latitude, "a longitude without a latitude")),
    };
    let geo_precision = row.optional(c.geo_precision, |t| {
        parse_code(t).and_then(|n| GeoPrecision::from_acled_code(n).map_err(|e| e.to_string()))
    })?;
    let mut country = None;
    for index in [c.country, c.iso, c.iso3] {
        let text = row.get(index);
        if text.is_empty() {
            continue;
        }
        match parse_country(text) {
            Some(code) => {
                country = Some(code);
                break;
            }
            None => {
                return Err(
                    row.error_at(index, format!("{text:?} is not a country crosscheck knows"))
                );
            }
        }
    }
    let (place, place_note) = placer
        .place(&PlaceCells {
            country,
            admin1: row.get(c.admin1),
            admin2: row.get(c.admin2),
            location: row.get(c.location),
            coordinates,
            precision: geo_precision,
        })
        .map_err(|m| row.row_error(m))?;
    let fatalities = row.optional(c.fatalities, parse_count)?;
    let timestamp = row.optional(c.timestamp, |t| {
        t.parse::<i64>()
            .map_err(|_| format!("{t:?} is not a Unix time in seconds"))
    })?;

    let event_id = row.get(c.event_id);
    let id = if event_id.is_empty() {
        let key = [
            row.get(c.date),
            place.country.as_str(),
            row.get(c.admin1),
            row.get(c.admin2),
            row.get(c.admin3),
            row.get(c.location),
            row.get(c.latitude),
            row.get(c.longitude),
            acled_type,
            acled_sub,
            row.get(c.actor1),
            row.get(c.actor2),
        ];
        occurrences.id(hashed_id(SYSTEM, &key))
    } else {
        format!("{SYSTEM}:{event_id}")
    };
    let incident_id = IncidentId::new(&id).map_err(|e| row.error_at(c.event_id, e.to_string()))?;

    // Whether crosscheck would write a modelled column as the file has it; the file's text is
    // kept when it would not ("33.0000", "31 December 2024", "Government regains territory").
    // Written into one reused buffer: this runs for every cell of every row.
    let mut written = String::new();
    let mut same_as_written = |index: usize, raw: &str| -> bool {
        use std::fmt::Write as _;
        written.clear();
        let at = Some(index);
        let _ = if at == c.event_id {
            write!(written, "{event_id}")
        } else if at == c.date {
            write!(written, "{date}")
        } else if at == c.year {
            write!(written, "{}", date.year())
        } else if at == c.time_precision {
            write!(written, "{}", date_precision.acled_code())
        } else if at == c.event_type {
            write!(written, "{}", event_type.acled().0)
        } else if at == c.sub_event_type {
            write!(written, "{}", event_type.acled().1)
        } else if at == c.iso {
            match country_numeric(place.country) {
                Some(n) => write!(written, "{n}"),
                None => Ok(()),
            }
        } else if at == c.country {
            write!(written, "{}", country_name(place.country))
        } else if at == c.admin1 {
            write!(written, "{}", place.admin1.as_deref().unwrap_or(""))
        } else if at == c.admin2 {
            write!(written, "{}", place.admin2.as_deref().unwrap_or(""))
        } else if at == c.location {
            write!(written, "{}", place.location.as_deref().unwrap_or(""))
        } else if at == c.latitude {
            match coordinates {
                Some(p) => write!(written, "{}", p.lat()),
                None => Ok(()),
            }
        } else if at == c.longitude {
            match coordinates {
                Some(p) => write!(written, "{}", p.lon()),
                None => Ok(()),
            }
        } else if at == c.geo_precision {
            match geo_precision {
                Some(p) => write!(written, "{}", p.acled_code()),
                None => Ok(()),
            }
        } else if at == c.fatalities {
            match fatalities {
                Some(n) => write!(written, "{n}"),
                None => Ok(()),
            }
        } else if at == c.notes {
            write!(written, "{notes}")
        } else {
            return false;
        };
        written == raw
    };
    let mut attributes = BTreeMap::new();
    for (index, key) in keys.iter().enumerate() {
        let raw = row.raw(index);
        if raw.is_empty() || (modelled[index] && same_as_written(index, raw)) {
            continue;
        }
        attributes.insert(key.clone(), raw.to_owned());
    }

    let actor1 = actor_for(row.get(c.actor1));
    let actor2 = actor_for(row.get(c.actor2));
    let battle = acled_type.eq_ignore_ascii_case("battles");
    // ACLED's actor1 carried out a remote attack or an attack on civilians; in a battle the order
    // of the two sides means nothing.
    let perpetrators: Vec<ActorId> = if battle {
        Vec::new()
    } else {
        actor1.iter().cloned().collect()
    };
    let cross_border = perpetrators
        .iter()
        .filter_map(state_of)
        .find(|from| *from != place.country)
        .map(|from| CrossBorder {
            from,
            to: place.country,
        });
    let target = (!battle && !row.get(c.actor2).is_empty()).then(|| row.get(c.actor2).to_owned());
    let mut actors: Vec<ActorId> = actor1.into_iter().chain(actor2).collect();
    actors.sort();
    actors.dedup();

    let what = if acled_sub.is_empty() {
        event_type.label()
    } else {
        acled_sub
    };
    let title = format!("{what} in {}", place_label(&place));
    let summary = if notes.is_empty() {
        title.clone()
    } else {
        notes.to_owned()
    };
    let source = dataset_source()?;
    let as_of = timestamp.and_then(|t| {
        jiff::Timestamp::from_second(t)
            .ok()
            .map(|ts| ts.to_zoned_datetime(jiff::tz::TimeZone::UTC).date())
    });
    let figures = match fatalities {
        Some(n) => Figures {
            killed: GroupCounts::new([(Group::Total, Count::at_least(n))])
                .map_err(|e| row.error_at(c.fatalities, e.to_string()))?,
            ..Figures::default()
        },
        None => Figures::default(),
    };
    let claim = Claim {
        id: ClaimId::new(&id).map_err(|e| row.row_error(e.to_string()))?,
        incident: incident_id.clone(),
        source: source.id.clone(),
        claimant: None,
        losses_of: None,
        figures,
        attributed_to: None,
        responsibility: None,
        as_of,
        quote: (!notes.is_empty()).then(|| notes.to_owned()),
    };
    let unplaced = place_note.is_some();
    let incident = Incident {
        id: incident_id,
        title,
        date: EventDate::on(date, date_precision),
        places: vec![place],
        event_type,
        cross_border,
        perpetrators,
        target,
        summary,
        tags: Vec::new(),
        status: Status::Draft,
        related: Vec::new(),
        external_ids: if event_id.is_empty() {
            Vec::new()
        } else {
            vec![ExternalId {
                system: SYSTEM.into(),
                id: event_id.to_owned(),
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
        actors,
        version: timestamp.map(|t| (ACLED_VERSION_KEY, t)),
        unplaced,
    })
}

/// The one source every ACLED row's claim cites: ACLED itself. The outlets ACLED names for an
/// event (its `source` column) stay in the incident's attributes.
pub(crate) fn dataset_source() -> Result<Source, RowError> {
    let id = SourceId::new(SYSTEM).map_err(|e| RowError::file("", e.to_string()))?;
    Ok(Source {
        title: Some("Armed Conflict Location & Event Data (ACLED)".into()),
        url: Some("https://acleddata.com".into()),
        language: Some("en".into()),
        ..Source::new(id, "ACLED", SourceKind::Research)
    })
}

/// "Buleda, Balochistan", or the country's name when nothing finer is known.
pub(crate) fn place_label(place: &model::PlaceRef) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in [&place.location, &place.admin2, &place.admin1]
        .into_iter()
        .flatten()
    {
        if parts.len() < 2 && !parts.contains(&part.as_str()) {
            parts.push(part);
        }
    }
    if parts.is_empty() {
        return country_name(place.country);
    }
    parts.join(", ")
}

/// Writes incidents in ACLED's current 31-column layout.
pub struct AcledWriter<W: Write> {
    out: csv::Writer<W>,
    actors: ActorNames,
}

impl<W: Write> AcledWriter<W> {
    /// Starts the file with ACLED's header.
    pub fn new(output: W, actors: ActorNames) -> std::io::Result<Self> {
        let mut out = writer(output);
        out.write_record(ACLED_COLUMNS).map_err(io_error)?;
        Ok(AcledWriter { out, actors })
    }

    /// Whether writing this incident reads its reconciled figures (`view.figures`): only when it
    /// has no claim of its own. An incident imported from ACLED is written from ACLED's own
    /// claim, so an exporter need not reconcile it; what it passes as figures is then not read.
    pub fn needs_figures(view: &IncidentView<'_>) -> bool {
        view.own_claim().is_none()
    }

    /// Writes one incident as one row.
    pub fn write(&mut self, view: &IncidentView<'_>) -> std::io::Result<()> {
        let row = acled_row(view, &self.actors);
        self.out.write_record(&row).map_err(io_error)?;
        Ok(())
    }

    /// Flushes and returns the output.
    pub fn finish(self) -> std::io::Result<W> {
        self.out.into_inner().map_err(|e| e.into_error())
    }
}

/// The attribute that keeps an ACLED column: `key!("latitude")` is `"acled.latitude"`.
macro_rules! key {
    ($column:literal) => {
        concat!("acled.", $column)
    };
}

fn kept_or(
    view: &IncidentView<'_>,
    key: &str,
    written: String,
    same: impl Fn(&str) -> bool,
) -> String {
    view.kept_or(key, written, same)
}

fn attribute(view: &IncidentView<'_>, key: &str) -> Option<String> {
    view.column(key)
}

/// The 31 cells of an incident's ACLED row.
fn acled_row(view: &IncidentView<'_>, actors: &ActorNames) -> Vec<String> {
    let incident = view.incident;
    let fallback = model::PlaceRef::country(CountryCode::AFG);
    let place = incident.place().unwrap_or(&fallback);
    let date = incident.date.date();
    let own_claim = view.own_claim();
    let event_id = incident
        .external_ids
        .iter()
        .find(|e| e.system == SYSTEM)
        .map_or_else(|| incident.id.to_string(), |e| e.id.clone());
    let (acled_type, acled_sub) = incident.event_type.acled();
    let kept_type = attribute(view, key!("event_type")).unwrap_or_else(|| acled_type.to_owned());
    let kept_sub = attribute(view, key!("sub_event_type")).unwrap_or_else(|| acled_sub.to_owned());
    let (event_type, sub_event_type) =
        if EventType::from_acled(&kept_type, &kept_sub).acled() == incident.event_type.acled() {
            (kept_type, kept_sub)
        } else {
            (acled_type.to_owned(), acled_sub.to_owned())
        };
    let disorder_type = attribute(view, key!("disorder_type")).unwrap_or_else(|| {
        if incident.event_type == EventType::Other {
            "Strategic developments".into()
        } else {
            "Political violence".into()
        }
    });
    let actor1 = attribute(view, key!("actor1")).unwrap_or_else(|| {
        incident
            .perpetrators
            .first()
            .map(|a| actors.name(a))
            .unwrap_or_default()
    });
    let assoc_actor_1 = attribute(view, key!("assoc_actor_1")).unwrap_or_else(|| {
        let rest: Vec<String> = incident
            .perpetrators
            .iter()
            .skip(1)
            .map(|a| actors.name(a))
            .collect();
        rest.join("; ")
    });
    let actor2 = attribute(view, key!("actor2"))
        .unwrap_or_else(|| incident.target.clone().unwrap_or_default());
    let numeric = country_numeric(place.country)
        .map(|n| n.to_string())
        .unwrap_or_default();
    let iso = kept_or(view, key!("iso"), numeric, |k| {
        parse_country(k) == Some(place.country)
    });
    let region = attribute(view, key!("region")).unwrap_or_else(|| {
        if place.country == CountryCode::AFG || place.country == CountryCode::PAK {
            "South Asia".into()
        } else {
            String::new()
        }
    });
    let country = kept_or(view, key!("country"), country_name(place.country), |k| {
        parse_country(k) == Some(place.country)
    });
    let text_of = |value: &Option<String>, column: &str| {
        let value = value.clone().unwrap_or_default();
        kept_or(view, column, value.clone(), |k| k.trim() == value)
    };
    let coordinate = |column: &str, value: Option<f64>| match value {
        Some(v) => kept_or(view, column, degrees_text(v), |k| {
            parse_degrees(k).ok() == Some(v)
        }),
        None => String::new(),
    };
    let source = attribute(view, key!("source")).unwrap_or_else(|| {
        let publishers: Vec<&str> = view
            .sources
            .iter()
            .filter(|s| s.id.as_str() != SYSTEM)
            .map(|s| s.publisher.as_str())
            .collect();
        publishers.join("; ")
    });
    let notes = match own_claim.and_then(|c| c.quote.clone()) {
        Some(quote) => kept_or(view, key!("notes"), quote.clone(), |k| k.trim() == quote),
        None if own_claim.is_some() => attribute(view, key!("notes")).unwrap_or_default(),
        None => incident.summary.clone(),
    };
    let fatalities = match own_claim {
        Some(claim) => claim
            .figures
            .killed
            .get(Group::Total)
            .map(|c| c.nominal().to_string())
            .unwrap_or_default(),
        None => view
            .figure(Measure::Killed, Group::Total)
            .map_or(0, |f| f.headline())
            .to_string(),
    };
    let fatalities = kept_or(view, key!("fatalities"), fatalities.clone(), |k| {
        parse_count(k).ok().map(|n| n.to_string()) == Some(fatalities.clone())
    });
    let precision = incident.date.precision().acled_code().to_string();
    vec![
        kept_or(view, key!("event_id_cnty"), event_id.clone(), |k| {
            k.trim() == event_id
        }),
        kept_or(view, key!("event_date"), date.to_string(), |k| {
            parse_date(k) == Ok(date)
        }),
        kept_or(view, key!("year"), date.year().to_string(), |k| {
            k.trim() == date.year().to_string()
        }),
        kept_or(view, key!("time_precision"), precision.clone(), |k| {
            parse_code(k).ok().map(|n| n.to_string()) == Some(precision.clone())
        }),
        disorder_type,
        event_type,
        sub_event_type,
        actor1,
        assoc_actor_1,
        attribute(view, key!("inter1")).unwrap_or_default(),
        actor2,
        attribute(view, key!("assoc_actor_2")).unwrap_or_default(),
        attribute(view, key!("inter2")).unwrap_or_default(),
        attribute(view, key!("interaction")).unwrap_or_default(),
        attribute(view, key!("civilian_targeting")).unwrap_or_default(),
        iso,
        region,
        country,
        text_of(&place.admin1, key!("admin1")),
        text_of(&place.admin2, key!("admin2")),
        attribute(view, key!("admin3")).unwrap_or_default(),
        text_of(&place.location, key!("location")),
        coordinate(key!("latitude"), place.coordinates.map(|p| p.lat())),
        coordinate(key!("longitude"), place.coordinates.map(|p| p.lon())),
        {
            let code = place.precision.acled_code().to_string();
            kept_or(view, key!("geo_precision"), code.clone(), |k| {
                parse_code(k).ok().map(|n| n.to_string()) == Some(code.clone())
            })
        },
        source,
        attribute(view, key!("source_scale")).unwrap_or_default(),
        notes,
        fatalities,
        attribute(view, key!("tags")).unwrap_or_default(),
        attribute(view, key!("timestamp")).unwrap_or_default(),
    ]
}
