//! The list pages' exports: the incidents of the current filter as CSV, GeoJSON or JSON
//! (`/incidents.csv`, `/incidents.geojson`, `/incidents.json`, with the list's query string).
//!
//! All three read through the reader's view and the list's own loader ([`super::incidents::listing`]),
//! so an export holds exactly what the list shows, in its order — nothing restricted below
//! clearance — and are written by `interop`'s writers, the ones `crosscheck export csv|geojson|json`
//! uses: the flat CSV and GeoJSON carry each incident's reconciled figures (low, best and high for
//! every count, from `analysis`), the JSON is the records themselves in the dataset format.

use std::collections::{BTreeSet, HashMap};
use std::io::Write;

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use interop::{FigureRange, FlatWriter, GeoJsonWriter, IncidentView, Reconciled};
use model::{Claim, Dataset, Incident, IncidentId, Source, SourceId};
use store::View;

use super::incidents::listing;
use super::query::ListQuery;
use crate::auth::Caller;
use crate::summary::with_restricted_placeholder;
use crate::{AppState, WebError};

/// The formats written incident by incident.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// interop's flat CSV.
    Csv,
    /// interop's GeoJSON.
    GeoJson,
}

fn io_error(error: std::io::Error) -> WebError {
    WebError::Internal(format!("writing an export failed: {error}"))
}

/// Writes the list's incidents, in the list's order, with their claims, sources and reconciled
/// figures (one `analysis::Batch` over the view's claims, as the list itself reconciles them).
fn write_list(view: &View<'_>, query: &ListQuery, format: Format) -> Result<Vec<u8>, WebError> {
    let incidents: Vec<Incident> = listing(view, query)?
        .rows
        .into_iter()
        .map(|r| r.incident)
        .collect();
    let claims = view.claims()?;
    let sources = view.sources()?;
    let actors = view.actors()?;
    let weighed = with_restricted_placeholder(&sources, &claims);
    let batch = analysis::Batch::new(&incidents, &claims, &weighed, &actors);
    let source_of: HashMap<&SourceId, &Source> = sources.iter().map(|s| (&s.id, s)).collect();
    let mut claims_of: HashMap<&IncidentId, Vec<&Claim>> = HashMap::new();
    for claim in &claims {
        claims_of.entry(&claim.incident).or_default().push(claim);
    }
    enum Writer {
        // Boxed: the CSV writer's buffer state is far larger than the GeoJSON writer's.
        Csv(Box<FlatWriter<Vec<u8>>>),
        GeoJson(GeoJsonWriter<Vec<u8>>),
    }
    let mut writer = match format {
        Format::Csv => Writer::Csv(Box::new(
            FlatWriter::new(Vec::new(), false).map_err(io_error)?,
        )),
        Format::GeoJson => Writer::GeoJson(GeoJsonWriter::new(Vec::new()).map_err(io_error)?),
    };
    for (incident, reconciliation) in batch.iter() {
        let own_claims = claims_of.get(&incident.id).cloned().unwrap_or_default();
        // A restricted source the reader may not see is not among `sources`: it is left out here,
        // as on the pages, while its claims still count in the figures.
        let mut own_sources: Vec<&Source> = own_claims
            .iter()
            .filter_map(|c| source_of.get(&c.source).copied())
            .collect();
        own_sources.sort_by(|a, b| a.id.cmp(&b.id));
        own_sources.dedup_by(|a, b| a.id == b.id);
        let figures: Reconciled = reconciliation
            .figures
            .iter()
            .map(|(count, figure)| {
                let e = &figure.estimate;
                let range = FigureRange {
                    low: e.low,
                    best: e.best,
                    high: e.high,
                };
                (*count, range)
            })
            .collect();
        let incident_view = IncidentView {
            incident,
            claims: &own_claims,
            sources: &own_sources,
            figures: &figures,
        };
        match &mut writer {
            Writer::Csv(w) => w.write(&incident_view),
            Writer::GeoJson(w) => w.write(&incident_view),
        }
        .map_err(io_error)?;
    }
    let mut out = match writer {
        Writer::Csv(w) => w.finish(),
        Writer::GeoJson(w) => w.finish(),
    }
    .map_err(io_error)?;
    out.flush().map_err(io_error)?;
    Ok(out)
}

fn attachment(content_type: &str, filename: &str, body: impl IntoResponse) -> Response {
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

impl Format {
    /// The media type and the file name the download is offered under.
    fn attachment(self) -> (&'static str, &'static str) {
        match self {
            Format::Csv => ("text/csv; charset=utf-8", "crosscheck-incidents.csv"),
            Format::GeoJson => ("application/geo+json", "crosscheck-incidents.geojson"),
        }
    }
}

/// The list's incidents, filtered as the reader asked and as the reader may see them, written
/// in `format` as a download.
async fn list_download(
    state: AppState,
    caller: Caller,
    query: ListQuery,
    format: Format,
) -> Result<Response, WebError> {
    let body = state
        .view(caller.principal, move |view| {
            write_list(view, &query, format)
        })
        .await?;
    let (content_type, file_name) = format.attachment();
    Ok(attachment(content_type, file_name, body))
}

/// `GET /incidents.csv`: the list's incidents as CSV.
pub async fn csv(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    list_download(state, caller, query, Format::Csv).await
}

/// `GET /incidents.geojson`: the list's incidents as GeoJSON.
pub async fn geojson(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    list_download(state, caller, query, Format::GeoJson).await
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
            let ids_owned: BTreeSet<IncidentId> =
                rows.iter().map(|r| r.incident.id.clone()).collect();
            let ids = &ids_owned;
            let claims: Vec<Claim> = view
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
