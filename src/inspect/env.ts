/**
 * `lockstep inspect env --workload W`: every environment variable a workload's code reads at
 * one revision, as env-diff counts it — required, conditional (and under which condition) or
 * optional, each read with its file:line — from CodeReader.snapshot, the reading the check runs.
 * Reads in shared code that the workload's own code does not reach are listed apart.
 */
import type { GitRepository } from '../git/repository.js';
import { code, inline, joinInline, type Block, type Inline } from '../report/model.js';
import { CodeReader, workloadMatchers, type CodeSettings, type Requirement } from '../env/code-reads.js';
import type { EnvRead } from '../python/env-reads.js';
import { location, type Listing } from './listing.js';

export interface InspectEnvInput {
  repository: GitRepository;
  rev: string;
  commit: string;
  workload: string;
  settings: CodeSettings;
}

interface ReadView {
  file: string;
  line: number;
  kind: EnvRead['kind'];
  required: boolean;
  condition: string | null;
  default: string | null;
  /** Inside `try: … except KeyError:` with a fallback. */
  guarded: boolean;
}

interface VariableView {
  name: string;
  requirement: Requirement;
  condition: string | null;
  default: string | null;
  /** Where the deciding read is (the configuration file for env.extra-reads). */
  file: string;
  line: number | null;
  /** Declared in env.extra-reads: read by code outside the repository. */
  extra: boolean;
  /** The path from the workload's own code to a read in shared code. */
  via: string | null;
  reads: ReadView[];
}

export interface InspectEnvData {
  workload: string;
  rev: string;
  commit: string;
  globs: string[];
  variables: VariableView[];
  /** Reads whose name is built at run time (`expression` is the code that builds it): the check cannot name them. */
  unresolved: (ReadView & { expression: string })[];
  /** Reads in files the workload's globs match that its own code does not reach: not counted. */
  notReached: (ReadView & { name: string })[];
}

export async function inspectEnv(input: InspectEnvInput): Promise<Listing<InspectEnvData>> {
  const { workload, settings } = input;
  const snapshot = await new CodeReader(input.repository).snapshot(input.commit, settings);
  const variables = [...(snapshot.workloads.get(workload)?.values() ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const counted = new Set(variables.flatMap((variable) => variable.reads));
  const matches = workloadMatchers(settings.code).get(workload)!;
  const notReached = [...(snapshot.files ?? [])]
    .filter(([file]) => matches(file))
    .flatMap(([, reads]) => reads.filter((read) => read.resolved && !counted.has(read)))
    .map((read) => ({ name: read.name, ...readView(read) }));
  const data: InspectEnvData = {
    workload,
    rev: input.rev,
    commit: input.commit,
    globs: settings.code[workload] ?? [],
    variables: variables.map((variable) => ({
      name: variable.name,
      requirement: variable.requirement,
      condition: variable.condition,
      default: variable.default,
      file: variable.file,
      line: variable.line ?? null,
      extra: variable.extra,
      via: variable.via ?? null,
      reads: variable.reads.map(readView),
    })),
    unresolved: (snapshot.unresolved.get(workload) ?? []).map((read) => ({ expression: read.name, ...readView(read) })),
    notReached,
  };
  return { kind: 'listing', title: `lockstep inspect env: workload ${workload} at ${input.rev} (${input.commit.slice(0, 12)})`, blocks: envBlocks(data), data };
}

function readView(read: EnvRead): ReadView {
  return { file: read.file, line: read.line, kind: read.kind, required: read.required, condition: read.condition, default: read.default, guarded: read.guarded };
}

function envBlocks(data: InspectEnvData): Block[] {
  const counts = (['required', 'conditional', 'optional'] as const).map((r) => `${data.variables.filter((v) => v.requirement === r).length} ${r}`).join(', ');
  const blocks: Block[] = [
    { kind: 'paragraph', text: inline`Code: ${joinInline(data.globs.map(code), ', ')}. ${data.variables.length} variable${data.variables.length === 1 ? '' : 's'}: ${counts}.` },
    { kind: 'heading', text: inline`Variables` },
  ];
  if (!data.variables.length) blocks.push({ kind: 'paragraph', text: inline`No environment variable is read.` });
  else
    blocks.push({
      kind: 'table',
      headers: ['variable', 'as the check counts it', 'read at'],
      rows: data.variables.map((v) => [
        [code(v.name)],
        requirementText(v),
        v.extra ? inline`env.extra-reads (${v.file})` : joinInline([...v.reads.map(readText), ...(v.via ? [`reached via ${v.via}`] : [])], '\n'),
      ]),
    });
  if (data.unresolved.length)
    blocks.push({ kind: 'heading', text: inline`Names built at run time (not checked)` }, { kind: 'list', items: data.unresolved.map((r) => inline`${location(r.file, r.line)}: ${r.kind} of ${code(r.expression)}`) });
  if (data.notReached.length)
    blocks.push(
      { kind: 'heading', text: inline`Not counted: shared code this workload does not reach` },
      { kind: 'list', items: data.notReached.map((r) => inline`${code(r.name)} ${readText(r)}`) },
    );
  return blocks;
}

function requirementText(v: VariableView): Inline {
  if (v.requirement === 'conditional') return inline`required when ${code(v.condition ?? '')}`;
  if (v.requirement === 'optional') return v.default !== null ? inline`optional (default ${code(v.default)})` : inline`optional`;
  return inline`required`;
}

/** One read: where, how, and under what. */
function readText(read: ReadView): Inline {
  const how = read.required ? 'required' : read.guarded ? 'optional (KeyError handled)' : read.default !== null ? inline`optional, default ${code(read.default)}` : 'optional';
  return inline`${location(read.file, read.line)} ${read.kind}: ${how}${read.condition ? inline` if ${code(read.condition)}` : ''}`;
}
