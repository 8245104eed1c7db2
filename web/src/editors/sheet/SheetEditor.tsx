import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type SyntheticEvent } from 'react';
import * as Y from 'yjs';
import { api } from '../../api/client';
import { useProviderStatus } from '../../collab/useProvider';
import type { EditorProps } from '../editorProps';
import { copiedCells, parseTsv, toHtmlTable, toTsv } from './clipboard';
import { evaluate, evaluateChanges, loadEngine, type CellChange, type Evaluation } from './engine';
import { fill } from './fill';
import { setColumnWidth, setRowHeight } from './formats';
import { FormatToolbar, toggleStyle } from './FormatToolbar';
import { FormulaBar } from './FormulaBar';
import { FormulaHints } from './FormulaHints';
import { acceptName, hintFor } from './completion';
import { collaboratorCell, publishSelection, remoteSelections, type RemoteSelection } from './presence';
import { cellName, shiftA1 } from './references';
import { mapRange, parseSelection, rangeOf, single, type Range, type Selection } from './selection';
import { SheetGrid, type Move } from './SheetGrid';
import { SheetTabs } from './SheetTabs';
import { useChartOverlays } from './useChartOverlays';
import { FilterBar } from './FilterBar';
import { sheetMerges } from './merges';
import { filterRange, hiddenRows, loadFilterView, newFilter, saveFilterView, setSharedFilter, sharedFilter, type StoredFilter } from './filter';
import { moveChart, removeChart, resizeChart } from './charts';
import { SheetToolbar } from './SheetToolbar';
import { sheetMaps, sheetOrder } from '../../collab/schema';
import {
  addSheet,
  cellInput,
  deleteSheet,
  duplicateSheet,
  ensureFirstSheet,
  frozen,
  moveSheet,
  rangeInputs,
  renameSheet,
  setBlock,
  setCellInput,
  setSheetColor,
  sheetNameProblem,
  usedExtent,
} from './workbook';
import { usedValues, toCsv } from './exportCsv';

/** No rows hidden: one set for every render without a filter. */
const NO_ROWS: ReadonlySet<number> = new Set();

/** The spreadsheet: a windowed grid over the document's sheets (docs/SCHEMA.md), values computed
 *  in the browser by IronCalc, others' selections in their colours. */
/** A comment thread's anchor on a sheet: one cell, by ids, so it stays on that cell. */
interface CellAnchor {
  sheet: string;
  row: string;
  col: string;
}

const isCellAnchor = (anchor: unknown): anchor is CellAnchor =>
  typeof anchor === 'object' && anchor !== null && 'sheet' in anchor && 'row' in anchor && 'col' in anchor;

export function SheetEditor({ docId, provider, readOnly, threads, activeThread, onThreadClick, onReady }: EditorProps) {
  const doc = provider.doc;
  const { synced } = useProviderStatus(provider);
  const [engineReady, setEngineReady] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [selection, setSelection] = useState<Selection>(single(0, 0));
  const [editing, setEditing] = useState<string | null>(null);
  const [remote, setRemote] = useState<RemoteSelection[]>([]);
  /** The caret's place in the text being typed, for the autocomplete. */
  const [cursor, setCursor] = useState(0);
  /** This person's own filter view of the active sheet (kept in this browser), if one is on. */
  const [view, setView] = useState<StoredFilter | null>(null);
  /** Marks this editor's transactions: undo takes back only these. */
  const origin = useMemo(() => Symbol('sheet'), []);
  const undo = useMemo(() => new Y.UndoManager([sheetMaps(doc), sheetOrder(doc)], { trackedOrigins: new Set([origin]) }), [doc, origin]);
  const latest = useRef<Evaluation | null>(null);
  /** Where the caret goes once the input shows an accepted suggestion. */
  const caretAfterAccept = useRef<number | null>(null);
  // Before the browser handles the next key: a caret set any later (a frame later, say) would
  // pull it back from under what was typed meanwhile.
  useLayoutEffect(() => {
    const caret = caretAfterAccept.current;
    if (caret === null) return;
    caretAfterAccept.current = null;
    const active = document.activeElement;
    if (active instanceof HTMLInputElement) active.setSelectionRange(caret, caret);
  }, [editing]);

  useEffect(() => {
    loadEngine().then(
      () => setEngineReady(true),
      () => setProblem('The formula engine could not be loaded; reload the page to try again.'),
    );
  }, []);

  useEffect(() => {
    if (synced && !readOnly) ensureFirstSheet(doc);
  }, [synced, readOnly, doc]);

  // Every change, local or remote, re-evaluates once the burst of updates is applied: cells
  // typed or cleared are set in the live engine model; anything else rebuilds it.
  useEffect(() => {
    if (!engineReady) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let changes: CellChange[] = [];
    let rebuild = false;
    const run = () => {
      timer = null;
      let next: Evaluation;
      if (rebuild || !latest.current) {
        latest.current?.dispose();
        next = evaluate(doc);
      } else {
        next = evaluateChanges(latest.current, changes);
      }
      changes = [];
      rebuild = false;
      latest.current = next;
      setEvaluation(next);
    };
    const schedule = () => {
      timer ??= setTimeout(run, 0);
    };
    const observe = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
      for (const event of events) {
        const [sheetId, part] = event.path;
        if (event.path.length === 2 && part === 'cells' && typeof sheetId === 'string') {
          event.keys.forEach((_, key) => changes.push({ sheetId, key }));
        } else {
          rebuild = true;
        }
      }
      schedule();
    };
    const reorder = () => {
      rebuild = true;
      schedule();
    };
    run();
    sheetMaps(doc).observeDeep(observe);
    sheetOrder(doc).observe(reorder);
    return () => {
      sheetMaps(doc).unobserveDeep(observe);
      sheetOrder(doc).unobserve(reorder);
      if (timer) clearTimeout(timer);
      latest.current?.dispose();
      latest.current = null;
    };
  }, [engineReady, doc]);

  const sheet = evaluation?.sheets[Math.min(sheetIndex, evaluation.sheets.length - 1)] ?? null;
  const layout = evaluation?.layout ?? null;
  const activeIndex = sheet ? evaluation!.sheets.indexOf(sheet) : 0;
  const rows = sheet?.rows.length ?? 0;
  const cols = sheet?.cols.length ?? 0;
  const sheetId = sheet?.id;

  useEffect(() => setView(sheetId ? loadFilterView(docId, sheetId) : null), [docId, sheetId]);

  // The filter in force: one's own view first, else the shared one; and the rows it hides.
  const filter = useMemo(() => {
    if (!sheet || !layout) return null;
    const value = view ?? sharedFilter(sheet);
    const range = value && filterRange(layout, sheet.id, value);
    return value && range ? { value, range, personal: view !== null } : null;
    // The shared filter is in the document: a new evaluation follows every change of it.
  }, [sheet, layout, view, evaluation]); // eslint-disable-line react-hooks/exhaustive-deps
  const merges = useMemo(() => (sheet && layout ? sheetMerges(sheet, layout) : []), [sheet, layout, evaluation]); // eslint-disable-line react-hooks/exhaustive-deps
  const hidden = useMemo(
    () =>
      filter && layout && evaluation
        ? hiddenRows(filter.value, filter.range, (id) => layout.colIndex(sheetId!, id), (row, col) => evaluation.display(activeIndex, row, col))
        : NO_ROWS,
    [filter, layout, evaluation, activeIndex, sheetId],
  );

  // Others' selections follow the document and their awareness.
  useEffect(() => {
    if (!sheet || !layout) return;
    const update = () => setRemote(remoteSelections(provider.awareness, sheet.id, layout));
    update();
    provider.awareness.on('change', update);
    return () => provider.awareness.off('change', update);
  }, [provider, sheet, layout]);

  useEffect(() => {
    if (sheet && layout && selection.row < rows && selection.col < cols) {
      publishSelection(provider.awareness, sheet.id, selection, layout);
    }
  }, [provider, sheet, layout, selection, rows, cols]);

  const change = useCallback((edit: () => void) => doc.transact(edit, origin), [doc, origin]);

  const commit = (move: Move) => {
    if (editing !== null && sheet && layout) {
      change(() => setCellInput(sheet, selection.row, selection.col, editing.trim() === '' ? '' : editing, layout));
    }
    setEditing(null);
    const delta = { down: [1, 0], up: [-1, 0], right: [0, 1], left: [0, -1], none: [0, 0] }[move];
    let row = Math.max(0, Math.min(rows - 1, selection.row + delta[0]));
    while (hidden.has(row) && row + delta[0] >= 0 && row + delta[0] < rows && delta[0] !== 0) row += delta[0];
    const col = Math.max(0, Math.min(cols - 1, selection.col + delta[1]));
    setSelection(single(row, col));
  };

  const clear = (range: Range) => {
    if (!sheet || !layout) return;
    change(() => {
      for (let row = range.top; row <= range.bottom; row++) {
        for (let col = range.left; col <= range.right; col++) setCellInput(sheet, row, col, '', layout);
      }
    });
  };

  const fillTo = (target: Range) => {
    if (!sheet || !layout) return;
    const source = rangeOf(selection);
    const block = rangeInputs(sheet, source, layout);
    const down = target.bottom > source.bottom;
    const added = down ? fill(block, 'down', target.bottom - source.bottom) : fill(block, 'right', target.right - source.right);
    change(() =>
      added.forEach((line, r) =>
        line.forEach((input, c) => {
          const row = down ? source.bottom + 1 + r : source.top + r;
          const col = down ? source.left + c : source.right + 1 + c;
          setCellInput(sheet, row, col, input, layout);
        }),
      ),
    );
    setSelection({ row: source.top, col: source.left, anchorRow: target.bottom, anchorCol: target.right });
  };

  const copy = (event: ClipboardEvent, cut: boolean) => {
    if (!evaluation || !sheet || !layout) return;
    const range = rangeOf(selection);
    const values = mapRange(range, (row, col) => evaluation.display(activeIndex, row, col));
    const inputs = rangeInputs(sheet, range, layout);
    // Other applications get the shown values; a paste in Tandem gets the formulas.
    event.clipboardData.setData('text/plain', toTsv(values));
    event.clipboardData.setData('text/html', toHtmlTable(values, { row: range.top, col: range.left, inputs }));
    event.preventDefault();
    if (cut) clear(range);
  };

  const paste = (event: ClipboardEvent) => {
    if (!sheet) return;
    const top = Math.min(selection.row, selection.anchorRow);
    const left = Math.min(selection.col, selection.anchorCol);
    const copied = copiedCells(event.clipboardData.getData('text/html'));
    const values = copied
      ? copied.inputs.map((line) => line.map((input) => shiftA1(input, top - copied.row, left - copied.col)))
      : parseTsv(event.clipboardData.getData('text/plain'));
    if (values.length === 0) return;
    event.preventDefault();
    change(() => setBlock(doc, sheet, top, left, values));
    setSelection({ row: top, col: left, anchorRow: top + values.length - 1, anchorCol: left + Math.max(...values.map((l) => l.length)) - 1 });
  };

  // What the page around the editor may ask of it.
  const handle = useRef({ evaluation, activeIndex, selection, setSheetIndex, setSelection });
  handle.current = { evaluation, activeIndex, selection, setSheetIndex, setSelection };
  useEffect(() => {
    onReady({
      commentTarget() {
        const { evaluation: current, activeIndex: index, selection: at } = handle.current;
        const sheet = current?.sheets[index];
        const row = sheet?.rows.get(at.row);
        const col = sheet?.cols.get(at.col);
        if (!current || !sheet || row === undefined || col === undefined) return null;
        const anchor: CellAnchor = { sheet: sheet.id, row, col };
        const shown = current.display(index, at.row, at.col);
        return { anchor, quote: shown ? `${cellName(at.row, at.col)}: ${shown}` : cellName(at.row, at.col) };
      },
      revealAnchor(anchor) {
        const current = handle.current.evaluation;
        if (!current || !isCellAnchor(anchor)) return false;
        const row = current.layout.rowIndex(anchor.sheet, anchor.row);
        const col = current.layout.colIndex(anchor.sheet, anchor.col);
        if (row === undefined || col === undefined) return false;
        handle.current.setSheetIndex(current.sheets.findIndex((s) => s.id === anchor.sheet));
        handle.current.setSelection(single(row, col));
        return true;
      },
      revealCollaborator(clientId) {
        const current = handle.current.evaluation;
        const cell = current && collaboratorCell(provider.awareness, clientId, current.layout);
        if (!current || !cell) return false;
        handle.current.setSheetIndex(current.sheets.findIndex((s) => s.id === cell.sheetId));
        handle.current.setSelection(single(cell.row, cell.col));
        return true;
      },
      exports: [
        {
          label: 'Excel workbook (.xlsx)',
          extension: 'xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          // Written on the server, from what it has stored, by the same engine.
          contents: async () =>
            new Blob([(await api.workbookXlsx(docId)).slice().buffer], {
              type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            }),
        },
        {
          label: 'CSV of this sheet (.csv)',
          extension: 'csv',
          mimeType: 'text/csv',
          contents: () => {
            const current = handle.current.evaluation;
            if (!current) return '';
            return toCsv(usedValues(current, handle.current.activeIndex));
          },
        },
      ],
    });
    return () => onReady(null);
  }, [onReady, provider, docId]);

  const chartOverlays = useChartOverlays(evaluation, sheet, activeIndex, readOnly || !sheet ? null : (id) => change(() => removeChart(sheet, id)));

  if (problem) return <p className="notice">{problem}</p>;
  if (!sheet || !layout || !evaluation) return <p className="muted loading">Loading the spreadsheet…</p>;

  // Cells with open comment threads on this sheet, by position, and the thread to open.
  const commented = new Map<string, string>();
  for (const thread of threads) {
    if (thread.resolved || !isCellAnchor(thread.anchor) || thread.anchor.sheet !== sheet.id) continue;
    const row = layout.rowIndex(sheet.id, thread.anchor.row);
    const col = layout.colIndex(sheet.id, thread.anchor.col);
    if (row !== undefined && col !== undefined) commented.set(`${row}:${col}`, thread.id);
  }
  const range = rangeOf(selection);
  const location =
    range.top === range.bottom && range.left === range.right
      ? cellName(selection.row, selection.col)
      : `${cellName(range.top, range.left)}:${cellName(range.bottom, range.right)}`;
  const input = editing ?? cellInput(sheet, selection.row, selection.col, layout);
  const hint = editing !== null ? hintFor(evaluation.completion(editing, Math.min(cursor, editing.length))) : null;
  const pickHint = (name: string) => {
    if (hint?.kind !== 'names' || editing === null) return;
    const accepted = acceptName(editing, Math.min(cursor, editing.length), hint.from, name);
    setEditing(accepted.text);
    setCursor(accepted.cursor);
    caretAfterAccept.current = accepted.cursor;
  };
  const acceptHint = () => {
    if (hint?.kind !== 'names') return false;
    pickHint(hint.names[0]);
    return true;
  };
  const trackCursor = (event: SyntheticEvent<HTMLInputElement>) => setCursor(event.currentTarget.selectionStart ?? 0);

  return (
    <div className="sheet-editor-shell" data-testid="editor" data-readonly={readOnly}>
      {!readOnly && (
        <FormatToolbar
          doc={doc}
          merges={merges}
          sheet={sheet}
          selection={selection}
          format={evaluation.format(activeIndex, selection.row, selection.col)}
          change={change}
          layout={layout}
        />
      )}
      <div className="toolbar sheet-toolbar" role="toolbar" aria-label="Filter">
        <FilterBar
          filter={filter}
          col={selection.col}
          colId={sheet.cols.get(selection.col)}
          shown={(row, col) => evaluation.display(activeIndex, row, col)}
          readOnly={readOnly}
          onCreate={(personal) => {
            const selected = rangeOf(selection);
            const used = usedExtent(sheet);
            const target = selected.bottom > selected.top ? selected : used && { top: 0, left: 0, bottom: used.bottom, right: used.right };
            if (!target) return;
            const created = newFilter(sheet, target);
            if (personal) {
              setView(created);
              saveFilterView(docId, sheet.id, created);
            } else {
              change(() => setSharedFilter(sheet, created));
            }
          }}
          onChange={(next) => {
            if (filter?.personal) {
              setView(next);
              saveFilterView(docId, sheet.id, next);
            } else {
              change(() => setSharedFilter(sheet, next));
            }
          }}
        />
      </div>
      {!readOnly && (
        <SheetToolbar
          doc={doc}
          sheet={sheet}
          selection={selection}
          change={change}
          onSelect={setSelection}
          layout={layout}
          columnValues={(col, top, bottom) => evaluation.columnValues(activeIndex, col, top, bottom)}
        />
      )}
      <FormulaBar
        location={location}
        value={input}
        readOnly={readOnly}
        onChange={(value) => setEditing(value)}
        onCommit={() => commit('none')}
        onCancel={() => setEditing(null)}
        onCursor={trackCursor}
        onAcceptHint={acceptHint}
        onJump={(where) => {
          const target = parseSelection(where, rows, cols);
          if (!target) return false;
          setEditing(null);
          setSelection(target);
          document.querySelector<HTMLElement>('[data-testid=sheet-grid]')?.focus();
          return true;
        }}
      />
      <div className="formula-hints-anchor">
        <FormulaHints hint={hint} onPick={pickHint} />
      </div>
      <div className="sheet-body">
        <SheetGrid
          rows={rows}
          cols={cols}
          display={(row, col) => evaluation.display(activeIndex, row, col)}
          cellStyle={(row, col) => {
            const own = evaluation.css(activeIndex, row, col);
            const heading = filter && row === filter.range.top && col >= filter.range.left && col <= filter.range.right;
            return heading ? { ...own, boxShadow: 'inset 0 -2px #34a853' } : own;
          }}
          hiddenRows={hidden}
          rowHeights={evaluation.heights(activeIndex)}
          onResizeRow={(row, height) => change(() => setRowHeight(sheet, row, height))}
          merges={merges}
          widths={evaluation.widths(activeIndex)}
          frozenRows={frozen(sheet).rows}
          frozenCols={frozen(sheet).cols}
          onResizeColumn={(col, width) => change(() => setColumnWidth(sheet, col, width))}
          onToggleStyle={(path) => change(() => toggleStyle(sheet, selection, evaluation.format(activeIndex, selection.row, selection.col), path))}
          selection={selection}
          editing={editing}
          remote={remote}
          readOnly={readOnly}
          commented={(row, col) => commented.get(`${row}:${col}`) ?? null}
          activeThread={activeThread}
          onSelect={(next) => {
            setEditing(null);
            setSelection(next);
            const thread = commented.get(`${next.row}:${next.col}`);
            if (thread && next.row === next.anchorRow && next.col === next.anchorCol) onThreadClick(thread);
          }}
          onStartEdit={(initial) => setEditing(initial ?? cellInput(sheet, selection.row, selection.col, layout))}
          onEditChange={setEditing}
          onEditCursor={trackCursor}
          onAcceptHint={acceptHint}
          onCommit={commit}
          onCancel={() => setEditing(null)}
          onClear={clear}
          onFill={fillTo}
          onUndo={() => undo.undo()}
          onRedo={() => undo.redo()}
          onCopy={copy}
          onPaste={paste}
          overlays={chartOverlays}
          onMoveOverlay={(id, row, col) => change(() => moveChart(sheet, id, row, col))}
          onResizeOverlay={(id, width, height) => change(() => resizeChart(sheet, id, width, height))}
        />
      </div>
      <SheetTabs
        tabs={evaluation.sheets.map((s) => ({ name: s.name(), color: s.color() }))}
        active={activeIndex}
        readOnly={readOnly}
        onSelect={(index) => {
          setSheetIndex(index);
          setSelection(single(0, 0));
        }}
        onAdd={() => {
          change(() => addSheet(doc));
          setSheetIndex(evaluation.sheets.length);
          setSelection(single(0, 0));
        }}
        onRename={(index, name) => {
          const target = evaluation.sheets[index];
          const problem = sheetNameProblem(doc, target.id, name);
          if (!problem && name.trim() !== target.name()) change(() => renameSheet(target, name));
          return problem;
        }}
        onDuplicate={(index) => {
          change(() => duplicateSheet(doc, evaluation.sheets[index]));
          setSheetIndex(index + 1);
          setSelection(single(0, 0));
        }}
        onMove={(from, to) => {
          change(() => moveSheet(doc, evaluation.sheets[from].id, to));
          setSheetIndex(to);
        }}
        onColor={(index, color) => change(() => setSheetColor(evaluation.sheets[index], color))}
        onDelete={(index) => {
          const target = evaluation.sheets[index];
          if (!window.confirm(`Delete the sheet ${target.name()}? Formulas that use it will show #REF!.`)) return;
          change(() => deleteSheet(doc, target.id));
          setSheetIndex(Math.max(0, index - 1));
          setSelection(single(0, 0));
        }}
      />
    </div>
  );
}
