/**
 * A chart as it is at one revision: every workload's env entries and every environment
 * (values, deployed image tag). Read from git objects, never from a work tree.
 */
import path from 'node:path';
import { InputError } from '../errors.js';
import type { GitRepository } from '../git/repository.js';
import { parseYaml, type ParsedYaml } from '../config/yaml.js';
import { duplicateEntries, readWorkloadEnv, type ChartEnvEntry, type WorkloadEnv } from './env-entries.js';
import { buildTemplateSet, TEMPLATE_GLOBS } from './template-set.js';
import {
  defaultValuesPrefix,
  parseValuesFile,
  readChartMetadata,
  readEnvironment,
  type ChartEnvironment,
  type ChartMetadata,
} from './environments.js';

export interface ChartSettings {
  /** Chart folder in the repository, e.g. charts/prompt-keda. */
  path: string;
  /** workload → template file inside the chart. */
  workloads: Record<string, string>;
  environments?: string;
  imageTag?: string;
  valuesPrefix?: string;
}

/** The environment name used when no env.chart.environments glob is configured. */
export const CHART_DEFAULTS = '(chart defaults)';

export interface ChartSnapshot {
  revision: string;
  /** workload → its env, or null when its template does not exist at this revision. */
  workloads: Map<string, WorkloadEnv | null>;
  /** workload → repository path of its template. */
  workloadFiles: Map<string, string>;
  environments: ChartEnvironment[];
  metadata: ChartMetadata;
  valuesPrefix: string;
  duplicates: Array<{ workload: string; first: ChartEnvEntry; second: ChartEnvEntry }>;
}

export async function readChartSnapshot(repository: GitRepository, revision: string, settings: ChartSettings): Promise<ChartSnapshot> {
  const chartDir = settings.path.replace(/\/+$/, '');
  const templateEntries = await repository.listFiles(revision, TEMPLATE_GLOBS.map((glob) => `${chartDir}/${glob}`));
  const environmentEntries = settings.environments ? await repository.listFiles(revision, [settings.environments]) : [];
  const applicationValuesPaths = [...new Set(environmentEntries.map((entry) => `${path.posix.dirname(entry.path)}/values.yaml`))];
  const chartFile = `${chartDir}/Chart.yaml`;
  const chartValuesFile = `${chartDir}/values.yaml`;
  const files = await repository.readFiles(revision, [
    chartFile,
    chartValuesFile,
    ...templateEntries.map((entry) => entry.path),
    ...environmentEntries.map((entry) => entry.path),
    ...applicationValuesPaths,
  ]);
  const textOf = (file: string) => files.get(file)?.text;

  const chartText = textOf(chartFile);
  const chartValuesText = textOf(chartValuesFile);
  const metadata = readChartMetadata(
    chartText === undefined ? undefined : parseYaml(chartText, chartFile, { version: '1.1' }),
    chartFile,
    chartValuesText === undefined ? undefined : parseValuesFile(chartValuesText, chartValuesFile),
  );
  const templateSet = buildTemplateSet(templateEntries.map((entry) => ({ path: entry.path, text: textOf(entry.path) ?? '' })));

  const workloads = new Map<string, WorkloadEnv | null>();
  const workloadFiles = new Map<string, string>();
  const duplicates: ChartSnapshot['duplicates'] = [];
  for (const [workload, template] of Object.entries(settings.workloads)) {
    const file = `${chartDir}/${template.replace(/^\.\//, '')}`;
    workloadFiles.set(workload, file);
    if (!templateSet.structures.has(file)) {
      workloads.set(workload, null);
      continue;
    }
    const env = readWorkloadEnv(templateSet, file);
    workloads.set(workload, env);
    for (const [first, second] of duplicateEntries(env.entries)) duplicates.push({ workload, first, second });
  }

  const valuesPrefix = settings.valuesPrefix ?? defaultValuesPrefix(settings.imageTag, metadata, chartDir);
  const parsedApplicationValues = new Map<string, ParsedYaml>();
  for (const file of applicationValuesPaths) {
    const text = textOf(file);
    if (text !== undefined) parsedApplicationValues.set(file, parseValuesFile(text, file));
  }
  const environments = environmentEntries
    .filter((entry) => !parsedApplicationValues.has(entry.path))
    .map((entry) =>
      readEnvironment(
        parseValuesFile(textOf(entry.path) ?? '', entry.path),
        parsedApplicationValues.get(`${path.posix.dirname(entry.path)}/values.yaml`),
        metadata,
        { glob: settings.environments!, imageTagPath: settings.imageTag, valuesPrefix },
      ),
    );
  // Without env.chart.environments the chart's own defaults are the one environment: its
  // values.yaml decides the conditions and its appVersion (or values tag) is the version.
  if (!settings.environments && chartText !== undefined) {
    environments.push(
      readEnvironment(parseValuesFile('{}', chartValuesFile), undefined, metadata, {
        glob: chartValuesFile,
        imageTagPath: settings.imageTag,
        valuesPrefix,
      }),
    );
    environments[environments.length - 1].name = CHART_DEFAULTS;
  }
  const names = new Map<string, string>();
  for (const environment of environments) {
    const other = names.get(environment.name);
    if (other) {
      throw new InputError(`two values files name the same environment '${environment.name}' (${other})`, {
        file: environment.file,
        hint: 'Make env.chart.environments match one values file per environment.',
      });
    }
    names.set(environment.name, environment.file);
  }
  return { revision, workloads, workloadFiles, environments, metadata, valuesPrefix, duplicates };
}

/** Fail with a clear message when a configured workload template is missing at the revision that must have it. */
export function assertWorkloadsPresent(snapshot: ChartSnapshot, label: string): void {
  for (const [workload, env] of snapshot.workloads) {
    if (env === null) {
      throw new InputError(`the ${workload} workload's template does not exist at ${label}`, {
        file: snapshot.workloadFiles.get(workload),
        hint: 'Check env.chart.path and env.chart.workloads in .github/lockstep.yml (paths inside the chart, e.g. templates/scaled-job.yaml).',
      });
    }
  }
}
