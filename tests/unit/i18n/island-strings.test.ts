import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { islandKeys, islandStrings } from '../../../src/i18n/island-strings';
import { pickStrings } from '../../../src/i18n/ui';
import { vi } from '../../../src/i18n/vi';
import { RINGS } from '../../../src/lib/network/person';

describe('islandKeys', () => {
  it('gives the focus plan its own words and the storage notices it shows, nothing of other areas', () => {
    const keys = islandKeys('widgets/FocusPlan.svelte');
    expect(keys).toContain('answers.plan.heading');
    expect(keys).toContain('storage.unsaved.title');
    expect(keys).toContain('collection.focus-plan');
    expect(keys.some((key) => key.startsWith('map.'))).toBe(false);
    // The self-check's strings live in the same area but belong to another component.
    expect(keys).not.toContain('answers.selfCheck.q1');
  });

  it('follows the island’s imports: the map gets the words of its child components', () => {
    const keys = islandKeys('widgets/network-map/NetworkMap.svelte');
    expect(keys).toContain('map.sort.unsortedDefinition'); // SortingMode.svelte
    expect(keys).toContain('context.none'); // lib/network/labels.ts
  });

  it('gives every member of a family the island builds keys from', () => {
    const keys = islandKeys('widgets/network-map/NetworkMap.svelte');
    for (const ring of RINGS) expect(keys).toContain(`ring.${ring}`);
  });

  it('carries fewer strings than whole areas did', () => {
    const picked = islandKeys('widgets/IntroLog.svelte').length;
    const areas = Object.keys(
      pickStrings('vi', ['introLog.', 'intro.', 'storage.', 'collection.', 'map.']),
    ).length;
    expect(picked).toBeLessThan(areas / 2);
  });

  it('refuses an island that does not exist, so a renamed widget fails the build', () => {
    expect(() => islandKeys('widgets/NoSuchWidget.svelte')).toThrow(/no source/);
  });
});

describe('islandStrings', () => {
  it('picks the same keys in both languages, each with its own words', () => {
    const viStrings = islandStrings('vi', 'widgets/IntroLog.svelte');
    const enStrings = islandStrings('en', 'widgets/IntroLog.svelte');
    expect(Object.keys(viStrings)).toEqual(Object.keys(enStrings));
    for (const [key, text] of Object.entries(viStrings)) {
      expect(text).toBe(vi[key as keyof typeof vi]);
      expect(enStrings[key as keyof typeof en]).toBe(en[key as keyof typeof en]);
    }
  });

  it('lets a page narrow a family to the members it shows (one ring of the map)', () => {
    const [first, second] = RINGS;
    const all = islandStrings('en', 'widgets/network-map/NetworkMap.svelte');
    const one = islandStrings(
      'en',
      'widgets/network-map/NetworkMap.svelte',
      (key) => key === `ring.${first}` || !key.startsWith('ring.'),
    );
    expect(Object.keys(all)).toContain(`ring.${second}`);
    expect(Object.keys(one)).toContain(`ring.${first}`);
    expect(Object.keys(one)).not.toContain(`ring.${second}`);
  });
});
