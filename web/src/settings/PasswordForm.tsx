import { useState, type FormEvent } from 'react';
import { api, ApiError, describeError } from '../api/client';

export function PasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next.length < 8 || next.length > 128) {
      setMessage({ ok: false, text: 'The new password needs 8 to 128 characters.' });
      return;
    }
    if (next !== repeat) {
      setMessage({ ok: false, text: 'The two new passwords differ.' });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      setRepeat('');
      setMessage({ ok: true, text: 'Password changed. Every other session was signed out.' });
    } catch (e) {
      setMessage({
        ok: false,
        text: e instanceof ApiError && e.status === 401 ? 'The current password is wrong.' : describeError(e, 'Could not change the password'),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">Password</h2>
      <form className="stack" onSubmit={submit}>
        <label>
          Current password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </label>
        <label>
          New password
          <input type="password" autoComplete="new-password" required value={next} onChange={(e) => setNext(e.target.value)} />
        </label>
        <label>
          Repeat the new password
          <input type="password" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </label>
        {message && (
          <p className={message.ok ? 'success' : 'error'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        <div>
          <button type="submit" className="primary" disabled={busy}>
            Change password
          </button>
        </div>
      </form>
    </section>
  );
}
