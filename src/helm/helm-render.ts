/**
 * Optional cross-check of the static reading with `helm template`, when helm is on PATH (it
 * is on GitHub's Ubuntu runners). The static reading stays the source of truth; a variable
 * one side sees and the other does not is reported for a human to look at.
 */
import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import type { GitRepository } from '../git/repository.js';
import type { Values } from './values.js';

/** The helm executable on PATH, or null. */
export async function findHelm(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, 'helm');
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** Container env names per source template in `helm template` output (`# Source: chart/templates/x.yaml`). */
export function renderedEnvBySource(output: string): Map<string, Set<string>> {
  const bySource = new Map<string, Set<string>>();
  for (const chunk of output.split(/^---[ \t]*$/m)) {
    const source = /^#\s*Source:\s*(\S+)/m.exec(chunk)?.[1];
    if (!source) continue;
    const names = bySource.get(source) ?? new Set<string>();
    for (const document of parseAllDocuments(chunk)) {
      if ('contents' in document && document.errors.length === 0) collectEnvNames(document.toJS({ maxAliasCount: 100 }), names);
    }
    bySource.set(source, names);
  }
  return bySource;
}

function collectEnvNames(node: unknown, names: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectEnvNames(item, names);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'env' && Array.isArray(value)) {
      for (const entry of value) if (entry && typeof entry === 'object' && typeof (entry as { name?: unknown }).name === 'string') names.add((entry as { name: string }).name);
    } else {
      collectEnvNames(value, names);
    }
  }
}

/** Render the chart at a revision with one environment's values. Throws on a helm failure (callers report it). */
export async function renderChart(helm: string, repository: GitRepository, revision: string, chartDir: string, values: Values): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lockstep-helm-'));
  try {
    const files = await repository.listFiles(revision, [`${chartDir}/**`]);
    const texts = await repository.readBlobs(files);
    for (const [index, file] of files.entries()) {
      const target = path.join(dir, 'chart', path.posix.relative(chartDir, file.path));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, texts[index]);
    }
    const valuesFile = path.join(dir, 'values.yaml');
    await writeFile(valuesFile, stringify(values));
    return await new Promise<string>((resolve, reject) => {
      execFile(helm, ['template', 'lockstep', path.join(dir, 'chart'), '-f', valuesFile], { maxBuffer: 32 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
        if (error) reject(new Error(stderr.trim().split('\n').pop() || error.message));
        else resolve(stdout);
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
