import { useState } from 'react';
import { FilterDialog } from './FilterDialog';
import { distinctValues, type StoredFilter, withHidden } from './filter';
import { columnName } from './references';
import type { Range } from './selection';

export interface FilterBarProps {
  /** The filter in force and whose it is; null when none. */
  filter: { value: StoredFilter; range: Range; personal: boolean } | null;
  /** The active cell's column and its id. */
  col: number;
  colId: string;
  shown: (row: number, col: number) => string;
  readOnly: boolean;
  /** Starts a filter over the selection (or the used cells) for everyone or just this person. */
  onCreate: (personal: boolean) => void;
  onChange: (filter: StoredFilter | null) => void;
}

/** Creating, changing and removing the shared filter or one's own filter view. */
export function FilterBar({ filter, col, colId, shown, readOnly, onCreate, onChange }: FilterBarProps) {
  const [open, setOpen] = useState(false);
  if (!filter) {
    return (
      <>
        {!readOnly && <button onClick={() => onCreate(false)}>Create a filter</button>}
        <button title="Filter rows for yourself only: nobody else's view changes" onClick={() => onCreate(true)}>
          Filter view (just me)
        </button>
      </>
    );
  }
  const inRange = col >= filter.range.left && col <= filter.range.right;
  const canChange = filter.personal || !readOnly;
  return (
    <>
      <span className="filter-badge" data-testid="filter-badge">
        {filter.personal ? 'Your filter view' : 'Filter for everyone'}
      </span>
      {canChange && (
        <button disabled={!inRange} title={inRange ? undefined : 'Select a cell in the filtered columns'} onClick={() => setOpen(true)}>
          Filter column {columnName(col)}…
        </button>
      )}
      {canChange && <button onClick={() => onChange(null)}>{filter.personal ? 'Close filter view' : 'Remove filter'}</button>}
      {open && (
        <FilterDialog
          heading={shown(filter.range.top, col) || `column ${columnName(col)}`}
          values={distinctValues(filter.range, col, shown)}
          hidden={filter.value.hidden[colId] ?? []}
          onClose={() => setOpen(false)}
          onApply={(hidden) => {
            setOpen(false);
            onChange(withHidden(filter.value, colId, hidden));
          }}
        />
      )}
    </>
  );
}
