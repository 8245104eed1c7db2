// Conditional formatting (docs/SCHEMA.md): each sheet's `conditionalFormats` array holds its rules
// in priority order, as JSON: the range by row and column ids (so it follows inserts and
// deletes) and the rule in IronCalc's own input form, which the browser's engine and the server's
// (XLSX export) both apply as they are.
import * as Y from 'yjs';
import type { CfRuleInput, ValueOperator } from '../../../engine/tandem_sheets_wasm.js';
import { cellName, type WorkbookLayout } from './references';
import type { Range } from './selection';
import { parseStored } from './storedJson';
import { fromIdRange, toIdRange, type IdRange } from './idRange';
import { sheetChild, type Sheet } from './workbook';

export interface ConditionalRule {
  range: IdRange;
  rule: CfRuleInput;
}

/** The operators offered for "cell value is …", with how they read. */
export const OPERATORS: ReadonlyArray<[ValueOperator, string]> = [
  ['GreaterThan', 'greater than'],
  ['GreaterThanOrEqual', 'greater than or equal to'],
  ['LessThan', 'less than'],
  ['LessThanOrEqual', 'less than or equal to'],
  ['Equal', 'equal to'],
  ['NotEqual', 'not equal to'],
  ['Between', 'between'],
  ['NotBetween', 'not between'],
];

const rulesOf = (sheet: Sheet): Y.Array<string> => sheetChild(sheet, 'conditionalFormats', () => new Y.Array<string>());

/** The sheet's rules in priority order; one this version cannot read is skipped. */
export function conditionalRules(sheet: Sheet): ConditionalRule[] {
  const rules = sheet.map.get('conditionalFormats') as Y.Array<string> | undefined;
  return (rules?.toArray() ?? []).flatMap((json) => {
    const parsed = parseStored<ConditionalRule>(json);
    return parsed?.range && parsed.rule ? [parsed] : [];
  });
}

export function addConditionalRule(sheet: Sheet, range: Range, rule: CfRuleInput): void {
  const stored: ConditionalRule = { range: toIdRange(sheet, range), rule };
  rulesOf(sheet).push([JSON.stringify(stored)]);
}

export function removeConditionalRule(sheet: Sheet, index: number): void {
  rulesOf(sheet).delete(index, 1);
}

/** Where a rule's range is now; null when a corner's row or column is gone. */
export const ruleRange = (layout: WorkbookLayout, sheetId: string, rule: ConditionalRule): Range | null => fromIdRange(layout, sheetId, rule.range);

export const rangeName = (range: Range): string => `${cellName(range.top, range.left)}:${cellName(range.bottom, range.right)}`;

/** "Cell value is …": the cells that match get a fill (and a text colour). */
export function cellValueRule(operator: ValueOperator, value: string, value2: string | null, fill: string, color: string | null): CfRuleInput {
  return {
    type: 'CellIs',
    operator,
    formula: value,
    formula2: operator === 'Between' || operator === 'NotBetween' ? value2 : null,
    format: { fill: { color: fill }, ...(color ? { font: { color } } : {}) },
    stop_if_true: false,
  };
}

/** A two-colour scale from the lowest value to the highest. */
export function colorScaleRule(low: string, high: string): CfRuleInput {
  return {
    type: 'ColorScale',
    thresholds: [
      { cfvo: 'Min', color: low },
      { cfvo: 'Max', color: high },
    ],
  };
}

/** A rule in words, for the list of rules. */
export function describeRule(rule: CfRuleInput): string {
  if (rule.type === 'ColorScale') return 'Colour scale';
  if (rule.type === 'CellIs') {
    const words = OPERATORS.find(([op]) => op === rule.operator)?.[1] ?? rule.operator;
    return `Value ${words} ${rule.formula}${rule.formula2 !== null ? ` and ${rule.formula2}` : ''}`;
  }
  // Rules of other kinds come from imported files.
  return (rule as { type: string }).type;
}
