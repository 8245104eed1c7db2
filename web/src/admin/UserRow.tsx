import { api, describeError, type AdminUser, type UserPatch } from '../api/client';
import { ConfirmButton } from '../ui/ConfirmButton';
import { TimeAgo } from '../ui/TimeAgo';
import { QuotaFields } from './QuotaFields';

export function UserRow({
  user,
  isSelf,
  onUpdated,
  onDeleted,
  onError,
}: {
  user: AdminUser;
  isSelf: boolean;
  onUpdated: (user: AdminUser) => void;
  onDeleted: (id: string) => void;
  onError: (message: string | null) => void;
}) {
  const update = async (patch: UserPatch): Promise<boolean> => {
    onError(null);
    try {
      onUpdated(await api.updateUser(user.id, patch));
      return true;
    } catch (e) {
      onError(describeError(e, `Could not update ${user.email}`));
      return false;
    }
  };
  const remove = async () => {
    onError(null);
    try {
      await api.deleteUser(user.id);
      onDeleted(user.id);
    } catch (e) {
      onError(describeError(e, `Could not delete ${user.email}`));
    }
  };
  // An administrator does not lock themselves out by accident; another administrator can.
  const selfNote = isSelf ? 'Not on your own account' : undefined;

  return (
    <tr className={user.disabled ? 'disabled-user' : undefined} data-testid="user-row">
      <td>
        <div className="doc-title">
          {user.name}
          {user.is_admin && <span className="badge">Admin</span>}
          {user.disabled && <span className="badge badge-warn">Disabled</span>}
        </div>
        <div className="muted">{user.email}</div>
        <div className="muted small">
          joined <TimeAgo at={user.created_at} />
        </div>
      </td>
      <td className="number-cell">{user.doc_count}</td>
      <td>
        {/* Keyed by the saved values so the fields show what the server stored after a save. */}
        <QuotaFields key={`${user.max_docs}/${user.max_doc_bytes}`} user={user} onSave={update} />
      </td>
      <td className="actions">
        <button type="button" className="quiet" onClick={() => update({ disabled: !user.disabled })} disabled={isSelf} title={selfNote}>
          {user.disabled ? 'Enable' : 'Disable'}
        </button>
        <button
          type="button"
          className="quiet"
          onClick={() => update({ is_admin: !user.is_admin })}
          disabled={isSelf && user.is_admin}
          title={selfNote}
        >
          {user.is_admin ? 'Remove admin' : 'Make admin'}
        </button>
        <ConfirmButton
          label="Delete"
          question={`Delete ${user.email} and every document they own?`}
          onConfirm={remove}
          disabled={isSelf}
          title={selfNote}
        />
      </td>
    </tr>
  );
}
