// Underlays the text of open comment threads in the code editor, following the relative positions
// of their anchors through every edit.
import { StateEffect, type Extension } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import * as Y from 'yjs';
import type { CommentThread } from '../../comments/model';
import { decodeAnchor } from '../textAnchor';

export interface HighlightSource {
  threads: CommentThread[];
  activeId: string | null;
}

/** Dispatched when the threads or the selected thread change, to redraw. */
export const refreshHighlights = StateEffect.define<null>();

/** Where an anchor's text is now in `text`; null once all of it was deleted. */
export function resolveTextAnchor(doc: Y.Doc, anchor: unknown): { from: number; to: number } | null {
  const decoded = decodeAnchor(anchor);
  if (!decoded) return null;
  const [from, to] = decoded.map((relative) => Y.createAbsolutePositionFromRelativePosition(relative, doc));
  if (!from || !to || to.index <= from.index) return null;
  return { from: from.index, to: to.index };
}

export function commentHighlights(doc: Y.Doc, source: { current: HighlightSource }): Extension {
  const build = (view: EditorView): DecorationSet => {
    const length = view.state.doc.length;
    const ranges = [];
    for (const thread of source.current.threads) {
      if (thread.resolved) continue;
      const range = resolveTextAnchor(doc, thread.anchor);
      if (!range || range.to > length) continue;
      const active = thread.id === source.current.activeId;
      ranges.push(
        Decoration.mark({
          class: active ? 'comment-highlight comment-highlight-active' : 'comment-highlight',
          attributes: { 'data-thread': thread.id },
        }).range(range.from, range.to),
      );
    }
    return Decoration.set(ranges, true);
  };
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = build(view);
      }
      update(update: ViewUpdate) {
        const refresh = update.transactions.some((tr) => tr.effects.some((e) => e.is(refreshHighlights)));
        if (update.docChanged || refresh) this.decorations = build(update.view);
      }
    },
    { decorations: (plugin) => plugin.decorations },
  );
}
