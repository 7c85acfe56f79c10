//! The one registry: every rule's identity, what its fixes do, what it reads
//! and how it is configured. `pgadvisor rules`, `pgadvisor.toml`,
//! `recommendations.sql`, the HypoPG check, the HTML report and the
//! diagnostics all read it; none keeps a list of rule names of its own.
pub(crate) use super::rule;
use super::{Context, Options, RuleId};
use crate::findings::Finding;
use crate::model::workload::Workload;

/// What every rule declares. A struct literal: leaving a field out does not
/// compile.
#[derive(Debug)]
pub struct About {
    pub id: RuleId,
    /// One line for `pgadvisor rules` and the report.
    pub summary: &'static str,
    /// `rules/<id>.md`, embedded.
    pub doc: &'static str,
    /// Where its statements go in `recommendations.sql`.
    pub phase: Phase,
    /// Whether its fixes propose indexes as a guess about performance: those
    /// are costed with HypoPG when a database with the extension is at hand.
    /// (An index `tenant-schema-drift` copies from the other tenant schemas
    /// exists there already: it is not a guess.)
    pub creates_indexes: bool,
    /// What it cannot judge, or judges less well, without a schema or statistics.
    pub needs: Needs,
    /// Whether its titles and evidence quote a plan's conditions, literals
    /// included: masked unless `--show-literals`.
    pub quotes_plans: bool,
}

/// The phases of `recommendations.sql`, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    MissingObjects,
    Indexes,
    ForeignKeys,
    ViewsAndCaches,
    Partitioning,
    PlanFixes,
    Limits,
    Drops,
}

impl Phase {
    /// The phase's number in the script's headings.
    pub fn number(self) -> u8 {
        self as u8
    }

    pub fn title(self) -> &'static str {
        match self {
            Phase::MissingObjects => "Objects missing in some tenant schemas",
            Phase::Indexes => "Indexes (built CONCURRENTLY: no write lock, outside any transaction)",
            Phase::ForeignKeys => {
                "Foreign keys (added NOT VALID, then validated without blocking writes)"
            }
            Phase::ViewsAndCaches => "Materialized views and cached aggregates",
            Phase::Partitioning => {
                "Partitioning (long: copies the table in batches, then swaps it in one short transaction)"
            }
            Phase::PlanFixes => "Plan fixes (statistics, maintenance)",
            Phase::Limits => "Per-tenant limits (new sessions take them: pools must reconnect)",
            Phase::Drops => "Index drops (last: after the indexes that replace them exist)",
        }
    }
}

/// What a rule does without an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Without {
    /// It does not need it.
    Judges,
    /// It says nothing.
    Skips,
    /// It runs, less well: how, as a phrase of the diagnostic.
    Degrades(&'static str),
}

/// The inputs a rule reads beyond the workload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Needs {
    /// The schema: `--schema` or a live database.
    pub schema: Without,
    /// Statistics: `--stats` or a live database.
    pub stats: Without,
}

impl Needs {
    pub const NOTHING: Needs = Needs {
        schema: Without::Judges,
        stats: Without::Judges,
    };
}

/// A rule: one file (or folder) under `src/rules/` named by its id, and its
/// doc in `rules/<id>.md`.
pub(crate) trait Rule: Sync {
    fn about(&self) -> &'static About;
    /// Applies the keys of its `[rules.<id>]` section (`enabled` and
    /// `severity` taken out) over `options`; `Err` is the message.
    fn configure(&self, keys: toml::Table, options: &mut Options) -> Result<(), String>;
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding>;
    /// What it could not judge, and why.
    fn diagnose(&self, _ctx: &Context<'_>) -> Vec<String> {
        Vec::new()
    }
    /// Its findings and its diagnostics together: a rule whose refusals
    /// come out of the same evaluation as its findings overrides this to
    /// evaluate once.
    fn evaluate(&self, ctx: &Context<'_>) -> (Vec<Finding>, Vec<String>) {
        (self.run(ctx), self.diagnose(ctx))
    }
    /// Work done on the host by `pgadvisor digest`, on what a digest does not
    /// carry (the sessions).
    fn digest(&self, _workload: &mut Workload, _options: &Options) {}
}

/// Every rule, in listing order.
pub(crate) fn rules() -> impl Iterator<Item = &'static dyn Rule> {
    RuleId::ALL.iter().map(|id| rule(*id))
}

/// What a rule declares.
pub fn about(id: RuleId) -> &'static About {
    rule(id).about()
}

/// What every rule declares, in listing order.
pub fn catalog() -> impl Iterator<Item = &'static About> {
    rules().map(|r| r.about())
}

/// The section's keys over the current values (defaults, or what the
/// command line set).
pub(crate) fn overlay<T: serde::Serialize + serde::de::DeserializeOwned>(
    current: &T,
    keys: toml::Table,
) -> Result<T, String> {
    let mut t = toml::Table::try_from(current).map_err(|e| e.to_string())?;
    t.extend(keys);
    parse(t)
}

/// Refuses keys an earlier release had and this one replaced by the cost
/// model, saying so (an unknown-key error would not tell a user why).
pub(crate) fn removed_keys(keys: &toml::Table, removed: &[&str]) -> Result<(), String> {
    match keys.keys().find(|k| removed.contains(&k.as_str())) {
        Some(k) => Err(format!(
            "`{k}` was removed: this rule now weighs the time a fix saves against what it \
             costs (rules/README.md, \"The cost model of structural advice\"); delete the key"
        )),
        None => Ok(()),
    }
}

/// A section's keys read as `T` (unknown keys refused by `T`).
pub(crate) fn parse<T: serde::de::DeserializeOwned>(keys: toml::Table) -> Result<T, String> {
    T::deserialize(toml::Value::Table(keys)).map_err(|e| e.message().to_owned())
}

/// For a rule without thresholds: only `enabled` and `severity` are allowed.
pub(crate) fn no_thresholds(id: RuleId, keys: toml::Table) -> Result<(), String> {
    if keys.is_empty() {
        return Ok(());
    }
    let keys: Vec<&String> = keys.keys().collect();
    Err(format!(
        "rule {id} has no thresholds (only `enabled` and `severity`), got {keys:?}"
    ))
}

/// Sets `slot` when the section gave a value.
pub(crate) fn set<T>(slot: &mut T, v: Option<T>) {
    if let Some(v) = v {
        *slot = v;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_answers_to_its_own_id() {
        for id in RuleId::ALL {
            assert_eq!(about(*id).id, *id);
        }
    }
}
