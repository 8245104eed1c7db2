import { useCallback, useEffect, useState } from 'react';
import { api, type DocumentMeta } from '../api/client';
import { navigate } from './router';
import { TimeAgo } from '../ui/TimeAgo';

export function HomePage() {
  const [docs, setDocs] = useState<DocumentMeta[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  const load = useCallback(() => {
    api.listDocs().then(setDocs, (e: Error) => setError(e.message));
  }, []);
  useEffect(load, [load]);

  const create = async () => {
    setCreating(true);
    try {
      const doc = await api.createDoc('doc');
      navigate(`/d/${doc.id}`);
    } catch (e) {
      setError((e as Error).message);
      setCreating(false);
    }
  };

  const trash = async (doc: DocumentMeta) => {
    await api.trashDoc(doc.id).catch((e: Error) => setError(e.message));
    load();
  };

  return (
    <div className="home">
      <header className="home-header">
        <h1>Tandem</h1>
        <button className="primary" onClick={create} disabled={creating} data-testid="new-document">
          New document
        </button>
      </header>
      {error && <p className="error">{error}</p>}
      {docs === null && !error && <p className="muted">Loading…</p>}
      {docs?.length === 0 && <p className="muted">No documents yet. Create one to start writing together.</p>}
      <ul className="doc-list">
        {docs?.map((doc) => (
          <li key={doc.id}>
            <a
              href={`/d/${doc.id}`}
              onClick={(event) => {
                event.preventDefault();
                navigate(`/d/${doc.id}`);
              }}
            >
              <span className="doc-title">{doc.title}</span>
              <span className="muted">
                {doc.kind} · edited <TimeAgo at={doc.updated_at} />
              </span>
            </a>
            <button className="quiet" onClick={() => trash(doc)} title="Move to trash">
              Delete
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
