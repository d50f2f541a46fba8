/**
 * Says `text` through a polite live region (`<p role="status" aria-live="polite">`), as the
 * Svelte Announcer does: the region is emptied first and filled a moment later, so that the same
 * words twice in a row ("Saved", "Saved") are said twice.
 */
export async function announce(region: HTMLElement, text: string): Promise<void> {
  region.textContent = '';
  await Promise.resolve();
  region.textContent = text;
}
