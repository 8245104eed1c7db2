import { useEffect, useState } from 'react';
import { api, ApiError, describeError, type DocFilter, type DocKind, type DocumentMeta, type UploadProgress } from '../api/client';
import { DocumentRow } from '../home/DocumentRow';
import { useSession } from '../session/session';
import { Header } from './Header';
import { navigate } from './router';
import { ImportButton } from './ImportButton';
import { UploadStatus } from './UploadStatus';

const TABS: { id: DocFilter; label: string; empty: string }[] = [
  { id: 'mine', label: 'My documents', empty: 'No documents yet. Create one to start writing together.' },
  { id: 'shared', label: 'Shared with me', empty: 'Nobody has shared a document with you yet.' },
  { id: 'recent', label: 'Recent', empty: 'Documents you open show up here.' },
  { id: 'trash', label: 'Trash', empty: 'The trash is empty.' },
];
/** Typing in the search box asks the server once the typing pauses, not on every key. */
const SEARCH_DELAY_MS = 250;

export function HomePage() {
  const session = useSession();
  const [tab, setTab] = useState<DocFilter>('mine');
  const [query, setQuery] = useState('');
  const [docs, setDocs] = useState<DocumentMeta[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [creating, setCreating] = useState(false);
  const [upload, setUpload] = useState<({ name: string } & UploadProgress) | null>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(
      () => {
        api.listDocs(tab, query).then(
          (list) => {
            if (!current) return;
            setDocs(list);
            setError(null);
          },
          (e) => current && setError(describeError(e, 'Could not load the documents')),
        );
      },
      query ? SEARCH_DELAY_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [tab, query, version]);

  const create = (kind: DocKind) => open(() => api.createDoc(kind));
  const importBoard = (file: File) => open(() => api.importBoard(file));
  const importSpreadsheet = (file: File) =>
    open(async () => {
      try {
        return await api.importSpreadsheet(file, (progress) => setUpload({ name: file.name, ...progress }));
      } finally {
        setUpload(null);
      }
    });
  const importSimulation = (file: File) => open(() => api.importSimulation(file));

  /** Makes a document (a new one or an import) and opens it. */
  const open = async (make: () => Promise<DocumentMeta>) => {
    setCreating(true);
    try {
      const doc = await make();
      navigate(`/d/${doc.id}`);
    } catch (e) {
      setError(
        e instanceof ApiError && e.code === 'quota_exceeded'
          ? 'You have reached your limit of documents. Delete some (and empty them from the trash) to create more.'
          : describeError(e, 'Could not create a document'),
      );
      setCreating(false);
    }
  };

  const selectTab = (id: DocFilter) => {
    if (id === tab) return;
    setTab(id);
    setDocs(null);
  };

  const active = TABS.find((t) => t.id === tab)!;
  return (
    <>
      <Header />
      <div className="home">
        <div className="home-header">
          <h1>Documents</h1>
          <div className="row-actions">
            <ImportButton
              label="Import board…"
              title="Make a new board from an .excalidraw file"
              accept=".excalidraw,application/json"
              testId="import-board"
              disabled={creating}
              onFile={importBoard}
            />
            <ImportButton
              label="Import spreadsheet…"
              title="Make a new spreadsheet from an .xlsx or .csv file"
              accept=".xlsx,.csv,.tsv,text/csv"
              testId="import-sheet"
              disabled={creating}
              onFile={importSpreadsheet}
            />
            <ImportButton
              label="Import simulation…"
              title="Make a new simulation from a diagram exported as JSON"
              accept=".json,application/json"
              testId="import-sim"
              disabled={creating}
              onFile={importSimulation}
            />
            <button onClick={() => create('sim')} disabled={creating} data-testid="new-sim">
              New simulation
            </button>
            <button onClick={() => create('sheet')} disabled={creating} data-testid="new-sheet">
              New spreadsheet
            </button>
            <button onClick={() => create('board')} disabled={creating} data-testid="new-board">
              New board
            </button>
            <button onClick={() => create('code')} disabled={creating} data-testid="new-code">
              New code file
            </button>
            <button className="primary" onClick={() => create('doc')} disabled={creating} data-testid="new-document">
              New document
            </button>
          </div>
        </div>
        <div className="home-controls">
          <div className="tabs" role="tablist" aria-label="Documents">
            {TABS.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                aria-selected={t.id === tab}
                className={t.id === tab ? 'tab tab-active' : 'tab'}
                onClick={() => selectTab(t.id)}
              >
                {t.label}
              </button>
            ))}
          </div>
          <input
            type="search"
            className="search"
            placeholder="Search titles"
            aria-label="Search titles"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {upload && <UploadStatus {...upload} />}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {docs === null && !error && <p className="muted">Loading…</p>}
        {docs?.length === 0 && <p className="muted">{query.trim() ? `No titles match “${query.trim()}”.` : active.empty}</p>}
        <ul className="doc-list" role="tabpanel" aria-label={active.label}>
          {docs?.map((doc) => (
            <DocumentRow
              key={doc.id}
              doc={doc}
              tab={tab}
              userId={session.user?.id ?? ''}
              onChanged={() => setVersion((v) => v + 1)}
              onError={setError}
            />
          ))}
        </ul>
      </div>
    </>
  );
}
