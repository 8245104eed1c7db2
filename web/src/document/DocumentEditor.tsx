import { lazy, Suspense } from 'react';
import type { DocKind } from '../api/client';
import type { EditorProps } from '../editors/editorProps';

// Each kind's editor is its own chunk: opening a code file does not download the rich-text
// editor, nor the other way round.
const RichTextEditor = lazy(() => import('../editors/rich/RichTextEditor').then((m) => ({ default: m.RichTextEditor })));
const CodeEditor = lazy(() => import('../editors/code/CodeEditor').then((m) => ({ default: m.CodeEditor })));
const SheetEditor = lazy(() => import('../editors/sheet/SheetEditor').then((m) => ({ default: m.SheetEditor })));
const BoardEditor = lazy(() => import('../editors/board/BoardEditor').then((m) => ({ default: m.BoardEditor })));
const SimEditor = lazy(() => import('../editors/sim/SimEditor').then((m) => ({ default: m.SimEditor })));

/** The editor for a document's kind. */
export function DocumentEditor({ kind, ...props }: EditorProps & { kind: DocKind }) {
  const editor =
    kind === 'doc' ? (
      <RichTextEditor {...props} />
    ) : kind === 'code' ? (
      <CodeEditor {...props} />
    ) : kind === 'sheet' ? (
      <SheetEditor {...props} />
    ) : kind === 'board' ? (
      <BoardEditor {...props} />
    ) : kind === 'sim' ? (
      <SimEditor {...props} />
    ) : (
      <p className="notice" data-testid="kind-unavailable">
        This kind of document cannot be edited in this version of Tandem yet.
      </p>
    );
  return <Suspense fallback={<p className="muted loading">Loading the editor…</p>}>{editor}</Suspense>;
}
