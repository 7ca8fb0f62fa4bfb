//! The flat CSV, HXL and GeoJSON exports: our CSV read back gives the same incidents; the HXL
//! row sits under the header; the GeoJSON is an RFC 7946 FeatureCollection.
#![allow(clippy::unwrap_used)]

use interop::{
    AcledReader, ClaimRange, FigureSource, FlatReader, FlatWriter, GeoJsonWriter, ImportedRow,
    IncidentView, read_dataset,
};
use model::{Claim, Dataset, Incident, Source};

const DEMO: &str = include_str!("../../../../data/demo/dataset.json");
const ACLED: &str = include_str!("../fixtures/acled_current.csv");

/// Writes incidents with their claims and sources through `write`.
fn each_view(dataset: &Dataset, mut write: impl FnMut(&IncidentView<'_>)) {
    for incident in &dataset.incidents {
        let claims: Vec<&Claim> = dataset
            .claims
            .iter()
            .filter(|c| c.incident == incident.id)
            .collect();
        let sources: Vec<&Source> = dataset
            .sources
            .iter()
            .filter(|s| claims.iter().any(|c| c.source == s.id))
            .collect();
        let figures = ClaimRange.figures(incident, &claims, &sources);
        write(&IncidentView {
            incident,
            claims: &claims,
            sources: &sources,
            figures: &figures,
        });
    }
}

fn flat(dataset: &Dataset, hxl: bool) -> String {
    let mut writer = FlatWriter::new(Vec::new(), hxl).unwrap();
    each_view(dataset, |view| writer.write(view).unwrap());
    String::from_utf8(writer.finish().unwrap()).unwrap()
}

fn without_notes(incidents: &[Incident]) -> Vec<Incident> {
    incidents
        .iter()
        .cloned()
        .map(|mut i| {
            i.internal_notes = None;
            i
        })
        .collect()
}

fn dataset_of(rows: Vec<ImportedRow>) -> Dataset {
    let mut dataset = Dataset::default();
    for row in rows {
        dataset.incidents.push(row.incident);
        dataset.claims.extend(row.claims);
        dataset.sources.extend(row.sources);
    }
    dataset
}

#[test]
fn our_csv_read_back_gives_the_same_incidents() {
    let demo = read_dataset("demo.json", DEMO).unwrap();
    let acled = dataset_of(
        AcledReader::new("a.csv", ACLED.as_bytes())
            .unwrap()
            .map(Result::unwrap)
            .collect(),
    );
    for dataset in [demo, acled] {
        for hxl in [false, true] {
            let text = flat(&dataset, hxl);
            let back: Vec<Incident> = FlatReader::new("flat.csv", text.as_bytes())
                .unwrap()
                .map(|r| r.unwrap().incident)
                .collect();
            assert_eq!(back, without_notes(&dataset.incidents));
            // …and writing those again gives the same table, figures aside.
            let again = Dataset {
                incidents: back,
                ..Dataset::default()
            };
            let strip = |t: &str| -> Vec<String> {
                t.lines()
                    .map(|l| l.split(',').take(10).collect::<Vec<_>>().join(","))
                    .collect()
            };
            assert_eq!(strip(&flat(&again, hxl)), strip(&text));
        }
    }
}

#[test]
fn the_hxl_row_tags_the_columns_users_look_for() {
    let demo = read_dataset("demo.json", DEMO).unwrap();
    let text = flat(&demo, true);
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let tags: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(header.len(), tags.len());
    let tag = |column: &str| tags[header.iter().position(|h| *h == column).unwrap()];
    assert_eq!(tag("date"), "#date+occurred");
    assert_eq!(tag("admin1"), "#adm1+name");
    assert_eq!(tag("latitude"), "#geo+lat");
    assert_eq!(tag("longitude"), "#geo+lon");
    assert_eq!(tag("killed_total_best"), "#affected+killed");
    assert_eq!(tag("injured_total_best"), "#affected+injured");
    assert_eq!(
        tag("killed_civilians_low"),
        "#affected+killed+civilians+min"
    );
    assert!(tags.iter().all(|t| t.starts_with('#')));
    assert!(!text.contains("internal"), "internal notes never leave");
}

#[test]
fn geojson_is_a_feature_collection_of_points_in_lon_lat_order() {
    let demo = read_dataset("demo.json", DEMO).unwrap();
    let mut writer = GeoJsonWriter::new(Vec::new()).unwrap();
    each_view(&demo, |view| writer.write(view).unwrap());
    let text = String::from_utf8(writer.finish().unwrap()).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["type"], "FeatureCollection");
    let features = value["features"].as_array().unwrap();
    assert_eq!(features.len(), demo.incidents.len());
    for (feature, incident) in features.iter().zip(&demo.incidents) {
        assert_eq!(feature["type"], "Feature");
        assert_eq!(feature["properties"]["id"], incident.id.as_str());
        match incident.place().unwrap().coordinates {
            Some(c) => {
                assert_eq!(feature["geometry"]["type"], "Point");
                assert_eq!(feature["geometry"]["coordinates"][0], c.lon());
                assert_eq!(feature["geometry"]["coordinates"][1], c.lat());
            }
            None => assert!(feature["geometry"].is_null()),
        }
        assert!(feature["properties"].get("internal_notes").is_none());
    }
    assert!(
        features
            .iter()
            .any(|f| f["properties"]["killed"]["total"]["low"].is_number())
    );
}

#[test]
fn a_foreign_table_is_refused_with_a_hint_to_map_it() {
    let err = FlatReader::new("x.csv", &b"a,b\n1,2\n"[..]).err().unwrap();
    assert!(
        err.to_string().contains("give a mapping with --map"),
        "{err}"
    );
}
