import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, describeError, type DocumentMeta, type LinkAccess, type Role, type Sharing } from '../api/client';
import { CopyButton } from '../ui/CopyButton';
import { Dialog } from '../ui/Dialog';
import { InviteForm } from './InviteForm';
import { LinkAccessForm } from './LinkAccessForm';
import { MemberList } from './MemberList';
import { TransferOwnership } from './TransferOwnership';

/** Who has access to a document and how the link works. Anyone with the owner role changes
 *  it; only the document's owner of record can hand it to someone else. Others read it. */
export function ShareDialog({
  meta,
  userId,
  onClose,
  onChanged,
}: {
  meta: DocumentMeta;
  userId: string | null;
  onClose: () => void;
  /** Something changed that may change the caller's own role. */
  onChanged: () => void;
}) {
  const [sharing, setSharing] = useState<Sharing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const canManage = meta.role === 'owner';
  const isOwner = userId !== null && meta.owner.id === userId;
  const link = `${window.location.origin}/d/${meta.id}`;

  const load = useCallback(async () => {
    try {
      setSharing(await api.getSharing(meta.id));
    } catch (e) {
      setError(
        e instanceof ApiError && (e.status === 403 || e.status === 404)
          ? 'Only people added to this document can see who has access.'
          : describeError(e, 'Could not load who has access'),
      );
    }
  }, [meta.id]);
  useEffect(() => {
    load();
  }, [load]);

  /** Runs a change, then shows the server's view of the result. */
  const change = async <T,>(action: () => Promise<T>, what: string): Promise<T | null> => {
    setError(null);
    try {
      const result = await action();
      await load();
      onChanged();
      return result;
    } catch (e) {
      setError(describeError(e, what));
      return null;
    }
  };

  return (
    <Dialog title={`Share “${meta.title}”`} onClose={onClose}>
      <div className="share" data-testid="share-dialog">
        {canManage && (
          <InviteForm onInvite={(email, role: Role) => change(() => api.share(meta.id, email, role), `Could not share with ${email}`)} />
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {sharing === null && !error && <p className="muted">Loading…</p>}
        {sharing && (
          <>
            <h3>People with access</h3>
            <MemberList
              sharing={sharing}
              canManage={canManage}
              userId={userId}
              onRole={(email, role) => change(() => api.share(meta.id, email, role), 'Could not change the role')}
              onRemoveMember={(id) => change(() => api.removeMember(meta.id, id), 'Could not remove the member')}
              onRemoveInvite={(email) => change(() => api.removeInvite(meta.id, email), 'Could not remove the invite')}
            />
            <h3>Link</h3>
            <LinkAccessForm
              access={sharing.link_access}
              requiresLogin={sharing.link_requires_login}
              canManage={canManage}
              onChange={(access: LinkAccess, requiresLogin) =>
                change(() => api.setLinkAccess(meta.id, access, requiresLogin), 'Could not change link access')
              }
            />
            {isOwner && sharing.members.length > 0 && (
              <>
                <h3>Transfer ownership</h3>
                <TransferOwnership
                  sharing={sharing}
                  onTransfer={async (id) => {
                    await change(() => api.transferOwnership(meta.id, id), 'Could not transfer ownership');
                  }}
                />
              </>
            )}
          </>
        )}
        <footer className="dialog-footer">
          <CopyButton text={link} label="Copy link" testId="copy-link" />
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Done
          </button>
        </footer>
      </div>
    </Dialog>
  );
}
