//! The list pages' exports: the incidents of the current filter as CSV, GeoJSON or JSON
//! (`/incidents.csv`, `/incidents.geojson`, `/incidents.json`, with the list's query string).
//!
//! All three read through the reader's view and the list's own loader ([`super::incidents::listing`]),
//! so an export holds exactly what the list shows — nothing restricted below clearance — with the
//! same reconciled figures.
//!
//! **Temporary:** the CSV and GeoJSON writers here are small stand-ins until the `interop` crate's
//! writers (issue 5, branch `interop`) land; swap them for interop's then and keep the routes. The
//! JSON export already uses interop's dataset writer, the one `crosscheck export json` and
//! `GET /api/v1/export` use.

use std::collections::BTreeSet;

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use model::{Dataset, SourceId};
use serde_json::{Value, json};

use super::incidents::listing;
use super::query::ListQuery;
use crate::auth::Caller;
use crate::summary::{Range, Summary};
use crate::{AppState, WebError};

/// The columns of the CSV export, in order.
pub const CSV_COLUMNS: [&str; 24] = [
    "id",
    "date",
    "end_date",
    "date_precision",
    "title",
    "event_type",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "perpetrators",
    "grade",
    "civilians_killed_low",
    "civilians_killed_best",
    "civilians_killed_high",
    "civilians_injured_low",
    "civilians_injured_best",
    "civilians_injured_high",
    "sources",
    "claims",
    "status",
];

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn figure_cells(range: Option<Range>) -> [String; 3] {
    match range {
        Some(r) => [
            r.low.to_string(),
            r.best.map(|b| b.to_string()).unwrap_or_default(),
            format!("{}{}", r.high, if r.high_open { "+" } else { "" }),
        ],
        None => Default::default(),
    }
}

/// The incidents as CSV (RFC 4180, a header row, one row per incident).
pub fn write_csv(rows: &[Summary]) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push_str("\r\n");
    for row in rows {
        let i = &row.incident;
        let place = i.place();
        let coordinates = place.and_then(|p| p.coordinates);
        let [kl, kb, kh] = figure_cells(row.killed);
        let [il, ib, ih] = figure_cells(row.injured);
        let cells: [String; 24] = [
            i.id.to_string(),
            i.date.date().to_string(),
            i.date.end().map(|d| d.to_string()).unwrap_or_default(),
            i.date.precision().as_str().to_owned(),
            i.title.clone(),
            i.event_type.as_str().to_owned(),
            place.map(|p| p.country.to_string()).unwrap_or_default(),
            place.and_then(|p| p.admin1.clone()).unwrap_or_default(),
            place.and_then(|p| p.admin2.clone()).unwrap_or_default(),
            place.and_then(|p| p.location.clone()).unwrap_or_default(),
            coordinates.map(|c| c.lat().to_string()).unwrap_or_default(),
            coordinates.map(|c| c.lon().to_string()).unwrap_or_default(),
            place
                .map(|p| p.precision.as_str().to_owned())
                .unwrap_or_default(),
            i.perpetrators
                .iter()
                .map(|a| a.as_str())
                .collect::<Vec<_>>()
                .join(";"),
            row.grade.as_str().to_owned(),
            kl,
            kb,
            kh,
            il,
            ib,
            ih,
            row.sources.to_string(),
            row.claims.to_string(),
            i.status.as_str().to_owned(),
        ];
        let line: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

fn figure_json(range: Option<Range>) -> Value {
    match range {
        Some(r) => json!({"low": r.low, "best": r.best, "high": r.high, "high_open": r.high_open}),
        None => Value::Null,
    }
}

/// The incidents as a GeoJSON FeatureCollection (RFC 7946): a point at each incident's first
/// place, `null` geometry when it has no coordinates.
pub fn write_geojson(rows: &[Summary]) -> String {
    let features: Vec<Value> = rows
        .iter()
        .map(|row| {
            let i = &row.incident;
            let place = i.place();
            let geometry = place.and_then(|p| p.coordinates).map_or(
                Value::Null,
                |c| json!({"type": "Point", "coordinates": [c.lon(), c.lat()]}),
            );
            json!({
                "type": "Feature",
                "id": i.id.as_str(),
                "geometry": geometry,
                "properties": {
                    "title": i.title,
                    "date": i.date.date().to_string(),
                    "end_date": i.date.end().map(|d| d.to_string()),
                    "event_type": i.event_type.as_str(),
                    "place": place.map(|p| p.label()),
                    "geo_precision": place.map(|p| p.precision.as_str()),
                    "perpetrators": i.perpetrators.iter().map(|a| a.as_str()).collect::<Vec<_>>(),
                    "grade": row.grade.as_str(),
                    "civilians_killed": figure_json(row.killed),
                    "civilians_injured": figure_json(row.injured),
                    "sources": row.sources,
                    "claims": row.claims,
                    "page": format!("/incidents/{}", i.id),
                }
            })
        })
        .collect();
    let collection = json!({"type": "FeatureCollection", "features": features});
    serde_json::to_string_pretty(&collection).unwrap_or_default()
}

fn attachment(content_type: &str, filename: &str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// `GET /incidents.csv`: the list's incidents as CSV.
pub async fn csv(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    let listing = state
        .view(caller.principal, move |view| listing(view, &query))
        .await?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        "crosscheck-incidents.csv",
        write_csv(&listing.rows),
    ))
}

/// `GET /incidents.geojson`: the list's incidents as GeoJSON.
pub async fn geojson(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    let listing = state
        .view(caller.principal, move |view| listing(view, &query))
        .await?;
    Ok(attachment(
        "application/geo+json",
        "crosscheck-incidents.geojson",
        write_geojson(&listing.rows),
    ))
}

/// `GET /incidents.json`: the list's incidents with their claims and the sources and actors those
/// cite, as a crosscheck dataset (the format of `crosscheck export json`), without an audit stamp
/// since it is a selection, not the whole record.
pub async fn json(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    let dataset = state
        .view(caller.principal, move |view| {
            let rows = listing(view, &query)?.rows;
            let ids_owned: BTreeSet<model::IncidentId> =
                rows.iter().map(|r| r.incident.id.clone()).collect();
            let ids = &ids_owned;
            let claims: Vec<model::Claim> = view
                .claims()?
                .into_iter()
                .filter(|c| ids.contains(&c.incident))
                .collect();
            let mut cited: BTreeSet<SourceId> = claims.iter().map(|c| c.source.clone()).collect();
            let all_sources = view.sources()?;
            // Follow copies to their originals, so that the selection reconciles as the record does.
            loop {
                let originals: Vec<SourceId> = all_sources
                    .iter()
                    .filter(|s| cited.contains(&s.id))
                    .filter_map(|s| s.copy_of.clone())
                    .filter(|o| !cited.contains(o))
                    .collect();
                if originals.is_empty() {
                    break;
                }
                cited.extend(originals);
            }
            let mut dataset = Dataset {
                actors: view.actors()?,
                sources: all_sources
                    .into_iter()
                    .filter(|s| cited.contains(&s.id))
                    .collect(),
                incidents: Vec::new(),
                claims,
                ..Dataset::default()
            };
            // A link to an incident outside the selection is cut, as the view cuts links to
            // records a reader may not see, so that the file stands on its own.
            dataset.incidents = rows
                .into_iter()
                .map(|r| {
                    let mut incident = r.incident;
                    incident.related.retain(|id| ids_owned.contains(id));
                    incident
                })
                .collect();
            dataset.sort();
            Ok::<_, WebError>(dataset)
        })
        .await?;
    Ok(attachment(
        "application/json",
        "crosscheck-incidents.json",
        interop::write_dataset(&dataset),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("Khost"), "Khost");
        assert_eq!(csv_field("Spera, Khost"), "\"Spera, Khost\"");
        assert_eq!(
            csv_field("a \"cowardly\" act"),
            "\"a \"\"cowardly\"\" act\""
        );
    }

    #[test]
    fn an_empty_selection_is_a_header_and_an_empty_collection() {
        assert_eq!(write_csv(&[]), format!("{}\r\n", CSV_COLUMNS.join(",")));
        let geo: Value = serde_json::from_str(&write_geojson(&[])).unwrap();
        assert_eq!(geo["type"], "FeatureCollection");
        assert_eq!(geo["features"].as_array().map(Vec::len), Some(0));
    }
}
