import { useEffect, useMemo } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { DocKind } from '../api/client';
import { codeText, richText } from '../collab/schema';
import { richTextExtensions } from '../editors/rich/extensions';

/** A document as it was in a version, read-only, rendered the way its kind's editor shows it. */
export function VersionPreview({ kind, state }: { kind: DocKind; state: Uint8Array }) {
  const doc = useMemo(() => {
    const d = new Y.Doc();
    Y.applyUpdate(d, state);
    return d;
  }, [state]);
  useEffect(() => () => doc.destroy(), [doc]);
  if (kind === 'doc') return <RichPreview doc={doc} />;
  return (
    <pre className="code-preview" data-testid="version-preview">
      {codeText(doc).toString()}
    </pre>
  );
}

function RichPreview({ doc }: { doc: Y.Doc }) {
  const content = useMemo(() => yXmlFragmentToProsemirrorJSON(richText(doc)), [doc]);
  const editor = useEditor(
    {
      editable: false,
      extensions: richTextExtensions({ collaborative: false }),
      content,
      editorProps: { attributes: { 'data-testid': 'version-preview' } },
    },
    [content],
  );
  return <EditorContent editor={editor} className="rich-content rich-preview" />;
}
