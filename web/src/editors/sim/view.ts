import type { ReactFlowState } from '@xyflow/react';

/** The canvas point at the middle of the visible pane, and the zoom. */
export function viewCentre({ width, height, transform: [x, y, zoom] }: ReactFlowState): { x: number; y: number; zoom: number } {
  return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom, zoom };
}
