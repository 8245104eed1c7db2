// Who is signed in: one store for the whole app, filled from GET /api/auth/me and kept current
// by the pages that sign in and out.
import { useSyncExternalStore } from 'react';
import { api, ApiError, onSessionLost, type User } from '../api/client';

export type Session =
  | { status: 'loading'; user: null }
  | { status: 'anonymous'; user: null }
  | { status: 'signed-in'; user: User };

let current: Session = { status: 'loading', user: null };
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function set(next: Session): void {
  current = next;
  listeners.forEach((listener) => listener());
}

export function signedIn(user: User): void {
  set({ status: 'signed-in', user });
}

export function signedOut(): void {
  set({ status: 'anonymous', user: null });
}

/** Asks the server once; later calls reuse the answer until `refreshSession`. */
export function loadSession(): Promise<void> {
  loading ??= refreshSession();
  return loading;
}

export async function refreshSession(): Promise<void> {
  try {
    signedIn(await api.me());
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) signedOut();
    // Any other failure (server restarting, offline) says nothing about the session: stay
    // anonymous for now rather than stuck on "Loading", the next request will tell.
    else if (current.status === 'loading') signedOut();
  }
}

onSessionLost(() => {
  if (current.status === 'signed-in') signedOut();
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session {
  return useSyncExternalStore(subscribe, () => current);
}
