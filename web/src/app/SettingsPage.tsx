import { useSession } from '../session/session';
import { LogoutEverywhere } from '../settings/LogoutEverywhere';
import { PasswordForm } from '../settings/PasswordForm';
import { TokenSection } from '../settings/TokenSection';
import { Header } from './Header';

export function SettingsPage() {
  const { user } = useSession();
  return (
    <>
      <Header />
      <div className="page">
        <h1>Settings</h1>
        {user && (
          <p className="muted">
            Signed in as {user.name} ({user.email})
          </p>
        )}
        <PasswordForm />
        <LogoutEverywhere />
        <TokenSection />
      </div>
    </>
  );
}
