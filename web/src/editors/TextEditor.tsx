import { useEffect, useRef } from 'react';
import { basicSetup } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import * as Y from 'yjs';
import { yCollab } from 'y-codemirror.next';
import type { TandemProvider } from '../collab/provider';

/** Plain collaborative text bound to the document's `content` Y.Text (docs/SCHEMA.md). */
export function TextEditor({ provider }: { provider: TandemProvider }) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const text = provider.doc.getText('content');
    // Undo and redo take back only this user's own edits.
    const undoManager = new Y.UndoManager(text);
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: text.toString(),
        extensions: [basicSetup, EditorView.lineWrapping, yCollab(text, provider.awareness, { undoManager })],
      }),
    });
    view.focus();
    return () => {
      view.destroy();
      undoManager.destroy();
    };
  }, [provider]);

  return <div className="text-editor" ref={host} data-testid="editor" />;
}
