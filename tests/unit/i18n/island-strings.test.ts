import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { islandKeys, islandStrings } from '../../../src/i18n/island-strings';
import { pickStrings } from '../../../src/i18n/ui';
import { vi } from '../../../src/i18n/vi';
import { RINGS } from '../../../src/lib/network/person';

describe('islandKeys', () => {
  it('gives an answer box its own words and the storage notices it shows, nothing of other areas', () => {
    const keys = islandKeys('widgets/AnswerBox.svelte');
    expect(keys).toContain('answers.words');
    expect(keys).toContain('storage.unsaved.title');
    expect(keys).toContain('collection.answers');
    expect(keys.some((key) => key.startsWith('map.'))).toBe(false);
    // The focus plan's strings live in the same area but belong to another island.
    expect(keys).not.toContain('answers.plan.heading');
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
    const picked = islandKeys('widgets/AnswerBox.svelte').length;
    const areas = Object.keys(pickStrings('vi', ['answers.', 'storage.', 'collection.'])).length;
    expect(picked).toBeLessThan(areas / 2);
  });

  it('refuses an island that does not exist, so a renamed widget fails the build', () => {
    expect(() => islandKeys('widgets/NoSuchWidget.svelte')).toThrow(/no source/);
  });
});

describe('islandStrings', () => {
  it('picks the same keys in both languages, each with its own words', () => {
    const viStrings = islandStrings('vi', 'widgets/LessonStatus.svelte');
    const enStrings = islandStrings('en', 'widgets/LessonStatus.svelte');
    expect(Object.keys(viStrings)).toEqual(Object.keys(enStrings));
    for (const [key, text] of Object.entries(viStrings)) {
      expect(text).toBe(vi[key as keyof typeof vi]);
      expect(enStrings[key as keyof typeof en]).toBe(en[key as keyof typeof en]);
    }
  });

  it('lets a page narrow a family to the members it shows (one lesson’s scenarios)', () => {
    const all = islandStrings('en', 'widgets/RetrievalPractice.svelte');
    const one = islandStrings('en', 'widgets/RetrievalPractice.svelte', (key) =>
      key.startsWith('practice.share-with-care.'),
    );
    expect(Object.keys(all).some((key) => key.startsWith('practice.network-as-resource.'))).toBe(
      true,
    );
    expect(Object.keys(one).length).toBeGreaterThan(0);
    expect(Object.keys(one).every((key) => key.startsWith('practice.share-with-care.'))).toBe(true);
  });
});
