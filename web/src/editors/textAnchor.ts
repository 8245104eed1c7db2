// A comment anchor in text: two Yjs relative positions, so the range follows every insertion and
// deletion made before or inside it, by anyone, and resolves the same way on every client.
import * as Y from 'yjs';

export interface TextAnchor {
  from: unknown;
  to: unknown;
}

export function isTextAnchor(value: unknown): value is TextAnchor {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value;
}

export function encodeAnchor(from: Y.RelativePosition, to: Y.RelativePosition): TextAnchor {
  return { from: Y.relativePositionToJSON(from), to: Y.relativePositionToJSON(to) };
}

/** The relative positions of an anchor; null for anything another client wrote that is not one. */
export function decodeAnchor(anchor: unknown): [Y.RelativePosition, Y.RelativePosition] | null {
  if (!isTextAnchor(anchor)) return null;
  try {
    return [Y.createRelativePositionFromJSON(anchor.from), Y.createRelativePositionFromJSON(anchor.to)];
  } catch {
    return null;
  }
}
