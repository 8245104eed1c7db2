// Images on a board: Excalidraw holds them as data URLs in memory; the document holds only their
// server URL (`files` map), so the shared document stays small and every reader fetches an image
// once, when a board that shows it is opened.
import type { BinaryFileData, BinaryFiles, DataURL } from '@excalidraw/excalidraw/types';
import type * as Y from 'yjs';
import { api } from '../../api/client';
import type { BoardFile } from '../../collab/schema';

/** Decoded here rather than with `fetch(dataURL)`, which the content security policy refuses. */
async function dataUrlToBlob(dataURL: string): Promise<Blob> {
  const [header, data] = dataURL.split(',', 2);
  const type = /^data:([^;,]+)/.exec(header)?.[1] ?? 'application/octet-stream';
  const binary = header.endsWith(';base64') ? atob(data) : decodeURIComponent(data);
  return new Blob([Uint8Array.from(binary, (c) => c.charCodeAt(0))], { type });
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

export class BoardFileSync {
  /** File ids being uploaded or fetched now, so each is handled once. */
  private readonly busy = new Set<string>();

  constructor(
    private readonly docId: string,
    private readonly files: Y.Map<BoardFile>,
    private readonly onError: (message: string) => void,
  ) {}

  /** Uploads the scene's files the document does not know yet. */
  upload(local: BinaryFiles): void {
    for (const [id, file] of Object.entries(local)) {
      if (this.files.has(id) || this.busy.has(id)) continue;
      this.busy.add(id);
      dataUrlToBlob(file.dataURL)
        .then((blob) => api.uploadFile(this.docId, blob))
        .then((uploaded) => this.files.set(id, { url: uploaded.url, mimeType: uploaded.mime, created: file.created }))
        .catch(() => this.onError('An image could not be uploaded; the others see an empty frame.'))
        .finally(() => this.busy.delete(id));
    }
  }

  /** Fetches the images `needed` that the editor does not have yet. */
  async fetchMissing(needed: Iterable<string>, have: BinaryFiles): Promise<BinaryFileData[]> {
    const fetched: BinaryFileData[] = [];
    for (const id of needed) {
      const entry = this.files.get(id);
      if (have[id] || !entry || this.busy.has(id)) continue;
      this.busy.add(id);
      try {
        const response = await fetch(entry.url);
        if (!response.ok) continue;
        const dataURL = (await blobToDataUrl(await response.blob())) as DataURL;
        fetched.push({ id: id as BinaryFileData['id'], dataURL, mimeType: entry.mimeType as BinaryFileData['mimeType'], created: entry.created });
      } finally {
        this.busy.delete(id);
      }
    }
    return fetched;
  }
}
