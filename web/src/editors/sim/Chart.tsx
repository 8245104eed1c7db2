import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { clock } from './format';

interface ChartProps {
  title: string;
  /** Simulated seconds. */
  t: number[];
  values: (number | null)[];
  /** Changes whenever the arrays grew (they are extended in place). */
  version: number;
  color: string;
}

const HEIGHT = 100;

/** One metric over simulated time. */
export function Chart({ title, t, values, version, color }: ChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const made = new uPlot(
      {
        width: element.clientWidth || 260,
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false } },
        axes: [
          { size: 22, font: '10px system-ui', values: (_, ticks) => ticks.map((tick) => clock(tick)) },
          { size: 44, font: '10px system-ui' },
        ],
        series: [{}, { stroke: color, width: 1.5, fill: `${color}22`, points: { show: false } }],
      },
      [[], []],
      element,
    );
    plot.current = made;
    return () => {
      made.destroy();
      plot.current = null;
    };
  }, [color]);

  useEffect(() => {
    plot.current?.setData([t, values]);
  }, [t, values, version]);

  return (
    <figure className="sim-chart">
      <figcaption>{title}</figcaption>
      <div ref={host} />
    </figure>
  );
}
