// Others on the board, from the awareness protocol, as Excalidraw draws them: pointer (or laser)
// with name, their selection, and the part of the board they look at (for "follow").
import type { Collaborator, SocketId } from '@excalidraw/excalidraw/types';
import type { Awareness } from 'y-protocols/awareness';

export interface BoardPresence {
  pointer?: { x: number; y: number; tool: 'pointer' | 'laser' };
  button?: 'up' | 'down';
  selectedElementIds?: Record<string, true>;
  /** The visible part of the board: [x1, y1, x2, y2] in scene coordinates. */
  viewport?: [number, number, number, number];
}

export function collaboratorsOf(awareness: Awareness): Map<SocketId, Collaborator> {
  const result = new Map<SocketId, Collaborator>();
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return;
    const user = state.user as { name?: string; color?: string } | undefined;
    const board = (state.board ?? {}) as BoardPresence;
    const color = user?.color ?? '#60646c';
    result.set(String(clientId) as SocketId, {
      id: String(clientId),
      socketId: String(clientId) as SocketId,
      username: user?.name ?? 'Someone',
      color: { background: color, stroke: color },
      pointer: board.pointer,
      button: board.button,
      selectedElementIds: board.selectedElementIds,
    });
  });
  return result;
}

export function viewportOf(awareness: Awareness, clientId: number): [number, number, number, number] | null {
  const board = awareness.getStates().get(clientId)?.board as BoardPresence | undefined;
  return board?.viewport ?? null;
}
