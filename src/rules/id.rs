//! Every rule's id, as the contract spells it (`report.json`'s `rule`,
//! `[rules.<id>]` in pgadvisor.toml, `rules/<id>.md`). An enum, so that a
//! rule cannot be named wrong and the registry cannot miss one: its match
//! over the ids is exhaustive.
use serde::{Deserialize, Serialize};

macro_rules! rule_ids {
    ($($variant:ident => $id:literal,)*) => {
        /// A rule, in the order `pgadvisor rules` lists them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RuleId {
            $($variant,)*
        }

        impl RuleId {
            /// Every rule, in listing order.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$variant => $id,)*
                }
            }

            pub fn parse(id: &str) -> Option<RuleId> {
                match id {
                    $($id => Some(RuleId::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

rule_ids! {
    ConnectionChurn => "connection-churn",
    DenormalizeAggregate => "denormalize-aggregate",
    DiskSpill => "disk-spill",
    ErrorBurst => "error-burst",
    HeapFetches => "heap-fetches",
    LockWait => "lock-wait",
    MaterializedView => "materialized-view",
    MissingForeignKey => "missing-foreign-key",
    MissingIndex => "missing-index",
    NestedLoopRepeat => "nested-loop-repeat",
    NPlusOne => "n-plus-one",
    PartitionTable => "partition-table",
    RedundantIndex => "redundant-index",
    RowMisestimate => "row-misestimate",
    SeqScanFilter => "seq-scan-filter",
    TempFiles => "temp-files",
    TenantSchemaDrift => "tenant-schema-drift",
    UnindexedForeignKey => "unindexed-foreign-key",
    UnusedIndex => "unused-index",
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for RuleId {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        RuleId::parse(s).ok_or_else(|| format!("no rule {s:?}; `pgadvisor rules` lists them"))
    }
}

impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::RuleId;

    #[test]
    fn ids_read_back() {
        for id in RuleId::ALL {
            assert_eq!(RuleId::parse(id.as_str()), Some(*id));
        }
        assert_eq!(RuleId::parse("no-such-rule"), None);
    }
}
