import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, describeError, type ApiToken, type NewApiToken } from '../api/client';
import { ConfirmButton } from '../ui/ConfirmButton';
import { TimeAgo } from '../ui/TimeAgo';
import { NewToken } from './NewToken';

/** Personal API tokens, for scripts and other clients that act as this user. */
export function TokenSection() {
  const [tokens, setTokens] = useState<ApiToken[] | null>(null);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<NewApiToken | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    api.listTokens().then(setTokens, (e) => setError(describeError(e, 'Could not load the tokens')));
  }, []);
  useEffect(load, [load]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setCreated(await api.createToken(name.trim()));
      setName('');
      load();
    } catch (e) {
      setError(describeError(e, 'Could not create the token'));
    }
  };

  const revoke = async (token: ApiToken) => {
    setError(null);
    try {
      await api.revokeToken(token.id);
      if (created?.id === token.id) setCreated(null);
      load();
    } catch (e) {
      setError(describeError(e, 'Could not revoke the token'));
    }
  };

  return (
    <section className="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title">API tokens</h2>
      <p className="muted">A token acts as you: anyone holding it can open and edit what you can. Revoke the ones you no longer use.</p>
      <form className="inline-form" onSubmit={create}>
        <input aria-label="Token name" placeholder="Token name, e.g. backup script" required value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="primary">
          Create token
        </button>
      </form>
      {created && <NewToken token={created} onDone={() => setCreated(null)} />}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {tokens?.length === 0 && <p className="muted">No tokens.</p>}
      {tokens && tokens.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Created</th>
              <th>Last used</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>
                  <TimeAgo at={token.created_at} />
                </td>
                <td>{token.last_used_at === null ? <span className="muted">never</span> : <TimeAgo at={token.last_used_at} />}</td>
                <td className="actions">
                  <ConfirmButton label="Revoke" question={`Revoke “${token.name}”?`} onConfirm={() => revoke(token)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
