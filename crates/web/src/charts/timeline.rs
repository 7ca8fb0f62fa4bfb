//! The timeline: incidents as bars of civilians killed along the days (or weeks) of a period,
//! stacked and coloured by event type, with ceasefires and talks as shaded bands behind them and a
//! mark over incidents that fall inside a ceasefire's window or just after it.
//!
//! Issue 7 (rhetoric, escalation) adds a line on a second axis through [`Series`]; the chart
//! leaves room on the right for its scale only when a series is given.

use maud::{Markup, html};
use model::{Date, EventType};

use super::{nice_ceiling, num, type_class};

/// One incident on the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Its (first) day.
    pub date: Date,
    /// Its type (the colour).
    pub event_type: EventType,
    /// Civilians killed (best, or low when there is no best); `None` when no claim counts them.
    pub value: Option<u32>,
    /// The tooltip.
    pub label: String,
    /// Set when the incident falls inside a ceasefire's window or in the days after it: what to
    /// say about it ("during the Doha ceasefire").
    pub flagged: Option<String>,
}

/// What a band stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BandKind {
    /// A ceasefire's window.
    Ceasefire,
    /// A round of talks.
    Talks,
}

impl BandKind {
    fn class(self) -> &'static str {
        match self {
            BandKind::Ceasefire => "band ceasefire",
            BandKind::Talks => "band talks",
        }
    }

    /// The top of its lane.
    fn lane_y(self) -> f64 {
        match self {
            BandKind::Ceasefire => 6.0,
            BandKind::Talks => 8.0 + LANE_H,
        }
    }

    fn lane_label(self) -> &'static str {
        match self {
            BandKind::Ceasefire => "Ceasefires",
            BandKind::Talks => "Talks",
        }
    }
}

/// A shaded span: a ceasefire or a round of talks.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// The first day.
    pub start: Date,
    /// The last day (inclusive); `None` while it is open: a ceasefire is then drawn to the end of
    /// the period, talks on their first day only.
    pub end: Option<Date>,
    /// Ceasefire or talks.
    pub kind: BandKind,
    /// Its name, for the tooltip.
    pub label: String,
}

/// An extra line over the timeline, on its own scale (issue 7's rhetoric score, an escalation
/// index). Points are drawn in date order.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// What the line shows, for the legend and the tooltip.
    pub label: String,
    /// The points.
    pub points: Vec<(Date, f64)>,
}

const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 230.0;
/// Above the plot: two lanes, ceasefires and talks, each a strip of bars over their days.
const TOP: f64 = 42.0;
const LANE_H: f64 = 11.0;
const BOTTOM: f64 = 24.0;
const LEFT: f64 = 62.0;

/// Days from `a` to `b` (negative when `b` is earlier).
pub fn days_between(a: Date, b: Date) -> i64 {
    b.duration_since(a).as_secs().div_euclid(86_400)
}

/// How many days one bar covers: a week when the period is longer than half a year, else a day.
pub fn bin_days(from: Date, to: Date) -> i64 {
    if days_between(from, to) > 180 { 7 } else { 1 }
}

/// The timeline of `from`–`to` (inclusive).
pub fn timeline(
    id: &str,
    title: &str,
    desc: &str,
    (from, to): (Date, Date),
    marks: &[Mark],
    bands: &[Band],
    extra: Option<&Series>,
) -> Markup {
    let to = to.max(from);
    let right = if extra.is_some() { 44.0 } else { 12.0 };
    let (plot_w, plot_h) = (WIDTH - LEFT - right, HEIGHT - TOP - BOTTOM);
    let baseline = TOP + plot_h;
    let total_days = (days_between(from, to) + 1) as f64;
    let x_of_day = |d: Date| {
        LEFT + (days_between(from, d) as f64).clamp(0.0, total_days) / total_days * plot_w
    };
    let bin = bin_days(from, to);
    let bins = (days_between(from, to) / bin + 1) as usize;
    let bin_w = plot_w / bins as f64;

    // Stack the marks of each bin, in the legend's order of types.
    let mut in_view: Vec<&Mark> = marks
        .iter()
        .filter(|m| m.date >= from && m.date <= to)
        .collect();
    in_view.sort_by_key(|m| (m.date, m.event_type));
    let mut stacks: Vec<Vec<&Mark>> = vec![Vec::new(); bins];
    for mark in in_view {
        let index = (days_between(from, mark.date) / bin) as usize;
        if let Some(stack) = stacks.get_mut(index) {
            stack.push(mark);
        }
    }
    let tallest = stacks
        .iter()
        .map(|s| s.iter().map(|m| m.value.unwrap_or(0)).sum::<u32>())
        .max()
        .unwrap_or(0);
    let y_max = nice_ceiling(f64::from(tallest));
    let height_of = |v: u32| f64::from(v) / y_max * plot_h;
    let bar_w = if bin_w > 4.0 {
        bin_w * 0.8
    } else {
        bin_w.max(2.0)
    };

    // Lay the stacks out: bars upwards from the baseline; marks without a figure as rings above
    // the baseline; a flag over a stack holding an incident inside or just after a ceasefire.
    let mut pieces: Vec<Piece<'_>> = Vec::new();
    for (index, stack) in stacks.iter().enumerate() {
        let x = LEFT + index as f64 * bin_w + (bin_w - bar_w) / 2.0;
        let mut top = baseline;
        let mut rings = 0.0;
        for mark in stack {
            match mark.value.filter(|v| *v > 0) {
                Some(value) => {
                    let height = height_of(value);
                    top -= height;
                    pieces.push(Piece::Bar {
                        x,
                        y: top,
                        height,
                        mark,
                    });
                }
                None => {
                    pieces.push(Piece::Ring {
                        x: x + bar_w / 2.0,
                        y: baseline - 4.0 - rings * 7.0,
                        mark,
                    });
                    rings += 1.0;
                }
            }
        }
        if let Some(text) = stack.iter().find_map(|m| m.flagged.as_deref()) {
            pieces.push(Piece::Flag {
                x: x + bar_w / 2.0,
                y: top.min(baseline - rings * 7.0) - 4.0,
                text,
            });
        }
    }

    html! {
        svg.chart.timeline viewBox={ "0 0 " (WIDTH) " " (HEIGHT) } role="img"
            aria-labelledby={ (id) "-title " (id) "-desc" } {
            title id={ (id) "-title" } { (title) }
            desc id={ (id) "-desc" } { (desc) }
            g.lanes {
                @for kind in [BandKind::Ceasefire, BandKind::Talks] {
                    text x=(num(LEFT - 5.0)) y=(num(kind.lane_y() + LANE_H - 2.0)) text-anchor="end" { (kind.lane_label()) }
                    line.grid x1=(num(LEFT)) x2=(num(LEFT + plot_w)) y1=(num(kind.lane_y() + LANE_H / 2.0)) y2=(num(kind.lane_y() + LANE_H / 2.0)) {}
                }
            }
            @for band in bands {
                // An open ceasefire is still in force and runs to the edge; talks whose end was
                // not reported are drawn on their first day only.
                @let end = match (band.end, band.kind) {
                    (Some(end), _) => end,
                    (None, BandKind::Ceasefire) => to,
                    (None, BandKind::Talks) => band.start,
                };
                @if end >= from && band.start <= to {
                    @let x0 = x_of_day(band.start.max(from));
                    @let x1 = x_of_day(end.min(to)) + plot_w / total_days;
                    @let width = num((x1 - x0).max(3.0));
                    // A ceasefire also shades the plot, so the incidents inside its window stand
                    // out; talks keep to their lane, so the two never blur together.
                    @if band.kind == BandKind::Ceasefire {
                        rect.shade x=(num(x0)) y=(num(TOP)) width=(width) height=(num(plot_h)) {}
                    }
                    rect class=(band.kind.class()) x=(num(x0)) y=(num(band.kind.lane_y())) width=(width) height=(num(LANE_H)) {
                        title { (band.label) }
                    }
                }
            }
            g.axis {
                @for step in [0.0, 0.5, 1.0] {
                    @let y = baseline - step * plot_h;
                    line.grid x1=(num(LEFT)) x2=(num(LEFT + plot_w)) y1=(num(y)) y2=(num(y)) {}
                    text x=(num(LEFT - 5.0)) y=(num(y + 4.0)) text-anchor="end" { (num(step * y_max)) }
                }
                @for (day, label) in ticks(from, to) {
                    @let x = x_of_day(day);
                    line x1=(num(x)) x2=(num(x)) y1=(num(baseline)) y2=(num(baseline + 4.0)) {}
                    text x=(num(x)) y=(num(baseline + 17.0)) text-anchor="middle" { (label) }
                }
            }
            g.bars {
                @for piece in &pieces {
                    @match piece {
                        Piece::Bar { x, y, height, mark } => {
                            rect class=(type_class(mark.event_type)) x=(num(*x)) y=(num(*y)) width=(num(bar_w)) height=(num(*height)) {
                                title { (mark.label) }
                            }
                        }
                        Piece::Ring { x, y, mark } => {
                            circle class={ (type_class(mark.event_type)) " ring" } cx=(num(*x)) cy=(num(*y)) r="3" {
                                title { (mark.label) }
                            }
                        }
                        Piece::Flag { x, y, text } => {
                            path.flag d={ "M" (num(*x)) " " (num(*y)) "l-4-8h8z" } {
                                title { (text) }
                            }
                        }
                    }
                }
            }
            @if let Some(series) = extra {
                (series_line(series, from, plot_w, plot_h, &x_of_day))
            }
        }
    }
}

/// One shape of the timeline's bars.
enum Piece<'a> {
    Bar {
        x: f64,
        y: f64,
        height: f64,
        mark: &'a Mark,
    },
    Ring {
        x: f64,
        y: f64,
        mark: &'a Mark,
    },
    Flag {
        x: f64,
        y: f64,
        text: &'a str,
    },
}

/// The extra series as a line, with its scale on the right.
fn series_line(
    series: &Series,
    from: Date,
    plot_w: f64,
    plot_h: f64,
    x_of_day: &dyn Fn(Date) -> f64,
) -> Markup {
    let mut points = series.points.clone();
    points.sort_by_key(|p| p.0);
    points.retain(|p| p.0 >= from);
    let max = nice_ceiling(points.iter().map(|p| p.1).fold(0.0, f64::max));
    let baseline = TOP + plot_h;
    let d: String = points
        .iter()
        .enumerate()
        .map(|(n, (day, value))| {
            let (x, y) = (x_of_day(*day), baseline - value / max * plot_h);
            format!("{}{} {}", if n == 0 { "M" } else { "L" }, num(x), num(y))
        })
        .collect();
    html! {
        g.extra {
            path d=(d) { title { (series.label) } }
            text x=(num(LEFT + plot_w + 5.0)) y=(num(TOP + 4.0)) { (num(max)) }
            text x=(num(LEFT + plot_w + 5.0)) y=(num(baseline + 4.0)) { "0" }
        }
    }
}

/// The x axis's ticks: Mondays ("6 Oct") for a period of up to two months, else months.
pub fn ticks(from: Date, to: Date) -> Vec<(Date, String)> {
    if days_between(from, to) > 62 {
        return month_ticks(from, to);
    }
    let mut day = from;
    while day.weekday() != jiff::civil::Weekday::Monday {
        day = days_before(day, -1);
    }
    let mut out = Vec::new();
    while day <= to {
        out.push((day, day.strftime("%-d %b").to_string()));
        day = days_before(day, -7);
    }
    out
}

/// Month ticks between `from` and `to`: the first of each month, thinned so that at most ten are
/// labelled; the year is written on January and on the first tick.
pub fn month_ticks(from: Date, to: Date) -> Vec<(Date, String)> {
    let first = from.first_of_month();
    let mut months = Vec::new();
    let mut day = if first < from {
        next_month(first)
    } else {
        first
    };
    while day <= to {
        months.push(day);
        day = next_month(day);
    }
    let step = [1, 2, 3, 6, 12, 24]
        .into_iter()
        .find(|step| months.len().div_ceil(*step) <= 10)
        .unwrap_or(24);
    let yearly = step >= 12;
    months
        .into_iter()
        .filter(|d| {
            if yearly {
                d.month() == 1 && i64::from(d.year()) % (step as i64 / 12) == 0
            } else {
                (i64::from(d.month()) - 1) % step as i64 == 0
            }
        })
        .enumerate()
        .map(|(n, d)| {
            let label = if yearly {
                d.year().to_string()
            } else if n == 0 || d.month() == 1 {
                d.strftime("%b %Y").to_string()
            } else {
                d.strftime("%b").to_string()
            };
            (d, label)
        })
        .collect()
}

/// The day `n` days before `day` (or `day` itself at the edge of the calendar).
pub fn days_before(day: Date, n: i64) -> Date {
    day.checked_sub(jiff::Span::new().days(n)).unwrap_or(day)
}

/// The first day of the month after `day`'s.
pub fn next_month(day: Date) -> Date {
    let (year, month) = if day.month() == 12 {
        (day.year() + 1, 1)
    } else {
        (day.year(), day.month() + 1)
    };
    Date::new(year, month, 1).unwrap_or(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn long_periods_are_drawn_by_the_week_short_ones_by_the_day() {
        assert_eq!(bin_days(day("2022-01-01"), day("2025-12-31")), 7);
        assert_eq!(bin_days(day("2025-10-01"), day("2025-11-30")), 1);
        assert_eq!(days_between(day("2025-10-01"), day("2025-11-01")), 31);
        assert_eq!(days_before(day("2025-11-25"), 89), day("2025-08-28"));
    }

    #[test]
    fn a_short_period_is_ticked_by_the_week() {
        let labels: Vec<String> = ticks(day("2025-10-01"), day("2025-10-31"))
            .into_iter()
            .map(|(_, l)| l)
            .collect();
        assert_eq!(labels, ["6 Oct", "13 Oct", "20 Oct", "27 Oct"]);
        assert_eq!(
            ticks(day("2025-09-01"), day("2025-11-30")),
            month_ticks(day("2025-09-01"), day("2025-11-30"))
        );
    }

    #[test]
    fn month_ticks_thin_out_and_name_the_year_once() {
        let ticks = month_ticks(day("2025-09-15"), day("2025-12-01"));
        let labels: Vec<&str> = ticks.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(labels, ["Oct 2025", "Nov", "Dec"]);
        let years = month_ticks(day("2022-04-01"), day("2025-11-30"));
        let labels: Vec<&str> = years.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Jul 2022", "Jan 2023", "Jul", "Jan 2024", "Jul", "Jan 2025", "Jul"
            ]
        );
        let decade = month_ticks(day("2016-01-01"), day("2025-12-31"));
        let labels: Vec<&str> = decade.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(labels.len(), 10);
        assert_eq!((labels[0], labels[9]), ("2016", "2025"));
    }

    #[test]
    fn bars_stack_bands_shade_and_a_mark_inside_a_ceasefire_is_flagged() {
        let mark = |date: &str, value, flagged: Option<&str>| Mark {
            date: day(date),
            event_type: EventType::AirStrike,
            value,
            label: format!("{date}: {value:?}"),
            flagged: flagged.map(str::to_owned),
        };
        let svg = timeline(
            "tl",
            "Timeline",
            "Civilians killed",
            (day("2025-10-01"), day("2025-10-31")),
            &[
                mark("2025-10-09", Some(10), None),
                mark("2025-10-09", Some(5), None),
                mark("2025-10-17", Some(10), Some("during the truce")),
                mark("2025-10-20", None, None),
            ],
            &[Band {
                start: day("2025-10-15"),
                end: Some(day("2025-10-17")),
                kind: BandKind::Ceasefire,
                label: "48-hour truce".into(),
            }],
            None,
        )
        .into_string();
        // Two bars on the 9th, stacked to 15 of a scale that ends at 20.
        assert_eq!(svg.matches("class=\"ev ev-air_strike\"").count(), 3);
        assert!(svg.contains(">20</text>"), "{svg}");
        assert!(svg.contains("class=\"band ceasefire\""));
        assert!(svg.contains("<title>during the truce</title>"));
        assert!(svg.contains("ev-air_strike ring"), "no figure: a ring");
        assert!(!svg.contains("class=\"extra\""));
        let with_series = timeline(
            "tl",
            "Timeline",
            "d",
            (day("2025-10-01"), day("2025-10-31")),
            &[],
            &[],
            Some(&Series {
                label: "rhetoric".into(),
                points: vec![(day("2025-10-02"), 1.0), (day("2025-10-10"), 3.0)],
            }),
        )
        .into_string();
        assert!(with_series.contains("class=\"extra\""));
    }
}
