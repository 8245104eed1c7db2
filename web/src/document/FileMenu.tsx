import { useRef, useState } from 'react';
import type { EditorHandle } from '../editors/handle';
import { download, fileNameFor } from './download';

/** Download the document in each format its editor offers; import Markdown where supported. */
export function FileMenu({ editor, title, canWrite }: { editor: EditorHandle | null; title: string; canWrite: boolean }) {
  const [open, setOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  if (!editor) return null;
  const importText = canWrite ? editor.importText : undefined;
  return (
    <div className="menu" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <button type="button" aria-expanded={open} data-testid="file-menu" onClick={() => setOpen(!open)}>
        File ▾
      </button>
      {open && (
        <div className="menu-items" role="menu">
          {editor.exports.map((format) => (
            <button
              key={format.label}
              type="button"
              role="menuitem"
              data-testid={`export-${format.extension}`}
              onClick={async () => {
                setOpen(false);
                download(fileNameFor(title, format.extension), format.mimeType, await format.contents());
              }}
            >
              Download {format.label}
            </button>
          ))}
          {importText && (
            <button type="button" role="menuitem" data-testid="import-markdown" onClick={() => fileInput.current?.click()}>
              Import Markdown…
            </button>
          )}
        </div>
      )}
      {importText && (
        <input
          ref={fileInput}
          type="file"
          accept=".md,.markdown,text/markdown,text/plain"
          hidden
          data-testid="import-file"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            setOpen(false);
            if (file) importText(await file.text());
          }}
        />
      )}
    </div>
  );
}
