// Ranges on the system clipboard as other spreadsheets put them there: tab-separated text, with
// fields that hold a tab, a line break or a quote in double quotes (LibreOffice, Excel and
// Google Sheets all read and write this), plus an HTML table for pasting into documents.

/** Rows of fields from tab-separated text; a trailing line break adds no empty row. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const input = text.replace(/\r\n?/g, '\n');
  while (i < input.length) {
    const char = input[i];
    if (char === '"' && field === '') {
      // A quoted field: up to the quote not doubled.
      let end = i + 1;
      let value = '';
      while (end < input.length) {
        if (input[end] === '"' && input[end + 1] === '"') {
          value += '"';
          end += 2;
        } else if (input[end] === '"') {
          break;
        } else {
          value += input[end++];
        }
      }
      if (end < input.length && (end + 1 === input.length || input[end + 1] === '\t' || input[end + 1] === '\n')) {
        field = value;
        i = end + 1;
        continue;
      }
      // Not a well-formed quoted field: the quote is an ordinary character.
    }
    if (char === '\t') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const quoteField = (field: string): string => (/[\t\n"]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

export function toTsv(rows: string[][]): string {
  return rows.map((row) => row.map(quoteField).join('\t')).join('\n');
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Cells as typed (formulas in A1 notation) and where they were copied from: what a paste
 *  within Tandem uses, so formulas move their relative references as in other spreadsheets. */
export interface CopiedCells {
  row: number;
  col: number;
  inputs: string[][];
}

export function toHtmlTable(rows: string[][], copied?: CopiedCells): string {
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  const data = copied ? ` data-tandem-cells="${escapeHtml(JSON.stringify(copied))}"` : '';
  return `<table${data}>${body}</table>`;
}

/** The cells a Tandem copy put on the clipboard, if the HTML is one. */
export function copiedCells(html: string): CopiedCells | null {
  if (!html.includes('data-tandem-cells')) return null;
  const table = new DOMParser().parseFromString(html, 'text/html').querySelector('table[data-tandem-cells]');
  try {
    const copied = JSON.parse(table?.getAttribute('data-tandem-cells') ?? 'null') as CopiedCells | null;
    return copied && Array.isArray(copied.inputs) ? copied : null;
  } catch {
    return null;
  }
}
