//! Bar charts of civilian harm: the report's Figure 1 redrawn from the record (civilians killed and
//! injured per incident, with the range the claims span and the grade), and casualties by month.
//!
//! Killed and injured are measures, not event types, so they are drawn in two greys, dark and
//! light, and never in a type's colour. Each measure gets its own panel and scale (small
//! multiples): hundreds injured in one incident would otherwise flatten every bar of killed.

use maud::{Markup, html};

use super::{nice_ceiling, num};
use crate::summary::{Range, Total};

/// One incident's row of Figure 1.
#[derive(Clone, Debug, PartialEq)]
pub struct IncidentRow {
    /// The day, as a reader writes it.
    pub date: String,
    /// The place, short.
    pub place: String,
    /// Civilians killed.
    pub killed: Option<Range>,
    /// Civilians injured.
    pub injured: Option<Range>,
    /// The grade's name.
    pub grade: &'static str,
    /// The incident's page.
    pub href: String,
}

const WIDTH: f64 = 900.0;
const LABEL_W: f64 = 300.0;
const PANEL_W: f64 = 235.0;
/// The share of a panel the bars and whiskers may use; the rest holds the figure's text.
const BAR_SPACE: f64 = 150.0;
const ROW_H: f64 = 26.0;
const HEAD_H: f64 = 34.0;

/// Shortens a label to `max` characters, with an ellipsis.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let kept: String = text.chars().take(max - 1).collect();
        format!("{}…", kept.trim_end())
    }
}

/// One bar with its whisker (low–high) and its text, in a panel starting at `x0`.
fn bar(x0: f64, y: f64, range: Option<Range>, scale: f64, class: &str, what: &str) -> Markup {
    let Some(r) = range else {
        return html! { text.none x=(num(x0 + 4.0)) y=(num(y + 4.0)) { "–" } };
    };
    let at = |v: u32| x0 + f64::from(v) / scale * BAR_SPACE;
    let (low, high) = (at(r.low), at(r.high));
    let end = at(r.drawn());
    html! {
        g {
            title { (what) ": " (r.text()) }
            rect class=(class) x=(num(x0)) y=(num(y - 6.0)) width=(num(end - x0)) height="12" {}
            @if r.high > r.low {
                path.whisker d={ "M" (num(low)) " " (num(y)) "H" (num(high)) "M" (num(low)) " " (num(y - 5.0)) "v10M" (num(high)) " " (num(y - 5.0)) "v10" } {}
            }
            text x=(num(high.max(end) + 5.0)) y=(num(y + 4.0)) { (r.text()) }
        }
    }
}

/// Figure 1: civilians killed and injured per incident, one row each in the order given.
pub fn per_incident(id: &str, title: &str, desc: &str, rows: &[IncidentRow]) -> Markup {
    let scale_of = |pick: fn(&IncidentRow) -> Option<Range>| {
        nice_ceiling(f64::from(
            rows.iter()
                .filter_map(pick)
                .map(|r| r.high)
                .max()
                .unwrap_or(0),
        ))
    };
    let killed_scale = scale_of(|r| r.killed);
    let injured_scale = scale_of(|r| r.injured);
    let height = HEAD_H + rows.len() as f64 * ROW_H + 6.0;
    let killed_x = LABEL_W + 10.0;
    let injured_x = killed_x + PANEL_W + 10.0;
    let grade_x = injured_x + PANEL_W + 10.0;
    html! {
        svg.chart.figure1 viewBox={ "0 0 " (WIDTH) " " (num(height)) } role="img"
            aria-labelledby={ (id) "-title " (id) "-desc" } {
            title id={ (id) "-title" } { (title) }
            desc id={ (id) "-desc" } { (desc) }
            g.head {
                text x="0" y="14" { "Date · place" }
                text x=(num(killed_x)) y="14" { "Civilians killed" }
                text x=(num(injured_x)) y="14" { "Civilians injured" }
                text x=(num(grade_x)) y="14" { "Grade" }
                @for (x0, scale) in [(killed_x, killed_scale), (injured_x, injured_scale)] {
                    text.scale x=(num(x0)) y="28" { "0" }
                    text.scale x=(num(x0 + BAR_SPACE)) y="28" text-anchor="middle" { (num(scale)) }
                    line.grid x1=(num(x0 + BAR_SPACE)) x2=(num(x0 + BAR_SPACE)) y1=(num(HEAD_H - 2.0)) y2=(num(height - 4.0)) {}
                    line.axis x1=(num(x0)) x2=(num(x0)) y1=(num(HEAD_H - 2.0)) y2=(num(height - 4.0)) {}
                }
            }
            @for (n, row) in rows.iter().enumerate() {
                @let y = HEAD_H + n as f64 * ROW_H + ROW_H / 2.0;
                g.row {
                    a href=(row.href) tabindex="-1" {
                        text x="0" y=(num(y + 4.0)) {
                            tspan.date { (row.date) } " · " (clip(&row.place, 46usize.saturating_sub(row.date.chars().count()).max(10)))
                        }
                    }
                    (bar(killed_x, y, row.killed, killed_scale, "killed", "Civilians killed"))
                    (bar(injured_x, y, row.injured, injured_scale, "injured", "Civilians injured"))
                    text.grade x=(num(grade_x)) y=(num(y + 4.0)) { (row.grade) }
                }
            }
        }
    }
}

/// One month's civilian harm.
#[derive(Clone, Debug, PartialEq)]
pub struct Month {
    /// "Oct 2025".
    pub label: String,
    /// Whether the month starts a year (its label then names the year on the axis).
    pub january: bool,
    /// Civilians killed in the month's incidents.
    pub killed: Total,
    /// Civilians injured in the month's incidents.
    pub injured: Total,
}

/// Casualties by month: civilians killed (top) and injured (bottom), each on its own scale.
pub fn by_month(id: &str, title: &str, desc: &str, months: &[Month]) -> Markup {
    const LEFT: f64 = 92.0;
    const PANEL_H: f64 = 80.0;
    const GAP: f64 = 26.0;
    let plot_w = WIDTH - LEFT - 10.0;
    let slot = plot_w / months.len().max(1) as f64;
    let bar_w = (slot * 0.7).max(1.5);
    let label_every = months.len().div_ceil(12).max(1);
    let panels = [
        (
            "Killed",
            "killed",
            8.0,
            months.iter().map(|m| m.killed).collect::<Vec<_>>(),
        ),
        (
            "Injured",
            "injured",
            8.0 + PANEL_H + GAP,
            months.iter().map(|m| m.injured).collect(),
        ),
    ];
    let height = 8.0 + 2.0 * PANEL_H + GAP + 22.0;
    html! {
        svg.chart.months viewBox={ "0 0 " (WIDTH) " " (num(height)) } role="img"
            aria-labelledby={ (id) "-title " (id) "-desc" } {
            title id={ (id) "-title" } { (title) }
            desc id={ (id) "-desc" } { (desc) }
            @for (name, class, top, totals) in &panels {
                @let max = nice_ceiling(f64::from(totals.iter().map(|t| t.best).max().unwrap_or(0)));
                @let baseline = top + PANEL_H;
                g {
                    text.panel x="0" y=(num(top + 12.0)) { (name) }
                    text.scale x=(num(LEFT - 6.0)) y=(num(top + 10.0)) text-anchor="end" { (num(max)) }
                    line.grid x1=(num(LEFT)) x2=(num(LEFT + plot_w)) y1=(num(*top)) y2=(num(*top)) {}
                    line.axis x1=(num(LEFT)) x2=(num(LEFT + plot_w)) y1=(num(baseline)) y2=(num(baseline)) {}
                    @for (n, (total, month)) in totals.iter().zip(months).enumerate() {
                        @if total.incidents > 0 {
                            @let h = f64::from(total.best) / max * PANEL_H;
                            @let x = LEFT + n as f64 * slot + (slot - bar_w) / 2.0;
                            rect class=(class) x=(num(x)) y=(num(baseline - h)) width=(num(bar_w)) height=(num(h.max(0.5))) {
                                title { (month.label) ": civilians " (class) " " (total.as_range().text()) }
                            }
                            @if total.best > 0 && slot >= 14.0 {
                                text.value x=(num(x + bar_w / 2.0)) y=(num(baseline - h - 3.0)) text-anchor="middle" { (total.best) }
                            }
                        }
                    }
                }
            }
            g.axis {
                @for (n, month) in months.iter().enumerate() {
                    @if n % label_every == 0 {
                        @let x = LEFT + n as f64 * slot + slot / 2.0;
                        text x=(num(x)) y=(num(height - 6.0)) text-anchor="middle" {
                            @if n == 0 || month.january || label_every > 1 { (month.label) } @else { (month.label.split(' ').next().unwrap_or_default()) }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(low: u32, best: Option<u32>, high: u32) -> Range {
        Range {
            low,
            best,
            high,
            high_open: false,
            proxy: false,
        }
    }

    #[test]
    fn figure_one_draws_a_bar_a_whisker_and_the_figure_per_measure() {
        let rows = [
            IncidentRow {
                date: "24 Dec 2024".into(),
                place: "Barmal, Paktika".into(),
                killed: Some(range(15, Some(15), 52)),
                injured: None,
                grade: "fair",
                href: "/incidents/inc-a".into(),
            },
            IncidentRow {
                date: "15 Oct 2025".into(),
                place: "Spin Boldak, Kandahar, a long name that goes on and on".into(),
                killed: Some(range(17, Some(17), 17)),
                injured: Some(range(346, Some(346), 346)),
                grade: "weak",
                href: "/incidents/inc-b".into(),
            },
        ];
        let svg = per_incident("f1", "Figure 1", "d", &rows).into_string();
        assert_eq!(svg.matches("class=\"killed\"").count(), 2);
        assert_eq!(svg.matches("class=\"injured\"").count(), 1);
        assert_eq!(
            svg.matches("class=\"whisker\"").count(),
            1,
            "only 15–52 spans a range"
        );
        assert!(svg.contains(">15 (15–52)<") && svg.contains(">346 (346)<"));
        // Killed is scaled to 100 and injured to 500, each on its own.
        assert!(svg.contains(">100<") && svg.contains(">500<"));
        assert!(svg.contains("Spin Boldak, Kandahar, a long name…"));
        assert!(svg.contains(">–<"), "a missing figure is a dash");
    }

    #[test]
    fn months_without_incidents_have_no_bar() {
        let mut killed = Total::default();
        killed.add(Some(range(5, Some(5), 8)));
        let months = [
            Month {
                label: "Sep 2025".into(),
                january: false,
                killed: Total::default(),
                injured: Total::default(),
            },
            Month {
                label: "Oct 2025".into(),
                january: false,
                killed,
                injured: Total::default(),
            },
        ];
        let svg = by_month("m", "By month", "d", &months).into_string();
        assert_eq!(svg.matches("<rect").count(), 1);
        assert!(svg.contains("Oct 2025: civilians killed 5 (5–8)"));
    }
}
