//! The gazetteer: every place, an index of all their names, and the questions asked of them —
//! which places bear a name ([`Gazetteer::search`]), which place a span of news text means
//! ([`Gazetteer::resolve`]), and every name in a text ([`Gazetteer::scan`]).
//!
//! # Scores
//! A [`Match`] carries a score from 0 to 1: how sure the gazetteer is that this place is meant.
//! It is the product of how the name matched (the displayed name 1.0, an alias 0.95, a name of
//! three letters or fewer ×0.8, one typo 0.75) and how well the name singles the place out: 1.0
//! when only one place bears it or context leaves only one, 0.9 for the largest of several nested
//! places of one province ("Khost" the province over Khost the town), 0.7 or less when places in
//! different provinces or countries share the name and nothing settles it. Lesser candidates
//! follow in decreasing order.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use model::CountryCode;

use crate::data::{self, DataError};
use crate::place::{Level, LocationSource, Place};
use crate::scan::{Mention, Scanner, following_level};
use crate::text;

/// Everything the crate knows, built once from the embedded data.
pub struct Gazetteer {
    places: Vec<Place>,
    by_id: HashMap<String, u32>,
    /// Name groups: all places whose name folds to one compact key.
    groups: Vec<NameGroup>,
    by_key: HashMap<String, u32>,
    scanner: Scanner,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("places", &self.places.len())
            .field("spellings", &self.groups.len())
            .field("patterns", &self.scanner.pattern_count())
            .finish()
    }
}

/// All places sharing one spelling (compared folded and without spaces).
#[derive(Debug)]
pub(crate) struct NameGroup {
    /// The compact folded key.
    pub key: String,
    /// The spellings, as the data writes them, that fold to this key.
    pub spellings: Vec<String>,
    pub entries: Vec<NameEntry>,
    /// Level of the first place that brought this spelling.
    pub level_of_first: Option<Level>,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct NameEntry {
    pub place: u32,
    /// True when the spelling is an alias rather than the displayed name.
    pub alias: bool,
}

impl NameGroup {
    /// The level a qualifier should name when this spelling is an English word ("Tank" → admin2).
    pub(crate) fn qualifier_level(&self) -> Option<Level> {
        self.level_of_first
    }
}

/// What the caller already knows about where a text is set: it settles names that several places
/// share.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Context {
    /// The country the text is about.
    pub country: Option<CountryCode>,
    /// The province, as an ISO 3166-2 code ("AF-KHO") or a name ("Khost").
    pub admin1: Option<String>,
    /// The level the caller wants.
    pub level: Option<Level>,
}

impl Context {
    /// No context.
    pub fn new() -> Self {
        Context::default()
    }

    /// Sets the country.
    pub fn country(mut self, country: CountryCode) -> Self {
        self.country = Some(country);
        self
    }

    /// Sets the province (code or name).
    pub fn admin1(mut self, admin1: impl Into<String>) -> Self {
        self.admin1 = Some(admin1.into());
        self
    }

    /// Sets the wanted level.
    pub fn level(mut self, level: Level) -> Self {
        self.level = Some(level);
        self
    }
}

/// How a name matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// The place's displayed name.
    Name,
    /// One of its aliases.
    Alias,
    /// A name one edit away (a typo), for names of six letters or more.
    Fuzzy,
}

/// A place a name was taken to mean.
#[derive(Clone, Debug)]
pub struct Match<'g> {
    /// The place.
    pub place: &'g Place,
    /// How sure the gazetteer is, 0 to 1 (see the module docs).
    pub score: f64,
    /// The byte range of the input that named the place.
    pub span: Range<usize>,
    /// How the name matched.
    pub kind: MatchKind,
}

static GAZETTEER: LazyLock<Result<Gazetteer, DataError>> =
    LazyLock::new(|| Gazetteer::from_places(data::parse_places(data::PLACES_JSON)?));
static EMPTY: LazyLock<Gazetteer> = LazyLock::new(|| Gazetteer::build(Vec::new()));

impl Gazetteer {
    /// The gazetteer compiled into the binary (parsed on first use).
    ///
    /// The embedded data is checked by this crate's tests; should it ever fail to parse, this
    /// returns an empty gazetteer rather than panicking, and [`Gazetteer::try_get`] tells why.
    pub fn get() -> &'static Gazetteer {
        match Gazetteer::try_get() {
            Ok(gazetteer) => gazetteer,
            Err(_) => &EMPTY,
        }
    }

    /// The compiled-in gazetteer, or why it could not be read.
    pub fn try_get() -> Result<&'static Gazetteer, &'static DataError> {
        GAZETTEER.as_ref()
    }

    fn from_places(places: Vec<Place>) -> Result<Gazetteer, DataError> {
        if u32::try_from(places.len()).is_err() {
            return Err(DataError("too many places".into()));
        }
        Ok(Gazetteer::build(places))
    }

    fn build(places: Vec<Place>) -> Gazetteer {
        let mut by_id = HashMap::new();
        let mut groups: Vec<NameGroup> = Vec::new();
        let mut by_key: HashMap<String, u32> = HashMap::new();
        for (index, place) in places.iter().enumerate() {
            let Ok(index) = u32::try_from(index) else {
                break;
            };
            by_id.insert(place.id.clone(), index);
            for (n, spelling) in place.names().enumerate() {
                let key = text::compact(&text::fold(spelling));
                if key.is_empty() {
                    continue;
                }
                let group_index = *by_key.entry(key.clone()).or_insert_with(|| {
                    groups.push(NameGroup {
                        key,
                        spellings: Vec::new(),
                        entries: Vec::new(),
                        level_of_first: Some(place.level),
                    });
                    u32::try_from(groups.len() - 1).unwrap_or(u32::MAX)
                });
                let Some(group) = groups.get_mut(group_index as usize) else {
                    continue;
                };
                if !group.spellings.iter().any(|s| s == spelling) {
                    group.spellings.push(spelling.to_owned());
                }
                let alias = n > 0;
                match group.entries.iter_mut().find(|e| e.place == index) {
                    Some(entry) => entry.alias &= alias,
                    None => group.entries.push(NameEntry {
                        place: index,
                        alias,
                    }),
                }
            }
        }
        let scanner = Scanner::build(&groups);
        Gazetteer {
            places,
            by_id,
            groups,
            by_key,
            scanner,
        }
    }

    /// Every place.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The place with this id ("AF-KHO", "AF1411", "gn1138958", "X-TORKHAM").
    pub fn get_place(&self, id: &str) -> Option<&Place> {
        self.by_id.get(id).and_then(|i| self.place_at(*i))
    }

    pub(crate) fn place_at(&self, index: u32) -> Option<&Place> {
        self.places.get(index as usize)
    }

    pub(crate) fn group_at(&self, index: u32) -> Option<&NameGroup> {
        self.groups.get(index as usize)
    }

    /// How many distinct spellings the scanner looks for.
    pub fn pattern_count(&self) -> usize {
        self.scanner.pattern_count()
    }

    /// Every place-name occurrence in `text`, left to right, without overlaps.
    pub fn scan<'g, 't>(
        &'g self,
        text: &'t str,
    ) -> impl Iterator<Item = Mention<'g>> + use<'g, 't> {
        self.scanner.scan(self, text)
    }

    /// All places a name may mean, best first. The whole of `name` must be a name (use
    /// [`Gazetteer::resolve`] for a phrase such as "Spera district of Khost"); a trailing level
    /// word ("Khost province") narrows the level. A name of six letters or more that matches
    /// nothing is tried again with one typo allowed, unless it is an ordinary English word.
    pub fn search(&self, name: &str, context: &Context) -> Vec<Match<'_>> {
        let (core, hint) = split_level_word(name);
        let mut context = context.clone();
        if context.level.is_none() {
            context.level = hint;
        }
        let span = 0..name.len();
        let folded = text::fold(core);
        let key = text::compact(&folded);
        if key.is_empty() {
            return Vec::new();
        }
        // "Tank" is a vehicle unless a qualifier ("Tank district") or the caller's context says
        // a place is meant.
        if text::is_common_english(&folded) && context == Context::default() {
            return Vec::new();
        }
        if let Some(group) = self.by_key.get(&key).and_then(|g| self.group_at(*g)) {
            return self.rank(group, &context, span, None);
        }
        if text::letter_count(&folded) < 6 || text::is_common_english(&folded) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for group in &self.groups {
            if group.key.chars().count().abs_diff(key.chars().count()) > 1 {
                continue;
            }
            if strsim::damerau_levenshtein(&group.key, &key) == 1 {
                out.extend(self.rank(group, &context, span.clone(), Some(MatchKind::Fuzzy)));
            }
        }
        out.sort_by(|a, b| b.score.total_cmp(&a.score));
        out
    }

    /// The one place a span of text means, e.g. "Spera district of Khost" → the district Spera in
    /// Khost, AFG. Every name in the span is found; names of provinces and countries become
    /// context for the others, a level word after a name narrows it, and the most specific place
    /// that agrees with the rest wins. Returns None when the span names no place.
    pub fn resolve(&self, span_text: &str, context: &Context) -> Option<Match<'_>> {
        let mentions: Vec<Mention<'_>> = self.scan(span_text).collect();
        if mentions.is_empty() || !covers_span(span_text, &mentions) {
            // The span is not (only) made of known names: perhaps it is one name with a typo
            // ("Khyber Pakthunkhwa"), which beats a partial hit on "Khyber".
            if let Some(whole) = self.search(span_text, context).into_iter().next() {
                return Some(whole);
            }
        }
        if mentions.is_empty() {
            return None;
        }
        // The surest name anchors the rest: provinces and countries named in the span, or the
        // country and province of an unambiguous name, become context for the others ("Kari Kot,
        // South Waziristan" is in Pakistan, so "Kot" is not the Afghan district).
        let mut context = context.clone();
        if mentions.len() > 1 {
            let tops: Vec<Match<'_>> = mentions
                .iter()
                .filter_map(|m| self.resolve_mention(m, &Context::default()))
                .collect();
            for top in &tops {
                match top.place.level {
                    Level::Admin1 if context.admin1.is_none() => {
                        context.admin1 = Some(top.place.id.clone());
                    }
                    Level::Country if context.country.is_none() => {
                        context.country = Some(top.place.country);
                    }
                    _ => {}
                }
            }
            if let Some(anchor) = tops.iter().max_by(|a, b| a.score.total_cmp(&b.score))
                && anchor.score >= 0.9
                && context.country.is_none()
            {
                context.country = Some(anchor.place.country);
            }
        }
        let mut best: Option<Match<'_>> = None;
        for mention in &mentions {
            let Some(top) = self.resolve_mention(mention, &context) else {
                continue;
            };
            // The most specific place wins ("Spera district of Khost" → Spera); between places of
            // one level the first named ("Khost and Kunar provinces" → Khost), unless it is much
            // less sure.
            let better = match &best {
                None => true,
                Some(b) => {
                    specificity(top.place.level) > specificity(b.place.level) && top.score >= 0.5
                        || (specificity(top.place.level) == specificity(b.place.level)
                            && top.score > b.score + 0.3)
                }
            };
            if better {
                best = Some(top);
            }
        }
        best
    }

    /// The place one scanned mention most likely means under a context (a level word after the
    /// name, such as "district", narrows it).
    pub fn resolve_mention<'g>(
        &'g self,
        mention: &Mention<'g>,
        context: &Context,
    ) -> Option<Match<'g>> {
        let mut own = context.clone();
        if own.level.is_none() {
            own.level = mention.level_hint;
        }
        self.rank(mention.group, &own, mention.span.clone(), None)
            .into_iter()
            .next()
    }

    /// Ranks the places of one name group under a context.
    fn rank<'g>(
        &'g self,
        group: &'g NameGroup,
        context: &Context,
        span: Range<usize>,
        kind: Option<MatchKind>,
    ) -> Vec<Match<'g>> {
        let admin1 = context.admin1.as_deref().and_then(|a| self.admin1_id(a));
        let mut candidates: Vec<(&Place, bool)> = group
            .entries
            .iter()
            .filter_map(|e| self.place_at(e.place).map(|p| (p, e.alias)))
            .collect();
        let before = candidates.len();
        // A context that no candidate fits is kept as a doubt on all of them.
        let mut contradicted = false;
        let mut narrow = |list: &mut Vec<(&Place, bool)>, keep: &dyn Fn(&Place) -> bool| {
            if list.iter().any(|(p, _)| keep(p)) {
                list.retain(|(p, _)| keep(p));
            } else {
                contradicted = true;
            }
        };
        if let Some(country) = context.country {
            narrow(&mut candidates, &|p| p.country == country);
        }
        if let Some(admin1) = admin1 {
            narrow(&mut candidates, &|p| {
                p.id == admin1
                    || p.admin1.as_deref() == Some(admin1)
                    || p.far_side.as_ref().is_some_and(|f| f.admin1 == admin1)
            });
        }
        if let Some(level) = context.level {
            // A level word that fits no candidate ("Kabul's District 4") is only a weak hint.
            if candidates.iter().any(|(p, _)| p.level == level) {
                candidates.retain(|(p, _)| p.level == level);
            }
        }
        let settled_by_context = candidates.len() == 1 && before > 1;
        // Largest unit first; between equal levels, the more populous, then the id.
        candidates.sort_by(|(a, _), (b, _)| {
            a.level
                .cmp(&b.level)
                .then(b.population.unwrap_or(0).cmp(&a.population.unwrap_or(0)))
                .then(a.id.cmp(&b.id))
        });
        let provinces: std::collections::HashSet<(CountryCode, &str)> = candidates
            .iter()
            .map(|(p, _)| (p.country, p.admin1.as_deref().unwrap_or(p.id.as_str())))
            .collect();
        let share = if candidates.len() <= 1 || settled_by_context {
            1.0
        } else if provinces.len() == 1 {
            0.9
        } else {
            0.5 + 0.4 / provinces.len() as f64
        };
        let short = text::letter_count(&group.key) <= 3;
        candidates
            .into_iter()
            .enumerate()
            .map(|(rank, (place, alias))| {
                let kind = kind.unwrap_or(if alias {
                    MatchKind::Alias
                } else {
                    MatchKind::Name
                });
                let mut quality = match kind {
                    MatchKind::Name => 1.0,
                    MatchKind::Alias => 0.95,
                    MatchKind::Fuzzy => 0.75,
                };
                if short {
                    quality *= 0.8;
                }
                if contradicted {
                    quality *= 0.4;
                }
                let score = (quality * share - 0.1 * rank as f64).max(0.05);
                Match {
                    place,
                    score: (score * 1000.0).round() / 1000.0,
                    span: span.clone(),
                    kind,
                }
            })
            .collect()
    }

    /// The id of a province given by code or name.
    fn admin1_id(&self, code_or_name: &str) -> Option<&str> {
        if let Some(place) = self.get_place(code_or_name)
            && place.level == Level::Admin1
        {
            return Some(place.id.as_str());
        }
        let key = text::compact(&text::fold(code_or_name));
        let group = self.by_key.get(&key).and_then(|g| self.group_at(*g))?;
        group
            .entries
            .iter()
            .filter_map(|e| self.place_at(e.place))
            .find(|p| p.level == Level::Admin1)
            .map(|p| p.id.as_str())
    }

    /// Places of one level, for callers that list units (a form's drop-down, a map's legend).
    pub fn places_at(&self, level: Level) -> impl Iterator<Item = &Place> {
        self.places.iter().filter(move |p| p.level == level)
    }

    /// Districts whose coordinates are their own (not their province's centroid).
    pub(crate) fn located_districts(&self) -> impl Iterator<Item = &Place> {
        self.places_at(Level::Admin2)
            .filter(|p| p.location_source != LocationSource::Admin1Centroid)
    }
}

/// Whether the mentions account for every word of the span other than level words and small
/// joining words ("Spera district of Khost" is covered; "Kari Kot, South Waziristan" is not).
fn covers_span(span_text: &str, mentions: &[Mention<'_>]) -> bool {
    let mut rest = String::with_capacity(span_text.len());
    let mut last = 0;
    for mention in mentions {
        rest.push_str(span_text.get(last..mention.span.start).unwrap_or(""));
        rest.push(' ');
        last = mention.span.end;
    }
    rest.push_str(span_text.get(last..).unwrap_or(""));
    text::fold(&rest)
        .split(' ')
        .filter(|w| !w.is_empty())
        .all(|w| {
            text::level_keyword(w).is_some()
                || w.chars().all(|c| c.is_ascii_digit())
                || matches!(
                    w,
                    "of" | "in" | "and" | "the" | "s" | "near" | "at" | "on" | "from" | "to"
                )
        })
}

/// Higher for smaller units: a town is more specific than a district, which is more specific than
/// a province.
fn specificity(level: Level) -> u8 {
    match level {
        Level::Country => 0,
        Level::Admin1 => 1,
        Level::Admin2 => 2,
        Level::Populated | Level::Crossing => 3,
    }
}

/// Splits "Khost province" into ("Khost", Some(Admin1)); other names are returned whole.
fn split_level_word(name: &str) -> (&str, Option<Level>) {
    let trimmed = name.trim_end();
    if let Some(cut) = trimmed.rfind([' ', '-']) {
        let (core, _) = trimmed.split_at(cut);
        if let Some(level) = following_level(trimmed, cut)
            && !core.trim().is_empty()
        {
            return (core.trim_end(), Some(level));
        }
    }
    (name, None)
}
