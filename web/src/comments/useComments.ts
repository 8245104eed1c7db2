import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { CommentStore, type CommentThread } from './model';

/** The document's comment threads, kept current as anyone changes them. */
export function useComments(doc: Y.Doc | null): { store: CommentStore | null; threads: CommentThread[] } {
  const store = useMemo(() => (doc ? new CommentStore(doc) : null), [doc]);
  const [threads, setThreads] = useState<CommentThread[]>([]);
  useEffect(() => {
    if (!store) return;
    const update = () => setThreads(store.list());
    update();
    return store.subscribe(update);
  }, [store]);
  return { store, threads };
}
