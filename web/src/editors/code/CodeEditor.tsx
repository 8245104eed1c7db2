import { useEffect, useRef, useState } from 'react';
import { basicSetup } from 'codemirror';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import * as Y from 'yjs';
import { yCollab } from 'y-codemirror.next';
import { codeText, documentSettings } from '../../collab/schema';
import type { EditorProps } from '../editorProps';
import { encodeAnchor } from '../textAnchor';
import { commentHighlights, refreshHighlights, resolveTextAnchor, type HighlightSource } from './commentHighlights';
import { fileExtension, findLanguage, PLAIN_TEXT } from './languages';
import { LanguagePicker } from './LanguagePicker';

const editable = (readOnly: boolean): Extension => [EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)];

const LANGUAGE_KEY = 'language';

/** The code editor: CodeMirror 6 bound to the document's `content` Y.Text (docs/SCHEMA.md), with
 *  the language everyone sees stored in the document's settings. CodeMirror rather than Monaco:
 *  it is a tenth of the size, works on phones, and its Yjs binding is maintained by the Yjs
 *  author. `readOnly` can change while the editor is open (a viewer promoted, an editor demoted):
 *  the view is reconfigured in place, so the Y.Doc, the cursors and the scroll position stay. */
export function CodeEditor({ provider, readOnly, threads, activeThread, onThreadClick, onReady }: EditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const undo = useRef<Y.UndoManager | null>(null);
  const access = useRef(new Compartment());
  const grammar = useRef(new Compartment());
  const highlights = useRef<HighlightSource>({ threads, activeId: activeThread });
  const settings = documentSettings(provider.doc);
  const [language, setLanguage] = useState<string>(() => String(settings.get(LANGUAGE_KEY) ?? PLAIN_TEXT));

  useEffect(() => {
    const text = codeText(provider.doc);
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
          grammar.current.of([]),
          commentHighlights(provider.doc, highlights),
          // Read-only until told otherwise: nobody types into a document before their role is known.
          access.current.of(editable(true)),
        ],
      }),
    });
    view.current = editor;
    undo.current = undoManager;
    editor.focus();
    onReady({
      commentTarget() {
        const { from, to, empty } = editor.state.selection.main;
        if (empty) return null;
        const anchor = encodeAnchor(
          Y.createRelativePositionFromTypeIndex(text, from),
          // The end sticks to the character before it, so typing right after the range stays out.
          Y.createRelativePositionFromTypeIndex(text, to, -1),
        );
        return { anchor, quote: editor.state.sliceDoc(from, to) };
      },
      revealAnchor(anchor) {
        const range = resolveTextAnchor(provider.doc, anchor);
        if (!range || range.to > editor.state.doc.length) return false;
        editor.dispatch({ selection: { anchor: range.from, head: range.to }, scrollIntoView: true });
        return true;
      },
      revealCollaborator(clientId) {
        const cursor = provider.awareness.getStates().get(clientId)?.cursor as { head?: unknown } | undefined;
        if (!cursor?.head) return false;
        const head = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(cursor.head), provider.doc);
        if (!head || head.index > editor.state.doc.length) return false;
        editor.dispatch({ effects: EditorView.scrollIntoView(head.index, { y: 'center' }) });
        return true;
      },
      exports: [
        {
          label: 'Source file',
          get extension() {
            return fileExtension(settings.get(LANGUAGE_KEY));
          },
          mimeType: 'text/plain',
          contents: () => text.toString(),
        },
      ],
    });
    return () => {
      onReady(null);
      view.current = null;
      undo.current = null;
      editor.destroy();
      undoManager.destroy();
    };
  }, [provider, onReady, settings]);

  // The language is part of the document: follow it when anyone changes it.
  useEffect(() => {
    const follow = () => setLanguage(String(settings.get(LANGUAGE_KEY) ?? PLAIN_TEXT));
    follow();
    settings.observe(follow);
    return () => settings.unobserve(follow);
  }, [settings]);

  useEffect(() => {
    const description = findLanguage(language);
    let current = true;
    if (!description) view.current?.dispatch({ effects: grammar.current.reconfigure([]) });
    else
      description.load().then((support) => {
        if (current) view.current?.dispatch({ effects: grammar.current.reconfigure(support) });
      });
    return () => {
      current = false;
    };
  }, [language, provider]);

  useEffect(() => {
    view.current?.dispatch({ effects: access.current.reconfigure(editable(readOnly)) });
    // The undo commands write to the Y.Text directly, past CodeMirror's read-only state: a
    // demoted editor must not be able to take back their earlier edits.
    if (readOnly) undo.current?.clear();
  }, [provider, readOnly]);

  useEffect(() => {
    highlights.current = { threads, activeId: activeThread };
    view.current?.dispatch({ effects: refreshHighlights.of(null) });
  }, [threads, activeThread]);

  const onClick = (event: React.MouseEvent) => {
    const id = (event.target as Element).closest('[data-thread]')?.getAttribute('data-thread');
    if (id) onThreadClick(id);
  };

  return (
    <div className="code-editor-frame">
      <LanguagePicker value={language} disabled={readOnly} onChange={(name) => settings.set(LANGUAGE_KEY, name)} />
      <div className="text-editor" ref={host} data-testid="editor" data-readonly={readOnly} onClick={onClick} />
    </div>
  );
}
