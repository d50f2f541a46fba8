// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { islandStrings } from '../../../../src/i18n/island-strings';
import type { Locale } from '../../../../src/lib/i18n/locale';
import NetworkMap from '../../../../src/widgets/network-map/NetworkMap.svelte';
import { FULL_VIEW_PARTS } from '../../../../src/widgets/network-map/full-view-parts';
import { seed, strings as fullStrings, useCleanMap } from './setup';

useCleanMap();

/** The strings the practice lesson hands its lens-view map (src/components/NetworkMapExercise.astro). */
const lensStrings = (locale: Locale) =>
  islandStrings(locale, 'widgets/network-map/NetworkMap.svelte', undefined, FULL_VIEW_PARTS);

/** Text that looks like a dictionary key (`map.lens.title`), which is what a missing string shows. */
const RAW_KEY = /\b(?:map|storage|sample|ring|context|trust|lens|shared)\.[a-zA-Z]+(?:\.[\w-]+)*/;

describe("the lens view's strings", () => {
  it('leave out the words only the full map shows', () => {
    const lens = Object.keys(lensStrings('en'));
    expect(lens.length).toBeLessThan(Object.keys(fullStrings).length * 0.8);
    for (const key of lens) expect(fullStrings).toHaveProperty(key);
  });

  for (const locale of ['en', 'vi'] as const)
    it(`are enough for everything the lens view shows, with people and issues on the map (${locale})`, async () => {
      seed({
        people: [
          {
            id: 'p1',
            name: 'Nguyễn Văn Anh',
            contexts: ['workplace'],
            ring: 'inner',
            topics: ['dữ liệu'],
          },
          {
            id: 'p2',
            name: 'Nguyễn Văn Anh',
            contexts: ['workplace', 'association'],
            ring: 'close',
          },
          { id: 'p3', name: 'Trần Thị Hoa', contexts: ['family'], ring: 'wider' },
          { id: 'p4', name: 'Anna Kowalczyk', contexts: ['online'], ring: 'acquaintance' },
        ],
        ties: [{ a: 'p1', b: 'p2', strength: 'strong' }],
        issues: ['Tìm việc mới'],
      });
      const { container } = render(NetworkMap, {
        locale,
        strings: lensStrings(locale),
        view: 'lens',
        mapHref: '/map/',
      });
      await waitFor(() => expect(container.querySelector('.loading')).toBeNull());
      // Lazy parts arrive after their import: wait until the lens panel's heading is there.
      await waitFor(() => expect(screen.getAllByRole('heading').length).toBeGreaterThan(0));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const text = container.textContent ?? '';
      // The lens really drew the seeded people's contexts (not an empty panel).
      expect(text).toMatch(locale === 'en' ? /4 contexts/ : /4 bối cảnh/);
      expect(text).not.toMatch(RAW_KEY);
      const labelled = [...container.querySelectorAll('[aria-label], [title], [placeholder]')]
        .map((element) =>
          ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
        )
        .flat()
        .join(' ');
      expect(labelled).not.toMatch(RAW_KEY);
    });
});
