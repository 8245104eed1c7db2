// What an editor offers the page around it, whatever the document kind: comment anchors,
// jumping to a collaborator, exports. Each editor fills it in when it is ready.

export interface ExportFormat {
  /** Shown in the export menu, e.g. "Markdown (.md)". */
  label: string;
  /** The file's name extension, without the dot. */
  extension: string;
  mimeType: string;
  contents(): string | Promise<string | Blob>;
}

export interface EditorHandle {
  /** The current selection as a comment anchor and the text it covers; null if nothing is
   *  selected. */
  commentTarget(): { anchor: unknown; quote: string } | null;
  /** Scrolls to and selects what a thread's anchor covers now; false when that text is gone. */
  revealAnchor(anchor: unknown): boolean;
  /** Scrolls to the cursor of the collaborator with this awareness client id; false when they
   *  have no cursor in the document. */
  revealCollaborator(clientId: number): boolean;
  exports: ExportFormat[];
  /** Replaces nothing: inserts a file's contents at the cursor (Markdown into Docs). */
  importText?: (text: string) => void;
}
