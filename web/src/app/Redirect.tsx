import { useEffect } from 'react';
import { navigate } from './router';

/** Replaces the current history entry, so Back does not return to a page that bounces again. */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
