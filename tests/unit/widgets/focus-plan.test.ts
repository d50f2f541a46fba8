// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/en';

async function load() {
  vi.resetModules();
  const testing = await import('@testing-library/svelte');
  const { tick } = await import('svelte');
  const { default: FocusPlan } = await import('../../../src/widgets/FocusPlan.svelte');
  const mount = () => testing.render(FocusPlan, { props: { locale: 'en', strings: { ...en } } });
  return { ...testing, tick, mount };
}

type Loaded = Awaited<ReturnType<typeof load>>;
let loaded: Loaded | undefined;

function storedPlan(): { goals: { platform: string }[]; checkIns: { minutes: number }[] } {
  return (JSON.parse(localStorage.getItem('syn:focus-plan') ?? 'null') as { data: never }).data;
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  loaded?.cleanup();
  loaded = undefined;
  vi.useRealTimers();
});

describe('FocusPlan', () => {
  it('takes up to three goals, then says why it takes no more', async () => {
    loaded = await load();
    const view = loaded.mount();
    const add = view.getByRole('button', { name: 'Add a goal' });
    for (let goal = 0; goal < 3; goal++) {
      await loaded.fireEvent.click(view.getByRole('button', { name: 'Add a goal' }));
    }
    // The goals' fields come with their own code, fetched once there is a goal to show.
    await loaded.waitFor(() =>
      expect(
        view.getAllByRole('group').map((group) => group.querySelector('legend')?.textContent),
      ).toEqual(['Goal 1', 'Goal 2', 'Goal 3']),
    );
    expect(add.isConnected).toBe(false);
    expect(view.queryByRole('button', { name: 'Add a goal' })).toBeNull();
    expect(view.getByText(en['answers.plan.full'])).toBeTruthy();
    expect(storedPlan().goals).toHaveLength(3);
  }, 20_000);

  it('saves a goal’s platform once the reader pauses, and keeps it after a reload', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    loaded = await load();
    const view = loaded.mount();
    await loaded.fireEvent.click(view.getByRole('button', { name: 'Add a goal' }));
    const platform = await view.findByLabelText(en['answers.plan.platform']);
    await loaded.fireEvent.input(platform, { target: { value: 'LinkedIn' } });
    expect(storedPlan().goals[0]?.platform).toBe('');
    vi.advanceTimersByTime(400);
    expect(storedPlan().goals[0]?.platform).toBe('LinkedIn');
    loaded.cleanup();

    loaded = await load();
    expect(
      ((await loaded.mount().findByLabelText(en['answers.plan.platform'])) as HTMLInputElement)
        .value,
    ).toBe('LinkedIn');
  });

  it('saves a goal’s purpose and the plan’s review day', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    loaded = await load();
    const view = loaded.mount();
    await loaded.fireEvent.click(view.getByRole('button', { name: 'Add a goal' }));
    const purpose = await view.findByLabelText(en['answers.plan.purpose']);
    await loaded.fireEvent.input(purpose, {
      target: { value: 'Hiểu nghề giảng dạy điều dưỡng' },
    });
    await loaded.fireEvent.blur(purpose);
    const review = await view.findByLabelText(en['answers.plan.reviewOn']);
    await loaded.fireEvent.change(review, { target: { value: '2027-01-30' } });
    const stored = JSON.parse(localStorage.getItem('syn:focus-plan') ?? 'null') as {
      v: number;
      data: { goals: { purpose?: string }[]; reviewOn?: string };
    };
    expect(stored.v).toBe(2);
    expect(stored.data.goals[0]?.purpose).toBe('Hiểu nghề giảng dạy điều dưỡng');
    expect(stored.data.reviewOn).toBe('2027-01-30');
  });

  it('removes a goal and puts it back on undo', async () => {
    loaded = await load();
    const view = loaded.mount();
    await loaded.fireEvent.click(view.getByRole('button', { name: 'Add a goal' }));
    await loaded.fireEvent.click(await view.findByRole('button', { name: 'Remove goal 1' }));
    expect(view.queryAllByRole('group')).toHaveLength(0);
    await loaded.fireEvent.click(view.getByRole('button', { name: 'Undo' }));
    expect(view.getAllByRole('group')).toHaveLength(1);
  });

  it('records a weekly check-in and refuses one without minutes', async () => {
    loaded = await load();
    const view = loaded.mount();
    await loaded.tick();
    await loaded.fireEvent.click(view.getByRole('button', { name: 'Save check-in' }));
    expect(view.getByText('Choose a day and enter minutes from 0 to 10,080.')).toBeTruthy();

    await loaded.fireEvent.input(view.getByLabelText('A day in the week'), {
      target: { value: '2026-03-04' },
    });
    await loaded.fireEvent.input(view.getByLabelText('Minutes spent'), { target: { value: '45' } });
    await loaded.fireEvent.click(view.getByLabelText(en['answers.checkIn.connected']));
    await loaded.fireEvent.click(view.getByRole('button', { name: 'Save check-in' }));
    // Saved at once; the table that shows it comes with its own code.
    expect(storedPlan().checkIns).toHaveLength(1);
    const table = await view.findByRole('table', { name: 'Your check-ins' });
    expect(table.textContent).toContain('Week 10, 2026');
    expect(table.textContent).toContain('Yes');
    expect(storedPlan().checkIns).toEqual([
      { week: '2026-W10', minutes: 45, connected: true, note: '' },
    ]);
  });

  it('puts the new goal’s first field in focus once its fields are in', async () => {
    loaded = await load();
    const view = loaded.mount();
    await loaded.tick();
    const add = view.getByRole('button', { name: 'Add a goal' });
    add.focus();
    await loaded.fireEvent.click(add);
    expect(storedPlan().goals).toHaveLength(1);
    const purpose = await view.findByLabelText(en['answers.plan.purpose']);
    await loaded.waitFor(() => expect(document.activeElement).toBe(purpose));
  });

  it('shows a returning reader’s goals and check-ins without a click', async () => {
    localStorage.setItem(
      'syn:focus-plan',
      JSON.stringify({
        v: 2,
        data: {
          goals: [{ id: 'g1', purpose: '', platform: 'Zalo', minutesPerWeek: 30, offer: '' }],
          checkIns: [{ week: '2026-W10', minutes: 20, connected: false, note: 'Gặp chị Hương' }],
        },
      }),
    );
    loaded = await load();
    const view = loaded.mount();
    expect(
      ((await view.findByLabelText(en['answers.plan.platform'])) as HTMLInputElement).value,
    ).toBe('Zalo');
    const table = await view.findByRole('table', { name: 'Your check-ins' });
    expect(table.textContent).toContain('Gặp chị Hương');
  });
});
