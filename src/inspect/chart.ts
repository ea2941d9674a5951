/**
 * `lockstep inspect chart --environment E`: the env each workload's container gets in one
 * environment at one revision, as env-diff reads it — readChartSnapshot, then each entry's
 * conditions and value under that environment's values (environmentEntries, the function the
 * check's per-environment diff uses). Entries switched off there are listed too, with why.
 */
import path from 'node:path';
import type { ChartSnapshot } from '../helm/chart-snapshot.js';
import type { ChartEnvironment } from '../helm/environments.js';
import { code, inline, type Block } from '../report/model.js';
import { environmentEntries, type EnvironmentEntry } from '../env/environment-changes.js';
import { location, type Listing } from './listing.js';

interface EntryView {
  name: string;
  /** set: the container gets it; off: its condition is false here; shadowed: an earlier entry of the same name wins. */
  state: EnvironmentEntry['state'];
  /** What the container gets (null for a secret); the expression and the values it reads when not resolved. */
  value: string | null;
  secret: boolean;
  resolved: boolean;
  condition: string | null;
  /** The condition under this environment's values. */
  conditionHolds: boolean | 'unknown';
  file: string;
  line: number;
  /** Named templates the entry came through, outermost first. */
  via: string[];
}

export interface InspectChartData {
  environment: string;
  valuesFile: string;
  rev: string;
  commit: string;
  imageTag: ChartEnvironment['imageTag'];
  workloads: {
    workload: string;
    template: string;
    /** The workload's template does not exist at this revision. */
    templateMissing: boolean;
    entries: EntryView[];
    /** Entries that cannot be read statically (`toYaml .Values.env`): not counted. */
    dynamic: { text: string; file: string; line: number }[];
  }[];
}

export function inspectChart(snapshot: ChartSnapshot, environment: ChartEnvironment, rev: string): Listing<InspectChartData> {
  const data: InspectChartData = {
    environment: environment.name,
    valuesFile: environment.file,
    rev,
    commit: snapshot.revision,
    imageTag: environment.imageTag,
    workloads: [...snapshot.workloads].map(([workload, env]) => ({
      workload,
      template: snapshot.workloadFiles.get(workload)!,
      templateMissing: env === null,
      entries: environmentEntries(snapshot, environment, workload).map(entryView),
      dynamic: (env?.dynamic ?? []).map((source) => ({ text: source.text, file: source.file, line: source.line })),
    })),
  };
  return { kind: 'listing', title: `lockstep inspect chart: environment ${environment.name} at ${rev} (${snapshot.revision.slice(0, 12)})`, blocks: chartBlocks(data), data };
}

function entryView({ entry, state, condition, value }: EnvironmentEntry): EntryView {
  return {
    name: entry.name,
    state,
    value: value.secret ? null : value.text,
    secret: value.secret,
    resolved: value.resolved,
    condition: entry.condition,
    conditionHolds: condition,
    file: entry.file,
    line: entry.line,
    via: entry.via,
  };
}

function chartBlocks(data: InspectChartData): Block[] {
  const tag = data.imageTag ? inline`${code(data.imageTag.tag)} (${data.imageTag.source}, ${location(data.imageTag.file, data.imageTag.line)})` : 'not found';
  const blocks: Block[] = [
    { kind: 'paragraph', text: inline`Values: ${data.valuesFile}. Deployed image tag: ${tag}.` },
    { kind: 'paragraph', text: inline`A condition the values leave unknown counts as on (as env-diff counts it); "shadowed": an earlier entry of the same name wins.` },
  ];
  for (const workload of data.workloads) {
    const set = workload.entries.filter((e) => e.state === 'set').length;
    blocks.push({ kind: 'heading', text: inline`${workload.workload} (${workload.template}): ${set} variable${set === 1 ? '' : 's'}` });
    if (workload.entries.length)
      blocks.push({
        kind: 'table',
        headers: ['variable', 'value', 'condition', 'set at', 'state'],
        rows: workload.entries.map((e) => [
          [code(e.name)],
          e.secret ? inline`(secret)` : e.value === '' ? inline`(empty)` : inline`${code(e.value ?? '')}${e.resolved ? '' : ' (not resolved statically)'}`,
          e.condition ? inline`${code(e.condition)}: ${e.conditionHolds === 'unknown' ? 'unknown (counted as on)' : e.conditionHolds ? 'on' : 'off'}` : inline`always`,
          inline`${e.file === workload.template ? `line ${e.line}` : `${path.posix.basename(e.file)}:${e.line}`}${e.via.length ? ` via ${e.via.join(' → ')}` : ''}`,
          inline`${e.state === 'set' ? 'set' : e.state === 'off' ? 'not set' : 'shadowed'}`,
        ]),
      });
    else blocks.push({ kind: 'paragraph', text: inline`${workload.templateMissing ? 'The template does not exist at this revision.' : 'No env entries.'}` });
    if (workload.dynamic.length)
      blocks.push({ kind: 'list', items: workload.dynamic.map((d) => inline`${location(d.file, d.line)}: ${code(d.text)} sets entries that cannot be read statically (not counted)`) });
  }
  return blocks;
}
