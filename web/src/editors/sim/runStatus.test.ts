import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SimRun } from '../../api/client';
import { revivesEndedRun, statusIsNewer } from './runStatus';

const run = (patch: Partial<SimRun>): SimRun => ({
  id: 'r1',
  state: 'running',
  speed: 1,
  simTime: 10,
  durationS: 60,
  seed: 1,
  startedBy: 'Ada',
  problem: null,
  ...patch,
});

test('a status answer replaces an older view of the same run, or another run', () => {
  assert.ok(statusIsNewer(null, run({})));
  assert.ok(statusIsNewer(run({ simTime: 5 }), run({ simTime: 10 })));
  assert.ok(statusIsNewer(run({ state: 'running' }), run({ state: 'paused' })), 'a pause without a frame since');
  assert.ok(statusIsNewer(run({ id: 'r1', state: 'stopped' }), run({ id: 'r2', simTime: 0 })), 'a new run');
});

test('a status answer older than a frame already shown is not taken', () => {
  assert.ok(!statusIsNewer(run({ simTime: 12 }), run({ simTime: 10 })));
});

test('an ended run is not revived by an answer computed before its last frame', () => {
  assert.ok(!statusIsNewer(run({ state: 'stopped' }), run({ state: 'running' })));
  assert.ok(!statusIsNewer(run({ state: 'finished', simTime: 60 }), run({ state: 'running', simTime: 60 })));
  assert.ok(statusIsNewer(run({ state: 'stopped' }), run({ state: 'stopped' })));
});

test('no news of a run shows it going on once it has ended; a new run is news', () => {
  assert.ok(revivesEndedRun(run({ state: 'stopped' }), run({ state: 'paused' })));
  assert.ok(!revivesEndedRun(run({ state: 'paused' }), run({ state: 'running' })));
  assert.ok(!revivesEndedRun(run({ state: 'stopped' }), run({ id: 'r2' })));
  assert.ok(!revivesEndedRun(null, run({})));
});
