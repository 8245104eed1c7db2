//! Tandem: what one full recalculation has already read, kept for the rest of that recalculation.
//!
//! Upstream reads a lookup table's whole first column again for every VLOOKUP and walks every
//! criteria range again for every SUMIFS, so a sheet with a lookup per row is quadratic in its
//! rows. Within one pass of [`crate::Model::evaluate`] an evaluated cell reads the same for the
//! rest of the pass, so what was read from a range can be reused, with two exceptions a read
//! must not have met: a formula evaluated for the first time by that very read (the read sees
//! its raw result, later reads its stored form, which differs: an empty result is stored as 0,
//! an infinite one as #NUM!), and a circular reference (a cell in a cycle reads differently
//! depending on where the cycle was entered). An entry is kept only when the reads that built it
//! met neither; the next identical call builds it again from settled cells, and that one is
//! kept. Nothing is kept in passes with spilling (dynamic array) formulas, which write cells
//! while the pass runs. The cache is empty and off outside `evaluate`.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use crate::calc_result::{CalcResult, Range};
use crate::expressions::types::CellReferenceIndex;
use crate::number_format::to_excel_precision;

#[derive(Default)]
pub(crate) struct RecalcCache {
    enabled: bool,
    /// How many reads so far evaluated a formula for the first time or met a circular reference:
    /// reads a later call would not repeat.
    unsettled_reads: u64,
    /// How many reads so far met a circular reference: a recalculation that met one is not
    /// one `Model::evaluate_changed` can build on or stand in for.
    circular_references: u64,
    lookup_vectors: HashMap<LookupKey, Arc<LookupVector>>,
    ifs_matches: HashMap<IfsKey, Arc<[f64]>>,
}

/// The range a lookup's search vector (a table's first row or column) was read from.
#[derive(PartialEq, Eq, Hash, Clone, Copy)]
pub(crate) struct LookupKey {
    start: CellReferenceIndex,
    end: CellReferenceIndex,
}

impl LookupKey {
    pub(crate) fn new(start: CellReferenceIndex, end: CellReferenceIndex) -> Self {
        LookupKey { start, end }
    }
}

/// The ranges and criteria of one SUMIFS/AVERAGEIFS/MINIFS/MAXIFS call.
#[derive(PartialEq, Eq, Hash)]
pub(crate) struct IfsKey {
    sum_range: (CellReferenceIndex, CellReferenceIndex),
    cases: Vec<((CellReferenceIndex, CellReferenceIndex), CriterionKey)>,
}

#[derive(PartialEq, Eq, Hash)]
enum CriterionKey {
    Number(u64),
    Text(String),
    Boolean(bool),
    Empty,
}

impl IfsKey {
    /// `None` for criteria that are errors, arrays or ranges: those calls are not remembered.
    pub(crate) fn new(sum_range: &Range, ranges: &[Range], criteria: &[CalcResult]) -> Option<Self> {
        let cases = ranges
            .iter()
            .zip(criteria)
            .map(|(range, criterion)| {
                let key = match criterion {
                    CalcResult::Number(value) => CriterionKey::Number(value.to_bits()),
                    CalcResult::String(text) => CriterionKey::Text(text.clone()),
                    CalcResult::Boolean(value) => CriterionKey::Boolean(*value),
                    CalcResult::EmptyCell | CalcResult::EmptyArg => CriterionKey::Empty,
                    _ => return None,
                };
                Some(((range.left, range.right), key))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(IfsKey {
            sum_range: (sum_range.left, sum_range.right),
            cases,
        })
    }
}

/// A lookup table's search vector. One that is kept for the pass gets indexes for exact
/// matches when it is searched a second time (a vector searched once is cheaper to scan).
pub(crate) struct LookupVector {
    pub(crate) values: Vec<CalcResult>,
    indexable: bool,
    searches: AtomicUsize,
    numbers: OnceLock<Vec<(f64, usize)>>,
    texts: OnceLock<HashMap<String, usize>>,
}

impl LookupVector {
    pub(crate) fn new(values: Vec<CalcResult>, indexable: bool) -> Self {
        LookupVector {
            values,
            indexable,
            searches: AtomicUsize::new(0),
            numbers: OnceLock::new(),
            texts: OnceLock::new(),
        }
    }

    /// The first position an exact (unsorted) lookup of `target` finds, exactly as the linear
    /// search in `lookup_index` would, or `Err(())` when the index cannot answer for this
    /// target (wildcards, booleans, errors, empty targets) and the caller must search.
    pub(crate) fn exact_position(&self, target: &CalcResult) -> Result<Option<usize>, ()> {
        if !self.indexable || self.searches.fetch_add(1, Ordering::Relaxed) == 0 {
            return Err(());
        }
        match target {
            CalcResult::Number(value) => self.number_position(*value),
            CalcResult::String(text) if !text.contains(['*', '?', '~']) => Ok(self
                .texts
                .get_or_init(|| self.text_index())
                .get(&text.to_lowercase())
                .copied()),
            _ => Err(()),
        }
    }

    /// Mirrors `compare_values(x, target) == 0` for a number target: numbers (and empty
    /// cells, read as 0) equal to it once both are rounded to 15 significant digits.
    fn number_position(&self, target: f64) -> Result<Option<usize>, ()> {
        let target = to_excel_precision(target, 15);
        if !target.is_finite() {
            return Err(());
        }
        let index = self.numbers.get_or_init(|| self.number_index());
        // Every rounded value within EPSILON of the target lies in this window; the exact test
        // below is the one compare_values makes.
        let low = target - 4.0 * f64::EPSILON;
        let high = target + 4.0 * f64::EPSILON;
        let start = index.partition_point(|(rounded, _)| *rounded < low);
        Ok(index[start..]
            .iter()
            .take_while(|(rounded, _)| *rounded <= high)
            .filter(|(rounded, _)| (target - rounded).abs() < f64::EPSILON)
            .map(|(_, position)| *position)
            .min())
    }

    fn number_index(&self) -> Vec<(f64, usize)> {
        let mut index: Vec<(f64, usize)> = self
            .values
            .iter()
            .enumerate()
            .filter_map(|(position, value)| match value {
                CalcResult::Number(number) => Some((to_excel_precision(*number, 15), position)),
                CalcResult::EmptyCell => Some((0.0, position)),
                _ => None,
            })
            .filter(|(rounded, _)| rounded.is_finite())
            .collect();
        index.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        index
    }

    fn text_index(&self) -> HashMap<String, usize> {
        let mut index = HashMap::new();
        for (position, value) in self.values.iter().enumerate() {
            if let CalcResult::String(text) = value {
                index.entry(text.to_lowercase()).or_insert(position);
            }
        }
        index
    }
}

impl RecalcCache {
    /// Starts (or restarts) a recalculation pass; `enabled` is false when the pass may spill.
    pub(crate) fn begin(&mut self, enabled: bool) {
        self.end();
        self.enabled = enabled;
    }

    pub(crate) fn end(&mut self) {
        self.enabled = false;
        self.lookup_vectors.clear();
        self.ifs_matches.clear();
    }

    pub(crate) fn note_circular_reference(&mut self) {
        self.unsettled_reads += 1;
        self.circular_references += 1;
    }

    pub(crate) fn circular_references(&self) -> u64 {
        self.circular_references
    }

    pub(crate) fn note_first_evaluation(&mut self) {
        self.unsettled_reads += 1;
    }

    /// A mark to pass to [`RecalcCache::keep_lookup_vector`] and
    /// [`RecalcCache::keep_ifs_matches`]: they keep nothing when a formula was evaluated for the
    /// first time, or a circular reference met, since it was taken.
    pub(crate) fn mark(&self) -> Option<u64> {
        self.enabled.then_some(self.unsettled_reads)
    }

    pub(crate) fn lookup_vector(&self, key: &LookupKey) -> Option<Arc<LookupVector>> {
        self.lookup_vectors.get(key).cloned()
    }

    pub(crate) fn keep_lookup_vector(
        &mut self,
        mark: Option<u64>,
        key: LookupKey,
        vector: Arc<LookupVector>,
    ) {
        if self.enabled && mark == Some(self.unsettled_reads) {
            self.lookup_vectors.insert(key, vector);
        }
    }

    pub(crate) fn ifs_matches(&self, key: &IfsKey) -> Option<Arc<[f64]>> {
        self.ifs_matches.get(key).cloned()
    }

    pub(crate) fn keep_ifs_matches(&mut self, mark: Option<u64>, key: IfsKey, matches: Vec<f64>) {
        if self.enabled && mark == Some(self.unsettled_reads) {
            self.ifs_matches.insert(key, matches.into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A kept vector, already searched once, so the next search uses its index.
    fn vector(values: Vec<CalcResult>) -> LookupVector {
        let vector = LookupVector::new(values, true);
        assert_eq!(vector.exact_position(&CalcResult::Number(1.0)), Err(()));
        vector
    }

    #[test]
    fn numbers_are_found_as_the_linear_search_finds_them() {
        let values = vec![
            CalcResult::String("7".into()),
            CalcResult::Number(3.0),
            CalcResult::Number(0.1 + 0.2),
            CalcResult::EmptyCell,
            CalcResult::Number(0.3),
            CalcResult::Number(3.0),
        ];
        let lookup = vector(values);
        // 0.1 + 0.2 and 0.3 are one number at 15 digits: the first of them is found.
        assert_eq!(lookup.exact_position(&CalcResult::Number(0.3)), Ok(Some(2)));
        assert_eq!(lookup.exact_position(&CalcResult::Number(3.0)), Ok(Some(1)));
        // An empty cell reads as 0.
        assert_eq!(lookup.exact_position(&CalcResult::Number(0.0)), Ok(Some(3)));
        // Text is never a number's match.
        assert_eq!(lookup.exact_position(&CalcResult::Number(7.0)), Ok(None));
    }

    #[test]
    fn text_is_found_regardless_of_case_and_wildcards_are_left_to_the_search() {
        let lookup = vector(vec![
            CalcResult::Number(1.0),
            CalcResult::String("Straße".into()),
            CalcResult::String("apple".into()),
            CalcResult::String("APPLE".into()),
        ]);
        assert_eq!(lookup.exact_position(&CalcResult::String("Apple".into())), Ok(Some(2)));
        assert_eq!(lookup.exact_position(&CalcResult::String("STRASSE".into())), Ok(None));
        assert_eq!(lookup.exact_position(&CalcResult::String("straße".into())), Ok(Some(1)));
        assert_eq!(lookup.exact_position(&CalcResult::String("1".into())), Ok(None));
        assert_eq!(lookup.exact_position(&CalcResult::String("app*".into())), Err(()));
        assert_eq!(lookup.exact_position(&CalcResult::Boolean(true)), Err(()));
    }

    #[test]
    fn nothing_is_kept_across_an_unsettled_read_or_outside_a_pass() {
        let key = LookupKey::new(
            CellReferenceIndex { sheet: 0, row: 1, column: 1 },
            CellReferenceIndex { sheet: 0, row: 9, column: 1 },
        );
        let mut cache = RecalcCache::default();
        let kept = Arc::new(vector(vec![]));
        cache.keep_lookup_vector(cache.mark(), key, kept.clone());
        assert!(cache.lookup_vector(&key).is_none(), "kept outside a pass");

        cache.begin(true);
        let mark = cache.mark();
        cache.note_circular_reference();
        cache.keep_lookup_vector(mark, key, kept.clone());
        assert!(cache.lookup_vector(&key).is_none(), "kept across a circular reference");

        let mark = cache.mark();
        cache.note_first_evaluation();
        cache.keep_lookup_vector(mark, key, kept.clone());
        assert!(cache.lookup_vector(&key).is_none(), "kept across a first evaluation");

        cache.keep_lookup_vector(cache.mark(), key, kept);
        assert!(cache.lookup_vector(&key).is_some());
        cache.end();
        assert!(cache.lookup_vector(&key).is_none(), "kept after the pass");
    }
}
