/** Source files by path (`src/widgets/FocusPlan.svelte` → its text). */
export type Sources = ReadonlyMap<string, string>;

// `import … from '…'`, `export … from '…'`, `import '…'` at the start of a line (group 1 marks
// `import type`), or `import('…')` anywhere.
const STATIC_OR_DYNAMIC =
  /^\s*(?:import|export)\s+(type\s)?(?:[^;'"]*?\bfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm;

/** Resolves `.` and `..` segments of a slash-separated path. */
function normalise(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

/**
 * The files `path` imports at run time, as paths among `sources`: relative `import … from`,
 * `export … from`, side-effect and dynamic imports. Type-only imports are left out (they ship
 * nothing), and so are packages and files outside `sources`.
 */
export function importsOf(path: string, sources: Sources): string[] {
  const source = sources.get(path) ?? '';
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const found: string[] = [];
  for (const [, typeOnly, staticSpecifier, dynamicSpecifier] of source.matchAll(
    STATIC_OR_DYNAMIC,
  )) {
    const specifier = staticSpecifier ?? dynamicSpecifier ?? '';
    if (typeOnly !== undefined || !specifier.startsWith('.')) continue;
    const base = normalise(folder + specifier.replace(/\?.*$/, ''));
    const resolved = [base, `${base}.ts`, `${base}/index.ts`].find((file) => sources.has(file));
    if (resolved !== undefined) found.push(resolved);
  }
  return found;
}

/**
 * `entry` and every source it imports, directly or not, at run time; files in `leaving` (parts an
 * island does not show in one of its views) are not followed, unless something else imports them.
 */
export function importClosure(
  entry: string,
  sources: Sources,
  leaving: ReadonlySet<string> = new Set(),
): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const imported of importsOf(file, sources)) {
      if (seen.has(imported) || leaving.has(imported)) continue;
      seen.add(imported);
      queue.push(imported);
    }
  }
  return [...seen];
}
