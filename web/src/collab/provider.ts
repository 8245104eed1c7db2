// A Yjs provider for Tandem's `/sync/<id>` socket: the standard y-websocket protocol plus the
// `saved` extension (docs/PROTOCOL.md), which lets the save indicator say "Saved" only once the
// server has an edit on disk. y-websocket's own provider cannot tell which of its messages were
// stored, hence this one. Simulations also ask for the `sim` extension: the running
// simulation's metrics frames (docs/SIM.md).

import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import type { SimFrame } from '../api/client';

const MSG_SYNC = 0;
const MSG_AWARENESS = 1;
const MSG_QUERY_AWARENESS = 3;
const MSG_SAVED = 100;
const MSG_SIM_METRICS = 101;
/** A sync step 2 carrying an update with no structs and no deletions: nothing to tell. */
const EMPTY_STEP2 = Uint8Array.of(MSG_SYNC, syncProtocol.messageYjsSyncStep2, 2, 0, 0);

/** Close codes after which reconnecting cannot help, and what each means for the person. */
const FINAL_CLOSE_CODES = new Map<number, FinalStatus>([
  [4401, 'unauthorized'],
  [4403, 'forbidden'],
  [4404, 'not-found'],
  [4413, 'too-large'],
]);
/** Failed attempts in a row before the status reads "offline" instead of "reconnecting". */
const ATTEMPTS_BEFORE_OFFLINE = 3;
const MAX_BACKOFF_MS = 30_000;

/** Why the server closed the connection for good: sign-in required, access revoked, no such
 *  document, or the document outgrew its owner's size quota. */
export type FinalStatus = 'unauthorized' | 'forbidden' | 'not-found' | 'too-large';
export type ConnectionStatus = 'connecting' | 'connected' | 'offline' | FinalStatus;

export function isFinal(status: ConnectionStatus): status is FinalStatus {
  return status !== 'connecting' && status !== 'connected' && status !== 'offline';
}

export interface SaveStatus {
  /** `saved`: the server has every local edit durably; `saving`: sent, not yet stored;
   *  `unsaved`: local edits wait for a connection. */
  state: 'saved' | 'saving' | 'unsaved';
  lastSavedAt: number | null;
}

export interface ProviderSnapshot {
  connection: ConnectionStatus;
  save: SaveStatus;
  /** Milliseconds until the next reconnect attempt, when one is scheduled. */
  retryAt: number | null;
  /** The server's copy of the document has arrived at least once (its sync step 2), so an
   *  empty document really is empty and may be given its initial structure. */
  synced: boolean;
}

/** Protocol extensions a provider may ask for besides `ack`, which every provider uses. */
export type Extension = 'sim';

export class TandemProvider {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  private readonly url: string;
  private socket: WebSocket | null = null;
  private listeners = new Set<() => void>();
  private simListeners = new Set<(frame: SimFrame) => void>();
  /** The newest metrics frame: the server sends one when the connection opens during a run,
   *  before an editor that wants it may have loaded. */
  private simFrame: SimFrame | null = null;
  private snapshot: ProviderSnapshot = {
    connection: 'connecting',
    save: { state: 'saved', lastSavedAt: null },
    retryAt: null,
    synced: false,
  };
  /** Document-carrying messages sent on the current connection, and how many are stored. */
  private sent = 0;
  private acked = 0;
  /** Whether our answer to the server's sync step 1 went out on this connection: it carries
   *  every edit made while disconnected, so nothing is saved before it is acknowledged. */
  private answeredServer = false;
  /** Local edits exist that are not yet known to be stored. */
  private dirty = false;
  private failedAttempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;
  /** The server refuses document messages from a viewer's connection (closing it with 1008),
   *  so while this is set none are sent; local edits, if any, wait for write access. */
  private readOnly = false;

  constructor(syncUrl: string, docId: string, doc: Y.Doc, extensions: readonly Extension[] = []) {
    this.url = `${syncUrl}/${encodeURIComponent(docId)}?ext=${['ack', ...extensions].join(',')}`;
    this.doc = doc;
    this.awareness = new awarenessProtocol.Awareness(doc);
    doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('beforeunload', this.onUnload);
    this.connect();
  }

  /** For `useSyncExternalStore`. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ProviderSnapshot => this.snapshot;

  /** Calls `listener` with every simulation metrics frame (only sent to providers made with the
   *  `sim` extension); returns the unsubscribe. */
  onSimFrame(listener: (frame: SimFrame) => void): () => void {
    this.simListeners.add(listener);
    return () => this.simListeners.delete(listener);
  }

  latestSimFrame(): SimFrame | null {
    return this.simFrame;
  }

  /** Connect at once instead of waiting for the backoff (the Retry button, going online, or
   *  access that came back after a final close). */
  reconnectNow = (): void => {
    if (this.destroyed || this.socket) return;
    this.failedAttempts = 0;
    this.connect();
  };

  /** Follows the caller's role. Edits kept back while read-only go out once writable again:
   *  reconnecting sends them with the answer to the server's sync step 1. */
  setReadOnly(readOnly: boolean): void {
    if (this.readOnly === readOnly) return;
    this.readOnly = readOnly;
    if (!readOnly && this.dirty && this.socket) {
      const socket = this.socket;
      this.socket = null;
      socket.close(1000);
      this.connect();
    }
  }

  destroy(): void {
    this.destroyed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('beforeunload', this.onUnload);
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], 'local');
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.socket?.close(1000);
    this.socket = null;
    this.awareness.destroy();
  }

  private update(patch: Partial<ProviderSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.listeners.forEach((listener) => listener());
  }

  private connect(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const socket = new WebSocket(this.url);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    this.sent = 0;
    this.acked = 0;
    this.answeredServer = false;
    this.update({ connection: this.failedAttempts >= ATTEMPTS_BEFORE_OFFLINE ? 'offline' : 'connecting', retryAt: null });

    socket.onopen = () => {
      this.failedAttempts = 0;
      this.update({ connection: 'connected' });
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MSG_SYNC);
      syncProtocol.writeSyncStep1(encoder, this.doc);
      socket.send(encoding.toUint8Array(encoder));
      if (this.awareness.getLocalState() !== null) {
        this.sendAwareness([this.doc.clientID]);
      }
    };
    socket.onmessage = (event) => this.onMessage(new Uint8Array(event.data as ArrayBuffer));
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      const others = Array.from(this.awareness.getStates().keys()).filter((id) => id !== this.doc.clientID);
      awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
      if (this.dirty) this.setSave('unsaved');
      if (this.destroyed) return;
      const final = FINAL_CLOSE_CODES.get(event.code);
      if (final) {
        this.update({ connection: final, retryAt: null });
        return;
      }
      this.failedAttempts += 1;
      const backoff = Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.failedAttempts) * (0.75 + Math.random() / 2);
      this.retryTimer = setTimeout(() => this.connect(), backoff);
      this.update({
        connection: this.failedAttempts >= ATTEMPTS_BEFORE_OFFLINE ? 'offline' : 'connecting',
        retryAt: Date.now() + backoff,
      });
    };
  }

  private onMessage(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MSG_SYNC: {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MSG_SYNC);
        const syncType = syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
        if (syncType === syncProtocol.messageYjsSyncStep1) {
          const answer = encoding.toUint8Array(encoder);
          // Only a real change goes out: a viewer's connection may not send document messages
          // at all, and an empty answer (a fresh page) tells the server nothing.
          if (!this.readOnly && !sameBytes(answer, EMPTY_STEP2)) this.sendDocMessage(answer);
          this.answeredServer = true;
          this.checkSaved();
        } else if (syncType === syncProtocol.messageYjsSyncStep2 && !this.snapshot.synced) {
          this.update({ synced: true });
        }
        break;
      }
      case MSG_AWARENESS:
        awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
        break;
      case MSG_QUERY_AWARENESS:
        this.sendAwareness(Array.from(this.awareness.getStates().keys()));
        break;
      case MSG_SAVED:
        this.acked = decoding.readVarUint(decoder);
        this.checkSaved();
        break;
      case MSG_SIM_METRICS: {
        const frame = parseFrame(decoding.readVarString(decoder));
        if (frame) {
          this.simFrame = frame;
          this.simListeners.forEach((listener) => listener(frame));
        }
        break;
      }
      default:
        break;
    }
  }

  private sendDocMessage(message: Uint8Array): void {
    this.socket?.send(message);
    this.sent += 1;
  }

  private sendAwareness(clients: number[]): void {
    if (this.socket?.readyState !== WebSocket.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MSG_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
    this.socket.send(encoding.toUint8Array(encoder));
  }

  private onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    this.dirty = true;
    if (this.socket?.readyState === WebSocket.OPEN && !this.readOnly) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MSG_SYNC);
      syncProtocol.writeUpdate(encoder, update);
      this.sendDocMessage(encoding.toUint8Array(encoder));
      this.setSave('saving');
    } else {
      // Sent with the answer to the server's sync step 1 once connected (and writable).
      this.setSave('unsaved');
    }
  };

  private onAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin === this) return;
    this.sendAwareness([...changes.added, ...changes.updated, ...changes.removed]);
  };

  /** Coming back online cannot undo a final close: that takes new access (`reconnectNow`). */
  private onOnline = (): void => {
    if (!isFinal(this.snapshot.connection)) this.reconnectNow();
  };

  private onUnload = (): void => {
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], 'window unload');
  };

  private checkSaved(): void {
    if (
      this.dirty &&
      !this.readOnly &&
      this.answeredServer &&
      this.acked >= this.sent &&
      this.socket?.readyState === WebSocket.OPEN
    ) {
      this.dirty = false;
      this.update({ save: { state: 'saved', lastSavedAt: Date.now() } });
    }
  }

  private setSave(state: SaveStatus['state']): void {
    if (this.snapshot.save.state !== state) {
      this.update({ save: { ...this.snapshot.save, state } });
    }
  }
}

/** A frame that is not JSON with a run is dropped: metrics are volatile, the next one comes. */
function parseFrame(text: string): SimFrame | null {
  try {
    const frame = JSON.parse(text) as SimFrame | null;
    return frame && typeof frame === 'object' && frame.run ? frame : null;
  } catch {
    return null;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** The sync endpoint of the server that served this page. */
export function defaultSyncUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}/sync`;
}
