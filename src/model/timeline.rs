//! Activity per minute (statements, time, errors, connections) for the
//! report's charts. A minute is a few dozen bytes: a month of logs is
//! 43 200 of them, so memory stays bounded whatever the log's size.
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Minute {
    pub statements: u64,
    /// Durations logged in the minute (a statement's duration may come later).
    pub timed: u64,
    pub duration_ms: f64,
    pub max_ms: f64,
    pub errors: u64,
    pub connections: u64,
}

impl Minute {
    fn merge(&mut self, o: &Minute) {
        self.statements += o.statements;
        self.timed += o.timed;
        self.duration_ms += o.duration_ms;
        self.max_ms = self.max_ms.max(o.max_ms);
        self.errors += o.errors;
        self.connections += o.connections;
    }
}

/// Minutes since the epoch → activity.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    pub minutes: BTreeMap<i64, Minute>,
}

impl Timeline {
    fn at(&mut self, ts_ms: Option<i64>) -> Option<&mut Minute> {
        ts_ms.map(|t| self.minutes.entry(t.div_euclid(60_000)).or_default())
    }

    pub fn statement(&mut self, ts_ms: Option<i64>) {
        if let Some(m) = self.at(ts_ms) {
            m.statements += 1;
        }
    }

    pub fn duration(&mut self, ts_ms: Option<i64>, us: u64) {
        if let Some(m) = self.at(ts_ms) {
            let ms = us as f64 / 1000.0;
            m.timed += 1;
            m.duration_ms += ms;
            m.max_ms = m.max_ms.max(ms);
        }
    }

    pub fn error(&mut self, ts_ms: Option<i64>) {
        if let Some(m) = self.at(ts_ms) {
            m.errors += 1;
        }
    }

    pub fn connection(&mut self, ts_ms: Option<i64>) {
        if let Some(m) = self.at(ts_ms) {
            m.connections += 1;
        }
    }

    pub fn merge(&mut self, o: &Timeline) {
        for (k, m) in &o.minutes {
            self.minutes.entry(*k).or_default().merge(m);
        }
    }

    /// At most `max_points` buckets of whole minutes, empty ones included so
    /// that a quiet hour shows as one.
    pub fn buckets(&self, max_points: usize) -> (i64, Vec<(i64, Minute)>) {
        let (Some(first), Some(last)) = (
            self.minutes.keys().next().copied(),
            self.minutes.keys().next_back().copied(),
        ) else {
            return (60, Vec::new());
        };
        let span = last - first + 1;
        let width = ((span + max_points as i64 - 1) / max_points.max(1) as i64).max(1);
        let mut out: Vec<(i64, Minute)> = (0..(span + width - 1) / width)
            .map(|i| ((first + i * width) * 60_000, Minute::default()))
            .collect();
        for (k, m) in &self.minutes {
            let i = ((k - first) / width) as usize;
            if let Some(slot) = out.get_mut(i) {
                slot.1.merge(m);
            }
        }
        (width * 60, out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_fill_gaps_and_merge_minutes() {
        let mut t = Timeline::default();
        t.statement(Some(0));
        t.duration(Some(1_000), 2_000);
        t.statement(Some(5 * 60_000));
        let (w, b) = t.buckets(100);
        assert_eq!(w, 60);
        assert_eq!(b.len(), 6);
        assert_eq!(b[0].1.statements, 1);
        assert_eq!(b[0].1.max_ms, 2.0);
        assert_eq!(b[3].1.statements, 0);
        let (w, b) = t.buckets(3);
        assert_eq!(w, 120);
        assert_eq!(b.len(), 3);
        assert_eq!(b.iter().map(|x| x.1.statements).sum::<u64>(), 2);
    }
}
