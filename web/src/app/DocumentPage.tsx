import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, type DocumentMeta } from '../api/client';
import { isFinal } from '../collab/provider';
import { useProvider, useProviderStatus } from '../collab/useProvider';
import { TextEditor } from '../editors/TextEditor';
import { refreshSession, useSession } from '../session/session';
import { ShareDialog } from '../share/ShareDialog';
import { ConnectionIndicator } from '../ui/ConnectionIndicator';
import { SaveIndicator } from '../ui/SaveIndicator';
import { TitleInput } from '../ui/TitleInput';
import { DocumentProblem, type Problem } from './DocumentProblem';
import { Link } from './Link';
import { UserMenu } from './UserMenu';

/** Roles change while a document is open (promotion, demotion, removal) and the live socket
 *  does not say so, except for removal; the page asks again this often. */
const POLL_MS = 5_000;

export function DocumentPage({ docId }: { docId: string }) {
  const session = useSession();
  const [meta, setMeta] = useState<DocumentMeta | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sharing, setSharing] = useState(false);
  const provider = useProvider(docId, session.user?.name ?? null);
  const status = useProviderStatus(provider);
  const connection = status.connection;
  /** Once the document was shown, a 404 means access was taken away, not a bad link. */
  const seen = useRef(false);
  const lastReconnect = useRef(0);

  /** Fetches the document's metadata (and with it the caller's role); true when readable. */
  const refresh = useCallback(async (): Promise<boolean> => {
    try {
      const next = await api.getDoc(docId);
      seen.current = true;
      setMeta(next);
      setProblem(null);
      return true;
    } catch (e) {
      if (e instanceof ApiError) {
        if (e.status === 401) setProblem('sign-in');
        else if (e.status === 403 || e.status === 404) setProblem(seen.current ? 'no-access' : 'not-found');
      }
      // Anything else (offline, server restarting) leaves the page as it is until the next poll.
      return false;
    }
  }, [docId]);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  useEffect(() => {
    // A signed-in user refused by the socket has lost their session somewhere else.
    if (connection === 'unauthorized' && session.status === 'signed-in') refreshSession();
  }, [connection, session.status]);

  // Closed with 4403: ask whether any access is left (a member removed from a document that is
  // still open to anyone with the link can go on). Reconnects are spaced out, so a server that
  // keeps refusing is not hammered.
  useEffect(() => {
    if (connection !== 'forbidden' || !provider) return;
    let active = true;
    const check = async () => {
      const readable = await refresh();
      if (active && readable && Date.now() - lastReconnect.current >= POLL_MS) {
        lastReconnect.current = Date.now();
        provider.reconnectNow();
      }
    };
    check();
    const timer = setInterval(check, POLL_MS);
    return () => {
      active = false;
      clearInterval(timer);
    };
  }, [connection, provider, refresh]);

  // The server takes no document messages from a viewer; the provider must not send any.
  const viewerRole = meta?.role === 'viewer';
  useEffect(() => provider?.setReadOnly(viewerRole), [provider, viewerRole]);

  const shown: Problem | null = connection === 'not-found' ? 'not-found' : connection === 'unauthorized' ? 'sign-in' : problem;
  if (shown) return <DocumentProblem problem={shown} docId={docId} />;

  // Nothing is typed before the role is known, nor after the server has closed for good (the
  // edit could never be saved).
  const readOnly = !meta || viewerRole || isFinal(connection);
  return (
    <div className="document">
      <header className="toolbar">
        <Link to="/" className="brand">
          Tandem
        </Link>
        {meta && <TitleInput meta={meta} onRenamed={setMeta} readOnly={viewerRole} />}
        {viewerRole && (
          <span className="badge" data-testid="view-only" title="You can read and follow along, not edit">
            View only
          </span>
        )}
        <span className="spacer" />
        {!viewerRole && <SaveIndicator save={status.save} />}
        <ConnectionIndicator status={status} onRetry={() => provider?.reconnectNow()} />
        {meta && session.status === 'signed-in' && (
          <button type="button" onClick={() => setSharing(true)} data-testid="share">
            Share
          </button>
        )}
        <UserMenu />
      </header>
      {connection === 'too-large' && (
        <p className="banner" role="alert">
          This document has reached its owner’s size quota. Your latest changes could not be saved; ask the owner or an
          administrator for more room.
        </p>
      )}
      {connection === 'forbidden' && (
        <p className="banner" role="alert">
          You no longer have access to this document. Checking whether it is still shared with you…
        </p>
      )}
      <main className="editor-area">{provider && <TextEditor provider={provider} readOnly={readOnly} />}</main>
      {sharing && meta && (
        <ShareDialog meta={meta} userId={session.user?.id ?? null} onClose={() => setSharing(false)} onChanged={refresh} />
      )}
    </div>
  );
}
