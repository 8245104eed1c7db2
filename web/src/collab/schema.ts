// The names of the shared types in a document (docs/SCHEMA.md). The server's Rust code uses the
// same names; change both or neither.
import * as Y from 'yjs';

/** `code` documents: the source text. */
export const codeText = (doc: Y.Doc): Y.Text => doc.getText('content');
/** `doc` documents: the rich text, a ProseMirror tree. */
export const richText = (doc: Y.Doc): Y.XmlFragment => doc.getXmlFragment('body');
/** Settings shared by everyone in the document, such as the code language. */
export const documentSettings = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('settings');
/** Comment threads of every document kind, keyed by thread id. */
export const commentThreads = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('comments');

/** The shared types that hold a document's content, for each kind that has an editor: what a
 *  version restore brings back (comments and settings stay as they are). */
export function contentTypes(kind: string, doc: Y.Doc): Array<Y.XmlFragment | Y.Text | Y.Map<unknown> | Y.Array<unknown>> {
  switch (kind) {
    case 'doc':
      return [richText(doc)];
    case 'code':
      return [codeText(doc)];
    case 'sheet':
      return [sheetMaps<unknown>(doc), sheetOrder<unknown>(doc)];
    case 'board':
      return [boardElements(doc)];
    case 'sim':
      return [simComponents<unknown>(doc), simEdges<unknown>(doc), simScenario(doc)];
    default:
      return [];
  }
}

/** `sheet` documents: sheet ids in tab order (editors/sheet/workbook.ts). */
export const sheetOrder = <T = string>(doc: Y.Doc): Y.Array<T> => doc.getArray<T>('sheetOrder');
/** `sheet` documents: each sheet's `Y.Map` (`name`, `rows`, `cols`, `cells`) by sheet id. */
export const sheetMaps = <T = Y.Map<unknown>>(doc: Y.Doc): Y.Map<T> => doc.getMap<T>('sheets');

/** `board` documents: Excalidraw elements keyed by element id (see editors/board/sceneSync.ts). */
export const boardElements = <T>(doc: Y.Doc): Y.Map<T> => doc.getMap<T>('elements');
/** `board` documents: uploaded images by Excalidraw file id: `{ url, mimeType, created }`. */
export const boardFiles = (doc: Y.Doc): Y.Map<BoardFile> => doc.getMap<BoardFile>('files');

export interface BoardFile {
  /** Where the document's readers fetch the bytes (`/api/docs/<id>/files/<hash>`). */
  url: string;
  mimeType: string;
  created: number;
}

/** `sim` documents: components by id, each a `Y.Map` with `type`, `name`, `x`, `y` and `params`
 *  (docs/SIM.md; editors/sim/diagram.ts). */
export const simComponents = <T = Y.Map<unknown>>(doc: Y.Doc): Y.Map<T> => doc.getMap<T>('components');
/** `sim` documents: edges by id, each a `Y.Map` with `from`, `to`, `latencyMs`, `share`, `kinds`. */
export const simEdges = <T = Y.Map<unknown>>(doc: Y.Doc): Y.Map<T> => doc.getMap<T>('edges');
/** `sim` documents: `sloMs`, `seed`, `durationS`. */
export const simScenario = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('scenario');
