import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeInsights, insightSteps, type Insights } from '../../../../src/lib/metrics/insights';
import { updateInsights, type InsightsState } from '../../../../src/lib/metrics/insights-update';
import { movePerson } from '../../../../src/lib/network/change-person';
import type { Network } from '../../../../src/lib/network/network';
import { RINGS, type Ring } from '../../../../src/lib/network/person';
import { addTie } from '../../../../src/lib/network/tie-ops';
import {
  latestRun,
  type LatestRun,
  type RunTiming,
} from '../../../../src/widgets/network-map/latest-run';
import { buildNetwork, person } from '../../network/build-network';

/**
 * A page whose paints and pauses happen when the test says so: each wait is parked until `tick`
 * lets every parked wait go on, and the clock moves only when the test moves it.
 */
function controlledPage(budget = 0) {
  let parked: (() => void)[] = [];
  const park = () => new Promise<void>((resolve) => parked.push(resolve));
  const timing: Partial<RunTiming> = { afterPaint: park, pause: park, now: () => 0, budget };
  return {
    timing,
    get waiting() {
      return parked.length;
    },
    /** Lets the parked waits go on, and the work after them run up to its next wait. */
    async tick() {
      const now = parked;
      parked = [];
      for (const resolve of now) resolve();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    async rest() {
      for (let guard = 0; parked.length > 0 && guard < 1000; guard++) await this.tick();
    },
  };
}

// Vietnamese names repeat: two "Nguyễn Văn Anh" at one workplace are two people.
const start = buildNetwork(
  [
    person('p1', { name: 'Nguyễn Văn Anh', contexts: ['workplace'], ring: 'inner' }),
    person('p2', { name: 'Nguyễn Văn Anh', contexts: ['workplace'], ring: 'close' }),
    person('p3', { name: 'Trần Thị Bích', contexts: ['school'], preference: 'open' }),
    person('p4', { name: 'Lê Minh Châu', contexts: ['family'], knowsAbout: ['y tế'] }),
    person('p5', { name: 'Phạm Quốc Dũng', contexts: ['online'], needs: ['y tế'] }),
  ],
  ['p1-p2', 'p3=p4'],
  { issues: ['y tế'] },
);
const ids = start.people.map((p) => p.id);

type Action =
  | { kind: 'move'; id: string; ring: Ring }
  | { kind: 'tie'; a: string; b: string }
  | { kind: 'tick' }
  | { kind: 'flush' };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('move' as const),
    id: fc.constantFrom(...ids),
    ring: fc.constantFrom(...RINGS),
  }),
  fc
    .tuple(fc.constantFrom(...ids), fc.constantFrom(...ids))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ kind: 'tie' as const, a, b })),
  fc.constant({ kind: 'tick' as const }),
  fc.constant({ kind: 'flush' as const }),
);

function edit(network: Network, step: Action): Network {
  if (step.kind === 'move') return movePerson(network, step.id, { ring: step.ring });
  if (step.kind === 'tie') return addTie(network, step.a, step.b, 'weak');
  return network;
}

/**
 * Requests figures for the first map, then plays the actions (edits, paints, flushes) as the
 * reader and the page would, and lets the page rest; `edited` hears of each new map before its
 * request. Returns the last map.
 */
async function replay(
  actions: Action[],
  figures: LatestRun<Network>,
  page: ReturnType<typeof controlledPage>,
  edited: (network: Network) => void = () => undefined,
): Promise<Network> {
  let latest = start;
  figures.request(latest);
  for (const step of actions) {
    if (step.kind === 'tick') await page.tick();
    else if (step.kind === 'flush') figures.flush();
    else {
      latest = edit(latest, step);
      edited(latest);
      figures.request(latest);
    }
  }
  await page.rest();
  return latest;
}

describe('latestRun: the map figures worked out after an edit', () => {
  it('shows, once the reader rests, the figures a synchronous computation gives for the last edit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
        const page = controlledPage();
        const reports: { network: Network; insights: Insights; latest: Network }[] = [];
        let latest = start;
        const figures = latestRun(
          insightSteps,
          (network, insights) => reports.push({ network, insights, latest }),
          page.timing,
        );
        latest = await replay(actions, figures, page, (next) => (latest = next));
        // Never the figures of a map that had already changed again when they were reported.
        for (const report of reports) expect(report.network).toBe(report.latest);
        // The last edit wins, and its figures equal those worked out in one go.
        expect(reports.at(-1)?.network).toBe(latest);
        expect(reports.at(-1)?.insights).toEqual(computeInsights(latest));
        expect(figures.pending).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the figures right when each run starts from the last figures reported, some at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(action, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 0, max: 4 }),
        async (actions, eager) => {
          const page = controlledPage(2);
          let clock = 0;
          let last: InsightsState | undefined;
          // As on the map: the figures of an edit are worked out from the last ones shown.
          const figures = latestRun(
            (network: Network) => updateInsights(last, network),
            (_network, state) => (last = state),
            { ...page.timing, now: () => (clock += 1), eager },
          );
          const latest = await replay(actions, figures, page);
          expect(last?.network).toBe(latest);
          expect(last?.insights).toEqual(computeInsights(latest));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('drops a run overtaken by a newer edit at its next pause, without finishing it', async () => {
    const page = controlledPage();
    const advanced: string[] = [];
    function* counted(label: string): Generator<undefined, string> {
      for (let part = 1; part <= 3; part++) {
        advanced.push(`${label}${part}`);
        yield;
      }
      return label;
    }
    const done: string[] = [];
    const run = latestRun(counted, (_label, result) => done.push(result), page.timing);
    run.request('first');
    await page.tick(); // painted: the first run does its first part, then pauses
    expect(advanced).toEqual(['first1']);
    run.request('second');
    await page.rest();
    expect(advanced).toEqual(['first1', 'second1', 'second2', 'second3']);
    expect(done).toEqual(['second']);
  });

  it('waits for the paint after the edit before doing any work', async () => {
    const page = controlledPage();
    const done: number[] = [];
    const run = latestRun(
      function* (n: number) {
        yield;
        return n * 2;
      },
      (_n, doubled) => done.push(doubled),
      page.timing,
    );
    run.request(21);
    expect(run.pending).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toEqual([]);
    await page.rest();
    expect(done).toEqual([42]);
    expect(run.pending).toBe(false);
  });

  it('works through a long computation in slices of its time budget', async () => {
    let clock = 0;
    let pauses = 0;
    const run = latestRun(
      function* () {
        for (let part = 0; part < 10; part++) {
          clock += 5; // each part takes 5 ms
          yield;
        }
        return 'done';
      },
      () => undefined,
      {
        afterPaint: () => Promise.resolve(),
        pause: () => {
          pauses += 1;
          return Promise.resolve();
        },
        now: () => clock,
        budget: 12,
      },
    );
    run.request(undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // 50 ms of work in slices of at most 15 ms (three 5 ms parts): three pauses between four slices.
    expect(pauses).toBe(3);
    expect(run.pending).toBe(false);
  });

  it('reports at once, before the paint, work that fits in the eager budget', () => {
    let clock = 0;
    const done: string[] = [];
    const run = latestRun(
      function* (text: string) {
        clock += 1;
        yield;
        clock += 1;
        return text.toUpperCase();
      },
      (_text, result) => done.push(result),
      {
        afterPaint: () => new Promise<void>(() => undefined), // a paint that never comes
        now: () => clock,
        eager: 4,
      },
    );
    run.request('moved');
    expect(done).toEqual(['MOVED']);
    expect(run.pending).toBe(false);
  });

  it('does what the eager budget allows at once and the rest after the paint, each part once', async () => {
    const page = controlledPage(100);
    let clock = 0;
    const advanced: number[] = [];
    const done: number[] = [];
    const run = latestRun(
      function* () {
        for (let part = 1; part <= 4; part++) {
          advanced.push(part);
          clock += 3; // each part takes 3 ms
          yield;
        }
        return advanced.length;
      },
      (_input, parts) => done.push(parts),
      { ...page.timing, now: () => clock, eager: 5 },
    );
    run.request(undefined);
    // Two parts (6 ms) reach the 5 ms budget: the rest waits for the paint.
    expect(advanced).toEqual([1, 2]);
    expect(done).toEqual([]);
    await page.rest();
    expect(advanced).toEqual([1, 2, 3, 4]);
    expect(done).toEqual([4]);
  });

  it('finishes on flush the run already under way, without starting it again', () => {
    const page = controlledPage();
    let clock = 0;
    const advanced: number[] = [];
    const done: number[] = [];
    const run = latestRun(
      function* () {
        for (let part = 1; part <= 3; part++) {
          advanced.push(part);
          clock += 10;
          yield;
        }
        return 3;
      },
      (_input, parts) => done.push(parts),
      { ...page.timing, now: () => clock, eager: 5 },
    );
    run.request(undefined);
    run.flush();
    expect(advanced).toEqual([1, 2, 3]);
    expect(done).toEqual([3]);
    expect(run.pending).toBe(false);
  });

  it('gives nothing once cancelled (the map was closed)', async () => {
    const page = controlledPage();
    const done: string[] = [];
    const run = latestRun(
      function* (text: string) {
        yield;
        return text;
      },
      (text) => done.push(text),
      page.timing,
    );
    run.request('edit');
    run.cancel();
    await page.rest();
    expect(done).toEqual([]);
    expect(run.pending).toBe(false);
    run.flush();
    expect(done).toEqual([]);
  });
});
