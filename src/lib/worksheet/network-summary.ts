import { diversity, type Diversity } from '../metrics/diversity';
import { growth, type Growth } from '../metrics/growth';
import { sizeByContext, sizeByRing, type ContextSizes, type RingSizes } from '../metrics/size';
import type { Network } from '../network/network';

/** What the worksheet prints about the reader's map. */
export interface NetworkSummary {
  rings: RingSizes;
  contexts: ContextSizes;
  growth: Growth;
  diversity: Diversity;
  ties: number;
  /** The reader's own context names by id, for labelling `contexts`. */
  customLabels: Record<string, string>;
}

/**
 * The size by ring and by context, the growth by year and the Blau diversity of a map, from the
 * metrics the map exercise shows (src/lib/metrics), so that the print and the screen agree.
 */
export function summarizeNetwork(network: Network): NetworkSummary {
  return {
    rings: sizeByRing(network),
    contexts: sizeByContext(network),
    growth: growth(network),
    diversity: diversity(network),
    ties: network.ties.length,
    customLabels: Object.fromEntries(network.customContexts.map((c) => [c.id, c.label])),
  };
}
