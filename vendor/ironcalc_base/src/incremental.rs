//! Tandem: what [`crate::Model::evaluate_changed`] needs to recompute, after some cells were
//! edited, only the formulas whose value can depend on them, with the values a full
//! recalculation would give.
//!
//! A full recalculation records, per formula, the cells and ranges it actually read
//! (`Model::support`, plus here the references it took without reading them through a cell or
//! range node: defined names, `A1:INDEX(..)`, arguments taken as references). Inverted, that is
//! the dependency graph of the branches taken; every formula reachable from an edited cell is
//! dirty, and so is every formula whose value does not follow from recorded reads (volatile
//! functions, INDIRECT, OFFSET, CELL, INFO, conditional sums whose ranges differ in size, as
//! they read past the smaller ones). Reads of whole rows and columns stop at the sheet's extent:
//! when an edit changes it, every formula with a range read reaching past the old or the new
//! extent is dirty too. A clean formula reads only clean cells, so it reads what it read last
//! time and keeps its value.
//!
//! A full recalculation is not quite a function of the cells' contents, and the dirty formulas
//! are re-evaluated so that it gives the same answer:
//! - order: the first read of a formula sees the raw result of its evaluation, later reads its
//!   stored form. They differ for some results (an empty result is stored as 0, an infinite one
//!   as #NUM!): those formulas are *unstable*. Dirty formulas are evaluated in the order of a
//!   full recalculation (sheet, row, column) and clean ones never read dirty ones, so among
//!   dirty formulas the same reads are first reads. Which clean formula first reads an unstable
//!   clean one can change with the dirty formulas' new reads, so an unstable clean formula means
//!   a full recalculation.
//! - circular references: the value in a cycle depends on where it is entered, so a pass that
//!   meets one, or follows one that did, is a full recalculation.
//! - array formulas write cells while the pass runs: none may be in the workbook.

use std::collections::{HashMap, HashSet};

use crate::expressions::types::CellReferenceIndex;
use crate::functions::Function;
use crate::model::CellOrRange;

/// Ranges wider than this many columns are kept in one list per workbook rather than in every
/// column they cover.
const WIDE_RANGE: i32 = 32;

/// Ranges of a column are scanned in blocks of this many, sorted by first row; a block whose
/// last rows all end above a cell is skipped.
const BLOCK: usize = 64;

#[derive(Default)]
pub(crate) struct Incremental {
    /// On while formulas of `evaluate` or `evaluate_changed` are evaluated (not conditional
    /// formats, not other callers of the evaluator).
    recording: bool,
    /// The last full recalculation met neither a circular reference nor an array formula, and
    /// only `evaluate_changed` passes followed it.
    settled: bool,
    /// An array formula was evaluated in this pass.
    arrays: bool,
    /// Per formula, references it took without a read that `Model::support` records.
    references: HashMap<CellReferenceIndex, Vec<CellOrRange>>,
    /// Formulas whose value can change with none of their recorded reads changing.
    untracked: HashSet<CellReferenceIndex>,
    /// Formulas whose first evaluation returned a value that reads differently once stored.
    unstable: HashSet<CellReferenceIndex>,
    /// Built on the first `evaluate_changed` after a full recalculation.
    index: Option<Dependents>,
    /// Each sheet's extent (rows and columns that hold cells) when the last pass ended. Reads
    /// of whole rows or columns stop at it, so a range reaching past it reads cells that no
    /// recorded reference covers once the extent changes.
    extents: Vec<Extent>,
}

/// (first row, first column, last row, last column) of the cells a sheet holds.
pub(crate) type Extent = (i32, i32, i32, i32);

impl Incremental {
    pub(crate) fn begin_full(&mut self) {
        *self = Incremental {
            recording: true,
            ..Incremental::default()
        };
    }

    pub(crate) fn end_full(&mut self, met_circular_reference: bool, extents: Vec<Extent>) {
        self.recording = false;
        self.settled = !met_circular_reference && !self.arrays;
        self.extents = extents;
    }

    pub(crate) fn is_recording(&self) -> bool {
        self.recording
    }

    pub(crate) fn note_reference(&mut self, cell: CellReferenceIndex, read: CellOrRange) {
        if self.recording {
            self.references.entry(cell).or_default().push(read);
        }
    }

    pub(crate) fn note_function(&mut self, kind: &Function, cell: CellReferenceIndex) {
        if self.recording
            && matches!(
                kind,
                Function::Now
                    | Function::Today
                    | Function::Rand
                    | Function::Randbetween
                    | Function::Randarray
                    | Function::Indirect
                    | Function::Offset
                    | Function::Cell
                    | Function::Info
            )
        {
            self.untracked.insert(cell);
        }
    }

    /// The formula at `cell` read cells that no recorded reference covers.
    pub(crate) fn note_untracked(&mut self, cell: CellReferenceIndex) {
        if self.recording {
            self.untracked.insert(cell);
        }
    }

    pub(crate) fn note_array_formula(&mut self) {
        if self.recording {
            self.arrays = true;
        }
    }

    pub(crate) fn note_unstable_result(&mut self, cell: CellReferenceIndex) {
        if self.recording {
            self.unstable.insert(cell);
        }
    }

    /// The cells `evaluate_changed` must evaluate again, in the order a full recalculation
    /// evaluates them, or `None` when only a full recalculation gives its values. What was
    /// recorded of their last evaluation is forgotten: evaluating them records it again.
    pub(crate) fn take_dirty_cells(
        &mut self,
        changed: &[CellReferenceIndex],
        extents: Vec<Extent>,
        support: &mut HashMap<CellReferenceIndex, Vec<CellOrRange>>,
    ) -> Option<Vec<CellReferenceIndex>> {
        if !self.settled || extents.len() != self.extents.len() {
            return None;
        }
        let past_extent = self.readers_past_changed_extents(&extents, support);
        self.extents = extents;
        let index = match &mut self.index {
            Some(index) => index,
            None => self.index.insert(Dependents::build(support, &self.references)),
        };
        let mut dirty = HashSet::new();
        let mut stack: Vec<CellReferenceIndex> = changed.to_vec();
        stack.extend(self.untracked.iter().copied());
        stack.extend(past_extent);
        while let Some(cell) = stack.pop() {
            if dirty.insert(cell) {
                index.for_each_dependent(cell, |dependent| {
                    if !dirty.contains(&dependent) {
                        stack.push(dependent);
                    }
                });
            }
        }
        if self.unstable.iter().any(|cell| !dirty.contains(cell)) {
            return None;
        }
        let mut cells: Vec<CellReferenceIndex> = dirty.into_iter().collect();
        cells.sort_unstable_by_key(|cell| (cell.sheet, cell.row, cell.column));
        for cell in &cells {
            self.untracked.remove(cell);
            self.unstable.remove(cell);
            self.references.remove(cell);
            support.remove(cell);
        }
        self.recording = true;
        self.arrays = false;
        Some(cells)
    }

    /// The formulas with a range read on a sheet whose extent changed that is not inside both
    /// the old extent and the new one: what they read of it may have changed.
    fn readers_past_changed_extents(
        &self,
        extents: &[Extent],
        support: &HashMap<CellReferenceIndex, Vec<CellOrRange>>,
    ) -> Vec<CellReferenceIndex> {
        let changed: Vec<(u32, Extent)> = (0..)
            .zip(extents.iter().zip(&self.extents))
            .filter(|(_, (new, old))| new != old)
            .map(|(sheet, (new, old))| {
                (
                    sheet,
                    (
                        new.0.max(old.0),
                        new.1.max(old.1),
                        new.2.min(old.2),
                        new.3.min(old.3),
                    ),
                )
            })
            .collect();
        if changed.is_empty() {
            return vec![];
        }
        let inside_both = |read: &CellOrRange| match *read {
            CellOrRange::Cell(_) => true,
            CellOrRange::Range((sheet, top, left, bottom, right)) => {
                changed.iter().all(|&(changed_sheet, (t, l, b, r))| {
                    changed_sheet != sheet || (top >= t && left >= l && bottom <= b && right <= r)
                })
            }
        };
        support
            .iter()
            .chain(&self.references)
            .filter(|(_, reads)| !reads.iter().all(inside_both))
            .map(|(cell, _)| *cell)
            .collect()
    }

    /// Ends an `evaluate_changed` pass over `dirty`; false when its values are not those of a
    /// full recalculation. Otherwise the index learns the reads the dirty formulas made.
    pub(crate) fn end_changed(
        &mut self,
        dirty: &[CellReferenceIndex],
        met_circular_reference: bool,
        support: &HashMap<CellReferenceIndex, Vec<CellOrRange>>,
    ) -> bool {
        self.recording = false;
        if met_circular_reference || self.arrays {
            self.settled = false;
            return false;
        }
        let Some(index) = &mut self.index else {
            return true;
        };
        for cell in dirty {
            // The reads indexed when it was built are not known here: each read is indexed
            // once more the first time it is made after that.
            let indexed = index.indexed.entry(*cell).or_default();
            let reads = support.get(cell).into_iter().flatten();
            let mut new_reads = vec![];
            for read in reads.chain(self.references.get(cell).into_iter().flatten()) {
                if !indexed.contains(read) {
                    indexed.push(*read);
                    new_reads.push(*read);
                }
            }
            for read in new_reads {
                index.add(*cell, read);
            }
        }
        // Reads no longer made stay indexed (their formula is evaluated once more than needed);
        // past a point the index is built again from the reads as they are now.
        if index.added > index.built.max(1024) {
            self.index = None;
        }
        true
    }
}

/// The dependency graph inverted: for a cell, the formulas that read it, alone or in a range.
#[derive(Default)]
struct Dependents {
    cells: HashMap<CellReferenceIndex, Vec<CellReferenceIndex>>,
    columns: HashMap<(u32, i32), ColumnRanges>,
    wide: Vec<(Area, CellReferenceIndex)>,
    /// The reads indexed for formulas evaluated again since the index was built.
    indexed: HashMap<CellReferenceIndex, Vec<CellOrRange>>,
    built: usize,
    added: usize,
}

/// (sheet, first row, first column, last row, last column)
type Area = (u32, i32, i32, i32, i32);

/// Ranges within a few columns, in the index of each column they cover.
#[derive(Default)]
struct ColumnRanges {
    /// (first row, last row, formula), sorted by first row.
    sorted: Vec<(i32, i32, CellReferenceIndex)>,
    /// The largest last row of each block of `sorted`.
    block_ends: Vec<i32>,
    /// Added since `sorted` was sorted.
    recent: Vec<(i32, i32, CellReferenceIndex)>,
}

impl ColumnRanges {
    fn sort(&mut self) {
        self.sorted.append(&mut self.recent);
        self.sorted.sort_unstable_by_key(|(first, last, _)| (*first, *last));
        self.block_ends = self
            .sorted
            .chunks(BLOCK)
            .map(|block| block.iter().map(|(_, last, _)| *last).max().unwrap_or(0))
            .collect();
    }

    fn for_each_containing(&self, row: i32, mut visit: impl FnMut(CellReferenceIndex)) {
        let starting_above = self.sorted.partition_point(|(first, _, _)| *first <= row);
        for (block, end) in self.block_ends.iter().enumerate() {
            let start = block * BLOCK;
            if start >= starting_above {
                break;
            }
            if *end < row {
                continue;
            }
            let block = &self.sorted[start..(start + BLOCK).min(starting_above)];
            for (_, last, dependent) in block {
                if *last >= row {
                    visit(*dependent);
                }
            }
        }
        for (first, last, dependent) in &self.recent {
            if *first <= row && row <= *last {
                visit(*dependent);
            }
        }
    }
}

impl Dependents {
    fn build(
        support: &HashMap<CellReferenceIndex, Vec<CellOrRange>>,
        references: &HashMap<CellReferenceIndex, Vec<CellOrRange>>,
    ) -> Self {
        let mut index = Dependents::default();
        for (cell, reads) in support.iter().chain(references) {
            for read in reads {
                index.add(*cell, *read);
            }
        }
        for column in index.columns.values_mut() {
            column.sort();
        }
        index.built = index.added;
        index.added = 0;
        index
    }

    fn add(&mut self, dependent: CellReferenceIndex, read: CellOrRange) {
        self.added += 1;
        match read {
            CellOrRange::Cell((sheet, row, column)) => self
                .cells
                .entry(CellReferenceIndex { sheet, row, column })
                .or_default()
                .push(dependent),
            CellOrRange::Range(area @ (sheet, row1, column1, row2, column2)) => {
                if column2 - column1 >= WIDE_RANGE {
                    self.wide.push((area, dependent));
                    return;
                }
                for column in column1..=column2 {
                    let ranges = self.columns.entry((sheet, column)).or_default();
                    ranges.recent.push((row1, row2, dependent));
                    if ranges.recent.len() > BLOCK * 4 {
                        ranges.sort();
                    }
                }
            }
        }
    }

    fn for_each_dependent(&self, cell: CellReferenceIndex, mut visit: impl FnMut(CellReferenceIndex)) {
        if let Some(dependents) = self.cells.get(&cell) {
            dependents.iter().copied().for_each(&mut visit);
        }
        if let Some(ranges) = self.columns.get(&(cell.sheet, cell.column)) {
            ranges.for_each_containing(cell.row, &mut visit);
        }
        for ((sheet, row1, column1, row2, column2), dependent) in &self.wide {
            if *sheet == cell.sheet
                && (*row1..=*row2).contains(&cell.row)
                && (*column1..=*column2).contains(&cell.column)
            {
                visit(*dependent);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(row: i32, column: i32) -> CellReferenceIndex {
        CellReferenceIndex {
            sheet: 0,
            row,
            column,
        }
    }

    fn dependents(index: &Dependents, of: CellReferenceIndex) -> Vec<CellReferenceIndex> {
        let mut found = vec![];
        index.for_each_dependent(of, |dependent| found.push(dependent));
        found.sort_unstable_by_key(|cell| (cell.row, cell.column));
        found
    }

    #[test]
    fn ranges_are_found_by_the_cells_they_contain() {
        let mut support = HashMap::new();
        // A running total in column B over column A, a whole column, a whole row.
        for row in 1..=1000 {
            support.insert(cell(row, 2), vec![CellOrRange::Range((0, 1, 1, row, 1))]);
        }
        support.insert(cell(1, 3), vec![CellOrRange::Range((0, 1, 1, 1_048_576, 1))]);
        support.insert(cell(2, 3), vec![CellOrRange::Range((0, 5, 1, 5, 16_384))]);
        support.insert(cell(3, 3), vec![CellOrRange::Cell((0, 5, 1))]);
        let index = Dependents::build(&support, &HashMap::new());

        let of_a5 = dependents(&index, cell(5, 1));
        let mut expected: Vec<_> = (5..=1000).map(|row| cell(row, 2)).collect();
        expected.splice(0..0, [cell(1, 3), cell(2, 3), cell(3, 3)]);
        expected.sort_unstable_by_key(|cell| (cell.row, cell.column));
        assert_eq!(of_a5, expected);
        assert_eq!(dependents(&index, cell(2000, 1)), vec![cell(1, 3)]);
        assert_eq!(dependents(&index, cell(5, 300)), vec![cell(2, 3)]);
        assert_eq!(dependents(&index, cell(5, 2)), vec![cell(2, 3)]);
        assert!(dependents(&index, cell(4, 2)).is_empty());
    }
}
