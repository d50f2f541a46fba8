// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Announcer } from '../../../../src/widgets/shared/announcer.svelte';
import LiveRegion from '../../../../src/widgets/shared/LiveRegion.svelte';

describe('LiveRegion', () => {
  it('is a polite, atomic status region that sighted readers do not see', () => {
    render(LiveRegion, { live: new Announcer() });
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveAttribute('aria-atomic', 'true');
    expect(region).toHaveClass('visually-hidden');
    expect(region.textContent).toBe('');
  });

  it('holds the words announced', async () => {
    const live = new Announcer();
    render(LiveRegion, { live });
    await live.announce('Nguyễn Văn Anh was added');
    flushSync();
    expect(screen.getByRole('status')).toHaveTextContent('Nguyễn Văn Anh was added');
  });

  it('empties itself before the same words again, so a screen reader says them twice', async () => {
    const live = new Announcer();
    render(LiveRegion, { live });
    await live.announce('Saved');
    flushSync();
    const seen: string[] = [];
    const region = screen.getByRole('status');
    const observer = new MutationObserver(() => seen.push(region.textContent));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    const again = live.announce('Saved');
    flushSync();
    await again;
    flushSync();
    await tick();
    observer.disconnect();
    expect(seen).toContain('');
    expect(region).toHaveTextContent('Saved');
  });
});
