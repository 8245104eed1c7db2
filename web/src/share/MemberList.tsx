import type { Role, Sharing } from '../api/client';
import { ROLES, roleLabel } from './roles';

/** Who has access: the owner, members (role editable by a manager) and pending invites. */
export function MemberList({
  sharing,
  canManage,
  userId,
  onRole,
  onRemoveMember,
  onRemoveInvite,
}: {
  sharing: Sharing;
  canManage: boolean;
  userId: string | null;
  onRole: (email: string, role: Role) => void;
  onRemoveMember: (userId: string) => void;
  onRemoveInvite: (email: string) => void;
}) {
  const you = (id: string) => (id === userId ? ' (you)' : '');
  return (
    <ul className="member-list" aria-label="People with access">
      <li data-testid="share-owner">
        <span className="person">
          <span>
            {sharing.owner.name}
            {you(sharing.owner.id)}
          </span>
          <span className="muted small">{sharing.owner.email}</span>
        </span>
        <span className="muted">Owner</span>
      </li>
      {sharing.members.map(({ user, role }) => (
        <li key={user.id} data-testid="share-member">
          <span className="person">
            <span>
              {user.name}
              {you(user.id)}
            </span>
            <span className="muted small">{user.email}</span>
          </span>
          {canManage ? (
            <>
              <select aria-label={`Role of ${user.email}`} value={role} onChange={(e) => onRole(user.email, e.target.value as Role)}>
                {ROLES.map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.label}
                  </option>
                ))}
              </select>
              <button type="button" className="quiet" aria-label={`Remove ${user.email}`} onClick={() => onRemoveMember(user.id)}>
                Remove
              </button>
            </>
          ) : (
            <span className="muted">{roleLabel(role)}</span>
          )}
        </li>
      ))}
      {sharing.invites.map((invite) => (
        <li key={invite.email} data-testid="share-invite">
          <span className="person">
            <span>{invite.email}</span>
            <span className="muted small">invited, has not signed up yet</span>
          </span>
          <span className="muted">{roleLabel(invite.role)}</span>
          {canManage && (
            <button type="button" className="quiet" aria-label={`Remove invite for ${invite.email}`} onClick={() => onRemoveInvite(invite.email)}>
              Remove
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
