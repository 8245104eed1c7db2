import { useState, type FormEvent } from 'react';
import { api, ApiError, describeError } from '../api/client';
import { signedIn } from '../session/session';
import { Link } from './Link';
import { authPath, navigate } from './router';

export function LoginPage({ next }: { next: string }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      signedIn(await api.login(email.trim(), password));
      navigate(next, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? 'Wrong email or password.' : describeError(e, 'Could not sign in'));
      setBusy(false);
    }
  };

  return (
    <div className="auth">
      <form className="card auth-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">Sign in to Tandem</h1>
        <label>
          Email
          <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p className="error" role="alert" data-testid="auth-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="muted">
          No account yet? <Link to={authPath('signup', next)}>Sign up</Link>
        </p>
      </form>
    </div>
  );
}
