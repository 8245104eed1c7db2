import { useState } from 'react';
import type { ValueOperator } from '../../../engine/tandem_sheets_wasm.js';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import {
  addConditionalRule,
  cellValueRule,
  colorScaleRule,
  conditionalRules,
  describeRule,
  OPERATORS,
  rangeName,
  removeConditionalRule,
  ruleRange,
} from './conditional';
import type { WorkbookLayout } from './references';
import type { Range } from './selection';
import type { Sheet } from './workbook';

export interface ConditionalDialogProps {
  sheet: Sheet;
  layout: WorkbookLayout;
  /** The selected cells: where a new rule applies. */
  range: Range;
  change: (edit: () => void) => void;
  onClose: () => void;
}

/** The sheet's conditional formats, and a new one for the selection: a fill when a cell's value
 *  passes a test, or a colour scale from lowest to highest. */
export function ConditionalDialog({ sheet, layout, range, change, onClose }: ConditionalDialogProps) {
  const [kind, setKind] = useState<'value' | 'scale'>('value');
  const [operator, setOperator] = useState<ValueOperator>('GreaterThan');
  const [value, setValue] = useState('');
  const [value2, setValue2] = useState('');
  const [fill, setFill] = useState('#ffc7ce');
  const [low, setLow] = useState('#ffffff');
  const [high, setHigh] = useState('#63be7b');
  const rules = conditionalRules(sheet);
  const between = operator === 'Between' || operator === 'NotBetween';
  const ready = kind === 'scale' || (value.trim() !== '' && (!between || value2.trim() !== ''));
  return (
    <Dialog title="Conditional formatting" onClose={onClose}>
      <div className="dialog-body conditional-dialog">
        {rules.length > 0 && (
          <ul className="conditional-rules" aria-label="Rules of this sheet">
            {rules.map((rule, index) => {
              const at = ruleRange(layout, sheet.id, rule);
              return (
                <li key={index}>
                  <span>
                    {at ? rangeName(at) : '#REF!'} · {describeRule(rule.rule)}
                  </span>
                  <button type="button" className="quiet" aria-label={`Remove rule ${index + 1}`} onClick={() => change(() => removeConditionalRule(sheet, index))}>
                    ✕
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!ready) return;
            const rule = kind === 'scale' ? colorScaleRule(low, high) : cellValueRule(operator, value.trim(), between ? value2.trim() : null, fill, null);
            change(() => addConditionalRule(sheet, range, rule));
            setValue('');
            setValue2('');
          }}
        >
          <p className="muted">New rule for {rangeName(range)}</p>
          <select aria-label="Rule type" value={kind} onChange={(event) => setKind(event.target.value as 'value' | 'scale')}>
            <option value="value">Cell value is…</option>
            <option value="scale">Colour scale</option>
          </select>
          {kind === 'value' ? (
            <div className="conditional-row">
              <select aria-label="Condition" value={operator} onChange={(event) => setOperator(event.target.value as ValueOperator)}>
                {OPERATORS.map(([op, words]) => (
                  <option key={op} value={op}>
                    {words}
                  </option>
                ))}
              </select>
              <input aria-label="Value" value={value} onChange={(event) => setValue(event.target.value)} placeholder="a number or a formula" />
              {between && <input aria-label="Second value" value={value2} onChange={(event) => setValue2(event.target.value)} />}
              <label>
                Fill <input type="color" aria-label="Rule fill colour" value={fill} onChange={(event) => setFill(event.target.value)} />
              </label>
            </div>
          ) : (
            <div className="conditional-row">
              <label>
                Lowest <input type="color" aria-label="Lowest value colour" value={low} onChange={(event) => setLow(event.target.value)} />
              </label>
              <label>
                Highest <input type="color" aria-label="Highest value colour" value={high} onChange={(event) => setHigh(event.target.value)} />
              </label>
            </div>
          )}
          <DialogActions submitLabel="Add rule" closeLabel="Done" submitDisabled={!ready} onClose={onClose} />
        </form>
      </div>
    </Dialog>
  );
}
