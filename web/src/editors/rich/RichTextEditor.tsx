import { useEffect, useRef, useState } from 'react';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import Collaboration from '@tiptap/extension-collaboration';
import { TextSelection } from '@tiptap/pm/state';
import * as Y from 'yjs';
import { api, describeError } from '../../api/client';
import { richText } from '../../collab/schema';
import type { EditorProps } from '../editorProps';
import { CollaboratorCarets } from './collaboratorCarets';
import { CommentHighlights, commentHighlightsKey, type HighlightSource } from './commentHighlights';
import { richTextExtensions } from './extensions';
import { anchorOf, resolveAnchor, resolvePosition } from './positions';
import { RichTextToolbar } from './RichTextToolbar';
import { exportsOf } from './exports';

/** Rich text bound to the document's `body` XmlFragment (docs/SCHEMA.md) through y-tiptap. */
const isImage = (file: File) => file.type.startsWith('image/');

export function RichTextEditor({ docId, provider, readOnly, threads, activeThread, onThreadClick, onReady }: EditorProps) {
  const highlights = useRef<HighlightSource>({ threads, activeId: activeThread });
  const [uploadError, setUploadError] = useState<string | null>(null);
  /** Uploads images and inserts them at the cursor; the document holds their URL, never the
   *  bytes. Read through a ref by the paste and drop handlers, which are set up once. */
  const insertImages = useRef<(files: File[]) => Promise<void>>(async () => {});
  const editor = useEditor(
    {
      // Read-only until the role is known; the effect below opens it up.
      editable: false,
      extensions: [
        ...richTextExtensions({ collaborative: true }),
        Collaboration.configure({ fragment: richText(provider.doc) }),
        CollaboratorCarets.configure({ awareness: provider.awareness }),
        CommentHighlights.configure({ source: () => highlights.current }),
      ],
      editorProps: {
        attributes: { 'data-testid': 'rich-text', spellcheck: 'true' },
        handlePaste: (_view, event) => {
          const images = [...(event.clipboardData?.files ?? [])].filter(isImage);
          if (images.length === 0) return false;
          insertImages.current(images);
          return true;
        },
        handleDrop: (_view, event, _slice, moved) => {
          const images = [...(event.dataTransfer?.files ?? [])].filter(isImage);
          if (moved || images.length === 0) return false;
          insertImages.current(images);
          return true;
        },
      },
    },
    [provider],
  );

  insertImages.current = async (files: File[]) => {
    if (!editor || !editor.isEditable) return;
    setUploadError(null);
    for (const file of files) {
      try {
        const uploaded = await api.uploadFile(docId, file);
        editor.chain().focus().setImage({ src: uploaded.url, alt: file.name }).run();
      } catch (e) {
        setUploadError(describeError(e, `Could not upload ${file.name}`));
      }
    }
  };

  useEffect(() => {
    if (!editor) return;
    editor.setEditable(!readOnly);
    // The undo commands write to the document directly, past the editable flag: a demoted editor
    // must not be able to take back their earlier edits.
    if (readOnly) (yUndoPluginKey.getState(editor.state)?.undoManager as Y.UndoManager | undefined)?.clear();
  }, [editor, readOnly]);

  useEffect(() => {
    highlights.current = { threads, activeId: activeThread };
    editor?.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, true));
  }, [editor, threads, activeThread]);

  useEffect(() => {
    if (!editor) return;
    onReady({
      commentTarget() {
        const { from, to, empty } = editor.state.selection;
        if (empty) return null;
        const anchor = anchorOf(editor.state, from, to);
        return anchor && { anchor, quote: editor.state.doc.textBetween(from, to, ' ') };
      },
      revealAnchor(anchor) {
        const range = resolveAnchor(editor.state, anchor);
        if (!range) return false;
        editor.chain().setTextSelection(range).scrollIntoView().run();
        return true;
      },
      revealCollaborator(clientId) {
        const cursor = provider.awareness.getStates().get(clientId)?.cursor as { head?: unknown } | undefined;
        if (!cursor?.head) return false;
        const position = resolvePosition(editor.state, Y.createRelativePositionFromJSON(cursor.head));
        if (position === null) return false;
        const dom = editor.view.domAtPos(position).node;
        (dom instanceof Element ? dom : dom.parentElement)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        // Put our own caret there too when we may edit, so typing continues beside them.
        if (editor.isEditable) editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, position)));
        return true;
      },
      exports: exportsOf(editor),
      importText: (markdown) => editor.chain().focus().insertContent(markdown, { contentType: 'markdown' }).run(),
    });
    return () => onReady(null);
  }, [editor, provider, onReady]);

  const onClick = (event: React.MouseEvent) => {
    const mark = (event.target as Element).closest('[data-thread]');
    const id = mark?.getAttribute('data-thread');
    if (id) onThreadClick(id);
  };

  return (
    <div className="rich-editor" data-testid="editor" data-readonly={readOnly} onClick={onClick}>
      {editor && !readOnly && <RichTextToolbar editor={editor} onImages={(files) => insertImages.current(files)} />}
      {uploadError && (
        <p className="error upload-error" role="alert">
          {uploadError}
        </p>
      )}
      <EditorContent editor={editor} className="rich-content" />
      {editor && <WordCount editor={editor} />}
    </div>
  );
}

function WordCount({ editor }: { editor: Editor }) {
  const words = useEditorState({ editor, selector: ({ editor }) => editor.storage.characterCount.words() });
  return (
    <div className="word-count" data-testid="word-count">
      {words} {words === 1 ? 'word' : 'words'}
    </div>
  );
}
