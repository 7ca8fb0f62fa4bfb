//! Casualty figures as sources state them: killed and injured, by group, each number with the
//! qualifier the source put on it ("at least 47", "up to 10", "about 50", "46 to 51").
//!
//! A figure is never stored as a bare number, because "at least 8" and "8" mean different things
//! to a casualty recorder: the first sets a floor and leaves the ceiling open. The groups overlap
//! the way the field counts them: civilians, combatants and security forces are disjoint parts of
//! the total, and so are women, children and men.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::ModelError;

/// One number as a source states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawCount", tag = "qualifier", rename_all = "snake_case")]
pub enum Count {
    /// Exactly this many ("eight civilians were killed").
    Exact {
        /// The number.
        value: u32,
    },
    /// At least this many ("at least 47", "more than 200" is recorded as at least 201).
    AtLeast {
        /// The floor.
        value: u32,
    },
    /// At most this many ("up to 10").
    AtMost {
        /// The ceiling.
        value: u32,
    },
    /// About this many ("around 50", "some 30").
    Approx {
        /// The approximate number.
        value: u32,
    },
    /// Between two numbers, inclusive ("46 to 51").
    Range {
        /// The lowest figure given.
        low: u32,
        /// The highest figure given.
        high: u32,
    },
}

/// The qualifier of a [`Count`], on its own.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Exactly.
    Exact,
    /// At least.
    AtLeast,
    /// At most.
    AtMost,
    /// Approximately.
    Approx,
    /// A low–high range.
    Range,
}

/// The shape a count has in a dataset file.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Count",
    description = "A number as a source states it: `value` for exact, at_least, at_most and approx; `low` and `high` for range."
)]
struct RawCount {
    qualifier: Qualifier,
    #[serde(default)]
    #[schemars(range(min = 0))]
    value: Option<i64>,
    #[serde(default)]
    #[schemars(range(min = 0))]
    low: Option<i64>,
    #[serde(default)]
    #[schemars(range(min = 0))]
    high: Option<i64>,
}

fn non_negative(what: &str, n: i64) -> Result<u32, ModelError> {
    if n < 0 {
        return Err(ModelError::new(format!(
            "a count cannot be negative ({what} is {n})"
        )));
    }
    u32::try_from(n).map_err(|_| ModelError::new(format!("{what} {n} is too large for a count")))
}

impl TryFrom<RawCount> for Count {
    type Error = ModelError;
    fn try_from(raw: RawCount) -> Result<Self, ModelError> {
        let single = |raw: &RawCount| -> Result<u32, ModelError> {
            if raw.low.is_some() || raw.high.is_some() {
                return Err(ModelError::new(format!(
                    "a count qualified {:?} takes `value`, not `low`/`high`",
                    raw.qualifier
                )));
            }
            let value = raw.value.ok_or_else(|| {
                ModelError::new(format!(
                    "a count qualified {:?} needs a `value`",
                    raw.qualifier
                ))
            })?;
            non_negative("value", value)
        };
        match raw.qualifier {
            Qualifier::Exact => Ok(Count::exact(single(&raw)?)),
            Qualifier::AtLeast => Ok(Count::at_least(single(&raw)?)),
            Qualifier::AtMost => Ok(Count::at_most(single(&raw)?)),
            Qualifier::Approx => Ok(Count::approx(single(&raw)?)),
            Qualifier::Range => {
                if raw.value.is_some() {
                    return Err(ModelError::new(
                        "a range takes `low` and `high`, not `value`",
                    ));
                }
                match (raw.low, raw.high) {
                    (Some(low), Some(high)) => {
                        Count::range(non_negative("low", low)?, non_negative("high", high)?)
                    }
                    _ => Err(ModelError::new("a range needs both `low` and `high`")),
                }
            }
        }
    }
}

impl JsonSchema for Count {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Count".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        RawCount::json_schema(generator)
    }
}

impl Count {
    /// Exactly `value`.
    pub fn exact(value: u32) -> Self {
        Count::Exact { value }
    }

    /// At least `value`.
    pub fn at_least(value: u32) -> Self {
        Count::AtLeast { value }
    }

    /// At most `value`.
    pub fn at_most(value: u32) -> Self {
        Count::AtMost { value }
    }

    /// About `value`.
    pub fn approx(value: u32) -> Self {
        Count::Approx { value }
    }

    /// Between `low` and `high` inclusive. Refuses `low > high`; a range of one number is exact.
    pub fn range(low: u32, high: u32) -> Result<Self, ModelError> {
        match low.cmp(&high) {
            std::cmp::Ordering::Greater => Err(ModelError::new(format!(
                "a range cannot run from {low} down to {high}"
            ))),
            std::cmp::Ordering::Equal => Ok(Count::exact(low)),
            std::cmp::Ordering::Less => Ok(Count::Range { low, high }),
        }
    }

    /// The qualifier alone.
    pub fn qualifier(&self) -> Qualifier {
        match self {
            Count::Exact { .. } => Qualifier::Exact,
            Count::AtLeast { .. } => Qualifier::AtLeast,
            Count::AtMost { .. } => Qualifier::AtMost,
            Count::Approx { .. } => Qualifier::Approx,
            Count::Range { .. } => Qualifier::Range,
        }
    }

    /// The least the source's words allow: the value for exact and at-least counts, the low end
    /// of a range, and 0 for at-most and approximate counts (which promise no floor).
    pub fn floor(&self) -> u32 {
        match *self {
            Count::Exact { value } | Count::AtLeast { value } => value,
            Count::Range { low, .. } => low,
            Count::AtMost { .. } | Count::Approx { .. } => 0,
        }
    }

    /// The most the source's words allow, or `None` when they set no ceiling (at least, about).
    pub fn ceiling(&self) -> Option<u32> {
        match *self {
            Count::Exact { value } | Count::AtMost { value } => Some(value),
            Count::Range { high, .. } => Some(high),
            Count::AtLeast { .. } | Count::Approx { .. } => None,
        }
    }

    /// The number a reader would quote: the value, or for a range its low end.
    pub fn nominal(&self) -> u32 {
        match *self {
            Count::Exact { value }
            | Count::AtLeast { value }
            | Count::AtMost { value }
            | Count::Approx { value } => value,
            Count::Range { low, .. } => low,
        }
    }

    /// The low and high ends as a pair of numbers, reading "at least N" and "about N" as N–N and
    /// "at most N" as 0–N: the reading a spreadsheet column of min and max takes.
    pub fn min_max(&self) -> (u32, u32) {
        match *self {
            Count::Exact { value } | Count::AtLeast { value } | Count::Approx { value } => {
                (value, value)
            }
            Count::AtMost { value } => (0, value),
            Count::Range { low, high } => (low, high),
        }
    }
}

impl fmt::Display for Count {
    /// Writes the count the way a bulletin prints it: "47", "≥47", "≤10", "~50", "46–51".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Count::Exact { value } => write!(f, "{value}"),
            Count::AtLeast { value } => write!(f, "≥{value}"),
            Count::AtMost { value } => write!(f, "≤{value}"),
            Count::Approx { value } => write!(f, "~{value}"),
            Count::Range { low, high } => write!(f, "{low}–{high}"),
        }
    }
}

/// What happened to the people counted.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Killed (dead, died, bodies recovered).
    Killed,
    /// Injured (wounded, hurt).
    Injured,
}

impl Measure {
    /// Both measures.
    pub const ALL: [Measure; 2] = [Measure::Killed, Measure::Injured];

    /// "killed" or "injured".
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Killed => "killed",
            Measure::Injured => "injured",
        }
    }

    /// Parses "killed" or "injured".
    pub fn parse(text: &str) -> Result<Self, ModelError> {
        Self::ALL
            .into_iter()
            .find(|m| m.as_str() == text)
            .ok_or_else(|| {
                ModelError::new(format!(
                    "unknown measure {text:?}; expected killed or injured"
                ))
            })
    }
}

/// Whom a number counts.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// Everyone.
    Total,
    /// Civilians (people not taking part in hostilities).
    Civilians,
    /// Women (adult females).
    Women,
    /// Children (under 18).
    Children,
    /// Men (adult males).
    Men,
    /// Fighters of non-state armed groups.
    Combatants,
    /// State soldiers, police and border forces.
    SecurityForces,
}

impl Group {
    /// All groups, in the order pages and exports list them.
    pub const ALL: [Group; 7] = [
        Group::Total,
        Group::Civilians,
        Group::Women,
        Group::Children,
        Group::Men,
        Group::Combatants,
        Group::SecurityForces,
    ];

    /// The name used in files and URLs ("total", "security_forces").
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Total => "total",
            Group::Civilians => "civilians",
            Group::Women => "women",
            Group::Children => "children",
            Group::Men => "men",
            Group::Combatants => "combatants",
            Group::SecurityForces => "security_forces",
        }
    }

    /// The name for people ("security forces").
    pub fn label(self) -> &'static str {
        match self {
            Group::Total => "total",
            Group::Civilians => "civilians",
            Group::Women => "women",
            Group::Children => "children",
            Group::Men => "men",
            Group::Combatants => "combatants",
            Group::SecurityForces => "security forces",
        }
    }

    /// Parses the name used in files and URLs.
    pub fn parse(text: &str) -> Result<Self, ModelError> {
        Self::ALL
            .into_iter()
            .find(|g| g.as_str() == text)
            .ok_or_else(|| ModelError::new(format!("unknown group {text:?}")))
    }
}

/// The groups that divide the total between them without overlap: by status, and by age and sex.
const PARTITIONS: [&[Group]; 2] = [
    &[Group::Civilians, Group::Combatants, Group::SecurityForces],
    &[Group::Women, Group::Children, Group::Men],
];

/// The counts for one measure (killed, or injured), by group. Every group is optional.
///
/// Checked on construction: no group's floor exceeds the total's ceiling, and the floors of
/// disjoint groups (civilians + combatants + security forces; women + children + men) do not add
/// up past it either.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawGroupCounts")]
pub struct GroupCounts {
    #[serde(skip_serializing_if = "Option::is_none")]
    total: Option<Count>,
    #[serde(skip_serializing_if = "Option::is_none")]
    civilians: Option<Count>,
    #[serde(skip_serializing_if = "Option::is_none")]
    women: Option<Count>,
    #[serde(skip_serializing_if = "Option::is_none")]
    children: Option<Count>,
    #[serde(skip_serializing_if = "Option::is_none")]
    men: Option<Count>,
    #[serde(skip_serializing_if = "Option::is_none")]
    combatants: Option<Count>,
    #[serde(skip_serializing_if = "Option::is_none")]
    security_forces: Option<Count>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "GroupCounts")]
struct RawGroupCounts {
    #[serde(default)]
    total: Option<Count>,
    #[serde(default)]
    civilians: Option<Count>,
    #[serde(default)]
    women: Option<Count>,
    #[serde(default)]
    children: Option<Count>,
    #[serde(default)]
    men: Option<Count>,
    #[serde(default)]
    combatants: Option<Count>,
    #[serde(default)]
    security_forces: Option<Count>,
}

impl TryFrom<RawGroupCounts> for GroupCounts {
    type Error = ModelError;
    fn try_from(raw: RawGroupCounts) -> Result<Self, ModelError> {
        let counts = GroupCounts {
            total: raw.total,
            civilians: raw.civilians,
            women: raw.women,
            children: raw.children,
            men: raw.men,
            combatants: raw.combatants,
            security_forces: raw.security_forces,
        };
        counts.check()?;
        Ok(counts)
    }
}

impl JsonSchema for GroupCounts {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "GroupCounts".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        RawGroupCounts::json_schema(generator)
    }
}

impl GroupCounts {
    /// Builds counts from (group, count) pairs, refusing a group given twice and counts that
    /// cannot all be true.
    pub fn new(entries: impl IntoIterator<Item = (Group, Count)>) -> Result<Self, ModelError> {
        let mut counts = GroupCounts::default();
        for (group, count) in entries {
            let slot = counts.slot(group);
            if slot.is_some() {
                return Err(ModelError::new(format!("{} is given twice", group.label())));
            }
            *slot = Some(count);
        }
        counts.check()?;
        Ok(counts)
    }

    /// The same counts with one group set (or replaced), checked again.
    pub fn with(mut self, group: Group, count: Count) -> Result<Self, ModelError> {
        *self.slot(group) = Some(count);
        self.check()?;
        Ok(self)
    }

    fn slot(&mut self, group: Group) -> &mut Option<Count> {
        match group {
            Group::Total => &mut self.total,
            Group::Civilians => &mut self.civilians,
            Group::Women => &mut self.women,
            Group::Children => &mut self.children,
            Group::Men => &mut self.men,
            Group::Combatants => &mut self.combatants,
            Group::SecurityForces => &mut self.security_forces,
        }
    }

    /// The count for one group, if the source gave one.
    pub fn get(&self, group: Group) -> Option<Count> {
        match group {
            Group::Total => self.total,
            Group::Civilians => self.civilians,
            Group::Women => self.women,
            Group::Children => self.children,
            Group::Men => self.men,
            Group::Combatants => self.combatants,
            Group::SecurityForces => self.security_forces,
        }
    }

    /// The groups with a count, in [`Group::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Group, Count)> + '_ {
        Group::ALL
            .into_iter()
            .filter_map(|group| self.get(group).map(|count| (group, count)))
    }

    /// Whether no group has a count.
    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }

    fn check(&self) -> Result<(), ModelError> {
        let Some(total_ceiling) = self.total.and_then(|t| t.ceiling()) else {
            return Ok(());
        };
        for (group, count) in self.iter().filter(|(g, _)| *g != Group::Total) {
            if count.floor() > total_ceiling {
                return Err(ModelError::new(format!(
                    "{} ({count}) outnumber the total ({})",
                    group.label(),
                    self.total.map(|t| t.to_string()).unwrap_or_default()
                )));
            }
        }
        for parts in PARTITIONS {
            let present: Vec<(Group, Count)> = parts
                .iter()
                .filter_map(|&g| self.get(g).map(|c| (g, c)))
                .collect();
            let sum: u64 = present.iter().map(|(_, c)| u64::from(c.floor())).sum();
            if present.len() > 1 && sum > u64::from(total_ceiling) {
                let named: Vec<String> = present
                    .iter()
                    .map(|(g, c)| format!("{} {c}", g.label()))
                    .collect();
                return Err(ModelError::new(format!(
                    "{} add up to {sum}, more than the total ({})",
                    named.join(" + "),
                    self.total.map(|t| t.to_string()).unwrap_or_default()
                )));
            }
        }
        Ok(())
    }
}

/// Everything a claim says about casualties: killed and injured, each by group.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Figures {
    /// People killed.
    #[serde(default, skip_serializing_if = "GroupCounts::is_empty")]
    pub killed: GroupCounts,
    /// People injured.
    #[serde(default, skip_serializing_if = "GroupCounts::is_empty")]
    pub injured: GroupCounts,
}

impl Figures {
    /// The counts for one measure.
    pub fn measure(&self, measure: Measure) -> &GroupCounts {
        match measure {
            Measure::Killed => &self.killed,
            Measure::Injured => &self.injured,
        }
    }

    /// Every (measure, group, count) the figures hold.
    pub fn iter(&self) -> impl Iterator<Item = (Measure, Group, Count)> + '_ {
        Measure::ALL.into_iter().flat_map(move |measure| {
            self.measure(measure)
                .iter()
                .map(move |(group, count)| (measure, group, count))
        })
    }

    /// Whether the figures hold no count at all.
    pub fn is_empty(&self) -> bool {
        self.killed.is_empty() && self.injured.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn children_killed_cannot_outnumber_everyone_killed() {
        let err = GroupCounts::new([
            (Group::Total, Count::exact(10)),
            (Group::Children, Count::exact(12)),
        ])
        .unwrap_err();
        assert_eq!(err.message(), "children (12) outnumber the total (10)");
    }

    #[test]
    fn open_ended_totals_allow_any_group() {
        let counts = GroupCounts::new([
            (Group::Total, Count::at_least(8)),
            (Group::Women, Count::exact(5)),
            (Group::Children, Count::exact(3)),
            (Group::Civilians, Count::exact(20)),
        ]);
        assert!(counts.is_ok());
    }

    #[test]
    fn disjoint_groups_cannot_add_up_past_the_total() {
        let err = GroupCounts::new([
            (Group::Total, Count::exact(10)),
            (Group::Women, Count::exact(4)),
            (Group::Children, Count::exact(9)),
        ])
        .unwrap_err();
        assert_eq!(
            err.message(),
            "women 4 + children 9 add up to 13, more than the total (10)"
        );
        // Women and civilians overlap, so together they may exceed the total.
        assert!(
            GroupCounts::new([
                (Group::Total, Count::exact(10)),
                (Group::Women, Count::exact(4)),
                (Group::Civilians, Count::exact(10)),
            ])
            .is_ok()
        );
    }

    #[test]
    fn a_group_given_twice_is_refused() {
        let err = GroupCounts::new([
            (Group::Women, Count::exact(1)),
            (Group::Women, Count::exact(2)),
        ])
        .unwrap_err();
        assert_eq!(err.message(), "women is given twice");
    }

    #[test]
    fn ranges_must_run_upward_and_collapse_when_equal() {
        assert_eq!(
            Count::range(51, 46).unwrap_err().message(),
            "a range cannot run from 51 down to 46"
        );
        assert_eq!(Count::range(7, 7).unwrap(), Count::exact(7));
        assert_eq!(Count::range(46, 51).unwrap().to_string(), "46–51");
    }

    #[test]
    fn counts_read_and_write_their_file_shape() {
        let json = r#"{"qualifier":"at_least","value":47}"#;
        let count: Count = serde_json::from_str(json).unwrap();
        assert_eq!(count, Count::at_least(47));
        assert_eq!(serde_json::to_string(&count).unwrap(), json);
        let range: Count =
            serde_json::from_str(r#"{"qualifier":"range","low":46,"high":51}"#).unwrap();
        assert_eq!(range, Count::range(46, 51).unwrap());
        assert_eq!(
            serde_json::to_string(&range).unwrap(),
            r#"{"qualifier":"range","low":46,"high":51}"#
        );
    }

    #[test]
    fn negative_and_malformed_counts_are_refused_in_words() {
        let cases = [
            (r#"{"qualifier":"exact","value":-3}"#, "cannot be negative"),
            (r#"{"qualifier":"exact"}"#, "needs a `value`"),
            (r#"{"qualifier":"range","low":3}"#, "both `low` and `high`"),
            (
                r#"{"qualifier":"range","low":5,"high":2}"#,
                "from 5 down to 2",
            ),
            (r#"{"qualifier":"roughly","value":2}"#, "unknown variant"),
        ];
        for (json, expected) in cases {
            let err = serde_json::from_str::<Count>(json).unwrap_err().to_string();
            assert!(err.contains(expected), "{json}: {err}");
        }
    }

    #[test]
    fn figures_deserialise_through_the_checks() {
        let json = r#"{"killed":{"total":{"qualifier":"exact","value":10},"children":{"qualifier":"exact","value":12}}}"#;
        let err = serde_json::from_str::<Figures>(json)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("children (12) outnumber the total (10)"),
            "{err}"
        );
    }

    fn any_count() -> impl Strategy<Value = Count> {
        prop_oneof![
            (0u32..500).prop_map(Count::exact),
            (0u32..500).prop_map(Count::at_least),
            (0u32..500).prop_map(Count::at_most),
            (0u32..500).prop_map(Count::approx),
            (0u32..500, 0u32..500).prop_map(|(a, b)| Count::range(a.min(b), a.max(b)).unwrap()),
        ]
    }

    proptest! {
        #[test]
        fn floor_never_exceeds_ceiling(count in any_count()) {
            if let Some(ceiling) = count.ceiling() {
                prop_assert!(count.floor() <= ceiling);
            }
            let (min, max) = count.min_max();
            prop_assert!(min <= max);
        }

        #[test]
        fn counts_survive_a_json_round_trip(count in any_count()) {
            let json = serde_json::to_string(&count).unwrap();
            prop_assert_eq!(serde_json::from_str::<Count>(&json).unwrap(), count);
        }

        #[test]
        fn accepted_group_counts_survive_a_json_round_trip(
            entries in proptest::collection::vec((0usize..7, any_count()), 0..7)
        ) {
            let mut seen = std::collections::BTreeSet::new();
            let entries: Vec<(Group, Count)> = entries
                .into_iter()
                .filter(|(g, _)| seen.insert(*g))
                .map(|(g, c)| (Group::ALL[g], c))
                .collect();
            if let Ok(counts) = GroupCounts::new(entries) {
                let json = serde_json::to_string(&counts).unwrap();
                prop_assert_eq!(serde_json::from_str::<GroupCounts>(&json).unwrap(), counts);
            }
        }
    }
}
