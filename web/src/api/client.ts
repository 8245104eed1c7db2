// The REST API (`/api`), typed. Errors carry the server's message.

export type DocKind = 'doc' | 'code' | 'sheet' | 'board' | 'sim';

export interface DocumentMeta {
  id: string;
  kind: DocKind;
  title: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new ApiError(response.status, payload?.error?.message ?? response.statusText);
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

export const api = {
  listDocs: (filter: 'active' | 'trash' = 'active') => request<DocumentMeta[]>('GET', `/docs?filter=${filter}`),
  createDoc: (kind: DocKind, title?: string) => request<DocumentMeta>('POST', '/docs', { kind, title }),
  getDoc: (id: string) => request<DocumentMeta>('GET', `/docs/${encodeURIComponent(id)}`),
  renameDoc: (id: string, title: string) => request<DocumentMeta>('PATCH', `/docs/${encodeURIComponent(id)}`, { title }),
  trashDoc: (id: string) => request<void>('DELETE', `/docs/${encodeURIComponent(id)}`),
  restoreDoc: (id: string) => request<DocumentMeta>('POST', `/docs/${encodeURIComponent(id)}/restore`),
};
