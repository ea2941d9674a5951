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
    const names = new Set(bySource.get(source));
    for (const document of parseAllDocuments(chunk)) {
      if ('contents' in document && document.errors.length === 0) for (const name of envNames(document.toJS({ maxAliasCount: 100 }))) names.add(name);
    }
    bySource.set(source, names);
  }
  return bySource;
}

/** The `name` of every item of every `env` list in a rendered document, in document order. */
function envNames(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(envNames);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => {
    if (key !== 'env' || !Array.isArray(value)) return envNames(value);
    return value.flatMap((entry: unknown) => (entry && typeof entry === 'object' && typeof (entry as { name?: unknown }).name === 'string' ? [(entry as { name: string }).name] : []));
  });
}

/** One environment to render: the chart, and where its values come from. */
export interface RenderTarget {
  chartDir: string;
  /** Repository path of the environment's values file (undefined for the chart's own defaults). */
  valuesFile?: string;
  /** Key under which the values file holds the chart's values (a subchart alias), '' for none. */
  valuesPrefix: string;
  /** The chart's `.Values` in this environment, as the static reading merged them. */
  values: Values;
}

/**
 * Render one environment as Argo CD does. When the values file sits in an application chart
 * that holds this chart's values under its alias (Phalanx: applications/prompt-keda-lsstcam,
 * `prompt-keda:`), the application chart is rendered with this chart as that dependency and
 * the values file as written — helm parses it itself (YAML 1.1). Otherwise the chart is rendered
 * alone with the merged values, and `.Values.global` present as helm gives it to a subchart.
 * Throws on a helm failure with helm's own error lines (callers report it).
 */
export async function renderChart(helm: string, repository: GitRepository, revision: string, target: RenderTarget): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lockstep-helm-'));
  try {
    const application = target.valuesFile && target.valuesPrefix ? path.posix.dirname(target.valuesFile) : undefined;
    const applicationChart = application && application !== target.chartDir ? await repository.readFile(revision, `${application}/Chart.yaml`) : undefined;
    let args: string[];
    if (application && applicationChart) {
      const root = path.join(dir, path.posix.basename(application));
      await copyTree(repository, revision, application, root);
      await copyTree(repository, revision, target.chartDir, path.join(root, 'charts', target.valuesPrefix));
      args = ['template', 'lockstep', root, '-f', path.join(root, path.posix.basename(target.valuesFile!))];
    } else {
      const root = path.join(dir, 'chart');
      await copyTree(repository, revision, target.chartDir, root);
      const valuesFile = path.join(dir, 'values.yaml');
      await writeFile(valuesFile, stringify({ global: {}, ...target.values }));
      args = ['template', 'lockstep', root, '-f', valuesFile];
    }
    return await new Promise<string>((resolve, reject) => {
      execFile(helm, args, { maxBuffer: 32 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
        if (error) reject(new Error(helmError(stderr) || error.message));
        else resolve(stdout);
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The template a rendered `# Source:` came from, inside the chart: `app/charts/prompt-keda/templates/x.yaml` → `prompt-keda/templates/x.yaml`. */
export function sourceInChart(source: string): string {
  return source.replace(/^(?:[^/]+\/charts\/)+/, '');
}

/** helm's error, on one line: from its `Error:` line on, without the closing `--debug` advice. */
function helmError(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  const start = lines.findIndex((line) => line.startsWith('Error'));
  return (start >= 0 ? lines.slice(start) : lines)
    .filter((line) => !/^Use --debug flag/.test(line))
    .join(' ')
    .slice(0, 500);
}

async function copyTree(repository: GitRepository, revision: string, from: string, to: string): Promise<void> {
  const files = await repository.listFiles(revision, [`${from}/**`]);
  const texts = await repository.readBlobs(files);
  for (const [index, file] of files.entries()) {
    const target = path.join(to, path.posix.relative(from, file.path));
    await mkdir(path.dirname(target), { recursive: true });
    const text = texts[index];
    if (text === undefined) throw new Error(`readBlobs gave no text for ${file.path}`); // it gives one per blob, in order
    await writeFile(target, text);
  }
}
