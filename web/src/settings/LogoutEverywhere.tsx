import { useState } from 'react';
import { api, describeError } from '../api/client';
import { navigate } from '../app/router';
import { signedOut } from '../session/session';
import { ConfirmButton } from '../ui/ConfirmButton';

export function LogoutEverywhere() {
  const [error, setError] = useState<string | null>(null);
  const logoutAll = async () => {
    try {
      await api.logoutEverywhere();
      signedOut();
      navigate('/login');
    } catch (e) {
      setError(describeError(e, 'Could not log out everywhere'));
    }
  };
  return (
    <section className="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Sessions</h2>
      <p className="muted">Signs out every browser where you are signed in, this one included. API tokens keep working.</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ConfirmButton label="Log out everywhere" question="Sign out of every browser?" className="" onConfirm={logoutAll} />
    </section>
  );
}
