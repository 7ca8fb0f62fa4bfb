//! From drafts to the model's records: the article becomes a [`Source`], each draft incident a
//! [`Incident`] with [`Status::Draft`] (unless it is attached to one already recorded), and each
//! voice's figures a [`Claim`]. Pure: ids are derived from the article (its id, else its URL,
//! else its text), so that ingesting the same article twice gives the same records.

use std::collections::BTreeMap;

use model::{
    Actor, ActorId, ActorKind, Claim, ClaimId, Count, CountryCode, CrossBorder, EventDate,
    EventType, Figures, GeoPrecision, Group, GroupCounts, Incident, IncidentId, ModelError,
    PlaceRef, Source, SourceId, SourceKind, Status,
};
use places::{Context, Gazetteer, Level};
use sha2::{Digest, Sha256};

use crate::output::{DraftClaim, DraftIncident};

/// What is known of an article besides its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleMeta<'a> {
    /// Its id in the input.
    pub id: Option<&'a str>,
    /// Its address.
    pub url: Option<&'a str>,
    /// Who published it.
    pub publisher: Option<&'a str>,
    /// Its title.
    pub title: Option<&'a str>,
    /// Its publication day.
    pub published: Option<model::Date>,
    /// Its text (hashed into the id when it has neither id nor URL).
    pub text: &'a str,
}

fn short_hash(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0u8]);
    }
    hex::encode(hasher.finalize()).chars().take(16).collect()
}

/// The article's stable key: its id, else its URL, else its text.
fn article_key<'a>(meta: &ArticleMeta<'a>) -> (&'static str, &'a str) {
    match (meta.id, meta.url) {
        (Some(id), _) if !id.trim().is_empty() => ("id", id),
        (_, Some(url)) if !url.trim().is_empty() => ("url", url),
        _ => ("text", meta.text),
    }
}

/// The source id of an article: "src-ingest-" and a hash of its id (or URL, or text).
pub fn source_id(meta: &ArticleMeta<'_>) -> Result<SourceId, ModelError> {
    let (kind, key) = article_key(meta);
    SourceId::new(format!("src-ingest-{}", short_hash(&[kind, key])))
}

/// The id of the `index`-th draft incident of an article when it becomes a new record.
pub fn incident_id(
    source: &SourceId,
    index: usize,
    draft: &DraftIncident,
) -> Result<IncidentId, ModelError> {
    let hash = short_hash(&[source.as_str(), &index.to_string()]);
    match draft.date.as_deref() {
        Some(date) => IncidentId::new(format!("inc-draft-{date}-{}", &hash[..10])),
        None => IncidentId::new(format!("inc-draft-{hash}")),
    }
}

/// The id of the `claim`-th claim of the `incident`-th draft of an article.
pub fn claim_id(source: &SourceId, incident: usize, claim: usize) -> Result<ClaimId, ModelError> {
    let hash = short_hash(&[source.as_str(), &incident.to_string(), &claim.to_string()]);
    ClaimId::new(format!("clm-ingest-{hash}"))
}

/// The article as a source.
pub fn source(meta: &ArticleMeta<'_>) -> Result<Source, ModelError> {
    let publisher = meta
        .publisher
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .or_else(|| meta.url.and_then(host).map(str::to_owned))
        .unwrap_or_else(|| "unknown publisher".to_owned());
    let kind = source_kind(&publisher, meta.url);
    let mut source = Source::new(source_id(meta)?, publisher, kind);
    source.title = meta
        .title
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned);
    source.url = meta
        .url
        .filter(|u| {
            (u.starts_with("https://") || u.starts_with("http://"))
                && !u.contains(char::is_whitespace)
        })
        .map(str::to_owned);
    source.published = meta.published;
    source.language = Some("en".to_owned());
    Ok(source)
}

fn host(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next()?;
    Some(host.strip_prefix("www.").unwrap_or(host)).filter(|h| !h.is_empty())
}

/// The kind of a source, as the demo data's conventions set it: UNAMA is the UN; Afghan,
/// Pakistani and Indian outlets are regional media; others international.
fn source_kind(publisher: &str, url: Option<&str>) -> SourceKind {
    let host = url.and_then(host).unwrap_or("").to_ascii_lowercase();
    let publisher = publisher.to_ascii_lowercase();
    if host.contains("unmissions.org") || publisher.contains("unama") {
        SourceKind::Un
    } else if [".pk", ".af", ".in"].iter().any(|tld| host.ends_with(tld))
        || [
            "dawn",
            "tolo",
            "pajhwok",
            "khaama",
            "express tribune",
            "geo",
        ]
        .iter()
        .any(|p| publisher.contains(p))
    {
        SourceKind::LocalMedia
    } else {
        SourceKind::InternationalMedia
    }
}

/// The actor a claimant or perpetrator code names, as a record (for a database that lacks it).
/// "UN" is UNAMA; "OTHER" and "UNKNOWN" are no actor.
pub fn actor(code: &str) -> Option<Actor> {
    let (id, name, kind, country, party) = match code {
        "PAK" => (
            "PAK",
            "Pakistan",
            ActorKind::State,
            Some(CountryCode::PAK),
            true,
        ),
        "TALIBAN" => (
            "TALIBAN",
            "Taliban",
            ActorKind::DeFactoAuthority,
            Some(CountryCode::AFG),
            true,
        ),
        "TTP" => (
            "TTP",
            "Tehrik-e-Taliban Pakistan",
            ActorKind::ArmedGroup,
            Some(CountryCode::PAK),
            true,
        ),
        "ISKP" => (
            "ISKP",
            "Islamic State Khorasan Province",
            ActorKind::ArmedGroup,
            None,
            false,
        ),
        "BLA" => (
            "BLA",
            "Baloch Liberation Army",
            ActorKind::ArmedGroup,
            Some(CountryCode::PAK),
            false,
        ),
        "UN" => (
            "UNAMA",
            "United Nations Assistance Mission in Afghanistan",
            ActorKind::Intergovernmental,
            None,
            false,
        ),
        "OTHER" | "UNKNOWN" => return None,
        other => (other, other, ActorKind::Other, None, false),
    };
    Some(Actor {
        id: ActorId::new(id).ok()?,
        name: name.to_owned(),
        kind,
        country,
        party,
        aliases: Vec::new(),
    })
}

/// The actor id a code maps to ("UN" → "UNAMA"), if it is one.
pub fn actor_id(code: &str) -> Option<ActorId> {
    actor(code).map(|a| a.id)
}

/// Where a draft happened, as the model records it, with the gazetteer's p-code and coordinates.
pub fn place_ref(draft: &DraftIncident) -> Option<PlaceRef> {
    let country = CountryCode::new(&draft.country).ok()?;
    let gazetteer = Gazetteer::get();
    let context = Context::new().country(country);
    let lookup = |name: &str, level: Level, admin1: Option<&str>| {
        let mut context = context.clone().level(level);
        if let Some(a1) = admin1 {
            context = context.admin1(a1);
        }
        gazetteer
            .search(name, &context)
            .into_iter()
            .find(|m| m.place.level == level && m.place.country == country)
            .map(|m| m.place.to_place_ref(gazetteer))
    };
    let found = draft
        .location
        .as_deref()
        .and_then(|l| {
            lookup(l, Level::Populated, draft.admin1.as_deref())
                .or_else(|| lookup(l, Level::Crossing, draft.admin1.as_deref()))
        })
        .or_else(|| {
            draft
                .admin2
                .as_deref()
                .and_then(|a| lookup(a, Level::Admin2, draft.admin1.as_deref()))
        })
        .or_else(|| {
            draft
                .admin1
                .as_deref()
                .and_then(|a| lookup(a, Level::Admin1, None))
        });
    let mut place = found.unwrap_or_else(|| PlaceRef::country(country));
    // The draft's names are the ones the extractor chose; keep them.
    place.admin1 = draft.admin1.clone().or(place.admin1);
    place.admin2 = draft.admin2.clone().or(place.admin2);
    place.location = draft.location.clone();
    place.precision = if place.location.is_some() {
        GeoPrecision::Exact
    } else if place.admin2.is_some() {
        GeoPrecision::Near
    } else {
        GeoPrecision::Region
    };
    Some(place)
}

/// A draft as a new incident record, with status draft. `None` when it has no date (no date in
/// the text and no publication day) or no valid country.
pub fn incident(id: IncidentId, draft: &DraftIncident, publisher: &str) -> Option<Incident> {
    let date: EventDate = draft.event_date()?;
    let place = place_ref(draft)?;
    let perpetrator = draft.perpetrator.as_deref().and_then(actor_id);
    let cross_border = match (
        draft.perpetrator.as_deref(),
        place.country,
        draft.event_type,
    ) {
        (
            Some("PAK"),
            CountryCode::AFG,
            EventType::AirStrike
            | EventType::DroneStrike
            | EventType::Shelling
            | EventType::CrossBorderFire,
        ) => Some(CrossBorder {
            from: CountryCode::PAK,
            to: CountryCode::AFG,
        }),
        (Some("TALIBAN"), CountryCode::PAK, EventType::Shelling | EventType::CrossBorderFire) => {
            Some(CrossBorder {
                from: CountryCode::AFG,
                to: CountryCode::PAK,
            })
        }
        _ => None,
    };
    let title = format!(
        "{} reported in {}",
        draft.event_type.label(),
        place_label(&place)
    );
    let summary = format!(
        "Drafted by crosscheck extract from an article of {publisher}; not yet reviewed. {} reported in {}.",
        draft.event_type.label(),
        place_label(&place)
    );
    let mut attributes = BTreeMap::new();
    if let Some(code) = draft.perpetrator.as_deref()
        && perpetrator.is_none()
    {
        attributes.insert("extract.perpetrator".to_owned(), code.to_owned());
    }
    let incident = Incident {
        id,
        title,
        date,
        places: vec![place],
        event_type: draft.event_type,
        cross_border,
        perpetrators: perpetrator.into_iter().collect(),
        target: None,
        summary,
        tags: vec!["extracted".to_owned()],
        status: Status::Draft,
        related: Vec::new(),
        external_ids: Vec::new(),
        attributes,
        internal_notes: None,
    };
    incident.check().ok()?;
    Some(incident)
}

fn place_label(place: &PlaceRef) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in [&place.location, &place.admin2, &place.admin1]
        .into_iter()
        .flatten()
    {
        if !parts.contains(&part.as_str()) {
            parts.push(part);
        }
    }
    if parts.is_empty() {
        return match place.country.as_str() {
            "AFG" => "Afghanistan".to_owned(),
            "PAK" => "Pakistan".to_owned(),
            other => other.to_owned(),
        };
    }
    parts.join(", ")
}

/// A draft claim's figures as the model's. Groups that contradict the total are left out (the
/// model refuses them) rather than losing the claim.
pub fn figures(claim: &DraftClaim) -> Figures {
    let qualifier = claim.killed_qualifier.unwrap_or(crate::Qualifier::Exact);
    let total = claim.killed.map(|k| qualifier.count(k));
    let group_count = |value: Option<u32>| {
        value.map(|v| match claim.killed {
            Some(k) if k == v => qualifier.count(v),
            _ => Count::exact(v),
        })
    };
    let mut killed = GroupCounts::default();
    if let Some(total) = total {
        killed = killed.with(Group::Total, total).unwrap_or(killed);
    }
    for (group, value) in [
        (Group::Civilians, claim.civilians_killed),
        (Group::Women, claim.women_killed),
        (Group::Children, claim.children_killed),
        (Group::Combatants, claim.combatants_killed),
        (Group::SecurityForces, claim.security_forces_killed),
    ] {
        if let Some(count) = group_count(value) {
            killed = killed.with(group, count).unwrap_or(killed);
        }
    }
    let injured = claim
        .injured
        .and_then(|i| {
            GroupCounts::default()
                .with(Group::Total, Count::exact(i))
                .ok()
        })
        .unwrap_or_default();
    Figures { killed, injured }
}

/// A draft claim as a claim record about `incident` from `source`.
pub fn claim(
    id: ClaimId,
    incident: IncidentId,
    source: SourceId,
    draft_claim: &DraftClaim,
    draft: &DraftIncident,
) -> Claim {
    let quote = if draft.evidence.is_empty() {
        None
    } else {
        let joined = draft.evidence.join(" ");
        let cut: String = joined.chars().take(600).collect();
        Some(cut)
    };
    Claim {
        id,
        incident,
        source,
        claimant: draft_claim.claimant.as_deref().and_then(actor_id),
        losses_of: None,
        figures: figures(draft_claim),
        attributed_to: draft.perpetrator.as_deref().and_then(actor_id),
        responsibility: None,
        as_of: None,
        quote,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::DatePrecision;

    fn draft() -> DraftIncident {
        DraftIncident {
            article: Some("a1".into()),
            date: Some("2024-12-24".into()),
            date_precision: Some(DatePrecision::Day),
            country: "AFG".into(),
            admin1: Some("Paktika".into()),
            admin2: Some("Barmal".into()),
            location: None,
            event_type: EventType::AirStrike,
            perpetrator: Some("PAK".into()),
            claims: vec![DraftClaim {
                claimant: Some("TALIBAN".into()),
                killed: Some(46),
                killed_qualifier: Some(crate::Qualifier::AtLeast),
                injured: Some(6),
                civilians_killed: Some(46),
                ..DraftClaim::default()
            }],
            evidence: vec!["At least 46 people were killed, the Taliban said.".into()],
        }
    }

    #[test]
    fn ids_are_stable_and_follow_the_article() {
        let meta = ArticleMeta {
            id: Some("a1"),
            text: "x",
            ..ArticleMeta::default()
        };
        let again = ArticleMeta {
            id: Some("a1"),
            text: "different text",
            ..ArticleMeta::default()
        };
        assert_eq!(source_id(&meta).unwrap(), source_id(&again).unwrap());
        let by_url = ArticleMeta {
            url: Some("https://example.org/a"),
            text: "x",
            ..ArticleMeta::default()
        };
        assert_ne!(source_id(&meta).unwrap(), source_id(&by_url).unwrap());
        let src = source_id(&meta).unwrap();
        assert_eq!(claim_id(&src, 0, 1).unwrap(), claim_id(&src, 0, 1).unwrap());
        assert_ne!(claim_id(&src, 0, 1).unwrap(), claim_id(&src, 1, 0).unwrap());
    }

    #[test]
    fn a_draft_becomes_a_checked_draft_incident_with_its_claim() {
        let d = draft();
        let src = source(&ArticleMeta {
            id: Some("a1"),
            url: Some("https://www.dawn.com/news/1"),
            text: "x",
            ..ArticleMeta::default()
        })
        .unwrap();
        assert_eq!(src.publisher, "dawn.com");
        assert_eq!(src.kind, SourceKind::LocalMedia);
        assert!(src.check().is_ok());
        let id = incident_id(&src.id, 0, &d).unwrap();
        let inc = incident(id.clone(), &d, &src.publisher).unwrap();
        assert_eq!(inc.status, Status::Draft);
        assert_eq!(inc.places[0].admin2.as_deref(), Some("Barmal"));
        assert_eq!(inc.places[0].pcode.as_deref(), Some("AF1214"));
        assert_eq!(inc.cross_border.map(|c| c.to), Some(CountryCode::AFG));
        assert_eq!(inc.perpetrators, [ActorId::new("PAK").unwrap()]);
        let c = claim(
            claim_id(&src.id, 0, 0).unwrap(),
            id,
            src.id.clone(),
            &d.claims[0],
            &d,
        );
        assert_eq!(c.claimant, Some(ActorId::new("TALIBAN").unwrap()));
        assert_eq!(
            c.figures.killed.get(Group::Total),
            Some(Count::at_least(46))
        );
        assert_eq!(
            c.figures.killed.get(Group::Civilians),
            Some(Count::at_least(46))
        );
        assert_eq!(c.figures.injured.get(Group::Total), Some(Count::exact(6)));
    }

    #[test]
    fn contradictory_groups_are_dropped_not_the_claim() {
        let c = DraftClaim {
            killed: Some(5),
            children_killed: Some(9),
            ..DraftClaim::default()
        };
        let f = figures(&c);
        assert_eq!(f.killed.get(Group::Total), Some(Count::exact(5)));
        assert_eq!(f.killed.get(Group::Children), None);
    }
}
