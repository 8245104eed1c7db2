import { useState } from 'react';
import type { EditorHandle } from '../editors/handle';
import { CommentComposer } from './CommentComposer';
import { CommentThreadCard } from './CommentThreadCard';
import type { CommentAuthor, CommentStore, CommentThread } from './model';

/** The side panel of comment threads: start one on the selection, reply, resolve, reopen. */
export function CommentsPanel({ store, threads, editor, author, canWrite, activeThread, onActivate }: {
  store: CommentStore;
  threads: CommentThread[];
  editor: EditorHandle | null;
  author: CommentAuthor;
  canWrite: boolean;
  activeThread: string | null;
  onActivate: (threadId: string | null) => void;
}) {
  const [draft, setDraft] = useState<{ anchor: unknown; quote: string } | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [showResolved, setShowResolved] = useState(false);

  const startDraft = () => {
    const target = editor?.commentTarget() ?? null;
    setHint(target ? null : 'Select some text first, then add a comment.');
    setDraft(target);
  };
  const shown = threads.filter((thread) => showResolved || !thread.resolved);
  const resolvedCount = threads.length - threads.filter((t) => !t.resolved).length;

  return (
    <aside className="side-panel" data-testid="comments-panel" aria-label="Comments">
      <div className="side-panel-header">
        <h2>Comments</h2>
        {canWrite && !draft && (
          <button type="button" className="primary" data-testid="comment-add" onMouseDown={(e) => e.preventDefault()} onClick={startDraft}>
            Add comment
          </button>
        )}
      </div>
      {hint && <p className="hint">{hint}</p>}
      {draft && (
        <div className="comment-draft">
          <blockquote className="comment-quote">{draft.quote}</blockquote>
          <CommentComposer
            placeholder="Comment…"
            submitLabel="Comment"
            autoFocus
            onSubmit={(text) => {
              onActivate(store.start(draft.anchor, draft.quote, text, author));
              setDraft(null);
            }}
            onCancel={() => setDraft(null)}
          />
        </div>
      )}
      {shown.length === 0 && !draft && <p className="muted">No comments yet.</p>}
      <ul className="comment-list">
        {shown.map((thread) => (
          <CommentThreadCard
            key={thread.id}
            thread={thread}
            active={thread.id === activeThread}
            canWrite={canWrite}
            onSelect={() => {
              onActivate(thread.id);
              editor?.revealAnchor(thread.anchor);
            }}
            onReply={(text) => store.reply(thread.id, text, author)}
            onResolve={(resolved) => store.setResolved(thread.id, resolved)}
            onDelete={() => store.remove(thread.id)}
          />
        ))}
      </ul>
      {resolvedCount > 0 && (
        <label className="checkbox small">
          <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} /> Show {resolvedCount} resolved
        </label>
      )}
    </aside>
  );
}
