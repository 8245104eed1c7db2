// Numbers as the simulator's panels show them: short, with their unit.

export function rate(perSecond: number): string {
  if (!Number.isFinite(perSecond)) return '–';
  if (perSecond >= 10_000) return `${Math.round(perSecond / 1000)}k/s`;
  if (perSecond >= 1000) return `${(perSecond / 1000).toFixed(1)}k/s`;
  return `${perSecond >= 10 ? Math.round(perSecond) : Number(perSecond.toFixed(1))}/s`;
}

/** A latency; a dash for none (nothing answered in the window). */
export function ms(milliseconds: number | null): string {
  if (milliseconds === null || !Number.isFinite(milliseconds)) return '–';
  if (milliseconds >= 10_000) return `${(milliseconds / 1000).toFixed(0)} s`;
  if (milliseconds >= 1000) return `${(milliseconds / 1000).toFixed(1)} s`;
  return `${milliseconds >= 10 ? Math.round(milliseconds) : Number(milliseconds.toFixed(1))} ms`;
}

export const percent = (fraction: number | null): string =>
  fraction !== null && Number.isFinite(fraction) ? `${Math.round(fraction * 100)} %` : '–';

/** Simulated time as m:ss (or h:mm:ss). */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
