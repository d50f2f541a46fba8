// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/**
 * One validator, valibot (issue 17): on the same schemas it weighed 2.8 KB gzip against zod/mini's
 * 9.0 KB, on every page with an island. The only zod left is Astro's own, which content
 * collections require at build time (src/loaders/from-valibot.ts hands it our schemas).
 */
const oneValidator = {
  paths: [
    { name: 'zod', message: 'Validate with valibot (one validator, issue 17).' },
    { name: 'astro/zod', message: 'Validate with valibot (one validator, issue 17).' },
  ],
  patterns: [{ group: ['zod/*'], message: 'Validate with valibot (one validator, issue 17).' }],
};

/**
 * valibot's object, record and number accept arrays and Infinity where the stored data has
 * always been refused; src/lib/schema/json-values.ts has the versions every schema uses.
 */
const adjustedSchemas = {
  selector:
    "MemberExpression[object.name='v'][property.name=/^(object|looseObject|strictObject|objectWithRest|record|number|integer|isoDate)$/]",
  message:
    'Use object, looseObject, record, number or int from src/lib/schema/json-values.ts (they refuse arrays and Infinity, as stored data always was), or isoDateSchema from src/lib/dates/iso-date.ts.',
};

/**
 * The first Intl.NumberFormat a page builds loads Chromium's number data (tens of milliseconds,
 * four times that on a slow phone); src/lib/i18n/intl-cache.ts builds one only when a number needs
 * it, once per locale and options.
 */
const cachedNumberFormats = {
  selector: "NewExpression[callee.object.name='Intl'][callee.property.name='NumberFormat']",
  message: 'Use numberFormat(locale, options) from src/lib/i18n/intl-cache.ts.',
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'node_modules/',
      '.astro/',
      'reports/',
      'test-results/',
      'screenshots/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...svelte.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte', '.astro'],
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    rules: {
      'no-restricted-imports': ['error', oneValidator],
      'no-restricted-syntax': ['error', adjustedSchemas],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/lib/i18n/intl-cache.ts'],
    rules: { 'no-restricted-syntax': ['error', adjustedSchemas, cachedNumberFormats] },
  },
  {
    // The adjusted schemas themselves, and the bridge Astro's content collections need.
    files: ['src/lib/schema/json-values.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/loaders/from-valibot.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, svelteConfig },
    },
  },
  {
    // Type-aware rules need type information that the Astro parser does not give; plain JS config
    // files are not part of the TypeScript project.
    files: ['**/*.astro', '**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // src/lib is pure domain code: no DOM, storage, Astro, Svelte or stores (house style).
    files: ['src/lib/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: oneValidator.paths,
          patterns: [
            ...oneValidator.patterns,
            { group: ['astro', 'astro:*', 'astro/*'], message: 'src/lib is pure: no Astro.' },
            { group: ['svelte', 'svelte/*', '*.svelte'], message: 'src/lib is pure: no Svelte.' },
            { group: ['nanostores', '@nanostores/*'], message: 'src/lib is pure: no stores.' },
            {
              group: ['**/stores/**', '**/widgets/**', '**/components/**'],
              message: 'src/lib is pure.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'navigator',
      ],
    },
  },
  prettier,
);
