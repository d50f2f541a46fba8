import { updateInsights } from '../../lib/metrics/insights-update';

/**
 * The code that works out the map's figures (groups, brokerage, introductions, the lens …), a
 * part of its own: an empty map's figures are known without it (`firstLook`), so a first visit
 * fetches it only once the first person arrives or the reader is about to add one.
 */
export default updateInsights;
