/** Ignores in env-diff: the config's entries and the inline comments of the code and chart it reads. */
import path from 'node:path';
import { envPairs } from '../config/env-pairs.js';
import type { LockstepConfig } from '../config/schema.js';
import type { GitRepository } from '../git/repository.js';
import { Ignores } from '../ignores/ignores.js';
import { scanInlineIgnores } from '../ignores/inline.js';

/** The files env-diff reads, as git pathspecs: every workload's code globs and the chart folder. */
function pathspecsOf(config: LockstepConfig): string[] {
  if (!config.env) return [];
  const pairs = envPairs(config.env).map((pair) => pair.config);
  const globs = pairs.flatMap((env) => Object.values(env.code ?? {}).flat());
  // git pathspecs have no {a,b}: such a glob widens the search to every Python file.
  const code = globs.some((glob) => /[{}]/.test(glob)) ? [':(glob)**/*.py'] : globs.map((glob) => `:(glob)${glob}`);
  const charts = pairs.flatMap((env) => (env.chart ? [`:(literal)${env.chart.path.replace(/\/+$/, '')}`] : []));
  return [...new Set([...code, ...charts])];
}

export async function envIgnores(
  repository: GitRepository,
  revisions: { base: string; head: string },
  config: LockstepConfig,
  options: { configFile: string; now?: Date },
): Promise<Ignores> {
  const inline = await scanInlineIgnores(repository, revisions.base, revisions.head, pathspecsOf(config));
  return new Ignores({ check: 'env-diff', entries: config.ignore, configFile: options.configFile, inline, now: options.now });
}

/** The configuration's path as reports show it: repository-relative when it is inside the repository. */
export function shownPath(configFile: string, repoDir: string): string {
  if (!path.isAbsolute(configFile)) return configFile;
  const relative = path.relative(repoDir, configFile);
  return relative.startsWith('..') || path.isAbsolute(relative) ? configFile : relative.split(path.sep).join('/');
}
