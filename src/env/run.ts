/**
 * `runEnvDiff`: the whole env-diff check, shared by the CLI and the action. In the service
 * repository it diffs the code's reads and checks them against the deployment repository's
 * chart; in the deployment repository it diffs the chart and checks every environment
 * against the code of the version deployed there; with both sections, both. A list of named
 * pairs (a deployment repository hosting several services' charts) checks each pair.
 */
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { formatKeyPath, parseConfig, type LoadedConfig } from '../config/load.js';
import type { ExtraRead } from '../config/env-schema.js';
import { envPairs, pairsToCheck, type EnvPair } from '../config/env-pairs.js';
import { parseYaml, type YamlPath } from '../config/yaml.js';
import type { EnvConfig, EnvSection } from '../config/schema.js';
import type { Revisions } from '../revisions/model.js';
import { GitRepository } from '../git/repository.js';
import { headLineOf } from '../git/line-map.js';
import { assertWorkloadsPresent, readChartSnapshot, type ChartSnapshot } from '../helm/chart-snapshot.js';
import type { Report } from '../report/model.js';
import { analyzeChart, type DeployedCodeLookup, type DeployedRow } from './analyze-chart.js';
import { analyzeCode, type ConfigView } from './analyze-code.js';
import { CodeReader } from './code-reads.js';
import { diffCode } from './code-diff.js';
import {
  chartSettingsOf,
  codeSettingsOf,
  deployedCodeLookup,
  LATEST_TAG,
  missingCounterpartSide,
  openCounterpart,
  type Counterpart,
} from './counterpart.js';
import { EnvFindings } from './findings.js';
import { environmentChanges, type EnvironmentChange } from './environment-changes.js';
import type { EnvDiffData } from './model.js';
import { compareParity, judgeParity, parityReaders, type ParityResult } from './parity.js';
import { buildEnvReport } from './report.js';
import { envIgnores, shownPath } from './ignores.js';
import type { Ignores } from '../ignores/ignores.js';
import { combinePairReports, type EnvPairsData, type NamedPairReport } from './pairs-report.js';
import { crossCheckWithHelm } from './helm-cross-check.js';
import { findHelm } from '../helm/helm-render.js';

export interface EnvDiffOptions {
  /** The repository under check (a clone; read through git objects only). */
  repository: string;
  /** The loaded configuration: its `env:` section is checked, its `ignore:` entries apply. */
  config: LoadedConfig;
  /** Base → head (src/revisions/). */
  revisions: Pick<Revisions, 'base' | 'head'>;
  /** Token for fetching the counterpart from GitHub. */
  token?: string;
  serverUrl?: string;
  /** Also render each environment with `helm template` (when helm is on PATH) and compare. */
  helm?: boolean;
  /** Today, for ignores' `until` (tests inject it). */
  now?: Date;
}

/** One pair's check, within one run: the repository and revisions are opened once for all pairs. */
interface PairRun {
  options: EnvDiffOptions;
  configFile: string;
  repository: GitRepository;
  base: string;
  head: string;
  /** One set for all pairs: an ignore that matches in any pair is used. */
  ignores: Ignores;
}

/**
 * The check as the CLI and the action run it: one pair (the single-object `env:`) gives that
 * pair's report; a list of named pairs gives one report with a section per pair (pairs-report.ts).
 * An input error in a pair is exit 2 naming the pair. `pair` (--pair, the `pair` input) checks
 * that one pair of the list alone (its report keeps the list's shape, one section).
 */
export async function runEnvDiffAll(options: EnvDiffOptions & { pair?: string }): Promise<Report<EnvDiffData> | Report<EnvPairsData>> {
  const pairs = pairsToCheck(envPairsOf(options.config), options.pair, options.config.file);
  if (pairs.every((pair) => pair.name === null)) return runEnvDiff({ ...options, pair: undefined });
  return withRevisions(options, async (run) => {
    const reports: NamedPairReport[] = [];
    for (const pair of pairs) reports.push({ name: pair.name ?? '', report: await namingPair(pair, () => checkPair(run, pair)) });
    return combinePairReports(reports);
  });
}

/** One pair's check: the single-object `env:`, or the pair of a list named `pair`. */
export async function runEnvDiff(options: EnvDiffOptions & { pair?: string }): Promise<Report<EnvDiffData>> {
  const pairs = envPairsOf(options.config);
  const pair = options.pair === undefined && pairs.length === 1 ? pairs[0] : pairs.find((candidate) => candidate.name === options.pair);
  if (!pair) {
    throw new InputError(`no env pair named ${JSON.stringify(options.pair ?? '')}; the configuration names ${pairs.map((p) => p.name ?? '(one unnamed pair)').join(', ')}`, {
      file: options.config.file,
      hint: 'Name one of the configured pairs.',
    });
  }
  return withRevisions(options, (run) => checkPair(run, pair));
}

function envPairsOf({ config, file }: LoadedConfig): EnvPair[] {
  if (!config.env) {
    throw new InputError('no env section: env-diff has nothing to compare', {
      file,
      hint: 'Add env.code (in the service repository) or env.chart (in the deployment repository); see the README, "env-diff".',
    });
  }
  return envPairs(config.env);
}

/** Open the repository and revisions for every pair; the warnings about ignores come once, after every pair is checked. */
async function withRevisions<T extends Report>(options: EnvDiffOptions, work: (run: PairRun) => Promise<T>): Promise<T> {
  const { config, file: configFile } = options.config;
  const repository = await GitRepository.open(options.repository);
  try {
    const [base, head] = await Promise.all([repository.resolveRevision(options.revisions.base), repository.resolveRevision(options.revisions.head)]);
    const ignores = await envIgnores(repository, { base, head }, config, { configFile: shownPath(configFile, options.repository), now: options.now });
    const report = await work({ options, configFile, repository, base, head, ignores });
    return { ...report, findings: [...report.findings, ...ignores.problems()] };
  } finally {
    repository.close();
  }
}

/** An input error inside a named pair says which pair (the single-object form needs no name). */
async function namingPair<T>(pair: EnvPair, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof InputError) || pair.name === null) throw error;
    throw new InputError(`env pair ${JSON.stringify(pair.name)}: ${error.message}`, { file: error.file, line: error.line, column: error.column, hint: error.hint });
  }
}

/** What the chart step finds (deployment repository side). */
interface ChartResult {
  chartHead: ChartSnapshot;
  findings: EnvFindings;
  deployed: DeployedRow[];
  environments: EnvironmentChange[];
  parity?: ParityResult;
  scope: string;
}

type GetCounterpart = () => Promise<Counterpart | undefined>;

async function checkPair(run: PairRun, pair: EnvPair): Promise<Report<EnvDiffData>> {
  const env = pair.config;
  if (!env.code && !env.chart) {
    throw new InputError(`${formatKeyPath(pair.keyPath)}: no code or chart section: env-diff has nothing to compare`, {
      file: run.configFile,
      line: await configLine(run, pair.keyPath),
      hint: 'Add code (in the service repository) or chart (in the deployment repository); see the README, "env-diff".',
    });
  }
  let counterpart: Counterpart | undefined;
  const getCounterpart = async () => {
    if (!env.counterpart) return undefined;
    counterpart ??= await openCounterpart(env.counterpart, env, { token: run.options.token, serverUrl: run.options.serverUrl, cwd: run.options.repository });
    return counterpart;
  };
  try {
    const chart = env.chart ? await checkChart(run, pair, getCounterpart) : undefined;
    const code = env.code ? await checkCode(run, pair, { chartHead: chart?.chartHead }, getCounterpart) : undefined;
    const findings = EnvFindings.combine([...(chart ? [chart.findings] : []), ...(code ? [code.findings] : [])]);
    const codeScope = code?.scope ?? [];
    const hunksByFile = new Map<string, ReturnType<GitRepository['diffHunks']>>();
    await findings.placeOnHead(async (file, line) => {
      if (!hunksByFile.has(file)) hunksByFile.set(file, run.repository.diffHunks(run.base, run.head, file));
      const hunks = await hunksByFile.get(file)!;
      return hunks && headLineOf(hunks, line);
    });
    const scope = [...codeScope.slice(0, 1), ...(chart ? [chart.scope] : []), ...codeScope.slice(1)].join(', ');
    return buildEnvReport({ findings, parity: chart?.parity, deployed: chart?.deployed ?? [], scope, environments: chart?.environments ?? [], ignores: run.ignores });
  } finally {
    await counterpart?.remote.dispose();
  }
}

async function checkChart(run: PairRun, pair: EnvPair, getCounterpart: GetCounterpart): Promise<ChartResult> {
  const { repository, base, head } = run;
  const env = pair.config;
  const chart = env.chart!;
  const settings = chartSettingsOf(chart);
  const [chartBase, chartHead] = await Promise.all([readChartSnapshot(repository, base, settings), readChartSnapshot(repository, head, settings)]);
  assertWorkloadsPresent(chartHead, `head (${run.options.revisions.head})`);
  const lookup = deployedLookupFor(run, env, getCounterpart);
  const analysis = await analyzeChart(chartBase, chartHead, lookup);
  const helmFindings = run.options.helm ? [await crossCheckWithHelm(await findHelm(), { repository, revision: head, chartDir: chart.path.replace(/\/+$/, '') }, chartHead)] : [];
  let parity: ParityResult | undefined;
  if (env.parity?.length) {
    const exempt = new Set(Object.values(env['parity-exempt'] ?? {}).flat());
    const compared = compareParity(chartBase, chartHead, env.parity, exempt);
    parity = judgeParity(compared, await parityReaders(lookup, chartHead, [...new Set(compared.introduced.map((problem) => problem.name))]));
  }
  const findings = EnvFindings.combine([analysis.findings, ...helmFindings]);
  return { chartHead, findings, deployed: analysis.rows, environments: environmentChanges(chartBase, chartHead), parity, scope: `chart ${chart.path} ${short(base)}..${short(head)}` };
}

/** The code step (service repository side); its scope: the code range first, then the chart it was held against. */
async function checkCode(run: PairRun, pair: EnvPair, seen: { chartHead?: ChartSnapshot }, getCounterpart: GetCounterpart): Promise<{ scope: string[]; findings: EnvFindings }> {
  const { repository, base, head, configFile } = run;
  const env = pair.config;
  await assertCodeGlobsMatch(run, pair, env.code!);
  const settings = { ...codeSettingsOf(env, configFile)!, baseExtraReads: await baseExtraReads(run, pair.name) };
  const diff = await diffCode(new CodeReader(repository), base, head, settings);
  const scope = [`code ${short(base)}..${short(head)}`];
  let view: ConfigView | undefined;
  if (seen.chartHead) view = { snapshot: seen.chartHead, label: 'this repository' };
  else if (diff.changes.length && env.counterpart) {
    const other = (await getCounterpart())!;
    if (!other.chart) throw missingCounterpartSide(other, 'chart');
    view = { snapshot: await readChartSnapshot(other.remote.repository, other.remote.commit, other.chart), label: other.label };
    assertWorkloadsPresent(view.snapshot, other.label);
    scope.push(`against the chart of ${other.label}`);
  }
  return { scope, findings: analyzeCode(diff, view) };
}

/** The line of a key path in the configuration (undefined when it is outside the repository or unreadable). */
async function configLine(run: PairRun, keyPath: YamlPath): Promise<number | undefined> {
  return readFile(run.options.config.path, 'utf8').then(
    (text) => parseYaml(text, run.configFile).lineOf(keyPath),
    () => undefined,
  );
}

/** Where deployed versions' code is read: this repository when it holds the code too, else the counterpart. */
function deployedLookupFor(run: PairRun, env: EnvConfig, getCounterpart: GetCounterpart): DeployedCodeLookup {
  const { repository, head } = run;
  const own = codeSettingsOf(env, run.configFile);
  if (own) {
    const headBuild = async () => ({ commit: await repository.resolveRevision(head), ref: head.slice(0, 12) });
    const fetchTag = (tag: string) => repository.resolveRevision(`refs/tags/${tag}`);
    return deployedCodeLookup({ source: 'this repository', repository, settings: own, tags: () => repository.tags(), fetchTag, branch: { tags: [LATEST_TAG], head: headBuild } });
  }
  const { counterpart } = env;
  if (!counterpart) return null;
  // Opened on first use: a chart change that removes nothing and moves no tag never fetches the counterpart.
  let lookup: Promise<NonNullable<DeployedCodeLookup>> | undefined;
  return async (tag: string, names?: readonly string[]) => {
    lookup ??= getCounterpart().then((other) => {
      if (!other?.code) throw missingCounterpartSide(other!, 'code');
      const branch = { tags: counterpart['branch-tags'], head: () => Promise.resolve({ commit: other.remote.commit, ref: counterpart.ref }) };
      const { remote } = other;
      return deployedCodeLookup({ source: other.repositoryLabel, repository: remote.repository, settings: other.code, tags: () => remote.tags(), fetchTag: (name) => remote.fetchTag(name), branch, webUrl: other.webUrl })!;
    });
    return (await lookup)(tag, names);
  };
}

/**
 * A glob of env.code that matches no file at head is a typo or a moved folder, never "nothing
 * changed": exit 2 naming env.code.<workload>[i] (env[n].code… in a list) and its line in the configuration.
 */
async function assertCodeGlobsMatch(run: PairRun, pair: EnvPair, code: Record<string, string[]>): Promise<void> {
  for (const [workload, globs] of Object.entries(code)) {
    for (const [index, glob] of globs.entries()) {
      if ((await run.repository.listFiles(run.head, [glob])).length) continue;
      const keyPath = [...pair.keyPath, 'code', workload, index];
      throw new InputError(`${formatKeyPath(keyPath)}: ${JSON.stringify(glob)} matches no file at head`, {
        file: run.configFile,
        line: await configLine(run, keyPath),
        hint: 'Fix the path (a typo, or the code moved): a glob that matches nothing would leave that code unchecked.',
      });
    }
  }
}

/**
 * env.extra-reads as the base revision's config has them, so a PR that declares a new one is
 * a new read. A config absent or invalid at base declares none; a config outside the
 * repository leaves the head's declaration as the only one. A change of form (one pair ↔ a
 * list) reads what the base declared for any of its pairs: never the head's own declaration,
 * which would make a read the PR adds look declared all along.
 */
async function baseExtraReads(run: PairRun, pairName: string | null): Promise<Record<string, ExtraRead[]> | undefined> {
  const { repository, base, configFile } = run;
  // The repository's folder is git's (links resolved): so is the configuration's path.
  const inRepository = path.relative(repository.dir, await realpath(run.options.config.path).catch(() => run.options.config.path));
  if (inRepository.startsWith('..') || path.isAbsolute(inRepository)) return undefined;
  const file = await repository.readFile(base, inRepository.split(path.sep).join('/'));
  if (!file) return {};
  let env: EnvSection | undefined;
  try {
    env = parseConfig(file.text, `${configFile} at base`).env;
  } catch {
    return {}; // an invalid base config declared nothing a run could have checked
  }
  if (env === undefined) return {};
  const pairs = envPairs(env);
  // The same pair at base: by name in a list (a pair new at head declared none).
  if (Array.isArray(env) === (pairName !== null)) return pairs.find((candidate) => candidate.name === pairName)?.config['extra-reads'] ?? {};
  return declaredByAny(pairs.map((pair) => pair.config['extra-reads'] ?? {}));
}

/** Every workload's declarations across pairs, in order. */
function declaredByAny(declarations: ReadonlyArray<Record<string, ExtraRead[]>>): Record<string, ExtraRead[]> {
  const merged: Record<string, ExtraRead[]> = {};
  for (const declared of declarations) for (const [workload, reads] of Object.entries(declared)) merged[workload] = [...(merged[workload] ?? []), ...reads];
  return merged;
}

function short(revision: string): string {
  return revision.slice(0, 12);
}
