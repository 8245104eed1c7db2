import type { SimCatalog, SimValue } from '../../api/client';
import { paramInfo, paramValue, shownAsPercent } from './catalog';
import type { SimComponent } from './diagram';
import { NumberField } from './NumberField';

interface ParamFieldProps {
  catalog: SimCatalog;
  component: SimComponent;
  param: string;
  readOnly: boolean;
  onChange: (value: SimValue) => void;
}

/** One parameter, edited as the catalog describes it; it shows the default until it is set. */
export function ParamField({ catalog, component, param, readOnly, onChange }: ParamFieldProps) {
  const info = paramInfo(catalog, param);
  const value = paramValue(catalog, component, param);
  const testId = `sim-param-${param}`;
  if (info.type === 'boolean') {
    return (
      <label className="checkbox" title={info.help}>
        <input type="checkbox" checked={value === true} disabled={readOnly} data-testid={testId} onChange={(e) => onChange(e.target.checked)} />
        {info.label}
      </label>
    );
  }
  if (info.type === 'choice') {
    return (
      <label title={info.help}>
        {info.label}
        <select value={String(value ?? '')} disabled={readOnly} data-testid={testId} onChange={(e) => onChange(e.target.value)}>
          {(info.choices ?? []).map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      </label>
    );
  }
  if (info.type === 'integer' || info.type === 'number') {
    const percent = shownAsPercent(info);
    return (
      <label title={info.help}>
        <span>
          {info.label}
          {(percent || info.unit) && <span className="muted"> ({percent ? '%' : info.unit})</span>}
        </span>
        <NumberField
          value={typeof value === 'number' ? value : 0}
          min={info.min}
          max={info.max}
          integer={info.type === 'integer'}
          scale={percent ? 100 : 1}
          disabled={readOnly}
          testId={testId}
          label={info.label}
          onChange={onChange}
        />
      </label>
    );
  }
  return (
    <label title={info.help}>
      {info.label}
      <input value={String(value ?? '')} disabled={readOnly} data-testid={testId} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

