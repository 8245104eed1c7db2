import { useState } from 'react';

interface NumberFieldProps {
  value: number;
  min?: number | null;
  max?: number | null;
  integer?: boolean;
  /** Shown multiplied by this (100 for a fraction shown in per cent). */
  scale?: number;
  disabled?: boolean;
  testId: string;
  label: string;
  onChange: (value: number) => void;
}

/** A number input bound to a stored value: what is typed is written as soon as it is a valid
 *  number within the limits; until then (an empty box, a stray minus) the typing is kept here. */
export function NumberField({ value, min, max, integer, scale = 1, disabled, testId, label, onChange }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = (n: number) => String(Number((n * scale).toPrecision(12)));
  const valid = (n: number) =>
    Number.isFinite(n) && (min == null || n >= min) && (max == null || n <= max) && (!integer || Number.isInteger(n));
  const text = draft ?? shown(value);
  const typed = Number(text) / scale;
  return (
    <input
      type="number"
      value={text}
      min={min == null ? undefined : shown(min)}
      max={max == null ? undefined : shown(max)}
      step={integer ? 1 : 'any'}
      disabled={disabled}
      aria-label={label}
      aria-invalid={draft !== null && (text.trim() === '' || !valid(typed))}
      data-testid={testId}
      onChange={(event) => {
        const next = event.target.value;
        setDraft(next);
        const n = Number(next) / scale;
        if (next.trim() !== '' && valid(n)) onChange(n);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
