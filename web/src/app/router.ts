// Client-side routes: `/` (home), `/d/<id>` (a document), `/login`, `/signup`, `/settings`,
// `/admin`.
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'home' }
  | { page: 'document'; id: string }
  | { page: 'login'; next: string }
  | { page: 'signup'; next: string }
  | { page: 'settings' }
  | { page: 'admin' }
  | { page: 'not-found' };

export function parseRoute(location: string): Route {
  const url = new URL(location, window.location.origin);
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const doc = /^\/d\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (doc) return { page: 'document', id: doc[1] };
  switch (path) {
    case '/':
      return { page: 'home' };
    case '/login':
      return { page: 'login', next: safeNext(url.searchParams.get('next')) };
    case '/signup':
      return { page: 'signup', next: safeNext(url.searchParams.get('next')) };
    case '/settings':
      return { page: 'settings' };
    case '/admin':
      return { page: 'admin' };
    default:
      return { page: 'not-found' };
  }
}

/** Only a path on this site: `next` comes from the address bar, so `//evil.example` or
 *  `https://…` must not turn the sign-in page into an open redirect. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

/** `/login` (or `/signup`) that comes back to `next` afterwards. */
export function authPath(page: 'login' | 'signup', next: string): string {
  return next === '/' ? `/${page}` : `/${page}?next=${encodeURIComponent(next)}`;
}

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => listeners.forEach((l) => l()));

export function navigate(path: string, { replace = false } = {}): void {
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The path and query string of the current page. */
export function useLocation(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname + window.location.search);
}

export function currentLocation(): string {
  return window.location.pathname + window.location.search;
}
