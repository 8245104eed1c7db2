import { useMemo } from 'react';
import { ChartCard } from './ChartCard';
import { chartData, chartRange, sheetCharts } from './charts';
import { rangeName } from './conditional';
import type { Evaluation } from './engine';
import type { Sheet } from './workbook';

export interface ChartsPanelProps {
  evaluation: Evaluation;
  sheet: Sheet;
  sheetIndex: number;
  /** Null for a reader, who cannot remove charts. */
  onRemove: ((id: string) => void) | null;
}

/** The sheet's charts beside the grid, each drawn from its cells' current values. */
export function ChartsPanel({ evaluation, sheet, sheetIndex, onRemove }: ChartsPanelProps) {
  // Read once per evaluation (every change of the document), not on every render.
  const charts = useMemo(
    () =>
      sheetCharts(sheet).map((chart) => {
        const range = chartRange(evaluation.layout, sheet.id, chart);
        const columns = range
          ? Array.from({ length: range.right - range.left + 1 }, (_, c) => evaluation.columnValues(sheetIndex, range.left + c, range.top, range.bottom))
          : null;
        return { chart, data: range && columns ? chartData(columns, range) : null, source: range ? rangeName(range) : '' };
      }),
    [evaluation, sheet, sheetIndex],
  );
  if (charts.length === 0) return null;
  return (
    <aside className="sheet-charts" aria-label="Charts">
      {charts.map(({ chart, data, source }) => (
        <ChartCard key={chart.id} chart={chart} data={data} source={source} onRemove={onRemove && (() => onRemove(chart.id))} />
      ))}
    </aside>
  );
}
