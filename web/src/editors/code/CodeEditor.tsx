import { useEffect, useRef } from 'react';
import { basicSetup } from 'codemirror';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import * as Y from 'yjs';
import { yCollab } from 'y-codemirror.next';
import type { TandemProvider } from '../collab/provider';

const editable = (readOnly: boolean): Extension => [EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)];

/** Plain collaborative text bound to the document's `content` Y.Text (docs/SCHEMA.md).
 *  `readOnly` can change while the editor is open (a viewer promoted, an editor demoted): the
 *  view is reconfigured in place, so the Y.Doc, the cursors and the scroll position stay. */
export function TextEditor({ provider, readOnly }: { provider: TandemProvider; readOnly: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const undo = useRef<Y.UndoManager | null>(null);
  const access = useRef(new Compartment());

  useEffect(() => {
    const text = provider.doc.getText('content');
    // Undo and redo take back only this user's own edits.
    const undoManager = new Y.UndoManager(text);
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: text.toString(),
        extensions: [
          basicSetup,
          EditorView.lineWrapping,
          yCollab(text, provider.awareness, { undoManager }),
          // Read-only until told otherwise: nobody types into a document before their role is known.
          access.current.of(editable(true)),
        ],
      }),
    });
    view.current = editor;
    undo.current = undoManager;
    editor.focus();
    return () => {
      view.current = null;
      undo.current = null;
      editor.destroy();
      undoManager.destroy();
    };
  }, [provider]);

  useEffect(() => {
    view.current?.dispatch({ effects: access.current.reconfigure(editable(readOnly)) });
    // The undo commands write to the Y.Text directly, past CodeMirror's read-only state: a
    // demoted editor must not be able to take back their earlier edits.
    if (readOnly) undo.current?.clear();
  }, [provider, readOnly]);

  return <div className="text-editor" ref={host} data-testid="editor" data-readonly={readOnly} />;
}
