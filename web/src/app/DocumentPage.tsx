import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, type DocumentMeta } from '../api/client';
import { CommentsPanel } from '../comments/CommentsPanel';
import { useComments } from '../comments/useComments';
import { isFinal } from '../collab/provider';
import { documentSettings } from '../collab/schema';
import { useProvider, useProviderStatus } from '../collab/useProvider';
import { localUser } from '../collab/user';
import { DocumentEditor } from '../document/DocumentEditor';
import { FileMenu } from '../document/FileMenu';
import { PanelToggles, type Panel } from '../document/PanelToggles';
import type { EditorHandle } from '../editors/handle';
import { HistoryPanel } from '../history/HistoryPanel';
import { PresenceBar } from '../presence/PresenceBar';
import { usePresence } from '../presence/usePresence';
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
  const provider = useProvider(docId, meta?.kind ?? null, session.user?.name ?? null);
  const status = useProviderStatus(provider);
  const connection = status.connection;
  /** Once the document was shown, a 404 means access was taken away, not a bad link. */
  const seen = useRef(false);
  const lastReconnect = useRef(0);
  const [editor, setEditor] = useState<EditorHandle | null>(null);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [activeThread, setActiveThread] = useState<string | null>(null);
  const { store: comments, threads } = useComments(provider?.doc ?? null);
  const people = usePresence(provider?.awareness ?? null);

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

  // A rename is announced in the document's settings, so everyone's title follows at once rather
  // than at the next poll.
  useEffect(() => {
    if (!provider) return;
    const settings = documentSettings(provider.doc);
    const follow = (event: { keysChanged: Set<string>; transaction: { local: boolean } }) => {
      if (event.keysChanged.has('title') && !event.transaction.local) refresh();
    };
    settings.observe(follow);
    return () => settings.unobserve(follow);
  }, [provider, refresh]);
  const renamed = (next: DocumentMeta) => {
    setMeta(next);
    if (provider) documentSettings(provider.doc).set('title', next.title);
  };

  const openThread = useCallback((threadId: string) => {
    setActiveThread(threadId);
    setPanel('comments');
  }, []);

  // The server takes no document messages from a viewer; the provider must not send any.
  const viewerRole = meta?.role === 'viewer';
  useEffect(() => provider?.setReadOnly(viewerRole), [provider, viewerRole]);

  const shown: Problem | null = connection === 'not-found' ? 'not-found' : connection === 'unauthorized' ? 'sign-in' : problem;
  if (shown) return <DocumentProblem problem={shown} docId={docId} />;

  // Nothing is typed before the role is known, nor after the server has closed for good (the
  // edit could never be saved).
  const readOnly = !meta || viewerRole || isFinal(connection);
  const author = { id: session.user?.id ?? null, ...pick(localUser(session.user?.name ?? null)) };
  return (
    <div className="document">
      <header className="toolbar">
        <Link to="/" className="brand">
          Tandem
        </Link>
        {meta && <TitleInput meta={meta} onRenamed={renamed} readOnly={viewerRole} />}
        {viewerRole && (
          <span className="badge" data-testid="view-only" title="You can read and follow along, not edit">
            View only
          </span>
        )}
        <span className="spacer" />
        <PresenceBar people={people} onFollow={(clientId) => editor?.revealCollaborator(clientId)} />
        {!viewerRole && <SaveIndicator save={status.save} />}
        <ConnectionIndicator status={status} onRetry={() => provider?.reconnectNow()} />
        {meta && <FileMenu editor={editor} title={meta.title} canWrite={!readOnly} />}
        <PanelToggles panel={panel} commentCount={threads.filter((t) => !t.resolved).length} onChange={setPanel} />
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
      <div className="document-body">
        <main className={`editor-area editor-area-${meta?.kind ?? 'loading'}`}>
          {provider && meta && (
            <DocumentEditor
              kind={meta.kind}
              docId={docId}
              provider={provider}
              readOnly={readOnly}
              threads={threads}
              activeThread={activeThread}
              onThreadClick={openThread}
              onReady={setEditor}
            />
          )}
        </main>
        {panel === 'comments' && comments && (
          <CommentsPanel
            store={comments}
            threads={threads}
            editor={editor}
            author={author}
            canWrite={!readOnly}
            activeThread={activeThread}
            onActivate={setActiveThread}
          />
        )}
        {panel === 'history' && meta && provider && (
          <HistoryPanel docId={docId} kind={meta.kind} doc={provider.doc} canWrite={!readOnly} />
        )}
      </div>
      {sharing && meta && (
        <ShareDialog meta={meta} userId={session.user?.id ?? null} onClose={() => setSharing(false)} onChanged={refresh} />
      )}
    </div>
  );
}

const pick = ({ name, color }: { name: string; color: string }) => ({ name, color });
