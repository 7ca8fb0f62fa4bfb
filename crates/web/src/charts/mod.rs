//! Charts and maps, drawn on the server as inline SVG: no script, no tile server, no web font, so a
//! page shows its charts on a slow line, with JavaScript off, and on paper.
//!
//! Each chart is a plain function from data to markup, tested on its own. They share:
//! - one colour per event type, the Okabe–Ito palette (safe for colour-blind readers), named by a
//!   CSS class (`ev-air_strike`) whose colour lives in the one stylesheet, so the map, the timeline
//!   and the lists cannot drift apart;
//! - a text alternative: every chart is `role="img"` with a `<title>` and a `<desc>` that say what
//!   it shows, and the page puts the same data in a table under a `<details>`;
//! - small output: coordinates are rounded to whole units of the chart's viewBox and written as
//!   short relative path commands.

pub mod bars;
pub mod map;
pub mod timeline;

use model::EventType;

/// The CSS class that colours marks of an event type (see `assets/style.css`).
pub fn type_class(event_type: EventType) -> String {
    format!("ev ev-{}", event_type.as_str())
}

/// A coordinate or length for an SVG attribute: at most one decimal, no trailing zeros.
pub fn num(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}

/// A "nice" upper bound for an axis: the smallest of 1, 2, 2.5, 5 × 10ⁿ at or above `value`
/// (at least 1).
pub fn nice_ceiling(value: f64) -> f64 {
    if value <= 1.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(value.log10().floor());
    for step in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if step * magnitude >= value {
            return step * magnitude;
        }
    }
    10.0 * magnitude
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.04), "12");
        assert_eq!(num(-3.26), "-3.3");
        assert_eq!(num(0.05), "0.1");
    }

    #[test]
    fn axes_end_on_round_numbers() {
        assert_eq!(nice_ceiling(0.0), 1.0);
        assert_eq!(nice_ceiling(7.0), 10.0);
        assert_eq!(nice_ceiling(17.0), 20.0);
        assert_eq!(nice_ceiling(346.0), 500.0);
        assert_eq!(nice_ceiling(200.0), 200.0);
        assert_eq!(nice_ceiling(23.0), 25.0);
    }

    #[test]
    fn every_type_has_its_own_class() {
        let classes: std::collections::BTreeSet<String> =
            EventType::ALL.into_iter().map(type_class).collect();
        assert_eq!(classes.len(), EventType::ALL.len());
        let css = include_str!("../../assets/style.css");
        for t in EventType::ALL {
            assert!(
                css.contains(&format!(".ev-{} ", t.as_str())),
                "no colour for {}",
                t.as_str()
            );
        }
    }
}
