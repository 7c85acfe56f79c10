//! What the readers fold records into. The events stage names only this
//! shape; the model's aggregator fills it in, so a reader never depends on
//! how a workload is built, and the model is free to change that.
use super::record::{ReadStats, RecordSink, TotalsSink};

/// Makes one fold per chunk and merges their results in file order.
pub trait Folder: Sync {
    /// Folds the records of one chunk (or one whole-file export).
    type Fold<'a>: RecordSink + TotalsSink
    where
        Self: 'a;
    /// What one chunk gives, with what it leaves for later chunks to settle.
    type Part: Send;
    /// What one file gives once its chunks are merged.
    type Whole: Default + Send;

    fn start(&self) -> Self::Fold<'_>;
    fn finish<'a>(&'a self, fold: Self::Fold<'a>) -> (Self::Part, ReadStats);
    /// The whole of a file read in one piece.
    fn whole(part: Self::Part) -> Self::Whole;
    /// Adds the next chunk of the same file.
    fn append(&self, whole: &mut Self::Whole, part: Self::Part);
}
