//! What the extractor must understand, one ability at a time, on realistic sentences of the kind
//! the gold set holds: numbers and qualifiers, casualty words, victim groups, voices, dates,
//! places, event types and perpetrators, several incidents, context, and articles with none.
#![allow(clippy::unwrap_used)]

use extract::{Article, DraftClaim, DraftIncident, Qualifier, extract};

fn read(text: &str, published: &str) -> Vec<DraftIncident> {
    extract(&Article::new(text).published(published.parse().unwrap())).0
}

fn only(text: &str, published: &str) -> DraftIncident {
    let mut incidents = read(text, published);
    assert_eq!(incidents.len(), 1, "{incidents:#?}");
    incidents.remove(0)
}

fn claim<'a>(incident: &'a DraftIncident, claimant: Option<&str>) -> &'a DraftClaim {
    incident
        .claims
        .iter()
        .find(|c| c.claimant.as_deref() == claimant)
        .unwrap_or_else(|| panic!("no claim of {claimant:?} in {incident:#?}"))
}

#[test]
fn numbers_in_words_and_digits_with_their_qualifiers() {
    let cases = [
        (
            "At least 47 people were killed in Khost, officials said.",
            47,
            Qualifier::AtLeast,
        ),
        (
            "More than 200 people were killed in Khost, officials said.",
            201,
            Qualifier::AtLeast,
        ),
        (
            "Up to 10 people were killed in Khost, officials said.",
            10,
            Qualifier::AtMost,
        ),
        (
            "Nearly 50 people were killed in Khost, officials said.",
            50,
            Qualifier::Approx,
        ),
        (
            "A dozen people were killed in Khost, officials said.",
            12,
            Qualifier::Exact,
        ),
        (
            "Forty-one civilians were killed in Khost, officials said.",
            41,
            Qualifier::Exact,
        ),
    ];
    for (text, killed, qualifier) in cases {
        let incident = only(text, "2025-11-25");
        let c = claim(&incident, None);
        assert_eq!(
            (c.killed, c.killed_qualifier),
            (Some(killed), Some(qualifier)),
            "{text}"
        );
    }
    // "Dozens" is recognised but gives no number.
    assert!(read("Dozens were killed in Khost, officials said.", "2025-11-25").is_empty());
}

#[test]
fn casualty_words_and_victim_groups() {
    let incident = only(
        "Five women and three children lost their lives and 22 others sustained injuries when Pakistani airstrikes hit houses in Barmal district of Paktika province on Monday, Taliban spokesman Zabihullah Mujahid said.",
        "2024-03-19",
    );
    let c = claim(&incident, Some("TALIBAN"));
    assert_eq!(c.killed, Some(8));
    assert_eq!(c.women_killed, Some(5));
    assert_eq!(c.children_killed, Some(3));
    assert_eq!(c.injured, Some(22));
    let incident = only(
        "Nine soldiers were killed and five others were wounded in a suicide attack on a military convoy in Bannu district, including two officers, the ISPR said.",
        "2023-08-31",
    );
    let c = claim(&incident, Some("PAK"));
    assert_eq!(
        (c.killed, c.security_forces_killed, c.injured),
        (Some(9), Some(9), Some(5))
    );
}

#[test]
fn each_voice_is_a_claim_of_its_own() {
    let incident = only(
        "Pakistani airstrikes killed 46 people in the Barmal district of Paktika province, the Taliban said on Wednesday. A senior Pakistani security official said at least 20 militants were killed in the operation. UNAMA said it had received credible reports that civilians were among the dead.",
        "2024-12-25",
    );
    assert_eq!(claim(&incident, Some("TALIBAN")).killed, Some(46));
    let pak = claim(&incident, Some("PAK"));
    assert_eq!((pak.killed, pak.combatants_killed), (Some(20), Some(20)));
    assert_eq!(pak.killed_qualifier, Some(Qualifier::AtLeast));
}

#[test]
fn dates_resolve_against_the_publication_day() {
    let cases = [
        ("on Tuesday", "2025-11-25", "2025-11-25", "day"),
        ("late Sunday", "2025-11-25", "2025-11-23", "day"),
        ("last night", "2025-11-25", "2025-11-24", "day"),
        ("on October 9", "2025-10-12", "2025-10-09", "day"),
        ("last week", "2025-11-25", "2025-11-18", "week"),
        ("in March 2024", "2025-12-01", "2024-03", "month"),
    ];
    for (when, published, date, precision) in cases {
        let text = format!(
            "Pakistani drones killed three children in Khost province {when}, officials said."
        );
        let incident = only(&text, published);
        assert_eq!(incident.date.as_deref(), Some(date), "{when}");
        assert_eq!(
            incident.date_precision.map(|p| p.as_str()),
            Some(precision),
            "{when}"
        );
    }
    // A day that dates a statement is not the event's; with nothing else, precision is a week.
    let incident = only(
        "Six civilians were killed in Chaman, the army said on Sunday.",
        "2022-12-12",
    );
    assert_eq!(incident.date.as_deref(), Some("2022-12-11"));
    assert_eq!(incident.date_precision.map(|p| p.as_str()), Some("week"));
}

#[test]
fn places_through_the_gazetteer_with_the_article_s_context() {
    let incident = only(
        "At least nine soldiers were killed in a suicide attack in the Jani Khel area of Bannu district in Khyber Pakhtunkhwa, police said.",
        "2023-08-31",
    );
    // Jani Khel is also the name of two Afghan districts; here it is an area of Bannu.
    assert_eq!(incident.country, "PAK");
    assert_eq!(incident.admin1.as_deref(), Some("Khyber Pakhtunkhwa"));
    assert_eq!(incident.admin2.as_deref(), Some("Bannu"));
    let incident = only(
        "KABUL, March 18 — Eight people were killed in Pakistani air strikes in Khost province, the Taliban said.",
        "2024-03-18",
    );
    // The dateline is not the scene.
    assert_eq!(incident.admin1.as_deref(), Some("Khost"));
}

#[test]
fn event_types_and_alleged_perpetrators_from_the_wording() {
    let cases = [
        (
            "Pakistani airstrikes killed 10 people in Khost, officials said.",
            "air_strike",
            Some("PAK"),
        ),
        (
            "A Pakistani drone killed 10 people in Khost, officials said.",
            "drone_strike",
            Some("PAK"),
        ),
        (
            "Cross-border fire killed five civilians in Spin Boldak, officials said.",
            "cross_border_fire",
            None,
        ),
        (
            "Afghan border forces opened fire on Chaman, killing six civilians, the army said.",
            "cross_border_fire",
            Some("TALIBAN"),
        ),
        (
            "A suicide bomber killed 12 people outside a court in Islamabad, police said. The TTP claimed responsibility.",
            "suicide_bombing",
            Some("TTP"),
        ),
        (
            "Gunmen killed 38 passengers in Kurram district, police said. No group has claimed responsibility.",
            "armed_attack",
            Some("UNKNOWN"),
        ),
    ];
    for (text, event, perpetrator) in cases {
        let incident = only(text, "2025-11-11");
        assert_eq!(incident.event_type.as_str(), event, "{text}");
        assert_eq!(incident.perpetrator.as_deref(), perpetrator, "{text}");
    }
    // Afghan state forces before August 2021 were the Republic's, not the Taliban's.
    let incident = only(
        "At least nine people were killed as Afghan border forces opened fire on a census team in Chaman on Friday.",
        "2017-05-05",
    );
    assert_eq!(incident.perpetrator.as_deref(), Some("OTHER"));
}

#[test]
fn several_incidents_are_kept_apart_and_context_is_not_an_incident() {
    let incidents = read(
        "Nine children and a woman were killed when Pakistani forces bombed a house in Khost province, the Taliban said. Other strikes were reported in Kunar province, wounding four civilians.\n\nThe attack comes a day after a suicide attack on the Federal Constabulary headquarters in Peshawar killed three officers. Last March, a suicide bomber killed 64 people in a Peshawar mosque.",
        "2025-11-25",
    );
    let provinces: Vec<Option<&str>> = incidents.iter().map(|i| i.admin1.as_deref()).collect();
    assert_eq!(provinces, [Some("Khost"), Some("Kunar")], "{incidents:#?}");
    assert_eq!(incidents[1].claims[0].injured, Some(4));
}

#[test]
fn articles_without_an_event_yield_nothing() {
    for text in [
        "Pakistan and Afghanistan agreed to an immediate ceasefire in Doha, the Qatari foreign ministry said on Sunday. The delegations will meet again in Istanbul on October 25.",
        "The Durand Line, drawn in 1893, remains one of the most contested borders in the region, analysts argue.",
        "UNAMA documented 146 civilian casualties between February 26 and March 2, with 42 civilians killed and 104 wounded.",
        "The Doha meeting follows a deadly ceasefire violation by Pakistan on Friday in Paktika province, killing 17.",
    ] {
        assert!(read(text, "2025-10-19").is_empty(), "{text}");
    }
}
