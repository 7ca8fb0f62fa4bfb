//! `AcledWriter::needs_figures` and `UcdpWriter::needs_figures` let an exporter skip the
//! reconciliation of an incident the format writes from its own dataset's claim. Whenever they say
//! the figures are not needed, the row must be the same whatever figures are passed: checked here
//! with absurd figures on the ACLED and UCDP fixtures and on the demo dataset (incidents of every
//! kind, most without a claim of their own).
#![allow(clippy::unwrap_used)]

use interop::{
    AcledReader, AcledWriter, ActorNames, ClaimRange, FigureRange, FigureSource, IncidentView,
    Reconciled, UcdpReader, UcdpWriter, read_dataset,
};
use model::{Claim, Group, Incident, Measure, Source};

const DEMO: &str = include_str!("../../../../data/demo/dataset.json");

/// Figures no claim gives: a row that read them would show them.
fn absurd() -> Reconciled {
    let mut figures = Reconciled::new();
    for measure in [Measure::Killed, Measure::Injured] {
        for group in Group::ALL {
            let range = FigureRange {
                low: 900_001,
                best: Some(900_002),
                high: 900_003,
            };
            figures.insert((measure, group), range);
        }
    }
    figures
}

/// Every incident with its claims and their sources.
fn records() -> Vec<(Incident, Vec<Claim>, Vec<Source>)> {
    let mut out = Vec::new();
    let acled = include_str!("../fixtures/acled_current.csv");
    let ucdp = include_str!("../fixtures/ucdp_ged.csv");
    let rows = AcledReader::new("a.csv", acled.as_bytes())
        .unwrap()
        .chain(UcdpReader::new("u.csv", ucdp.as_bytes()).unwrap());
    for row in rows {
        let row = row.unwrap();
        out.push((row.incident, row.claims, row.sources));
    }
    let demo = read_dataset("dataset.json", DEMO).unwrap();
    for incident in &demo.incidents {
        let claims: Vec<Claim> = demo
            .claims
            .iter()
            .filter(|c| c.incident == incident.id)
            .cloned()
            .collect();
        let sources = demo
            .sources
            .iter()
            .filter(|s| claims.iter().any(|c| c.source == s.id))
            .cloned()
            .collect();
        out.push((incident.clone(), claims, sources));
    }
    out
}

#[test]
fn rows_that_need_no_figures_do_not_read_them() {
    let (mut skipped, mut needed) = (0, 0);
    for (incident, claims, sources) in records() {
        let claims: Vec<&Claim> = claims.iter().collect();
        let sources: Vec<&Source> = sources.iter().collect();
        let real = ClaimRange.figures(&incident, &claims, &sources);
        let absurd = absurd();
        let view = |figures| IncidentView {
            incident: &incident,
            claims: &claims,
            sources: &sources,
            figures,
        };
        let acled = |figures| {
            let mut w = AcledWriter::new(Vec::new(), ActorNames::default()).unwrap();
            w.write(&view(figures)).unwrap();
            w.finish().unwrap()
        };
        let ucdp = |figures| {
            let mut w = UcdpWriter::new(Vec::new(), ActorNames::default()).unwrap();
            w.write(&view(figures)).unwrap();
            w.finish().unwrap()
        };
        if AcledWriter::<Vec<u8>>::needs_figures(&view(&real)) {
            needed += 1;
        } else {
            skipped += 1;
            assert_eq!(acled(&real), acled(&absurd), "{}", incident.id);
        }
        if !UcdpWriter::<Vec<u8>>::needs_figures(&view(&real)) {
            assert_eq!(ucdp(&real), ucdp(&absurd), "{}", incident.id);
        }
        // The absurd figures do show where the figures are read: the check above has teeth.
        if AcledWriter::<Vec<u8>>::needs_figures(&view(&real))
            && !real.is_empty()
            && real.contains_key(&(Measure::Killed, Group::Total))
        {
            assert_ne!(acled(&real), acled(&absurd), "{}", incident.id);
        }
    }
    assert!(
        skipped > 0 && needed > 0,
        "{skipped} skipped, {needed} needed"
    );
}
