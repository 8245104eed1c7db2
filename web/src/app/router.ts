// Client-side routes: `/` (home) and `/d/<id>` (a document).
import { useSyncExternalStore } from 'react';

export type Route = { page: 'home' } | { page: 'document'; id: string };

export function parseRoute(path: string): Route {
  const match = /^\/d\/([A-Za-z0-9_-]{1,64})\/?$/.exec(path);
  return match ? { page: 'document', id: match[1] } : { page: 'home' };
}

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => listeners.forEach((l) => l()));

export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}
