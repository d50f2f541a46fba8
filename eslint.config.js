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
 * Classic zod weighs ~26 KB gzip on every page with an island (its methods pull in the whole
 * library, JSON Schema output included); zod/mini, the same schemas written as functions,
 * tree-shakes to what is used (issue 17, page budgets).
 */
const classicZod = {
  paths: [
    { name: 'zod', message: "Import { z } from 'zod/mini' (page budgets, issue 17)." },
    { name: 'astro/zod', message: "Import { z } from 'zod/mini' (page budgets, issue 17)." },
  ],
  patterns: [{ group: ['zod/v4', 'zod/v4/classic', 'zod/v3'], message: "Import from 'zod/mini'." }],
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
    rules: { 'no-restricted-imports': ['error', classicZod] },
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
          paths: classicZod.paths,
          patterns: [
            ...classicZod.patterns,
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
