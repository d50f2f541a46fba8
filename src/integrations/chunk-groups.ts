import type { AstroIntegration } from 'astro';

/** What the grouping reads of rolldown's module graph (a subset of its ModuleInfo). */
export interface GraphModule {
  isEntry: boolean;
  importers: readonly string[];
  code: string | null;
}
export type ModuleGraph = (id: string) => GraphModule | null;

/**
 * The Svelte renderer entry that Astro adds to every page with a Svelte island. It never appears
 * without an island, so a module it shares with the islands is fetched by exactly the pages of
 * those islands: counting it as an entry of its own only splits the Svelte runtime apart.
 */
const SVELTE_RENDERER = /[\\/]@astrojs[\\/]svelte[\\/]dist[\\/]client\.js$/;
const RENDERER_KEY = 'svelte-renderer';

/** Source bytes under which a group joins a wider one (see planChunkGroups). */
export const SMALL_GROUP = 4000;
/**
 * How many more entries the group a small one joins may have. One: the pages of that one extra
 * island or script are the only ones that fetch the small group's bytes without using them.
 */
const MAX_EXTRA_ENTRIES = 1;

/** A page script of an Astro component (the custom elements of src/elements/, lesson widgets). */
const PAGE_SCRIPT = /\.astro\?astro&type=script/;
const NODE_MODULES = /[\\/]node_modules[\\/]/;

/**
 * The entries that reach a module through static imports only: the islands and page scripts whose
 * first load fetches it. A module reached only through `import()` (a lazy part) has none.
 */
export function staticEntries(id: string, graph: ModuleGraph): string[] {
  const entries = new Set<string>();
  let renderer = false;
  const seen = new Set<string>([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const info = graph(next);
    if (info === null) continue;
    if (info.isEntry) {
      if (SVELTE_RENDERER.test(next)) renderer = true;
      else entries.add(next);
    }
    for (const importer of info.importers) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      queue.push(importer);
    }
  }
  if (entries.size === 0 && renderer) return [RENDERER_KEY];
  return [...entries].sort();
}

/** Whether an entry is a page script (lessons, home) or a Svelte island (widget pages). */
const kindOf = (entry: string) => (PAGE_SCRIPT.test(entry) ? 'script' : 'island');

export interface Group {
  entries: string[];
  modules: string[];
  size: number;
}

/**
 * Which chunk each module goes to: a map from module id to chunk name, for the modules this
 * grouping places (the others are left to rolldown).
 *
 * 1. Modules are grouped by the set of entries that fetch them eagerly, with the lazy parts
 *    (`import()`) left out of the count. Rolldown's own grouping counts every lazy part as an entry,
 *    so the lazy editors of the map or the weigher cut the code their islands share into dozens of
 *    0.1–0.9 KB chunks (translator, tie-key, iso-day, person…) that each compress on their own.
 *    Every module of a group is reached by every entry of its key, so a page still fetches at load
 *    only what its islands import statically; a module only a lazy part reaches gets no group, so
 *    nothing lazy becomes eager.
 * 2. A group smaller than `smallGroup` bytes of source joins a group that stays whose entries are
 *    its own plus one more of a kind it already has: island-only code never joins a group that a
 *    lesson's page scripts fetch, and a lesson script's code never joins a group the islands fetch.
 *    Only the pages of that one extra entry fetch the small group's bytes without using them, in
 *    exchange for fewer files that each compress on their own.
 * Measured on the 33 built pages (static closure, gzip -9): step 1 takes the practice lesson from
 * 59 files / 101.9 KB to 38 / 96.5, the map 31 / 68.9 → 20 / 66.5; step 2 a further 0.2–0.9 KB
 * off the widget pages, at most 0.2 KB onto a lesson page.
 */
export function planChunkGroups(
  ids: Iterable<string>,
  graph: ModuleGraph,
  smallGroup: number,
): Map<string, string> {
  const groups = new Map<string, Group>();
  for (const id of ids) {
    const entries = staticEntries(id, graph);
    if (entries.length === 0) continue;
    const key = entries.join('\n');
    const group = groups.get(key) ?? { entries, modules: [], size: 0 };
    group.modules.push(id);
    group.size += graph(id)?.code?.length ?? 0;
    groups.set(key, group);
  }
  // A group that holds an entry module stays where it is: its top-level code is the island's or
  // script's own, and would run on every page that fetched the wider group. Only groups that stay
  // are joined, so a module moves at most once and a page gets at most one entry's worth of extra.
  const stays = (group: Group) =>
    group.size >= smallGroup || group.modules.some((id) => graph(id)?.isEntry === true);
  const plan = new Map<string, string>();
  for (const group of groups.values()) {
    const home = (stays(group) ? undefined : widerGroup(group, groups.values(), stays)) ?? group;
    const name = chunkName(home, graph);
    for (const id of group.modules) plan.set(id, name);
  }
  return plan;
}

/**
 * The group a small one joins: the narrowest that stays, whose entries are the small group's plus
 * one of a kind the small group already has (ties: the larger group).
 */
function widerGroup(
  group: Group,
  groups: Iterable<Group>,
  stays: (group: Group) => boolean,
): Group | undefined {
  const own = new Set(group.entries);
  const kinds = new Set(group.entries.map(kindOf));
  let best: Group | undefined;
  for (const other of groups) {
    if (other.entries.length !== group.entries.length + MAX_EXTRA_ENTRIES || !stays(other))
      continue;
    const extra = other.entries.filter((entry) => !own.has(entry));
    if (extra.length !== MAX_EXTRA_ENTRIES || !extra.every((entry) => kinds.has(kindOf(entry))))
      continue;
    if (best === undefined || other.size > best.size) best = other;
  }
  return best;
}

/**
 * Named after the group's largest module of the site's own code (else the largest package's
 * name), so the file names say what a chunk mostly holds.
 */
export function chunkName(group: Group, graph: ModuleGraph): string {
  if (group.entries[0] === RENDERER_KEY) return RENDERER_KEY;
  const size = (id: string) => graph(id)?.code?.length ?? 0;
  const own = group.modules.filter((id) => !NODE_MODULES.test(id));
  const pool = own.length > 0 ? own : group.modules;
  const largest = pool.reduce((best, id) => (size(id) > size(best) ? id : best), pool[0] ?? '');
  const inPackage =
    own.length === 0 ? /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(largest) : null;
  const file = inPackage?.[1] ?? largest.replace(/\?.*$/, '').split(/[\\/]/).pop() ?? '';
  return file.replace(/[@\\/]/g, '-').replace(/\.(svelte|ts|js|mjs|astro)$/, '') || 'shared';
}

/**
 * Applies the grouping to the browser build only (the server build's chunks are never fetched).
 * Rolldown calls every `test` of a group before its first `name`, so `test` collects the module
 * ids and the first `name` plans them all at once.
 */
export function chunkGroups({ smallGroup = SMALL_GROUP } = {}): AstroIntegration {
  return {
    name: 'chunk-groups',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'chunk-groups',
                configEnvironment(environment) {
                  if (environment !== 'client') return;
                  const ids: string[] = [];
                  let plan: Map<string, string> | undefined;
                  return {
                    build: {
                      rolldownOptions: {
                        // Rolldown asks for this when dependencies are not captured with a group:
                        // an island's entry chunk may then export more than the island itself.
                        preserveEntrySignatures: 'allow-extension',
                        output: {
                          codeSplitting: {
                            groups: [
                              {
                                test: (id) => {
                                  ids.push(id);
                                  return true;
                                },
                                name: (id, ctx) => {
                                  const graph: ModuleGraph = (module) => ctx.getModuleInfo(module);
                                  plan ??= planChunkGroups(ids, graph, smallGroup);
                                  return plan.get(id) ?? null;
                                },
                                // The groups follow import edges already; capturing dependencies
                                // too would pull a widely shared module into a narrower group.
                                includeDependenciesRecursively: false,
                              },
                            ],
                          },
                        },
                      },
                    },
                  };
                },
              },
            ],
          },
        });
      },
    },
  };
}
