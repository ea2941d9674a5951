import type { SourceFiles } from '../../../src/schema/python-program.js';

/** Files of one revision held in memory, recording which paths were asked for. */
export function memoryFiles(files: Record<string, string>): SourceFiles & { requested: string[] } {
  const requested: string[] = [];
  return {
    requested,
    async read(paths) {
      requested.push(...paths);
      return new Map(paths.map((p) => [p, files[p]]));
    },
  };
}
