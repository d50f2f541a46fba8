// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/en';

async function load() {
  vi.resetModules();
  const testing = await import('@testing-library/svelte');
  const { default: SpreadExplorable } =
    await import('../../../src/widgets/spread/SpreadExplorable.svelte');
  const mount = () =>
    testing.render(SpreadExplorable, { props: { locale: 'en', strings: { ...en } } });
  return { ...testing, mount };
}

type Loaded = Awaited<ReturnType<typeof load>>;
let loaded: Loaded | undefined;

const COUNT = 'In the end, how many of the 30 people will have heard?';
// Reach by step from Tom Baker (w1) on the sample, simple spread, as worked out by hand in
// tests/unit/contagion/introduction.test.ts: steps [w1] [w2 w3] [w4 w5] [w6 w7] [s1] [s2 s3]
// [s4 s5] [s6] add up to 1, 3, 5, 7, 8, 10, 12, 13.
const REACH = [1, 3, 5, 7, 8, 10, 12, 13];
const LAST = REACH.length - 1;

function narrationFor(step: number): string {
  const count = REACH[step] ?? 0;
  if (step === LAST) {
    return `It stopped after step ${step}: ${count} of 30 people heard. Nobody else can hear it now.`;
  }
  return `Step ${step}: ${count} of 30 people ${count === 1 ? 'has' : 'have'} heard.`;
}

async function predict(view: ReturnType<Loaded['mount']>, count: string) {
  const testing = loaded as Loaded;
  await testing.fireEvent.input(view.getByLabelText(COUNT), { target: { value: count } });
  await testing.fireEvent.click(view.getByRole('button', { name: 'Lock in my prediction' }));
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  loaded?.cleanup();
  loaded = undefined;
  vi.useRealTimers();
});

// Compiling the island on first load is slow on a busy machine: generous time, asserted on nothing.
describe('SpreadExplorable', { timeout: 60_000 }, () => {
  it('shows the sample when the reader’s map has no ties, and says so', async () => {
    loaded = await load();
    const view = loaded.mount();
    expect(view.getByTestId('spread-showing').textContent).toContain(
      'On screen: the sample network of Hannah',
    );
    expect(view.getByRole('radio', { name: 'My map' })).toHaveProperty('disabled', true);
  });

  it('refuses a prediction that is not a number of people, and stays on the prediction', async () => {
    loaded = await load();
    const view = loaded.mount();
    await predict(view, '31');
    expect(view.getByRole('alert').textContent).toBe('Enter a number from 0 to 30.');
    expect(view.queryByTestId('spread-narration')).toBeNull();
  });

  it('keeps step, reset and the narration in step with a model, and never writes storage', async () => {
    loaded = await load();
    const view = loaded.mount();
    await predict(view, '12');
    const testing = loaded;
    const narration = () => view.getByTestId('spread-narration').textContent?.trim();
    const button = (name: string) => view.getByRole('button', { name }) as HTMLButtonElement;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('next', 'reset'), { maxLength: 25 }),
        async (commands) => {
          await testing.fireEvent.click(button('Reset'));
          let step = 0;
          for (const command of commands) {
            if (command === 'next') {
              expect(button('Next step').disabled).toBe(step === LAST);
              await testing.fireEvent.click(button('Next step'));
              step = Math.min(LAST, step + 1);
            } else {
              await testing.fireEvent.click(button('Reset'));
              step = 0;
            }
            expect(narration()).toBe(narrationFor(step));
          }
        },
      ),
      { numRuns: 20 },
    );
    expect(localStorage.length).toBe(0);
  });

  it('plays to the end by itself, then compares the guess with the answer', async () => {
    vi.useFakeTimers();
    loaded = await load();
    const view = loaded.mount();
    await predict(view, '12');
    await loaded.fireEvent.click(view.getByRole('button', { name: 'Play' }));
    await vi.advanceTimersByTimeAsync(900 * (LAST + 1));
    expect(view.getByTestId('spread-narration').textContent?.trim()).toBe(narrationFor(LAST));
    expect(view.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', true);
    const rows = view.getByRole('table').querySelectorAll('tbody tr');
    expect(rows[0]?.textContent).toBe('People who heard1213');
  });

  it('stops a complex spread at the edge of the team, where one bridge is not enough', async () => {
    loaded = await load();
    const view = loaded.mount();
    await loaded.fireEvent.click(view.getByRole('radio', { name: /^Complex/ }));
    await predict(view, '20');
    for (let i = 0; i < 6; i++) {
      await loaded.fireEvent.click(view.getByRole('button', { name: 'Next step' }));
    }
    // By hand (introduction.test.ts): w1 with w2, w3 at step 0, then w4, w5, w6, w7: 7 people.
    expect(view.getByTestId('spread-narration').textContent?.trim()).toBe(
      'It stopped after step 4: 7 of 30 people heard. Nobody else can hear it now.',
    );
  });
});
