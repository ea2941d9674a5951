/**
 * Runs a bundled action exactly as the runner does: `node dist/<name>/index.js` with
 * INPUT_* variables (name upper-cased, spaces → '_', hyphens kept; defaults filled from
 * action.yml as the runner fills them), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * GITHUB_EVENT_PATH and the other GITHUB_* variables — then reads back the outputs, the
 * step summary, the annotations (workflow commands on stdout) and the exit code.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  line?: number;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** The message passed to core.setFailed, if any (it is an ::error without file). */
  failure?: string;
}

export interface ActionRunOptions {
  /** Inputs as a workflow's `with:` gives them. */
  inputs?: Record<string, string>;
  eventName?: string;
  /** The event payload (written to GITHUB_EVENT_PATH). */
  event?: object;
  /** GITHUB_WORKSPACE and the working directory (the checked-out repository). */
  workspace: string;
  repository?: string;
  apiUrl?: string;
  token?: string;
  sha?: string;
  ref?: string;
  env?: Record<string, string>;
  /** Which action.yml declares the inputs: 'actions/<name>/action.yml' or 'action.yml'. */
  actionYml?: string;
  /** The bundle to run; defaults to dist/<name>/index.js. */
  bundle?: string;
  timeoutMs?: number;
}

interface ActionDefinition {
  runs: { using: string; main: string };
  inputs?: Record<string, { default?: string; required?: boolean }>;
}

export function readActionDefinition(actionYml: string): ActionDefinition {
  return parseYaml(readFileSync(path.join(PROJECT_ROOT, actionYml), 'utf8')) as ActionDefinition;
}

export async function runBundledAction(name: string, options: ActionRunOptions): Promise<ActionRun> {
  const actionYml = options.actionYml ?? (name === 'lockstep' ? 'action.yml' : `actions/${name}/action.yml`);
  const definition = readActionDefinition(actionYml);
  const bundle = options.bundle ?? path.resolve(PROJECT_ROOT, path.dirname(actionYml), definition.runs.main);
  const temp = mkdtempSync(path.join(os.tmpdir(), 'lockstep-runner-'));
  const files = {
    output: path.join(temp, 'github_output'),
    summary: path.join(temp, 'step_summary'),
    event: path.join(temp, 'event.json'),
  };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(options.event ?? {}));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: options.repository ?? 'lsst-dm/prompt_processing',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9/',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: options.sha ?? '',
    GITHUB_REF: options.ref ?? '',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
  };
  // The runner gives every declared input, with action.yml's default when `with:` omits it.
  for (const [input, spec] of Object.entries(definition.inputs ?? {})) {
    const given = options.inputs?.[input];
    const fallback = (spec.default ?? '').replace(/\$\{\{\s*github\.token\s*\}\}/g, options.token ?? '');
    env[inputVariable(input)] = given ?? fallback;
  }
  for (const [input, value] of Object.entries(options.inputs ?? {})) {
    if (!(input in (definition.inputs ?? {}))) throw new Error(`input '${input}' is not declared in ${actionYml}`);
    env[inputVariable(input)] = value;
  }
  Object.assign(env, options.env);

  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [bundle], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ exitCode: code ?? (signal ? 128 : 1), stdout: out, stderr: err });
    });
  });

  const annotations = parseAnnotations(stdout);
  const failure = annotations.find((annotation) => annotation.level === 'error' && !annotation.file && !annotation.title)?.message;
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    annotations,
    failure,
  };
}

export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** An output the step must have set; a test fails naming the outputs there are otherwise. */
export function output(run: Pick<ActionRun, 'outputs'>, name: string): string {
  const value = run.outputs[name];
  if (value === undefined) throw new Error(`the step set no output '${name}'; it set ${Object.keys(run.outputs).join(', ') || 'none'}`);
  return value;
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` records (and `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const [, name = '', delimiter] = /^([^=<]+)<<(.+)$/.exec(line) ?? [];
    if (delimiter !== undefined) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return outputs;
}

export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const [, level, props = '', message = ''] = match;
    const annotation: Annotation = { level: level as Annotation['level'], message: unescapeData(message) };
    for (const prop of props.split(',').filter(Boolean)) {
      const at = prop.indexOf('=');
      const key = prop.slice(0, at);
      const value = unescapeProperty(prop.slice(at + 1));
      if (key === 'file') annotation.file = value;
      else if (key === 'line') annotation.line = Number(value);
      else if (key === 'title') annotation.title = value;
    }
    annotations.push(annotation);
  }
  return annotations;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','));
}
