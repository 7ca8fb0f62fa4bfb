//! GeoJSON (RFC 7946): one FeatureCollection, one Feature per incident with its principal place
//! as a Point (longitude, latitude, WGS 84) — or a null geometry when the place has no
//! coordinates — and the incident's fields and reconciled figures as properties. Written one
//! feature per line, so that a million incidents never sit in memory together.

use std::io::Write;

use model::{Group, Measure};
use serde_json::{Map, Value, json};

use crate::export::IncidentView;

/// Writes a FeatureCollection feature by feature.
pub struct GeoJsonWriter<W: Write> {
    out: W,
    first: bool,
}

impl<W: Write> GeoJsonWriter<W> {
    /// Opens the collection.
    pub fn new(mut out: W) -> std::io::Result<Self> {
        out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")?;
        Ok(GeoJsonWriter { out, first: true })
    }

    /// Writes one incident as a feature.
    pub fn write(&mut self, view: &IncidentView<'_>) -> std::io::Result<()> {
        if !self.first {
            self.out.write_all(b",\n")?;
        }
        self.first = false;
        serde_json::to_writer(&mut self.out, &feature(view))?;
        Ok(())
    }

    /// Closes the collection and returns the output.
    pub fn finish(mut self) -> std::io::Result<W> {
        self.out.write_all(b"\n]}\n")?;
        self.out.flush()?;
        Ok(self.out)
    }
}

fn feature(view: &IncidentView<'_>) -> Value {
    let incident = view.incident;
    let place = incident.place();
    let geometry = place.and_then(|p| p.coordinates).map_or(
        Value::Null,
        |c| json!({"type": "Point", "coordinates": [c.lon(), c.lat()]}),
    );
    let mut properties = Map::new();
    let mut put = |key: &str, value: Value| {
        if !value.is_null() {
            properties.insert(key.to_owned(), value);
        }
    };
    put("id", json!(incident.id));
    put("title", json!(incident.title));
    put("date", json!(incident.date.date().to_string()));
    put(
        "end_date",
        json!(incident.date.end().map(|d| d.to_string())),
    );
    put("date_precision", json!(incident.date.precision().as_str()));
    put("event_type", json!(incident.event_type.as_str()));
    if let Some(place) = place {
        put("country", json!(place.country));
        put("admin1", json!(place.admin1));
        put("admin2", json!(place.admin2));
        put("location", json!(place.location));
        put("pcode", json!(place.pcode));
        put("geo_precision", json!(place.precision.as_str()));
    }
    if let Some(cb) = incident.cross_border {
        put("cross_border", json!({"from": cb.from, "to": cb.to}));
    }
    if !incident.perpetrators.is_empty() {
        put("perpetrators", json!(incident.perpetrators));
    }
    put("target", json!(incident.target));
    put("summary", json!(incident.summary));
    put("status", json!(incident.status.as_str()));
    if !incident.external_ids.is_empty() {
        put("external_ids", json!(incident.external_ids));
    }
    for measure in Measure::ALL {
        let mut groups = Map::new();
        for group in Group::ALL {
            if let Some(f) = view.figure(measure, group) {
                groups.insert(
                    group.as_str().to_owned(),
                    json!({"low": f.low, "best": f.best, "high": f.high}),
                );
            }
        }
        if !groups.is_empty() {
            put(measure.as_str(), Value::Object(groups));
        }
    }
    json!({"type": "Feature", "id": incident.id, "geometry": geometry, "properties": properties})
}
