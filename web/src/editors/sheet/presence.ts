// Others' selections on a sheet, through awareness (docs/SCHEMA.md): published by row and column
// id, so a selection stays on its cells when rows are inserted above it.
import type { Awareness } from 'y-protocols/awareness';
import type { WorkbookLayout } from './references';
import { rangeOf, type Range, type Selection } from './selection';

/** The awareness field: `{ sheetId, rowId, colId, anchorRowId, anchorColId }`. */
export const PRESENCE_FIELD = 'sheet';

export interface SheetPresence {
  sheetId: string;
  rowId: string;
  colId: string;
  anchorRowId: string;
  anchorColId: string;
}

export interface RemoteSelection {
  clientId: number;
  name: string;
  color: string;
  range: Range;
}

export function publishSelection(awareness: Awareness, sheetId: string, selection: Selection, layout: WorkbookLayout): void {
  const sheet = layout.sheet(sheetId);
  if (!sheet) return;
  const presence: SheetPresence = {
    sheetId,
    rowId: sheet.rows[selection.row],
    colId: sheet.cols[selection.col],
    anchorRowId: sheet.rows[selection.anchorRow],
    anchorColId: sheet.cols[selection.anchorCol],
  };
  awareness.setLocalStateField(PRESENCE_FIELD, presence);
}

/** Everyone else's selection on this sheet, where their cells are now. */
export function remoteSelections(awareness: Awareness, sheetId: string, layout: WorkbookLayout): RemoteSelection[] {
  const list: RemoteSelection[] = [];
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return;
    const presence = state[PRESENCE_FIELD] as SheetPresence | undefined;
    const user = state.user as { name?: string; color?: string } | undefined;
    if (!presence || presence.sheetId !== sheetId || !user?.name) return;
    const row = layout.rowIndex(sheetId, presence.rowId);
    const col = layout.colIndex(sheetId, presence.colId);
    const anchorRow = layout.rowIndex(sheetId, presence.anchorRowId) ?? row;
    const anchorCol = layout.colIndex(sheetId, presence.anchorColId) ?? col;
    if (row === undefined || col === undefined || anchorRow === undefined || anchorCol === undefined) return;
    list.push({
      clientId,
      name: user.name,
      color: user.color ?? '#60646c',
      range: rangeOf({ row, col, anchorRow, anchorCol }),
    });
  });
  return list;
}

/** The row and column of a collaborator's active cell on a sheet, if they have one there. */
export function collaboratorCell(
  awareness: Awareness,
  clientId: number,
  layout: WorkbookLayout,
): { sheetId: string; row: number; col: number } | null {
  const presence = awareness.getStates().get(clientId)?.[PRESENCE_FIELD] as SheetPresence | undefined;
  if (!presence) return null;
  const row = layout.rowIndex(presence.sheetId, presence.rowId);
  const col = layout.colIndex(presence.sheetId, presence.colId);
  return row === undefined || col === undefined ? null : { sheetId: presence.sheetId, row, col };
}
