// The REST API (`/api`), typed. Errors carry the status, the server's error code and message.

export type DocKind = 'doc' | 'code' | 'sheet' | 'board' | 'sim';
export type Role = 'owner' | 'editor' | 'viewer';
export type LinkAccess = 'view' | 'edit' | null;
export type DocFilter = 'mine' | 'shared' | 'recent' | 'trash';

export interface User {
  id: string;
  email: string;
  name: string;
  is_admin: boolean;
  created_at: number;
  max_docs: number | null;
  max_doc_bytes: number | null;
}

export interface AdminUser extends User {
  disabled: boolean;
  doc_count: number;
}

export interface PersonRef {
  id: string;
  name: string;
  email: string;
}

export interface DocumentMeta {
  id: string;
  kind: DocKind;
  title: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
  owner: PersonRef;
  /** The caller's effective role, link access included. */
  role: Role;
  link_access: LinkAccess;
  link_requires_login: boolean;
  last_opened_at: number | null;
}

export interface Sharing {
  owner: PersonRef;
  members: { user: PersonRef; role: Role }[];
  invites: { email: string; role: Role; created_at: number }[];
  link_access: LinkAccess;
  link_requires_login: boolean;
}

/** `member`: the email belongs to an account, which now has the role; `invited`: a pending
 *  invite that becomes a membership when someone signs up with that email. */
export interface ShareResult {
  status: 'member' | 'invited';
}

/** A saved state of a document: automatic (while people edit) or named by someone. */
export interface Version {
  id: string;
  /** Null for automatic versions. */
  name: string | null;
  created_at: number;
  /** Who named it, or for automatic versions who edited since the one before. */
  authors: PersonRef[];
}

/** A file uploaded into a document (images). */
export interface UploadedFile {
  hash: string;
  /** Where the document's readers fetch it. */
  url: string;
  mime: string;
  size: number;
}

export interface ApiToken {
  id: string;
  name: string;
  created_at: number;
  last_used_at: number | null;
}

export interface NewApiToken extends ApiToken {
  /** Returned once, at creation; the server keeps only a hash. */
  token: string;
}

export interface ServerStats {
  users: number;
  documents: number;
  rooms_loaded: number;
  connections: number;
}

export interface UserPatch {
  disabled?: boolean;
  is_admin?: boolean;
  max_docs?: number | null;
  max_doc_bytes?: number | null;
}

/** A parameter's value on a simulated component. */
export type SimValue = number | string | boolean;

/** One kind of component the simulator knows: its parameters in the panel's order, and their
 *  defaults. */
export interface SimKindInfo {
  kind: string;
  label: string;
  summary: string;
  params: string[];
  defaults: Record<string, SimValue>;
}

/** How a parameter is edited: `text` (and any type this version does not know) is free text. */
export interface SimParamInfo {
  label: string;
  type: 'integer' | 'number' | 'boolean' | 'choice' | 'text';
  min?: number | null;
  max?: number | null;
  /** `ms`, `s`, `req/s`, or `ratio` (a fraction from 0 to 1). */
  unit?: string | null;
  choices?: string[] | null;
  help?: string;
  /** Shown only while these other parameters have these values (e.g. `{ breaker: true }`). */
  shownWhen?: Record<string, SimValue> | null;
}

/** The kinds, parameters, defaults and limits the server's engine uses (docs/SIM.md). */
export interface SimCatalog {
  kinds: SimKindInfo[];
  params: Record<string, SimParamInfo>;
}

export type SimRunState = 'running' | 'paused' | 'finished' | 'stopped' | 'failed';

export interface SimRun {
  id: string;
  state: SimRunState;
  /** 1, 10, or 0 for as fast as possible. */
  speed: number;
  simTime: number;
  durationS: number;
  seed: number;
  startedBy: string;
  /** Why a failed run failed. */
  problem: string | null;
}

export interface SimComponentMetrics {
  arrivals: number;
  throughput: number;
  utilization: number;
  queue: number;
  instances: number;
  drops: number;
  errors: number;
  timeouts: number;
  retries: number;
  stale: number;
  /** Latencies are null over a window in which nothing was answered. */
  p50: number | null;
  p95: number | null;
  p99: number | null;
  state: 'up' | 'down' | 'slow' | 'degraded';
}

export interface SimRequestMetrics {
  rate: number;
  /** Null, like the latencies, over a window in which nothing was answered. */
  success: number | null;
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

export type SimFailureKind = 'kill' | 'killInstance' | 'slow' | 'errors' | 'cut' | 'zone';

export interface SimFailure {
  id: string;
  kind: SimFailureKind;
  /** A component id, an edge id (`cut`) or a zone name (`zone`). */
  target: string;
  factor: number | null;
}

/** What the server streams while a run goes (protocol extension `sim`, docs/SIM.md): rates per
 *  simulated second and latencies in milliseconds over the last `window` simulated seconds. */
export interface SimFrame {
  run: SimRun;
  window: number;
  components: Record<string, SimComponentMetrics>;
  edges: Record<string, { rate: number; errors: number }>;
  requests: Record<string, SimRequestMetrics>;
  bottlenecks: { component: string; message: string }[];
  events: { t: number; component: string | null; message: string }[];
  failures: SimFailure[];
}

/** "What breaks first": the highest load that met the objective, and each load tried. */
export interface SimSweep {
  sustainedRate: number;
  sloMs: number;
  steps: { rate: number; p99Ms: number; success: number }[];
  /** What broke at the first load that missed the objective, in words. */
  breaksFirst: string | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The server's machine-readable code (`unauthorized`, `rate_limited`, …), or `http` when
     *  the answer had no JSON error body (a proxy, a network failure). */
    readonly code: string,
    message: string,
    /** Seconds from the Retry-After header of a 429. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

/** Paths whose 401 is an answer about the request itself (wrong password, not signed in yet),
 *  not a sign that the session ended. */
const OWN_401 = new Set(['/auth/login', '/auth/signup', '/auth/password', '/auth/me']);
let sessionLost: (() => void) | null = null;

/** Called when a request made with a session is refused with 401: the session was revoked
 *  (log out everywhere, password change elsewhere, account disabled). */
export function onSessionLost(handler: (() => void) | null): void {
  sessionLost = handler;
}

/** An `ApiError` from a refused answer's status, JSON body and Retry-After header. */
function refusal(path: string, status: number, statusText: string, payload: { error?: { code?: string; message?: string } } | null, retryAfter: string | null): ApiError {
  const retry = Number.parseInt(retryAfter ?? '', 10);
  const error = new ApiError(
    status,
    payload?.error?.code ?? 'http',
    payload?.error?.message ?? (statusText || `HTTP ${status}`),
    Number.isFinite(retry) ? retry : null,
  );
  if (status === 401 && !OWN_401.has(path.split('?')[0])) sessionLost?.();
  return error;
}

/** Sends a request and returns the successful response; anything else throws an `ApiError`. A
 *  `Blob` body goes as it is (with its own type), anything else as JSON. */
async function send(method: string, path: string, body?: unknown): Promise<Response> {
  // The CSRF header goes on every request: the server requires it on any non-GET request that
  // carries the session cookie, and a cross-site form cannot set it.
  const headers: Record<string, string> = { 'x-tandem-csrf': '1' };
  let payload: BodyInit | undefined;
  if (body instanceof Blob) {
    headers['content-type'] = body.type || 'application/octet-stream';
    payload = body;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(`/api${path}`, { method, headers, body: payload });
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw refusal(path, response.status, response.statusText, payload, response.headers.get('retry-after'));
  }
  return response;
}

/** How far an upload is: bytes sent of the total, and whether the server is now working on it. */
export interface UploadProgress {
  sent: number;
  total: number;
}

/** POSTs a file and reports how much of it has been sent: `fetch` cannot tell upload progress,
 *  `XMLHttpRequest` can. Answers and errors as `request` gives them. */
function upload<T>(path: string, file: Blob, onProgress: (progress: UploadProgress) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    xhr.setRequestHeader('x-tandem-csrf', '1');
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (event) => onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : file.size });
    xhr.onerror = () => reject(new ApiError(0, 'http', 'The upload failed: the server could not be reached.'));
    xhr.onload = () => {
      let payload: unknown = null;
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's page): the status says enough.
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(payload as T);
      else reject(refusal(path, xhr.status, xhr.statusText, payload as { error?: { code?: string; message?: string } } | null, xhr.getResponseHeader('retry-after')));
    };
    xhr.send(file);
  });
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body);
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

async function requestBytes(method: string, path: string): Promise<Uint8Array> {
  return new Uint8Array(await (await send(method, path)).arrayBuffer());
}

const doc = (id: string) => `/docs/${encodeURIComponent(id)}`;

export const api = {
  // Accounts and sessions.
  signup: (email: string, name: string, password: string) => request<User>('POST', '/auth/signup', { email, name, password }),
  login: (email: string, password: string) => request<User>('POST', '/auth/login', { email, password }),
  logout: () => request<void>('POST', '/auth/logout'),
  logoutEverywhere: () => request<void>('POST', '/auth/logout-all'),
  me: () => request<User>('GET', '/auth/me'),
  changePassword: (current_password: string, new_password: string) =>
    request<void>('POST', '/auth/password', { current_password, new_password }),

  // Personal API tokens.
  listTokens: () => request<ApiToken[]>('GET', '/tokens'),
  createToken: (name: string) => request<NewApiToken>('POST', '/tokens', { name }),
  revokeToken: (id: string) => request<void>('DELETE', `/tokens/${encodeURIComponent(id)}`),

  // Documents.
  listDocs: (filter: DocFilter = 'mine', query = '') => {
    const params = new URLSearchParams({ filter });
    if (query.trim()) params.set('q', query.trim());
    return request<DocumentMeta[]>('GET', `/docs?${params}`);
  },
  createDoc: (kind: DocKind, title?: string) => request<DocumentMeta>('POST', '/docs', { kind, title }),
  getDoc: (id: string) => request<DocumentMeta>('GET', doc(id)),
  renameDoc: (id: string, title: string) => request<DocumentMeta>('PATCH', doc(id), { title }),
  trashDoc: (id: string) => request<void>('DELETE', doc(id)),
  restoreDoc: (id: string) => request<DocumentMeta>('POST', `${doc(id)}/restore`),
  deleteDocForever: (id: string) => request<void>('DELETE', `${doc(id)}/forever`),

  // Version history.
  listVersions: (id: string) => request<Version[]>('GET', `${doc(id)}/versions`),
  saveVersion: (id: string, name: string) => request<Version>('POST', `${doc(id)}/versions`, { name }),
  /** The document as it was, as one Yjs update. */
  versionState: (id: string, versionId: string) =>
    requestBytes('GET', `${doc(id)}/versions/${encodeURIComponent(versionId)}/state`),

  /** Creates a new board from an `.excalidraw` file. */
  importBoard: (file: File) =>
    request<DocumentMeta>('POST', `/boards/import?${new URLSearchParams({ title: file.name.replace(/\.excalidraw$/i, '') })}`, file),
  /** Creates a new spreadsheet from an XLSX or CSV file. */
  importSpreadsheet: (file: File, onProgress: (progress: UploadProgress) => void) =>
    upload<DocumentMeta>(`/sheets/import?${new URLSearchParams({ title: file.name.replace(/\.(xlsx|csv|tsv)$/i, '') })}`, file, onProgress),
  /** Creates a new simulation from a diagram's JSON export. */
  importSimulation: (file: File) =>
    request<DocumentMeta>('POST', `/sim/import?${new URLSearchParams({ title: file.name.replace(/\.json$/i, '') })}`, file),
  /** The whole workbook as XLSX, computed on the server. */
  workbookXlsx: (id: string) => requestBytes('GET', `${doc(id)}/xlsx`),
  uploadFile: (id: string, file: Blob) => request<UploadedFile>('POST', `${doc(id)}/files`, file),

  // Simulations (docs/SIM.md). Every call that changes a run is answered by the next metrics
  // frame too; the returned run is what the server knew when it answered.
  simCatalog: () => request<SimCatalog>('GET', '/sim/catalog'),
  simStatus: (id: string) => request<{ run: SimRun | null; frame: SimFrame | null }>('GET', `${doc(id)}/sim`),
  simRun: (id: string, speed?: number) => request<unknown>('POST', `${doc(id)}/sim/run`, { speed }),
  simControl: (id: string, action: 'pause' | 'resume' | 'stop' | 'speed', speed?: number) =>
    request<unknown>('POST', `${doc(id)}/sim/control`, { action, speed }),
  simFail: (id: string, kind: SimFailureKind, target: string, factor?: number) =>
    request<{ id: string }>('POST', `${doc(id)}/sim/failures`, { kind, target, factor }),
  simHeal: (id: string, failureId: string) => request<void>('DELETE', `${doc(id)}/sim/failures/${encodeURIComponent(failureId)}`),
  simSweep: (id: string) => request<SimSweep>('POST', `${doc(id)}/sim/sweep`),
  /** The current or last run as CSV, one row per simulated second per component (a link). */
  simMetricsCsvUrl: (id: string) => `/api${doc(id)}/sim/metrics.csv`,

  // Sharing.
  getSharing: (id: string) => request<Sharing>('GET', `${doc(id)}/sharing`),
  share: (id: string, email: string, role: Role) => request<ShareResult>('PUT', `${doc(id)}/members`, { email, role }),
  removeMember: (id: string, userId: string) =>
    request<void>('DELETE', `${doc(id)}/members/${encodeURIComponent(userId)}`),
  removeInvite: (id: string, email: string) => request<void>('DELETE', `${doc(id)}/invites/${encodeURIComponent(email)}`),
  setLinkAccess: (id: string, access: LinkAccess, requires_login: boolean) =>
    request<void>('PUT', `${doc(id)}/link`, { access, requires_login }),
  transferOwnership: (id: string, user_id: string) => request<void>('POST', `${doc(id)}/transfer`, { user_id }),

  // Administration.
  listUsers: () => request<AdminUser[]>('GET', '/admin/users'),
  updateUser: (id: string, patch: UserPatch) => request<AdminUser>('PATCH', `/admin/users/${encodeURIComponent(id)}`, patch),
  deleteUser: (id: string) => request<void>('DELETE', `/admin/users/${encodeURIComponent(id)}`),
  stats: () => request<ServerStats>('GET', '/admin/stats'),
};

/** A message for the person at the keyboard; `what` names the action for unexpected failures. */
export function describeError(error: unknown, what = 'That did not work'): string {
  if (!(error instanceof ApiError)) return `${what}: the server could not be reached.`;
  if (error.status === 429) {
    return error.retryAfter !== null
      ? `Too many attempts, try again in ${error.retryAfter} s.`
      : 'Too many attempts, try again later.';
  }
  return error.message || what;
}
