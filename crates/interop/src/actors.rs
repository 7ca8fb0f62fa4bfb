//! The actors crosscheck knows by id, and how the datasets name them: ACLED's `actor1`/`actor2`
//! ("Military Forces of Pakistan (2022-)", "TTP: Tehreek-i-Taliban Pakistan") and UCDP's
//! `side_a`/`side_b` ("Government of Pakistan", "Taleban") map onto `PAK`, `TALIBAN`, `TTP`…
//!
//! Only names that leave no doubt are mapped; every other actor is kept verbatim in the
//! incident's attributes. The records match the demo dataset's, so an import into a database
//! that already holds them adds nothing.

use model::{Actor, ActorId, ActorKind, CountryCode};

/// One known actor: its record, and the names that mean it (lower case; a name ending in `*`
/// matches any text that starts with it).
struct Known {
    id: &'static str,
    name: &'static str,
    kind: ActorKind,
    country: Option<CountryCode>,
    aliases: &'static [&'static str],
    names: &'static [&'static str],
}

const KNOWN: &[Known] = &[
    Known {
        id: "PAK",
        name: "Pakistan",
        kind: ActorKind::State,
        country: Some(CountryCode::PAK),
        aliases: &["Government of Pakistan", "Pakistani military", "ISPR"],
        names: &[
            "military forces of pakistan*",
            "police forces of pakistan*",
            "government of pakistan*",
        ],
    },
    Known {
        id: "TALIBAN",
        name: "Taliban (Islamic Emirate of Afghanistan)",
        kind: ActorKind::DeFactoAuthority,
        country: Some(CountryCode::AFG),
        aliases: &[
            "Islamic Emirate of Afghanistan",
            "IEA",
            "Afghan Taliban",
            "Taliban administration",
        ],
        names: &[
            "taliban",
            "taleban",
            "military forces of afghanistan (2021-)*",
            "police forces of afghanistan (2021-)*",
        ],
    },
    Known {
        id: "TTP",
        name: "Tehrik-e-Taliban Pakistan (TTP)",
        kind: ActorKind::ArmedGroup,
        country: Some(CountryCode::PAK),
        aliases: &[
            "Tehreek-e-Taliban Pakistan",
            "Pakistani Taliban",
            "Fitna al-Khawarij",
        ],
        names: &[
            "ttp",
            "ttp:*",
            "tehrik-i-taliban pakistan*",
            "tehreek-i-taliban pakistan*",
            "tehrik-e-taliban pakistan*",
        ],
    },
    Known {
        id: "ISKP",
        name: "Islamic State – Khorasan Province (ISKP)",
        kind: ActorKind::ArmedGroup,
        country: None,
        aliases: &["ISIS-K", "IS-KP", "Islamic State Khorasan"],
        names: &[
            "iskp",
            "is",
            "is: islamic state*",
            "islamic state (khorasan province)*",
            "is (khorasan province)*",
        ],
    },
    Known {
        id: "BLA",
        name: "Baloch Liberation Army (BLA)",
        kind: ActorKind::ArmedGroup,
        country: Some(CountryCode::PAK),
        aliases: &["Baloch Liberation Army"],
        names: &["bla", "bla:*", "baloch liberation army*"],
    },
    Known {
        id: "BLF",
        name: "Baloch Liberation Front (BLF)",
        kind: ActorKind::ArmedGroup,
        country: Some(CountryCode::PAK),
        aliases: &["Baloch Liberation Front"],
        names: &["blf", "blf:*", "baloch liberation front*"],
    },
];

fn matches(pattern: &str, name: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => name.starts_with(prefix),
        None => name == pattern,
    }
}

/// The id of the actor a dataset's name means, when crosscheck knows it for sure.
pub fn actor_for(name: &str) -> Option<ActorId> {
    let name = name.trim().to_lowercase();
    if name.is_empty() {
        return None;
    }
    KNOWN
        .iter()
        .find(|k| k.names.iter().any(|p| matches(p, &name)))
        .and_then(|k| ActorId::new(k.id).ok())
}

/// The record of a known actor.
pub fn known_actor(id: &ActorId) -> Option<Actor> {
    KNOWN.iter().find(|k| k.id == id.as_str()).map(|k| Actor {
        id: id.clone(),
        name: k.name.to_owned(),
        kind: k.kind,
        country: k.country,
        party: true,
        aliases: k.aliases.iter().map(|a| (*a).to_owned()).collect(),
    })
}

/// The country a known actor's forces belong to, for telling a cross-border attack: only states
/// and de facto authorities fire across the border as a country.
pub(crate) fn state_of(id: &ActorId) -> Option<CountryCode> {
    KNOWN
        .iter()
        .find(|k| k.id == id.as_str())
        .filter(|k| matches!(k.kind, ActorKind::State | ActorKind::DeFactoAuthority))
        .and_then(|k| k.country)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dataset_names_map_to_known_ids() {
        let cases = [
            ("Military Forces of Pakistan (2022-)", Some("PAK")),
            ("Police Forces of Pakistan (2022-) Coast Guard", Some("PAK")),
            ("Government of Pakistan", Some("PAK")),
            ("Taleban", Some("TALIBAN")),
            ("Military Forces of Afghanistan (2021-)", Some("TALIBAN")),
            ("Military Forces of Afghanistan (2004-2021)", None),
            ("TTP: Tehreek-i-Taliban Pakistan", Some("TTP")),
            ("IS", Some("ISKP")),
            ("Islamic State (Khorasan Province)", Some("ISKP")),
            ("BLA: Baloch Liberation Army", Some("BLA")),
            ("BLF: Baloch Liberation Front", Some("BLF")),
            ("Baloch Separatists (Pakistan)", None),
            ("", None),
        ];
        for (name, id) in cases {
            assert_eq!(actor_for(name).as_deref(), id, "{name}");
        }
    }

    #[test]
    fn known_records_match_the_demo_dataset() {
        let pak = known_actor(&ActorId::new("PAK").unwrap()).unwrap();
        assert_eq!(pak.name, "Pakistan");
        assert!(pak.party);
        assert_eq!(state_of(&pak.id), Some(CountryCode::PAK));
        assert_eq!(state_of(&ActorId::new("TTP").unwrap()), None);
    }
}
