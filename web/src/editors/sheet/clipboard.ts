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

export function toHtmlTable(rows: string[][]): string {
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  return `<table>${body}</table>`;
}
