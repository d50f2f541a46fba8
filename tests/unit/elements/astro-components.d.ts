/*
 * The .astro components the element tests render. `astro check` resolves them itself; svelte-check
 * (which also reads the tests) does not know .astro files, and takes this declaration instead.
 * The tests only hand a component to the container API (page.ts), so its type is left open.
 */
declare module '*.astro' {
  const component: unknown;
  export default component;
}
