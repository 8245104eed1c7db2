import { useState, type FormEvent } from 'react';
import { api, ApiError, describeError } from '../api/client';
import { signedIn } from '../session/session';
import { Link } from './Link';
import { authPath, navigate } from './router';

const MIN_PASSWORD = 8;
const MAX_PASSWORD = 128;

function signupError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 409) return 'An account with this email already exists. Sign in instead.';
    if (error.status === 403 && error.code === 'forbidden') return 'Sign-up is turned off on this server. Ask an administrator for an account.';
  }
  return describeError(error, 'Could not create the account');
}

export function SignupPage({ next }: { next: string }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
      setError(`The password needs ${MIN_PASSWORD} to ${MAX_PASSWORD} characters.`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      signedIn(await api.signup(email.trim(), name.trim(), password));
      navigate(next, { replace: true });
    } catch (e) {
      setError(signupError(e));
      setBusy(false);
    }
  };

  return (
    <div className="auth">
      <form className="card auth-card" onSubmit={submit} aria-labelledby="signup-title">
        <h1 id="signup-title">Sign up for Tandem</h1>
        <label>
          Name
          <input autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Email
          <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete="new-password"
            required
            maxLength={MAX_PASSWORD}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <span className="hint">At least {MIN_PASSWORD} characters.</span>
        </label>
        {error && (
          <p className="error" role="alert" data-testid="auth-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating account…' : 'Sign up'}
        </button>
        <p className="muted">
          Already have an account? <Link to={authPath('login', next)}>Sign in</Link>
        </p>
      </form>
    </div>
  );
}
