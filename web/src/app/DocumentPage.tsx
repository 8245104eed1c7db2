import { useEffect, useState } from 'react';
import { api, ApiError, type DocumentMeta } from '../api/client';
import { useProvider, useProviderStatus } from '../collab/useProvider';
import { TextEditor } from '../editors/TextEditor';
import { ConnectionIndicator } from '../ui/ConnectionIndicator';
import { SaveIndicator } from '../ui/SaveIndicator';
import { TitleInput } from '../ui/TitleInput';
import { navigate } from './router';

export function DocumentPage({ docId }: { docId: string }) {
  const [meta, setMeta] = useState<DocumentMeta | null>(null);
  const [missing, setMissing] = useState(false);
  const provider = useProvider(docId);
  const status = useProviderStatus(provider);

  useEffect(() => {
    api.getDoc(docId).then(setMeta, (e: Error) => {
      if (e instanceof ApiError && e.status === 404) setMissing(true);
    });
  }, [docId]);

  if (missing || status.connection === 'not-found') {
    return (
      <div className="home">
        <h1>Document not found</h1>
        <p className="muted">It may have been deleted, or the link is wrong.</p>
        <button onClick={() => navigate('/')}>All documents</button>
      </div>
    );
  }

  return (
    <div className="document">
      <header className="toolbar">
        <a
          href="/"
          className="brand"
          onClick={(event) => {
            event.preventDefault();
            navigate('/');
          }}
        >
          Tandem
        </a>
        {meta && <TitleInput meta={meta} onRenamed={setMeta} />}
        <span className="spacer" />
        <SaveIndicator save={status.save} />
        <ConnectionIndicator status={status} onRetry={() => provider?.reconnectNow()} />
      </header>
      <main className="editor-area">{provider && <TextEditor provider={provider} />}</main>
    </div>
  );
}
