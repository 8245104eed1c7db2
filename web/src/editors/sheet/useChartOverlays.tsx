import { useMemo } from 'react';
import { ChartCard } from './ChartCard';
import { CHART_SIZE, chartData, chartPlace, chartRange, MIN_CHART_SIZE, sheetCharts } from './charts';
import { rangeName } from './conditional';
import type { Evaluation } from './engine';
import type { GridOverlay } from './SheetGrid';
import type { Sheet } from './workbook';

/** Each chart of the sheet with where it sits and what it draws now. */
function readCharts(evaluation: Evaluation, sheet: Sheet, sheetIndex: number) {
  return sheetCharts(sheet).map((chart) => {
    const range = chartRange(evaluation.layout, sheet.id, chart);
    const columns = range
      ? Array.from({ length: range.right - range.left + 1 }, (_, c) => evaluation.columnValues(sheetIndex, range.left + c, range.top, range.bottom))
      : null;
    return {
      chart,
      place: chartPlace(evaluation.layout, sheet.id, chart, range),
      data: range && columns ? chartData(columns, range) : null,
      source: range ? rangeName(range) : '',
    };
  });
}

/** The sheet's charts, floating over the grid where they were put, each drawn from its cells'
 *  current values; none while the workbook loads. `onRemove` is null for a reader, who cannot
 *  remove charts. */
export function useChartOverlays(
  evaluation: Evaluation | null,
  sheet: Sheet | null,
  sheetIndex: number,
  onRemove: ((id: string) => void) | null,
): GridOverlay[] {
  // Read once per evaluation (every change of the document), not on every render.
  const charts = useMemo(() => (evaluation && sheet ? readCharts(evaluation, sheet, sheetIndex) : []), [evaluation, sheet, sheetIndex]);
  return charts.map(({ chart, place, data, source }) => ({
    id: chart.id,
    ...place,
    ...(chart.size ?? CHART_SIZE),
    minWidth: MIN_CHART_SIZE.width,
    minHeight: MIN_CHART_SIZE.height,
    node: <ChartCard chart={chart} data={data} source={source} onRemove={onRemove && (() => onRemove(chart.id))} />,
  }));
}
