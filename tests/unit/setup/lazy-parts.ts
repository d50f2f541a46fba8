import { configure } from '@testing-library/dom';

/*
 * Widgets fetch some of their parts with import() (src/widgets/shared/Lazy.svelte). Under Vitest
 * each such part is compiled the first time a test opens it, which can take seconds on a busy
 * machine: the `findBy…` queries that wait for a part get ten seconds rather than one, so that a
 * slow compile is not mistaken for a missing part.
 */
configure({ asyncUtilTimeout: 10_000 });
