// Underlays the text of open comment threads, and marks the thread the panel has selected.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { CommentThread } from '../../comments/model';
import { resolveAnchor } from './positions';

export interface HighlightSource {
  threads: CommentThread[];
  activeId: string | null;
}

/** A transaction carrying this meta makes the highlights redraw (threads or selection changed). */
export const commentHighlightsKey = new PluginKey('commentHighlights');

// A getter, not the object itself: TipTap deep-copies plain objects in options.
export const CommentHighlights = Extension.create<{ source: () => HighlightSource }>({
  name: 'commentHighlights',
  addOptions() {
    return { source: () => ({ threads: [], activeId: null }) };
  },
  addProseMirrorPlugins() {
    const source = this.options.source;
    return [
      new Plugin({
        key: commentHighlightsKey,
        props: {
          decorations(state) {
            const decorations: Decoration[] = [];
            const { threads, activeId } = source();
            for (const thread of threads) {
              if (thread.resolved) continue;
              const range = resolveAnchor(state, thread.anchor);
              if (!range) continue;
              const active = thread.id === activeId;
              decorations.push(
                Decoration.inline(range.from, range.to, {
                  class: active ? 'comment-highlight comment-highlight-active' : 'comment-highlight',
                  'data-thread': thread.id,
                }),
              );
            }
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});
