//! From sentences to incidents: voices, context, grouping, dates, places, event types, alleged
//! perpetrators and claims.
//!
//! Sentences are read in order. The first one with figures (or with an event word, a place and a
//! date) opens an incident; later ones join it unless they name a province it has not named, give a
//! different day, or speak of an event of another kind (an air strike, then "fighting"), which opens
//! the next incident. Sentences that speak of context (an earlier event, a tally over several days,
//! a trigger) are set aside, and so is an incident dated before the article's first one.

use std::collections::BTreeSet;

use model::{Count, DatePrecision, EventType, Group, Measure};
use places::{Context, Gazetteer, Level, Mention};

use crate::lexicon::{ActorKind, EventWord, Party, Side, Strength, Voice};
use crate::output::{Diagnostic, DraftClaim, DraftIncident};
use crate::sentence::{DateWordAt, Facts, Figure};

/// The day the Taliban took Kabul: Afghan state forces before it were the Islamic Republic's.
const REPUBLIC_UNTIL: (i16, i8, i8) = (2021, 8, 15);

/// How many kinds of event and districts told as context an article's reading remembers (the
/// latest): enough for any article, and a bound that keeps the reading linear on any input.
const CONTEXT_MEMORY: usize = 16;

/// A place named in a sentence, resolved. Names borrow from the gazetteer, which lives for the
/// whole program: no copy per mention.
#[derive(Clone, Copy, Debug)]
pub struct PlaceHit {
    /// Byte offset in the text.
    pub at: usize,
    /// Level of the place.
    pub level: Level,
    /// Country code.
    pub country: model::CountryCode,
    /// Province id (the place's own for a province).
    pub admin1_id: Option<&'static str>,
    /// Province name.
    pub admin1: Option<&'static str>,
    /// District name.
    pub admin2: Option<&'static str>,
    /// Town or crossing name.
    pub location: Option<&'static str>,
    /// A destination or origin ("taken to Quetta", "Rawalpindi-bound"): not where it happened.
    pub travel: bool,
}

/// One sentence with what was read from it.
#[derive(Debug)]
pub struct Read {
    /// Byte range in the text.
    pub span: std::ops::Range<usize>,
    /// Paragraph index.
    pub paragraph: usize,
    /// The sentence's facts.
    pub facts: Facts,
    /// Places named in it.
    pub places: Vec<PlaceHit>,
    /// The voice its figures are given in, once resolved.
    pub voice: Voice,
    /// Where the speaker is named (byte range in the text), when a sentence names one.
    pub speaker_at: Option<std::ops::Range<usize>>,
}

/// Resolves every place mention of the sentences worth it, with the article's country as context.
pub fn read_places(gazetteer: &'static Gazetteer, text: &str, reads: &mut [Read]) {
    // First pass: the country most of the sure names point to. A name that only one place bears
    // resolves the same under any context: it is resolved once.
    let mut raw: Vec<Vec<(Mention<'_>, Option<places::Match<'_>>)>> =
        Vec::with_capacity(reads.len());
    let mut votes: [f64; 2] = [0.0, 0.0];
    for read in reads.iter() {
        if !worth_places(&read.facts) {
            raw.push(Vec::new());
            continue;
        }
        let slice = text.get(read.span.clone()).unwrap_or("");
        let mut mentions = Vec::new();
        for mention in gazetteer.scan(slice) {
            // "March", "May": a month, not the village of that name.
            if is_calendar_word(mention.text(slice)) {
                continue;
            }
            let found = gazetteer.resolve_mention(&mention, &Context::new());
            if let Some(found) = &found
                && found.score >= 0.5
                && found.place.level != Level::Country
            {
                match found.place.country.as_str() {
                    "AFG" => votes[0] += found.score,
                    "PAK" => votes[1] += found.score,
                    _ => {}
                }
            }
            let single = mention.places().nth(1).is_none();
            mentions.push((mention, if single { found } else { None }));
        }
        raw.push(mentions);
    }
    let article_country = if votes[0] == 0.0 && votes[1] == 0.0 {
        None
    } else if votes[0] >= votes[1] {
        Some(model::CountryCode::AFG)
    } else {
        Some(model::CountryCode::PAK)
    };
    let mut context = Context::new();
    if let Some(country) = article_country {
        context = context.country(country);
    }
    for (read, mentions) in reads.iter_mut().zip(raw) {
        if mentions.is_empty() {
            continue;
        }
        let slice = text.get(read.span.clone()).unwrap_or("");
        // Provinces named in the sentence settle the districts named with them.
        let resolved: Vec<Option<places::Match<'_>>> = mentions
            .iter()
            .map(|(m, once)| {
                once.clone()
                    .or_else(|| gazetteer.resolve_mention(m, &context))
            })
            .collect();
        let province = resolved.iter().flatten().find_map(|f| {
            (f.place.level == Level::Admin1 && f.score >= 0.5).then_some(f.place.id.as_str())
        });
        let mut titles: Vec<bool> = Vec::new();
        let mut previous_end: Option<usize> = None;
        for ((mention, once), first) in mentions.iter().zip(resolved) {
            let found = match (&province, once) {
                (Some(province), None) => {
                    gazetteer.resolve_mention(mention, &context.clone().admin1(*province))
                }
                _ => first,
            };
            let Some(found) = found else {
                continue;
            };
            if found.score < 0.3 {
                continue;
            }
            let mut place = found.place;
            // A big city shares its name with its province (Kabul, Islamabad): without the word
            // "province", the city is meant.
            if place.level == Level::Admin1
                && mention.level_hint != Some(Level::Admin1)
                && let Some(city) = mention.places().find(|p| {
                    p.level == Level::Populated
                        && p.population.unwrap_or(0) >= 500_000
                        && p.admin1.as_deref() == Some(place.id.as_str())
                })
            {
                place = city;
            }
            let admin1_id = match place.level {
                Level::Admin1 => Some(place.id.as_str()),
                _ => place.admin1.as_deref(),
            };
            let location = match place.level {
                Level::Populated | Level::Crossing => Some(place.name.as_str()),
                _ => None,
            };
            read.places.push(PlaceHit {
                at: read.span.start + mention.span.start,
                level: place.level,
                country: place.country,
                admin1_id,
                admin1: place.admin1_name(gazetteer),
                admin2: place.admin2_name(gazetteer),
                location,
                travel: is_travel(slice, mention.span.clone())
                    || (is_dateline(slice, mention.span.clone()) && !says_here(slice))
                    || is_metonymy(slice, mention.span.clone()),
            });
            titles.push(is_title(slice, mention.span.clone()));
            // "Quetta's Pishin bus stop": a place named in the possessive of another district or
            // town is a spot inside it, not a second district.
            let n = read.places.len();
            if n >= 2
                && let (Some(outer), Some(inner)) = (read.places.get(n - 2), read.places.get(n - 1))
                && outer.admin2.is_some()
                && !matches!(outer.level, Level::Admin1 | Level::Country)
                && outer.admin1_id == inner.admin1_id
                && matches!(inner.level, Level::Admin2 | Level::Populated)
                && previous_end
                    .and_then(|e| slice.get(e..mention.span.start))
                    .is_some_and(|between| matches!(between, "'s " | "\u{2019}s "))
                && let Some(inner) = read.places.get_mut(n - 1)
            {
                inner.travel = true;
            }
            previous_end = Some(mention.span.end);
        }
        // "Miranshah Assistant Commissioner Shah Wali … was attacked in Bannu district": a place
        // in an official's title is his post, not the scene, when the sentence names another.
        let first = read.places.len() - titles.len();
        let elsewhere = read
            .places
            .iter()
            .skip(first)
            .zip(&titles)
            .any(|(p, title)| !p.travel && !title);
        if elsewhere {
            for (p, title) in read.places.iter_mut().skip(first).zip(&titles) {
                p.travel |= *title;
            }
        }
    }
}

fn is_calendar_word(name: &str) -> bool {
    const WORDS: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    WORDS.contains(&name.to_lowercase().as_str())
}

fn worth_places(facts: &Facts) -> bool {
    !facts.figures.is_empty()
        || !facts.events.is_empty()
        || facts.responsibility.is_some()
        || !facts.affiliations.is_empty()
}

/// Whether a place opens the sentence as a dateline: "ISLAMABAD –", "KABUL, March 18 —",
/// "LAKKI MARWAT:", "Islamabad [Pakistan], August 1 (ANI):".
/// "QUETTA: Four people were killed … here on Tuesday", "… in the city's Shahrah-e-Iqbal area":
/// the sentence says the dateline's city is the scene.
fn says_here(sentence: &str) -> bool {
    let mut previous = "";
    sentence.split(|c: char| !c.is_alphabetic()).any(|w| {
        let here = w == "here" || (previous == "the" && w == "city");
        if !w.is_empty() {
            previous = w;
        }
        here
    })
}

fn is_dateline(sentence: &str, span: std::ops::Range<usize>) -> bool {
    let before = sentence.get(..span.start).unwrap_or("");
    // "Islamabad/Kabul:": places joined by slashes open the sentence.
    let slashed = before.trim_end().ends_with('/')
        && before.len() < 40
        && before
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || c == '/');
    if !before.trim().is_empty()
        && !slashed
        && !before
            .trim()
            .chars()
            .all(|c| c.is_uppercase() || c.is_whitespace() || c == '/')
    {
        return false;
    }
    let name = sentence.get(span.clone()).unwrap_or("");
    let mut after = sentence.get(span.end..).unwrap_or("");
    while let Some(rest) = after.strip_prefix('/') {
        after = rest.trim_start_matches(|c: char| c.is_alphabetic() || c == ' ');
    }
    let rest = after.trim_start_matches(|c: char| c.is_uppercase() || c == ' ' || c == '/');
    let upper = name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase);
    let next = rest.chars().next();
    let month_follows = {
        let t = after.trim_start_matches([',', ' ']).to_ascii_lowercase();
        [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        ]
        .iter()
        .any(|m| t.starts_with(m))
    };
    matches!(next, Some(':' | '–' | '—' | '[' | '('))
        || (next == Some('-') && upper)
        || (upper && next == Some(','))
        || (after.starts_with(',') && month_follows)
}

/// Whether a capital's name stands for its government: "Islamabad urged Kabul", "Kabul disputed".
fn is_metonymy(sentence: &str, span: std::ops::Range<usize>) -> bool {
    let name = sentence
        .get(span.clone())
        .unwrap_or("")
        .to_ascii_lowercase();
    if !matches!(name.as_str(), "kabul" | "islamabad") {
        return false;
    }
    let after = sentence
        .get(span.end..)
        .unwrap_or("")
        .trim_start_matches([',', ' ']);
    let next: String = after
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    matches!(
        next.as_str(),
        "said"
            | "says"
            | "urged"
            | "urges"
            | "accused"
            | "accuses"
            | "denied"
            | "denies"
            | "disputed"
            | "has"
            | "had"
            | "have"
            | "is"
            | "was"
            | "wants"
            | "demanded"
            | "claimed"
            | "rejected"
            | "responded"
            | "blamed"
            | "insists"
            | "insisted"
            | "warned"
            | "vowed"
    ) || sentence
        .get(..span.start)
        .unwrap_or("")
        .trim_end()
        .to_ascii_lowercase()
        .ends_with(" urged")
        // "In Islamabad, officials accused the Taliban …".
        || (sentence.get(..span.start).unwrap_or("").trim().eq_ignore_ascii_case("in")
            && matches!(
                next.as_str(),
                "officials" | "authorities" | "government" | "ministers"
            ))
}

/// Whether a place is named as a destination or origin rather than as the scene.
/// A place named as an official's post: "Miranshah Assistant Commissioner", "Bannu DIG".
fn is_title(sentence: &str, span: std::ops::Range<usize>) -> bool {
    const TITLES: &[&str] = &[
        "assistant commissioner",
        "deputy commissioner",
        "district commissioner",
        "commissioner",
        "dpo",
        "dig",
        "ssp",
        "police chief",
    ];
    let after = sentence
        .get(span.end..)
        .unwrap_or("")
        .trim_start()
        .to_ascii_lowercase();
    TITLES.iter().any(|t| {
        after.starts_with(t)
            && after[t.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn is_travel(sentence: &str, span: std::ops::Range<usize>) -> bool {
    let after = sentence.get(span.end..).unwrap_or("");
    if after.starts_with("-bound") || after.starts_with(" -bound") {
        return true;
    }
    // "the Pakistan-Afghanistan border": a border, not a country where it happened.
    let name = sentence
        .get(span.clone())
        .unwrap_or("")
        .to_ascii_lowercase();
    if matches!(name.as_str(), "pakistan" | "afghanistan")
        && (after.starts_with('-') || sentence.get(..span.start).unwrap_or("").ends_with('-'))
    {
        return true;
    }
    let before = sentence
        .get(..span.start)
        .unwrap_or("")
        .to_ascii_lowercase();
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().rev().take(5).any(|w| {
        matches!(
            *w,
            "to" | "towards"
                | "bound"
                | "transferred"
                | "referred"
                | "shifted"
                | "headed"
                | "taken"
                | "displaced"
                | "hailing"
                | "returning"
        )
    })
}

/// Resolves voices: pronouns name the last speaker; a sentence without a speaker carries the voice
/// of the sentence before it in the same paragraph.
pub fn resolve_voices(text: &str, reads: &mut [Read]) {
    // A quotation over several sentences takes the speaker of the sentence that closes it:
    // “Nine children were killed. Pakistani forces also attacked Kunar,” he said.
    let mut i = 0;
    while i < reads.len() {
        let opens = text
            .get(reads[i].span.clone())
            .is_some_and(|t| quote_balance(t) > 0);
        if opens && reads[i].facts.speaker.is_none() {
            let paragraph = reads[i].paragraph;
            let mut j = i + 1;
            while j < reads.len() && reads[j].paragraph == paragraph {
                let closes = text
                    .get(reads[j].span.clone())
                    .is_some_and(|t| quote_balance(t) < 0);
                if closes {
                    if let Some(speaker) = reads[j].facts.speaker.clone() {
                        for read in reads.iter_mut().take(j).skip(i) {
                            read.facts.speaker = Some(speaker.clone());
                        }
                    }
                    break;
                }
                j += 1;
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    type Named = (Voice, Option<std::ops::Range<usize>>);
    let mut last_named: Option<Named> = None;
    let mut previous: Option<(usize, Voice, Option<std::ops::Range<usize>>)> = None;
    for read in reads.iter_mut() {
        let (voice, name) = match &read.facts.speaker {
            Some(s) if s.voice == Voice::Pronoun => {
                last_named.clone().unwrap_or((Voice::Article, None))
            }
            Some(s) => {
                // "SSP Fahad Khan Khosa said …. 'One of the shooters was killed,' he said": an
                // official of the article's voice is the one "he" means next.
                last_named = Some((s.voice.clone(), Some(s.name.clone())));
                (s.voice.clone(), Some(s.name.clone()))
            }
            None => match &previous {
                Some((paragraph, voice, name)) if *paragraph == read.paragraph => {
                    (voice.clone(), name.clone())
                }
                _ => (Voice::Article, None),
            },
        };
        if let Some(m) = &read.facts.mentioned
            && read.facts.speaker.is_none()
        {
            last_named = Some((m.voice.clone(), Some(m.name.clone())));
        }
        read.voice = voice.clone();
        read.speaker_at = name.clone();
        previous = Some((read.paragraph, voice, name));
    }
}

/// Opening minus closing double quotes in a sentence (straight quotes count as opening when
/// they start a word).
fn quote_balance(text: &str) -> i32 {
    let mut balance = 0;
    let mut prev = ' ';
    for c in text.chars() {
        match c {
            '“' => balance += 1,
            '”' => balance -= 1,
            '"' => {
                if prev.is_whitespace() || prev == '(' {
                    balance += 1;
                } else {
                    balance -= 1;
                }
            }
            _ => {}
        }
        prev = c;
    }
    balance
}

/// A clause of a sentence that goes into an incident.
#[derive(Debug, Clone)]
struct Part {
    /// Taken in from before the incident opened (a heading, an event sentence with no figure).
    early: bool,
    /// A clause after the first of a sentence split at "while" or ";" (its figures are of
    /// another province): another incident.
    split: bool,
    read: usize,
    figures: Vec<Figure>,
    provinces: BTreeSet<&'static str>,
    places: Vec<PlaceHit>,
}

#[derive(Debug, Default)]
struct Building {
    parts: Vec<Part>,
    provinces: BTreeSet<&'static str>,
    /// The first province named: a figure for another one of several is a part of the total.
    principal: Option<&'static str>,
    has_figures: bool,
    event: Option<EventType>,
    date: Option<(model::Date, DatePrecision)>,
    /// The date is the publication day or the incident before's, not one the text gave.
    date_is_default: bool,
    /// The reads after the incident's own and before the next incident's.
    tail: std::ops::Range<usize>,
}

/// A resolved date cue.
fn resolve_date(
    word: DateWordAt,
    published: Option<model::Date>,
    previous: Option<(model::Date, DatePrecision)>,
) -> Option<(model::Date, DatePrecision)> {
    let days_back = |date: model::Date, n: u32| -> Option<model::Date> {
        let mut d = date;
        for _ in 0..n {
            d = d.yesterday().ok()?;
        }
        Some(d)
    };
    match word {
        DateWordAt::Day { month, day, year } => {
            let month = i8::try_from(month).ok()?;
            let day = i8::try_from(day).ok()?;
            let year = match year {
                Some(y) => y,
                None => {
                    let p = published?;
                    let this = model::Date::new(p.year(), month, day).ok()?;
                    let limit = p.tomorrow().ok()?;
                    if this > limit { p.year() - 1 } else { p.year() }
                }
            };
            Some((model::Date::new(year, month, day).ok()?, DatePrecision::Day))
        }
        DateWordAt::Month { month, year } => {
            let month = i8::try_from(month).ok()?;
            let year = match year {
                Some(y) => y,
                None => {
                    let p = published?;
                    if month > p.month() {
                        p.year() - 1
                    } else {
                        p.year()
                    }
                }
            };
            Some((model::Date::new(year, month, 1).ok()?, DatePrecision::Month))
        }
        DateWordAt::Year(_) => None,
        DateWordAt::Weekday(w) => {
            let p = published?;
            let today = i32::from(p.weekday().to_monday_one_offset());
            let back = (today - i32::from(w)).rem_euclid(7);
            Some((days_back(p, u32::try_from(back).ok()?)?, DatePrecision::Day))
        }
        DateWordAt::DaysAgo(n) => Some((days_back(published?, u32::from(n))?, DatePrecision::Day)),
        DateWordAt::WeekAgo => Some((days_back(published?, 7)?, DatePrecision::Week)),
        DateWordAt::SameDay => previous,
    }
}

fn days_between(a: model::Date, b: model::Date) -> i64 {
    a.until(b)
        .map(|span| i64::from(span.get_days()))
        .unwrap_or(0)
}

/// The event date a sentence gives (not a statement's), resolved.
fn sentence_event_date(
    facts: &Facts,
    published: Option<model::Date>,
    previous: Option<(model::Date, DatePrecision)>,
) -> Option<(model::Date, DatePrecision)> {
    facts
        .dates
        .iter()
        .filter(|d| !d.statement)
        .find_map(|d| resolve_date(d.word, published, previous))
}

/// Which kinds of event may be told in one incident (an air strike's "explosions"; a suicide
/// bombing followed by a shoot-out; shelling in a clash).
fn compatible(a: EventType, b: EventType) -> bool {
    use EventType as E;
    let family = |t: EventType| match t {
        E::AirStrike | E::DroneStrike => 0,
        E::SuicideBombing | E::Bombing | E::ArmedAttack => 1,
        E::CrossBorderFire | E::Shelling => 2,
        E::ArmedClash => 3,
        E::Other => 4,
    };
    let (fa, fb) = (family(a), family(b));
    fa == fb
        || fa == 4
        || fb == 4
        || matches!((fa, fb), (0, 1) if b == E::Bombing)
        || matches!((fa, fb), (1, 0) if a == E::Bombing)
        // Attackers who "fired rockets" or mortars in their attack.
        || (a == E::ArmedAttack && b == E::Shelling)
        || matches!(
            (fa, fb),
            (1, 3) | (3, 1) | (2, 3) | (3, 2) | (0, 2) | (2, 0)
        )
}

/// The type the sentence's event words suggest on their own (strong, then medium words).
fn sentence_type(facts: &Facts) -> Option<(EventType, Strength)> {
    let pak = facts
        .actors
        .iter()
        .any(|a| a.party == Party::Pak && a.kind == ActorKind::State);
    let plain = |word: EventWord| match word {
        EventWord::AirIfState if !pak => Some(EventType::Bombing),
        other => plain_type(other),
    };
    let strong = facts
        .events
        .iter()
        .find(|e| e.strength == Strength::Strong && plain(e.word).is_some())
        .and_then(|e| plain(e.word).map(|t| (t, Strength::Strong)));
    // "The assailants fired rockets and used automatic weapons": with no state named, rockets
    // or mortars in an armed attack are its weapons, not shelling.
    let state = facts.actors.iter().any(|a| a.kind == ActorKind::State);
    let attack = facts
        .events
        .iter()
        .any(|e| e.strength == Strength::Medium && plain(e.word) == Some(EventType::ArmedAttack));
    strong.or_else(|| {
        facts
            .events
            .iter()
            .filter(|e| e.strength == Strength::Medium)
            .filter_map(|e| plain(e.word))
            .filter(|t| state || !attack || *t != EventType::Shelling)
            .min_by_key(|t| medium_rank(*t))
            .map(|t| (t, Strength::Medium))
    })
}

fn plain_type(word: EventWord) -> Option<EventType> {
    match word {
        EventWord::Type(t) => Some(t),
        EventWord::AirIfState => Some(EventType::AirStrike),
        EventWord::StrikeIfState => Some(EventType::Other),
        EventWord::Firing | EventWord::Exchange => None,
    }
}

fn medium_rank(t: EventType) -> u8 {
    match t {
        EventType::Shelling => 0,
        EventType::AirStrike | EventType::DroneStrike => 1,
        EventType::Bombing | EventType::ArmedAttack | EventType::SuicideBombing => 2,
        EventType::CrossBorderFire => 0,
        EventType::ArmedClash => 3,
        EventType::Other => 4,
    }
}

/// Groups the sentences into incidents and writes them out.
pub fn build(
    reads: &[Read],
    text: &str,
    article: Option<&str>,
    published: Option<model::Date>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<DraftIncident> {
    let mut incidents: Vec<Building> = Vec::new();
    let mut last_was_background = false;
    // The paragraph of the last sentence that was context as a whole.
    let mut whole_context_paragraph: Option<usize> = None;
    let mut last_whole_background = false;
    // Figures told as context (measure, number, group): told again, they are still context.
    let mut context_figures: Vec<(Measure, u32, Option<Group>)> = Vec::new();
    // Event types of the last context clause ("came two days after a suicide bombing"): a next
    // sentence about that kind of event goes on about the context.
    let mut last_background_types: Vec<EventType> = Vec::new();
    // Sentences with an event word but no figures, before any incident takes them: the first
    // incident opened soon after takes them ("A suicide bomb exploded outside a court in
    // Islamabad. The blast killed 12 people…").
    let mut pending: Vec<Part> = Vec::new();
    // A date given just before an incident opens, in a sentence of its own ("the first major
    // surge occurred in April 2022. According to Al Jazeera, Pakistani airstrikes … killed …").
    let mut pending_date: Option<(usize, (model::Date, DatePrecision))> = None;
    // Kinds and districts of the events told as context so far ("a day after a suicide bombing at
    // a security compound in Peshawar"): told again later ("On Monday, a suicide attack targeted
    // … in Peshawar, killing three"), the event is still context.
    let mut context_events: Vec<EventType> = Vec::new();
    let mut context_places: Vec<&'static str> = Vec::new();
    // A quotation opened in a sentence of context ("In early hours of December 12, a group of six
    // terrorists attacked …"): its sentences up to the close are context too.
    let mut context_quote: Option<usize> = None;
    for (index, read) in reads.iter().enumerate() {
        let facts = &read.facts;
        // Counted only in or after context (no pass over every sentence otherwise).
        let balance = || text.get(read.span.clone()).map_or(0, quote_balance);
        let in_context_quote = context_quote == Some(read.paragraph);
        if in_context_quote {
            if balance() < 0 {
                context_quote = None;
            }
            if facts
                .figures
                .iter()
                .any(|f| f.total.is_some() || !f.groups.is_empty())
            {
                diagnostics.push(Diagnostic {
                    span: read.span.clone(),
                    message: "figures read as context (an earlier event, a trigger or a tally), not an incident of the article".into(),
                });
            }
            last_was_background = true;
            continue;
        }
        let has_figures = facts
            .figures
            .iter()
            .any(|f| f.total.is_some() || !f.groups.is_empty());
        let attribution = facts.responsibility.is_some() || !facts.affiliations.is_empty();
        let has_event = !facts.events.is_empty() || attribution;
        if !has_figures && !has_event {
            if !facts.background
                && let Some(d) =
                    sentence_event_date(facts, published, incidents.last().and_then(|b| b.date))
            {
                // "The ISPR said that last night, troops engaged the terrorists' location": the
                // open incident had no day of its own (only the statement's), this one dates it.
                match incidents.last_mut() {
                    Some(cur)
                        if cur.date_is_default
                            && cur
                                .parts
                                .last()
                                .and_then(|p| reads.get(p.read))
                                .is_some_and(|r| read.paragraph <= r.paragraph + 1) =>
                    {
                        cur.date = Some(d);
                        cur.date_is_default = false;
                    }
                    _ => pending_date = Some((read.paragraph, d)),
                }
            }
            continue;
        }
        let own_type = sentence_type(facts);
        let own_date = sentence_event_date(facts, published, incidents.last().and_then(|b| b.date));
        let first_date = incidents.first().and_then(|b| b.date);
        let provinces: BTreeSet<&'static str> = read
            .places
            .iter()
            .filter(|p| !p.travel && facts.background_from.is_none_or(|b| p.at < b))
            .filter_map(|p| p.admin1_id)
            .collect();
        let current = incidents.last();
        let new_province = current.is_some_and(|c| {
            !c.provinces.is_empty()
                && !provinces.is_empty()
                && provinces.iter().all(|p| !c.provinces.contains(p))
        });
        let type_change = match (own_type, current.and_then(|c| c.event)) {
            (Some((t, s)), Some(c)) => s >= Strength::Medium && !compatible(c, t),
            _ => false,
        };
        // Context: words that say so, a tally over days or years, an event dated before the
        // article's first incident, or another place or kind of event right after context.
        let earlier = match (own_date, first_date) {
            (Some((d, p)), Some((first, fp))) => {
                let slack = if fp == DatePrecision::Day && p == DatePrecision::Day {
                    1
                } else {
                    7
                };
                days_between(d, first) > slack
            }
            _ => false,
        };
        // A bare year before the publication's, or the publication's own year once an incident
        // is open ("105 police personnel were martyred in attacks in 2022"): a tally.
        let year_tally = facts.dates.iter().any(|d| match (d.word, published) {
            (DateWordAt::Year(y), Some(p)) => {
                y < p.year() || (y == p.year() && !incidents.is_empty())
            }
            _ => false,
        });
        let continues_context = last_was_background
            && (new_province || type_change || facts.refers_back)
            && (last_background_types.is_empty()
                || own_type.is_some_and(|(t, _)| {
                    last_background_types
                        .iter()
                        .any(|b| compatible(*b, t) && *b != EventType::Other)
                }));
        // Only when the sentence's strong kind of event was told as context before (no
        // allocation per sentence otherwise).
        let recalls_context = own_type.is_some_and(|(t, s)| {
            s == Strength::Strong && t != EventType::Other && context_events.contains(&t)
        }) && {
            let own_districts = || {
                read.places
                    .iter()
                    .filter(|p| !p.travel && facts.background_from.is_none_or(|b| p.at < b))
                    .filter_map(|p| p.admin2)
            };
            own_districts().next().is_some()
                && own_districts().all(|d| context_places.contains(&d))
                && incidents.last().is_none_or(|cur| {
                    !cur.parts.iter().any(|p| {
                        p.places
                            .iter()
                            .any(|h| h.admin2.is_some_and(|d| own_districts().any(|o| o == d)))
                    })
                })
        };
        // "Last week, the TTP claimed a raid …" opening a sentence once an incident is open: the
        // article looks back, at context.
        // So does "Two days ago, 12 security officials embraced martyrdom …".
        let looks_back = !incidents.is_empty()
            && facts.dates.first().is_some_and(|d| {
                d.token == 0 && matches!(d.word, DateWordAt::WeekAgo | DateWordAt::DaysAgo(2..))
            });
        // "About 4,000 rockets have been fired since the beginning of the year. Ten civilians have
        // been killed and 29 others injured, Wasifi said.": figures with no event, place or day of
        // their own, right after a sentence of context in its paragraph, once an incident is open,
        // are that context's.
        let bare_continuation = !incidents.is_empty()
            && last_was_background
            && whole_context_paragraph == Some(read.paragraph)
            && has_figures
            && facts.events.is_empty()
            && read.places.iter().all(|p| p.travel)
            && facts.dates.iter().all(|d| d.statement);
        // "At least 12 terrorists were killed in an operation on February 7 … The law enforcing
        // agencies destroyed the vehicle, due to which 12 terrorists were killed": the same
        // figure as context told before is that context again.
        let key = |f: &Figure| {
            f.total
                .map(|t| (f.measure, t.nominal(), f.groups.first().map(|(g, _)| *g)))
        };
        let repeats_context = !incidents.is_empty()
            && has_figures
            && !context_figures.is_empty()
            && facts
                .figures
                .iter()
                .filter_map(key)
                .all(|k| context_figures.contains(&k));
        // "A day earlier, two terrorists were killed in Khyber. ¶ On Wednesday, two soldiers
        // were martyred in Lakki Marwat.": after a sentence of context, one fronted by a day of
        // its own in a district the incident has not named goes on with the round-up.
        let fronted_day = facts
            .dates
            .first()
            .is_some_and(|d| d.token <= 1 && !d.statement);
        let new_district = || {
            let mut own = read
                .places
                .iter()
                .filter(|p| !p.travel)
                .filter_map(|p| p.admin2)
                .peekable();
            own.peek().is_some()
                && own.all(|d| {
                    current.is_none_or(|c| {
                        !c.parts.iter().any(|part| {
                            part.places.iter().any(|h| !h.travel && h.admin2 == Some(d))
                        })
                    })
                })
        };
        let roundup = last_whole_background && fronted_day && new_district();
        // "Eight terrorists were also killed in clashes in the Tirah valley of Khyber": more dead
        // in a district the incident has not named are another incident's, not more of its own.
        let also_elsewhere = has_figures
            && facts.figures.iter().any(|f| f.also)
            && current.is_some_and(|c| {
                c.parts
                    .iter()
                    .any(|part| part.places.iter().any(|h| !h.travel && h.admin2.is_some()))
            })
            && new_district();
        // "On July 21, a suicide attack … Four policemen and three civilians had been killed in
        // the suicide bombing.": the past perfect, in the paragraph of context, goes on with it.
        let perfect_after_context = !incidents.is_empty()
            && last_was_background
            && whole_context_paragraph == Some(read.paragraph)
            && facts.past_perfect;
        // "Close to 1,100 suspected terrorists have so far been killed since … Around 90 soldiers
        // also lost their lives in the operation.": more dead "also" told right after a sentence
        // of context, in its paragraph, are that context's.
        let also_after_context = !incidents.is_empty()
            && last_whole_background
            && whole_context_paragraph == Some(read.paragraph)
            && facts.figures.iter().any(|f| f.also);
        let background = facts.background
            || roundup
            || perfect_after_context
            || also_after_context
            || bare_continuation
            || repeats_context
            || looks_back
            || facts.span_of_days
            || year_tally
            || earlier
            || continues_context
            || recalls_context;
        // Remember the context's kinds of event and districts.
        {
            let from = if background {
                Some(read.span.start)
            } else {
                facts.background_from
            };
            if let Some(from) = from {
                if background {
                    if let Some((t, _)) = own_type {
                        context_events.push(t);
                    }
                } else {
                    context_events.extend(facts.background_events.iter().filter_map(|w| match w {
                        EventWord::Type(t) => Some(*t),
                        _ => None,
                    }));
                }
                context_places.extend(
                    read.places
                        .iter()
                        .filter(|p| !p.travel && p.at >= from)
                        .filter_map(|p| p.admin2),
                );
                // Bounded, so that every sentence's check stays constant-time (linear overall).
                if context_events.len() > CONTEXT_MEMORY {
                    context_events.drain(..context_events.len() - CONTEXT_MEMORY);
                }
                if context_places.len() > CONTEXT_MEMORY {
                    context_places.drain(..context_places.len() - CONTEXT_MEMORY);
                }
            }
        }
        last_whole_background = background;
        if background {
            last_was_background = true;
            whole_context_paragraph = Some(read.paragraph);
            context_figures.extend(facts.figures.iter().filter_map(key));
            if context_figures.len() > CONTEXT_MEMORY {
                context_figures.drain(..context_figures.len() - CONTEXT_MEMORY);
            }
            last_background_types.clear();
            if balance() > 0 {
                context_quote = Some(read.paragraph);
            }
            if has_figures {
                diagnostics.push(Diagnostic {
                    span: read.span.clone(),
                    message: "figures read as context (an earlier event, a trigger or a tally), not an incident of the article".into(),
                });
            }
            continue;
        }
        // "The strikes came two days after a suicide bombing …": the next sentence may go on
        // about the context.
        last_was_background = facts.background_from.is_some();
        last_background_types = facts
            .background_events
            .iter()
            .map(|w| match w {
                EventWord::Type(t) => *t,
                EventWord::AirIfState => EventType::Bombing,
                EventWord::Firing => EventType::ArmedAttack,
                EventWord::Exchange => EventType::ArmedClash,
                EventWord::StrikeIfState => EventType::Other,
            })
            .collect();
        let parts = split_clauses(index, read, facts);
        for part in parts {
            let part_has_figures = !part.figures.is_empty();
            let placed = part
                .places
                .iter()
                .any(|p| !p.travel && p.level != Level::Country);
            // A heading ("f) October 15–18, 2025: drone strikes on Kabul and Spin Boldak") names
            // what follows; it does not report an incident of its own.
            let heading = is_heading(text, read);
            let standalone = part_has_figures
                || (has_event && !attribution && !heading && placed && own_date.is_some());
            let open_new = match incidents.last() {
                None => standalone,
                Some(cur) => {
                    let place_change = !cur.provinces.is_empty()
                        && !part.provinces.is_empty()
                        && part.provinces.iter().all(|p| !cur.provinces.contains(p))
                        && (cur.has_figures || cur.event.is_some());
                    let date_change = match (own_date, cur.date) {
                        (Some((d, dp)), Some((c, cp))) if !cur.date_is_default => {
                            let fine = |p: DatePrecision| {
                                matches!(p, DatePrecision::Day | DatePrecision::Week)
                            };
                            if fine(dp) && fine(cp) {
                                days_between(c, d).abs() > 1
                            } else {
                                (d.year(), d.month()) != (c.year(), c.month())
                            }
                        }
                        _ => false,
                    };
                    (place_change && (part_has_figures || own_date.is_some()))
                        || (date_change && standalone)
                        || (type_change && (part_has_figures || has_event))
                        || (part.split && part_has_figures)
                        || (facts.separate && standalone && !cur.parts.is_empty())
                        || (also_elsewhere && part_has_figures)
                }
            };
            if !open_new && (incidents.is_empty() || heading) {
                // Nothing to join yet: keep it for the incident that may open next.
                if pending.len() >= 3 {
                    pending.remove(0);
                }
                pending.push(part);
                continue;
            }
            if open_new {
                let previous = incidents.last().map(|b| (b.date, b.event));
                let own_pending_date = pending_date
                    .filter(|(paragraph, _)| read.paragraph == *paragraph)
                    .map(|(_, d)| d);
                let date = own_date.or(own_pending_date);
                let mut building = Building {
                    date: date.or(previous.and_then(|p| p.0)),
                    date_is_default: date.is_none(),
                    ..Building::default()
                };
                if building.date.is_none() {
                    building.date = published.map(|p| (p, DatePrecision::Week));
                }
                // Only "attacks", "strikes": the kind of the incident before.
                if own_type.is_none() {
                    building.event = previous.and_then(|p| p.1);
                }
                let own_places = !part.provinces.is_empty();
                for mut early in pending.drain(..) {
                    early.early = true;
                    if !own_places {
                        building.provinces.extend(early.provinces.iter().copied());
                        if building.principal.is_none() {
                            building.principal = early.provinces.iter().next().copied();
                        }
                    }
                    if let Some(r) = reads.get(early.read) {
                        if building.event.is_none() {
                            building.event = sentence_type(&r.facts).map(|(t, _)| t);
                        }
                        if building.date_is_default
                            && let Some(d) = sentence_event_date(&r.facts, published, None)
                        {
                            building.date = Some(d);
                            building.date_is_default = false;
                        }
                    }
                    building.parts.push(early);
                }
                incidents.push(building);
            }
            pending.clear();
            pending_date = None;
            let Some(building) = incidents.last_mut() else {
                continue;
            };
            if let Some(d) = own_date
                && (building.date_is_default
                    || building
                        .date
                        .is_none_or(|(_, p)| precision_rank(d.1) < precision_rank(p)))
            {
                building.date = Some(d);
                building.date_is_default = false;
            }
            if building.event.is_none() || matches!(building.event, Some(EventType::Other)) {
                building.event = own_type.map(|(t, _)| t).or(building.event);
            }
            building.has_figures |= part_has_figures;
            if building.principal.is_none() {
                building.principal = part.provinces.iter().next().copied();
            }
            building.provinces.extend(part.provinces.iter().copied());
            building.parts.push(part);
        }
    }
    // The article's kind of event, for incidents whose own words say only "attack".
    let article_type = reads
        .iter()
        .filter(|r| !r.facts.background)
        .find_map(|r| sentence_type(&r.facts).map(|(t, _)| t));
    let mut out = Vec::new();
    let mut previous: Option<(model::Date, DatePrecision)> = None;
    let mut previous_type: Option<EventType> = None;
    let mut previous_perpetrator: Option<String> = None;
    // The sentences after each incident's own and before the next incident's: "The BLA has
    // since claimed responsibility for the attack" three paragraphs on.
    let starts: Vec<usize> = incidents
        .iter()
        .map(|b| {
            b.parts
                .iter()
                .filter(|p| !p.early)
                .map(|p| p.read)
                .min()
                .unwrap_or(reads.len())
        })
        .collect();
    for (index, building) in incidents.iter_mut().enumerate() {
        let after = building.parts.iter().map(|p| p.read + 1).max().unwrap_or(0);
        let next = starts.get(index + 1).copied().unwrap_or(reads.len());
        building.tail = after..next.max(after);
    }
    for building in &incidents {
        if let Some(mut incident) = finish(
            building,
            reads,
            text,
            article,
            published,
            previous,
            previous_type.or(article_type),
        ) {
            // "Air strikes also hit border areas of Kunar and Paktika": an incident of the same
            // kind as the one before, naming no one, is alleged of the same party.
            if incident.perpetrator.is_none() && previous_type == Some(incident.event_type) {
                incident.perpetrator = previous_perpetrator.clone();
            }
            previous = incident.event_date().map(|d| (d.date(), d.precision()));
            previous_type = Some(incident.event_type);
            previous_perpetrator = incident.perpetrator.clone();
            out.push(incident);
        }
    }
    out
}

/// Whether a sentence is a heading: a whole paragraph of one line that does not end like a
/// sentence.
fn is_heading(text: &str, read: &Read) -> bool {
    let sentence = text.get(read.span.clone()).unwrap_or("").trim_end();
    !sentence.ends_with(['.', '!', '?', '"', '”', '’', ')']) && sentence.len() < 160
}

fn precision_rank(p: DatePrecision) -> u8 {
    match p {
        DatePrecision::Day => 0,
        DatePrecision::Week => 1,
        DatePrecision::Month => 2,
        DatePrecision::Year => 3,
    }
}

/// Splits a sentence at "while" or ";" when its clauses name different provinces and each has
/// figures ("three children were killed in Khost, while six were wounded in Nangarhar").
fn split_clauses(index: usize, read: &Read, facts: &Facts) -> Vec<Part> {
    // Places named after "follows a …" belong to the context.
    let places: Vec<PlaceHit> = read
        .places
        .iter()
        .filter(|p| facts.background_from.is_none_or(|b| p.at < b))
        .cloned()
        .collect();
    let whole = || Part {
        early: false,
        split: false,
        read: index,
        figures: facts.figures.clone(),
        provinces: places
            .iter()
            .filter(|p| !p.travel)
            .filter_map(|p| p.admin1_id)
            .collect(),
        places: places.clone(),
    };
    if facts.clause_breaks.is_empty() || facts.figures.len() < 2 {
        return vec![whole()];
    }
    let byte_of = |token: usize| {
        facts
            .token_spans
            .get(token)
            .map_or(read.span.end, |s| s.start)
    };
    let mut bounds: Vec<usize> = facts.clause_breaks.iter().map(|&t| byte_of(t)).collect();
    bounds.insert(0, read.span.start);
    bounds.push(read.span.end);
    let mut parts = Vec::new();
    for pair in bounds.windows(2) {
        let (lo, hi) = (pair[0], pair[1]);
        let figures: Vec<Figure> = facts
            .figures
            .iter()
            .filter(|f| {
                let at = byte_of(f.tokens.start);
                lo <= at && at < hi
            })
            .cloned()
            .collect();
        let places: Vec<PlaceHit> = places
            .iter()
            .filter(|p| lo <= p.at && p.at < hi)
            .cloned()
            .collect();
        parts.push(Part {
            early: false,
            split: !parts.is_empty(),
            read: index,
            provinces: places
                .iter()
                .filter(|p| !p.travel)
                .filter_map(|p| p.admin1_id)
                .collect(),
            figures,
            places,
        });
    }
    let provinces: Vec<&BTreeSet<&'static str>> = parts
        .iter()
        .filter(|p| !p.figures.is_empty())
        .map(|p| &p.provinces)
        .collect();
    let differ = provinces.len() >= 2
        && provinces.iter().all(|p| !p.is_empty())
        && provinces.windows(2).any(|w| w[0] != w[1]);
    if !differ {
        return vec![whole()];
    }
    // Clauses without figures go with the clause before them.
    let mut merged: Vec<Part> = Vec::new();
    for part in parts {
        match merged.last_mut() {
            Some(last) if part.figures.is_empty() => {
                last.places.extend(part.places);
                last.provinces.extend(part.provinces);
            }
            _ => merged.push(part),
        }
    }
    // Each clause with figures after the first is another incident.
    let mut seen_figures = false;
    for part in &mut merged {
        part.split = seen_figures && !part.figures.is_empty();
        seen_figures |= !part.figures.is_empty();
    }
    merged
}

/// A claim being put together.
#[derive(Clone, Debug)]
struct ClaimBuild {
    voice: Voice,
    attackers: bool,
    killed: Option<Count>,
    injured: Option<Count>,
    groups: Vec<(Group, Count)>,
}

impl ClaimBuild {
    fn total(&self, measure: Measure) -> Option<Count> {
        match measure {
            Measure::Killed => self.killed,
            Measure::Injured => self.injured,
        }
    }

    fn total_mut(&mut self, measure: Measure) -> &mut Option<Count> {
        match measure {
            Measure::Killed => &mut self.killed,
            Measure::Injured => &mut self.injured,
        }
    }

    fn conflicts(&self, figure: &Figure) -> bool {
        if let (Some(a), Some(b)) = (self.total(figure.measure), figure.total)
            && a.nominal() != b.nominal()
        {
            return true;
        }
        // "Eight militants were killed … The firefight also claimed the lives of eight security
        // personnel": each side's dead of a clash, not one figure told twice.
        let has = |groups: &[(Group, Count)], g: Group| groups.iter().any(|(h, _)| *h == g);
        let one_side = |groups: &[(Group, Count)], g: Group, other: Group| {
            has(groups, g) && !has(groups, other)
        };
        let (comb, sec) = (Group::Combatants, Group::SecurityForces);
        let other_side = (one_side(&figure.groups, sec, comb) && one_side(&self.groups, comb, sec))
            || (one_side(&figure.groups, comb, sec) && one_side(&self.groups, sec, comb));
        figure.measure == Measure::Killed
            && (other_side
                || figure.groups.iter().any(|(g, c)| {
                    self.groups
                        .iter()
                        .any(|(h, d)| h == g && d.nominal() != c.nominal())
                }))
    }

    fn merge(&mut self, figure: &Figure) {
        if self.total(figure.measure).is_none() {
            *self.total_mut(figure.measure) = figure.total;
        }
        if figure.measure == Measure::Killed {
            for (g, c) in &figure.groups {
                if !self.groups.iter().any(|(h, _)| h == g) {
                    self.groups.push((*g, *c));
                }
            }
        }
    }
}

fn finish(
    building: &Building,
    reads: &[Read],
    text: &str,
    article: Option<&str>,
    published: Option<model::Date>,
    previous: Option<(model::Date, DatePrecision)>,
    previous_type: Option<EventType>,
) -> Option<DraftIncident> {
    let part_reads: Vec<&Read> = building
        .parts
        .iter()
        .filter_map(|p| reads.get(p.read))
        .collect();
    // Perpetrator.
    let perpetrator = perpetrator(building, reads);
    // Event type.
    let mut event = None;
    for read in &part_reads {
        if let Some((t, Strength::Strong)) = sentence_type(&read.facts) {
            event = Some(t);
            break;
        }
    }
    if event.is_none() {
        let medium = || {
            part_reads
                .iter()
                .flat_map(|r| r.facts.events.iter())
                .filter(|e| e.strength == Strength::Medium)
                .filter_map(|e| match e.word {
                    EventWord::AirIfState if !matches!(perpetrator, Some((Party::Pak, _))) => {
                        Some(EventType::Bombing)
                    }
                    other => plain_type(other),
                })
        };
        // Rockets fired in an armed attack by no state (see `sentence_type`) are its weapons.
        let state = matches!(perpetrator, Some((_, ActorKind::State)));
        let attack = medium().any(|t| t == EventType::ArmedAttack);
        event = medium()
            .filter(|t| state || !attack || *t != EventType::Shelling)
            .min_by_key(|t| medium_rank(*t));
    }
    let firing = part_reads
        .iter()
        .flat_map(|r| r.facts.events.iter())
        .any(|e| e.word == EventWord::Firing);
    let exchange = part_reads
        .iter()
        .flat_map(|r| r.facts.events.iter())
        .any(|e| e.word == EventWord::Exchange);
    if event.is_none() && exchange {
        let border = part_reads.iter().any(|r| {
            text.get(r.span.clone())
                .is_some_and(|t| t.to_ascii_lowercase().contains("border"))
        });
        event = Some(if border {
            EventType::CrossBorderFire
        } else {
            EventType::ArmedClash
        });
    }
    // Places.
    let (country, admin1, admin2, location) = place_of(building);
    let state_perpetrator = matches!(
        perpetrator,
        Some((Party::Pak | Party::Taliban, ActorKind::State))
    ) || matches!(perpetrator, Some((Party::Other, ActorKind::State)));
    let fired_across = |country: Option<&str>| {
        matches!(
            (perpetrator, country),
            (Some((Party::Pak, _)), Some("AFG"))
                | (Some((Party::Taliban | Party::Other, _)), Some("PAK"))
        )
    };
    event = match event {
        Some(EventType::Shelling) if state_perpetrator && fired_across(country.as_deref()) => {
            Some(EventType::CrossBorderFire)
        }
        None if firing && state_perpetrator && fired_across(country.as_deref()) => {
            Some(EventType::CrossBorderFire)
        }
        None if firing => Some(EventType::ArmedAttack),
        other => other,
    };
    // "Pakistani strikes on Urgun and Barmal districts killed …": Pakistan's strikes in
    // Afghanistan, with no other word for their kind and no incident before to take it from, are
    // air strikes (every such incident of the gold set is an air or drone strike).
    let state_strike = part_reads
        .iter()
        .flat_map(|r| r.facts.events.iter())
        .any(|e| e.word == EventWord::StrikeIfState)
        && matches!(perpetrator, Some((Party::Pak, ActorKind::State)))
        && country.as_deref() != Some("PAK");
    let event_type = event
        .or(previous_type)
        .or(state_strike.then_some(EventType::AirStrike))
        .unwrap_or(EventType::Other);
    // Fire exchanged after unnamed militants attacked a post or garrison ("militants launched an
    // attack on the garrison ... in ensuing exchange of fire") is their armed attack; without
    // such an attack it is a clash, and they are one side of it, not an alleged attacker.
    let unnamed = matches!(perpetrator, Some((Party::Unknown, _)));
    let attacked = || {
        part_reads.iter().any(|r| {
            text.get(r.span.clone()).is_some_and(|t| {
                let t = t.to_ascii_lowercase();
                t.contains("attack on") || t.contains(" attacked") || {
                    t.contains("launched") && t.contains("attack")
                }
            })
        })
    };
    let event_type = match event_type {
        EventType::ArmedClash if unnamed && attacked() => EventType::ArmedAttack,
        other => other,
    };
    let unnamed_side = event_type == EventType::ArmedClash && unnamed;
    // Date: the most precise the parts give; between days, the earliest (a later one is most
    // often the day of the report).
    let mut date: Option<(model::Date, DatePrecision)> = None;
    for read in &part_reads {
        if let Some(d) = sentence_event_date(&read.facts, published, previous) {
            date = match date {
                None => Some(d),
                Some(cur) if precision_rank(d.1) < precision_rank(cur.1) => Some(d),
                Some(cur)
                    if d.1 == cur.1
                        && d.1 == DatePrecision::Day
                        && d.0 < cur.0
                        && days_between(d.0, cur.0) <= 1 =>
                {
                    Some(d)
                }
                keep => keep,
            };
        }
    }
    if date.is_none() && !building.date_is_default {
        date = building.date;
    }
    if date.is_none() {
        date = part_reads.iter().find_map(|r| {
            r.facts
                .dates
                .iter()
                .filter(|d| d.statement)
                .find_map(|d| resolve_date(d.word, published, previous))
                .map(|(d, _)| (d, DatePrecision::Week))
        });
    }
    if date.is_none() {
        // An incident with no date of its own takes the incident before it's, rather than the
        // publication day ("Earlier in the day, …" after the ISPR's Tuesday).
        let own = if building.date_is_default {
            previous.or(building.date)
        } else {
            building.date.or(previous)
        };
        date = own.or_else(|| published.map(|p| (p, DatePrecision::Week)));
    }
    // Claims.
    let republic_until =
        model::Date::new(REPUBLIC_UNTIL.0, REPUBLIC_UNTIL.1, REPUBLIC_UNTIL.2).ok();
    let before_takeover = matches!((date, republic_until), (Some((d, _)), Some(r)) if d < r);
    let claims = claims_of(building, reads, perpetrator.map(|p| p.0), before_takeover);
    let has_figures = claims.iter().any(|c| !c.is_empty());
    let placed = admin1.is_some() || location.is_some();
    let dated = part_reads
        .iter()
        .any(|r| r.facts.dates.iter().any(|d| !d.statement));
    if !(has_figures || placed && dated) {
        return None;
    }
    // Country: the place's; else the victims' (soldiers of a party); else the side a strike hit.
    let country = country
        .or_else(|| victims_country(building, reads, perpetrator.map(|p| p.0)))
        .or_else(|| match (perpetrator, event_type) {
            (
                Some((Party::Pak, _)),
                EventType::AirStrike
                | EventType::DroneStrike
                | EventType::Shelling
                | EventType::CrossBorderFire,
            ) => Some("AFG".to_owned()),
            (Some((Party::Taliban, _)), _) => Some("PAK".to_owned()),
            (
                Some((Party::Ttp | Party::Bla | Party::Iskp | Party::Other | Party::Unknown, _)),
                _,
            ) => Some("PAK".to_owned()),
            _ => None,
        })
        .unwrap_or_else(|| "AFG".to_owned());
    let perpetrator_code = perpetrator.filter(|_| !unnamed_side).map(|(party, kind)| {
        if party == Party::Taliban && kind == ActorKind::State && before_takeover {
            Party::Other.code().to_owned()
        } else {
            party.code().to_owned()
        }
    });
    let evidence: Vec<String> = building
        .parts
        .iter()
        .filter(|p| !p.figures.is_empty())
        .filter_map(|p| reads.get(p.read))
        .map(|r| {
            let sentence = text.get(r.span.clone()).unwrap_or("");
            // Fold line breaks and runs of spaces only where there are any.
            if sentence.contains(['\n', '\r', '\t']) || sentence.contains("  ") {
                sentence.split_whitespace().collect::<Vec<_>>().join(" ")
            } else {
                sentence.to_owned()
            }
        })
        .fold(Vec::new(), |mut acc, s| {
            if !acc.contains(&s) {
                acc.push(s);
            }
            acc
        });
    let (date_text, precision) = match date {
        Some((d, DatePrecision::Month)) => (
            Some(format!("{:04}-{:02}", d.year(), d.month())),
            Some(DatePrecision::Month),
        ),
        Some((d, p)) => (Some(d.to_string()), Some(p)),
        None => (None, None),
    };
    Some(DraftIncident {
        article: article.map(str::to_owned),
        date: date_text,
        date_precision: precision,
        country,
        admin1,
        admin2,
        location,
        event_type,
        perpetrator: perpetrator_code,
        claims,
        evidence,
    })
}

fn perpetrator(building: &Building, reads: &[Read]) -> Option<(Party, ActorKind)> {
    let tail = reads.get(building.tail.clone()).unwrap_or_default();
    let part_reads: Vec<&Read> = building
        .parts
        .iter()
        .filter_map(|p| reads.get(p.read))
        .collect();
    if let Some(party) = part_reads
        .iter()
        .copied()
        .chain(
            tail.iter()
                .filter(|r| !r.facts.background && !r.facts.responsibility_elsewhere),
        )
        .find_map(|r| r.facts.responsibility)
    {
        return Some((party, ActorKind::Group));
    }
    // A party's denial does not take away another's allegation; the denying sentence itself
    // gives no actor (see `sentence::Facts::denied`).
    let strike = matches!(
        building.event,
        Some(
            EventType::AirStrike
                | EventType::DroneStrike
                | EventType::Shelling
                | EventType::CrossBorderFire
                | EventType::ArmedClash
        )
    );
    let rank = |kind: ActorKind| -> u8 {
        match (kind, strike) {
            (ActorKind::State, true) => 0,
            (ActorKind::Group, true) => 1,
            (ActorKind::Group, false) => 0,
            (ActorKind::State, false) => 1,
            (ActorKind::Unknown, _) => 2,
            (ActorKind::Forces, _) => 3,
        }
    };
    // "Mujahid accused Pakistani forces of attacks"; "the Afghan Taliban attacked four
    // locations, the army said": each side, in its own voice, blames the other.
    let blames = |party: Party| {
        part_reads.iter().find_map(|r| {
            r.facts
                .actors
                .iter()
                .any(|a| a.party == party && a.kind == ActorKind::State)
                .then(|| r.voice.clone())
        })
    };
    if let (Some(by_pak), Some(by_taliban)) = (blames(Party::Taliban), blames(Party::Pak))
        && by_pak == Voice::Named("PAK".into())
        && matches!(&by_taliban, Voice::Named(code) if &**code == "TALIBAN" || &**code == AFGHAN_STATE)
    {
        return None;
    }
    let mut best: Option<(u8, Party, ActorKind)> = None;
    for read in &part_reads {
        for actor in &read.facts.actors {
            if actor.kind == ActorKind::Forces && building.event != Some(EventType::ArmedClash) {
                continue;
            }
            let non_state_event = matches!(
                building.event,
                Some(EventType::SuicideBombing | EventType::Bombing | EventType::ArmedAttack)
                    | None
            );
            if actor.kind == ActorKind::Unknown && !non_state_event {
                continue;
            }
            let r = rank(actor.kind);
            if best.is_none_or(|(b, _, _)| r < b) {
                best = Some((r, actor.party, actor.kind));
            }
        }
    }
    if let Some((r, party, kind)) = best
        && r == 0
    {
        return Some((party, kind));
    }
    // "the bomber was affiliated with the Hafiz Gul Bahadur Group".
    if let Some(party) = part_reads
        .iter()
        .flat_map(|r| r.facts.affiliations.iter())
        .next()
    {
        return Some((*party, ActorKind::Group));
    }
    if let Some((_, party, kind)) = best {
        return Some((party, kind));
    }
    // An attack by people (a suicide bomber, gunmen) has an attacker, named or not; a blast the
    // text attributes to no one ("a bomb went off near a police van") has none, unless the text
    // says no group has claimed it.
    let bomber = part_reads.iter().any(|r| {
        r.facts
            .events
            .iter()
            .any(|e| e.word == EventWord::Type(EventType::SuicideBombing))
    });
    let non_state = bomber
        || matches!(
            building.event,
            Some(EventType::SuicideBombing | EventType::ArmedAttack)
        );
    // "No group has claimed responsibility.": a sentence of its own, among or just after the
    // incident's.
    let unclaimed = match (building.parts.first(), building.parts.last()) {
        (Some(first), Some(last)) => reads
            .iter()
            .take(last.read + 3)
            .skip(first.read)
            .any(|r| r.facts.unclaimed),
        _ => false,
    };
    (non_state || unclaimed).then_some((Party::Unknown, ActorKind::Unknown))
}

fn place_of(
    building: &Building,
) -> (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
) {
    let mut country: Option<model::CountryCode> = None;
    let mut admin1_id: Option<&str> = None;
    let mut admin1: Option<&str> = None;
    let mut admin2: Option<&str> = None;
    let mut location: Option<&str> = None;
    // The incident's own sentences with figures in one province first (they name the scene of
    // the harm: "new strikes in Nangarhar and Khost … three children were killed in Khost's
    // Spera district"), then its other sentences; what was taken in from before it (a heading)
    // last.
    let ordered = building
        .parts
        .iter()
        .filter(|p| !p.early && !p.figures.is_empty() && p.provinces.len() == 1)
        .chain(
            building
                .parts
                .iter()
                .filter(|p| !p.early && (p.figures.is_empty() || p.provinces.len() != 1)),
        )
        .chain(building.parts.iter().filter(|p| p.early));
    for part in ordered {
        let usable: Vec<&PlaceHit> = part.places.iter().filter(|p| !p.travel).collect();
        if usable.is_empty() {
            continue;
        }
        // A province named in the sentence settles the country of the others: "the Jani Khel
        // area of Bannu district in Khyber Pakhtunkhwa" is not the Afghan district Jani Khel.
        let province_country = usable
            .iter()
            .find(|p| p.level == Level::Admin1)
            .map(|p| p.country);
        let usable: Vec<&PlaceHit> = match province_country {
            Some(c) => usable.into_iter().filter(|p| p.country == c).collect(),
            None => usable,
        };
        let districts: BTreeSet<&str> = usable.iter().filter_map(|p| p.admin2).collect();
        if admin1.is_none() {
            let best = usable
                .iter()
                .find(|p| matches!(p.level, Level::Admin2 | Level::Populated | Level::Crossing))
                .or_else(|| usable.iter().find(|p| p.level == Level::Admin1))
                .or_else(|| usable.first());
            let Some(best) = best else { continue };
            country = Some(best.country);
            if best.level == Level::Country {
                continue;
            }
            admin1_id = best.admin1_id;
            admin1 = best.admin1;
            if districts.len() < 3 {
                admin2 = best.admin2;
                location = best.location;
            }
            continue;
        }
        // Later sentences may add the district of the province already known.
        if admin2.is_none()
            && districts.len() == 1
            && let Some(p) = usable
                .iter()
                .find(|p| p.admin2.is_some() && p.admin1_id == admin1_id)
        {
            admin2 = p.admin2;
            if location.is_none() {
                location = p.location;
            }
        }
    }
    let own = |s: Option<&str>| s.map(str::to_owned);
    (
        country.map(|c| c.to_string()),
        own(admin1),
        own(admin2),
        own(location),
    )
}

fn victims_country(
    building: &Building,
    reads: &[Read],
    perpetrator: Option<Party>,
) -> Option<String> {
    for part in &building.parts {
        let Some(read) = reads.get(part.read) else {
            continue;
        };
        for figure in &part.figures {
            if let Side::Party(p) = figure.side
                && Some(p) != perpetrator
            {
                return match p {
                    Party::Pak => Some("PAK".to_owned()),
                    Party::Taliban => Some("AFG".to_owned()),
                    _ => None,
                };
            }
        }
        let _ = read;
    }
    None
}

/// A voice code for the Afghan state's ministries, governors and officials (speakers.tsv): the
/// Taliban's after 15 August 2021, the Islamic Republic's (the article's voice) before it.
const AFGHAN_STATE: &str = "AFGHAN_STATE";

fn claims_of(
    building: &Building,
    reads: &[Read],
    perpetrator: Option<Party>,
    before_takeover: bool,
) -> Vec<DraftClaim> {
    let mut claims: Vec<ClaimBuild> = Vec::new();
    let several_provinces = building.provinces.len() > 1;
    let principal = building.principal;
    let mut last_claim_for_measure: [Option<usize>; 2] = [None, None];
    let mut last_measure: Option<Measure> = None;
    for part in &building.parts {
        let Some(read) = reads.get(part.read) else {
            continue;
        };
        let voice = match &read.voice {
            Voice::Named(code) if &**code == AFGHAN_STATE && before_takeover => Voice::Article,
            Voice::Named(code) if &**code == AFGHAN_STATE => Voice::Named("TALIBAN".into()),
            voice => voice.clone(),
        };
        let voice_party = match &voice {
            Voice::Named(code) => match &**code {
                "PAK" => Some(Party::Pak),
                "TALIBAN" => Some(Party::Taliban),
                "TTP" => Some(Party::Ttp),
                "BLA" => Some(Party::Bla),
                _ => None,
            },
            _ => None,
        };
        // A figure for one of several provinces other than the first is a part of the total,
        // not another claim.
        let narrower = several_provinces
            && !part.provinces.is_empty()
            && principal.is_some_and(|p| !part.provinces.contains(p));
        // A sentence with a new toll ("increased to eight, following the deaths of three"): its
        // other figures of the same kind are parts of it.
        let update_in_part = part.figures.iter().find(|f| f.update).map(|f| f.measure);
        // Figures of one voice that add up to a toll already given ("six in Paktika … two in
        // Khost" of eight), or to less ("six bodies were received at the LRH while three were
        // received at the Hayatabad Medical Complex" of eleven), are its parts.
        let part_sum: u32 = part
            .figures
            .iter()
            .filter(|f| f.measure == Measure::Killed && !f.is_breakdown())
            .filter_map(|f| f.total.map(|t| t.nominal()))
            .sum();
        let part_count = part
            .figures
            .iter()
            .filter(|f| f.measure == Measure::Killed && !f.is_breakdown())
            .count();
        // Less than the toll only when the parts name nobody (not "12 militants and 4 bombers"
        // after a toll of their victims).
        let plain_parts = part
            .figures
            .iter()
            .filter(|f| f.measure == Measure::Killed && !f.is_breakdown())
            .all(|f| f.side == Side::Unsaid && f.groups.is_empty());
        let sums_to_existing = part_count >= 2
            && claims.iter().any(|c| {
                c.voice == voice
                    && c.killed.is_some_and(|k| {
                        part_sum == k.nominal() || (part_sum < k.nominal() && plain_parts)
                    })
            });
        for figure in &part.figures {
            let attackers = match figure.side {
                Side::Attackers => perpetrator != Some(Party::Pak),
                Side::Party(p) => Some(p) == perpetrator,
                Side::Own => voice_party.is_some() && voice_party == perpetrator,
                Side::Unsaid => false,
            };
            let slot = if figure.measure == Measure::Killed {
                0
            } else {
                1
            };
            let follows_same_measure = last_measure == Some(figure.measure);
            last_measure = Some(figure.measure);
            if sums_to_existing && figure.measure == Measure::Killed && !figure.is_breakdown() {
                continue;
            }
            if update_in_part == Some(figure.measure) && !figure.update && !figure.is_breakdown() {
                continue;
            }
            // "N others", "also": added to the figure before of the same kind and voice (a figure
            // that says no side goes with it whichever side that was).
            // Only fighters join fighters' dead ("Seventeen militants were killed … four people …
            // were also killed … one security official was also killed").
            let not_fighters = !figure.groups.iter().any(|(g, _)| *g == Group::Combatants);
            if figure.additive
                && follows_same_measure
                && let Some(index) = last_claim_for_measure[slot]
                && let Some(claim) = claims.get_mut(index)
                && claim.voice == voice
                && (claim.attackers == attackers || figure.side == Side::Unsaid)
                && !(not_fighters && claim.groups.iter().any(|(g, _)| *g == Group::Combatants))
                && let (Some(a), Some(b)) = (claim.total(figure.measure), figure.total)
            {
                *claim.total_mut(figure.measure) = Some(add(a, b));
                if figure.measure == Measure::Killed {
                    for (g, c) in &figure.groups {
                        match claim.groups.iter_mut().find(|(h, _)| h == g) {
                            Some((_, d)) => *d = add(*d, *c),
                            None => claim.groups.push((*g, *c)),
                        }
                    }
                }
                continue;
            }
            // Latest first: a figure joins the claim its sentence is building.
            let same: Vec<usize> = claims
                .iter()
                .enumerate()
                .rev()
                .filter(|(_, c)| c.voice == voice && c.attackers == attackers)
                .map(|(i, _)| i)
                .collect();
            if figure.is_breakdown() {
                let target = same.last().copied().or_else(|| {
                    claims
                        .iter()
                        .position(|c| c.attackers == attackers && c.total(figure.measure).is_some())
                });
                match target.and_then(|i| claims.get_mut(i)) {
                    Some(claim) => claim.merge(figure),
                    None => {
                        claims.push(new_claim(voice.clone(), attackers, figure));
                    }
                }
                continue;
            }
            if figure.update
                && let Some(&i) = same.last()
                && let Some(claim) = claims.get_mut(i)
            {
                *claim.total_mut(figure.measure) = figure.total;
                last_claim_for_measure[slot] = Some(i);
                continue;
            }
            if let Some(&i) = same
                .iter()
                .find(|&&i| claims.get(i).is_some_and(|c| !c.conflicts(figure)))
            {
                if let Some(claim) = claims.get_mut(i) {
                    claim.merge(figure);
                }
                last_claim_for_measure[slot] = Some(i);
                continue;
            }
            // "Five soldiers embraced martyrdom … the martyrdom of 13 innocent civilians": one
            // voice's dead of two groups, each told alone, add up to its toll.
            let civilian_or_force =
                |g: &Group| matches!(g, Group::Civilians | Group::SecurityForces);
            if figure.measure == Measure::Killed
                && let [(group, count)] = figure.groups.as_slice()
                && civilian_or_force(group)
                && figure.total.is_some_and(|t| t.nominal() == count.nominal())
                && let Some(&i) = same.iter().find(|&&i| {
                    claims.get(i).is_some_and(|c| match c.groups.as_slice() {
                        [(other, n)] => {
                            other != group
                                && civilian_or_force(other)
                                && c.killed.is_some_and(|k| k.nominal() == n.nominal())
                        }
                        _ => false,
                    })
                })
                && let Some(claim) = claims.get_mut(i)
            {
                claim.killed = claim.killed.map(|k| add(k, *count));
                claim.groups.push((*group, *count));
                last_claim_for_measure[slot] = Some(i);
                continue;
            }
            // "At least 15 people were killed … the blast also killed a deputy superintendent of
            // police": one of a group among a toll that named none.
            if figure.measure == Measure::Killed
                && let [(group, count)] = figure.groups.as_slice()
                && *group != Group::Combatants
                && figure.total.is_some_and(|t| t.nominal() == count.nominal())
                && let Some(&i) = same.iter().find(|&&i| {
                    claims.get(i).is_some_and(|c| {
                        c.groups.is_empty()
                            && c.killed.is_some_and(|k| k.nominal() > count.nominal())
                    })
                })
                && let Some(claim) = claims.get_mut(i)
            {
                claim.groups.push((*group, *count));
                last_claim_for_measure[slot] = Some(i);
                continue;
            }
            // "five soldiers" again after "five soldiers and 13 civilians": a group restated.
            let restated = same.iter().any(|&i| {
                claims.get(i).is_some_and(|c| {
                    figure.measure == Measure::Killed
                        && figure.groups.len() == 1
                        && c.groups.iter().any(|(g, n)| {
                            figure
                                .groups
                                .first()
                                .is_some_and(|(h, m)| h == g && m.nominal() == n.nominal())
                        })
                })
            });
            if !same.is_empty() && (narrower || restated) {
                continue;
            }
            // "six injured … were later sent to Peshawar" after "24 others injured": fewer
            // injured than the voice already counted are some of them.
            // So are "six bodies were received at the LRH" after a toll of eleven: fewer dead at
            // a hospital, naming nobody, than the voice already counted.
            let some_already_counted = figure.groups.is_empty()
                && (figure.measure == Measure::Injured
                    || (figure.side == Side::Unsaid && read.facts.at_facility))
                && same.iter().any(|&i| {
                    claims.get(i).is_some_and(|c| {
                        matches!((c.total(figure.measure), figure.total), (Some(a), Some(b)) if b.nominal() < a.nominal())
                    })
                });
            // "However, six soldiers were martyred" in a paragraph of its own, naming no one, after
            // the ISPR's "six soldiers were martyred": the same figure, not the article's own.
            // So is "three security personnel among seven others sustained injuries" after the
            // ISPR's seven injured.
            let restates_another = voice == Voice::Article
                && read.speaker_at.is_none()
                && claims.iter().any(|c| {
                    c.voice != voice
                        && c.attackers == attackers
                        && matches!((c.total(figure.measure), figure.total), (Some(a), Some(b)) if a.nominal() == b.nominal())
                        && figure
                            .groups
                            .iter()
                            .all(|(g, n)| c.groups.iter().any(|(h, m)| h == g && m.nominal() == n.nominal()))
                });
            if some_already_counted || restates_another {
                continue;
            }
            claims.push(new_claim(voice.clone(), attackers, figure));
            last_claim_for_measure[slot] = Some(claims.len() - 1);
        }
    }
    claims
        .into_iter()
        .map(|c| {
            let group = |g: Group| {
                c.groups
                    .iter()
                    .find(|(h, _)| *h == g)
                    .map(|(_, n)| n.nominal())
            };
            DraftClaim {
                claimant: match &c.voice {
                    Voice::Named(code) => Some(code.to_string()),
                    _ => None,
                },
                killed: c.killed.map(|k| k.nominal()),
                killed_qualifier: c.killed.map(crate::output::Qualifier::of),
                injured: c.injured.map(|k| k.nominal()),
                civilians_killed: group(Group::Civilians),
                women_killed: group(Group::Women),
                children_killed: group(Group::Children),
                combatants_killed: group(Group::Combatants),
                security_forces_killed: group(Group::SecurityForces),
            }
        })
        .filter(|c| !c.is_empty())
        .collect()
}

fn new_claim(voice: Voice, attackers: bool, figure: &Figure) -> ClaimBuild {
    let mut claim = ClaimBuild {
        voice,
        attackers,
        killed: None,
        injured: None,
        groups: Vec::new(),
    };
    claim.merge(figure);
    claim
}

fn add(a: Count, b: Count) -> Count {
    use crate::output::Qualifier as Q;
    let value = a.nominal().saturating_add(b.nominal());
    match (Q::of(a), Q::of(b)) {
        (Q::Approx, _) | (_, Q::Approx) => Count::approx(value),
        (Q::AtLeast, _) | (_, Q::AtLeast) => Count::at_least(value),
        (Q::AtMost, _) | (_, Q::AtMost) => Count::at_most(value),
        _ => Count::exact(value),
    }
}
