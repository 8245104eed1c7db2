import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';

export interface Collaborator {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
}

function collaborators(awareness: Awareness): Collaborator[] {
  const list: Collaborator[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const user = state.user as { name?: unknown; color?: unknown } | undefined;
    if (!user || typeof user.name !== 'string') return;
    list.push({
      clientId,
      name: user.name,
      color: typeof user.color === 'string' ? user.color : '#60646c',
      isSelf: clientId === awareness.clientID,
    });
  });
  // Oneself first, then the others in a stable order.
  return list.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.clientId - b.clientId);
}

/** Everyone in the document right now, from the awareness protocol. */
export function usePresence(awareness: Awareness | null): Collaborator[] {
  const [list, setList] = useState<Collaborator[]>([]);
  useEffect(() => {
    if (!awareness) return;
    const update = () => setList(collaborators(awareness));
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness]);
  return list;
}
