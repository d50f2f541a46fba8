import { tick } from 'svelte';

/**
 * What a widget says to screen readers when something changes out of sight (a person added, a
 * record deleted, a verdict changed), shown by a `LiveRegion`:
 *
 * @example
 *   const live = new Announcer();
 *   live.announce(t('map.announce.added', { name }));
 *   <LiveRegion {live} />
 */
export class Announcer {
  /** The words the region holds now. */
  message = $state('');

  /**
   * Says `text` politely (after what the reader is hearing now). The region is emptied first, so
   * the same words twice in a row are said twice ("Saved", "Saved").
   */
  async announce(text: string): Promise<void> {
    this.message = '';
    await tick();
    this.message = text;
  }
}
