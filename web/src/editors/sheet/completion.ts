// What the formula autocomplete offers while a formula is typed: function names that start with
// the name being typed, or the signature of the function whose argument the cursor is in. Where
// the cursor is comes from the engine's own parser (IronCalc's completion context), so strings,
// nesting and sheet names are read as the engine reads them.
import { FUNCTION_HELP, type FunctionHelp } from './functionHelp';

/** IronCalc's completion context (`Model.getFormulaCompletion`), with `replace_from` counted in
 *  the whole formula (the engine counts without the leading `=`). Arguments count from 1. */
export interface CompletionContext {
  expecting: Array<'Range' | 'Other' | { FunctionName: string } | { Argument: [string, number] }>;
  replace_from: number;
}

export type FormulaHint =
  | { kind: 'names'; names: string[]; from: number }
  /** `argument` counts from 0. */
  | { kind: 'signature'; name: string; help: FunctionHelp; argument: number };

const NAMES = Object.keys(FUNCTION_HELP).sort();
const MOST_SHOWN = 8;

/** The hint for a completion context, or null when there is nothing to offer. */
export function hintFor(context: CompletionContext | null): FormulaHint | null {
  if (!context) return null;
  for (const expected of context.expecting) {
    if (typeof expected === 'object' && 'FunctionName' in expected) {
      const prefix = expected.FunctionName.toUpperCase();
      if (!prefix) continue;
      const names = NAMES.filter((name) => name.startsWith(prefix) && name !== prefix).slice(0, MOST_SHOWN);
      if (names.length > 0) return { kind: 'names', names, from: context.replace_from };
    }
  }
  for (const expected of context.expecting) {
    if (typeof expected === 'object' && 'Argument' in expected) {
      const [name, argument] = expected.Argument;
      const help = FUNCTION_HELP[name.toUpperCase()];
      if (help) return { kind: 'signature', name: name.toUpperCase(), help, argument: argument - 1 };
    }
  }
  return null;
}

/** The formula with a chosen name in place of the partial one, and where the cursor goes
 *  (inside the parentheses). */
export function acceptName(formula: string, cursor: number, from: number, name: string): { text: string; cursor: number } {
  const after = formula.slice(cursor);
  const open = after.startsWith('(') ? '' : '(';
  const text = `${formula.slice(0, from)}${name}${open}${after}`;
  return { text, cursor: from + name.length + 1 };
}

/** Which argument name a signature highlights: the last one repeats past the end ("..."). */
export function highlightedArgument(help: FunctionHelp, argument: number): number {
  const repeats = help.args[help.args.length - 1] === '...';
  if (argument < help.args.length - (repeats ? 1 : 0)) return argument;
  return repeats ? help.args.length - 2 : -1;
}
