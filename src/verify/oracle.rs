//! The index advisor's [`Oracle`] over a live session: hypothetical indexes
//! with HypoPG, statements planned with representative values.
use super::plannable::{plannable, ValuesFrom};
use crate::input::live::{LiveError, Plannable, Session};
use crate::model::analysis::Analysis;
use crate::model::schema::Schema;
use crate::model::workload::Workload;
use crate::rules::missing_index::whatif::{Oracle, Planned};
use crate::rules::missing_index::IndexSpec;
use crate::sqlgen::TableRef;
use std::cell::RefCell;
use std::collections::HashMap;

pub(crate) struct SessionOracle<'a> {
    pub session: &'a Session,
    pub workload: &'a Workload,
    pub analysis: &'a Analysis,
    pub schema: Option<&'a Schema>,
    texts: RefCell<HashMap<u64, Option<(Plannable, ValuesFrom)>>>,
}

impl<'a> SessionOracle<'a> {
    pub(crate) fn new(
        session: &'a Session,
        workload: &'a Workload,
        analysis: &'a Analysis,
        schema: Option<&'a Schema>,
    ) -> Self {
        Self {
            session,
            workload,
            analysis,
            schema,
            texts: RefCell::default(),
        }
    }
}

impl Oracle for SessionOracle<'_> {
    fn add(
        &self,
        spec: &IndexSpec,
        tables: &[TableRef],
    ) -> Result<Option<(Vec<String>, f64)>, LiveError> {
        let (mut oids, mut size) = (Vec::new(), 0.0);
        for t in tables {
            if let Some((oid, _, bytes)) = self
                .session
                .hypothetical_index_sized(&spec.create(t, &spec.name()).sql)?
            {
                oids.push(oid);
                size += bytes;
            }
        }
        Ok((!oids.is_empty()).then_some((oids, size)))
    }

    fn remove(&self, handle: &[String]) -> Result<(), LiveError> {
        for oid in handle {
            self.session.drop_hypothetical(oid)?;
        }
        Ok(())
    }

    fn plan(&self, query: u64) -> Result<Option<Planned>, LiveError> {
        let text = self
            .texts
            .borrow_mut()
            .entry(query)
            .or_insert_with(|| {
                let q = self.workload.queries.get(&query)?;
                plannable(q, self.analysis.facts.get(&query), self.schema)
            })
            .clone();
        let Some((p, _)) = text else { return Ok(None) };
        Ok(self.session.plan(&p)?.map(|c| Planned {
            cost: c.total_cost,
            indexes: c.indexes,
        }))
    }
}
