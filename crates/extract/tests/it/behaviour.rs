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

// ---------------------------------------------------------------- round 2: one test per new rule

#[test]
fn clauses_with_figures_in_two_provinces_are_two_incidents_placed_by_their_figures() {
    let incidents = read(
        "Pakistani drones struck targets in Kunar and Paktia on Sunday. Two civilians were killed in Paktia's Zurmat district, while four children were wounded in Kunar's Dangam district.",
        "2025-09-08",
    );
    let places: Vec<(Option<&str>, Option<&str>)> = incidents
        .iter()
        .map(|i| (i.admin1.as_deref(), i.admin2.as_deref()))
        .collect();
    assert_eq!(
        places,
        [
            (Some("Paktia"), Some("Zurmat")),
            (Some("Kunar"), Some("Dangam"))
        ],
        "{incidents:#?}"
    );
    assert_eq!(incidents[0].claims[0].killed, Some(2));
    assert_eq!(incidents[1].claims[0].injured, Some(4));
}

#[test]
fn a_separate_incident_opens_another_incident() {
    let incidents = read(
        "Gunmen killed two policemen in Tank district on Tuesday, police said. In a separate incident in Tank on Tuesday, a roadside bomb wounded three labourers, officials said.",
        "2025-09-10",
    );
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
    assert_eq!(incidents[0].claims[0].killed, Some(2));
    assert_eq!(incidents[1].claims[0].injured, Some(3));
    assert_eq!(incidents[1].event_type.as_str(), "bombing");
}

#[test]
fn an_incident_of_the_same_kind_naming_no_one_is_alleged_of_the_same_party() {
    let incidents = read(
        "Pakistani airstrikes killed six people in Khost on Monday night, the Taliban said. Air strikes also hit Kunar province, wounding two children.",
        "2025-09-09",
    );
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
    assert_eq!(incidents[1].perpetrator.as_deref(), Some("PAK"));
    // Another kind of event does not take the party of the one before.
    let incidents = read(
        "Pakistani airstrikes killed six people in Khost on Monday night, the Taliban said. A roadside bomb killed two policemen in Quetta on Monday, police said.",
        "2025-09-09",
    );
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
    assert_ne!(incidents[1].perpetrator.as_deref(), Some("PAK"));
}

#[test]
fn a_context_event_told_again_later_is_still_context() {
    let incidents = read(
        "Pakistani jets struck a house in Khost on Wednesday, killing five civilians, the Taliban said. The strikes came a day after a suicide bombing at a police station in Bannu.\n\nOn Tuesday, a suicide bomber rammed a car into the Bannu police station, killing four officers and wounding nine.",
        "2025-09-11",
    );
    assert_eq!(incidents.len(), 1, "{incidents:#?}");
    assert_eq!(incidents[0].admin1.as_deref(), Some("Khost"));
}

#[test]
fn pakistani_strikes_in_afghanistan_with_no_other_word_are_air_strikes() {
    let incident = only(
        "On October 17, Pakistani strikes on Urgun and Barmal districts killed at least ten civilians, including women, children, and three Afghan cricketers traveling home.",
        "2025-10-18",
    );
    assert_eq!(incident.event_type.as_str(), "air_strike");
    assert_eq!(incident.perpetrator.as_deref(), Some("PAK"));
    // Strikes inside Pakistan are not made air strikes by this rule.
    let incident = only(
        "Pakistani strikes on a compound in North Waziristan killed four people on Monday, officials said.",
        "2025-05-20",
    );
    assert_ne!(incident.event_type.as_str(), "air_strike");
}

#[test]
fn datelines_with_slashes_and_capitals_standing_for_officials_are_not_the_scene() {
    let incident = only(
        "Islamabad/Kabul: Pakistani jets bombed a village in Paktika's Barmal district on Monday, killing seven civilians, the Taliban said.",
        "2024-03-19",
    );
    assert_eq!(incident.country, "AFG");
    assert_eq!(incident.admin2.as_deref(), Some("Barmal"));
    let incident = only(
        "Afghan forces attacked border posts on Saturday, killing 12 Pakistani soldiers, the army said. In Islamabad, officials accused the Taliban of firing across Kurram and Bajaur districts.",
        "2025-10-12",
    );
    assert_eq!(incident.admin1.as_deref(), Some("Khyber Pakhtunkhwa"));
}

#[test]
fn a_bare_number_after_a_figure_of_one_side_counts_that_side() {
    let incident = only(
        "Militants attacked a convoy in Kurram on Thursday, killing three drivers, police said. Four attackers were killed and seven others were wounded in the retaliatory fire, police said.",
        "2025-01-17",
    );
    let victims = incident
        .claims
        .iter()
        .find(|c| c.killed == Some(3))
        .unwrap();
    let attackers = incident
        .claims
        .iter()
        .find(|c| c.combatants_killed == Some(4))
        .unwrap();
    assert_eq!(victims.injured, None, "{incident:#?}");
    assert_eq!(attackers.injured, Some(7), "{incident:#?}");
    // "also" adds a figure that says no side to the figure before of the same voice.
    let incident = only(
        "Afghan forces fired mortars into Chaman on Sunday, killing four civilians, the army said. Taliban spokesman Zabihullah Mujahid said one Taliban fighter was killed and six were wounded. Two civilians were also injured, he said.",
        "2022-12-12",
    );
    let taliban = claim(&incident, Some("TALIBAN"));
    assert_eq!(taliban.killed, Some(1));
    assert_eq!(taliban.injured, Some(8), "{incident:#?}");
}

#[test]
fn nouns_after_of_its_after_other_and_groups_after_the_noun() {
    let incident = only(
        "The army confirmed the death of 11 of its soldiers in clashes in Kurram on Saturday.",
        "2025-10-12",
    );
    assert_eq!(incident.claims[0].security_forces_killed, Some(11));
    let incident = only(
        "Three policemen were killed in an attack in Bannu on Monday, officials said. Two other individuals also lost their lives in the attack.",
        "2025-03-04",
    );
    assert_eq!(incident.claims[0].killed, Some(5), "{incident:#?}");
    let incident = only(
        "Nine militants of the banned Baloch Liberation Army were killed by security forces in Kech district on Friday, police said.",
        "2025-03-08",
    );
    assert_eq!(incident.claims[0].killed, Some(9), "{incident:#?}");
    assert_eq!(incident.claims[0].combatants_killed, Some(9));
}

#[test]
fn the_actor_of_a_killing_the_responder_and_an_exchange_of_fire() {
    // An actor that killed civilians, with no event word.
    let incident = only(
        "Afghan border forces killed four civilians near the Chaman border crossing on Sunday amid heavy shelling, the army said.",
        "2022-12-12",
    );
    assert_eq!(incident.perpetrator.as_deref(), Some("TALIBAN"));
    // The side that responded is not the one that fired.
    let incident = only(
        "A soldier was wounded at Torkham on Monday, officials said. Pakistan responded to firing from the Afghan side, they said.",
        "2023-02-20",
    );
    assert_eq!(
        incident.perpetrator.as_deref(),
        Some("TALIBAN"),
        "{incident:#?}"
    );
    // Two sides that traded fire: neither named as the one that started it.
    let incident = only(
        "A border guard was wounded when Pakistan and Afghanistan traded fire at Torkham on Monday, officials said.",
        "2023-02-20",
    );
    assert_eq!(incident.perpetrator, None, "{incident:#?}");
}

#[test]
fn voices_of_claims_of_responsibility_passive_reports_and_officials() {
    // A claim of responsibility names the attacker; it is not the voice of the toll.
    let incident = only(
        "The death toll from a bombing at a rally in Bajaur in north-west Pakistan rose to 40 on Monday, as the Islamic State claimed responsibility.",
        "2023-07-31",
    );
    assert_eq!(incident.claims[0].claimant, None, "{incident:#?}");
    assert_eq!(incident.perpetrator.as_deref(), Some("ISKP"));
    // "as confirmed by a hospital official": the hospital's voice, not a country named before.
    let incident = only(
        "Four people died in an exchange of fire at the border between Afghanistan and Pakistan on Friday, as confirmed by a hospital official in Spin Boldak.",
        "2025-11-08",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].claimant, None);
    // "he" after an official of the article's voice means that official.
    let incident = only(
        "A security official said the raid took place in Harnai on Wednesday. In Quetta on Wednesday, armed men attacked a police van, SSP Ahmed Khan said. Two policemen were killed, he said.",
        "2024-10-03",
    );
    let claimants: Vec<Option<&str>> = incident
        .claims
        .iter()
        .map(|c| c.claimant.as_deref())
        .collect();
    assert_eq!(claimants, [None], "{incident:#?}");
}

// ---------------------------------------------------------------- round 3: one test per new rule

#[test]
fn sent_to_hell_counts_the_dead_and_their_wounded_stay_with_them() {
    let incident = only(
        "Two soldiers were martyred in an exchange of fire with militants in North Waziristan on Tuesday, the ISPR said. Troops engaged the terrorists' hideout and four terrorists were sent to hell, while injuring another three, the statement said.",
        "2024-05-08",
    );
    type Figures = (Option<u32>, Option<u32>, Option<u32>, Option<u32>);
    let killed: Vec<Figures> = incident
        .claims
        .iter()
        .map(|c| {
            (
                c.killed,
                c.injured,
                c.combatants_killed,
                c.security_forces_killed,
            )
        })
        .collect();
    assert_eq!(
        killed,
        [
            (Some(2), None, None, Some(2)),
            (Some(4), Some(3), Some(4), None)
        ],
        "{incident:#?}"
    );
}

#[test]
fn the_deceased_included_breaks_the_toll_down() {
    let incident = only(
        "At least 12 people were killed when gunmen fired on a passenger van in Kurram on Friday, police said. The deceased included three women and two children, a police official added.",
        "2024-10-12",
    );
    let c = claim(&incident, None);
    assert_eq!(c.killed, Some(12), "{incident:#?}");
    assert_eq!((c.women_killed, c.children_killed), (Some(3), Some(2)));
}

#[test]
fn injuries_to_a_number_are_injured() {
    let incident = only(
        "A roadside bomb in Bajaur on Sunday resulted in severe injuries to four labourers, police said.",
        "2024-06-10",
    );
    assert_eq!(incident.claims[0].injured, Some(4), "{incident:#?}");
}

#[test]
fn a_statement_from_a_party_is_its_voice() {
    let incident = only(
        "Militants opened fire on a border post in Kurram on Sunday, killing three soldiers, according to an official statement from the Pakistani military.",
        "2024-02-12",
    );
    assert_eq!(
        incident.claims[0].claimant.as_deref(),
        Some("PAK"),
        "{incident:#?}"
    );
}

#[test]
fn a_party_that_however_claimed_and_a_minister_who_told_a_medium() {
    let incident = only(
        "One Pakistani soldier was killed in a clash on the border in Kurram on Saturday, security sources said. The Taliban forces, however, claimed that 12 Pakistani soldiers were killed.",
        "2024-12-29",
    );
    assert_eq!(
        claim(&incident, Some("TALIBAN")).killed,
        Some(12),
        "{incident:#?}"
    );
    assert_eq!(claim(&incident, None).killed, Some(1));
    let incident = only(
        "A suicide bomber struck a rally in Bajaur on Sunday. The provincial health minister told AFP that 30 people had been killed.",
        "2023-07-31",
    );
    assert_eq!(
        claim(&incident, Some("PAK")).killed,
        Some(30),
        "{incident:#?}"
    );
}

#[test]
fn last_week_opening_a_sentence_is_context() {
    let incident = only(
        "Pakistani aircraft struck Barmal district in Paktika late on Tuesday, killing 20 people, a Taliban spokesman said. Last week, militants killed 16 soldiers in an attack on a post in South Waziristan, officials said.",
        "2024-12-25",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(20));
}

#[test]
fn a_later_sentence_dates_an_incident_known_only_by_its_statement_day() {
    // "last night" in a sentence with no figure or event word dates the incident opened before
    // with the statement's day only.
    let incident = only(
        "Three soldiers were martyred in North Waziristan, the military's media wing said on Monday. In a statement, the ISPR said that last night, troops engaged a hideout.",
        "2023-11-13",
    );
    assert_eq!(
        (
            incident.date.as_deref(),
            incident.date_precision.map(|p| p.as_str())
        ),
        (Some("2023-11-12"), Some("day")),
        "{incident:#?}"
    );
    // A statement's day ("in a statement by the ISPR on Saturday") does not.
    let incident = only(
        "Seven soldiers were martyred when a vehicle rammed a convoy in North Waziristan. This was released in a statement by the Inter-Services Public Relations (ISPR) on Saturday.",
        "2025-06-28",
    );
    assert_eq!(
        incident.date_precision.map(|p| p.as_str()),
        Some("week"),
        "{incident:#?}"
    );
}

#[test]
fn figures_in_those_attacks_after_context_are_context() {
    let incident = only(
        "Militants killed four soldiers at a border post in Kurram on Sunday, the army said. Security forces had a day earlier ended an operation against militants who attacked two bases in Balochistan. At least nine soldiers were killed in those attacks.",
        "2022-02-07",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(4));
}

#[test]
fn the_second_such_attack_since_puts_only_what_follows_in_context() {
    let incident = only(
        "Militants firing from across the border killed five soldiers in Kurram on Sunday, the military said, the second such attack since the Taliban took over Kabul in August.",
        "2022-02-07",
    );
    assert_eq!(incident.claims[0].killed, Some(5), "{incident:#?}");
    assert_eq!(incident.claims[0].claimant.as_deref(), Some("PAK"));
}

#[test]
fn a_dateline_city_is_the_scene_when_the_text_says_here_or_the_city() {
    for text in [
        "QUETTA: Three people were killed when a bomb went off near a police van here on Tuesday, police said.",
        "QUETTA: Three people were killed in a blast in the city's Satellite Town area on Tuesday, police said.",
    ] {
        let incident = only(text, "2024-04-10");
        assert_eq!(
            (incident.admin1.as_deref(), incident.admin2.as_deref()),
            (Some("Balochistan"), Some("Quetta")),
            "{incident:#?}"
        );
    }
    // Without it, the dateline is where the story was filed.
    let incident = only(
        "ISLAMABAD: Three soldiers were killed when militants attacked a post in North Waziristan on Tuesday, the army said.",
        "2024-04-10",
    );
    assert_eq!(incident.admin2.as_deref(), Some("North Waziristan"));
}

#[test]
fn an_abbreviated_month_with_a_full_stop_dates_context() {
    let incident = only(
        "Militants killed ten policemen in Dera Ismail Khan on Monday, officials said. Following the Dec. 5 attack in the same district, troops killed 27 insurgents.",
        "2024-02-05",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(10));
}

#[test]
fn weapons_militants_were_armed_with_are_not_the_kind_of_event() {
    let incident = only(
        "Militants armed with rockets and grenades attacked a police station in Tank on Monday, killing four policemen, officials said.",
        "2024-02-05",
    );
    assert_eq!(
        incident.event_type.as_str(),
        "armed_attack",
        "{incident:#?}"
    );
}

#[test]
fn a_quotation_opened_in_context_stays_context_to_its_close() {
    let incident = only(
        "TANK: Terrorists attacked the police lines in Tank on Friday, killing two policemen, police said.\n\n\u{201c}On December 12, a group of terrorists attacked a post in Daraban. They rammed an explosive-laden vehicle into the post, followed by a suicide bombing attack. Twenty-three soldiers embraced shahadat,\u{201d} the ISPR said.",
        "2023-12-15",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(2));
    assert_eq!(incident.event_type.as_str(), "armed_attack");
}

#[test]
fn a_range_in_words_is_at_least_its_low_end() {
    let incident = only(
        "A clash on the border in Kurram on Saturday resulted in the deaths of seven to eight Taliban fighters, security sources said.",
        "2024-12-29",
    );
    let c = &incident.claims[0];
    assert_eq!(
        (c.killed, c.killed_qualifier),
        (Some(7), Some(Qualifier::AtLeast)),
        "{incident:#?}"
    );
}

#[test]
fn a_list_after_a_vague_number_of_injured_is_their_total() {
    let incident = only(
        "Afghan forces opened fire on Chaman on Friday, killing three people, a hospital official said. A number of people have been injured which include four children, two women and five men.",
        "2017-05-05",
    );
    assert_eq!(incident.claims[0].injured, Some(11), "{incident:#?}");
}

#[test]
fn an_earlier_statement_of_a_party_is_its_claim_not_context() {
    let incident = only(
        "Afghan forces opened fire on Chaman on Friday, killing three people, a hospital official said. Earlier the ISPR had said one person had been killed while 18 were injured.",
        "2017-05-05",
    );
    let c = claim(&incident, Some("PAK"));
    assert_eq!((c.killed, c.injured), (Some(1), Some(18)), "{incident:#?}");
    assert_eq!(claim(&incident, None).killed, Some(3));
}

#[test]
fn a_blast_attributed_to_no_one_has_no_perpetrator() {
    let incident = only(
        "Two policemen were killed when a bomb went off near their van in Bajaur on Saturday, police said.",
        "2021-11-13",
    );
    assert_eq!(incident.perpetrator, None, "{incident:#?}");
    // A suicide bomber, or a blast no group has claimed, has an attacker nobody named.
    for text in [
        "Two policemen were killed when a suicide bomber blew himself up near their van in Bajaur on Saturday, police said.",
        "Two policemen were killed when a bomb went off near their van in Bajaur on Saturday, police said. No group has claimed responsibility.",
    ] {
        let incident = only(text, "2021-11-13");
        assert_eq!(
            incident.perpetrator.as_deref(),
            Some("UNKNOWN"),
            "{incident:#?}"
        );
    }
}

#[test]
fn a_groups_own_fighters_acting_name_the_group() {
    let incident = only(
        "Daesh militants detonated an explosive device near a police post in Bajaur on Saturday, killing two policemen, officials said.",
        "2021-11-14",
    );
    assert_eq!(
        incident.perpetrator.as_deref(),
        Some("ISKP"),
        "{incident:#?}"
    );
}

#[test]
fn the_deceased_also_included_and_the_deceased_civilians_included() {
    let incident = only(
        "At least four people were killed in a blast in Quetta on Monday, police said. A hospital spokesman said the deceased also included a minor girl.",
        "2023-04-10",
    );
    assert_eq!(incident.claims[0].children_killed, Some(1), "{incident:#?}");
    let incident = only(
        "Four people, including three civilians, died in a suicide attack in Quetta on Wednesday, officials said. The deceased civilians included a child and a woman.",
        "2022-11-30",
    );
    let c = &incident.claims[0];
    assert_eq!(
        (c.children_killed, c.women_killed),
        (Some(1), Some(1)),
        "{incident:#?}"
    );
}

#[test]
fn a_kind_of_event_asked_about_is_not_told() {
    let incident = only(
        "Four people were killed when a blast went off near a police vehicle in Quetta on Tuesday, police said. It was premature to say whether the blast was carried out by a suicide bomber, the DIG said.",
        "2019-07-30",
    );
    assert_eq!(incident.event_type.as_str(), "bombing", "{incident:#?}");
}

#[test]
fn a_similar_strike_elsewhere_is_another_incident_and_quoted_nouns_count() {
    let incidents = read(
        "A man was injured in a drone strike in Kurram on Wednesday, officials said. In a similar strike carried out on the Afghan side, two \"Afghan extremists\" were killed in Khost province, said officials.",
        "2018-01-17",
    );
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
    assert_eq!(incidents[1].admin1.as_deref(), Some("Khost"));
    assert_eq!(incidents[1].claims[0].killed, Some(2));
    assert_eq!(incidents[1].claims[0].combatants_killed, Some(2));
}

#[test]
fn fewer_injured_later_are_some_of_them() {
    let incident = only(
        "Three people were killed and 24 others injured when a roadside bomb hit their truck in Bajaur on Friday. An official told Dawn that six injured were later sent to Peshawar by helicopter.",
        "2017-08-12",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].injured, Some(24));
}

#[test]
fn an_unattributed_restatement_of_a_partys_figure_is_not_the_articles_claim() {
    let incident = only(
        "Six soldiers were martyred in an exchange of fire with militants in North Waziristan, the army's media affairs wing said on Thursday.\n\nHowever, six soldiers were martyred during the intense exchange of fire.",
        "2023-05-04",
    );
    let claimants: Vec<Option<&str>> = incident
        .claims
        .iter()
        .map(|c| c.claimant.as_deref())
        .collect();
    assert_eq!(claimants, [Some("PAK")], "{incident:#?}");
}

#[test]
fn a_dateline_names_no_actor() {
    let incident = only(
        "Islamabad (Pakistan): A clash on the border in Kurram on Saturday left one soldier dead, security sources said. The Afghan Taliban targeted Pakistani border posts using light and heavy weapons.",
        "2024-12-29",
    );
    assert_eq!(
        incident.perpetrator.as_deref(),
        Some("TALIBAN"),
        "{incident:#?}"
    );
}

#[test]
fn kharjis_ramming_an_explosive_laden_vehicle_are_the_ttp() {
    let incident = only(
        "Eight soldiers were martyred in North Waziristan on Saturday when the Indian-sponsored kharjis rammed an explosive-laden vehicle into a convoy, the ISPR said.",
        "2025-06-28",
    );
    assert_eq!(
        incident.perpetrator.as_deref(),
        Some("TTP"),
        "{incident:#?}"
    );
    assert_eq!(incident.event_type.as_str(), "bombing");
}

#[test]
fn rockets_fired_by_attackers_are_weapons_of_one_armed_attack() {
    let incident = only(
        "The death toll from the attack on an aid convoy in Kurram on Thursday rose to eight, officials said. More than 100 assailants attacked the convoy. The assailants fired rockets and used automatic weapons that damaged three vehicles, the official said.",
        "2025-01-18",
    );
    assert_eq!(
        incident.event_type.as_str(),
        "armed_attack",
        "{incident:#?}"
    );
    // A state's rockets stay shelling.
    let incident = only(
        "Pakistani forces fired rockets into Dangam district of Kunar on Sunday, killing two children, officials said.",
        "2025-01-18",
    );
    assert_ne!(
        incident.event_type.as_str(),
        "armed_attack",
        "{incident:#?}"
    );
}

#[test]
fn those_killed_in_the_blast_also_include_breaks_the_toll_down() {
    let incident = only(
        "Four people, including two policemen, were killed in an explosion near a police vehicle in Quetta on Monday, officials said. Those killed in the blast also include a girl.",
        "2023-04-10",
    );
    assert_eq!(incident.claims[0].children_killed, Some(1), "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(4));
}

#[test]
fn afghan_taliban_counted_by_the_army() {
    let incident = only(
        "The Afghan Taliban attacked posts in the Spin Boldak area on Wednesday, which were repulsed, the army said.\n\n\"While repulsing the attack, 15-20 Afghan Taliban have been killed and many injured,\" the army said.",
        "2025-10-15",
    );
    let c = claim(&incident, Some("PAK"));
    assert_eq!(c.killed, Some(15), "{incident:#?}");
}

#[test]
fn a_us_spy_plane_is_another_party() {
    let incident = only(
        "A man was injured in a drone strike allegedly carried out by a US spy plane in Kurram on Wednesday, officials said.",
        "2018-01-17",
    );
    assert_eq!(
        incident.perpetrator.as_deref(),
        Some("OTHER"),
        "{incident:#?}"
    );
}

#[test]
fn each_side_blaming_the_other_in_its_own_paragraph_names_no_perpetrator() {
    let incident = only(
        "Fighting resumed in Spin Boldak on Wednesday. Mujahid said 12 civilians were killed and accused Pakistani forces of carrying out attacks with heavy weapons.\n\nThe Afghan Taliban attacked four locations in the Spin Boldak area, the army said.",
        "2025-10-15",
    );
    assert_eq!(incident.perpetrator, None, "{incident:#?}");
}

// Round 4: error classes of the development passages (round 3's held-out set among them), each
// on sentences written for it.

#[test]
fn gunned_down_neutralized_and_martyrdom_of_are_casualty_words() {
    let cases = [
        (
            "Security forces gunned down three terrorists in an operation in North Waziristan on Monday, the ISPR said.",
            3,
        ),
        (
            "Police neutralized two terrorists during a search operation in Lakki Marwat on Monday.",
            2,
        ),
        (
            "The attack on a police post in Bannu on Monday resulted in the martyrdom of five policemen, officials said.",
            5,
        ),
        (
            "Two militants were gunned down by police in Bannu on Monday.",
            2,
        ),
    ];
    for (text, killed) in cases {
        let incident = only(text, "2024-03-12");
        assert_eq!(incident.claims[0].killed, Some(killed), "{text}");
    }
}

#[test]
fn got_injured_is_a_casualty_word() {
    let incident = only(
        "Three policemen got injured when terrorists attacked a check post in Tank on Sunday, police said.",
        "2024-03-12",
    );
    assert_eq!(incident.claims[0].injured, Some(3), "{incident:#?}");
}

#[test]
fn a_medium_quoting_a_party_gives_the_party_s_voice() {
    let incident = only(
        "Security forces have gunned down a terrorist in an operation in North Waziristan, ARY News reported on Monday, quoting the Inter-Services Public Relations (ISPR).",
        "2023-01-30",
    );
    assert_eq!(
        claim(&incident, Some("PAK")).killed,
        Some(1),
        "{incident:#?}"
    );
}

#[test]
fn unnamed_terrorists_in_an_operation_are_no_perpetrator() {
    let incident = only(
        "Security forces killed four terrorists in an intelligence-based operation in North Waziristan on Tuesday. During the operation, intense fire exchange took place between the troops and the terrorists, the ISPR said.",
        "2024-01-03",
    );
    assert_eq!(incident.event_type.as_str(), "armed_clash", "{incident:#?}");
    assert_eq!(incident.perpetrator, None, "{incident:#?}");
}

#[test]
fn an_exchange_of_fire_after_militants_attacked_a_garrison_is_their_armed_attack() {
    let incident = only(
        "Four soldiers were martyred after militants launched an attack on the Zhob garrison on Wednesday, the ISPR said. In the ensuing heavy exchange of fire, three terrorists were killed, the ISPR said.",
        "2023-07-12",
    );
    assert_eq!(
        incident.event_type.as_str(),
        "armed_attack",
        "{incident:#?}"
    );
    assert_eq!(incident.perpetrator.as_deref(), Some("UNKNOWN"));
}

#[test]
fn a_suicide_bomber_among_the_dead_does_not_make_a_suicide_bombing() {
    let incident = only(
        "Security forces conducted an intelligence-based operation in North Waziristan on Tuesday. During the operation, intense fire exchange took place, as a result of which four terrorists including a suicide bomber were killed, the ISPR said.",
        "2024-01-03",
    );
    assert_eq!(incident.event_type.as_str(), "armed_clash", "{incident:#?}");
    assert_eq!(incident.perpetrator, None, "{incident:#?}");
}

#[test]
fn the_media_wing_of_the_military_is_not_the_media() {
    let incident = only(
        "The security forces on Tuesday killed four terrorists in an operation in North Waziristan, said the media wing of the military.",
        "2024-01-03",
    );
    assert_eq!(
        claim(&incident, Some("PAK")).killed,
        Some(4),
        "{incident:#?}"
    );
    let media = only(
        "At least 20 people were killed in a blast in Quetta on Tuesday, the media reported.",
        "2024-01-03",
    );
    assert_eq!(claim(&media, None).killed, Some(20), "{media:#?}");
}

#[test]
fn two_days_ago_a_tally_of_this_year_and_the_prior_blast_are_context() {
    let incident = only(
        "Gunmen killed four policemen in an attack on a police station in Lakki Marwat on Saturday, police said.\n\nTwo days ago, 12 security officials embraced martyrdom in an attack on a checkpost in Bannu, the army said.\n\nAt least 105 police personnel were martyred in more than a hundred militant attacks in 2022 in the province.\n\nThe prior blast resulted in the loss of 56 lives and left 123 individuals injured.",
        "2022-12-18",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(4));
    assert_eq!(incident.date.as_deref(), Some("2022-12-17"));
}

#[test]
fn each_side_s_dead_of_one_clash_are_two_claims() {
    let incident = only(
        "Eight militants were killed during fierce clashes with security forces in the Tirah Valley of Khyber district on Sunday. The firefight also claimed the lives of eight security personnel.",
        "2024-11-24",
    );
    assert_eq!(incident.claims.len(), 2, "{incident:#?}");
    assert!(
        incident
            .claims
            .iter()
            .any(|c| c.combatants_killed == Some(8) && c.security_forces_killed.is_none())
    );
    assert!(
        incident
            .claims
            .iter()
            .any(|c| c.security_forces_killed == Some(8) && c.combatants_killed.is_none())
    );
}

#[test]
fn earlier_in_the_day_tells_another_incident_of_the_same_day() {
    let incidents = read(
        "Security forces killed seven terrorists in two operations in North Waziristan, the ISPR said on Tuesday.\n\nEarlier in the day, Miranshah Assistant Commissioner Shah Wali and two police officials were among four people martyred when his vehicle was attacked in Bannu district. Two police officers sustained injuries.",
        "2025-12-03",
    );
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
    let bannu = &incidents[1];
    assert_eq!(bannu.admin2.as_deref(), Some("Bannu"));
    assert_eq!(bannu.claims[0].killed, Some(4), "{bannu:#?}");
    assert_eq!(bannu.claims[0].injured, Some(2));
    assert_eq!(bannu.date.as_deref(), Some("2025-12-02"), "{bannu:#?}");
    assert_eq!(incidents[0].claims[0].killed, Some(7));
}

#[test]
fn bare_figures_right_after_context_are_that_context_s() {
    let incident = only(
        "A hundred rockets fired by Pakistani forces landed in the Dangam district of Kunar province on Wednesday, the governor's spokesman said. He said residents suffered no life loss.\n\nAbout 4,000 rockets have been fired into Dangam since the beginning of the year. Ten civilians have been killed and 29 others injured, the spokesman said.",
        "2012-08-23",
    );
    assert!(
        incident.claims.iter().all(|c| c.is_empty()),
        "{incident:#?}"
    );
}

#[test]
fn a_police_official_among_the_victims_is_counted() {
    let injured = only(
        "At least seven people, including a police official, were injured in a blast in Quetta on Saturday, a hospital spokesperson said.",
        "2021-11-13",
    );
    assert_eq!(injured.claims[0].injured, Some(7), "{injured:#?}");
    let killed = only(
        "Two police officials were killed in a blast in Quetta on Saturday, police officials said.",
        "2021-11-13",
    );
    assert_eq!(
        killed.claims[0].security_forces_killed,
        Some(2),
        "{killed:#?}"
    );
}

#[test]
fn a_place_in_the_possessive_of_a_town_is_a_spot_inside_it() {
    let incident = only(
        "At least 15 people were killed after a suicide bomber targeted an army truck in Balochistan on Saturday night. The incident took place when the truck was passing through Quetta's Pishin bus stop.",
        "2017-08-13",
    );
    assert_eq!(incident.admin2.as_deref(), Some("Quetta"), "{incident:#?}");
}

#[test]
fn injured_restated_in_a_paragraph_of_its_own_are_not_the_article_s_claim() {
    let incident = only(
        "Two civilians were martyred and seven others were injured when a suicide bomber targeted a convoy of security forces in Bannu, the ISPR said.\nAs a result of the explosion, two civilians were martyred while three security personnel among seven others sustained injuries.",
        "2023-11-27",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(claim(&incident, Some("PAK")).injured, Some(7));
}

#[test]
fn a_woman_civilian_is_counted() {
    let incident = only(
        "A woman civilian was killed in the crossfire in Zhob on Wednesday while five other civilians were left injured, the deputy commissioner said.",
        "2023-07-12",
    );
    assert_eq!(incident.claims[0].killed, Some(1), "{incident:#?}");
    assert_eq!(incident.claims[0].women_killed, Some(1));
    assert_eq!(incident.claims[0].injured, Some(5));
}

#[test]
fn an_official_s_title_gives_his_voice_over_a_namesake_s() {
    let incident = only(
        "Four soldiers were martyred in an attack on the Zhob garrison on Wednesday, the ISPR said.\n\nZhob District Commissioner (DC) Azeem Kakar told Dawn.com that the cantonment area was under attack.\n\nHe further said that a woman civilian was killed in the crossfire while five other civilians were left injured.",
        "2023-07-12",
    );
    let article = claim(&incident, None);
    assert_eq!(article.killed, Some(1), "{incident:#?}");
    assert_eq!(article.injured, Some(5));
    assert_eq!(claim(&incident, Some("PAK")).killed, Some(4));
}

#[test]
fn a_context_figure_told_again_is_still_context() {
    let incident = only(
        "Police repulsed an attack of terrorists on a police station in Lakki Marwat on Sunday night. Two policemen were injured.\n\nEarlier on February 7, at least 12 terrorists were killed in an operation conducted by security forces in Lakki Marwat.\n\nAccording to details, security forces signalled a vehicle to stop. The law enforcing agencies destroyed the vehicle with a rocket launcher due to which 12 terrorists were killed.",
        "2023-02-13",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].injured, Some(2));
    assert_eq!(incident.claims[0].killed, None);
}

#[test]
fn a_round_up_of_earlier_events_after_context_is_context() {
    let incident = only(
        "Security forces killed four terrorists in an operation in North Waziristan, the ISPR said on Friday.\n\nA day earlier, two terrorists were killed in separate operations in Khyber and Dera Ismail Khan districts.\n\nOn Wednesday, two soldiers were martyred in an exchange of fire with terrorists in Lakki Marwat.",
        "2024-03-08",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(4));
    assert_eq!(
        incident.date.as_deref(),
        Some("2024-03-08"),
        "{incident:#?}"
    );
}

#[test]
fn a_us_drone_is_another_party() {
    let incident = only(
        "A suspected U.S. drone strike targeted a compound in Khost province on Wednesday, killing three militants, an official said.",
        "2017-05-24",
    );
    assert_eq!(incident.event_type.as_str(), "drone_strike");
    assert_eq!(
        incident.perpetrator.as_deref(),
        Some("OTHER"),
        "{incident:#?}"
    );
}

#[test]
fn one_number_for_women_and_children_counts_neither_alone() {
    let incident = only(
        "The TTP claimed the Pakistani airstrike in Barmal district of Paktika on Tuesday killed 50 people, including 27 women and children.",
        "2024-12-25",
    );
    let c = &incident.claims[0];
    assert_eq!(c.killed, Some(50), "{incident:#?}");
    assert_eq!(c.women_killed, None);
    assert_eq!(c.children_killed, None);
    let listed = only(
        "Five women and three children were killed in a Pakistani airstrike in Barmal district of Paktika on Tuesday.",
        "2024-12-25",
    );
    assert_eq!(listed.claims[0].killed, Some(8));
    assert_eq!(listed.claims[0].women_killed, Some(5));
}

#[test]
fn an_agency_dateline_names_no_actor() {
    let incident = only(
        "PESHAWAR, Pakistan -- Militants attacked a police station in Dera Ismail Khan before dawn on Monday, killing 10 officers, authorities said.",
        "2024-02-05",
    );
    assert_eq!(
        incident.perpetrator.as_deref(),
        Some("UNKNOWN"),
        "{incident:#?}"
    );
}

// Round 5: error classes of the development passages (round 4's held-out set among them), each
// on sentences written for it.

#[test]
fn some_of_the_wounded_in_critical_condition_are_not_the_injured_figure() {
    let incident = only(
        "At least 30 people were killed in a suicide blast at a market in Kohat on Friday. A health official said that six of the wounded persons were in critical condition.",
        "2023-06-03",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(30));
    assert_eq!(incident.claims[0].injured, None, "{incident:#?}");
}

#[test]
fn earlier_on_a_weekday_dates_the_story_and_earlier_on_a_date_is_context() {
    let today = only(
        "The death toll from a bomb attack on a police van in Mardan earlier on Tuesday has risen to nine, officials said.",
        "2023-03-07",
    );
    assert_eq!(today.claims[0].killed, Some(9), "{today:#?}");
    let incident = only(
        "Two soldiers were martyred when militants attacked a checkpost in Tank on Sunday, police said. Earlier on 14 May, three policemen were killed in an attack in the same district.",
        "2023-06-19",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(2));
}

#[test]
fn bodies_at_one_hospital_are_some_of_the_toll() {
    let incident = only(
        "The death toll from the suicide attack on a mosque in Charsadda rose to 14 on Saturday, hospital officials said. Eight bodies were taken to the district hospital.",
        "2022-04-09",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(14));
}

#[test]
fn a_responsibility_claim_paragraphs_later_names_the_perpetrator() {
    let incident = only(
        "At least nine people were killed and 20 wounded when a bomb went off near a bus in Turbat on Thursday, police said.\n\nThe wounded were taken to a nearby hospital, where an emergency was declared.\n\nThe provincial government condemned the attack.\n\nThe Baloch Liberation Army has since claimed responsibility for the attack.",
        "2024-05-10",
    );
    assert_eq!(
        incident.perpetrator.as_deref(),
        Some("BLA"),
        "{incident:#?}"
    );
}

#[test]
fn a_responsibility_claim_for_another_raid_is_context() {
    let incident = only(
        "Pakistani airstrikes killed at least 12 people in Barmal district of Paktika on Tuesday, a Taliban spokesman said.\n\nLast month, the TTP claimed responsibility for a raid on an army post in South Waziristan.",
        "2024-12-25",
    );
    assert_eq!(
        incident.perpetrator.as_deref(),
        Some("PAK"),
        "{incident:#?}"
    );
}

#[test]
fn an_attack_attributed_to_a_group_or_directed_by_it_is_the_group_s() {
    let attributed = only(
        "Six soldiers were martyred when an explosive-laden vehicle hit a checkpost in North Waziristan on Monday, the ISPR said. The military attributed the attack to the Hafiz Gul Bahadur group.",
        "2024-07-16",
    );
    assert_eq!(
        attributed.perpetrator.as_deref(),
        Some("OTHER"),
        "{attributed:#?}"
    );
    let directed = only(
        "Four policemen were martyred in a suicide attack on a police station in Lakki Marwat on Wednesday. Officials said the attack was planned and directed by Fitna-ul-Khawarij commanders.",
        "2025-02-13",
    );
    assert_eq!(
        directed.perpetrator.as_deref(),
        Some("TTP"),
        "{directed:#?}"
    );
}

#[test]
fn soldiers_and_civilians_told_in_two_sentences_add_up_to_one_toll() {
    let incident = only(
        "Militants stormed a camp in Zhob on Tuesday, the ISPR said. Four soldiers embraced martyrdom in the exchange of fire. A nearby house was destroyed, leading to the martyrdom of nine civilians and injuries to 20 others.",
        "2024-03-13",
    );
    let voice = claim(&incident, Some("PAK"));
    assert_eq!(voice.killed, Some(13), "{incident:#?}");
    assert_eq!(voice.security_forces_killed, Some(4));
    assert_eq!(voice.civilians_killed, Some(9));
    assert_eq!(voice.injured, Some(20));
}

#[test]
fn a_named_victim_among_a_toll_is_a_part_of_it() {
    let incident = only(
        "At least 20 people were killed in a suicide blast at a rally in Khar on Sunday, officials said. The blast also killed a deputy superintendent of police who was on duty at the rally.",
        "2023-07-31",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(20));
    assert_eq!(incident.claims[0].security_forces_killed, Some(1));
}

#[test]
fn the_audience_of_a_briefing_is_not_the_speaker() {
    let incident = only(
        "Seven people were killed and 19 injured in a blast in Islamabad on Monday, according to hospital officials.\n\nThe interior minister, while briefing the media at the site, said that seven people were killed and 15 were injured.",
        "2025-03-03",
    );
    assert_eq!(
        claim(&incident, Some("PAK")).injured,
        Some(15),
        "{incident:#?}"
    );
    assert_eq!(claim(&incident, None).injured, Some(19));
}

#[test]
fn a_hospital_named_after_the_country_speaks_in_the_article_s_voice() {
    let incident = only(
        "A spokesperson for the Pakistan Institute of Medical Sciences said that 11 people were killed and 30 injured in the blast in Islamabad on Friday.",
        "2025-05-02",
    );
    assert_eq!(incident.claims[0].claimant, None, "{incident:#?}");
}

#[test]
fn a_related_incident_and_elsewhere_open_another_incident() {
    let incidents = read(
        "Two Levies personnel were killed in an attack on a checkpost in Kurram on Saturday, officials said.\n\nIn a related incident on Sunday, an attack on a checkpoint in Parachinar resulted in the death of an FC official and injuries to two others.",
        "2024-09-09",
    );
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
    assert_eq!(incidents[1].claims[0].security_forces_killed, Some(1));
    let incidents = read(
        "Gunmen killed three shopkeepers in Bara on Monday, officials said. Elsewhere in Khyber, five people, including two children, were wounded when a mortar shell hit their home.",
        "2021-05-04",
    );
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
    assert_eq!(incidents[1].claims[0].injured, Some(5));
}

#[test]
fn minor_brothers_with_serious_injuries_are_injured() {
    let incident = only(
        "Two minor brothers got serious injuries in a suspected quadcopter strike in Mir Ali on Sunday evening, residents said.",
        "2025-08-25",
    );
    assert_eq!(incident.claims[0].injured, Some(2), "{incident:#?}");
}

// Round 6: error classes of the development passages (round 5's held-out set among them), each
// on sentences written for it.

#[test]
fn the_afghan_state_s_officials_speak_for_the_republic_before_august_2021_and_the_taliban_after() {
    let text = "Pakistani rockets killed five civilians in Dangam district of Kunar province on Sunday, the Afghan defence ministry said.";
    let republic = only(text, "2019-06-10");
    assert_eq!(republic.claims[0].claimant, None, "{republic:#?}");
    let emirate = only(text, "2023-06-12");
    assert_eq!(
        emirate.claims[0].claimant.as_deref(),
        Some("TALIBAN"),
        "{emirate:#?}"
    );
    // Two names for one side after the takeover are one voice.
    let both = only(
        "At least 20 people were killed in Pakistani airstrikes on Barmal district of Paktika on Tuesday night, Afghan authorities said. Taliban spokesman Zabihullah Mujahid said that four others were wounded.",
        "2024-12-25",
    );
    assert_eq!(both.claims.len(), 1, "{both:#?}");
    assert_eq!(both.claims[0].injured, Some(4));
}

#[test]
fn members_of_a_family_and_a_day_before_the_verb_keep_the_figure() {
    let family = only(
        "Seven members of a nomad family were killed in a drone strike in Tirah valley of Khyber district on Monday, residents said.",
        "2025-04-15",
    );
    assert_eq!(family.claims[0].killed, Some(7), "{family:#?}");
    let day = only(
        "Three policemen on Thursday embraced martyrdom when militants attacked a checkpost in Lakki Marwat, police said.",
        "2024-10-04",
    );
    assert_eq!(day.claims[0].killed, Some(3), "{day:#?}");
    assert_eq!(day.claims[0].security_forces_killed, Some(3));
}

#[test]
fn the_aforesaid_strike_refers_back_to_context() {
    let incident = only(
        "A US drone strike killed four suspected militants in Datta Khel, North Waziristan, on Friday, officials said.\n\nRelations soured after a NATO air strike on two border posts in Mohmand last November. Pakistan demanded an apology for the aforesaid air strike which killed 24 Pakistani soldiers.",
        "2012-06-02",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(4));
}

#[test]
fn what_a_group_is_known_for_is_not_an_event() {
    let incidents = read(
        "The Chaman crossing was closed by Afghan authorities on Sunday after Islamabad accused Kabul of sheltering militants whose cross-border attacks have led to a rise in violence.",
        "2023-03-01",
    );
    assert!(incidents.is_empty(), "{incidents:#?}");
}

// Round 7: error classes of the development passages (round 6's held-out set among them), each
// on sentences written for it.

#[test]
fn one_victim_named_with_an_article_and_a_word_between_counts_one() {
    let army = only(
        "An army soldier was martyred when terrorists fired on a post in Bajaur on Sunday, officials said.",
        "2020-10-12",
    );
    assert_eq!(army.claims[0].killed, Some(1), "{army:#?}");
    assert_eq!(army.claims[0].security_forces_killed, Some(1));
    let shot = only(
        "Gunmen shot dead a policeman guarding a vaccination team in Tank district on Sunday, police said.",
        "2021-12-13",
    );
    assert_eq!(shot.claims[0].killed, Some(1), "{shot:#?}");
    let two = only(
        "Gunmen shot dead two policemen in Bannu on Monday, police said.",
        "2021-12-14",
    );
    assert_eq!(two.claims[0].killed, Some(2), "{two:#?}");
    // A number word right before the noun is not an adjective: "at 12 three security
    // personnel" does not make twelve security personnel.
    let toll = only(
        "Militants attacked a convoy in Kurram on Thursday. A police officer put the death toll from the attack at 12 three security personnel, five drivers and four civilians.",
        "2025-01-18",
    );
    assert_eq!(toll.claims[0].killed, Some(12), "{toll:#?}");
}

#[test]
fn another_with_no_noun_before_a_casualty_word_is_one_more() {
    let incident = only(
        "A soldier was martyred and another injured when militants attacked a check post in Khyber district on Tuesday, the ISPR said.",
        "2022-03-02",
    );
    assert_eq!(incident.claims[0].killed, Some(1), "{incident:#?}");
    assert_eq!(incident.claims[0].injured, Some(1));
    // "another 17" is still seventeen.
    let more = only(
        "The attack in Bannu on Sunday killed another 17 people, officials said.",
        "2022-03-01",
    );
    assert_eq!(more.claims[0].killed, Some(17), "{more:#?}");
}

#[test]
fn the_past_perfect_after_context_goes_on_about_the_context() {
    let incident = only(
        "Suspected militants attacked a police post in Daraban area of Dera Ismail Khan late on Friday, leaving two passers-by dead.\n\nOn July 21, a suicide bomber struck a hospital in Dera Ismail Khan. Four policemen and three civilians had been killed in the bombing.",
        "2019-08-25",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(2));
}

#[test]
fn a_string_of_attacks_and_that_incident_are_context() {
    let string = only(
        "A suicide bomber killed seven people in Quetta on Sunday night, police said.\n\nA string of gun and bomb attacks around the elections claimed nearly 50 lives.",
        "2013-05-13",
    );
    assert_eq!(string.claims.len(), 1, "{string:#?}");
    assert_eq!(string.claims[0].killed, Some(7));
    let that = only(
        "A suicide bomber attacked a hospital in Quetta, killing eight people, police said on Friday.\n\nIn February this year, militants blew up a bus carrying pilgrims. 25 people died in that incident.",
        "2010-04-17",
    );
    assert_eq!(that.claims.len(), 1, "{that:#?}");
    assert_eq!(that.claims[0].killed, Some(8));
}

#[test]
fn others_along_with_named_people_are_not_more_than_the_toll() {
    let incident = only(
        "A mortar shell hit a house in Bajaur district on Sunday, killing seven members of a family, officials said. \"He along with his wife and five other members of the family died on the spot,\" a police official said.",
        "2020-02-03",
    );
    assert_eq!(incident.claims[0].killed, Some(7), "{incident:#?}");
}

#[test]
fn a_tehsildar_and_levies_add_up_and_a_campaign_s_total_is_context() {
    let bomb = only(
        "A roadside bomb killed a political tehsildar and five Levies personnel in Bajaur on Sunday.",
        "2017-09-18",
    );
    assert_eq!(bomb.claims[0].killed, Some(6), "{bomb:#?}");
    assert_eq!(bomb.claims[0].security_forces_killed, Some(5));
    let campaign = only(
        "Jets struck a village in Shawal valley on Wednesday, killing 37 civilians, residents said. Almost 500 militants are said to have been killed in the campaign.",
        "2014-07-22",
    );
    assert_eq!(campaign.claims.len(), 1, "{campaign:#?}");
    assert_eq!(campaign.claims[0].killed, Some(37));
}

#[test]
fn talks_that_came_amid_strikes_and_a_group_s_record_are_no_incident() {
    let incidents = read(
        "Pakistani and Afghan officials agreed on Friday to reopen the Torkham crossing for trade. The talks came amid tensions after air strikes in Paktika that Afghan officials said killed nine people. Islamabad said the strikes targeted a group which has been responsible for attacks in Pakistan, including one in Bannu that killed five soldiers.",
        "2024-04-05",
    );
    assert!(incidents.is_empty(), "{incidents:#?}");
}

// Round 8: error classes of the development passages (round 7's held-out set among them), each
// on sentences written for it.

#[test]
fn soldiers_of_the_paramilitary_frontier_corps_keep_their_figure() {
    let incident = only(
        "Three soldiers of the paramilitary Frontier Corps (FC) were martyred when militants fired on their post in Mohmand district on Tuesday, officials said.",
        "2019-03-06",
    );
    assert_eq!(incident.claims[0].killed, Some(3), "{incident:#?}");
    assert_eq!(incident.claims[0].security_forces_killed, Some(3));
}

#[test]
fn more_dead_also_told_in_another_district_are_another_incident() {
    let incidents = read(
        "Five soldiers were martyred when militants attacked a check post in Bannu district on Tuesday, the ISPR said. On Tuesday, the army said nine terrorists were also killed in clashes in the Tirah valley of Khyber district.",
        "2024-11-20",
    );
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
    assert_eq!(incidents[0].admin2.as_deref(), Some("Bannu"));
    assert_eq!(incidents[0].claims[0].killed, Some(5));
    assert_eq!(incidents[1].claims[0].killed, Some(9));
}

#[test]
fn a_sentence_glued_to_the_one_before_is_still_read_apart() {
    let incident = only(
        "Eleven people were killed in a clash between two tribes in Kurram district on Saturday, officials said. Land disputes are the main cause of the clashes.Last month, 40 people were killed in the region over a land dispute.",
        "2024-10-13",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(11));
    // The evidence quotes the glued sentence alone, as the sentence the figure came from.
    let voice = only(
        "Gunmen stormed a police station in Dera Ismail Khan on Saturday, killing five people, eyewitnesses said. Two of the victims were policemen.The interior minister told reporters that all three attackers had been killed.",
        "2013-08-11",
    );
    assert!(
        voice.evidence.iter().any(|e| e
            == "The interior minister told reporters that all three attackers had been killed."),
        "{voice:#?}"
    );
}

#[test]
fn tribesmen_who_succumbed_are_dead_and_minor_injuries_are_injuries() {
    let died = only(
        "Four tribesmen succumbed to their injuries in Khar hospital on Sunday after the bombing in Bajaur, doctors said.",
        "2012-05-07",
    );
    assert_eq!(died.claims[0].killed, Some(4), "{died:#?}");
    assert_eq!(died.claims[0].injured, None);
    let hurt = only(
        "A mortar fired from across the border hit a village in Bajaur on Monday, and three FC personnel sustained minor shrapnel injuries, an official said.",
        "2013-10-22",
    );
    assert_eq!(hurt.claims[0].injured, Some(3), "{hurt:#?}");
}

#[test]
fn a_body_that_voiced_concern_over_deaths_is_their_voice() {
    let incident = only(
        "The United Nations on Monday voiced concern over the deaths of at least eight children in an air strike in Kunar province.",
        "2013-04-09",
    );
    assert_eq!(
        incident.claims[0].claimant.as_deref(),
        Some("UN"),
        "{incident:#?}"
    );
    assert_eq!(incident.claims[0].killed, Some(8));
}

#[test]
fn a_name_in_brackets_inside_the_noun_phrase_and_a_tribal_elder_count_one() {
    let force = only(
        "Gunmen shot dead an Anti-Terrorist Force (ATF) personnel in Dera Allah Yar on Tuesday, police said.",
        "2024-05-22",
    );
    assert_eq!(force.claims[0].killed, Some(1), "{force:#?}");
    let elder = only(
        "Unidentified men gunned down a tribal elder in Quetta on Saturday, police said.",
        "2023-07-09",
    );
    assert_eq!(elder.claims[0].killed, Some(1), "{elder:#?}");
    // One who speaks is not a figure: "a tribal elder said".
    let speaker = only(
        "A tribal elder said that six of the wounded were in critical condition after the strike in Khost on Monday, which killed 10 people.",
        "2024-05-22",
    );
    assert_eq!(speaker.claims[0].killed, Some(10), "{speaker:#?}");
    assert_eq!(speaker.claims[0].injured, None, "{speaker:#?}");
}

#[test]
fn one_driver_one_trooper_and_a_shepherd_family_are_victims() {
    let driver = only(
        "Militants opened fire and killed a truck driver and wounded three others in Duki district on Tuesday, police said.",
        "2024-05-22",
    );
    assert_eq!(driver.claims[0].killed, Some(1), "{driver:#?}");
    assert_eq!(driver.claims[0].injured, Some(3));
    let trooper = only(
        "An army trooper was killed when militants attacked a post in Kech district on Thursday, officials said.",
        "2024-04-26",
    );
    assert_eq!(
        trooper.claims[0].security_forces_killed,
        Some(1),
        "{trooper:#?}"
    );
    let family = only(
        "Six members of a shepherd family were killed in a strike in Mardan district on Saturday, residents said.",
        "2025-03-30",
    );
    assert_eq!(family.claims[0].killed, Some(6), "{family:#?}");
}

// Round 9: error classes of the development passages (round 8's held-out set among them), each
// on sentences written for it.

#[test]
fn the_ispr_informed_and_pakistani_intelligence_officials_speak_for_pakistan() {
    let informed = only(
        "Three soldiers were martyred in a roadside blast in North Waziristan on Monday, the Inter-Services Public Relations informed.",
        "2021-09-07",
    );
    assert_eq!(
        informed.claims[0].claimant.as_deref(),
        Some("PAK"),
        "{informed:#?}"
    );
    let intelligence = only(
        "A drone strike killed five militants in Datta Khel on Sunday, two Pakistani intelligence officials said.",
        "2014-12-08",
    );
    assert_eq!(
        intelligence.claims[0].claimant.as_deref(),
        Some("PAK"),
        "{intelligence:#?}"
    );
    assert_eq!(intelligence.claims[0].killed, Some(5));
}

#[test]
fn both_of_the_attackers_are_two_but_both_x_and_y_count_no_one() {
    let both = only(
        "Gunmen attacked a police post in Bara on Thursday; both of the terrorists were killed, police said.",
        "2023-07-20",
    );
    assert_eq!(
        both.claims.iter().find_map(|c| c.combatants_killed),
        Some(2),
        "{both:#?}"
    );
    let joined = read(
        "Over the years many people, both civilians and troops, were martyred in attacks from across the border.",
        "2016-03-03",
    );
    assert!(
        joined
            .iter()
            .all(|i| i.claims.iter().all(|c| c.killed.is_none())),
        "{joined:#?}"
    );
}

#[test]
fn people_killed_as_them_and_the_killing_of_all_four() {
    let them = only(
        "Gunmen abducted seven passengers from a bus in Zhob on Thursday night and later killed them, officials said.",
        "2025-07-11",
    );
    assert_eq!(them.claims[0].killed, Some(7), "{them:#?}");
    let all = only(
        "Troops repulsed an attack on a naval base in Turbat on Monday night, the ISPR said, killing all five attackers.",
        "2024-03-26",
    );
    assert_eq!(
        all.claims.iter().find_map(|c| c.combatants_killed),
        Some(5),
        "{all:#?}"
    );
}

#[test]
fn an_initial_death_toll_is_not_a_second_figure() {
    let incident = only(
        "At least 22 people were killed when a bomb ripped through a market in Orakzai on Friday, officials said. Initial death toll was 19, according to the deputy commissioner's office.",
        "2018-11-24",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(22));
}

#[test]
fn a_noun_for_people_before_another_is_whose_they_are() {
    let incident = only(
        "Seven Pakistani soldiers and 30 Taliban militants were killed in a clash in Kurram district on Sunday, officials said.",
        "2023-01-02",
    );
    assert_eq!(incident.claims.len(), 2, "{incident:#?}");
    assert_eq!(incident.claims[0].security_forces_killed, Some(7));
    assert_eq!(incident.claims[1].combatants_killed, Some(30));
    let miscreants = only(
        "Militants attacked a post in Upper Dir on Sunday; four soldiers and 12 miscreants were killed, an army officer said.",
        "2012-06-25",
    );
    assert_eq!(miscreants.claims.len(), 2, "{miscreants:#?}");
}

// Round 10: error classes of the development passages (round 9's held-out set among them), each
// on sentences written for it.

#[test]
fn personnel_of_the_levies_force_keep_their_figure() {
    let incident = only(
        "Three personnel of the Levies Force were martyred in an attack on a checkpost in Khuzdar district on Saturday, officials said.",
        "2025-05-17",
    );
    assert_eq!(incident.claims[0].killed, Some(3), "{incident:#?}");
    assert_eq!(incident.claims[0].security_forces_killed, Some(3));
}

#[test]
fn a_campaign_s_total_and_the_dead_also_told_after_it_are_context() {
    let incident = only(
        "The military said on Tuesday that another 21 ‘terrorists’ were killed when jets struck hideouts in North Waziristan.\n\nClose to 900 suspected terrorists have so far been killed since the offensive began in June. Around 80 soldiers also lost their lives in the operation.",
        "2014-10-21",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(21));
}

#[test]
fn a_month_after_an_earlier_attack_is_context() {
    let incident = only(
        "At least 20 militants were killed in air strikes in Datta Khel on Sunday, the ISPR said. The strikes came a month after 120 schoolchildren were killed by militants in Peshawar.",
        "2015-01-26",
    );
    assert_eq!(incident.claims.len(), 1, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(20));
}

#[test]
fn victims_also_killed_are_not_added_to_the_attackers_dead() {
    let incident = only(
        "Twelve militants were killed in a clash in Mamund tehsil of Bajaur on Thursday, an official said. Three people belonging to the village peace committee were also killed, and one security official was also killed in the clash.",
        "2012-07-13",
    );
    let militants = incident
        .claims
        .iter()
        .find(|c| c.combatants_killed.is_some());
    assert_eq!(militants.and_then(|c| c.killed), Some(12), "{incident:#?}");
    assert!(
        incident.claims.iter().any(|c| c.killed == Some(4)),
        "{incident:#?}"
    );
}

#[test]
fn others_including_groups_with_no_closing_comma_keep_their_verb() {
    let incident = only(
        "At least four people were killed and 19 others, including policemen and civilians were injured in a bomb blast in Dera Ismail Khan on Friday.",
        "2023-11-03",
    );
    assert_eq!(incident.claims[0].killed, Some(4), "{incident:#?}");
    assert_eq!(incident.claims[0].injured, Some(19));
    let khwarij = only(
        "Three soldiers were martyred in Bajaur on Monday while four khwarij got injured, the ISPR said.",
        "2024-08-19",
    );
    assert!(
        khwarij.claims.iter().any(|c| c.injured == Some(4)),
        "{khwarij:#?}"
    );
}

#[test]
fn state_media_speak_in_the_article_s_voice() {
    let incident = only(
        "Two FC personnel were among four lives lost as the banned Balochistan Liberation Army (BLA) targeted a convoy in Noshki district on Sunday, state media reported.",
        "2025-02-03",
    );
    assert_eq!(incident.claims[0].claimant, None, "{incident:#?}");
    assert_eq!(incident.claims[0].killed, Some(4));
}
