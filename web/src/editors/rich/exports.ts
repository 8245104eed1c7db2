import type { Editor } from '@tiptap/core';
import type { ExportFormat } from '../handle';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A standalone HTML file: the document's HTML in a page with its title. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

export function exportsOf(editor: Editor): ExportFormat[] {
  return [
    { label: 'Markdown (.md)', extension: 'md', mimeType: 'text/markdown', contents: () => editor.getMarkdown() },
    {
      label: 'Web page (.html)',
      extension: 'html',
      mimeType: 'text/html',
      contents: () => htmlPage(document.title, editor.getHTML()),
    },
  ];
}
