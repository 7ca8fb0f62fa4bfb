//! UCDP's Georeferenced Event Dataset (GED): reading its 49-column CSV (and the GeoJSON points
//! made from it, whose field names a shapefile cut to ten characters), and writing the CSV.
//!
//! Each event becomes an incident with one claim in UCDP's voice, citing one source for the whole
//! dataset (UCDP GED itself): killed in total as the range `low`–`high` (UCDP's `best` is kept beside it), civilians
//! from `deaths_civilians`, and each side's deaths (`deaths_a`, `deaths_b`) as security forces
//! (a "Government of …" side) or combatants. When all the deaths are one known side's, the claim
//! counts that side's losses (`losses_of`). `where_prec` and `date_prec` map onto crosscheck's
//! precisions. The articles UCDP cites (`source_article`, `;`-separated, with `source_date`
//! beside it) become sources of their own, each with a claim that carries no figures: they
//! report the event, UCDP counted it. Every column is kept as `ucdp.<column>` where crosscheck
//! would not write it back the same, so an export gives the rows UCDP wrote.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use model::{
    ActorId, Claim, ClaimId, Coordinates, Count, CountryCode, DatePrecision, EventDate, EventType,
    ExternalId, Figures, GeoPrecision, Group, GroupCounts, Incident, IncidentId, Measure, Source,
    SourceId, SourceKind, Status,
};

use crate::actors::actor_for;
use crate::cells::{degrees_text, parse_code, parse_count, parse_date, parse_degrees};
use crate::countries::{country_name, parse_country};
use crate::export::{ActorNames, IncidentView};
use crate::place::{PlaceCells, Placer};
use crate::record::{ImportedRow, Occurrences, hashed_id};
use crate::table::{Row, RowError, Table, io_error, writer};

/// The columns of UCDP GED, in order.
pub const UCDP_COLUMNS: [&str; 49] = [
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "gwnoa",
    "gwnob",
];

const SYSTEM: &str = "ucdp";

/// Shapefile field names (ten characters at most) and the GED columns they stand for.
const SHORT_NAMES: [(&str, &str); 20] = [
    ("active_yea", "active_year"),
    ("code_statu", "code_status"),
    ("type_of_vi", "type_of_violence"),
    ("conflict_d", "conflict_dset_id"),
    ("dyad_dset_", "dyad_dset_id"),
    ("dyad_new_i", "dyad_new_id"),
    ("side_a_dse", "side_a_dset_id"),
    ("side_a_new", "side_a_new_id"),
    ("side_b_dse", "side_b_dset_id"),
    ("side_b_new", "side_b_new_id"),
    ("number_of_", "number_of_sources"),
    ("source_art", "source_article"),
    ("source_off", "source_office"),
    ("source_dat", "source_date"),
    ("source_hea", "source_headline"),
    ("source_ori", "source_original"),
    ("where_coor", "where_coordinates"),
    ("where_desc", "where_description"),
    ("event_clar", "event_clarity"),
    ("deaths_civ", "deaths_civilians"),
];

/// Where the columns crosscheck reads are.
#[derive(Debug, Default)]
struct Columns {
    id: Option<usize>,
    year: Option<usize>,
    type_of_violence: Option<usize>,
    side_a: Option<usize>,
    side_b: Option<usize>,
    source_article: Option<usize>,
    source_date: Option<usize>,
    where_prec: Option<usize>,
    where_coordinates: Option<usize>,
    adm_1: Option<usize>,
    adm_2: Option<usize>,
    latitude: Option<usize>,
    longitude: Option<usize>,
    country: Option<usize>,
    date_prec: Option<usize>,
    date_start: Option<usize>,
    date_end: Option<usize>,
    deaths_a: Option<usize>,
    deaths_b: Option<usize>,
    deaths_civilians: Option<usize>,
    deaths_unknown: Option<usize>,
    best: Option<usize>,
    high: Option<usize>,
    low: Option<usize>,
}

/// Reads a UCDP GED file row by row.
pub struct UcdpReader<R: Read> {
    table: Table<R>,
    columns: Columns,
    keys: Vec<String>,
    modelled: Vec<bool>,
    placer: Placer,
    occurrences: Occurrences,
    /// For GeoJSON input: rows are features, numbered from 1 (the header is line 1).
    features: bool,
}

impl UcdpReader<std::io::Cursor<Vec<u8>>> {
    /// Reads UCDP events from a GeoJSON FeatureCollection of points (properties are GED columns,
    /// possibly cut to ten characters; the point gives latitude and longitude when the properties
    /// do not). Row errors then give the feature's number (from 1) as their line.
    pub fn from_geojson(file: &str, text: &str) -> Result<Self, RowError> {
        let csv = geojson_to_csv(file, text)?;
        let mut reader = UcdpReader::new(file, std::io::Cursor::new(csv))?;
        reader.features = true;
        Ok(reader)
    }
}

impl<R: Read> UcdpReader<R> {
    /// Reads the header. Refuses a file without `date_start`.
    pub fn new(file: &str, input: R) -> Result<Self, RowError> {
        let table = Table::open(file, input)?;
        let header = table.header();
        let find = |name: &str| {
            let short: Vec<&str> = SHORT_NAMES
                .iter()
                .filter(|(_, long)| *long == name)
                .map(|(short, _)| *short)
                .collect();
            header.find(&[name]).or_else(|| header.find(&short))
        };
        let columns = Columns {
            id: find("id"),
            year: find("year"),
            type_of_violence: find("type_of_violence"),
            side_a: find("side_a"),
            side_b: find("side_b"),
            source_article: find("source_article"),
            source_date: find("source_date"),
            where_prec: find("where_prec"),
            where_coordinates: find("where_coordinates"),
            adm_1: find("adm_1"),
            adm_2: find("adm_2"),
            latitude: find("latitude"),
            longitude: find("longitude"),
            country: find("country"),
            date_prec: find("date_prec"),
            date_start: find("date_start"),
            date_end: find("date_end"),
            deaths_a: find("deaths_a"),
            deaths_b: find("deaths_b"),
            deaths_civilians: find("deaths_civilians"),
            deaths_unknown: find("deaths_unknown"),
            best: find("best"),
            high: find("high"),
            low: find("low"),
        };
        if columns.date_start.is_none() {
            return Err(RowError::file(
                file,
                format!(
                    "this is not a UCDP GED file: it has no date_start column (its columns are {})",
                    header.names().join(", ")
                ),
            ));
        }
        let modelled_columns = [
            columns.id,
            columns.year,
            columns.where_prec,
            columns.where_coordinates,
            columns.adm_1,
            columns.adm_2,
            columns.latitude,
            columns.longitude,
            columns.country,
            columns.date_prec,
            columns.date_start,
            columns.date_end,
            columns.high,
            columns.low,
        ];
        let keys = header
            .names()
            .iter()
            .map(|name| {
                let name = crate::table::normalise_name(name);
                let long = SHORT_NAMES
                    .iter()
                    .find(|(short, _)| *short == name)
                    .map_or(name.as_str(), |(_, long)| long);
                format!("{SYSTEM}.{long}")
            })
            .collect();
        let modelled = (0..header.names().len())
            .map(|i| modelled_columns.contains(&Some(i)))
            .collect();
        Ok(UcdpReader {
            table,
            columns,
            keys,
            modelled,
            placer: Placer::new(),
            occurrences: Occurrences::default(),
            features: false,
        })
    }
}

impl<R: Read> Iterator for UcdpReader<R> {
    type Item = Result<ImportedRow, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        let row = match self.table.next_row()? {
            Ok(row) => row,
            Err(mut e) => {
                if self.features {
                    e.line = e.line.saturating_sub(1);
                }
                return Some(Err(e));
            }
        };
        let mut result = map_row(
            &row,
            &self.columns,
            &self.keys,
            &self.modelled,
            &mut self.placer,
            &mut self.occurrences,
        );
        if self.features {
            match &mut result {
                Ok(r) => r.line = r.line.saturating_sub(1),
                Err(e) => e.line = e.line.saturating_sub(1),
            }
        }
        Some(result)
    }
}

/// UCDP writes units as "Farah province", "Khaki Safed district"; crosscheck keeps the name.
fn unit_name(text: &str) -> &str {
    let text = text.trim();
    for suffix in [" province", " district", " Province", " District"] {
        if let Some(name) = text.strip_suffix(suffix) {
            return name.trim_end();
        }
    }
    text
}

/// Which group a side's dead are counted in: a government's forces, or a group's fighters.
fn side_group(side: &str) -> Option<Group> {
    let side = side.trim();
    if side.is_empty() || side.eq_ignore_ascii_case("civilians") {
        None
    } else if side.starts_with("Government of") {
        Some(Group::SecurityForces)
    } else {
        Some(Group::Combatants)
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
    let start = parse_date(row.get(c.date_start)).map_err(|m| row.error_at(c.date_start, m))?;
    let end = row.optional(c.date_end, parse_date)?;
    let date_precision = row.optional(c.date_prec, |t| {
        parse_code(t).and_then(|n| DatePrecision::from_ucdp_code(n).map_err(|e| e.to_string()))
    })?;
    let date = EventDate::span(
        start,
        end.unwrap_or(start),
        date_precision.unwrap_or(DatePrecision::Day),
    )
    .map_err(|e| row.error_at(c.date_end, e.to_string()))?;
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
    let geo_precision = row.optional(c.where_prec, |t| {
        parse_code(t).and_then(|n| GeoPrecision::from_ucdp_code(n).map_err(|e| e.to_string()))
    })?;
    let country_text = row.get(c.country);
    let country = if country_text.is_empty() {
        None
    } else {
        Some(parse_country(country_text).ok_or_else(|| {
            row.error_at(
                c.country,
                format!("{country_text:?} is not a country crosscheck knows"),
            )
        })?)
    };
    let (place, place_note) = placer
        .place(&PlaceCells {
            country,
            admin1: unit_name(row.get(c.adm_1)),
            admin2: unit_name(row.get(c.adm_2)),
            location: row.get(c.where_coordinates),
            coordinates,
            precision: geo_precision,
        })
        .map_err(|m| row.row_error(m))?;

    let count = |index: Option<usize>| row.optional(index, parse_count);
    let deaths_a = count(c.deaths_a)?;
    let deaths_b = count(c.deaths_b)?;
    let deaths_civilians = count(c.deaths_civilians)?;
    let deaths_unknown = count(c.deaths_unknown)?;
    let best = count(c.best)?;
    let low = count(c.low)?;
    let high = count(c.high)?;
    let total = match (low, high, best) {
        (Some(low), Some(high), _) => Some(Count::range(low, high).map_err(|_| {
            row.error_at(c.low, format!("low ({low}) is higher than high ({high})"))
        })?),
        (_, _, Some(best)) => Some(Count::approx(best)),
        _ => None,
    };
    if let (Some(best), Some(low), Some(high)) = (best, low, high)
        && !(low..=high).contains(&best)
    {
        return Err(row.error_at(
            c.best,
            format!("best ({best}) lies outside low–high ({low}–{high})"),
        ));
    }
    let side_a = row.get(c.side_a);
    let side_b = row.get(c.side_b);
    let mut groups: BTreeMap<Group, u32> = BTreeMap::new();
    if let Some(n) = deaths_civilians {
        groups.insert(Group::Civilians, n);
    }
    for (side, deaths) in [(side_a, deaths_a), (side_b, deaths_b)] {
        if let (Some(group), Some(n)) = (side_group(side), deaths) {
            *groups.entry(group).or_insert(0) += n;
        }
    }
    let mut entries: Vec<(Group, Count)> = groups
        .into_iter()
        .map(|(g, n)| (g, Count::exact(n)))
        .collect();
    if let Some(total) = total {
        entries.push((Group::Total, total));
    }
    let killed = GroupCounts::new(entries).map_err(|e| {
        row.error_at(
            c.best.or(c.deaths_a),
            format!("the deaths do not add up: {e}"),
        )
    })?;
    // All the dead are one side's: the claim counts that side's losses.
    let nonzero = |n: Option<u32>| n.unwrap_or(0) > 0;
    let losses_of = match (
        nonzero(deaths_a),
        nonzero(deaths_b),
        nonzero(deaths_civilians),
        nonzero(deaths_unknown),
    ) {
        (true, false, false, false) => actor_for(side_a),
        (false, true, false, false) => actor_for(side_b),
        _ => None,
    };
    let one_sided = row.get(c.type_of_violence) == "3";
    let perpetrators: Vec<ActorId> = if one_sided {
        actor_for(side_a).into_iter().collect()
    } else {
        Vec::new()
    };
    let mut actors: Vec<ActorId> = actor_for(side_a)
        .into_iter()
        .chain(actor_for(side_b))
        .collect();
    actors.sort();
    actors.dedup();

    let ucdp_id = row.get(c.id);
    let id = if ucdp_id.is_empty() {
        let key = [
            row.get(c.date_start),
            row.get(c.date_end),
            place.country.as_str(),
            row.get(c.adm_1),
            row.get(c.adm_2),
            row.get(c.latitude),
            row.get(c.longitude),
            side_a,
            side_b,
        ];
        occurrences.id(hashed_id(SYSTEM, &key))
    } else {
        format!("{SYSTEM}:{ucdp_id}")
    };
    let incident_id = IncidentId::new(&id).map_err(|e| row.error_at(c.id, e.to_string()))?;

    let total_range = total.map(|t| t.min_max());
    let canonical: [(Option<usize>, String); 14] = [
        (c.id, ucdp_id.to_owned()),
        (c.year, start.year().to_string()),
        (
            c.where_prec,
            geo_precision
                .map(|p| p.ucdp_code().to_string())
                .unwrap_or_default(),
        ),
        (
            c.where_coordinates,
            place.location.clone().unwrap_or_default(),
        ),
        (c.adm_1, place.admin1.clone().unwrap_or_default()),
        (c.adm_2, place.admin2.clone().unwrap_or_default()),
        (
            c.latitude,
            coordinates
                .map(|p| degrees_text(p.lat()))
                .unwrap_or_default(),
        ),
        (
            c.longitude,
            coordinates
                .map(|p| degrees_text(p.lon()))
                .unwrap_or_default(),
        ),
        (c.country, country.map(country_name).unwrap_or_default()),
        (
            c.date_prec,
            date_precision
                .map(|p| p.ucdp_code().to_string())
                .unwrap_or_default(),
        ),
        (c.date_start, start.to_string()),
        (c.date_end, end.map(|d| d.to_string()).unwrap_or_default()),
        (
            c.low,
            total_range
                .filter(|_| low.is_some())
                .map(|r| r.0.to_string())
                .unwrap_or_default(),
        ),
        (
            c.high,
            total_range
                .filter(|_| high.is_some())
                .map(|r| r.1.to_string())
                .unwrap_or_default(),
        ),
    ];
    let mut attributes = BTreeMap::new();
    for (index, key) in keys.iter().enumerate() {
        let raw = row.raw(index);
        if raw.is_empty() {
            continue;
        }
        let keep = !modelled[index]
            || canonical
                .iter()
                .find(|(i, _)| *i == Some(index))
                .is_none_or(|(_, written)| written != raw);
        if keep {
            attributes.insert(key.clone(), raw.to_owned());
        }
    }

    let source = dataset_source()?;
    let claim = Claim {
        id: ClaimId::new(&id).map_err(|e| row.row_error(e.to_string()))?,
        incident: incident_id.clone(),
        source: source.id.clone(),
        claimant: None,
        losses_of,
        figures: Figures {
            killed,
            ..Figures::default()
        },
        attributed_to: None,
        responsibility: None,
        as_of: None,
        quote: None,
    };
    let mut sources = vec![source];
    let mut claims = vec![claim];
    let dates: Vec<&str> = row.get(c.source_date).split(';').map(str::trim).collect();
    for (n, article) in row
        .get(c.source_article)
        .split(';')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .enumerate()
    {
        let article_id = format!("{id}:s{}", n + 1);
        let mut cited = cited_source(
            SourceId::new(&article_id).map_err(|e| row.row_error(e.to_string()))?,
            article,
        );
        if cited.published.is_none() {
            cited.published = dates.get(n).and_then(|d| parse_date(d).ok());
        }
        claims.push(Claim {
            id: ClaimId::new(&article_id).map_err(|e| row.row_error(e.to_string()))?,
            incident: incident_id.clone(),
            source: cited.id.clone(),
            claimant: None,
            losses_of: None,
            figures: Figures::default(),
            attributed_to: None,
            responsibility: None,
            as_of: None,
            quote: None,
        });
        sources.push(cited);
    }

    let event_type = EventType::ArmedClash;
    let event_type = if one_sided {
        EventType::ArmedAttack
    } else {
        event_type
    };
    let sides = match (side_a, side_b) {
        ("", "") => String::new(),
        (a, "") | ("", a) => format!(" ({a})"),
        (a, b) => format!(" ({a} – {b})"),
    };
    let title = format!(
        "{} in {}{sides}",
        event_type.label(),
        crate::acled::place_label(&place)
    );
    let unplaced = place_note.is_some();
    let incident = Incident {
        id: incident_id,
        summary: format!(
            "UCDP GED event: {}{sides}.",
            event_type.label().to_lowercase()
        ),
        title,
        date,
        places: vec![place],
        event_type,
        cross_border: None,
        perpetrators,
        target: None,
        tags: Vec::new(),
        status: Status::Draft,
        related: Vec::new(),
        external_ids: if ucdp_id.is_empty() {
            Vec::new()
        } else {
            vec![ExternalId {
                system: SYSTEM.into(),
                id: ucdp_id.to_owned(),
            }]
        },
        attributes,
        internal_notes: place_note,
    };
    incident.check().map_err(|e| row.row_error(e.to_string()))?;
    Ok(ImportedRow {
        line: row.line,
        incident,
        sources,
        claims,
        actors,
        version: None,
        unplaced,
    })
}

/// The one source every UCDP row's figures cite: UCDP's Georeferenced Event Dataset itself.
fn dataset_source() -> Result<Source, RowError> {
    let id = SourceId::new(SYSTEM).map_err(|e| RowError::file("", e.to_string()))?;
    Ok(Source {
        title: Some("UCDP Georeferenced Event Dataset (GED)".into()),
        url: Some("https://ucdp.uu.se".into()),
        language: Some("en".into()),
        ..Source::new(id, "UCDP GED", SourceKind::Research)
    })
}

/// International wires and broadcasters; other outlets UCDP cites are counted as regional media.
const INTERNATIONAL: [&str; 14] = [
    "afp",
    "agence france",
    "reuters",
    "associated press",
    "ap ",
    "xinhua",
    "bbc",
    "al jazeera",
    "new york times",
    "washington post",
    "guardian",
    "dpa",
    "anadolu",
    "cnn",
];

/// A source from one article UCDP cites: `"Xinhua News Agency,2015-05-25,Headline"`, or
/// `AFP 11 Nov 2001 "Headline"`.
fn cited_source(id: SourceId, article: &str) -> Source {
    let text = article.trim().trim_matches('"').trim();
    let mut publisher;
    let mut title = None;
    let mut published = None;
    let parts: Vec<&str> = text.splitn(3, ',').collect();
    if let [p, d, t] = parts[..]
        && let Ok(date) = parse_date(d)
    {
        publisher = p.trim().to_owned();
        published = Some(date);
        title = Some(t.trim().to_owned());
    } else {
        let cut = text
            .find(|ch: char| ch.is_ascii_digit() || ch == '"')
            .unwrap_or(text.len());
        publisher = text[..cut].trim().trim_end_matches(',').trim().to_owned();
        if let Some(open) = text.find('"') {
            title = Some(text[open + 1..].trim_end_matches('"').trim().to_owned());
        }
    }
    if publisher.is_empty() {
        publisher = "an outlet UCDP cites".into();
    }
    let lower = format!("{} ", publisher.to_lowercase());
    let kind = if INTERNATIONAL
        .iter()
        .any(|w| lower.starts_with(w) || lower.contains(&format!(" {w}")))
    {
        SourceKind::InternationalMedia
    } else {
        SourceKind::LocalMedia
    };
    let mut source = Source::new(id, publisher, kind);
    source.title = title
        .filter(|t| !t.is_empty())
        .or_else(|| Some(text.to_owned()));
    source.published = published;
    source
}

/// Turns a GeoJSON FeatureCollection into a CSV table of its properties (the union of every
/// feature's keys, in order of first appearance), with the point's coordinates as latitude and
/// longitude where the properties lack them.
fn geojson_to_csv(file: &str, text: &str) -> Result<Vec<u8>, RowError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| RowError {
        file: file.to_owned(),
        line: e.line() as u64,
        column: None,
        message: format!("not valid JSON: {e}"),
    })?;
    let features = value
        .get("features")
        .and_then(serde_json::Value::as_array)
        .ok_or_else(|| {
            RowError::file(
                file,
                "not a GeoJSON FeatureCollection: no \"features\" array",
            )
        })?;
    let mut names: Vec<String> = Vec::new();
    let mut rows: Vec<BTreeMap<String, String>> = Vec::with_capacity(features.len());
    for feature in features {
        let mut cells = BTreeMap::new();
        if let Some(properties) = feature
            .get("properties")
            .and_then(serde_json::Value::as_object)
        {
            for (key, value) in properties {
                if !names.contains(key) {
                    names.push(key.clone());
                }
                let text = match value {
                    serde_json::Value::Null => String::new(),
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                cells.insert(key.clone(), text);
            }
        }
        if let Some([lon, lat]) = feature
            .pointer("/geometry/coordinates")
            .and_then(serde_json::Value::as_array)
            .map(Vec::as_slice)
        {
            for (key, value) in [("latitude", lat), ("longitude", lon)] {
                if !cells.contains_key(key) {
                    if !names.iter().any(|n| n == key) {
                        names.push(key.to_owned());
                    }
                    cells.insert(key.to_owned(), value.to_string());
                }
            }
        }
        rows.push(cells);
    }
    let mut out = writer(Vec::new());
    let fail = |e: csv::Error| RowError::file(file, e.to_string());
    out.write_record(&names).map_err(fail)?;
    for cells in &rows {
        out.write_record(
            names
                .iter()
                .map(|n| cells.get(n).map_or("", String::as_str)),
        )
        .map_err(fail)?;
    }
    out.into_inner()
        .map_err(|e| RowError::file(file, e.to_string()))
}

/// Writes incidents as UCDP GED's 49 columns.
pub struct UcdpWriter<W: Write> {
    out: csv::Writer<W>,
    actors: ActorNames,
}

impl<W: Write> UcdpWriter<W> {
    /// Starts the file with GED's header.
    pub fn new(output: W, actors: ActorNames) -> std::io::Result<Self> {
        let mut out = writer(output);
        out.write_record(UCDP_COLUMNS).map_err(io_error)?;
        Ok(UcdpWriter { out, actors })
    }

    /// Whether writing this incident reads its reconciled figures (`view.figures`): only when it
    /// has no claim of its own with a killed total. An incident imported from UCDP is written
    /// from UCDP's own claim, so an exporter need not reconcile it; what it passes as figures is
    /// then not read.
    pub fn needs_figures(view: &IncidentView<'_>) -> bool {
        view.own_claim()
            .is_none_or(|c| c.figures.killed.get(Group::Total).is_none())
    }

    /// Writes one incident as one row.
    pub fn write(&mut self, view: &IncidentView<'_>) -> std::io::Result<()> {
        let row = ucdp_row(view, &self.actors);
        self.out.write_record(&row).map_err(io_error)?;
        Ok(())
    }

    /// Flushes and returns the output.
    pub fn finish(self) -> std::io::Result<W> {
        self.out.into_inner().map_err(|e| e.into_error())
    }
}

/// The attribute that keeps a UCDP column: `key!("best")` is `"ucdp.best"`.
macro_rules! key {
    ($column:literal) => {
        concat!("ucdp.", $column)
    };
}

fn ucdp_row(view: &IncidentView<'_>, actors: &ActorNames) -> Vec<String> {
    let incident = view.incident;
    let fallback = model::PlaceRef::country(CountryCode::AFG);
    let place = incident.place().unwrap_or(&fallback);
    let kept = |key: &str| view.column(key);
    let kept_or =
        |key: &str, written: String, same: &dyn Fn(&str) -> bool| view.kept_or(key, written, same);
    let own = view.own_claim();
    // Killed in total: UCDP's own claim when the incident came from UCDP, else the reconciled
    // figure.
    let (low, best, high) = match own.and_then(|c| c.figures.killed.get(Group::Total)) {
        Some(total) => {
            let (low, high) = total.min_max();
            (Some(low), total.nominal(), Some(high))
        }
        None => match view.figure(Measure::Killed, Group::Total) {
            Some(f) => (Some(f.low), f.headline(), Some(f.high)),
            None => (None, 0, None),
        },
    };
    let group = |g: Group| -> Option<u32> {
        match own {
            Some(claim) => claim.figures.killed.get(g).map(|c| c.nominal()),
            None => view.figure(Measure::Killed, g).map(|f| f.headline()),
        }
    };
    let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    let same_number = |n: Option<u32>| move |k: &str| parse_count(k).ok() == n;
    let event_id = incident
        .external_ids
        .iter()
        .find(|e| e.system == SYSTEM)
        .map_or_else(|| incident.id.to_string(), |e| e.id.clone());
    let date = incident.date;
    let side_a = kept(key!("side_a")).unwrap_or_else(|| {
        incident
            .perpetrators
            .first()
            .map(|a| actors.name(a))
            .unwrap_or_default()
    });
    let text_of = |column: &str, value: &Option<String>| {
        let value = value.clone().unwrap_or_default();
        kept_or(column, value.clone(), &|k: &str| unit_name(k) == value)
    };
    let coordinate = |column: &str, value: Option<f64>| match value {
        Some(v) => kept_or(column, degrees_text(v), &|k: &str| {
            parse_degrees(k).ok() == Some(v)
        }),
        None => String::new(),
    };
    let date_prec = date.precision().ucdp_code().to_string();
    let where_prec = place.precision.ucdp_code().to_string();
    let precision_kept = |column: &str, written: &String, from: fn(u8) -> Option<String>| {
        kept_or(column, written.clone(), &|k: &str| {
            parse_code(k).ok().and_then(from).as_ref() == Some(written)
        })
    };
    let source_article = kept(key!("source_article")).unwrap_or_else(|| {
        let cited: Vec<String> = view
            .sources
            .iter()
            .filter(|s| s.id.as_str() != SYSTEM)
            .map(|s| match &s.title {
                Some(t) => format!("{} \"{t}\"", s.publisher),
                None => s.publisher.clone(),
            })
            .collect();
        cited.join(";")
    });
    let deaths = |column: &str, value: Option<u32>| kept(column).unwrap_or_else(|| number(value));
    let columns: [String; 49] = [
        kept_or(key!("id"), event_id.clone(), &|k: &str| {
            k.trim() == event_id
        }),
        kept(key!("relid")).unwrap_or_default(),
        kept_or(key!("year"), date.date().year().to_string(), &|k: &str| {
            k.trim() == date.date().year().to_string()
        }),
        kept(key!("active_year")).unwrap_or_default(),
        kept(key!("code_status")).unwrap_or_default(),
        kept(key!("type_of_violence")).unwrap_or_default(),
        kept(key!("conflict_dset_id")).unwrap_or_default(),
        kept(key!("conflict_new_id")).unwrap_or_default(),
        kept(key!("conflict_name")).unwrap_or_default(),
        kept(key!("dyad_dset_id")).unwrap_or_default(),
        kept(key!("dyad_new_id")).unwrap_or_default(),
        kept(key!("dyad_name")).unwrap_or_default(),
        kept(key!("side_a_dset_id")).unwrap_or_default(),
        kept(key!("side_a_new_id")).unwrap_or_default(),
        side_a,
        kept(key!("side_b_dset_id")).unwrap_or_default(),
        kept(key!("side_b_new_id")).unwrap_or_default(),
        kept(key!("side_b")).unwrap_or_default(),
        kept(key!("number_of_sources")).unwrap_or_else(|| {
            let n = view
                .sources
                .iter()
                .filter(|s| s.id.as_str() != SYSTEM)
                .count();
            n.to_string()
        }),
        source_article,
        kept(key!("source_office")).unwrap_or_default(),
        kept(key!("source_date")).unwrap_or_default(),
        kept(key!("source_headline")).unwrap_or_default(),
        kept(key!("source_original")).unwrap_or_default(),
        precision_kept(key!("where_prec"), &where_prec, |n| {
            GeoPrecision::from_ucdp_code(n)
                .ok()
                .map(|p| p.ucdp_code().to_string())
        }),
        text_of(key!("where_coordinates"), &place.location),
        kept(key!("where_description")).unwrap_or_default(),
        text_of(key!("adm_1"), &place.admin1),
        text_of(key!("adm_2"), &place.admin2),
        coordinate(key!("latitude"), place.coordinates.map(|p| p.lat())),
        coordinate(key!("longitude"), place.coordinates.map(|p| p.lon())),
        kept(key!("geom_wkt")).unwrap_or_else(|| {
            place
                .coordinates
                .map(|p| {
                    format!(
                        "POINT ({} {})",
                        degrees_text(p.lon()),
                        degrees_text(p.lat())
                    )
                })
                .unwrap_or_default()
        }),
        kept(key!("priogrid_gid")).unwrap_or_default(),
        kept_or(key!("country"), country_name(place.country), &|k: &str| {
            parse_country(k) == Some(place.country)
        }),
        kept(key!("country_id")).unwrap_or_default(),
        kept(key!("region")).unwrap_or_else(|| {
            if place.country == CountryCode::AFG || place.country == CountryCode::PAK {
                "Asia".into()
            } else {
                String::new()
            }
        }),
        kept(key!("event_clarity")).unwrap_or_default(),
        precision_kept(key!("date_prec"), &date_prec, |n| {
            DatePrecision::from_ucdp_code(n)
                .ok()
                .map(|p| p.ucdp_code().to_string())
        }),
        kept_or(key!("date_start"), date.date().to_string(), &|k: &str| {
            parse_date(k) == Ok(date.date())
        }),
        kept_or(key!("date_end"), date.last_day().to_string(), &|k: &str| {
            parse_date(k) == Ok(date.last_day())
        }),
        deaths(key!("deaths_a"), group(Group::SecurityForces)),
        deaths(key!("deaths_b"), group(Group::Combatants)),
        deaths(key!("deaths_civilians"), group(Group::Civilians)),
        deaths(key!("deaths_unknown"), None),
        kept(key!("best")).unwrap_or_else(|| best.to_string()),
        kept_or(key!("high"), number(high), &same_number(high)),
        kept_or(key!("low"), number(low), &same_number(low)),
        kept(key!("gwnoa")).unwrap_or_default(),
        kept(key!("gwnob")).unwrap_or_default(),
    ];
    columns.to_vec()
}
