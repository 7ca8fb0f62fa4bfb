//! The timeline: incidents as bars of civilians killed along the days (or weeks) of a period,
//! stacked and coloured by event type, with ceasefires and talks as shaded bands behind them and a
//! mark over incidents flagged as possible violations of a ceasefire ([`Flag`], from
//! `analysis::warning::violations`).
//!
//! A weekly line — the escalation index, the parties' rhetoric — can be drawn over it on its own
//! scale through [`Series`]; the chart leaves room on the right for that scale only when a series
//! is given. [`weekly_index`] draws the escalation index itself as weekly bars in the same frame
//! (lanes, bands, axes, ticks), so that `/escalation` reads like the overview.

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
    /// Set when the incident is flagged as a possible violation of a ceasefire: what to say
    /// about it.
    pub flagged: Option<Flag>,
}

/// The mark over an incident flagged against a ceasefire: ▼ when the rules flag it, ▽ when it
/// only may be a violation (a date known to the week, or the truce's first day).
#[derive(Clone, Debug, PartialEq)]
pub struct Flag {
    /// The sentence: where in the window, and who alleges what.
    pub text: String,
    /// Whether the rules flag it (else it only may be a violation).
    pub certain: bool,
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

/// A line over the timeline, on its own scale at the right: a weekly figure such as the
/// escalation index or the parties' rhetoric. Each value holds for `step_days` days from its
/// date, so a weekly value is drawn as a step across its week (Monday to Sunday), never as a
/// slope between Mondays.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// What the line shows, for the caption and the tooltip.
    pub label: String,
    /// The scale's name, written over it ("index").
    pub axis: String,
    /// The values, by their first day.
    pub points: Vec<(Date, f64)>,
    /// How many days each value holds for (7 for a weekly figure).
    pub step_days: i64,
    /// A level to mark across the chart, with its label ("alert"): the scale always reaches it.
    pub threshold: Option<(f64, String)>,
    /// Points to mark with a dot and a tooltip (alert weeks, say): (first day, tooltip).
    pub marked: Vec<(Date, String)>,
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

/// Above this many incidents in view, the timeline draws one stack per bin — civilians killed
/// summed by event type — and a strip counting the incidents, instead of a bar and a tooltip for
/// each incident (thousands of them would weigh megabytes and could not be told apart).
pub const BINNED_ABOVE: usize = 120;

/// Above this many marked points (alert weeks), a series' dots carry no tooltip each.
const MARKED_WITH_TOOLTIPS: usize = 52;

/// A binned timeline of more than this many weeks goes by month.
const MAX_WEEKS: i64 = 104;

/// A binned timeline of more than this many months goes by year: a bar stays a few pixels wide.
const MAX_MONTHS: i64 = 120;

/// What a bin of a binned timeline is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bin {
    Day,
    Week,
    Month,
    Year,
}

impl Bin {
    /// The bin of a binned timeline of `from`–`to`, so that there are at most about 120 bins
    /// (days up to six months, weeks up to two years, months up to ten, then years).
    pub fn of(from: Date, to: Date) -> Bin {
        let days = days_between(from, to);
        if days > MAX_MONTHS * 30 {
            Bin::Year
        } else if days > MAX_WEEKS * 7 {
            Bin::Month
        } else if bin_days(from, to) > 1 {
            Bin::Week
        } else {
            Bin::Day
        }
    }

    /// "day", "week", "month", "year", as the captions say it ("one bar per month").
    pub fn name(self) -> &'static str {
        match self {
            Bin::Day => "day",
            Bin::Week => "week",
            Bin::Month => "month",
            Bin::Year => "year",
        }
    }

    /// A calendar bin (month or year), over which a weekly line steps at each bin's peak.
    pub fn is_calendar(self) -> bool {
        matches!(self, Bin::Month | Bin::Year)
    }

    /// "Week of 6 Oct 2025", "Oct 2025", "6 Oct 2025": the bin `start`–`end` as its tooltip
    /// and table name it (a month or year cut by the period's edge by its days).
    pub fn label(self, start: Date, end: Date) -> String {
        let span = || {
            format!(
                "{} – {}",
                start.strftime("%-d %b %Y"),
                end.strftime("%-d %b %Y")
            )
        };
        match self {
            Bin::Month if start.day() == 1 => start.strftime("%b %Y").to_string(),
            Bin::Year if start.month() == 1 && start.day() == 1 => start.year().to_string(),
            Bin::Month | Bin::Year => span(),
            Bin::Week => format!("Week of {}", start.strftime("%-d %b %Y")),
            Bin::Day => start.strftime("%-d %b %Y").to_string(),
        }
    }
}

/// The bins a binned timeline of `from`–`to` groups incidents into, as (first day, last day),
/// by [`Bin::of`]; calendar months and years, the first and last cut at the period's edges.
pub fn bins(from: Date, to: Date) -> Vec<(Date, Date)> {
    let to = to.max(from);
    let calendar = |next: fn(Date) -> Date| {
        let mut out = Vec::new();
        let mut start = from;
        while start <= to {
            let following = next(start);
            out.push((start, days_before(following, 1).min(to)));
            start = following;
        }
        out
    };
    match Bin::of(from, to) {
        Bin::Year => {
            calendar(|d| Date::new(d.year() + 1, 1, 1).unwrap_or_else(|_| days_before(d, -366)))
        }
        Bin::Month => calendar(|d| next_month(d.first_of_month())),
        Bin::Week | Bin::Day => {
            let step = bin_days(from, to);
            let mut out = Vec::new();
            let mut start = from;
            while start <= to {
                out.push((start, days_before(start, 1 - step).min(to)));
                start = days_before(start, -step);
            }
            out
        }
    }
}

/// The frame both charts share: the days of the period along x, the lanes of ceasefires and talks
/// above the plot, a scale on the left and, when a line is drawn, one on the right.
struct Frame {
    from: Date,
    to: Date,
    plot_w: f64,
    plot_h: f64,
    baseline: f64,
    total_days: f64,
}

impl Frame {
    fn new(from: Date, to: Date, with_series: bool) -> Self {
        let to = to.max(from);
        let right = if with_series { 44.0 } else { 12.0 };
        let plot_h = HEIGHT - TOP - BOTTOM;
        Frame {
            from,
            to,
            plot_w: WIDTH - LEFT - right,
            plot_h,
            baseline: TOP + plot_h,
            total_days: (days_between(from, to) + 1) as f64,
        }
    }

    /// The left edge of a day (days outside the period are held at its edges).
    fn x_of_day(&self, day: Date) -> f64 {
        LEFT + (days_between(self.from, day) as f64).clamp(0.0, self.total_days) / self.total_days
            * self.plot_w
    }

    /// The `<svg>` around a chart's pieces, with its title and description.
    fn svg(&self, class: &str, id: &str, title: &str, desc: &str, body: Markup) -> Markup {
        html! {
            svg class={ "chart " (class) } viewBox={ "0 0 " (WIDTH) " " (HEIGHT) } role="img"
                aria-labelledby={ (id) "-title " (id) "-desc" } {
                title id={ (id) "-title" } { (title) }
                desc id={ (id) "-desc" } { (desc) }
                (body)
            }
        }
    }

    /// The lanes of ceasefires and talks, with their bands; a ceasefire also shades the plot.
    fn bands(&self, bands: &[Band]) -> Markup {
        let (from, to) = (self.from, self.to);
        html! {
            g.lanes {
                @for kind in [BandKind::Ceasefire, BandKind::Talks] {
                    text x=(num(LEFT - 5.0)) y=(num(kind.lane_y() + LANE_H - 2.0)) text-anchor="end" { (kind.lane_label()) }
                    line.grid x1=(num(LEFT)) x2=(num(LEFT + self.plot_w)) y1=(num(kind.lane_y() + LANE_H / 2.0)) y2=(num(kind.lane_y() + LANE_H / 2.0)) {}
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
                    @let x0 = self.x_of_day(band.start.max(from));
                    @let x1 = self.x_of_day(end.min(to)) + self.plot_w / self.total_days;
                    @let width = num((x1 - x0).max(3.0));
                    // A ceasefire also shades the plot, so the incidents inside its window stand
                    // out; talks keep to their lane, so the two never blur together.
                    @if band.kind == BandKind::Ceasefire {
                        rect.shade x=(num(x0)) y=(num(TOP)) width=(width) height=(num(self.plot_h)) {}
                    }
                    rect class=(band.kind.class()) x=(num(x0)) y=(num(band.kind.lane_y())) width=(width) height=(num(LANE_H)) {
                        title { (band.label) }
                    }
                }
            }
        }
    }

    /// The left scale (0, half, top) and the ticks of the days along the bottom.
    fn axes(&self, y_max: f64) -> Markup {
        html! {
            g.axis {
                @for step in [0.0, 0.5, 1.0] {
                    @let y = self.baseline - step * self.plot_h;
                    line.grid x1=(num(LEFT)) x2=(num(LEFT + self.plot_w)) y1=(num(y)) y2=(num(y)) {}
                    text x=(num(LEFT - 5.0)) y=(num(y + 4.0)) text-anchor="end" { (num(step * y_max)) }
                }
                @for (day, label) in ticks(self.from, self.to) {
                    @let x = self.x_of_day(day);
                    line x1=(num(x)) x2=(num(x)) y1=(num(self.baseline)) y2=(num(self.baseline + 4.0)) {}
                    text x=(num(x)) y=(num(self.baseline + 17.0)) text-anchor="middle" { (label) }
                }
            }
        }
    }

    /// A flag over a bar: ▼ when certain, ▽ when only possible.
    fn flag(&self, x: f64, y: f64, flag: &Flag) -> Markup {
        html! {
            path class=(if flag.certain { "flag" } else { "flag possible" }) d={ "M" (num(x)) " " (num(y)) "l-4-8h8z" } {
                title { (flag.text) }
            }
        }
    }

    /// The series as a step line on its own scale at the right, clipped to the period, with its
    /// threshold (if any) as a dotted level and its marked points as dots.
    fn series(&self, series: &Series) -> Markup {
        let (from, to) = (self.from, self.to);
        let step = series.step_days.max(1);
        let mut points: Vec<(Date, f64)> = series
            .points
            .iter()
            .copied()
            .filter(|(day, _)| *day <= to && days_before(*day, -step) > from)
            .collect();
        points.sort_by_key(|p| p.0);
        let top = points
            .iter()
            .map(|p| p.1)
            .chain(series.threshold.as_ref().map(|t| t.0))
            .fold(0.0, f64::max);
        let max = nice_ceiling(top);
        let y_of = |value: f64| self.baseline - value.max(0.0) / max * self.plot_h;
        // One horizontal run per stretch of equal values (most weeks of a quiet record are 0),
        // joined by verticals where the value changes.
        let mut runs: Vec<(f64, f64, f64)> = Vec::new();
        let mut last_end: Option<Date> = None;
        for (day, value) in &points {
            let end = days_before(*day, -step);
            let (x0, x1) = (self.x_of_day(*day), self.x_of_day(end));
            match runs.last_mut() {
                Some(run) if last_end == Some(*day) && run.2 == *value => run.1 = x1,
                _ => runs.push((x0, x1, *value)),
            }
            last_end = Some(end);
        }
        let mut d = String::new();
        for (n, (x0, x1, value)) in runs.iter().enumerate() {
            d.push_str(&format!(
                "{}{} {}H{}",
                if n == 0 { "M" } else { "L" },
                num(*x0),
                num(y_of(*value)),
                num(*x1)
            ));
        }
        let right = LEFT + self.plot_w;
        html! {
            g.extra {
                @if let Some((level, label)) = &series.threshold {
                    @let y = y_of(*level);
                    line.threshold x1=(num(LEFT)) x2=(num(right)) y1=(num(y)) y2=(num(y)) {}
                    text.threshold x=(num(right + 5.0)) y=(num(y + 4.0)) { (num(*level)) " " (label) }
                }
                path.halo d=(d) {}
                path d=(d) { title { (series.label) } }
                @if series.marked.len() > MARKED_WITH_TOOLTIPS {
                    // Hundreds of marked weeks: dots as one path without tooltips (the table and
                    // `/escalation` list them), rather than a circle and a sentence each.
                    @let dots: String = series.marked.iter().filter_map(|(day, _)| {
                        let (_, value) = points.iter().find(|p| p.0 == *day)?;
                        let x = (self.x_of_day(*day) + self.x_of_day(days_before(*day, -step))) / 2.0;
                        Some(format!("M{} {}h0", num(x), num(y_of(*value))))
                    }).collect();
                    path.dots d=(dots) {}
                } @else {
                    @for (day, text) in &series.marked {
                        @if let Some((_, value)) = points.iter().find(|p| p.0 == *day) {
                            circle cx=(num((self.x_of_day(*day) + self.x_of_day(days_before(*day, -step))) / 2.0)) cy=(num(y_of(*value))) r="2.5" {
                                title { (text) }
                            }
                        }
                    }
                }
                text.scale-name x=(num(WIDTH - 2.0)) y=(num(TOP - 14.0)) text-anchor="end" { (series.axis) }
                text x=(num(right + 5.0)) y=(num(TOP + 4.0)) { (num(max)) }
                text x=(num(right + 5.0)) y=(num(self.baseline + 4.0)) { "0" }
            }
        }
    }
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
    let frame = Frame::new(from, to, extra.is_some());
    let (from, to) = (frame.from, frame.to);
    let in_view = marks.iter().filter(|m| m.date >= from && m.date <= to);
    if in_view.count() > BINNED_ABOVE {
        return binned(&frame, id, title, desc, marks, bands, extra);
    }
    let (plot_w, plot_h, baseline) = (frame.plot_w, frame.plot_h, frame.baseline);
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
    // the baseline; a flag over a stack holding an incident flagged against a ceasefire (a
    // certain flag before a possible one).
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
        let flag = stack
            .iter()
            .filter_map(|m| m.flagged.as_ref())
            .find(|f| f.certain)
            .or_else(|| stack.iter().find_map(|m| m.flagged.as_ref()));
        if let Some(flag) = flag {
            pieces.push(Piece::Flag {
                x: x + bar_w / 2.0,
                y: top.min(baseline - rings * 7.0) - 4.0,
                flag,
            });
        }
    }

    frame.svg(
        "timeline",
        id,
        title,
        desc,
        html! {
            (frame.bands(bands))
            (frame.axes(y_max))
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
                        Piece::Flag { x, y, flag } => { (frame.flag(*x, *y, flag)) }
                    }
                }
            }
            @if let Some(series) = extra {
                (frame.series(series))
            }
        },
    )
}

/// The timeline of many incidents: per bin of [`bins`], one bar per event type (civilians killed,
/// summed) and a cell in the strip above the plot, shaded by how many incidents the bin holds; one
/// tooltip per bin says it all. Bands, flags and the line are drawn as for single incidents.
fn binned(
    frame: &Frame,
    id: &str,
    title: &str,
    desc: &str,
    marks: &[Mark],
    bands: &[Band],
    extra: Option<&Series>,
) -> Markup {
    let (from, to) = (frame.from, frame.to);
    let bins = bins(from, to);
    let what = Bin::of(from, to);
    let series = extra.map(|s| {
        if what.is_calendar() {
            peak_per_bin(s, &bins)
        } else {
            s.clone()
        }
    });
    let mut stacks: Vec<Vec<&Mark>> = vec![Vec::new(); bins.len()];
    for mark in marks.iter().filter(|m| m.date >= from && m.date <= to) {
        // Bins are in order and cover the period, so the last one starting on or before the day.
        let index = bins.partition_point(|(start, _)| *start <= mark.date) - 1;
        stacks[index].push(mark);
    }
    let killed = |stack: &[&Mark]| stack.iter().map(|m| m.value.unwrap_or(0)).sum::<u32>();
    let y_max = nice_ceiling(f64::from(
        stacks.iter().map(|s| killed(s)).max().unwrap_or(0),
    ));
    let busiest = stacks.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let height_of = |v: u32| f64::from(v) / y_max * frame.plot_h;
    // The strip sits between the lanes and the plot.
    let strip_y = TOP - 11.0;
    // One path per type and per shade of the strip, whatever the number of bins; the tooltip of
    // a bin is on a transparent column over it.
    let mut by_type: Vec<String> = vec![String::new(); EventType::ALL.len()];
    let mut shades: Vec<String> = vec![String::new(); 4];
    let mut columns: Vec<(f64, f64, String)> = Vec::new();
    let mut flags: Vec<(f64, f64, &Flag)> = Vec::new();
    for ((start, end), stack) in bins.iter().zip(&stacks) {
        if stack.is_empty() {
            continue;
        }
        let x0 = frame.x_of_day(*start);
        let w = frame.x_of_day(days_before(*end, -1)) - x0;
        let bar_w = if w > 4.0 { w * 0.8 } else { w.max(1.5) };
        let x = x0 + (w - bar_w) / 2.0;
        // Four shades of the busiest bin, so that a quiet bin still shows.
        let shade = (stack.len() * 4).div_ceil(busiest).clamp(1, 4);
        shades[shade - 1].push_str(&format!(
            "M{} {}h{}v6h-{}z",
            num(x),
            num(strip_y),
            num(bar_w),
            num(bar_w)
        ));
        let mut top = frame.baseline;
        let mut harm: Vec<(EventType, u32)> = Vec::new();
        for (n, t) in EventType::ALL.into_iter().enumerate() {
            let value: u32 = stack
                .iter()
                .filter(|m| m.event_type == t)
                .map(|m| m.value.unwrap_or(0))
                .sum();
            if value > 0 {
                let height = height_of(value);
                top -= height;
                by_type[n].push_str(&format!(
                    "M{} {}h{}v{}h-{}z",
                    num(x),
                    num(top),
                    num(bar_w),
                    num(height),
                    num(bar_w)
                ));
                harm.push((t, value));
            }
        }
        harm.sort_by_key(|(_, v)| std::cmp::Reverse(*v));
        let flagged = stack.iter().filter(|m| m.flagged.is_some()).count();
        let mut text = format!(
            "{}: {} {}, {} civilians killed",
            what.label(*start, *end),
            stack.len(),
            if stack.len() == 1 {
                "incident"
            } else {
                "incidents"
            },
            killed(stack)
        );
        if !harm.is_empty() {
            let named: Vec<String> = harm
                .iter()
                .take(3)
                .map(|(t, v)| format!("{} {v}", t.label().to_lowercase()))
                .collect();
            let more = if harm.len() > 3 { ", …" } else { "" };
            text.push_str(&format!(" ({}{more})", named.join(", ")));
        }
        if flagged > 0 {
            text.push_str(&format!("; {flagged} flagged against a ceasefire"));
        }
        columns.push((x, bar_w, text));
        let flag = stack
            .iter()
            .filter_map(|m| m.flagged.as_ref())
            .find(|f| f.certain)
            .or_else(|| stack.iter().find_map(|m| m.flagged.as_ref()));
        if let Some(flag) = flag {
            flags.push((x + bar_w / 2.0, top, flag));
        }
    }
    let body = html! {
        (frame.bands(bands))
        (frame.axes(y_max))
        text.strip-name x=(num(LEFT - 5.0)) y=(num(strip_y + 6.0)) text-anchor="end" { "Incidents" }
        g.bars {
            @for (n, d) in shades.iter().enumerate() {
                @if !d.is_empty() { path class={ "count n" (n + 1) } d=(d) {} }
            }
            @for (t, d) in EventType::ALL.into_iter().zip(&by_type) {
                @if !d.is_empty() { path class=(type_class(t)) d=(d) {} }
            }
            @for (x, w, text) in &columns {
                rect.hit x=(num(*x)) y=(num(strip_y)) width=(num(*w)) height=(num(frame.baseline - strip_y)) { title { (text) } }
            }
            @for (x, top, flag) in &flags {
                (frame.flag(*x, top - 4.0, flag))
            }
        }
        @if let Some(series) = &series {
            (frame.series(series))
        }
    };
    frame.svg("timeline binned", id, title, desc, body)
}

/// A weekly line over months or years of bins: each week drawn at the highest value of its bin
/// (by the week's first day), so the line steps once per bin instead of hundreds of times, and
/// only the marked weeks at that peak keep their dot.
pub fn peak_per_bin(series: &Series, bins: &[(Date, Date)]) -> Series {
    let bin_of = |day: Date| {
        bins.partition_point(|(start, _)| *start <= day)
            .checked_sub(1)
    };
    let mut peaks = vec![0.0_f64; bins.len()];
    for (day, value) in &series.points {
        if let Some(n) = bin_of(*day) {
            peaks[n] = peaks[n].max(*value);
        }
    }
    let peak = |day: Date, value: f64| bin_of(day).map_or(value, |n| peaks[n]);
    Series {
        points: series
            .points
            .iter()
            .map(|(day, value)| (*day, peak(*day, *value)))
            .collect(),
        marked: series
            .marked
            .iter()
            .filter(|(day, _)| {
                series
                    .points
                    .iter()
                    .any(|(d, v)| d == day && *v == peak(*day, *v))
            })
            .cloned()
            .collect(),
        ..series.clone()
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
        flag: &'a Flag,
    },
}

/// Above this many weeks (five years), [`weekly_index`] draws its bars without a tooltip each.
pub const WEEKS_WITH_TOOLTIPS: usize = 261;

/// One week of the escalation index, as [`weekly_index`] draws it.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexWeek {
    /// The week's Monday.
    pub week: Date,
    /// Its score.
    pub score: f64,
    /// Whether the score is at or above the threshold.
    pub alert: bool,
    /// Set when a ceasefire was broken that week: what to say about it.
    pub broken: Option<Flag>,
    /// The tooltip.
    pub label: String,
}

/// The escalation index of `from`–`to` as weekly bars (darker at or above `threshold`, which is
/// drawn as a dotted level), with the ceasefires and talks in their lanes above, ▼ over weeks in
/// which a ceasefire was broken, and `extra` (the parties' rhetoric) as a line on its own scale.
#[allow(clippy::too_many_arguments)] // A chart's inputs, each named at the call.
pub fn weekly_index(
    id: &str,
    title: &str,
    desc: &str,
    (from, to): (Date, Date),
    weeks: &[IndexWeek],
    threshold: f64,
    bands: &[Band],
    extra: Option<&Series>,
) -> Markup {
    let frame = Frame::new(from, to, extra.is_some());
    let shown: Vec<&IndexWeek> = weeks
        .iter()
        .filter(|w| w.week <= frame.to && days_before(w.week, -7) > frame.from)
        .collect();
    let y_max = nice_ceiling(shown.iter().map(|w| w.score).fold(threshold, f64::max));
    let y_of = |v: f64| frame.baseline - v.max(0.0) / y_max * frame.plot_h;
    let week_w = frame.plot_w * 7.0 / frame.total_days;
    let bar_w = if week_w > 4.0 {
        week_w * 0.8
    } else {
        week_w.max(1.5)
    };
    let right = LEFT + frame.plot_w;
    frame.svg(
        "timeline index",
        id,
        title,
        desc,
        html! {
            (frame.bands(bands))
            (frame.axes(y_max))
            g.bars {
                @if shown.len() > WEEKS_WITH_TOOLTIPS {
                    // Decades of weeks: two paths (below and at the threshold) without a tooltip
                    // per week; the table under the chart gives the figures.
                    @for alert in [false, true] {
                        @let d: String = shown.iter().filter(|w| w.score > 0.0 && w.alert == alert).map(|w| {
                            let x = frame.x_of_day(w.week) + (week_w - bar_w) / 2.0;
                            format!("M{} {}h{}V{}h-{}z", num(x), num(frame.baseline), num(bar_w), num(y_of(w.score)), num(bar_w))
                        }).collect();
                        @if !d.is_empty() { path class=(if alert { "index alert" } else { "index" }) d=(d) {} }
                    }
                }
                @for w in &shown {
                    @let x = frame.x_of_day(w.week) + (week_w - bar_w) / 2.0;
                    @if w.score > 0.0 && shown.len() <= WEEKS_WITH_TOOLTIPS {
                        rect class=(if w.alert { "index alert" } else { "index" }) x=(num(x)) y=(num(y_of(w.score))) width=(num(bar_w)) height=(num(frame.baseline - y_of(w.score))) {
                            title { (w.label) }
                        }
                    }
                    @if let Some(flag) = &w.broken {
                        (frame.flag(x + bar_w / 2.0, y_of(w.score) - 4.0, flag))
                    }
                }
            }
            g.level {
                line.threshold x1=(num(LEFT)) x2=(num(right)) y1=(num(y_of(threshold))) y2=(num(y_of(threshold))) {}
                text.threshold x=(num(LEFT + 4.0)) y=(num(y_of(threshold) - 3.0)) { "alert at " (num(threshold)) }
            }
            @if let Some(series) = extra {
                (frame.series(series))
            }
        },
    )
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
    fn bins_cover_the_period_without_gap_or_overlap_at_every_span() {
        for (from, to, what, count) in [
            ("2025-10-01", "2025-12-31", Bin::Day, 92),
            ("2024-01-03", "2025-06-30", Bin::Week, 78),
            ("2020-01-05", "2024-12-31", Bin::Month, 60),
            ("2001-03-10", "2024-12-31", Bin::Year, 24),
        ] {
            let (from, to) = (day(from), day(to));
            assert_eq!(Bin::of(from, to), what);
            let bins = bins(from, to);
            assert_eq!(bins.len(), count, "{what:?}");
            assert_eq!(bins[0].0, from);
            assert_eq!(bins[bins.len() - 1].1, to);
            for pair in bins.windows(2) {
                assert_eq!(days_before(pair[0].1, -1), pair[1].0, "{what:?}");
            }
        }
        assert_eq!(
            Bin::Month.label(day("2024-03-01"), day("2024-03-31")),
            "Mar 2024"
        );
        assert_eq!(
            Bin::Year.label(day("2001-03-10"), day("2001-12-31")),
            "10 Mar 2001 – 31 Dec 2001"
        );
    }

    fn mark(date: &str, event_type: EventType, value: u32) -> Mark {
        Mark {
            date: day(date),
            event_type,
            value: Some(value),
            label: format!("incident of {date}"),
            flagged: None,
        }
    }

    #[test]
    fn many_incidents_are_binned_few_keep_a_bar_each() {
        let (from, to) = (day("2020-01-01"), day("2024-12-31"));
        let few: Vec<Mark> = (0..BINNED_ABOVE)
            .map(|n| mark(&format!("2022-{:02}-10", n % 12 + 1), EventType::Bombing, 1))
            .collect();
        let svg = timeline("t", "T", "d", (from, to), &few, &[], None).into_string();
        assert!(!svg.contains("binned"));
        assert_eq!(svg.matches("incident of ").count(), BINNED_ABOVE);

        let mut many = few.clone();
        many.push(mark("2024-12-31", EventType::AirStrike, 7));
        let svg = timeline("t", "T", "d", (from, to), &many, &[], None).into_string();
        assert!(svg.contains("timeline binned"));
        assert!(!svg.contains("incident of "), "no tooltip per incident");
        // Twelve months of 2022 hold bombings, December 2024 the air strike: a column each.
        assert_eq!(svg.matches("class=\"hit\"").count(), 13);
        assert_eq!(
            svg.matches("class=\"ev ev-bombing\"").count(),
            1,
            "one path per type"
        );
        assert!(
            svg.contains("<title>Dec 2024: 1 incident, 7 civilians killed (air strike 7)</title>")
        );
        assert!(svg.contains("class=\"count n4\""));
    }

    #[test]
    fn over_months_a_weekly_line_steps_at_each_bin_peak() {
        let bins = bins(day("2020-01-01"), day("2024-12-31"));
        let series = Series {
            label: "Index".into(),
            axis: "index".into(),
            points: vec![
                (day("2020-01-06"), 2.0),
                (day("2020-01-13"), 9.0),
                (day("2020-02-03"), 1.0),
            ],
            step_days: 7,
            threshold: None,
            marked: vec![
                (day("2020-01-13"), "peak".into()),
                (day("2020-02-03"), "low".into()),
            ],
        };
        let peaks = peak_per_bin(&series, &bins);
        let values: Vec<f64> = peaks.points.iter().map(|p| p.1).collect();
        assert_eq!(values, [9.0, 9.0, 1.0]);
        assert_eq!(peaks.marked.len(), 2, "each is its month's peak");
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
            flagged: flagged.map(|text: &str| Flag {
                text: text.to_owned(),
                certain: !text.starts_with("may"),
            }),
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
            &[mark("2025-10-15", Some(3), Some("may be a violation"))],
            &[],
            Some(&Series {
                label: "index".into(),
                axis: "index".into(),
                points: vec![
                    (day("2025-09-29"), 1.0),
                    (day("2025-10-06"), 3.0),
                    (day("2025-11-03"), 9.0),
                ],
                step_days: 7,
                threshold: Some((6.0, "alert".into())),
                marked: vec![(day("2025-10-06"), "week of 6 Oct".into())],
            }),
        )
        .into_string();
        // Weekly steps: the week of 29 September reaches into the period, the one of 3 November
        // does not; the scale reaches the threshold (10, not 5).
        let extra = &with_series[with_series.find("<g class=\"extra\">").unwrap()..];
        let d = extra
            .split("<path d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert_eq!(d.matches('H').count(), 2, "{d}");
        assert!(extra.contains(">10</text>"), "{extra}");
        assert!(extra.contains(">6 alert</text>"));
        assert!(extra.contains("<title>week of 6 Oct</title>"));
        assert!(with_series.contains("class=\"flag possible\""));
        assert!(with_series.contains("class=\"extra\""));
    }

    #[test]
    fn the_index_is_drawn_by_the_week_with_its_threshold_and_equal_weeks_make_one_step() {
        let week = |d: &str, score: f64| IndexWeek {
            week: day(d),
            score,
            alert: score >= 6.0,
            broken: (score > 15.0).then(|| Flag {
                text: "a ceasefire broken".into(),
                certain: true,
            }),
            label: format!("{d}: {score}"),
        };
        let weeks = [
            week("2025-09-29", 0.0),
            week("2025-10-06", 13.4),
            week("2025-10-13", 16.8),
            week("2025-10-20", 1.4),
        ];
        let rhetoric = Series {
            label: "rhetoric".into(),
            axis: "rhetoric".into(),
            points: vec![
                (day("2025-09-29"), 0.0),
                (day("2025-10-06"), 0.0),
                (day("2025-10-13"), 0.0),
                (day("2025-10-20"), 3.0),
            ],
            step_days: 7,
            threshold: None,
            marked: Vec::new(),
        };
        let svg = weekly_index(
            "ix",
            "Index",
            "The index",
            (day("2025-09-29"), day("2025-10-26")),
            &weeks,
            6.0,
            &[],
            Some(&rhetoric),
        )
        .into_string();
        assert!(svg.starts_with("<svg class=\"chart timeline index\""));
        assert_eq!(svg.matches("class=\"index alert\"").count(), 2);
        assert_eq!(svg.matches("class=\"index\"").count(), 1, "no bar for 0");
        assert!(svg.contains(">alert at 6</text>"));
        assert!(svg.contains(">20</text>"), "a round top above 16.8");
        assert_eq!(svg.matches("<path class=\"flag\"").count(), 1);
        assert!(svg.contains("<title>2025-10-13: 16.8</title>"));
        // Three weeks of 0 make one step, then the week of 3.
        let extra = &svg[svg.find("<g class=\"extra\">").unwrap()..];
        let d = extra
            .split("<path d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert_eq!(d.matches('H').count(), 2, "{d}");
    }
}
