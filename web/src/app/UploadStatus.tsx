import type { UploadProgress } from '../api/client';

/** A file on its way to the server: a bar while it is sent, then a line while it is read. */
export function UploadStatus({ name, sent, total }: { name: string } & UploadProgress) {
  const done = total > 0 && sent >= total;
  const percent = total > 0 ? Math.floor((sent / total) * 100) : 0;
  return (
    <div className="upload-status" role="status" data-testid="upload-status">
      <span>{done ? `Importing ${name}…` : `Uploading ${name} — ${percent} %`}</span>
      <progress max={100} value={done ? undefined : percent} aria-label={`Uploading ${name}`} />
    </div>
  );
}
