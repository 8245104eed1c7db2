import { useState } from 'react';
import { api } from '../api/client';
import { signedOut, useSession } from '../session/session';
import { Link } from './Link';
import { authPath, currentLocation, navigate } from './router';

/** The signed-in user's name and links, or a way to sign in for a visitor. */
export function UserMenu() {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  if (session.status !== 'signed-in') {
    return (
      <nav className="user-menu">
        <Link to={authPath('login', currentLocation())}>Sign in</Link>
      </nav>
    );
  }
  const logout = async () => {
    setBusy(true);
    // Signed out locally even if the request fails: the person asked to leave this browser.
    await api.logout().catch(() => {});
    signedOut();
    navigate('/login');
  };
  return (
    <nav className="user-menu">
      <span className="user-name" data-testid="user-name">
        {session.user.name}
      </span>
      <Link to="/settings">Settings</Link>
      {session.user.is_admin && <Link to="/admin">Admin</Link>}
      <button type="button" className="quiet" onClick={logout} disabled={busy}>
        Log out
      </button>
    </nav>
  );
}
