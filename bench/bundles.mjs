// Sizes of the committed bundles: what the runner downloads and node parses at start.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function bundleSizes(dist) {
  if (!existsSync(dist)) return [];
  return readdirSync(dist)
    .filter((name) => statSync(path.join(dist, name)).isDirectory())
    .sort()
    .map((name) => {
      const files = readdirSync(path.join(dist, name)).filter((file) => file.endsWith('.js'));
      const size = (file) => statSync(path.join(dist, name, file)).size;
      return {
        name,
        entryBytes: files.includes('index.js') ? size('index.js') : 0,
        /** Chunks are loaded only by the code paths that import them (dynamic import()). */
        chunks: files.filter((file) => file !== 'index.js').length,
        totalBytes: files.reduce((sum, file) => sum + size(file), 0),
      };
    });
}
