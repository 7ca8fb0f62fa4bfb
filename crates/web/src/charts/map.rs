//! The map of the frontier, and the inset an incident page shows: the outlines of Afghanistan and
//! Pakistan, their provinces, the Afghanistan–Pakistan border (Durand Line) drawn heavier and
//! labelled with that name, the neighbours in grey for context, main cities, and incidents as
//! circles whose area is proportional to the civilians killed, coloured by event type.
//!
//! The projection is equirectangular with the longitudes scaled by cos(latitude at the centre):
//! over the 15° of latitude the frontier spans it distorts areas far less than the outlines'
//! own simplification shows, and it needs no library. Geometry comes from `places::geometry`
//! (lon/lat degrees); it is projected, clipped to the frame, rounded to whole units of the viewBox
//! (about 0.015° on the overview), simplified, and written as relative path commands, which keeps
//! the whole overview map under 40 KB.

use std::fmt::Write as _;
use std::sync::LazyLock;

use maud::{Markup, PreEscaped, html};
use model::EventType;
use places::geometry::{self, BORDER_LABEL, LonLat};
use places::{Gazetteer, Level};

use super::{num, type_class};

/// The overview map's extent: the frontier and enough around it to read it (degrees).
pub const FRONTIER: Bounds = Bounds {
    west: 60.0,
    south: 23.0,
    east: 78.0,
    north: 38.5,
};

/// The overview map's width in viewBox units.
const OVERVIEW_WIDTH: f64 = 1000.0;

/// The largest circle's radius on the overview map, in viewBox units.
pub const OVERVIEW_MAX_RADIUS: f64 = 30.0;

/// A box in longitude and latitude.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Westernmost longitude.
    pub west: f64,
    /// Southernmost latitude.
    pub south: f64,
    /// Easternmost longitude.
    pub east: f64,
    /// Northernmost latitude.
    pub north: f64,
}

impl Bounds {
    /// The smallest box holding every point of the rings.
    pub fn around(rings: &[Vec<LonLat>]) -> Option<Bounds> {
        let mut points = rings.iter().flatten();
        let [lon, lat] = *points.next()?;
        let mut b = Bounds {
            west: lon,
            south: lat,
            east: lon,
            north: lat,
        };
        for &[lon, lat] in points {
            b = b.including(lon, lat);
        }
        Some(b)
    }

    /// The box grown to hold a point.
    pub fn including(self, lon: f64, lat: f64) -> Bounds {
        Bounds {
            west: self.west.min(lon),
            south: self.south.min(lat),
            east: self.east.max(lon),
            north: self.north.max(lat),
        }
    }

    /// The box grown by `degrees` on every side, then widened or heightened to `aspect`
    /// (width over height, in projected units) around its centre.
    pub fn padded(self, degrees: f64, aspect: f64) -> Bounds {
        let mut b = Bounds {
            west: self.west - degrees,
            south: self.south - degrees,
            east: self.east + degrees,
            north: self.north + degrees,
        };
        let cos = b.centre_cos();
        let (width, height) = ((b.east - b.west) * cos, b.north - b.south);
        if width / height < aspect {
            let grow = (height * aspect / cos - (b.east - b.west)) / 2.0;
            b.west -= grow;
            b.east += grow;
        } else {
            let grow = (width / aspect - height) / 2.0;
            b.south -= grow;
            b.north += grow;
        }
        b
    }

    fn centre_cos(&self) -> f64 {
        ((self.south + self.north) / 2.0).to_radians().cos()
    }
}

/// A projection of a lon/lat box onto a viewBox `width` units wide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    west: f64,
    north: f64,
    /// Units per degree of longitude.
    kx: f64,
    /// Units per degree of latitude.
    ky: f64,
    /// The viewBox's width.
    pub width: f64,
    /// The viewBox's height.
    pub height: f64,
}

impl Frame {
    /// The frame that fits `bounds` into a viewBox `width` units wide.
    pub fn fit(bounds: Bounds, width: f64) -> Frame {
        let cos = bounds.centre_cos();
        let ky = width / ((bounds.east - bounds.west) * cos);
        Frame {
            west: bounds.west,
            north: bounds.north,
            kx: ky * cos,
            ky,
            width,
            height: ((bounds.north - bounds.south) * ky).round(),
        }
    }

    /// A point's position in the viewBox.
    pub fn project(&self, [lon, lat]: LonLat) -> (f64, f64) {
        ((lon - self.west) * self.kx, (self.north - lat) * self.ky)
    }

    /// Units per degree of latitude (about 111 km).
    pub fn units_per_degree(&self) -> f64 {
        self.ky
    }

    fn holds(&self, (x, y): (f64, f64), margin: f64) -> bool {
        x >= -margin && y >= -margin && x <= self.width + margin && y <= self.height + margin
    }
}

type Xy = (f64, f64);

/// Path data for lines or polygons: projected, clipped to the frame (with a small margin, so
/// strokes do not end visibly at the edge), simplified to `tolerance` units and rounded to whole
/// units. Closed rings end with `z`.
pub fn path_data(rings: &[Vec<LonLat>], frame: &Frame, closed: bool, tolerance: f64) -> String {
    const MARGIN: f64 = 6.0;
    let mut out = PathWriter::default();
    for ring in rings {
        let projected: Vec<Xy> = ring.iter().map(|p| frame.project(*p)).collect();
        let pieces = if closed {
            vec![clip_polygon(&projected, frame, MARGIN)]
        } else {
            clip_line(&projected, frame, MARGIN)
        };
        for piece in pieces {
            let kept = rounded(&simplify(&piece, tolerance));
            if kept.len() < if closed { 4 } else { 2 } {
                continue;
            }
            out.line(&kept, closed);
        }
    }
    out.text
}

/// Sutherland–Hodgman clipping of a ring against the frame grown by `margin`.
fn clip_polygon(ring: &[Xy], frame: &Frame, margin: f64) -> Vec<Xy> {
    let (lo_x, lo_y) = (-margin, -margin);
    let (hi_x, hi_y) = (frame.width + margin, frame.height + margin);
    type Inside = fn(Xy, f64) -> bool;
    type Cross = fn(Xy, Xy, f64) -> Xy;
    let cross_x: Cross = |a, b, x| (x, a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0));
    let cross_y: Cross = |a, b, y| (a.0 + (b.0 - a.0) * (y - a.1) / (b.1 - a.1), y);
    let edges: [(Inside, Cross, f64); 4] = [
        (|p, v| p.0 >= v, cross_x, lo_x),
        (|p, v| p.0 <= v, cross_x, hi_x),
        (|p, v| p.1 >= v, cross_y, lo_y),
        (|p, v| p.1 <= v, cross_y, hi_y),
    ];
    let mut points: Vec<Xy> = ring.to_vec();
    for (inside, cross, value) in edges {
        let Some(&last) = points.last() else {
            break;
        };
        let mut next = Vec::with_capacity(points.len());
        let mut previous = last;
        for &point in &points {
            match (inside(point, value), inside(previous, value)) {
                (true, true) => next.push(point),
                (true, false) => {
                    next.push(cross(previous, point, value));
                    next.push(point);
                }
                (false, true) => next.push(cross(previous, point, value)),
                (false, false) => {}
            }
            previous = point;
        }
        points = next;
    }
    if let Some(&first) = points.first() {
        points.push(first);
    }
    points
}

/// The runs of a line that fall inside the frame (each keeps one point beyond the edge on either
/// side, so the line runs off the map rather than stopping short of it).
fn clip_line(line: &[Xy], frame: &Frame, margin: f64) -> Vec<Vec<Xy>> {
    let mut runs: Vec<Vec<Xy>> = Vec::new();
    let mut current: Vec<Xy> = Vec::new();
    for (n, &point) in line.iter().enumerate() {
        let near = |i: usize| line.get(i).is_some_and(|p| frame.holds(*p, margin));
        let keep = frame.holds(point, margin) || near(n + 1) || (n > 0 && near(n - 1));
        if keep {
            current.push(point);
        } else if !current.is_empty() {
            runs.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// Douglas–Peucker simplification: drops points closer than `tolerance` to the line through
/// their neighbours that are kept. The first and last points stay.
pub fn simplify(points: &[Xy], tolerance: f64) -> Vec<Xy> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let (a, b) = (points[first], points[last]);
        let mut farthest = (0.0, first);
        for (i, &p) in points.iter().enumerate().take(last).skip(first + 1) {
            let d = distance_to_segment(p, a, b);
            if d > farthest.0 {
                farthest = (d, i);
            }
        }
        if farthest.0 > tolerance {
            keep[farthest.1] = true;
            stack.push((first, farthest.1));
            stack.push((farthest.1, last));
        }
    }
    points
        .iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

fn distance_to_segment(p: Xy, a: Xy, b: Xy) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length2 = dx * dx + dy * dy;
    let t = if length2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length2).clamp(0.0, 1.0)
    };
    let (x, y) = (a.0 + t * dx - p.0, a.1 + t * dy - p.1);
    (x * x + y * y).sqrt()
}

/// Points rounded to whole units, without repeats.
fn rounded(points: &[Xy]) -> Vec<(i64, i64)> {
    let mut out: Vec<(i64, i64)> = Vec::with_capacity(points.len());
    for &(x, y) in points {
        let p = (x.round() as i64, y.round() as i64);
        if out.last() != Some(&p) {
            out.push(p);
        }
    }
    out
}

/// Writes path commands as compactly as SVG allows: an absolute move, then relative line steps
/// ("M12 40l3-2 5 0z"); a minus sign separates numbers by itself.
#[derive(Default)]
struct PathWriter {
    text: String,
}

impl PathWriter {
    fn number(&mut self, value: i64, after_number: bool) {
        if after_number && value >= 0 {
            self.text.push(' ');
        }
        let _ = write!(self.text, "{value}");
    }

    fn line(&mut self, points: &[(i64, i64)], closed: bool) {
        let Some(&(x0, y0)) = points.first() else {
            return;
        };
        self.text.push('M');
        self.number(x0, false);
        self.number(y0, true);
        let end = if closed && points.len() > 1 && points.last() == points.first() {
            points.len() - 1
        } else {
            points.len()
        };
        if end > 1 {
            self.text.push('l');
            let mut previous = (x0, y0);
            for (n, &(x, y)) in points.iter().enumerate().take(end).skip(1) {
                self.number(x - previous.0, n > 1);
                self.number(y - previous.1, true);
                previous = (x, y);
            }
        }
        if closed {
            self.text.push('z');
        }
    }
}

/// Where a city's name goes relative to its dot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Left,
    Right,
    Above,
    Below,
}

/// The main cities the maps name: capitals, the largest cities and the towns of the frontier
/// that the news names most, by GeoNames id in the gazetteer, with the side their label sits on
/// (chosen by eye so that labels do not collide on the overview).
const CITIES: [(&str, &str, Side); 15] = [
    ("gn1138958", "Kabul", Side::Left),
    ("gn1176615", "Islamabad", Side::Right),
    ("gn1168197", "Peshawar", Side::Right),
    ("gn1167528", "Quetta", Side::Right),
    ("gn1138336", "Kandahar", Side::Left),
    ("gn1139715", "Jalalabad", Side::Above),
    ("gn1136469", "Khost", Side::Below),
    ("gn1181611", "Chaman", Side::Below),
    ("gn1140026", "Herat", Side::Right),
    ("gn1133616", "Mazar-i-Sharif", Side::Right),
    ("gn1172451", "Lahore", Side::Right),
    ("gn1174872", "Karachi", Side::Right),
    ("gn1183460", "Bannu", Side::Right),
    ("gn1180281", "Dera Ismail Khan", Side::Right),
    ("gn1178338", "Gilgit", Side::Right),
];

/// A city the maps show, with its coordinates from the gazetteer.
#[derive(Clone, Debug, PartialEq)]
pub struct City {
    /// The name shown.
    pub name: &'static str,
    /// `[lon, lat]`.
    pub at: LonLat,
    side: Side,
}

/// The main cities, located through the gazetteer (a city it does not know is left out).
pub fn cities() -> Vec<City> {
    let gazetteer = Gazetteer::get();
    CITIES
        .iter()
        .filter_map(|(id, name, side)| {
            let place = gazetteer.get_place(id)?;
            Some(City {
                name,
                at: [place.coordinates.lon(), place.coordinates.lat()],
                side: *side,
            })
        })
        .collect()
}

/// Names of the countries and seas, placed by hand where they read best on the overview.
const AREA_LABELS: [(&str, LonLat, &str); 9] = [
    ("Afghanistan", [65.3, 34.3], "country"),
    ("Pakistan", [69.2, 27.6], "country"),
    ("Iran", [60.9, 27.0], "neighbour"),
    ("Turkmenistan", [61.8, 37.6], "neighbour"),
    ("Uzbekistan", [66.2, 38.1], "neighbour"),
    ("Tajikistan", [70.2, 38.25], "neighbour"),
    ("China", [76.6, 37.2], "neighbour"),
    ("India", [75.6, 26.5], "neighbour"),
    ("Arabian Sea", [63.6, 23.9], "sea"),
];

/// The map's backdrop for a frame: neighbours, the two countries, provinces and the border. The
/// border is the arcs the two outlines share, so it lies exactly on them even in a close-up (the
/// 1:10m line that distances use would run beside the 1:50m outlines there).
fn backdrop(frame: &Frame, tolerance: f64) -> Markup {
    let outlines = |codes: &[&str]| -> String {
        codes
            .iter()
            .filter_map(|c| geometry::country_outline(c))
            .map(|rings| path_data(rings, frame, true, tolerance))
            .collect()
    };
    let neighbours = outlines(&geometry::COUNTRIES[2..]);
    let subjects = outlines(&geometry::COUNTRIES[..2]);
    let provinces: String = geometry::admin1_polygons()
        .map(|(_, rings)| path_data(rings, frame, true, tolerance))
        .collect();
    let border = path_data(geometry::border(), frame, false, tolerance / 2.0);
    html! {
        path.nb d=(neighbours) {}
        path.land d=(subjects) {}
        path.prov d=(provinces) {}
        path.outline d=(subjects) {}
        path.border d=(border) { title { (BORDER_LABEL) } }
    }
}

fn city_marks(frame: &Frame, font: f64) -> Markup {
    let cities: Vec<(City, Xy)> = cities()
        .into_iter()
        .map(|c| {
            let xy = frame.project(c.at);
            (c, xy)
        })
        .filter(|(_, xy)| frame.holds(*xy, -font))
        .collect();
    let gap = font * 0.45;
    html! {
        g.cities {
            @for (city, (x, y)) in &cities {
                circle cx=(num(*x)) cy=(num(*y)) r=(num(font * 0.22)) {}
                @let (tx, ty, anchor) = match city.side {
                    Side::Left => (x - gap, y + font * 0.35, "end"),
                    Side::Right => (x + gap, y + font * 0.35, "start"),
                    Side::Above => (*x, y - gap, "middle"),
                    Side::Below => (*x, y + font + gap * 0.3, "middle"),
                };
                text x=(num(tx)) y=(num(ty)) text-anchor=(anchor) { (city.name) }
            }
        }
    }
}

/// One incident on a map.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Where clicking it leads.
    pub href: String,
    /// The tooltip: date, place, type and figure.
    pub label: String,
    /// `[lon, lat]`.
    pub at: LonLat,
    /// Its type (the colour).
    pub event_type: EventType,
    /// Civilians killed (best, or low when there is no best); `None` draws a ring.
    pub value: Option<u32>,
}

/// A circle's radius for `value` when `max_value` gets `max_radius`: the area is proportional to
/// the value, and any value above zero stays visible. `None` (no figure) has no radius: it is
/// drawn as a ring of fixed size.
pub fn radius(value: Option<u32>, max_value: u32, max_radius: f64) -> Option<f64> {
    let value = value?;
    if value == 0 {
        return Some(max_radius * 0.1);
    }
    let share = f64::from(value) / f64::from(max_value.max(value).max(1));
    Some((max_radius * share.sqrt()).max(max_radius * 0.15))
}

fn marks(frame: &Frame, marks: &[Mark], max_value: u32, max_radius: f64) -> Markup {
    // The largest first, so that small circles stay on top and can be pointed at.
    let mut order: Vec<&Mark> = marks.iter().collect();
    order.sort_by_key(|m| std::cmp::Reverse(m.value.map_or(0, |v| v + 1)));
    html! {
        g.marks {
            @for mark in order {
                @let (x, y) = frame.project(mark.at);
                a href=(mark.href) tabindex="-1" {
                    @match radius(mark.value, max_value, max_radius) {
                        Some(r) => {
                            circle class={ (type_class(mark.event_type)) " dot" } cx=(num(x)) cy=(num(y)) r=(num(r)) {
                                title { (mark.label) }
                            }
                        }
                        None => {
                            circle class={ (type_class(mark.event_type)) " ring" } cx=(num(x)) cy=(num(y)) r=(num(max_radius * 0.22)) {
                                title { (mark.label) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The values the size key shows: the roundest figure at or below `max_value`, and about a
/// quarter and a sixteenth of it (each area a quarter of the one before).
pub fn key_values(max_value: u32) -> Vec<u32> {
    const ROUND: [u32; 13] = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000];
    let roundest = |limit: u32| ROUND.iter().copied().filter(|v| *v <= limit).max();
    let mut values: Vec<u32> = [max_value, max_value / 4, max_value / 16]
        .into_iter()
        .filter_map(roundest)
        .collect();
    values.dedup();
    values
}

/// The key to circle sizes, in the map's bottom right corner (over India, away from the
/// frontier), drawn at the same scale as the incidents.
fn size_key(frame: &Frame, max_value: u32, heading: &str) -> Markup {
    let values = key_values(max_value);
    let largest = values
        .first()
        .and_then(|v| radius(Some(*v), max_value, OVERVIEW_MAX_RADIUS))
        .unwrap_or(0.0);
    let height = 62.0 + 2.0 * largest + 10.0;
    let (x0, y0) = (frame.width - 215.0, frame.height - height - 8.0);
    let bottom = y0 + height - 8.0;
    // Each value's label sits level with the top of its circle, at least a line below the last.
    let mut label_y = f64::MIN;
    let rows: Vec<(u32, f64, f64)> = values
        .iter()
        .map(|value| {
            let r = radius(Some(*value), max_value, OVERVIEW_MAX_RADIUS).unwrap_or(0.0);
            label_y = (bottom - 2.0 * r + 5.0).max(label_y + 17.0);
            (*value, r, label_y)
        })
        .collect();
    html! {
        g.key {
            rect x=(num(x0)) y=(num(y0)) width="205" height=(num(height)) {}
            text x=(num(x0 + 10.0)) y=(num(y0 + 22.0)) { (heading) }
            circle.ring-key cx=(num(x0 + 20.0)) cy=(num(y0 + 42.0)) r=(num(OVERVIEW_MAX_RADIUS * 0.22)) {}
            text x=(num(x0 + 34.0)) y=(num(y0 + 47.0)) { "no figure" }
            @for (value, r, y) in &rows {
                @let cx = x0 + 45.0;
                circle cx=(num(cx)) cy=(num(bottom - r)) r=(num(*r)) {}
                line x1=(num(cx)) x2=(num(cx + 50.0)) y1=(num(bottom - 2.0 * r)) y2=(num(y - 5.0)) {}
                text x=(num(cx + 55.0)) y=(num(*y)) { (value) }
            }
        }
    }
}

/// The backdrop and labels of the overview map, the same on every request: drawn once.
static FRONTIER_BACKDROP: LazyLock<String> = LazyLock::new(|| {
    let frame = Frame::fit(FRONTIER, OVERVIEW_WIDTH);
    let (bx, by) = frame.project([63.6, 29.05]);
    html! {
        (backdrop(&frame, 1.2))
        g.areas {
            @for (name, at, class) in AREA_LABELS {
                @let (x, y) = frame.project(at);
                text class=(class) x=(num(x)) y=(num(y)) text-anchor="middle" { (name) }
            }
        }
        text.border-label x=(num(bx)) y=(num(by)) text-anchor="middle" { (BORDER_LABEL) }
    }
    .into_string()
});

/// The overview's cities, drawn over the incidents so that their names stay readable (they let
/// the pointer through to the circles).
static FRONTIER_CITIES: LazyLock<String> =
    LazyLock::new(|| city_marks(&Frame::fit(FRONTIER, OVERVIEW_WIDTH), 17.0).into_string());

/// The overview map: the frontier with every incident that has coordinates. `max_value` is the
/// value that gets the largest circle (the legend uses the same, under `key_heading`: what a
/// circle's size counts), `id` prefixes the ids of the title and description.
pub fn frontier(
    id: &str,
    title: &str,
    desc: &str,
    incidents: &[Mark],
    max_value: u32,
    key_heading: &str,
) -> Markup {
    let frame = Frame::fit(FRONTIER, OVERVIEW_WIDTH);
    html! {
        svg.map viewBox={ "0 0 " (num(frame.width)) " " (num(frame.height)) } role="img"
            aria-labelledby={ (id) "-title " (id) "-desc" } {
            title id={ (id) "-title" } { (title) }
            desc id={ (id) "-desc" } { (desc) }
            (PreEscaped(FRONTIER_BACKDROP.as_str()))
            (marks(&frame, incidents, max_value, OVERVIEW_MAX_RADIUS))
            (PreEscaped(FRONTIER_CITIES.as_str()))
            (size_key(&frame, max_value, key_heading))
        }
    }
}

/// A close-up around `focus` (an incident's province, or its places): provinces named, the border,
/// cities, and the incident's places (`incidents`, all drawn the same size as on
/// a map whose largest value is `max_value`).
pub fn inset(
    id: &str,
    title: &str,
    desc: &str,
    focus: Bounds,
    incidents: &[Mark],
    max_value: u32,
) -> Markup {
    let frame = Frame::fit(focus, 600.0);
    let gazetteer = Gazetteer::get();
    let provinces: Vec<(&str, Xy)> = gazetteer
        .places_at(Level::Admin1)
        .map(|p| {
            let at = frame.project([p.coordinates.lon(), p.coordinates.lat()]);
            (p.name.as_str(), at)
        })
        .filter(|(_, at)| frame.holds(*at, -30.0))
        // A province named like its capital ("Khost") is named once, by the city.
        .filter(|(name, _)| !CITIES.iter().any(|(_, city, _)| city == name))
        .collect();
    html! {
        svg.map.inset viewBox={ "0 0 " (num(frame.width)) " " (num(frame.height)) } role="img"
            aria-labelledby={ (id) "-title " (id) "-desc" } {
            title id={ (id) "-title" } { (title) }
            desc id={ (id) "-desc" } { (desc) }
            (backdrop(&frame, 0.8))
            g.areas {
                @for (name, (x, y)) in &provinces {
                    text.province x=(num(*x)) y=(num(*y)) text-anchor="middle" { (name) }
                }
            }
            (marks(&frame, incidents, max_value, 12.0))
            (city_marks(&frame, 15.0))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frontier_frame_is_about_square_and_puts_kabul_where_it_belongs() {
        let frame = Frame::fit(FRONTIER, 1000.0);
        assert!((frame.height - 1002.0).abs() < 3.0, "{}", frame.height);
        let (x, y) = frame.project([69.17, 34.53]);
        // Kabul: 9.17° east of 60°E at ~55.5 units a degree, 3.97° south of 38.5°N at ~64.6.
        assert!(
            (x - 509.0).abs() < 3.0 && (y - 256.0).abs() < 3.0,
            "{x} {y}"
        );
    }

    #[test]
    fn paths_are_relative_rounded_and_closed() {
        let frame = Frame::fit(
            Bounds {
                west: 0.0,
                south: 0.0,
                east: 1.0,
                north: 1.0,
            },
            100.0,
        );
        let square = vec![vec![
            [0.1, 0.1],
            [0.9, 0.1],
            [0.9, 0.9],
            [0.5, 0.9004],
            [0.1, 0.9],
            [0.1, 0.1],
        ]];
        let d = path_data(&square, &frame, true, 0.5);
        // The point on the top edge falls away; y grows downwards; steps are relative.
        assert_eq!(d, "M10 90l80 0 0-80-80 0z");
        let line = path_data(
            &[vec![[0.1, 0.5], [0.5, 0.5], [0.9, 0.6]]],
            &frame,
            false,
            0.1,
        );
        assert_eq!(line, "M10 50l40 0 40-10");
    }

    #[test]
    fn what_lies_outside_the_frame_is_clipped_away() {
        let frame = Frame::fit(
            Bounds {
                west: 0.0,
                south: 0.0,
                east: 1.0,
                north: 1.0,
            },
            100.0,
        );
        let far = vec![vec![[5.0, 5.0], [6.0, 5.0], [6.0, 6.0], [5.0, 5.0]]];
        assert_eq!(path_data(&far, &frame, true, 0.5), "");
        let across = vec![vec![
            [-3.0, 0.5],
            [-2.0, 0.5],
            [0.5, 0.5],
            [3.0, 0.5],
            [4.0, 0.5],
        ]];
        // The line keeps one point beyond each edge and drops the rest (and, being straight, its
        // middle point too).
        assert_eq!(path_data(&across, &frame, false, 0.1), "M-200 50l500 0");
    }

    #[test]
    fn circle_areas_follow_the_figures() {
        let r = |v| radius(Some(v), 100, 30.0).unwrap_or_default();
        assert!((r(100) - 30.0).abs() < 1e-9);
        assert!(
            (r(25) - 15.0).abs() < 1e-9,
            "a quarter of the area, half the radius"
        );
        assert!(r(1) >= 4.5, "small figures stay visible");
        assert_eq!(radius(None, 100, 30.0), None);
        assert!(r(0) > 0.0 && r(0) < r(1));
    }

    #[test]
    fn the_size_key_shows_round_figures_a_quarter_apart_in_area() {
        assert_eq!(key_values(52), [50, 10, 2]);
        assert_eq!(key_values(17), [10, 2, 1]);
        assert_eq!(key_values(3), [2]);
        assert_eq!(key_values(1), [1]);
    }

    #[test]
    fn the_main_cities_are_all_in_the_gazetteer_and_on_the_map() {
        let found = cities();
        assert_eq!(found.len(), CITIES.len());
        let frame = Frame::fit(FRONTIER, 1000.0);
        for city in &found {
            assert!(frame.holds(frame.project(city.at), 0.0), "{}", city.name);
        }
    }

    #[test]
    fn the_overview_map_is_small_and_labels_the_border_neutrally() {
        let marks = [Mark {
            href: "/incidents/inc-x".into(),
            label: "Khost".into(),
            at: [69.9, 33.3],
            event_type: EventType::AirStrike,
            value: Some(10),
        }];
        let svg = frontier("map", "Map", "Incidents", &marks, 10, "Civilians killed").into_string();
        assert!(svg.len() < 45_000, "{} bytes", svg.len());
        assert!(svg.contains("Afghanistan–Pakistan border (Durand Line)"));
        assert!(svg.contains("ev-air_strike"));
        assert!(svg.contains(">Kabul<") && svg.contains(">Islamabad<"));
        assert!(svg.contains("role=\"img\""));
        assert!(!svg.contains("http"), "no external reference");
    }

    #[test]
    fn an_inset_frames_its_province_at_the_asked_aspect() {
        let focus = Bounds::around(geometry::admin1_polygon("AF-KHO").unwrap_or(&[]))
            .unwrap()
            .padded(0.5, 4.0 / 3.0);
        let frame = Frame::fit(focus, 600.0);
        assert!((frame.height - 450.0).abs() < 2.0, "{}", frame.height);
        let svg = inset("inset", "Khost", "d", focus, &[], 10).into_string();
        assert!(svg.contains(">Khost<"), "named once, by the city");
        assert!(svg.contains("class=\"border\""));
    }
}
