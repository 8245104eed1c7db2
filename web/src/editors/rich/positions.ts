// Between ProseMirror positions and Yjs relative positions in the document's XmlFragment, through
// the mapping y-tiptap keeps of which Yjs type renders as which ProseMirror node.
import type { EditorState } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { decodeAnchor, encodeAnchor, type TextAnchor } from '../textAnchor';

function binding(state: EditorState) {
  const sync = ySyncPluginKey.getState(state);
  return sync?.binding ? (sync.binding as { type: Y.XmlFragment; doc: Y.Doc; mapping: never }) : null;
}

export function anchorOf(state: EditorState, from: number, to: number): TextAnchor | null {
  const b = binding(state);
  if (!b) return null;
  return encodeAnchor(
    absolutePositionToRelativePosition(from, b.type, b.mapping),
    absolutePositionToRelativePosition(to, b.type, b.mapping),
  );
}

export function resolvePosition(state: EditorState, relative: Y.RelativePosition): number | null {
  const b = binding(state);
  if (!b) return null;
  return relativePositionToAbsolutePosition(b.doc, b.type, relative, b.mapping);
}

/** Where an anchor's text is now; null once all of it was deleted. */
export function resolveAnchor(state: EditorState, anchor: unknown): { from: number; to: number } | null {
  const decoded = decodeAnchor(anchor);
  if (!decoded) return null;
  const from = resolvePosition(state, decoded[0]);
  const to = resolvePosition(state, decoded[1]);
  if (from === null || to === null || to <= from) return null;
  return { from, to };
}
