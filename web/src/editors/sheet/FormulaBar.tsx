import type { KeyboardEvent, SyntheticEvent } from 'react';

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
}

/** The name box and the raw input of the active cell, editable as in Google Sheets. */
export function FormulaBar({ location, value, readOnly, onChange, onCommit, onCancel, onCursor, onAcceptHint }: FormulaBarProps) {
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
      <output className="name-box" data-testid="name-box">
        {location}
      </output>
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
