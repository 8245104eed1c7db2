import { useState, type KeyboardEvent, type SyntheticEvent } from 'react';

export interface FormulaBarProps {
  /** The selected cell or range, e.g. `B3` or `A1:C4`. */
  location: string;
  /** What the active cell holds (a formula in A1 notation), or what is being typed. */
  value: string;
  readOnly: boolean;
  onChange: (value: string) => void;
  onCommit: () => void;
  onCancel: () => void;
  /** Where the caret is while typing (for the autocomplete). */
  onCursor: (event: SyntheticEvent<HTMLInputElement>) => void;
  /** Tab: takes the autocomplete's first suggestion; false when there is none. */
  onAcceptHint: () => boolean;
  /** A cell or range typed into the name box; false when it names none. */
  onJump: (where: string) => boolean;
}

/** The name box and the raw input of the active cell, editable as in Google Sheets. */
export function FormulaBar({ location, value, readOnly, onChange, onCommit, onCancel, onCursor, onAcceptHint, onJump }: FormulaBarProps) {
  /** What is being typed into the name box; null while it shows the selection. */
  const [place, setPlace] = useState<string | null>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Tab' && onAcceptHint()) {
      event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onCommit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <div className="formula-bar">
      <input
        className="name-box"
        aria-label="Name box: go to a cell or range"
        data-testid="name-box"
        value={place ?? location}
        onFocus={(event) => event.target.select()}
        onChange={(event) => setPlace(event.target.value)}
        onBlur={() => setPlace(null)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setPlace(null);
            event.currentTarget.blur();
          } else if (event.key === 'Enter') {
            event.preventDefault();
            // Unchanged, it names the selection: Enter goes back to it, as after any other name.
            if (onJump(place ?? location)) {
              setPlace(null);
              event.currentTarget.blur();
            }
          }
        }}
      />
      <span className="fx" aria-hidden="true">
        fx
      </span>
      <input
        aria-label="Formula"
        data-testid="formula-input"
        value={value}
        readOnly={readOnly}
        onChange={(event) => {
          onChange(event.target.value);
          onCursor(event);
        }}
        onSelect={onCursor}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
