import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { api, describeError, type DocKind, type Version } from '../api/client';
import { TimeAgo } from '../ui/TimeAgo';
import { restoreVersion } from './restore';
import { VersionPreview } from './VersionPreview';

/** Versions of the document, newest first: automatic ones taken while people edit and named ones
 *  saved on demand. Selecting one previews it; restoring makes it the current content as a new
 *  edit that everyone receives (the versions after it stay in the list). */
export function HistoryPanel({ docId, kind, doc, canWrite }: { docId: string; kind: DocKind; doc: Y.Doc; canWrite: boolean }) {
  const [versions, setVersions] = useState<Version[] | null>(null);
  const [selected, setSelected] = useState<{ version: Version; state: Uint8Array } | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      setVersions(await api.listVersions(docId));
    } catch (e) {
      setError(describeError(e, 'Could not load the history'));
    }
  }, [docId]);
  useEffect(() => {
    reload();
  }, [reload]);

  const run = async (action: () => Promise<void>, what: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(describeError(e, what));
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(async () => {
      await api.saveVersion(docId, name.trim());
      setName('');
      await reload();
    }, 'Could not save the version');
  const preview = (version: Version) =>
    run(async () => setSelected({ version, state: await api.versionState(docId, version.id) }), 'Could not load that version');
  const restore = (version: Version, state: Uint8Array) =>
    run(async () => {
      // What is there now stays one click away.
      await api.saveVersion(docId, `Before restoring “${version.name ?? 'automatic version'}”`);
      restoreVersion(doc, kind, state);
      setSelected(null);
      await reload();
    }, 'Could not restore that version');

  return (
    <aside className="side-panel history-panel" data-testid="history-panel" aria-label="Version history">
      <div className="side-panel-header">
        <h2>Version history</h2>
      </div>
      {canWrite && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <input value={name} placeholder="Name this version" aria-label="Version name" data-testid="version-name" onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="primary" disabled={busy || !name.trim()} data-testid="version-save">
            Save
          </button>
        </form>
      )}
      {error && <p className="error">{error}</p>}
      {versions === null ? (
        <p className="muted">Loading…</p>
      ) : versions.length === 0 ? (
        <p className="muted">No versions yet. They are saved automatically while people edit.</p>
      ) : (
        <ul className="version-list">
          {versions.map((version) => (
            <li key={version.id} className={selected?.version.id === version.id ? 'version version-selected' : 'version'} data-testid="version">
              <button type="button" className="version-button" onClick={() => preview(version)}>
                <span className="version-name">{version.name ?? 'Automatic version'}</span>
                <span className="small">
                  <TimeAgo at={version.created_at} />
                  {version.authors.length > 0 && ` · ${version.authors.map((a) => a.name).join(', ')}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {selected && (
        <div className="version-preview">
          <div className="side-panel-header">
            <h3>{selected.version.name ?? 'Automatic version'}</h3>
            {canWrite && (
              <button type="button" className="primary" disabled={busy} data-testid="version-restore" onClick={() => restore(selected.version, selected.state)}>
                Restore this version
              </button>
            )}
          </div>
          <VersionPreview kind={kind} state={selected.state} />
        </div>
      )}
    </aside>
  );
}
