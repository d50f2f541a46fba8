import { describe, expect, it } from 'vitest';
import { keysUsed, keyUsage, patternMatches } from '../../../src/lib/i18n/key-usage';
import { importClosure, importsOf } from '../../../src/lib/i18n/source-graph';
import { sourceStrings } from '../../../src/lib/i18n/source-strings';

const AREAS = new Set(['map', 'ring', 'storage']);

describe('sourceStrings', () => {
  it('reads quoted and template literals, with each ${…} as a star', () => {
    const found = sourceStrings('t(\'map.title\'); t("ring.inner"); t(`ring.${ring}.x`);');
    expect(found.map((s) => [s.text, s.template])).toEqual([
      ['map.title', false],
      ['ring.inner', false],
      ['ring.*.x', true],
    ]);
  });

  it('skips comments, so a key mentioned in one is not counted', () => {
    const source = "// t('map.old')\n/* 'map.older' */\n<!-- 'map.oldest' -->\nt('map.new')";
    expect(sourceStrings(source).map((s) => s.text)).toEqual(['map.new']);
  });

  it('reads strings inside a template literal’s holes', () => {
    const found = sourceStrings("`${ok ? t('map.yes') : t('map.no')} left`");
    expect(found.map((s) => s.text)).toEqual(['map.yes', 'map.no', '* left']);
  });

  it('is not thrown off by a quote in a regular expression or an apostrophe in markup', () => {
    const source = [
      "const quote = /['\"]/g; t('map.after-regex');",
      "<p>Don’t and don't panic</p>",
      "{t('map.after-markup')}",
    ].join('\n');
    const texts = sourceStrings(source).map((s) => s.text);
    expect(texts).toContain('map.after-regex');
    expect(texts).toContain('map.after-markup');
  });

  it('tells a division from a regular expression', () => {
    expect(
      sourceStrings("const half = width / 2; t('map.a'); const b = c / d;").map((s) => s.text),
    ).toEqual(['map.a']);
  });
});

describe('keyUsage', () => {
  it('counts literals of a known area as keys and built ones as patterns', () => {
    const usage = keyUsage(
      "t('map.title'); t(`ring.${r}`); pick('storage.'); t('index.html'); t('nav.map')",
      AREAS,
    );
    expect([...usage.keys]).toEqual(['map.title']);
    expect([...usage.patterns]).toEqual(['ring.*', 'storage.*']);
  });

  it('reads a built prefix (`practice.${id}.`) as every key under it', () => {
    expect([...keyUsage('key.startsWith(`map.${id}.`)', AREAS).patterns]).toEqual(['map.*.*']);
  });

  it('keeps a key-like literal the dictionary lacks, so that a test can report it', () => {
    expect([...keyUsage("t('map.misspelt')", AREAS).keys]).toEqual(['map.misspelt']);
  });
});

describe('patternMatches', () => {
  it('lets a star stand for one or more key characters, dots included', () => {
    expect(patternMatches('ring.*', 'ring.inner')).toBe(true);
    expect(patternMatches('practice.*.*.why', 'practice.share-with-care.1.a.why')).toBe(true);
    expect(patternMatches('ring.*', 'ring.')).toBe(false);
    expect(patternMatches('ring.*', 'map.ring.inner')).toBe(false);
    expect(patternMatches('map.a.*', 'map.ab.c')).toBe(false);
  });
});

describe('keysUsed', () => {
  it('picks the dictionary keys a usage names, exactly or by pattern, sorted', () => {
    const usage = { keys: new Set(['map.title', 'map.gone']), patterns: new Set(['ring.*']) };
    expect(keysUsed(usage, ['ring.wider', 'map.title', 'map.other', 'ring.inner'])).toEqual([
      'map.title',
      'ring.inner',
      'ring.wider',
    ]);
  });
});

describe('importsOf and importClosure', () => {
  const sources = new Map([
    [
      'src/widgets/A.svelte',
      [
        '<script lang="ts">',
        "  import B from './B.svelte';",
        "  import type { Words } from '../i18n/ui';",
        "  import { helper } from '../lib/helper';",
        "  import { atom } from 'nanostores';",
        '</script>',
      ].join('\n'),
    ],
    ['src/widgets/B.svelte', '<script lang="ts">\n  const later = import(\'./lazy\');\n</script>'],
    ['src/widgets/lazy.ts', "export * from './deep/index';"],
    ['src/widgets/deep/index.ts', "export const x = 'map.deep';"],
    ['src/lib/helper.ts', "import { x } from '../widgets/A.svelte';"],
    ['src/i18n/ui.ts', "export const all = 'map.everything';"],
  ]);

  it('follows relative run-time imports and leaves out type-only imports and packages', () => {
    expect(importsOf('src/widgets/A.svelte', sources)).toEqual([
      'src/widgets/B.svelte',
      'src/lib/helper.ts',
    ]);
  });

  it('collects everything reachable, through dynamic imports, re-exports and cycles', () => {
    expect(importClosure('src/widgets/A.svelte', sources).sort()).toEqual([
      'src/lib/helper.ts',
      'src/widgets/A.svelte',
      'src/widgets/B.svelte',
      'src/widgets/deep/index.ts',
      'src/widgets/lazy.ts',
    ]);
  });
});
