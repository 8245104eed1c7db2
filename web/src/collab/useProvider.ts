import { useEffect, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { defaultSyncUrl, TandemProvider, type ProviderSnapshot } from './provider';
import { localUser } from './user';

/** A Yjs doc and its provider for one document, torn down when the id changes. */
export function useProvider(docId: string): TandemProvider | null {
  const [provider, setProvider] = useState<TandemProvider | null>(null);
  useEffect(() => {
    const doc = new Y.Doc();
    const next = new TandemProvider(defaultSyncUrl(), docId, doc);
    next.awareness.setLocalStateField('user', localUser());
    setProvider(next);
    return () => {
      next.destroy();
      doc.destroy();
    };
  }, [docId]);
  return provider;
}

const IDLE: ProviderSnapshot = { connection: 'connecting', save: { state: 'saved', lastSavedAt: null }, retryAt: null };
const noSubscription = () => () => {};

export function useProviderStatus(provider: TandemProvider | null): ProviderSnapshot {
  return useSyncExternalStore(provider?.subscribe ?? noSubscription, provider?.getSnapshot ?? (() => IDLE));
}
