import type { AstroIntegration } from 'astro';

/** What the grouping reads of rolldown's module graph (a subset of its ModuleInfo). */
export interface GraphModule {
  isEntry: boolean;
  importers: readonly string[];
  dynamicImporters: readonly string[];
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
 * How many more entries the group a small one joins may have: one where there is such a group,
 * else two. Only the pages of those islands or scripts fetch the small group's bytes without using
 * them. Two rather than one (measured, gzip once every island is awake): the practice lesson
 * 80.22 → 79.88 KB, the map 52.8 → 52.5, the worksheet 42.4 → 42.3; "Your data" 44.1 → 44.3.
 */
const MAX_EXTRA_ENTRIES = 2;

/** A page script of an Astro component (the custom elements of src/elements/, lesson widgets). */
const PAGE_SCRIPT = /\.astro\?astro&type=script/;
const NODE_MODULES = /[\\/]node_modules[\\/]/;
/**
 * A stylesheet (a Svelte component's <style>, an imported .css). Vite gathers the CSS by the chunk
 * its module lands in; Astro folds an island's into the page's stylesheet and never writes it under
 * the chunk's name. Left to rolldown, the style modules of a lazy view went into the island's entry
 * chunk, so the view imported that chunk and asked for its stylesheet, which was not there (the
 * introduction log's views failed to load). So each goes to the chunk of the component that owns
 * it (`followOwners`): a lazy part then imports only chunks that hold no entry (see `apart`).
 */
const STYLE = /\.(css|scss|sass|less)($|\?)|[?&]type=style/;

/**
 * The entries that reach a module: `eager`, through static imports only (the islands and page
 * scripts whose first load fetches it; none for a module only a lazy part uses), and `lazy`,
 * through a path with an `import()` in it (the islands whose lazy parts may fetch it later).
 */
export function entriesOf(id: string, graph: ModuleGraph): { eager: string[]; lazy: string[] } {
  const found = { eager: new Set<string>(), lazy: new Set<string>() };
  const renderer = { eager: false, lazy: false };
  // Walks up the importers; `crossed` says whether the path so far went through an import().
  const seen = new Set<string>([`0${id}`]);
  const queue: Array<[string, boolean]> = [[id, false]];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const [module, crossed] = next;
    const info = graph(module);
    if (info === null) continue;
    const kind = crossed ? 'lazy' : 'eager';
    if (info.isEntry) {
      if (SVELTE_RENDERER.test(module)) renderer[kind] = true;
      else found[kind].add(module);
    }
    const step = (importer: string, lazy: boolean) => {
      const state = `${lazy ? 1 : 0}${importer}`;
      if (seen.has(state)) return;
      seen.add(state);
      queue.push([importer, lazy]);
    };
    for (const importer of info.importers) step(importer, crossed);
    for (const importer of info.dynamicImporters) step(importer, true);
  }
  const list = (kind: 'eager' | 'lazy') =>
    found[kind].size === 0 && renderer[kind] ? [RENDERER_KEY] : [...found[kind]].sort();
  return { eager: list('eager'), lazy: list('lazy') };
}

/** The entries whose first load fetches a module (see entriesOf). */
export const staticEntries = (id: string, graph: ModuleGraph) => entriesOf(id, graph).eager;

/** Whether an entry is a page script (lessons, home) or a Svelte island (widget pages). */
const kindOf = (entry: string) => (PAGE_SCRIPT.test(entry) ? 'script' : 'island');

export interface Group {
  entries: string[];
  lazy: string[];
  modules: string[];
  /** Whether an island's or script's own module is in it. */
  holdsEntry: boolean;
  size: number;
}

/**
 * Which chunk each module goes to: a map from module id to chunk name, for the modules this
 * grouping places (the others are left to rolldown).
 *
 * 1. Modules are grouped by the set of entries that fetch them eagerly and the set of entries whose
 *    lazy parts may fetch them, rather than by each lazy part. Rolldown's own grouping counts every
 *    lazy part (`import()`) as an entry, so the lazy editors of the map or the weigher cut the code
 *    their islands share into dozens of 0.1–0.9 KB chunks (translator, tie-key, iso-day, person…)
 *    that each compress on their own. Modules of one group are fetched by exactly the same pages
 *    at the same moment, so no page fetches at load anything its islands do not import statically,
 *    and a lazy part never fetches an island's own chunk; a module only lazy parts reach gets no
 *    group (rolldown places it beside its lazy part), so nothing lazy becomes eager.
 * 2. A group smaller than `smallGroup` bytes of source joins a group that stays whose entries are
 *    its own plus one (else two) more of a kind it already has: island-only code never joins a group that a
 *    lesson's page scripts fetch, and a lesson script's code never joins a group the islands fetch.
 *    Only the pages of those extra entries fetch the small group's bytes without using them, in
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
  const found: Array<{ id: string; entries: string[]; lazy: string[]; key: string }> = [];
  const entryKeys = new Set<string>();
  const styles: string[] = [];
  for (const id of ids) {
    if (STYLE.test(id)) {
      styles.push(id);
      continue;
    }
    const reach = entriesOf(id, graph);
    if (reach.eager.length === 0) continue;
    // Lazy parts of islands that load the module eagerly anyway change nothing (rolldown reasons
    // the same way: it is already there when they run).
    const lazy = reach.lazy.filter((entry) => !reach.eager.includes(entry));
    const key = `${reach.eager.join('\n')}|${lazy.join('\n')}`;
    found.push({ id, entries: reach.eager, lazy: reach.lazy, key });
    if (graph(id)?.isEntry === true) entryKeys.add(key);
  }
  for (const { id, entries, lazy, key: shared } of found) {
    // An island's own chunk carries its stylesheet, which Astro folds into the page's and never
    // writes under the chunk's name: a lazy part that imported that chunk would ask for a file
    // that is not there. So what a lazy part may import never shares a chunk with an entry.
    const apart = lazy.length > 0 && entryKeys.has(shared) && graph(id)?.isEntry !== true;
    const key = apart ? `${shared}|lazy` : shared;
    const group = groups.get(key) ?? {
      entries,
      lazy: apart ? lazy : [],
      modules: [],
      size: 0,
      holdsEntry: false,
    };
    group.modules.push(id);
    group.holdsEntry ||= graph(id)?.isEntry === true;
    group.size += graph(id)?.code?.length ?? 0;
    groups.set(key, group);
  }
  // A group that holds an entry module stays where it is: its top-level code is the island's or
  // script's own, and would run on every page that fetched the wider group. Only groups that stay
  // are joined, so a module moves at most once and a page gets at most one entry's worth of extra.
  const stays = (group: Group) => group.size >= smallGroup || group.holdsEntry;
  const plan = new Map<string, string>();
  for (const group of groups.values()) {
    const home = (stays(group) ? undefined : widerGroup(group, groups.values(), stays)) ?? group;
    const name = chunkName(home, graph);
    for (const id of group.modules) plan.set(id, name);
  }
  followOwners(styles, graph, plan);
  return plan;
}

/**
 * Puts each stylesheet module in the chunk of the component that imports it, when all its importers
 * are in one planned chunk; a stylesheet shared by components in several chunks (an imported .css
 * file) is left to rolldown, as is one whose component this grouping does not place.
 */
function followOwners(styles: string[], graph: ModuleGraph, plan: Map<string, string>): void {
  for (const id of styles) {
    const homes = new Set(graph(id)?.importers.map((importer) => plan.get(importer)));
    const [home] = homes;
    if (homes.size === 1 && home !== undefined) plan.set(id, home);
  }
}

/**
 * The group a small one joins: the narrowest that stays, whose entries are the small group's plus
 * one (else two) of a kind the small group already has (ties: the larger group).
 */
function widerGroup(
  group: Group,
  groups: Iterable<Group>,
  stays: (group: Group) => boolean,
): Group | undefined {
  const own = new Set(group.entries);
  const kinds = new Set(group.entries.map(kindOf));
  const candidates = [...groups];
  for (let extraCount = 1; extraCount <= MAX_EXTRA_ENTRIES; extraCount++) {
    let best: Group | undefined;
    for (const other of candidates) {
      if (other.entries.length !== group.entries.length + extraCount || !stays(other)) continue;
      // Same lazy loaders, and never an island's own chunk for a group a lazy part imports: the
      // island's chunk carries its stylesheet, which Astro folds into the page's and never writes
      // under the chunk's name, so the lazy part would ask for a file that is not there.
      if (other.lazy.join('\n') !== group.lazy.join('\n')) continue;
      if (group.lazy.length > 0 && other.holdsEntry) continue;
      const extra = other.entries.filter((entry) => !own.has(entry));
      if (extra.length !== extraCount || !extra.every((entry) => kinds.has(kindOf(entry))))
        continue;
      if (best === undefined || other.size > best.size) best = other;
    }
    if (best !== undefined) return best;
  }
  return undefined;
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
