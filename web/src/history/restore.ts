// Restoring a version as a new edit. Yjs has no "go back to this state" operation; the technique
// (from the Yjs author) is to replay, on a copy of the old state, everything that happened since
// under an UndoManager, and undo it: the undo is made of ordinary new insertions and deletions,
// so applying it to the live document brings the old content back while every later edit stays in
// the history, and other clients merge it like any edit.
import * as Y from 'yjs';
import { contentTypes } from '../collab/schema';

/** Turns `live`'s content (of a document of `kind`) back into what it was in `version`, as one
 *  local edit of `live`. */
export function restoreVersion(live: Y.Doc, kind: string, version: Uint8Array): void {
  // Without garbage collection, the content deleted since the version is still there to undo.
  const past = new Y.Doc({ gc: false });
  Y.applyUpdate(past, version);
  const replay = Symbol('replay');
  const undo = new Y.UndoManager(contentTypes(kind, past), { trackedOrigins: new Set([replay]), captureTimeout: Infinity });
  Y.applyUpdate(past, Y.encodeStateAsUpdate(live, Y.encodeStateVector(past)), replay);
  undo.undo();
  undo.destroy();
  const revert = Y.encodeStateAsUpdate(past, Y.encodeStateVector(live));
  past.destroy();
  Y.applyUpdate(live, revert);
}
