import { useEffect, useRef } from 'react';
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ChartData, SheetChart } from './charts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, PieController, ArcElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Series colours, in order (a pie colours its slices with them). */
const PALETTE = ['#4c78a8', '#f58518', '#54a24b', '#e45756', '#72b7b2', '#eeca3b', '#b279a2', '#ff9da6', '#9d755d', '#bab0ac'];

function datasets(chart: SheetChart, data: ChartData) {
  return data.series.map((series, index) => ({
    label: series.name,
    data: series.values,
    backgroundColor: chart.type === 'pie' ? data.labels.map((_, i) => PALETTE[i % PALETTE.length]) : PALETTE[index % PALETTE.length],
    borderColor: chart.type === 'pie' ? 'white' : PALETTE[index % PALETTE.length],
  }));
}

export interface ChartCardProps {
  chart: SheetChart;
  /** Null when the chart's cells are gone. */
  data: ChartData | null;
  /** Where the data comes from, e.g. `A1:B5`. */
  source: string;
  onRemove: (() => void) | null;
}

/** One chart drawn with Chart.js, redrawn as its cells' values change. */
export function ChartCard({ chart, data, source, onRemove }: ChartCardProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<Chart | null>(null);

  useEffect(() => {
    drawn.current = new Chart(canvas.current!, {
      type: chart.type,
      data: { labels: [], datasets: [] },
      options: { animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { position: 'bottom' } } },
    });
    return () => {
      drawn.current?.destroy();
      drawn.current = null;
    };
  }, [chart.type]);

  useEffect(() => {
    const current = drawn.current;
    if (!current) return;
    current.data.labels = data?.labels ?? [];
    current.data.datasets = data ? datasets(chart, data) : [];
    current.update('none');
  }, [chart, data]);

  return (
    <figure className="sheet-chart" data-testid="sheet-chart" data-chart-type={chart.type} data-values={JSON.stringify(data?.series.map((s) => s.values) ?? [])}>
      <figcaption data-drag-handle title={onRemove ? 'Drag to move the chart' : undefined}>
        <strong>{chart.title}</strong>
        <span className="muted">{data ? source : 'Its cells were deleted'}</span>
        {onRemove && (
          <button type="button" className="quiet" aria-label={`Remove the chart ${chart.title}`} onClick={onRemove}>
            ✕
          </button>
        )}
      </figcaption>
      <div className="sheet-chart-canvas">
        <canvas ref={canvas} />
      </div>
    </figure>
  );
}
