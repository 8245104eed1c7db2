// Formulas are stored with their references pointing at row and column ids, not positions
// (docs/SCHEMA.md), so that a row inserted or deleted by someone else never makes a formula
// point at a different cell. What people type and see is A1 notation; these functions convert
// between the two against the current order of rows and columns.
//
// Written by hand: the engine (IronCalc) parses A1 formulas but has no notion of stable ids,
// and no formula library converts references to caller-defined ids.

/** What the conversions need to know of one sheet. */
export interface SheetLayout {
  id: string;
  name: string;
  rows: readonly string[];
  cols: readonly string[];
}

/** Every sheet of the workbook, with id → position lookups built once. */
export class WorkbookLayout {
  private readonly byId = new Map<string, { sheet: SheetLayout; rows: Map<string, number>; cols: Map<string, number> }>();
  private readonly byName = new Map<string, SheetLayout>();

  constructor(readonly sheets: readonly SheetLayout[]) {
    for (const sheet of sheets) {
      this.byId.set(sheet.id, { sheet, rows: indexOf(sheet.rows), cols: indexOf(sheet.cols) });
      this.byName.set(sheet.name.toUpperCase(), sheet);
    }
  }

  sheet(id: string): SheetLayout | undefined {
    return this.byId.get(id)?.sheet;
  }

  sheetNamed(name: string): SheetLayout | undefined {
    return this.byName.get(name.toUpperCase());
  }

  rowIndex(sheetId: string, rowId: string): number | undefined {
    return this.byId.get(sheetId)?.rows.get(rowId);
  }

  colIndex(sheetId: string, colId: string): number | undefined {
    return this.byId.get(sheetId)?.cols.get(colId);
  }
}

function indexOf(ids: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, index) => map.set(id, index));
  return map;
}

/** `0 → A`, `25 → Z`, `26 → AA`. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** `A → 0`, `AA → 26`; case-insensitive. */
export function columnIndex(name: string): number {
  let n = 0;
  for (const letter of name.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}

/** `B3` for row 2, column 1 (both from 0). */
export function cellName(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

// A stored reference: ⟦[sheetId!]col,row⟧ where col is [$]colId or * (a whole row) and row is
// [$]rowId or * (a whole column). The brackets cannot be typed into a formula by accident.
const OPEN = '⟦';
const CLOSE = '⟧';
const STORED = /⟦(?:([^!⟧]+)!)?(\$?)([^,⟧]+),(\$?)([^⟧]+)⟧/g;

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?[0-9]+`;
// A cell or a range of cells, a range of whole columns, a range of whole rows. Tried only at a
// token boundary, and not before `(` (LOG10( is a function, not a cell).
const REFERENCE = new RegExp(
  String.raw`(${SHEET})?(?:(${CELL})(?::(${CELL}))?|(\$?[A-Za-z]{1,3}):(\$?[A-Za-z]{1,3})|(\$?[0-9]+):(\$?[0-9]+))(?![A-Za-z0-9_(!.])`,
  'y',
);

interface Part {
  absolute: boolean;
  index: number;
}

function parsePart(text: string, letters: boolean): Part {
  const absolute = text.startsWith('$');
  const body = absolute ? text.slice(1) : text;
  return { absolute, index: letters ? columnIndex(body) : Number(body) - 1 };
}

function parseCell(text: string): { col: Part; row: Part } {
  const match = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)$/.exec(text)!;
  return {
    col: { absolute: match[1] === '$', index: columnIndex(match[2]) },
    row: { absolute: match[3] === '$', index: Number(match[4]) - 1 },
  };
}

function unquoteSheet(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? `${name}!`
    : `'${name.replace(/'/g, "''")}'!`;
}

/** Calls `visit` for every stretch of `formula` outside string literals. */
function outsideStrings(formula: string, visit: (code: string) => string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < formula.length; i++) {
    if (formula[i] !== '"') continue;
    out += visit(formula.slice(start, i));
    let end = i + 1;
    while (end < formula.length) {
      if (formula[end] === '"' && formula[end + 1] === '"') end += 2;
      else if (formula[end] === '"') break;
      else end++;
    }
    out += formula.slice(i, end + 1);
    start = end + 1;
    i = end;
  }
  return out + visit(formula.slice(start));
}

/** Whether an input is a formula (the rest are values, stored as typed). */
export const isFormula = (input: string): boolean => input.startsWith('=') && input.length > 1;

/** A typed formula in A1 notation → the stored form, its references bound to row and column
 *  ids of the sheet they name (or `sheetId`). A reference outside the grid stays as typed. */
export function toStored(input: string, sheetId: string, layout: WorkbookLayout): string {
  if (!isFormula(input)) return input;
  return replaceReferences(input, (match) => storeReference(match, sheetId, layout));
}

/** Rewrites every A1 reference of a formula outside its string literals: `replace` gives the
 *  new text, or null to leave the reference as it is. */
function replaceReferences(formula: string, replace: (match: RegExpExecArray) => string | null): string {
  return outsideStrings(formula, (code) => {
    let out = '';
    for (let i = 0; i < code.length; ) {
      const boundary = i === 0 || !/[A-Za-z0-9_$.'⟧]/.test(code[i - 1]);
      REFERENCE.lastIndex = i;
      const match = boundary ? REFERENCE.exec(code) : null;
      const replaced = match ? replace(match) : null;
      if (match && replaced !== null) {
        out += replaced;
        i += match[0].length;
      } else {
        out += code[i];
        i++;
      }
    }
    return out;
  });
}

function storeReference(match: RegExpExecArray, sheetId: string, layout: WorkbookLayout): string | null {
  const [, prefix, first, second, colFrom, colTo, rowFrom, rowTo] = match;
  const sheet = prefix ? layout.sheetNamed(unquoteSheet(prefix)) : layout.sheet(sheetId);
  if (!sheet) return null;
  const qualifier = prefix ? `${sheet.id}!` : '';
  const token = (col: Part | null, row: Part | null): string | null => {
    const colId = col ? sheet.cols[col.index] : '*';
    const rowId = row ? sheet.rows[row.index] : '*';
    if (colId === undefined || rowId === undefined) return null;
    const c = col ? `${col.absolute ? '$' : ''}${colId}` : '*';
    const r = row ? `${row.absolute ? '$' : ''}${rowId}` : '*';
    return `${OPEN}${qualifier}${c},${r}${CLOSE}`;
  };
  let parts: Array<string | null>;
  if (first) {
    const cells = [first, second].filter(Boolean).map((text) => parseCell(text!));
    parts = cells.map((cell) => token(cell.col, cell.row));
  } else if (colFrom) {
    parts = [token(parsePart(colFrom, true), null), token(parsePart(colTo, true), null)];
  } else {
    parts = [token(null, parsePart(rowFrom, false)), token(null, parsePart(rowTo, false))];
  }
  // The second end of a range is qualified by the first's sheet only.
  if (parts.some((part) => part === null)) return null;
  return parts.map((part, i) => (i > 0 && qualifier ? part!.replace(`${OPEN}${qualifier}`, OPEN) : part)).join(':');
}

/** A stored formula → A1 notation against the current order of rows and columns. A reference
 *  to a row, column or sheet that no longer exists becomes `#REF!`, as in Excel. */
export function toA1(stored: string, sheetId: string, layout: WorkbookLayout): string {
  if (!stored.includes(OPEN)) return stored;
  return outsideStrings(stored, (code) => {
    // A range whose first end names a sheet: its second end is on that sheet too.
    let rangeSheet: string | null = null;
    return code.replace(/(⟦[^⟧]*⟧)(:?)/g, (_, token: string, colon: string) => {
      STORED.lastIndex = 0;
      const [, ownSheet, colAbs, colId, rowAbs, rowId] = STORED.exec(token)!;
      const target = ownSheet ?? rangeSheet ?? sheetId;
      const sheet = layout.sheet(target);
      const col = colId === '*' ? -1 : sheet ? layout.colIndex(target, colId) : undefined;
      const row = rowId === '*' ? -1 : sheet ? layout.rowIndex(target, rowId) : undefined;
      rangeSheet = colon ? target : null;
      if (!sheet || col === undefined || row === undefined) return `#REF!${colon}`;
      const prefix = ownSheet ? quoteSheet(sheet.name) : '';
      const colText = col < 0 ? '' : `${colAbs}${columnName(col)}`;
      const rowText = row < 0 ? '' : `${rowAbs}${row + 1}`;
      return `${prefix}${colText}${rowText}${colon}`;
    }).replace(/#REF!:\$?[A-Za-z0-9$]*|(?:'(?:[^']|'')+'!|[A-Za-z0-9_.]+!)?\$?[A-Za-z0-9$]*:#REF!/g, '#REF!');
  });
}

/** A formula in A1 notation as it reads when copied `rows` down and `cols` right: relative
 *  references move, `$` parts stay; one pushed off the sheet becomes `#REF!`, as in Excel. */
export function shiftA1(formula: string, rows: number, cols: number): string {
  if (!isFormula(formula) || (rows === 0 && cols === 0)) return formula;
  const shiftPart = (text: string, letters: boolean): string | null => {
    const { absolute, index } = parsePart(text, letters);
    const moved = absolute ? index : index + (letters ? cols : rows);
    if (moved < 0) return null;
    return `${absolute ? '$' : ''}${letters ? columnName(moved) : moved + 1}`;
  };
  const shiftCell = (text: string): string | null => {
    const [, colText, rowText] = /^(\$?[A-Za-z]{1,3})(\$?[0-9]+)$/.exec(text)!;
    const col = shiftPart(colText, true);
    const row = shiftPart(rowText, false);
    return col === null || row === null ? null : col + row;
  };
  return replaceReferences(formula, (match) => {
    const [, prefix = '', first, second, colFrom, colTo, rowFrom, rowTo] = match;
    const parts = first
      ? [first, second].filter(Boolean).map((text) => shiftCell(text!))
      : colFrom
        ? [shiftPart(colFrom, true), shiftPart(colTo, true)]
        : [shiftPart(rowFrom, false), shiftPart(rowTo, false)];
    return parts.some((part) => part === null) ? '#REF!' : prefix + parts.join(':');
  });
}
