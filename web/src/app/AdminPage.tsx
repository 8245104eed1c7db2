import { useEffect, useState } from 'react';
import { api, describeError, type AdminUser } from '../api/client';
import { ServerStats } from '../admin/ServerStats';
import { UserRow } from '../admin/UserRow';
import { useSession } from '../session/session';
import { Header } from './Header';

export function AdminPage() {
  const { user: me } = useSession();
  const [users, setUsers] = useState<AdminUser[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isAdmin = me?.is_admin ?? false;

  useEffect(() => {
    if (!isAdmin) return;
    api.listUsers().then(setUsers, (e) => setError(describeError(e, 'Could not load the users')));
  }, [isAdmin]);

  if (!isAdmin) {
    return (
      <>
        <Header />
        <div className="page">
          <h1>Administration</h1>
          <p className="muted">This page is for administrators of this server.</p>
        </div>
      </>
    );
  }

  return (
    <>
      <Header />
      <div className="page page-wide">
        <h1>Administration</h1>
        <ServerStats />
        <section className="card" aria-labelledby="users-title">
          <h2 id="users-title">Users</h2>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          {users === null && !error && <p className="muted">Loading…</p>}
          {users && (
            <table className="table">
              <thead>
                <tr>
                  <th>User</th>
                  <th>Documents</th>
                  <th>Quotas (empty: no limit)</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {users.map((user) => (
                  <UserRow
                    key={user.id}
                    user={user}
                    isSelf={user.id === me?.id}
                    onUpdated={(next) => setUsers((list) => list?.map((u) => (u.id === next.id ? next : u)) ?? null)}
                    onDeleted={(id) => setUsers((list) => list?.filter((u) => u.id !== id) ?? null)}
                    onError={setError}
                  />
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </>
  );
}
