import { useEffect } from 'react';
import { loadSession, useSession } from '../session/session';
import { AdminPage } from './AdminPage';
import { DocumentPage } from './DocumentPage';
import { HomePage } from './HomePage';
import { LoginPage } from './LoginPage';
import { NotFoundPage } from './NotFoundPage';
import { Redirect } from './Redirect';
import { authPath, parseRoute, useLocation } from './router';
import { SettingsPage } from './SettingsPage';
import { SignupPage } from './SignupPage';

export function App() {
  const location = useLocation();
  const route = parseRoute(location);
  const session = useSession();
  useEffect(() => {
    loadSession();
  }, []);

  if (session.status === 'loading') return <p className="muted loading">Loading…</p>;
  const signedIn = session.status === 'signed-in';

  switch (route.page) {
    case 'document':
      // Reachable without an account: the link may be shared with anyone.
      return <DocumentPage key={route.id} docId={route.id} />;
    case 'login':
      return signedIn ? <Redirect to={route.next} /> : <LoginPage next={route.next} />;
    case 'signup':
      return signedIn ? <Redirect to={route.next} /> : <SignupPage next={route.next} />;
    case 'not-found':
      return <NotFoundPage />;
  }
  if (!signedIn) return <Redirect to={authPath('login', location)} />;
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'settings':
      return <SettingsPage />;
    case 'admin':
      return <AdminPage />;
  }
}
