/** Saves text or bytes as a file through the browser's download. */
export function download(fileName: string, mimeType: string, contents: string | Blob): void {
  const blob = typeof contents === 'string' ? new Blob([contents], { type: `${mimeType};charset=utf-8` }) : contents;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked after the click has been handled; the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from a document title: no path separators or characters file systems refuse. */
export function fileNameFor(title: string, extension: string): string {
  const printable = [...title].filter((c) => c.charCodeAt(0) >= 0x20).join('');
  const base = printable.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'Untitled';
  return `${base}.${extension}`;
}
