// Comment threads live in the document itself (the `comments` map, docs/SCHEMA.md): they sync,
// merge offline and reach everyone exactly like the content, and every document kind shares this
// model. Where a thread points is an opaque `anchor` that the kind's editor creates and reads:
// relative positions in a text, a cell, a shape.
import * as Y from 'yjs';
import { commentThreads } from '../collab/schema';

export interface CommentAuthor {
  /** The account id, or null for a visitor through a link. */
  id: string | null;
  name: string;
  color: string;
}

export interface CommentMessage {
  id: string;
  author: CommentAuthor;
  text: string;
  createdAt: number;
}

export interface CommentThread {
  id: string;
  anchor: unknown;
  /** What the thread was about when it was started (the selected text), shown when the anchor
   *  no longer resolves. */
  quote: string;
  resolved: boolean;
  createdAt: number;
  /** The opening comment first, then the replies in order. */
  messages: CommentMessage[];
}

const newId = () => crypto.randomUUID();

function readThread(id: string, entry: Y.Map<unknown>): CommentThread | null {
  const messages = entry.get('messages');
  if (!(messages instanceof Y.Array)) return null;
  return {
    id,
    anchor: entry.get('anchor'),
    quote: String(entry.get('quote') ?? ''),
    resolved: entry.get('resolved') === true,
    createdAt: Number(entry.get('createdAt') ?? 0),
    messages: messages.toArray() as CommentMessage[],
  };
}

export class CommentStore {
  private readonly threads: Y.Map<Y.Map<unknown>>;

  constructor(doc: Y.Doc) {
    this.threads = commentThreads(doc);
  }

  /** Every thread, oldest first; entries another client wrote in an unknown shape are skipped. */
  list(): CommentThread[] {
    const result: CommentThread[] = [];
    this.threads.forEach((entry, id) => {
      const thread = entry instanceof Y.Map ? readThread(id, entry) : null;
      if (thread) result.push(thread);
    });
    return result.sort((a, b) => a.createdAt - b.createdAt);
  }

  start(anchor: unknown, quote: string, text: string, author: CommentAuthor): string {
    const id = newId();
    const now = Date.now();
    const messages = new Y.Array<CommentMessage>();
    messages.push([{ id: newId(), author, text, createdAt: now }]);
    const entry = new Y.Map<unknown>();
    entry.set('anchor', anchor);
    entry.set('quote', quote);
    entry.set('resolved', false);
    entry.set('createdAt', now);
    entry.set('messages', messages);
    this.threads.set(id, entry);
    return id;
  }

  reply(threadId: string, text: string, author: CommentAuthor): void {
    const messages = this.threads.get(threadId)?.get('messages');
    if (messages instanceof Y.Array) messages.push([{ id: newId(), author, text, createdAt: Date.now() }]);
  }

  setResolved(threadId: string, resolved: boolean): void {
    this.threads.get(threadId)?.set('resolved', resolved);
  }

  remove(threadId: string): void {
    this.threads.delete(threadId);
  }

  /** Calls `listener` after every change to any thread, local or remote; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.threads.observeDeep(listener);
    return () => this.threads.unobserveDeep(listener);
  }
}
