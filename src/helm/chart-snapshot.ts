/**
 * A chart as it is at one revision: every workload's env entries and every environment
 * (values, deployed image tag). Read from git objects, never from a work tree.
 */
import path from 'node:path';
import { InputError } from '../errors.js';
import type { GitRepository, TreeEntry } from '../git/repository.js';
import { parseYaml, type ParsedYaml } from '../config/yaml.js';
import { duplicateEntries, readWorkloadEnv, type ChartEnvEntry, type ChartTemplateSet, type WorkloadEnv } from './env-entries.js';
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
  const files = await readChartFiles(repository, revision, settings);
  const chartFile = `${chartDir}/Chart.yaml`;
  const chartValuesFile = `${chartDir}/values.yaml`;
  const chartText = files.textOf(chartFile);
  const chartValuesText = files.textOf(chartValuesFile);
  const metadata = readChartMetadata(
    chartText === undefined ? undefined : parseYaml(chartText, chartFile, { version: '1.1' }),
    chartFile,
    chartValuesText === undefined ? undefined : parseValuesFile(chartValuesText, chartValuesFile),
  );
  const templateSet = buildTemplateSet(files.templates.map((entry) => ({ path: entry.path, text: files.textOf(entry.path) ?? '' })));
  const { workloads, workloadFiles, duplicates } = readWorkloads(templateSet, chartDir, settings.workloads);
  const valuesPrefix = settings.valuesPrefix ?? defaultValuesPrefix(settings.imageTag, metadata, chartDir);
  const environments = readEnvironments(files, metadata, settings, valuesPrefix);
  // Without env.chart.environments the chart's own defaults are the one environment: its
  // values.yaml decides the conditions and its appVersion (or values tag) is the version.
  if (!settings.environments && chartText !== undefined) {
    const defaults = readEnvironment(parseValuesFile('{}', chartValuesFile), undefined, metadata, { glob: chartValuesFile, imageTagPath: settings.imageTag, valuesPrefix });
    environments.push({ ...defaults, name: CHART_DEFAULTS });
  }
  assertDistinctNames(environments);
  return { revision, workloads, workloadFiles, environments, metadata, valuesPrefix, duplicates };
}

/** The files a snapshot reads at one revision: templates, environments' values files and their applications' values.yaml. */
interface ChartFiles {
  templates: TreeEntry[];
  environments: TreeEntry[];
  applicationValuesPaths: string[];
  textOf(file: string): string | undefined;
}

async function readChartFiles(repository: GitRepository, revision: string, settings: ChartSettings): Promise<ChartFiles> {
  const chartDir = settings.path.replace(/\/+$/, '');
  const templates = await repository.listFiles(revision, TEMPLATE_GLOBS.map((glob) => `${chartDir}/${glob}`));
  const environments = settings.environments ? await repository.listFiles(revision, [settings.environments]) : [];
  const applicationValuesPaths = [...new Set(environments.map((entry) => `${path.posix.dirname(entry.path)}/values.yaml`))];
  const files = await repository.readFiles(revision, [
    `${chartDir}/Chart.yaml`,
    `${chartDir}/values.yaml`,
    ...templates.map((entry) => entry.path),
    ...environments.map((entry) => entry.path),
    ...applicationValuesPaths,
  ]);
  return { templates, environments, applicationValuesPaths, textOf: (file) => files.get(file)?.text };
}

/** Each configured workload's env (null when its template is absent), its template's path, and its duplicate entries. */
function readWorkloads(templateSet: ChartTemplateSet, chartDir: string, configured: Record<string, string>): Pick<ChartSnapshot, 'workloads' | 'workloadFiles' | 'duplicates'> {
  const workloads = new Map<string, WorkloadEnv | null>();
  const workloadFiles = new Map<string, string>();
  const duplicates: ChartSnapshot['duplicates'] = [];
  for (const [workload, template] of Object.entries(configured)) {
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
  return { workloads, workloadFiles, duplicates };
}

/** One environment per values file the environments glob matches (an application's own values.yaml is not one). */
function readEnvironments(files: ChartFiles, metadata: ChartMetadata, settings: ChartSettings, valuesPrefix: string): ChartEnvironment[] {
  const parsedApplicationValues = new Map<string, ParsedYaml>();
  for (const file of files.applicationValuesPaths) {
    const text = files.textOf(file);
    if (text !== undefined) parsedApplicationValues.set(file, parseValuesFile(text, file));
  }
  return files.environments
    .filter((entry) => !parsedApplicationValues.has(entry.path))
    .map((entry) =>
      readEnvironment(
        parseValuesFile(files.textOf(entry.path) ?? '', entry.path),
        parsedApplicationValues.get(`${path.posix.dirname(entry.path)}/values.yaml`),
        metadata,
        { glob: settings.environments!, imageTagPath: settings.imageTag, valuesPrefix },
      ),
    );
}

function assertDistinctNames(environments: readonly ChartEnvironment[]): void {
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
