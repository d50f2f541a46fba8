import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/*
 * The build's promise to the lazy parts (an editor, a log view, the map's drawing): what a part
 * fetches is there. Vite's preload list for an `import()` names the part's chunk, every chunk it
 * imports, and their stylesheets. An island's own entry chunk carries the island's stylesheet,
 * which Astro folds into the page's and never writes under the chunk's name; so a part that
 * imports an island's entry chunk, or any chunk that still names a stylesheet, asks for a file
 * that is not in the build and fails to load (the introduction log's views did, with chunk groups).
 * This check stops the build when that happens, naming the chain, rather than ship it.
 */

/** What the check reads of one chunk of the browser build. */
export interface BuiltChunk {
  fileName: string;
  /** An island's or page script's own chunk (its `component-url`). */
  isEntry: boolean;
  /** Loaded with `import()` somewhere. */
  isDynamicEntry: boolean;
  /** The chunks it imports statically. */
  imports: readonly string[];
  /** The stylesheets Vite would fetch with it. */
  css: readonly string[];
}

/**
 * Each chunk a lazy part would fetch that it must not: an island's entry chunk, or a chunk that
 * names a stylesheet; as "part → … → chunk (why)". Empty when every lazy part is safe.
 */
export function unsafeLazyImports(chunks: readonly BuiltChunk[]): string[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const problems: string[] = [];
  for (const part of chunks) {
    if (!part.isDynamicEntry || part.isEntry) continue;
    const seen = new Set<string>([part.fileName]);
    const queue: Array<[BuiltChunk, string[]]> = [[part, [part.fileName]]];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const [chunk, path] = next;
      const why =
        chunk !== part && chunk.isEntry
          ? "an island's entry chunk"
          : chunk.css.length > 0
            ? `names ${chunk.css.join(', ')}`
            : undefined;
      if (why !== undefined) problems.push(`${path.join(' → ')} (${why})`);
      for (const name of chunk.imports) {
        const imported = byName.get(name);
        if (imported === undefined || seen.has(name)) continue;
        seen.add(name);
        queue.push([imported, [...path, name]]);
      }
    }
  }
  return problems;
}

/** Runs the check on every build (see `lazyChunkPlugin`), whatever decides the chunks. */
export function lazyChunkCheck(): AstroIntegration {
  return {
    name: 'lazy-chunk-check',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [lazyChunkPlugin()] } });
      },
    },
  };
}

/** A Vite plugin that runs the check on the browser build once its chunks are final. */
function lazyChunkPlugin(): Plugin {
  return {
    name: 'lazy-chunk-check',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks: BuiltChunk[] = [];
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk') continue;
          chunks.push({
            fileName: output.fileName,
            isEntry: output.isEntry,
            isDynamicEntry: output.isDynamicEntry,
            imports: output.imports,
            css: [...(output.viteMetadata?.importedCss ?? [])],
          });
        }
        const problems = unsafeLazyImports(chunks);
        if (problems.length > 0) {
          this.error(
            `lazy-chunk-check: a lazy part would fetch a file Astro does not write:\n${problems.join('\n')}`,
          );
        }
      },
    },
  };
}
