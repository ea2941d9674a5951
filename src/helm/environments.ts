/**
 * Environments of a deployment repository: every values file matching
 * `env.chart.environments` is one environment, named from its path, with the chart's
 * values as that environment sees them and the deployed image tag (values file → the
 * application's values.yaml → the chart's values.yaml → the chart's appVersion).
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../errors.js';
import { parseYaml, type ParsedYaml } from '../config/yaml.js';
import { isMapping, lookup, mergeValues, splitKeyPath, type Values } from './values.js';

export interface ImageTag {
  tag: string;
  /** Where the tag was found. */
  file: string;
  line?: number;
  source: 'environment values' | 'application values' | 'chart values' | 'chart appVersion';
}

export interface ChartEnvironment {
  name: string;
  file: string;
  /** `.Values` of the chart in this environment. */
  values: Values;
  imageTag: ImageTag | null;
}

export interface ChartMetadata {
  file: string;
  name?: string;
  appVersion?: string;
  appVersionLine?: number;
  /** The chart's own values.yaml, parsed (empty when absent). */
  values: Values;
  valuesFile?: ParsedYaml;
}

export interface EnvironmentSettings {
  /** Glob of the values files. */
  glob: string;
  /** Key path of the image tag in an environment's values file, e.g. prompt-keda.image.tag. */
  imageTagPath?: string;
  /** Key under which an environment's values hold the chart's values (a subchart alias), '' for none. */
  valuesPrefix: string;
}

/** A Helm values file, read as helm reads it (YAML 1.1). */
export function parseValuesFile(text: string, file: string): ParsedYaml {
  const parsed = parseYaml(text, file, { version: '1.1' });
  if (parsed.value !== null && parsed.value !== undefined && !isMapping(parsed.value)) {
    throw new InputError('a Helm values file must be a mapping of keys', {
      file,
      line: 1,
      hint: 'Values files hold `key: value` pairs at the top level.',
    });
  }
  return parsed;
}

/** Name an environment from its values file: the part of the path below the glob's fixed folders, without `values-` and the extension. */
export function environmentName(file: string, glob: string): string {
  const base = picomatch.scan(glob).base;
  const relative = base && file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file;
  const dir = path.posix.dirname(relative);
  const stem = path.posix.basename(relative).replace(/\.ya?ml$/, '').replace(/^values-/, '');
  return dir === '.' ? stem : `${dir}/${stem}`;
}

/** The prefix under which environments hold this chart's values: the first segment of the image-tag path when it names the chart. */
export function defaultValuesPrefix(imageTagPath: string | undefined, chart: ChartMetadata, chartDir: string): string {
  if (!imageTagPath) return '';
  const [first] = splitKeyPath(imageTagPath);
  if (first && splitKeyPath(imageTagPath).length > 1 && !(first in chart.values) && (first === chart.name || first === path.posix.basename(chartDir))) {
    return first;
  }
  return '';
}

export function readEnvironment(
  file: ParsedYaml,
  applicationValues: ParsedYaml | undefined,
  chart: ChartMetadata,
  settings: EnvironmentSettings,
): ChartEnvironment {
  const prefix = splitKeyPath(settings.valuesPrefix);
  const scoped = (parsed: ParsedYaml | undefined): Values => {
    const value = parsed ? lookup(parsed.value ?? {}, prefix) : undefined;
    return isMapping(value) ? value : {};
  };
  const values = mergeValues(mergeValues(chart.values, scoped(applicationValues)), scoped(file));
  return {
    name: environmentName(file.file, settings.glob),
    file: file.file,
    values,
    imageTag: findImageTag(file, applicationValues, chart, settings),
  };
}

function findImageTag(file: ParsedYaml, applicationValues: ParsedYaml | undefined, chart: ChartMetadata, settings: EnvironmentSettings): ImageTag | null {
  if (settings.imageTagPath) {
    const fullPath = splitKeyPath(settings.imageTagPath);
    for (const [parsed, source] of [
      [file, 'environment values'],
      [applicationValues, 'application values'],
    ] as const) {
      const tag = parsed ? tagText(lookup(parsed.value ?? {}, fullPath)) : undefined;
      if (parsed && tag) return { tag, file: parsed.file, line: parsed.lineOf(fullPath), source };
    }
    const chartPath = fullPath.slice(splitKeyPath(settings.valuesPrefix).length);
    const chartTag = tagText(lookup(chart.values, chartPath));
    if (chartTag && chart.valuesFile) return { tag: chartTag, file: chart.valuesFile.file, line: chart.valuesFile.lineOf(chartPath), source: 'chart values' };
  }
  if (chart.appVersion) return { tag: chart.appVersion, file: chart.file, line: chart.appVersionLine, source: 'chart appVersion' };
  return null;
}

function tagText(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function readChartMetadata(chartYaml: ParsedYaml | undefined, chartFile: string, valuesYaml: ParsedYaml | undefined): ChartMetadata {
  const chart = isMapping(chartYaml?.value) ? chartYaml.value : {};
  // appVersion is whatever YAML value Chart.yaml holds (a number, a date, …): its text is what String() gives.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  const appVersion = chart.appVersion === undefined || chart.appVersion === null ? undefined : String(chart.appVersion);
  return {
    file: chartFile,
    name: typeof chart.name === 'string' ? chart.name : undefined,
    appVersion,
    appVersionLine: chartYaml?.lineOf(['appVersion']),
    values: isMapping(valuesYaml?.value) ? valuesYaml.value : {},
    valuesFile: valuesYaml,
  };
}
