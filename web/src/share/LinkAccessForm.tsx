import type { LinkAccess } from '../api/client';
import { LINK_OPTIONS } from './roles';

/** Link sharing: off, view or edit for anyone holding the link, optionally signed-in only. */
export function LinkAccessForm({
  access,
  requiresLogin,
  canManage,
  onChange,
}: {
  access: LinkAccess;
  requiresLogin: boolean;
  canManage: boolean;
  onChange: (access: LinkAccess, requiresLogin: boolean) => void;
}) {
  const current = LINK_OPTIONS.find((o) => o.value === access)!;
  if (!canManage) {
    return (
      <p className="muted">
        Link: {current.label}
        {access && requiresLogin ? ', signed-in users only' : ''}.
      </p>
    );
  }
  return (
    <div className="link-access">
      <select
        aria-label="Link access"
        value={current.key}
        onChange={(e) => onChange(LINK_OPTIONS.find((o) => o.key === e.target.value)!.value, requiresLogin)}
      >
        {LINK_OPTIONS.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
      <label className="checkbox">
        <input type="checkbox" checked={requiresLogin} disabled={!access} onChange={(e) => onChange(access, e.target.checked)} />
        Only signed-in users
      </label>
    </div>
  );
}
