import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { UI_TERMS } from '../../../src/i18n/ui-terms';
import { vi } from '../../../src/i18n/vi';
import { intro as viIntro } from '../../../src/i18n/vi/intro';

/** Every file under `dir` whose name ends with one of `endings`. */
function filesUnder(dir: string, endings: readonly string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, endings);
    return endings.some((ending) => name.endsWith(ending)) ? [path] : [];
  });
}

/** Where `variant` occurs in `text` as a whole word or phrase, without regard to case. */
function uses(text: string, variant: string): boolean {
  const escaped = variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}(?=$|[^\\p{L}])`, 'iu').test(text);
}

// The weigher's own strings (src/i18n/*/intro.ts) are being reworded on their own branch.
const SKIP = new Set(['src/i18n/vi/intro.ts', 'src/i18n/en/intro.ts']);
const SKIP_KEYS = new Set(Object.keys(viIntro));

describe('the glossary of UI terms', () => {
  for (const [locale, strings] of [
    ['vi', vi],
    ['en', en],
  ] as const) {
    it(`${locale}: no UI string spells a term differently from the glossary`, () => {
      const offenders = Object.entries(strings).flatMap(([key, text]) =>
        UI_TERMS[locale]
          .flatMap((term) => term.variants)
          .filter((variant) => uses(text, variant) && !SKIP_KEYS.has(key))
          .map((variant) => `${key}: “${variant}”`),
      );
      expect(offenders).toEqual([]);
    });

    it(`${locale}: no widget or lesson spells a term differently from the glossary`, () => {
      const files = [
        ...filesUnder('src/widgets', ['.svelte', '.ts']),
        ...filesUnder('src/components', ['.astro']),
        ...filesUnder(`content/lessons/${locale}`, ['.mdx']),
        `content/glossary/${locale}.mdx`,
        ...filesUnder(`src/i18n/${locale}`, ['.ts']).filter((file) => !SKIP.has(file)),
      ];
      const offenders = files.flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return UI_TERMS[locale]
          .flatMap((term) => term.variants)
          .filter((variant) => uses(text, variant))
          .map((variant) => `${file}: “${variant}”`);
      });
      expect(offenders).toEqual([]);
    });
  }

  it('catches a widget that writes “Xóa” where the glossary says “xoá”', () => {
    expect(uses('<button>Xóa mục tiêu</button>', 'xóa')).toBe(true);
    expect(uses('<button>Xoá mục tiêu</button>', 'xóa')).toBe(false);
  });
});
