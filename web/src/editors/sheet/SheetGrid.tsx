import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import { MIN_COL_WIDTH, MIN_ROW_HEIGHT, type StylePath } from './formats';
import { cellName, columnName } from './references';
import type { RemoteSelection } from './presence';
import { mergeAt } from './merges';
import { contains, moved, rangeOf, single, type Range, type Selection } from './selection';

export const ROW_HEIGHT = 24;
const HEADER_HEIGHT = 24;
const ROW_HEADER_WIDTH = 52;
/** Rows and columns drawn beyond the visible ones, so a fast scroll shows no blank edge. */
const OVERSCAN = 4;

/** Keyboard shortcuts for on/off formats, with Ctrl (or Cmd). */
const STYLE_KEYS: Record<string, StylePath> = { b: 'font.b', i: 'font.i', u: 'font.u' };

export type Move = 'down' | 'up' | 'right' | 'left' | 'none';

export interface SheetGridProps {
  /** Rows with a height of their own (pixels), by row. */
  rowHeights: ReadonlyMap<number, number>;
  /** A row's height was dragged to `height` pixels. */
  onResizeRow: (row: number, height: number) => void;
  /** Merged blocks: each drawn as its top-left cell across the block. */
  merges: Range[];
  /** Rows a filter hides: not drawn, skipped by the arrow keys. */
  hiddenRows: ReadonlySet<number>;
  rows: number;
  cols: number;
  /** The value a cell shows. */
  display: (row: number, col: number) => string;
  /** How a cell looks (its format); undefined for a plain cell. */
  cellStyle: (row: number, col: number) => CSSProperties | undefined;
  /** Each column's width in pixels. */
  widths: number[];
  /** Rows and columns that stay in view while the rest scrolls. */
  frozenRows: number;
  frozenCols: number;
  /** A column's edge was dragged to a new width. */
  onResizeColumn: (col: number, width: number) => void;
  /** Ctrl+B, Ctrl+I or Ctrl+U. */
  onToggleStyle: (path: StylePath) => void;
  selection: Selection;
  /** The text being typed into the active cell; null when not editing. */
  editing: string | null;
  remote: RemoteSelection[];
  /** The open comment thread on a cell, if any: marked in its corner. */
  commented: (row: number, col: number) => string | null;
  activeThread: string | null;
  readOnly: boolean;
  onSelect: (selection: Selection) => void;
  /** Starts editing the active cell: with `initial` replacing its content, or (null) with it. */
  onStartEdit: (initial: string | null) => void;
  onEditChange: (value: string) => void;
  /** Where the caret is in the cell being typed into (for the autocomplete). */
  onEditCursor: (event: SyntheticEvent<HTMLInputElement>) => void;
  /** Tab while typing: takes the autocomplete's first suggestion; false when there is none. */
  onAcceptHint: () => boolean;
  onCommit: (move: Move) => void;
  onCancel: () => void;
  onClear: (range: Range) => void;
  /** The fill handle was dragged: extend the selection's contents to `target`. */
  onFill: (target: Range) => void;
  onUndo: () => void;
  onRedo: () => void;
  onCopy: (event: ClipboardEvent, cut: boolean) => void;
  onPaste: (event: ClipboardEvent) => void;
  /** What floats over the cells (charts), each with its top-left corner at a cell. */
  overlays: GridOverlay[];
  /** An overlay was dragged by its handle until its top-left corner was over this cell. */
  onMoveOverlay: (id: string, row: number, col: number) => void;
  /** An overlay's lower-right corner was dragged to a new size. */
  onResizeOverlay: (id: string, width: number, height: number) => void;
}

/** Something drawn over the cells; an element in `node` marked `data-drag-handle` moves it. */
export interface GridOverlay {
  id: string;
  row: number;
  col: number;
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  node: ReactNode;
}

/** An overlay being moved (by dx, dy) or resized (by the same amounts), until the drag ends. */
interface OverlayDrag {
  id: string;
  resize: boolean;
  startX: number;
  startY: number;
  dx: number;
  dy: number;
}

/** The last of the first `count` edges (ascending) at or before `position`: which row or column it falls in. */
function lastEdgeAtOrBefore(edges: ArrayLike<number>, count: number, position: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (edges[middle] <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Moves a selection that landed on a hidden row on to the next shown row in the direction it
 *  went (back the other way at the sheet's edge). */
function skipHidden(next: Selection | null, from: Selection, extend: boolean, hidden: ReadonlySet<number>, rows: number): Selection | null {
  if (!next || hidden.size === 0) return next;
  const key = extend ? 'anchorRow' : 'row';
  const before = extend ? from.anchorRow : from.row;
  let row = next[key];
  const step = row >= before ? 1 : -1;
  while (hidden.has(row) && row + step >= 0 && row + step < rows) row += step;
  while (hidden.has(row) && row - step >= 0 && row - step < rows) row -= step;
  return extend ? { ...next, anchorRow: row } : single(row, next.col);
}

/** The cell grid, windowed: only the rows and columns in view (and a few around) are in the
 *  DOM, so a sheet of 100,000 rows scrolls like one of 100. */
export function SheetGrid(props: SheetGridProps) {
  const { rows, cols, display, selection, editing, remote, readOnly } = props;
  /** A column being resized, shown at its new width until the drag ends. */
  const [resizing, setResizing] = useState<{ col: number; startX: number; startWidth: number; width: number } | null>(null);
  const widths = useMemo(() => {
    if (!resizing) return props.widths;
    const copy = props.widths.slice();
    copy[resizing.col] = resizing.width;
    return copy;
  }, [props.widths, resizing]);
  /** Each column's left edge (and the total width at the end), for positions and hit tests. */
  const lefts = useMemo(() => {
    const edges = [ROW_HEADER_WIDTH];
    for (let col = 0; col < cols; col++) edges.push(edges[col] + (widths[col] ?? MIN_COL_WIDTH));
    return edges;
  }, [widths, cols]);
  /** The column under an x position of the canvas. */
  const columnAt = (x: number): number => lastEdgeAtOrBefore(lefts, cols, x);
  const width = (col: number) => lefts[col + 1] - lefts[col];
  /** The rows shown, in order, when a filter hides some; null when all are shown. */
  const visible = useMemo(() => {
    if (props.hiddenRows.size === 0) return null;
    const list: number[] = [];
    for (let row = 0; row < rows; row++) if (!props.hiddenRows.has(row)) list.push(row);
    return list;
  }, [props.hiddenRows, rows]);
  const shownCount = visible ? visible.length : rows;
  /** A row's place among the shown rows (a hidden row: the place of the next shown one). */
  const slot = (row: number): number => {
    if (!visible) return row;
    let low = 0;
    let high = visible.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (visible[middle] < row) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const rowAtSlot = (place: number): number => (visible ? (visible[Math.max(0, Math.min(place, visible.length - 1))] ?? 0) : place);
  /** A row being resized, shown at its new height until the drag ends. */
  const [resizingRow, setResizingRow] = useState<{ row: number; startY: number; startHeight: number; height: number } | null>(null);
  const height = (row: number): number =>
    resizingRow?.row === row ? resizingRow.height : (props.rowHeights.get(row) ?? ROW_HEIGHT);
  /** Each shown row's top edge by its place (and the canvas height at the end). */
  const tops = useMemo(() => {
    const edges = new Float64Array(shownCount + 1);
    edges[0] = HEADER_HEIGHT;
    for (let place = 0; place < shownCount; place++) edges[place + 1] = edges[place] + height(rowAtSlot(place));
    return edges;
    // `height` and `rowAtSlot` read only these.
  }, [shownCount, visible, props.rowHeights, resizingRow]); // eslint-disable-line react-hooks/exhaustive-deps
  /** The place of the shown row under a y position of the canvas. */
  const slotAt = (canvasY: number): number => lastEdgeAtOrBefore(tops, shownCount, canvasY);
  const frozenRows = Math.min(props.frozenRows, rows);
  /** How many of the frozen rows a filter leaves shown: the places that do not scroll. */
  const frozenSlots = slot(frozenRows);
  const frozenCols = Math.min(props.frozenCols, cols);
  /** Where a row's and a column's cells are drawn: frozen ones move with the scroll. */
  const y = (row: number) => tops[slot(row)] + (row < frozenRows ? view.top : 0);
  const x = (col: number) => lefts[col] + (col < frozenCols ? view.left : 0);
  const host = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, left: 0, width: 800, height: 600 });
  const dragging = useRef(false);
  const fillDrag = useRef(false);
  /** Where a fill handle drag would extend the selection to. */
  const [filling, setFilling] = useState<Range | null>(null);

  useLayoutEffect(() => {
    const element = host.current!;
    const measure = () =>
      setView({ top: element.scrollTop, left: element.scrollLeft, width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, []);

  // Keeps the active cell in view as the keyboard moves it.
  useEffect(() => {
    const element = host.current!;
    // The scrolling part starts below the frozen rows and right of the frozen columns.
    const fixedHeight = tops[frozenSlots];
    const fixedWidth = lefts[frozenCols] ?? ROW_HEADER_WIDTH;
    const top = tops[slot(selection.row)];
    const bottom = top + height(selection.row);
    const left = lefts[selection.col] ?? ROW_HEADER_WIDTH;
    const right = lefts[selection.col + 1] ?? left;
    if (selection.row >= frozenRows) {
      if (top - fixedHeight < element.scrollTop) element.scrollTop = top - fixedHeight;
      else if (bottom > element.scrollTop + element.clientHeight) element.scrollTop = bottom - element.clientHeight;
    }
    if (selection.col >= frozenCols) {
      if (left - fixedWidth < element.scrollLeft) element.scrollLeft = left - fixedWidth;
      else if (right > element.scrollLeft + element.clientWidth) element.scrollLeft = right - element.clientWidth;
    }
    // Only a move of the active cell scrolls; a column resized elsewhere does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection.row, selection.col]);

  // Back to the grid after editing, so the keyboard keeps working.
  useEffect(() => {
    if (editing === null && document.activeElement?.closest('.sheet-grid') === host.current) host.current?.focus();
  }, [editing]);

  const firstSlot = Math.max(0, slotAt(view.top + HEADER_HEIGHT) - OVERSCAN);
  const lastSlot = Math.min(shownCount - 1, slotAt(view.top + view.height) + OVERSCAN);
  const firstCol = Math.max(0, columnAt(view.left + ROW_HEADER_WIDTH) - OVERSCAN);
  const lastCol = Math.min(cols - 1, columnAt(view.left + view.width) + OVERSCAN);
  const range = rangeOf(selection);

  const cellAt = (event: MouseEvent): { row: number; col: number } | null => {
    const box = host.current!.getBoundingClientRect();
    return cellInView(event.clientX - box.left, event.clientY - box.top);
  };
  /** The cell at a point of the viewport (-1 for a header); frozen rows and columns do not scroll. */
  const cellInView = (viewX: number, viewY: number): { row: number; col: number } | null => {
    if (viewX < ROW_HEADER_WIDTH && viewY < HEADER_HEIGHT) return null;
    const canvasY = viewY < tops[frozenSlots] ? viewY : viewY + host.current!.scrollTop;
    const canvasX = viewX < lefts[frozenCols] ? viewX : viewX + host.current!.scrollLeft;
    return {
      row: viewY < HEADER_HEIGHT ? -1 : rowAtSlot(slotAt(canvasY)),
      col: viewX < ROW_HEADER_WIDTH ? -1 : columnAt(canvasX),
    };
  };

  const onMouseDown = (event: MouseEvent) => {
    if ((event.target as HTMLElement).tagName === 'INPUT') return;
    const at = cellAt(event);
    if (!at) return;
    if (editing !== null) props.onCommit('none');
    if (at.row < 0) {
      // A column header: the whole column.
      props.onSelect({ row: 0, col: at.col, anchorRow: rows - 1, anchorCol: at.col });
    } else if (at.col < 0) {
      props.onSelect({ row: at.row, col: 0, anchorRow: at.row, anchorCol: cols - 1 });
    } else if (event.shiftKey) {
      props.onSelect({ ...selection, anchorRow: at.row, anchorCol: at.col });
    } else {
      props.onSelect(single(at.row, at.col));
      dragging.current = true;
    }
    event.preventDefault();
    host.current!.focus();
  };

  const startFill = (event: MouseEvent) => {
    event.stopPropagation();
    event.preventDefault();
    fillDrag.current = true;
  };

  const [overlayDrag, setOverlayDrag] = useState<OverlayDrag | null>(null);
  const startOverlayDrag = (event: MouseEvent, id: string) => {
    // A press on an overlay is not a press on the cells below it.
    event.stopPropagation();
    const target = event.target as HTMLElement;
    const resize = target.closest('[data-resize-handle]') !== null;
    if (readOnly || (!resize && !target.closest('[data-drag-handle]')) || target.closest('button')) return;
    event.preventDefault();
    setOverlayDrag({ id, resize, startX: event.clientX, startY: event.clientY, dx: 0, dy: 0 });
  };
  /** The cell an overlay's top-left corner is over: one placed past the sheet's edge (a chart
   *  beside cells in the last columns) sits on the last row or column. */
  const overlayCell = (overlay: GridOverlay): [number, number] => [Math.min(overlay.row, rows - 1), Math.min(overlay.col, cols - 1)];
  /** Where and how big an overlay is drawn now, a drag included. Like a cell, it stays put
   *  when anchored in frozen rows or columns, and otherwise scrolls, out of sight under them. */
  const overlayBox = (overlay: GridOverlay) => {
    const drag = overlayDrag?.id === overlay.id ? overlayDrag : null;
    const [dx, dy] = drag ? [drag.dx, drag.dy] : [0, 0];
    const [row, col] = overlayCell(overlay);
    const moving = drag !== null && !drag.resize;
    const left = x(col) + (moving ? dx : 0);
    const top = y(row) + (moving ? dy : 0);
    // Shown whole while it moves: dropped over frozen cells, it is anchored there, on top.
    const underRows = !moving && row >= frozenRows && frozenSlots > 0 ? Math.max(0, view.top + tops[frozenSlots] - top) : 0;
    const underCols = !moving && col >= frozenCols && frozenCols > 0 ? Math.max(0, view.left + lefts[frozenCols] - left) : 0;
    return {
      left,
      top,
      width: Math.max(overlay.minWidth, overlay.width + (drag?.resize ? dx : 0)),
      height: Math.max(overlay.minHeight, overlay.height + (drag?.resize ? dy : 0)),
      clipPath: underRows || underCols ? `inset(${underRows}px 0 0 ${underCols}px)` : undefined,
    };
  };

  const startResize = (event: MouseEvent, col: number) => {
    event.stopPropagation();
    event.preventDefault();
    setResizing({ col, startX: event.clientX, startWidth: width(col), width: width(col) });
  };

  const onMouseMove = (event: MouseEvent) => {
    if (overlayDrag) {
      // The button was let go outside the grid: the drag is dropped where it began.
      if (event.buttons === 0) setOverlayDrag(null);
      else setOverlayDrag({ ...overlayDrag, dx: event.clientX - overlayDrag.startX, dy: event.clientY - overlayDrag.startY });
      return;
    }
    if (resizing) {
      setResizing({ ...resizing, width: Math.max(MIN_COL_WIDTH, resizing.startWidth + event.clientX - resizing.startX) });
      return;
    }
    if (resizingRow) {
      setResizingRow({ ...resizingRow, height: Math.max(MIN_ROW_HEIGHT, resizingRow.startHeight + event.clientY - resizingRow.startY) });
      return;
    }
    if (fillDrag.current) {
      const at = cellAt(event);
      if (!at) return;
      const down = at.row - range.bottom;
      const right = at.col - range.right;
      if (down > 0 && down >= right) setFilling({ ...range, bottom: at.row });
      else if (right > 0) setFilling({ ...range, right: at.col });
      else setFilling(null);
      return;
    }
    if (!dragging.current || event.buttons !== 1) return;
    const at = cellAt(event);
    if (at && at.row >= 0 && at.col >= 0 && (at.row !== selection.anchorRow || at.col !== selection.anchorCol)) {
      props.onSelect({ ...selection, anchorRow: at.row, anchorCol: at.col });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (editing !== null) return;
    const ctrl = event.ctrlKey || event.metaKey;
    const page = Math.max(1, Math.floor(view.height / ROW_HEIGHT) - 1);
    const next = skipHidden(
      moved(selection, event.key, { extend: event.shiftKey, jump: ctrl, rows, cols, page }),
      selection,
      event.shiftKey,
      props.hiddenRows,
      rows,
    );
    if (next) {
      props.onSelect(next);
    } else if (event.key === 'Tab') {
      props.onSelect(moved(selection, event.shiftKey ? 'ArrowLeft' : 'ArrowRight', { extend: false, jump: false, rows, cols, page })!);
    } else if ((event.key === 'Enter' || event.key === 'F2') && !readOnly) {
      props.onStartEdit(null);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && !readOnly) {
      props.onClear(range);
    } else if (ctrl && event.key.toLowerCase() === 'z' && !readOnly) {
      if (event.shiftKey) props.onRedo();
      else props.onUndo();
    } else if (ctrl && event.key.toLowerCase() === 'y' && !readOnly) {
      props.onRedo();
    } else if (ctrl && STYLE_KEYS[event.key.toLowerCase()] && !readOnly) {
      props.onToggleStyle(STYLE_KEYS[event.key.toLowerCase()]);
    } else if (event.key.length === 1 && !ctrl && !event.altKey && !readOnly) {
      props.onStartEdit(event.key);
    } else {
      return;
    }
    event.preventDefault();
  };

  const onEditorKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Tab' && props.onAcceptHint()) {
      event.preventDefault();
      return;
    }
    const moves: Record<string, Move> = { Enter: event.shiftKey ? 'up' : 'down', Tab: event.shiftKey ? 'left' : 'right' };
    if (moves[event.key]) {
      event.preventDefault();
      props.onCommit(moves[event.key]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      props.onCancel();
    }
  };

  const span = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const shownRows = [...span(0, frozenSlots - 1), ...span(Math.max(firstSlot, frozenSlots), lastSlot)].map(rowAtSlot);
  const shownCols = [...span(0, frozenCols - 1), ...span(Math.max(firstCol, frozenCols), lastCol)];
  const cells = [];
  const box = (r: Range) => ({
    top: y(r.top),
    left: x(r.left),
    width: x(r.right) + width(r.right) - x(r.left),
    height: y(r.bottom) + height(r.bottom) - y(r.top),
  });
  for (const row of shownRows) {
    for (const col of shownCols) {
      const merged = mergeAt(props.merges, row, col);
      // A merged block is drawn once, by its top-left cell.
      if (merged && (merged.top !== row || merged.left !== col)) continue;
      const frozen = (row < frozenRows ? 1 : 0) + (col < frozenCols ? 1 : 0);
      const text = display(row, col);
      const selected = contains(range, row, col);
      const thread = props.commented(row, col);
      cells.push(
        <div
          key={`${row}:${col}`}
          className={`sheet-cell${selected ? ' selected' : ''}${/^-?[\d.,]+%?$|^#/.test(text) ? ' number' : ''}${frozen ? ` frozen frozen-${frozen}` : ''}`}
          data-cell={cellName(row, col)}
          data-thread={thread ?? undefined}
          style={{ ...(merged ? box(merged) : { top: y(row), left: x(col), width: width(col), height: height(row) }), ...props.cellStyle(row, col) }}
        >
          {text}
          {thread && <span className={`sheet-comment-mark${thread === props.activeThread ? ' active' : ''}`} aria-label="Has comments" />}
        </div>,
      );
    }
  }

  return (
    <div
      ref={host}
      className="sheet-grid"
      tabIndex={0}
      role="grid"
      aria-rowcount={rows}
      aria-colcount={cols}
      data-testid="sheet-grid"
      onMouseDown={onMouseDown}
      onMouseMove={onMouseMove}
      onMouseUp={() => {
        if (overlayDrag) {
          const overlay = props.overlays.find((o) => o.id === overlayDrag.id);
          if (overlay && (overlayDrag.dx !== 0 || overlayDrag.dy !== 0)) {
            const { left, top, width, height } = overlayBox(overlay);
            if (overlayDrag.resize) props.onResizeOverlay(overlay.id, width, height);
            else {
              const corner = cellInView(Math.max(ROW_HEADER_WIDTH, left - view.left), Math.max(HEADER_HEIGHT, top - view.top));
              if (corner) props.onMoveOverlay(overlay.id, corner.row, corner.col);
            }
          }
          setOverlayDrag(null);
        }
        if (resizing) {
          if (resizing.width !== resizing.startWidth) props.onResizeColumn(resizing.col, resizing.width);
          setResizing(null);
        }
        if (resizingRow) {
          if (resizingRow.height !== resizingRow.startHeight) props.onResizeRow(resizingRow.row, resizingRow.height);
          setResizingRow(null);
        }
        dragging.current = false;
        if (fillDrag.current && filling) props.onFill(filling);
        fillDrag.current = false;
        setFilling(null);
      }}
      onDoubleClick={() => !readOnly && props.onStartEdit(null)}
      onKeyDown={onKeyDown}
      onCopy={(event) => editing === null && props.onCopy(event, false)}
      onCut={(event) => editing === null && !readOnly && props.onCopy(event, true)}
      onPaste={(event) => editing === null && !readOnly && props.onPaste(event)}
    >
      <div className="sheet-canvas" style={{ width: lefts[cols], height: tops[shownCount] }}>
        {cells}
        {remote.map((other) => (
          <div key={other.clientId} className="sheet-remote" style={{ ...box(other.range), borderColor: other.color }} data-remote={other.name}>
            <span className="sheet-remote-name" style={{ background: other.color }}>
              {other.name}
            </span>
          </div>
        ))}
        {props.overlays.map((overlay) => (
          <div
            key={overlay.id}
            className={`sheet-overlay${overlayDrag?.id === overlay.id ? ' dragged' : ''}`}
            data-at={cellName(...overlayCell(overlay))}
            data-size={`${overlay.width}x${overlay.height}`}
            style={overlayBox(overlay)}
            onMouseDown={(event) => startOverlayDrag(event, overlay.id)}
            onDoubleClick={(event) => event.stopPropagation()}
          >
            {overlay.node}
            {!readOnly && <span className="sheet-overlay-resize" data-resize-handle data-testid="resize-overlay" title="Drag to resize" />}
          </div>
        ))}
        <div className="sheet-active" style={box(rangeOf(single(selection.row, selection.col)))} />
        {filling && <div className="sheet-filling" style={box(filling)} />}
        {!readOnly && editing === null && (
          <div
            className="sheet-fill-handle"
            data-testid="fill-handle"
            title="Drag to fill"
            onMouseDown={startFill}
            style={{ top: box(range).top + box(range).height - 4, left: box(range).left + box(range).width - 4 }}
          />
        )}
        {editing !== null && (
          <input
            className="sheet-editor"
            aria-label={`Edit ${cellName(selection.row, selection.col)}`}
            autoFocus
            value={editing}
            onChange={(event) => {
              props.onEditChange(event.target.value);
              props.onEditCursor(event);
            }}
            onSelect={props.onEditCursor}
            onKeyDown={onEditorKeyDown}
            style={box(rangeOf(single(selection.row, selection.col)))}
          />
        )}
        {shownCols.map((col) => (
          <div
            key={`c${col}`}
            className={`sheet-header column${col >= range.left && col <= range.right ? ' active' : ''}${col < frozenCols ? ' frozen' : ''}`}
            data-column={columnName(col)}
            style={{ top: view.top, left: x(col), width: width(col), height: HEADER_HEIGHT }}
          >
            {columnName(col)}
            {!readOnly && (
              <span
                className="sheet-col-resize"
                data-testid={`resize-${columnName(col)}`}
                title="Drag to resize the column"
                onMouseDown={(event) => startResize(event, col)}
              />
            )}
          </div>
        ))}
        {shownRows.map((row) => (
          <div
            key={`r${row}`}
            className={`sheet-header row${row >= range.top && row <= range.bottom ? ' active' : ''}${row < frozenRows ? ' frozen' : ''}`}
            style={{ top: y(row), left: view.left, width: ROW_HEADER_WIDTH, height: height(row) }}
          >
            {row + 1}
            {!readOnly && (
              <span
                className="sheet-row-resize"
                data-testid={`resize-row-${row + 1}`}
                title="Drag to resize the row"
                onMouseDown={(event) => {
                  event.stopPropagation();
                  event.preventDefault();
                  setResizingRow({ row, startY: event.clientY, startHeight: height(row), height: height(row) });
                }}
              />
            )}
          </div>
        ))}
        <div className="sheet-header corner" style={{ top: view.top, left: view.left, width: ROW_HEADER_WIDTH, height: HEADER_HEIGHT }} />
      </div>
    </div>
  );
}
