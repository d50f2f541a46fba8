// The languages moved to src/lib/i18n/locale.ts (pure code may not import from src/i18n); this
// re-export keeps imports written before the move compiling.
export * from '../lib/i18n/locale';
