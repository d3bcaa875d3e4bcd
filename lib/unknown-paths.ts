// Which addresses look like a generated page but are not one (/roles/not-a-role): read from
// the build's own prerender manifest, so the list of ids is never written twice. proxy.ts
// sends those to the 404 page of their language instead of Next's language-less one.
import fs from 'node:fs';
import path from 'node:path';

interface Manifest {
  routes: Record<string, unknown>;
  dynamicRoutes: Record<string, { routeRegex: string; fallback: string | false | null }>;
}

let cache: { known: Set<string>; patterns: RegExp[] } | null | undefined;

function load() {
  if (cache !== undefined) return cache;
  try {
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', 'prerender-manifest.json');
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
    cache = {
      known: new Set(Object.keys(manifest.routes)),
      patterns: Object.values(manifest.dynamicRoutes)
        .filter((r) => r.fallback === false)
        .map((r) => new RegExp(r.routeRegex)),
    };
  } catch {
    cache = null; // `next dev` has no manifest: Next's own 404 answers there
  }
  return cache;
}

/** True for an internal path (/ru/roles/x) that matches a generated route but was not generated. */
export function isUnknownGeneratedPath(internalPath: string): boolean {
  const m = load();
  if (!m || m.known.has(internalPath)) return false;
  return m.patterns.some((p) => p.test(internalPath));
}
