/*
 * What the sample network is made of, fetched only when a reader first asks to explore it
 * (sample-mode.ts `prepareSample`): the invented people and their log are several kilobytes that
 * every page with an exercise would otherwise download and build on load.
 */
export { sampleNetwork, sampleReader } from '../lib/sample-network/sample-network';
export { sampleIntroductions } from '../lib/sample-network/sample-log';
