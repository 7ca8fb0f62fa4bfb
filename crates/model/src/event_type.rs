//! What kind of violence an incident was. crosscheck's own short list, each type mapped to
//! ACLED's `event_type` / `sub_event_type` so that exports read as ACLED data and ACLED imports
//! land on a type.
//!
//! The list is the one the extraction contract names. ACLED has no separate drone or cross-border
//! types: both are kept here because monitors of this frontier report them apart, and both map to
//! ACLED's nearest sub-event type on export.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::ModelError;

/// The kind of an incident.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// An attack from a manned aircraft (or of unreported kind) on a ground target.
    AirStrike,
    /// An attack by an armed drone.
    DroneStrike,
    /// Shelling, artillery, mortar or missile fire.
    Shelling,
    /// An exchange of fire between forces across the border.
    CrossBorderFire,
    /// Armed clashes between organised forces.
    ArmedClash,
    /// A suicide bombing.
    SuicideBombing,
    /// A remote explosive, landmine, IED or grenade.
    Bombing,
    /// An armed attack on civilians or others not fighting back (shooting, raid).
    ArmedAttack,
    /// Anything else worth recording.
    Other,
}

impl EventType {
    /// Every type, in the order lists and legends show them.
    pub const ALL: [EventType; 9] = [
        EventType::AirStrike,
        EventType::DroneStrike,
        EventType::Shelling,
        EventType::CrossBorderFire,
        EventType::ArmedClash,
        EventType::SuicideBombing,
        EventType::Bombing,
        EventType::ArmedAttack,
        EventType::Other,
    ];

    /// The name used in files and URLs ("air_strike").
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::AirStrike => "air_strike",
            EventType::DroneStrike => "drone_strike",
            EventType::Shelling => "shelling",
            EventType::CrossBorderFire => "cross_border_fire",
            EventType::ArmedClash => "armed_clash",
            EventType::SuicideBombing => "suicide_bombing",
            EventType::Bombing => "bombing",
            EventType::ArmedAttack => "armed_attack",
            EventType::Other => "other",
        }
    }

    /// The name for people ("Air strike").
    pub fn label(self) -> &'static str {
        match self {
            EventType::AirStrike => "Air strike",
            EventType::DroneStrike => "Drone strike",
            EventType::Shelling => "Shelling",
            EventType::CrossBorderFire => "Cross-border fire",
            EventType::ArmedClash => "Armed clash",
            EventType::SuicideBombing => "Suicide bombing",
            EventType::Bombing => "Bombing",
            EventType::ArmedAttack => "Armed attack",
            EventType::Other => "Other",
        }
    }

    /// Parses the name used in files and URLs.
    pub fn parse(text: &str) -> Result<Self, ModelError> {
        Self::ALL
            .into_iter()
            .find(|t| t.as_str() == text)
            .ok_or_else(|| {
                let known: Vec<&str> = Self::ALL.iter().map(|t| t.as_str()).collect();
                ModelError::new(format!(
                    "unknown event type {text:?}; expected one of {}",
                    known.join(", ")
                ))
            })
    }

    /// ACLED's `(event_type, sub_event_type)` for this type.
    pub fn acled(self) -> (&'static str, &'static str) {
        match self {
            EventType::AirStrike | EventType::DroneStrike => {
                ("Explosions/Remote violence", "Air/drone strike")
            }
            EventType::Shelling => (
                "Explosions/Remote violence",
                "Shelling/artillery/missile attack",
            ),
            EventType::CrossBorderFire | EventType::ArmedClash => ("Battles", "Armed clash"),
            EventType::SuicideBombing => ("Explosions/Remote violence", "Suicide bomb"),
            EventType::Bombing => (
                "Explosions/Remote violence",
                "Remote explosive/landmine/IED",
            ),
            EventType::ArmedAttack => ("Violence against civilians", "Attack"),
            EventType::Other => ("Strategic developments", "Other"),
        }
    }

    /// The type an ACLED `sub_event_type` maps to (its `event_type` decides only when the
    /// sub-event type is unknown). ACLED codes drones and aircraft alike; an importer that can
    /// read "drone" in the notes may refine [`EventType::AirStrike`] to [`EventType::DroneStrike`].
    pub fn from_acled(event_type: &str, sub_event_type: &str) -> EventType {
        match sub_event_type.trim().to_ascii_lowercase().as_str() {
            "air/drone strike" => EventType::AirStrike,
            "shelling/artillery/missile attack" => EventType::Shelling,
            "suicide bomb" => EventType::SuicideBombing,
            "remote explosive/landmine/ied" | "grenade" | "chemical weapon" => EventType::Bombing,
            "armed clash"
            | "government regains territory"
            | "non-state actor overtakes territory" => EventType::ArmedClash,
            "attack" | "abduction/forced disappearance" | "sexual violence" => {
                EventType::ArmedAttack
            }
            _ => match event_type.trim().to_ascii_lowercase().as_str() {
                "battles" => EventType::ArmedClash,
                "explosions/remote violence" => EventType::Bombing,
                "violence against civilians" => EventType::ArmedAttack,
                _ => EventType::Other,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_maps_to_acled_and_back_to_a_type_of_the_same_acled_kind() {
        for t in EventType::ALL {
            let (event_type, sub) = t.acled();
            let back = EventType::from_acled(event_type, sub);
            assert_eq!(back.acled(), t.acled(), "{t:?}");
            assert_eq!(EventType::parse(t.as_str()).unwrap(), t);
        }
    }

    #[test]
    fn acled_sub_event_types_decide_before_event_types() {
        assert_eq!(
            EventType::from_acled("Explosions/Remote violence", "Air/drone strike"),
            EventType::AirStrike
        );
        assert_eq!(
            EventType::from_acled("Battles", "Government regains territory"),
            EventType::ArmedClash
        );
        assert_eq!(
            EventType::from_acled("Explosions/Remote violence", "Grenade"),
            EventType::Bombing
        );
        assert_eq!(
            EventType::from_acled("Protests", "Peaceful protest"),
            EventType::Other
        );
        assert_eq!(EventType::from_acled("Battles", ""), EventType::ArmedClash);
    }

    #[test]
    fn unknown_names_list_the_known_ones() {
        let err = EventType::parse("airstrike").unwrap_err();
        assert!(err.message().contains("air_strike, drone_strike"), "{err}");
    }
}
