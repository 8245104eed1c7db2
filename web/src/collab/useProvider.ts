import { useEffect, useState, useSyncExternalStore } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { DocKind } from '../api/client';
import { defaultSyncUrl, TandemProvider, type ProviderSnapshot } from './provider';
import { localUser } from './user';

/** A Yjs doc and its provider for one document, torn down when the id changes. The kind decides
 *  which protocol extensions the connection asks for, so there is none until it is known.
 *  `userName` is what others see next to this browser's cursor; changing it keeps the
 *  connection. */
export function useProvider(docId: string, kind: DocKind | null, userName: string | null): TandemProvider | null {
  const [provider, setProvider] = useState<TandemProvider | null>(null);
  useEffect(() => {
    if (kind === null) return;
    const doc = new Y.Doc();
    // A copy in the browser's IndexedDB: a reload while offline keeps the edits not yet sent, and
    // they reach the server (through the provider, as local edits) once it is back.
    const local = new IndexeddbPersistence(`tandem:${docId}`, doc);
    const next = new TandemProvider(defaultSyncUrl(), docId, doc, kind === 'sim' ? ['sim'] : []);
    setProvider(next);
    return () => {
      next.destroy();
      local.destroy();
      doc.destroy();
    };
  }, [docId, kind]);
  useEffect(() => {
    provider?.awareness.setLocalStateField('user', localUser(userName));
  }, [provider, userName]);
  return provider;
}

const IDLE: ProviderSnapshot = { connection: 'connecting', save: { state: 'saved', lastSavedAt: null }, retryAt: null, synced: false };
const noSubscription = () => () => {};

export function useProviderStatus(provider: TandemProvider | null): ProviderSnapshot {
  return useSyncExternalStore(provider?.subscribe ?? noSubscription, provider?.getSnapshot ?? (() => IDLE));
}
