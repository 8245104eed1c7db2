import { useState, type MouseEvent } from 'react';
import { ConditionalDialog } from './ConditionalDialog';
import { BORDER_CHOICES, clearFormats, NUMBER_FORMATS, setBorders, setFormat, type BorderChoice, type CellFormat, type StylePath } from './formats';
import type * as Y from 'yjs';
import { mergeRange, unmergeRange } from './merges';
import { rangeOf, type Range, type Selection } from './selection';
import type { WorkbookLayout } from './references';
import type { Sheet } from './workbook';

export interface FormatToolbarProps {
  doc: Y.Doc;
  /** The sheet's merged blocks. */
  merges: Range[];
  sheet: Sheet;
  selection: Selection;
  /** The active cell's format: what the toggles show. */
  format: CellFormat | undefined;
  /** Runs an edit as this editor's own (undoable) change. */
  change: (edit: () => void) => void;
  layout: WorkbookLayout;
}

const TOGGLES: ReadonlyArray<[path: StylePath, label: string, title: string]> = [
  ['font.b', 'B', 'Bold (Ctrl+B)'],
  ['font.i', 'I', 'Italic (Ctrl+I)'],
  ['font.u', 'U', 'Underline (Ctrl+U)'],
  ['font.strike', 'S', 'Strikethrough'],
];

const ALIGNMENTS: ReadonlyArray<[value: string, label: string]> = [
  ['left', 'Left'],
  ['center', 'Center'],
  ['right', 'Right'],
];

/** Flips an on/off attribute for the selection, from the active cell's state (as Google
 *  Sheets does): off is stored as no entry at all. */
export function toggleStyle(sheet: Sheet, selection: Selection, format: CellFormat | undefined, path: StylePath): void {
  setFormat(sheet, rangeOf(selection), path, format?.[path] === 'true' ? null : 'true');
}

/** Bold, italic, underline, strikethrough, colours, alignment, wrapping and number formats for
 *  the selected cells. */
export function FormatToolbar({ doc, merges, sheet, selection, format, change, layout }: FormatToolbarProps) {
  const [conditional, setConditional] = useState(false);
  const range = rangeOf(selection);
  const set = (path: StylePath, value: string | null) => change(() => setFormat(sheet, range, path, value));
  const keepFocus = (event: MouseEvent) => event.preventDefault();
  return (
    <div className="toolbar sheet-toolbar sheet-format-toolbar" role="toolbar" aria-label="Format">
      {TOGGLES.map(([path, label, title]) => (
        <button
          key={path}
          className={`sheet-format-${path.slice(5)}${format?.[path] === 'true' ? ' active' : ''}`}
          aria-pressed={format?.[path] === 'true'}
          title={title}
          data-testid={`format-${path.slice(5)}`}
          onMouseDown={keepFocus}
          onClick={() => change(() => toggleStyle(sheet, selection, format, path))}
        >
          {label}
        </button>
      ))}
      <label className="sheet-colour" title="Text colour">
        A
        <input
          type="color"
          aria-label="Text colour"
          data-testid="format-color"
          value={format?.['font.color'] ?? '#000000'}
          onChange={(event) => set('font.color', event.target.value)}
        />
      </label>
      <label className="sheet-colour" title="Fill colour">
        Fill
        <input
          type="color"
          aria-label="Fill colour"
          data-testid="format-fill"
          value={format?.['fill.fg_color'] ?? '#ffffff'}
          onChange={(event) => set('fill.fg_color', event.target.value)}
        />
      </label>
      {ALIGNMENTS.map(([value, label]) => (
        <button
          key={value}
          className={format?.['alignment.horizontal'] === value ? 'active' : undefined}
          aria-pressed={format?.['alignment.horizontal'] === value}
          title={`Align ${label.toLowerCase()}`}
          data-testid={`align-${value}`}
          onMouseDown={keepFocus}
          onClick={() => set('alignment.horizontal', format?.['alignment.horizontal'] === value ? null : value)}
        >
          {label}
        </button>
      ))}
      <button
        className={format?.['alignment.wrap_text'] === 'true' ? 'active' : undefined}
        aria-pressed={format?.['alignment.wrap_text'] === 'true'}
        title="Wrap text"
        onMouseDown={keepFocus}
        onClick={() => change(() => toggleStyle(sheet, selection, format, 'alignment.wrap_text'))}
      >
        Wrap
      </button>
      <select
        aria-label="Number format"
        data-testid="number-format"
        value={format?.num_fmt ?? 'general'}
        onChange={(event) => set('num_fmt', event.target.value === 'general' ? null : event.target.value)}
      >
        {NUMBER_FORMATS.map(([label, value]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
        {format?.num_fmt && !NUMBER_FORMATS.some(([, value]) => value === format.num_fmt) && (
          <option value={format.num_fmt}>{format.num_fmt}</option>
        )}
      </select>
      <button
        title={'Custom number format, as in Excel (e.g. 0.0%, #,##0 "kg", dd/mm/yyyy)'}
        onMouseDown={keepFocus}
        onClick={() => {
          const custom = window.prompt('Number format (as in Excel)', format?.num_fmt ?? '#,##0.00');
          if (custom && custom.trim()) set('num_fmt', custom.trim());
        }}
      >
        Custom…
      </button>
      {merges.some((block) => block.top <= range.bottom && range.top <= block.bottom && block.left <= range.right && range.left <= block.right) ? (
        <button title="Split merged cells" onMouseDown={keepFocus} onClick={() => change(() => unmergeRange(sheet, range, layout))}>
          Unmerge
        </button>
      ) : (
        <button
          title="Merge the selected cells (only the top-left value stays)"
          disabled={range.top === range.bottom && range.left === range.right}
          onMouseDown={keepFocus}
          onClick={() => change(() => mergeRange(doc, sheet, range, layout))}
        >
          Merge cells
        </button>
      )}
      <select
        aria-label="Borders"
        data-testid="borders"
        value=""
        onChange={(event) => event.target.value && change(() => setBorders(sheet, range, event.target.value as BorderChoice))}
      >
        <option value="">Borders…</option>
        {BORDER_CHOICES.map(([choice, label]) => (
          <option key={choice} value={choice}>
            {label}
          </option>
        ))}
      </select>
      <button title="Clear formatting" data-testid="format-clear" onMouseDown={keepFocus} onClick={() => change(() => clearFormats(sheet, range))}>
        Clear format
      </button>
      <button title="Colour cells by their values" onMouseDown={keepFocus} onClick={() => setConditional(true)}>
        Conditional formatting
      </button>
      {conditional && <ConditionalDialog sheet={sheet} layout={layout} range={range} change={change} onClose={() => setConditional(false)} />}
    </div>
  );
}
