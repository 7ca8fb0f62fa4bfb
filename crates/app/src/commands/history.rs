//! Past events for `crosscheck backtest --acled FILE / --ucdp FILE`: the few columns the
//! escalation index needs (the date, the kind of event, the place and the deaths), from ACLED's CSV
//! export (any of its layouts: columns are found by name) and from UCDP GED as CSV or as GeoJSON
//! points (field names may be cut to ten characters, numbers may be text). Each event becomes a
//! published incident with one claim in the dataset's own voice.
//!
//! Why not `interop`'s readers, which import the same files: the backtest's definitions were fixed
//! before any data was scored (docs/escalation.md, section 6), and they read the figures
//! differently from an import. An import keeps ACLED's `fatalities` as "at least" and UCDP's deaths
//! as the range `low`–`high`, as the datasets mean them; the backtest takes ACLED's fatalities as
//! the week's dead and UCDP's `best`, and counts the civilians of ACLED rows coded as civilian
//! targeting, which an import leaves as an attribute. Keeping those definitions means reading
//! those columns here; the parsing itself is the `csv` crate's.
//!
//! What it makes of a row: ACLED `fatalities` → killed (total), and civilians killed too when the
//! row is coded as civilian targeting; UCDP `best` (or the sum of `deaths_a`, `deaths_b`,
//! `deaths_civilians` and `deaths_unknown` when `best` is absent) → killed, `deaths_civilians` →
//! civilians killed. Rows that cannot be read are counted and skipped, never guessed.

use std::path::Path;

use anyhow::{Context, bail};
use model::{
    Claim, ClaimId, Coordinates, Count, CountryCode, Dataset, Date, DatePrecision, EventDate,
    EventType, Figures, GeoPrecision, Group, GroupCounts, Incident, IncidentId, PlaceRef, Source,
    SourceId, SourceKind, Status,
};

/// Past events read from a file, and how many rows were skipped.
#[derive(Debug)]
pub struct History {
    /// The events as a dataset: one source (the dataset), incidents and their claims.
    pub dataset: Dataset,
    /// Rows that could not be read.
    pub skipped: usize,
}

/// One event, as the stand-in reads it.
struct Event {
    id: String,
    date: Date,
    precision: DatePrecision,
    event_type: EventType,
    place: PlaceRef,
    killed: u32,
    civilians_killed: u32,
}

/// Reads an ACLED CSV export.
pub fn read_acled(path: &Path) -> anyhow::Result<History> {
    let text = read(path)?;
    let rows = csv_rows(&text).with_context(|| format!("cannot read {} as CSV", path.display()))?;
    let Some((header, rows)) = rows.split_first() else {
        bail!("{} is empty", path.display());
    };
    let col = Columns::new(header);
    for needed in ["event_date", "fatalities"] {
        if col.index(needed).is_none() {
            bail!(
                "{} has no column {needed:?}: not an ACLED export",
                path.display()
            );
        }
    }
    let mut events = Vec::new();
    let mut skipped = 0;
    for (n, row) in rows.iter().enumerate() {
        match acled_event(&col, row, n) {
            Some(event) => events.push(event),
            None => skipped += 1,
        }
    }
    Ok(History {
        dataset: dataset("acled", "ACLED", events)?,
        skipped,
    })
}

fn acled_event(col: &Columns, row: &[String], n: usize) -> Option<Event> {
    let get = |name: &str| col.get(row, name);
    let date: Date = get("event_date")?.parse().ok()?;
    let precision = get("time_precision")
        .and_then(|p| p.parse::<u8>().ok())
        .and_then(|p| DatePrecision::from_acled_code(p).ok())
        .unwrap_or(DatePrecision::Day);
    let killed: u32 = get("fatalities")?.parse().ok()?;
    let civilian_targeting = get("civilian_targeting").is_some_and(|v| !v.is_empty());
    let country = get("iso3")
        .or_else(|| get("country").and_then(country_code))
        .and_then(|c| CountryCode::new(c).ok())
        .unwrap_or(CountryCode::PAK);
    let geo_precision = get("geo_precision")
        .and_then(|p| p.parse::<u8>().ok())
        .and_then(|p| GeoPrecision::from_acled_code(p).ok())
        // Without the column, a point with a named location is taken as near that place.
        .unwrap_or(GeoPrecision::Near);
    Some(Event {
        id: get("event_id_cnty").map_or_else(|| format!("row{}", n + 2), str::to_owned),
        date,
        precision,
        event_type: EventType::from_acled(
            get("event_type").unwrap_or_default(),
            get("sub_event_type").unwrap_or_default(),
        ),
        place: place(
            country,
            get("admin1"),
            get("admin2"),
            get("location"),
            get("latitude").zip(get("longitude")),
            geo_precision,
        ),
        killed,
        civilians_killed: if civilian_targeting { killed } else { 0 },
    })
}

/// Reads UCDP GED events, as CSV or as GeoJSON points.
pub fn read_ucdp(path: &Path) -> anyhow::Result<History> {
    let text = read(path)?;
    let mut events = Vec::new();
    let mut skipped = 0;
    if text.trim_start().starts_with('{') {
        let json: serde_json::Value = serde_json::from_str(&text)
            .with_context(|| format!("{} is not JSON", path.display()))?;
        let Some(features) = json.get("features").and_then(|f| f.as_array()) else {
            bail!("{} has no \"features\": not GeoJSON", path.display());
        };
        for (n, feature) in features.iter().enumerate() {
            match ucdp_feature(feature, n) {
                Some(event) => events.push(event),
                None => skipped += 1,
            }
        }
    } else {
        let rows =
            csv_rows(&text).with_context(|| format!("cannot read {} as CSV", path.display()))?;
        let Some((header, rows)) = rows.split_first() else {
            bail!("{} is empty", path.display());
        };
        let col = Columns::new(header);
        if col.index("date_start").is_none() {
            bail!(
                "{} has no column \"date_start\": not UCDP GED",
                path.display()
            );
        }
        for (n, row) in rows.iter().enumerate() {
            let field = |name: &str| col.get(row, name).map(str::to_owned);
            match ucdp_event(&field, n) {
                Some(event) => events.push(event),
                None => skipped += 1,
            }
        }
    }
    Ok(History {
        dataset: dataset("ucdp", "UCDP GED", events)?,
        skipped,
    })
}

fn ucdp_feature(feature: &serde_json::Value, n: usize) -> Option<Event> {
    let properties = feature.get("properties")?.as_object()?;
    let field = |name: &str| -> Option<String> {
        // GeoJSON exports cut field names to ten characters (`deaths_civ`).
        let short: String = name.chars().take(10).collect();
        let value = properties.get(name).or_else(|| properties.get(&short))?;
        match value {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let mut event = ucdp_event(&field, n)?;
    if let Some([lon, lat]) = feature
        .pointer("/geometry/coordinates")
        .and_then(|c| c.as_array())
        .and_then(|c| <[serde_json::Value; 2]>::try_from(c.clone()).ok())
        .map(|[lon, lat]| [lon.as_f64(), lat.as_f64()])
        && let (Some(lon), Some(lat)) = (lon, lat)
    {
        event.place.coordinates = Coordinates::new(lat, lon).ok();
    }
    Some(event)
}

fn ucdp_event(field: &dyn Fn(&str) -> Option<String>, n: usize) -> Option<Event> {
    let number = |name: &str| -> Option<u32> {
        field(name)
            .and_then(|v| v.trim().parse::<f64>().ok())
            .map(|v| v.max(0.0) as u32)
    };
    let date: Date = field("date_start")?.get(..10)?.parse().ok()?;
    let precision = number("date_prec")
        .and_then(|p| u8::try_from(p).ok())
        .and_then(|p| DatePrecision::from_ucdp_code(p).ok())
        .unwrap_or(DatePrecision::Day);
    let killed = number("best").or_else(|| {
        let parts: Vec<u32> = ["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"]
            .iter()
            .filter_map(|f| number(f))
            .collect();
        (!parts.is_empty()).then(|| parts.iter().sum())
    })?;
    let event_type = match number("type_of_violence") {
        Some(3) => EventType::ArmedAttack,
        _ => EventType::ArmedClash,
    };
    let geo_precision = number("where_prec")
        .and_then(|p| u8::try_from(p).ok())
        .and_then(|p| GeoPrecision::from_ucdp_code(p).ok())
        .unwrap_or(GeoPrecision::Near);
    let country = field("country")
        .as_deref()
        .and_then(country_code)
        .and_then(|c| CountryCode::new(c).ok())
        .unwrap_or(CountryCode::AFG);
    let lat = field("latitude");
    let lon = field("longitude");
    Some(Event {
        id: field("id").unwrap_or_else(|| format!("row{}", n + 2)),
        date,
        precision,
        event_type,
        place: place(
            country,
            field("adm_1").as_deref(),
            field("adm_2").as_deref(),
            field("where_coordinates").as_deref(),
            lat.as_deref().zip(lon.as_deref()),
            geo_precision,
        ),
        killed,
        civilians_killed: number("deaths_civilians").unwrap_or(0).min(killed),
    })
}

/// The two countries of the frontier by name; other names stay unknown.
fn country_code(name: &str) -> Option<&'static str> {
    match name.trim() {
        "Pakistan" => Some("PAK"),
        "Afghanistan" => Some("AFG"),
        _ => None,
    }
}

fn place(
    country: CountryCode,
    admin1: Option<&str>,
    admin2: Option<&str>,
    location: Option<&str>,
    at: Option<(&str, &str)>,
    precision: GeoPrecision,
) -> PlaceRef {
    let text = |v: Option<&str>| {
        v.map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    PlaceRef {
        admin1: text(admin1),
        admin2: text(admin2),
        location: text(location),
        coordinates: at.and_then(|(lat, lon)| {
            Coordinates::new(lat.trim().parse().ok()?, lon.trim().parse().ok()?).ok()
        }),
        precision,
        ..PlaceRef::country(country)
    }
}

/// The events as a dataset: one source in the dataset's voice, each event a published incident
/// with one claim.
fn dataset(system: &str, publisher: &str, events: Vec<Event>) -> anyhow::Result<Dataset> {
    let source_id = SourceId::new(system)?;
    let source = Source::new(source_id.clone(), publisher, SourceKind::Monitor);
    let mut incidents = Vec::new();
    let mut claims = Vec::new();
    for (n, event) in events.into_iter().enumerate() {
        let id = format!("{system}-{}-{n}", sanitise(&event.id));
        let (Ok(incident_id), Ok(claim_id)) =
            (IncidentId::new(&id), ClaimId::new(format!("clm-{id}")))
        else {
            continue;
        };
        let mut counts = vec![(Group::Total, Count::exact(event.killed))];
        if event.civilians_killed > 0 {
            counts.push((Group::Civilians, Count::exact(event.civilians_killed)));
        }
        let Ok(killed) = GroupCounts::new(counts) else {
            continue;
        };
        incidents.push(Incident {
            id: incident_id.clone(),
            title: format!("{publisher} event {}", event.id),
            date: EventDate::on(event.date, event.precision),
            places: vec![event.place],
            event_type: event.event_type,
            cross_border: None,
            perpetrators: Vec::new(),
            target: None,
            summary: String::new(),
            tags: Vec::new(),
            status: Status::Published,
            related: Vec::new(),
            external_ids: Vec::new(),
            attributes: Default::default(),
            internal_notes: None,
        });
        claims.push(Claim {
            id: claim_id,
            incident: incident_id,
            source: source_id.clone(),
            claimant: None,
            losses_of: None,
            figures: Figures {
                killed,
                injured: GroupCounts::default(),
            },
            attributed_to: None,
            responsibility: None,
            as_of: None,
            quote: None,
        });
    }
    Ok(Dataset {
        sources: vec![source],
        incidents,
        claims,
        ..Dataset::default()
    })
}

/// An external id made safe for a crosscheck id.
fn sanitise(id: &str) -> String {
    id.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

fn read(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

/// Column positions by name.
struct Columns(Vec<String>);

impl Columns {
    fn new(header: &[String]) -> Self {
        Columns(header.iter().map(|h| h.trim().to_lowercase()).collect())
    }

    fn index(&self, name: &str) -> Option<usize> {
        self.0.iter().position(|h| h == name)
    }

    fn get<'r>(&self, row: &'r [String], name: &str) -> Option<&'r str> {
        self.index(name)
            .and_then(|i| row.get(i))
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }
}

/// The rows of a CSV text (RFC 4180: quoted fields may hold commas, doubled quotes and line
/// breaks; rows may differ in length). Blank lines and a byte-order mark are skipped.
fn csv_rows(text: &str) -> Result<Vec<Vec<String>>, csv::Error> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|record| Ok(record?.iter().map(str::to_owned).collect()))
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests fail loudly by design.
mod tests {
    use super::*;

    #[test]
    fn csv_fields_may_hold_commas_quotes_and_line_breaks() {
        let rows = csv_rows("a,b,c\r\n1,\"x, \"\"y\"\"\nz\",3\n\n4,,6").unwrap();
        assert_eq!(
            rows,
            [
                vec!["a", "b", "c"],
                vec!["1", "x, \"y\"\nz", "3"],
                vec!["4", "", "6"]
            ]
        );
    }

    #[test]
    fn an_acled_row_becomes_an_incident_with_one_claim() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("acled.csv");
        std::fs::write(
            &file,
            "event_date,event_type,sub_event_type,admin1,location,latitude,longitude,fatalities,civilian_targeting,notes\n\
             2024-12-30,Explosions/Remote violence,Remote explosive/landmine/IED,Balochistan,Quetta,30.18,67.00,3,,\"IED, police\"\n\
             2024-12-31,Violence against civilians,Attack,Balochistan,Kech,26.3,63.1,2,Civilian targeting,x\n\
             not a date,Battles,Armed clash,Balochistan,X,1,2,1,,\n",
        )
        .unwrap();
        let history = read_acled(&file).unwrap();
        assert_eq!(history.skipped, 1);
        let d = &history.dataset;
        assert_eq!(d.incidents.len(), 2);
        assert_eq!(d.incidents[0].event_type, EventType::Bombing);
        assert_eq!(d.incidents[0].places[0].location.as_deref(), Some("Quetta"));
        assert_eq!(d.incidents[0].status, Status::Published);
        assert_eq!(
            d.claims[1].figures.killed.get(Group::Civilians),
            Some(Count::exact(2))
        );
        assert_eq!(d.claims[0].figures.killed.get(Group::Civilians), None);
    }

    #[test]
    fn ucdp_geojson_points_with_cut_names_and_numbers_as_text() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ged.geojson");
        std::fs::write(
            &file,
            r#"{"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"id":"146881","date_start":"2001-11-10","deaths_a":30,"deaths_b":"6"},
               "geometry":{"type":"Point","coordinates":[69.75,36.67]}},
              {"type":"Feature","properties":{"id":"2","date_start":"2015-05-24","best":"12","deaths_civ":"4"}}
            ]}"#,
        )
        .unwrap();
        let history = read_ucdp(&file).unwrap();
        let d = &history.dataset;
        assert_eq!(
            d.claims[0].figures.killed.get(Group::Total),
            Some(Count::exact(36))
        );
        assert_eq!(
            d.incidents[0].places[0].coordinates.map(|c| c.lat()),
            Some(36.67)
        );
        assert_eq!(
            d.claims[1].figures.killed.get(Group::Total),
            Some(Count::exact(12))
        );
        assert_eq!(
            d.claims[1].figures.killed.get(Group::Civilians),
            Some(Count::exact(4))
        );
    }
}
