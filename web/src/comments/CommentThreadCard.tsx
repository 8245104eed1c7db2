import { Avatar } from '../presence/Avatar';
import { TimeAgo } from '../ui/TimeAgo';
import { CommentComposer } from './CommentComposer';
import type { CommentThread } from './model';

export function CommentThreadCard({ thread, active, canWrite, onSelect, onReply, onResolve, onDelete }: {
  thread: CommentThread;
  active: boolean;
  canWrite: boolean;
  onSelect: () => void;
  onReply: (text: string) => void;
  onResolve: (resolved: boolean) => void;
  onDelete: () => void;
}) {
  return (
    <li
      className={`comment-thread${active ? ' comment-thread-active' : ''}${thread.resolved ? ' comment-thread-resolved' : ''}`}
      data-testid="comment-thread"
      data-thread={thread.id}
      onClick={onSelect}
    >
      <blockquote className="comment-quote">{thread.quote}</blockquote>
      {thread.messages.map((message) => (
        <div className="comment-message" key={message.id}>
          <div className="comment-meta">
            <Avatar name={message.author.name} color={message.author.color} size={20} />
            <strong>{message.author.name}</strong>
            <TimeAgo at={message.createdAt} />
          </div>
          <p className="comment-text" data-testid="comment-text">
            {message.text}
          </p>
        </div>
      ))}
      {canWrite && (
        <div className="comment-thread-footer" onClick={(e) => e.stopPropagation()}>
          {active && !thread.resolved && <CommentComposer placeholder="Reply…" submitLabel="Reply" onSubmit={onReply} />}
          <div className="comment-actions">
            <button type="button" className="quiet" data-testid="comment-resolve" onClick={() => onResolve(!thread.resolved)}>
              {thread.resolved ? 'Reopen' : 'Resolve'}
            </button>
            <button type="button" className="quiet" onClick={onDelete}>
              Delete
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
