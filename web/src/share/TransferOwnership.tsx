import { useState } from 'react';
import type { Sharing } from '../api/client';
import { ConfirmButton } from '../ui/ConfirmButton';

/** Hands the document to a member; the previous owner stays on as an editor. */
export function TransferOwnership({ sharing, onTransfer }: { sharing: Sharing; onTransfer: (userId: string) => Promise<void> }) {
  const [target, setTarget] = useState('');
  if (sharing.members.length === 0) return null;
  const chosen = sharing.members.find((m) => m.user.id === target)?.user;
  return (
    <div className="inline-form">
      <select aria-label="New owner" value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value="">Choose a member…</option>
        {sharing.members.map(({ user }) => (
          <option key={user.id} value={user.id}>
            {user.name} ({user.email})
          </option>
        ))}
      </select>
      <ConfirmButton
        label="Transfer ownership"
        className=""
        disabled={!chosen}
        question={`Make ${chosen?.name ?? ''} the owner? You will stay as an editor.`}
        confirmLabel="Transfer"
        onConfirm={() => onTransfer(target)}
      />
    </div>
  );
}
