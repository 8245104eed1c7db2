import { useState, type FormEvent } from 'react';
import type { Role, ShareResult } from '../api/client';
import { ROLES } from './roles';

export function InviteForm({ onInvite }: { onInvite: (email: string, role: Role) => Promise<ShareResult | null> }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    setBusy(true);
    setResult(null);
    const answer = await onInvite(address, role);
    setBusy(false);
    if (!answer) return;
    setEmail('');
    setResult(
      answer.status === 'member'
        ? `Added ${address}.`
        : `Invited ${address}: they get access when they sign up with this email.`,
    );
  };

  return (
    <form className="inline-form" onSubmit={submit}>
      <input type="email" required placeholder="Email address" aria-label="Email to share with" value={email} onChange={(e) => setEmail(e.target.value)} />
      <select aria-label="Role for the invite" value={role} onChange={(e) => setRole(e.target.value as Role)}>
        {ROLES.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
      <button type="submit" className="primary" disabled={busy}>
        Share
      </button>
      {result && (
        <p className="success full-row" role="status" data-testid="invite-result">
          {result}
        </p>
      )}
    </form>
  );
}
