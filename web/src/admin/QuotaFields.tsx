import { useState, type FormEvent } from 'react';
import type { AdminUser, UserPatch } from '../api/client';

const MB = 1024 * 1024;

const toField = (value: number | null, unit = 1) => (value === null ? '' : String(Math.round((value / unit) * 100) / 100));

/** Empty means unlimited; anything else must be a positive number. */
function parse(field: string, unit = 1, integer = false): number | null | undefined {
  const text = field.trim();
  if (!text) return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) return undefined;
  return Math.round(value * unit);
}

/** A user's quotas: documents they may own and the largest document in MB. */
export function QuotaFields({ user, onSave }: { user: AdminUser; onSave: (patch: UserPatch) => Promise<boolean> }) {
  const [docs, setDocs] = useState(toField(user.max_docs));
  const [size, setSize] = useState(toField(user.max_doc_bytes, MB));
  const [invalid, setInvalid] = useState(false);
  const changed = docs !== toField(user.max_docs) || size !== toField(user.max_doc_bytes, MB);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const max_docs = parse(docs, 1, true);
    const max_doc_bytes = parse(size, MB);
    if (max_docs === undefined || max_doc_bytes === undefined) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    await onSave({ max_docs, max_doc_bytes });
  };

  return (
    <form className="quota" onSubmit={save}>
      <input
        className="number"
        inputMode="numeric"
        aria-label={`Maximum documents for ${user.email}`}
        placeholder="∞"
        value={docs}
        onChange={(e) => setDocs(e.target.value)}
      />
      <span className="muted">docs</span>
      <input
        className="number"
        inputMode="decimal"
        aria-label={`Maximum document size in MB for ${user.email}`}
        placeholder="∞"
        value={size}
        onChange={(e) => setSize(e.target.value)}
      />
      <span className="muted">MB</span>
      {changed && (
        <button type="submit" className="quiet">
          Save
        </button>
      )}
      {invalid && <span className="error">Positive numbers, or empty for no limit.</span>}
    </form>
  );
}
