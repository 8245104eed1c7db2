import type { CommentThread } from '../comments/model';
import type { TandemProvider } from '../collab/provider';
import type { EditorHandle } from './handle';

/** What the document page gives every editor, whatever the kind. */
export interface EditorProps {
  docId: string;
  provider: TandemProvider;
  readOnly: boolean;
  /** Open and resolved threads, to draw their anchors; `activeThread` is the one selected. */
  threads: CommentThread[];
  activeThread: string | null;
  onThreadClick: (threadId: string) => void;
  onReady: (handle: EditorHandle | null) => void;
}
