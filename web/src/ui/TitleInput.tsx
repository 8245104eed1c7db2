import { useRef, useState } from 'react';
import { api, type DocumentMeta } from '../api/client';

/** The document title, renamed on Enter or when the field loses focus. While the field is not
 *  being edited it follows `meta`, so a rename by someone else shows up. */
export function TitleInput({
  meta,
  onRenamed,
  readOnly = false,
}: {
  meta: DocumentMeta;
  onRenamed: (meta: DocumentMeta) => void;
  readOnly?: boolean;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  // Escape blurs the field, and the blur handler of this same render still sees the draft.
  const cancelled = useRef(false);
  const commit = async () => {
    const title = draft?.trim();
    setDraft(null);
    if (cancelled.current) {
      cancelled.current = false;
      return;
    }
    if (!title || title === meta.title) return;
    try {
      onRenamed(await api.renameDoc(meta.id, title));
    } catch {
      // The field falls back to the stored title.
    }
  };
  return (
    <input
      className="title-input"
      aria-label="Document title"
      value={draft ?? meta.title}
      readOnly={readOnly}
      onFocus={() => !readOnly && setDraft(meta.title)}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          cancelled.current = true;
          event.currentTarget.blur();
        }
      }}
    />
  );
}
