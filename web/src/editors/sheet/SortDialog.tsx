import { useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { columnName } from './references';
import type { Range } from './selection';
import type { SortKey } from './sort';

export interface SortDialogProps {
  range: Range;
  /** The column to sort by first (the active cell's). */
  firstColumn: number;
  onSort: (keys: SortKey[], headerRow: boolean) => void;
  onClose: () => void;
}

/** Sorting a range by several columns, each A → Z or Z → A, with or without a header row. */
export function SortDialog({ range, firstColumn, onSort, onClose }: SortDialogProps) {
  const columns = Array.from({ length: range.right - range.left + 1 }, (_, i) => range.left + i);
  const [keys, setKeys] = useState<SortKey[]>([{ col: firstColumn, ascending: true }]);
  const [headerRow, setHeaderRow] = useState(false);
  const update = (index: number, key: SortKey) => setKeys(keys.map((k, i) => (i === index ? key : k)));
  const unused = columns.find((col) => !keys.some((k) => k.col === col));
  return (
    <Dialog title="Sort range" onClose={onClose}>
      <form
        className="dialog-body sort-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onSort(keys, headerRow);
        }}
      >
        <label>
          <input type="checkbox" checked={headerRow} onChange={(event) => setHeaderRow(event.target.checked)} /> Data has a header row
        </label>
        {keys.map((key, index) => (
          <div className="sort-key" key={index}>
            <span>{index === 0 ? 'Sort by' : 'then by'}</span>
            <select aria-label={`Sort column ${index + 1}`} value={key.col} onChange={(event) => update(index, { ...key, col: Number(event.target.value) })}>
              {columns.map((col) => (
                <option key={col} value={col}>
                  Column {columnName(col)}
                </option>
              ))}
            </select>
            <select
              aria-label={`Sort order ${index + 1}`}
              value={key.ascending ? 'asc' : 'desc'}
              onChange={(event) => update(index, { ...key, ascending: event.target.value === 'asc' })}
            >
              <option value="asc">A → Z</option>
              <option value="desc">Z → A</option>
            </select>
            {index > 0 && (
              <button type="button" className="quiet" aria-label="Remove this sort column" onClick={() => setKeys(keys.filter((_, i) => i !== index))}>
                ✕
              </button>
            )}
          </div>
        ))}
        {unused !== undefined && (
          <button type="button" className="quiet" onClick={() => setKeys([...keys, { col: unused, ascending: true }])}>
            Add another sort column
          </button>
        )}
        <DialogActions submitLabel="Sort" onClose={onClose} />
      </form>
    </Dialog>
  );
}
