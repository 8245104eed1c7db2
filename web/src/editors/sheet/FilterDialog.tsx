import { useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';

export interface FilterDialogProps {
  /** The column's heading, for the title. */
  heading: string;
  /** Every value the column shows below its heading. */
  values: string[];
  /** The values hidden now. */
  hidden: string[];
  onApply: (hidden: string[]) => void;
  onClose: () => void;
}

/** Filter by values: untick a value to hide its rows. */
export function FilterDialog({ heading, values, hidden, onApply, onClose }: FilterDialogProps) {
  const [off, setOff] = useState(() => new Set(hidden));
  const toggle = (value: string) => {
    const next = new Set(off);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    setOff(next);
  };
  return (
    <Dialog title={`Filter ${heading}`} onClose={onClose}>
      <form
        className="dialog-body filter-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onApply(values.filter((value) => off.has(value)));
        }}
      >
        <div className="filter-actions">
          <button type="button" className="quiet" onClick={() => setOff(new Set())}>
            Select all
          </button>
          <button type="button" className="quiet" onClick={() => setOff(new Set(values))}>
            Clear
          </button>
        </div>
        <ul className="filter-values">
          {values.map((value) => (
            <li key={value}>
              <label>
                <input type="checkbox" checked={!off.has(value)} onChange={() => toggle(value)} /> {value === '' ? '(Blanks)' : value}
              </label>
            </li>
          ))}
        </ul>
        <DialogActions submitLabel="OK" onClose={onClose} />
      </form>
    </Dialog>
  );
}
