import { useMemo } from 'react';
import type * as Y from 'yjs';
import { readDiagram } from './diagram';

const WIDTH = 190;
const HEIGHT = 56;
const MARGIN = 20;

/** A diagram as a plain picture (a version in the history panel): boxes, names and edges. */
export function DiagramPreview({ doc }: { doc: Y.Doc }) {
  const diagram = useMemo(() => readDiagram(doc), [doc]);
  const at = new Map(diagram.components.map((c) => [c.id, c]));
  const xs = diagram.components.map((c) => c.x);
  const ys = diagram.components.map((c) => c.y);
  const left = Math.min(0, ...xs) - MARGIN;
  const top = Math.min(0, ...ys) - MARGIN;
  const width = Math.max(WIDTH, ...xs.map((x) => x + WIDTH)) - left + MARGIN;
  const height = Math.max(HEIGHT, ...ys.map((y) => y + HEIGHT)) - top + MARGIN;
  return (
    <svg className="sim-preview" viewBox={`${left} ${top} ${width} ${height}`} width="100%" data-testid="version-preview">
      {diagram.edges.map((edge) => {
        const from = at.get(edge.from)!;
        const to = at.get(edge.to)!;
        return <line key={edge.id} x1={from.x + WIDTH} y1={from.y + HEIGHT / 2} x2={to.x} y2={to.y + HEIGHT / 2} stroke="#8b8d98" strokeWidth="2" />;
      })}
      {diagram.components.map((c) => (
        <g key={c.id}>
          <rect x={c.x} y={c.y} width={WIDTH} height={HEIGHT} rx="8" fill="white" stroke="#c9ccd2" strokeWidth="2" />
          <text x={c.x + 12} y={c.y + 24} fontSize="15" fontWeight="600" fill="#1c2024">
            {c.name}
          </text>
          <text x={c.x + 12} y={c.y + 44} fontSize="12" fill="#60646c">
            {c.type}
          </text>
        </g>
      ))}
    </svg>
  );
}
