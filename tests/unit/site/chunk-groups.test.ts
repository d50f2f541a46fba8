import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  planChunkGroups,
  SMALL_GROUP,
  staticEntries,
  type GraphModule,
  type ModuleGraph,
} from '../../../src/integrations/chunk-groups';
import { unsafeLazyImports, type BuiltChunk } from '../../../src/integrations/lazy-chunk-check';

/** A module of a made-up build: who imports it statically, and how many bytes of source it has. */
interface Node {
  entry?: boolean;
  importers?: string[];
  /** The modules that load it with `import()`. */
  lazyImporters?: string[];
  size: number;
}

function graphOf(nodes: Record<string, Node>): ModuleGraph {
  return (id) => {
    const node = nodes[id];
    if (node === undefined) return null;
    const info: GraphModule = {
      isEntry: node.entry === true,
      importers: node.importers ?? [],
      dynamicImporters: node.lazyImporters ?? [],
      code: 'x'.repeat(node.size),
    };
    return info;
  };
}

const src = (path: string) => `/site/src/${path}`;
const script = (name: string) => src(`elements/${name}.astro?astro&type=script&index=0&lang.ts`);
const RENDERER = '/site/node_modules/@astrojs/svelte/dist/client.js';
const ANSWER_BOX = script('AnswerBox');
const LESSON_PROGRESS = script('LessonProgress');
const MAP = src('widgets/network-map/NetworkMap.svelte');
const WEIGHER = src('widgets/IntroductionWeigher.svelte');
const SEARCH = src('widgets/SiteSearch.svelte');
const WORKSHEET = src('widgets/Worksheet.svelte');
const PERSON_EDITOR = src('widgets/network-map/PersonEditor.svelte');
const NETWORK_SECTION = src('widgets/worksheet/NetworkSection.svelte');
const BIG = SMALL_GROUP * 4;
const SMALL = 200;

/** Modelled on the site: lessons with page scripts, widget pages with Svelte islands, lazy parts. */
const site: Record<string, Node> = {
  [RENDERER]: { entry: true, size: SMALL },
  [ANSWER_BOX]: { entry: true, size: 3000 },
  [LESSON_PROGRESS]: { entry: true, size: 2000 },
  [MAP]: { entry: true, size: BIG },
  [WEIGHER]: { entry: true, size: BIG },
  [SEARCH]: { entry: true, size: 1000 },
  [WORKSHEET]: { entry: true, size: BIG },
  // The Svelte runtime: every island and the renderer import it.
  '/site/node_modules/svelte/src/internal/client/index.js': {
    importers: [RENDERER, MAP, WEIGHER, SEARCH],
    size: BIG,
  },
  // Imported by every island, not by the renderer: fetched by exactly the same pages.
  [src('widgets/shared/progress.ts')]: { importers: [MAP, WEIGHER, SEARCH], size: SMALL },
  // Stored data that the lessons' two scripts and one island read: one island more than the
  // lesson-only helper below, so only the kind rule keeps that helper out of it.
  [src('stores/persistence.ts')]: {
    importers: [ANSWER_BOX, LESSON_PROGRESS, MAP],
    size: BIG,
  },
  // Stored data that two islands and one lesson script read: one script more than tie-key below.
  [src('stores/answer-book.ts')]: { importers: [MAP, WEIGHER, ANSWER_BOX], size: BIG * 2 },
  // A lesson-only helper (two page scripts).
  [src('elements/draft-field.ts')]: { importers: [ANSWER_BOX, LESSON_PROGRESS], size: SMALL },
  // An island-only helper of the map and the weigher (e.g. tie-key).
  [src('lib/network/tie-key.ts')]: { importers: [MAP, WEIGHER], size: SMALL },
  // The map's lazy editor and what only it uses.
  [PERSON_EDITOR]: { lazyImporters: [MAP], size: BIG },
  [src('lib/network/person-form.ts')]: { importers: [PERSON_EDITOR], size: SMALL },
  // Shared by the map's lazy editor and, statically, by the weigher.
  [src('lib/network/people-names.ts')]: { importers: [PERSON_EDITOR, WEIGHER], size: BIG },
  // The map's drawing: the map loads it at once, its lazy editor uses it too.
  [src('widgets/network-map/MapView.svelte')]: { importers: [MAP, PERSON_EDITOR], size: BIG },
  // The worksheet's lazy map section draws with the map's own ring layout.
  [NETWORK_SECTION]: { lazyImporters: [WORKSHEET], size: BIG },
  [src('lib/map-layout/rings.ts')]: { importers: [MAP, NETWORK_SECTION], size: BIG },
};

describe('grouping modules into chunks', () => {
  const graph = graphOf(site);
  const plan = planChunkGroups(Object.keys(site), graph, SMALL_GROUP);
  const chunkOf = (id: string) => plan.get(id);
  /** The chunks an entry fetches at load: those of the modules it imports statically. */
  const fetchedBy = (entry: string) =>
    new Set(
      Object.keys(site)
        .filter((id) => staticEntries(id, graph).includes(entry))
        .map(chunkOf),
    );

  it('counts the Svelte renderer with the islands, so the runtime and what every island loads are one chunk', () => {
    expect(staticEntries('/site/node_modules/svelte/src/internal/client/index.js', graph)).toEqual(
      [MAP, SEARCH, WEIGHER].sort(),
    );
    expect(chunkOf(src('widgets/shared/progress.ts'))).toBe(
      chunkOf('/site/node_modules/svelte/src/internal/client/index.js'),
    );
  });

  it('leaves a module that only a lazy part imports to rolldown, so it stays lazy', () => {
    expect(plan.has(PERSON_EDITOR)).toBe(false);
    expect(plan.has(NETWORK_SECTION)).toBe(false);
    expect(plan.has(src('lib/network/person-form.ts'))).toBe(false);
  });

  it("puts a module a lazy part shares with another island in neither island's own chunk", () => {
    expect(staticEntries(src('lib/network/people-names.ts'), graph)).toEqual([WEIGHER]);
    expect(plan.has(src('lib/network/people-names.ts'))).toBe(true);
    // The map's editor fetches it without the weigher; the weigher fetches it without the map.
    expect(chunkOf(src('lib/network/people-names.ts'))).not.toBe(chunkOf(WEIGHER));
    expect(chunkOf(src('lib/network/people-names.ts'))).not.toBe(chunkOf(MAP));
  });

  it("keeps what a lazy part imports out of an island's own chunk (which carries the island's stylesheet)", () => {
    expect(chunkOf(src('widgets/network-map/MapView.svelte'))).not.toBe(chunkOf(MAP));
    expect(chunkOf(src('lib/map-layout/rings.ts'))).not.toBe(chunkOf(MAP));
  });

  it("keeps what another page's lazy part imports apart from what only the island loads", () => {
    // The worksheet's map section must not fetch the map's drawing code along with the rings.
    expect(chunkOf(src('lib/map-layout/rings.ts'))).not.toBe(
      chunkOf(src('widgets/network-map/MapView.svelte')),
    );
  });

  it('never puts a lesson-only module in a chunk a widget page fetches', () => {
    for (const island of [MAP, WEIGHER, SEARCH])
      expect(fetchedBy(island).has(chunkOf(src('elements/draft-field.ts')))).toBe(false);
  });

  it("never puts an island's helper in a chunk a lesson's page script fetches", () => {
    for (const lessonScript of [ANSWER_BOX, LESSON_PROGRESS])
      expect(fetchedBy(lessonScript).has(chunkOf(src('lib/network/tie-key.ts')))).toBe(false);
  });

  it('joins a small group to the group of one more island of the same kind', () => {
    const nodes: Record<string, Node> = {
      ...site,
      [src('lib/network/ring.ts')]: { importers: [MAP, WEIGHER, SEARCH], size: BIG },
    };
    const joined = planChunkGroups(Object.keys(nodes), graphOf(nodes), SMALL_GROUP);
    expect(joined.get(src('lib/network/tie-key.ts'))).toBe(joined.get(src('lib/network/ring.ts')));
  });

  it('joins a small group to the group of two more islands when none has one more', () => {
    const nodes: Record<string, Node> = {
      ...site,
      [src('lib/intro/party.ts')]: { importers: [SEARCH, WORKSHEET], size: SMALL },
      [src('lib/network/ring.ts')]: { importers: [SEARCH, WORKSHEET, MAP, WEIGHER], size: BIG },
    };
    const joined = planChunkGroups(Object.keys(nodes), graphOf(nodes), SMALL_GROUP);
    expect(joined.get(src('lib/intro/party.ts'))).toBe(joined.get(src('lib/network/ring.ts')));
  });

  it('prefers the group of one more island to one of two more', () => {
    const nodes: Record<string, Node> = {
      ...site,
      [src('lib/network/ring.ts')]: { importers: [MAP, WEIGHER, SEARCH], size: BIG },
      [src('lib/network/wider.ts')]: {
        importers: [MAP, WEIGHER, SEARCH, WORKSHEET],
        size: BIG * 2,
      },
    };
    const joined = planChunkGroups(Object.keys(nodes), graphOf(nodes), SMALL_GROUP);
    expect(joined.get(src('lib/network/tie-key.ts'))).toBe(joined.get(src('lib/network/ring.ts')));
  });

  it("never moves an island's own module into a wider chunk, where its code would run on other pages", () => {
    const nodes: Record<string, Node> = {
      ...site,
      [SEARCH]: { entry: true, size: SMALL },
      [src('lib/search/terms.ts')]: { importers: [SEARCH, MAP], size: BIG },
    };
    const joined = planChunkGroups(Object.keys(nodes), graphOf(nodes), SMALL_GROUP);
    expect(joined.get(SEARCH)).not.toBe(joined.get(src('lib/search/terms.ts')));
  });
});

/** A random build: entries of both kinds, modules with static and lazy importers. */
const builds = fc
  .record({
    scripts: fc.integer({ min: 1, max: 4 }),
    islands: fc.integer({ min: 1, max: 5 }),
    modules: fc.array(
      fc.record({
        importers: fc.uniqueArray(fc.nat(30), { maxLength: 4 }),
        lazy: fc.boolean(),
        size: fc.integer({ min: 10, max: SMALL_GROUP * 2 }),
      }),
      { minLength: 1, maxLength: 25 },
    ),
  })
  .map(({ scripts, islands, modules }) => {
    const entries = [
      ...Array.from({ length: scripts }, (_, index) => script(`S${index}`)),
      ...Array.from({ length: islands }, (_, index) => src(`widgets/I${index}.svelte`)),
    ];
    const nodes: Record<string, Node> = {};
    for (const entry of entries) nodes[entry] = { entry: true, size: 500 };
    const ids: string[] = [];
    modules.forEach((module, index) => {
      const id = src(`lib/m${index}.ts`);
      // Importers come from earlier modules or entries, so the graph has no cycles; a lazy module
      // has no static importer (only an `import()` reaches it).
      const pool = [...entries, ...ids];
      const importers = module.lazy
        ? []
        : module.importers.map((pick) => pool[pick % pool.length]!);
      nodes[id] = { importers: [...new Set(importers)], size: module.size };
      ids.push(id);
    });
    return { entries, nodes };
  });

describe('grouping any build', () => {
  it('never makes a page fetch at load a module only a lazy part reaches, nor code of the other kind of entry', () => {
    fc.assert(
      fc.property(builds, ({ entries, nodes }) => {
        const graph = graphOf(nodes);
        const plan = planChunkGroups(Object.keys(nodes), graph, SMALL_GROUP);
        const reach = new Map(
          Object.keys(nodes).map((id) => [id, new Set(staticEntries(id, graph))]),
        );
        const kind = (entry: string) => (entry.includes('.astro?') ? 'script' : 'island');
        const keyOf = (id: string) => [...reach.get(id)!].sort().join(' ');
        const groupSize = (id: string) =>
          Object.keys(nodes)
            .filter((other) => keyOf(other) === keyOf(id))
            .reduce((sum, other) => sum + nodes[other]!.size, 0);
        for (const entry of entries) {
          // The chunks this entry fetches at load: those of the modules it reaches statically.
          const fetched = new Set(
            Object.keys(nodes)
              .filter((id) => reach.get(id)!.has(entry) && plan.has(id))
              .map((id) => plan.get(id)),
          );
          for (const [id, chunk] of plan) {
            if (!fetched.has(chunk) || reach.get(id)!.has(entry)) continue;
            const users = [...reach.get(id)!];
            // A module in a fetched chunk this entry does not use: never lazy-only, never an
            // entry's own code, always of this entry's kind, and from a small group.
            expect(users.length).toBeGreaterThan(0);
            expect(nodes[id]!.entry).not.toBe(true);
            expect(users.some((user) => kind(user) === kind(entry))).toBe(true);
            expect(groupSize(id)).toBeLessThan(SMALL_GROUP);
          }
        }
        for (const [id, node] of Object.entries(nodes))
          if (reach.get(id)!.size === 0) expect(plan.has(id), `${id} ${node.size}`).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a component's stylesheet", () => {
  // The introduction log: its island, a view that the island shows at once and its lazy tabs
  // import too, and each component's <style> module.
  const LOG = src('widgets/IntroLog.svelte');
  const VIEW = src('widgets/intro-log/LogView.svelte');
  const TAB = src('widgets/intro-log/LogSuccesses.svelte');
  const style = (component: string) => `${component}?svelte&type=style&lang.css`;
  const nodes: Record<string, Node> = {
    [LOG]: { entry: true, size: BIG },
    [style(LOG)]: { importers: [LOG], size: SMALL },
    [VIEW]: { importers: [LOG, TAB], size: SMALL },
    [style(VIEW)]: { importers: [VIEW], size: SMALL },
    [TAB]: { lazyImporters: [LOG], size: BIG },
    [style(TAB)]: { importers: [TAB], size: SMALL },
    // A stylesheet two components in different chunks import: rolldown places it.
    [src('styles/shared.css')]: { importers: [LOG, TAB], size: SMALL },
  };
  const plan = planChunkGroups(Object.keys(nodes), graphOf(nodes), SMALL_GROUP);

  it('goes to the chunk of its component, so no lazy part imports the island to get it', () => {
    expect(plan.get(style(VIEW))).toBe(plan.get(VIEW));
    expect(plan.get(style(LOG))).toBe(plan.get(LOG));
    // The view is imported by a lazy tab: it is kept out of the island's own chunk.
    expect(plan.get(VIEW)).not.toBe(plan.get(LOG));
  });

  it('of a lazy part, or shared by components in two chunks, is left to rolldown', () => {
    expect(plan.has(style(TAB))).toBe(false);
    expect(plan.has(src('styles/shared.css'))).toBe(false);
  });
});

describe('the lazy part check of the built chunks', () => {
  const chunk = (fileName: string, more: Partial<BuiltChunk> = {}): BuiltChunk => ({
    fileName,
    isEntry: false,
    isDynamicEntry: false,
    imports: [],
    css: [],
    ...more,
  });

  it('passes lazy parts that import only shared chunks without stylesheets', () => {
    expect(
      unsafeLazyImports([
        chunk('IntroLog.js', { isEntry: true, imports: ['log-views.js', 'svelte.js'] }),
        chunk('LogSuccesses.js', { isDynamicEntry: true, imports: ['log-views.js'] }),
        chunk('log-views.js', { imports: ['svelte.js'] }),
        chunk('svelte.js'),
      ]),
    ).toEqual([]);
  });

  it("names a lazy part that imports, through another chunk, an island's entry chunk", () => {
    expect(
      unsafeLazyImports([
        chunk('IntroLog.js', { isEntry: true, css: ['IntroLog.css'] }),
        chunk('LogSuccesses.js', { isDynamicEntry: true, imports: ['LogView.js'] }),
        chunk('LogView.js', { imports: ['IntroLog.js'] }),
      ]),
    ).toEqual(["LogSuccesses.js → LogView.js → IntroLog.js (an island's entry chunk)"]);
  });

  it('names a lazy part whose chunks name a stylesheet', () => {
    expect(
      unsafeLazyImports([
        chunk('MapView.js', { isDynamicEntry: true, imports: ['labels.js'] }),
        chunk('labels.js', { css: ['labels.css'] }),
      ]),
    ).toEqual(['MapView.js → labels.js (names labels.css)']);
  });
});
