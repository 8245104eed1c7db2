import { useState } from 'react';
import { api, type DocumentMeta } from '../api/client';

/** The document title, renamed on Enter or when the field loses focus. */
export function TitleInput({ meta, onRenamed }: { meta: DocumentMeta; onRenamed: (meta: DocumentMeta) => void }) {
  const [draft, setDraft] = useState(meta.title);
  const commit = async () => {
    const title = draft.trim();
    if (!title || title === meta.title) {
      setDraft(meta.title);
      return;
    }
    try {
      onRenamed(await api.renameDoc(meta.id, title));
    } catch {
      setDraft(meta.title);
    }
  };
  return (
    <input
      className="title-input"
      aria-label="Document title"
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          setDraft(meta.title);
          event.currentTarget.blur();
        }
      }}
    />
  );
}
