/**
 * `lockstep init`: what a repository holds that a starting .github/lockstep.yml can name —
 * dataclass and pydantic message classes, the folders whose code reads os.environ, a Helm
 * chart with its workload templates, values files and image tag — read at HEAD with the
 * same readers the checks use (never running the code). What it cannot decide is said,
 * not guessed silently. Every loop is bounded by the file caps below.
 */
import path from 'node:path';
import { parseYaml } from '../config/yaml.js';
import type { GitRepository } from '../git/repository.js';
import { isMapping } from '../helm/values.js';
import { topLevelClasses, type PythonClass } from '../python/classes.js';
import { findEnvReads } from '../python/env-reads.js';
import type { PyExpr } from '../python/expressions.js';
import { parsePython } from '../python/parse.js';

/** At most this many Python files and values files are read. */
export const MAX_PYTHON_FILES = 3000;
const MAX_VALUES_FILES = 200;
/** Message classes written into the configuration; the rest are listed. */
const MAX_MESSAGES = 8;
/** A class is taken for a message when its name or file says so. */
const MESSAGE_WORDS = /messag|event|visit|payload|notif/i;
const SKIPPED_FOLDERS = /(^|\/)(tests?|docs?|examples?|\.github)\//;

export interface MessageCandidate {
  file: string;
  name: string;
  kind: 'dataclass' | 'pydantic';
}

export interface ChartCandidate {
  path: string;
  workloads: Record<string, string>;
  environments?: string;
  imageTag?: string;
}

export interface Detected {
  messages: MessageCandidate[];
  /** Folders whose Python code reads os.environ, as globs, and how many variables they read. */
  codeGlobs: string[];
  variables: number;
  chart?: ChartCandidate;
  versioning: 'tags' | 'changelog' | 'label';
  /** What init could not decide, one sentence each, for the reader to settle. */
  undecided: string[];
}

export async function detect(repository: GitRepository, options: { chart?: string }): Promise<Detected> {
  const files = (await repository.listFiles('HEAD')).map((entry) => entry.path);
  const undecided: string[] = [];
  const python = files.filter((file) => file.endsWith('.py') && !SKIPPED_FOLDERS.test(file));
  if (python.length > MAX_PYTHON_FILES) undecided.push(`Only the first ${MAX_PYTHON_FILES} of ${python.length} Python files were read.`);
  const { messages, codeGlobs, variables, undecided: pythonUndecided } = await readPython(repository, python.slice(0, MAX_PYTHON_FILES));
  const { chart, undecided: chartUndecided } = await findChart(repository, files, options.chart);
  undecided.push(...pythonUndecided, ...chartUndecided);
  const versioning = (await repository.tags()).some((tag) => /^v?\d+\.\d+\.\d+$/.test(tag.name)) ? 'tags' : files.includes('CHANGELOG.md') ? 'changelog' : 'label';
  if (versioning === 'label' && messages.length) undecided.push('No release tags and no CHANGELOG.md: versioning.source is label (a semver:* PR label declares each bump).');
  return { messages, codeGlobs, variables, ...(chart ? { chart } : {}), versioning, undecided };
}

/** The message classes and env-reading folders of the Python files, and what could not be decided about them. */
async function readPython(repository: GitRepository, files: string[]) {
  const undecided: string[] = [];
  const found: MessageCandidate[] = [];
  const readingFolders = new Set<string>();
  const variables = new Set<string>();
  for (const file of files) {
    const text = await repository.readFile('HEAD', file).catch(() => undefined);
    if (!text) continue;
    const module = parsePython(file, text.text);
    for (const cls of topLevelClasses(module)) {
      const kind = messageKind(cls);
      if (kind) found.push({ file, name: cls.name, kind });
    }
    const reads = findEnvReads(module).filter((read) => read.resolved);
    if (reads.length) readingFolders.add(path.posix.dirname(file));
    for (const read of reads) variables.add(read.name);
  }
  const named = found.filter((candidate) => MESSAGE_WORDS.test(candidate.name) || MESSAGE_WORDS.test(path.posix.basename(candidate.file)));
  const messages = named.slice(0, MAX_MESSAGES);
  const others = found.filter((candidate) => !messages.includes(candidate));
  if (messages.length) undecided.push(`role: both for every message (the strictest); set producer or consumer where this repository only sends or only reads it.`);
  if (others.length)
    undecided.push(
      `${others.length} more dataclass/pydantic class${others.length === 1 ? '' : 'es'} not written as messages (add those that travel between services): ${others
        .slice(0, 10)
        .map((candidate) => `${candidate.file}#${candidate.name}`)
        .join(', ')}${others.length > 10 ? ', …' : ''}.`,
    );
  if (found.length === 0) undecided.push('No dataclass or pydantic class found: no messages section.');
  const codeGlobs = folderGlobs([...readingFolders]);
  if (codeGlobs.length) undecided.push('Every folder that reads os.environ went under one workload, service; split env.code if the repository runs several containers.');
  return { messages, codeGlobs, variables: variables.size, undecided };
}

function messageKind(cls: PythonClass): MessageCandidate['kind'] | undefined {
  const last = (expr: PyExpr): string | undefined => (expr.kind === 'name' ? expr.parts.at(-1) : expr.kind === 'call' ? last(expr.callee) : undefined);
  if (cls.bases.some((base) => last(base) === 'BaseModel')) return 'pydantic';
  if (cls.decorators.some((decorator) => last(decorator) === 'dataclass')) return 'dataclass';
  return undefined;
}

/** The top folders (two levels deep at most) of the files that read the environment, as globs. */
function folderGlobs(folders: string[]): string[] {
  const tops = new Set(folders.map((folder) => (folder === '.' ? '*.py' : `${folder.split('/').slice(0, 2).join('/')}/**/*.py`)));
  return [...tops].sort();
}

/** The chart (the one there is, or the one asked for) with its workloads, environments and image tag, and what could not be decided. */
async function findChart(repository: GitRepository, files: string[], wanted: string | undefined): Promise<{ chart?: ChartCandidate; undecided: string[] }> {
  const undecided: string[] = [];
  const charts = files.filter((file) => path.posix.basename(file) === 'Chart.yaml').map((file) => path.posix.dirname(file));
  if (wanted !== undefined && !charts.includes(wanted.replace(/\/+$/, ''))) {
    undecided.push(`--chart ${wanted}: no Chart.yaml there; charts found: ${charts.slice(0, 10).join(', ') || 'none'}.`);
    return { undecided };
  }
  const chosen = wanted?.replace(/\/+$/, '') ?? (charts.length === 1 ? charts[0] : undefined);
  if (!chosen) {
    if (charts.length > 1) undecided.push(`${charts.length} Helm charts found (${charts.slice(0, 10).join(', ')}${charts.length > 10 ? ', …' : ''}): run again with --chart PATH to pick one.`);
    return { undecided };
  }
  const workloads: Record<string, string> = {};
  const templates = files.filter((file) => file.startsWith(`${chosen}/templates/`) && /\.(ya?ml|tpl)$/.test(file));
  for (const template of templates) {
    const text = (await repository.readFile('HEAD', template).catch(() => undefined))?.text ?? '';
    if (/^\s*env:\s*$/m.test(text)) workloads[path.posix.basename(template).replace(/\.[^.]+$/, '').replace(/^_/, '')] = template.slice(chosen.length + 1);
  }
  if (Object.keys(workloads).length === 0) undecided.push(`No template of ${chosen} has an env: list; add env.chart.workloads by hand.`);
  else undecided.push(`Workloads are named after their templates (${Object.keys(workloads).join(', ')}); rename them to match env.code's workload names.`);
  const name = path.posix.basename(chosen);
  const values = files.filter((file) => /(^|\/)values-[^/]+\.ya?ml$/.test(file) && (file.startsWith(`${chosen}/`) || path.posix.basename(path.posix.dirname(file)).startsWith(name)));
  const environments = environmentGlob(values, chosen, name);
  if (!environments) undecided.push(`No values-*.yaml files for ${chosen}: the chart is read as one environment.`);
  const imageTag = await findImageTag(repository, values.slice(0, MAX_VALUES_FILES), name);
  if (environments && !imageTag) undecided.push('No image tag found in the values files: set env.chart.image-tag to the key path of the deployed tag.');
  return { chart: { path: chosen, workloads, ...(environments ? { environments } : {}), ...(imageTag ? { imageTag } : {}) }, undecided };
}

function environmentGlob(values: string[], chart: string, name: string): string | undefined {
  if (values.length === 0) return undefined;
  if (values.every((file) => file.startsWith(`${chart}/`))) return `${chart}/values-*.yaml`;
  const parents = new Set(values.map((file) => path.posix.dirname(path.posix.dirname(file))));
  if (parents.size === 1) return `${[...parents][0]}/${name}*/values-*.yaml`.replace(/^\.\//, '');
  return undefined;
}

/** The key path of `image.tag` in the first values file that has one (under the chart's name when it nests there). */
async function findImageTag(repository: GitRepository, values: string[], name: string): Promise<string | undefined> {
  for (const file of values) {
    const text = (await repository.readFile('HEAD', file).catch(() => undefined))?.text;
    if (!text) continue;
    let parsed: unknown;
    try {
      parsed = parseYaml(text, file, { version: '1.1' }).value;
    } catch {
      continue;
    }
    if (!isMapping(parsed)) continue;
    for (const prefix of [[name], []]) {
      let node: unknown = parsed;
      for (const key of prefix) node = isMapping(node) ? node[key] : undefined;
      const image = isMapping(node) ? node.image : undefined;
      if (isMapping(image) && image.tag !== undefined) return [...prefix, 'image', 'tag'].join('.');
    }
  }
  return undefined;
}
