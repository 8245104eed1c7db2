// The simulation editor's shared state: the diagram (read from the document after every change),
// the catalog, what is selected, others' presence, and the run as the server reports it (metrics
// frames, kept as series for the charts). The document stays the truth; this is derived from it
// and from the server. Components read it through `useSim`.
import { createContext, useContext, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { api, describeError, type SimCatalog, type SimFailureKind, type SimFrame, type SimRun, type SimSweep } from '../../api/client';
import type { TandemProvider } from '../../collab/provider';
import { simComponents, simEdges, simScenario } from '../../collab/schema';
import { loadCatalog } from './catalog';
import { readDiagram, type Diagram } from './diagram';
import { revivesEndedRun, statusIsNewer } from './runStatus';

/** The awareness field (docs/SIM.md), in canvas coordinates; `viewport` is the point at the
 *  centre of the person's view and their zoom. */
export interface SimPresence {
  pointer: { x: number; y: number } | null;
  selected: string[];
  viewport: { x: number; y: number; zoom: number } | null;
}

export interface Collaborator extends SimPresence {
  clientId: number;
  name: string;
  color: string;
}

export interface Selection {
  components: string[];
  edge: string | null;
}

/** One component's metrics over simulated time, aligned with `Series.t`; null where it had
 *  none (it was added during the run). */
export interface ComponentSeries {
  throughput: (number | null)[];
  p99: (number | null)[];
  /** In per cent. */
  utilization: (number | null)[];
  queue: (number | null)[];
}

export interface Series {
  runId: string | null;
  /** Simulated seconds of each point. */
  t: number[];
  components: Map<string, ComponentSeries>;
}

export interface SimState {
  diagram: Diagram;
  catalog: SimCatalog | null;
  catalogProblem: string | null;
  selection: Selection;
  collaborators: Collaborator[];
  run: SimRun | null;
  frame: SimFrame | null;
  series: Series;
  /** Bumped whenever `series` grew, for the charts. */
  seriesVersion: number;
  /** The run's events so far, oldest first (a frame may carry only the latest ones). */
  events: SimFrame['events'];
  sweep: SimSweep | null;
  sweeping: boolean;
  /** The last run action that failed, in words. */
  problem: string | null;
  canUndo: boolean;
  canRedo: boolean;
}

/** Points kept per chart: at one frame per simulated second, a whole default run. */
const MAX_POINTS = 1200;
const MAX_EVENTS = 200;
/** Awareness changes (pointer moves) are sent at most this often. */
const PRESENCE_INTERVAL_MS = 50;

const emptySeries = (runId: string | null): Series => ({ runId, t: [], components: new Map() });

export class SimStore {
  readonly doc: Y.Doc;
  /** Marks this editor's transactions: undo takes back only these. */
  readonly origin = Symbol('sim');
  private readonly undoManager: Y.UndoManager;
  private state: SimState;
  private listeners = new Set<() => void>();
  private cleanups: (() => void)[] = [];
  private presence: SimPresence = { pointer: null, selected: [], viewport: null };
  private presenceTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor(
    private readonly provider: TandemProvider,
    private readonly docId: string,
  ) {
    this.doc = provider.doc;
    const types = [simComponents<unknown>(this.doc), simEdges<unknown>(this.doc), simScenario(this.doc)];
    this.undoManager = new Y.UndoManager(types, { trackedOrigins: new Set([this.origin]) });
    this.state = {
      diagram: readDiagram(this.doc),
      catalog: null,
      catalogProblem: null,
      selection: { components: [], edge: null },
      collaborators: [],
      run: null,
      frame: null,
      series: emptySeries(null),
      seriesVersion: 0,
      events: [],
      sweep: null,
      sweeping: false,
      problem: null,
      canUndo: false,
      canRedo: false,
    };

    const reread = () => this.set({ diagram: readDiagram(this.doc) });
    types.forEach((type) => type.observeDeep(reread));
    this.cleanups.push(() => types.forEach((type) => type.unobserveDeep(reread)));

    const stacks = () => this.set({ canUndo: this.undoManager.canUndo(), canRedo: this.undoManager.canRedo() });
    this.undoManager.on('stack-item-added', stacks);
    this.undoManager.on('stack-item-popped', stacks);
    this.undoManager.on('stack-cleared', stacks);
    this.cleanups.push(() => this.undoManager.destroy());

    const awareness = provider.awareness;
    const others = () => this.set({ collaborators: collaboratorsOf(provider) });
    awareness.on('change', others);
    this.cleanups.push(() => awareness.off('change', others));
    others();

    this.cleanups.push(provider.onSimFrame((frame) => this.takeFrame(frame)));
    const latest = provider.latestSimFrame();
    if (latest) this.takeFrame(latest);
    this.refresh();

    loadCatalog().then(
      (catalog) => this.set({ catalog, catalogProblem: null }),
      (e: unknown) => this.set({ catalogProblem: describeError(e, 'The list of components could not be loaded') }),
    );
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SimState => this.state;

  destroy(): void {
    this.destroyed = true;
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    this.cleanups.forEach((cleanup) => cleanup());
    this.listeners.clear();
  }

  /** Runs `edit` as one transaction of this editor (undoable, sent as one update). */
  change = (edit: () => void): void => {
    this.doc.transact(edit, this.origin);
  };

  undo = (): void => {
    this.undoManager.undo();
  };

  redo = (): void => {
    this.undoManager.redo();
  };

  select(patch: Partial<Selection>): void {
    const next = { ...this.state.selection, ...patch };
    const current = this.state.selection;
    if (next.edge === current.edge && sameIds(next.components, current.components)) return;
    this.set({ selection: next });
    if (!sameIds(next.components, this.presence.selected)) this.publish({ selected: next.components });
  }

  /** Shares this person's pointer, selection or view with the others, a few times a second. */
  publish(patch: Partial<SimPresence>): void {
    this.presence = { ...this.presence, ...patch };
    if (this.presenceTimer) return;
    this.presenceTimer = setTimeout(() => {
      this.presenceTimer = null;
      this.provider.awareness.setLocalStateField('sim', this.presence);
    }, PRESENCE_INTERVAL_MS);
  }

  // The run. Each call is answered by the next metrics frame as well; asking for the status
  // afterwards shows the change at once even if the socket is slow.

  start(speed: number): Promise<void> {
    return this.act(() => api.simRun(this.docId, speed), 'The simulation could not start');
  }

  control(action: 'pause' | 'resume' | 'stop' | 'speed', speed?: number): Promise<void> {
    return this.act(() => api.simControl(this.docId, action, speed), 'The run could not be changed');
  }

  fail(kind: SimFailureKind, target: string, factor?: number): Promise<void> {
    return this.act(() => api.simFail(this.docId, kind, target, factor), 'The failure could not be injected');
  }

  heal(failureId: string): Promise<void> {
    return this.act(() => api.simHeal(this.docId, failureId), 'The failure could not be healed');
  }

  async sweep(): Promise<void> {
    this.set({ sweeping: true, problem: null });
    try {
      this.set({ sweep: await api.simSweep(this.docId), sweeping: false });
    } catch (e) {
      this.set({ sweeping: false, problem: describeError(e, 'The load sweep did not finish') });
    }
  }

  /** The run as the server has it now (on opening: a run may be going already). */
  async refresh(): Promise<void> {
    try {
      const { run, frame } = await api.simStatus(this.docId);
      if (frame) this.takeFrame(frame);
      if (statusIsNewer(this.state.run, run)) this.set({ run });
    } catch {
      // The frames over the socket bring the same news; a failed look is not worth a message.
    }
  }

  private async act(call: () => Promise<unknown>, what: string): Promise<void> {
    this.set({ problem: null });
    try {
      await call();
    } catch (e) {
      this.set({ problem: describeError(e, what) });
    }
    await this.refresh();
  }

  private takeFrame(frame: SimFrame): void {
    const current = this.state.frame;
    // The status answer may be older than a frame that arrived meanwhile.
    if (current && current.run.id === frame.run.id && frame.run.simTime < current.run.simTime) return;
    if (revivesEndedRun(this.state.run, frame.run)) return;
    let series = this.state.series;
    const newRun = series.runId !== frame.run.id;
    if (newRun) series = emptySeries(frame.run.id);
    const grew = appendFrame(series, frame);
    this.set({
      frame,
      run: frame.run,
      events: mergeEvents(newRun ? [] : this.state.events, frame.events),
      series,
      seriesVersion: this.state.seriesVersion + (grew ? 1 : 0),
    });
  }

  private set(patch: Partial<SimState>): void {
    if (this.destroyed) return;
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((listener) => listener());
  }
}

/** Adds a frame's values at its simulated time; false when that time is not past the last one. */
function appendFrame(series: Series, frame: SimFrame): boolean {
  const t = frame.run.simTime;
  if (series.t.length > 0 && t <= series.t[series.t.length - 1]) return false;
  if (series.t.length >= MAX_POINTS) {
    const drop = series.t.length - MAX_POINTS + 1;
    series.t.splice(0, drop);
    series.components.forEach((s) => Object.values(s).forEach((values: (number | null)[]) => values.splice(0, drop)));
  }
  const index = series.t.length;
  series.t.push(t);
  for (const [id, metrics] of Object.entries(frame.components)) {
    let s = series.components.get(id);
    if (!s) {
      // A component that appeared during the run has no values before it.
      const gap = () => new Array<number | null>(index).fill(null);
      s = { throughput: gap(), p99: gap(), utilization: gap(), queue: gap() };
      series.components.set(id, s);
    }
    s.throughput.push(metrics.throughput);
    s.p99.push(metrics.p99);
    s.utilization.push(metrics.utilization * 100);
    s.queue.push(metrics.queue);
  }
  series.components.forEach((s) => {
    Object.values(s).forEach((values: (number | null)[]) => {
      if (values.length < series.t.length) values.push(null);
    });
  });
  return true;
}

function mergeEvents(known: SimFrame['events'], incoming: SimFrame['events']): SimFrame['events'] {
  const key = (e: SimFrame['events'][number]) => `${e.t}|${e.component}|${e.message}`;
  const seen = new Set(known.map(key));
  const added = incoming.filter((e) => !seen.has(key(e)));
  return added.length === 0 ? known : [...known, ...added].sort((a, b) => a.t - b.t).slice(-MAX_EVENTS);
}

function collaboratorsOf(provider: TandemProvider): Collaborator[] {
  const list: Collaborator[] = [];
  provider.awareness.getStates().forEach((state, clientId) => {
    if (clientId === provider.awareness.clientID) return;
    const user = state.user as { name?: string; color?: string } | undefined;
    const sim = (state.sim ?? {}) as Partial<SimPresence>;
    list.push({
      clientId,
      name: user?.name ?? 'Someone',
      color: user?.color ?? '#60646c',
      pointer: sim.pointer ?? null,
      selected: Array.isArray(sim.selected) ? sim.selected : [],
      viewport: sim.viewport ?? null,
    });
  });
  return list;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

export const SimContext = createContext<SimStore | null>(null);

/** The editor's state and the store that changes it. */
export function useSim(): [SimState, SimStore] {
  const store = useContext(SimContext);
  if (!store) throw new Error('useSim outside a simulation editor');
  return [useSyncExternalStore(store.subscribe, store.getSnapshot), store];
}
