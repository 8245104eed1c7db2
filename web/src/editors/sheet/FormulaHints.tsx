import { Fragment } from 'react';
import { highlightedArgument, type FormulaHint } from './completion';

export interface FormulaHintsProps {
  hint: FormulaHint | null;
  onPick: (name: string) => void;
}

/** The autocomplete under the formula bar: matching function names (Tab takes the first), or
 *  the signature of the function being filled in with the current argument in bold. */
export function FormulaHints({ hint, onPick }: FormulaHintsProps) {
  if (!hint) return null;
  if (hint.kind === 'names') {
    return (
      <ul className="formula-hints" role="listbox" aria-label="Functions" data-testid="formula-hints">
        {hint.names.map((name, index) => (
          <li
            key={name}
            role="option"
            aria-selected={index === 0}
            onMouseDown={(event) => {
              // Keeps the focus in the input being typed into.
              event.preventDefault();
              onPick(name);
            }}
          >
            {name}
          </li>
        ))}
      </ul>
    );
  }
  const current = highlightedArgument(hint.help, hint.argument);
  return (
    <div className="formula-hints signature" role="status" data-testid="formula-signature">
      <code>
        {hint.name}(
        {hint.help.args.map((arg, index) => (
          <Fragment key={index}>
            {index > 0 && ', '}
            {index === current ? <strong>{arg}</strong> : arg}
          </Fragment>
        ))}
        )
      </code>
      <span>{hint.help.summary}</span>
    </div>
  );
}
