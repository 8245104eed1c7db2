import { useEffect, useMemo, useRef } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { DocKind } from '../api/client';
import { boardElements, codeText, richText } from '../collab/schema';
import { richTextExtensions } from '../editors/rich/extensions';
import { DiagramPreview } from '../editors/sim/DiagramPreview';

/** A document as it was in a version, read-only, rendered the way its kind's editor shows it. */
export function VersionPreview({ kind, state }: { kind: DocKind; state: Uint8Array }) {
  const doc = useMemo(() => {
    const d = new Y.Doc();
    Y.applyUpdate(d, state);
    return d;
  }, [state]);
  useEffect(() => () => doc.destroy(), [doc]);
  if (kind === 'doc') return <RichPreview doc={doc} />;
  if (kind === 'board') return <BoardPreview doc={doc} />;
  if (kind === 'sim') return <DiagramPreview doc={doc} />;
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

/** The board as a picture. Excalidraw is loaded only when a board version is previewed. */
function BoardPreview({ doc }: { doc: Y.Doc }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let current = true;
    const elements = [...boardElements<{ isDeleted?: boolean }>(doc).values()].filter((e) => !e.isDeleted);
    import('@excalidraw/excalidraw').then(async ({ exportToSvg }) => {
      const svg = await exportToSvg({ elements: elements as never, appState: { exportBackground: false }, files: null });
      svg.setAttribute('width', '100%');
      svg.removeAttribute('height');
      if (current && host.current) host.current.replaceChildren(svg);
    });
    return () => {
      current = false;
    };
  }, [doc]);
  return <div className="board-preview" ref={host} data-testid="version-preview" />;
}
