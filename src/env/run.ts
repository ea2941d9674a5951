/**
 * `runEnvDiff`: the whole env-diff check, shared by the CLI and the action. In the service
 * repository it diffs the code's reads and checks them against the deployment repository's
 * chart; in the deployment repository it diffs the chart and checks every environment
 * against the code of the version deployed there; with both sections, both.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { loadConfig, parseConfig } from '../config/load.js';
import type { ExtraRead } from '../config/env-schema.js';
import { parseYaml } from '../config/yaml.js';
import { DEFAULT_CONFIG_PATH, type EnvConfig, type LockstepConfig } from '../config/schema.js';
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
  missingCounterpartSide,
  openCounterpart,
  type Counterpart,
} from './counterpart.js';
import { EnvFindings } from './findings.js';
import { environmentChanges, type EnvironmentChange } from './environment-changes.js';
import type { EnvDiffData } from './model.js';
import { compareParity, judgeParity, parityReaders, type ParityResult } from './parity.js';
import { buildEnvReport } from './report.js';
import { crossCheckWithHelm } from './helm-cross-check.js';
import { findHelm } from '../helm/helm-render.js';

export interface EnvDiffOptions {
  /** The repository under check (a clone; read through git objects only). */
  repoDir: string;
  base: string;
  head: string;
  /** Config path relative to repoDir (or absolute); default .github/lockstep.yml. */
  configFile?: string;
  /** An already loaded config (the root action loads it once). */
  config?: LockstepConfig;
  /** Token for fetching the counterpart from GitHub. */
  token?: string;
  serverUrl?: string;
  /** Also render each environment with `helm template` (when helm is on PATH) and compare. */
  helm?: boolean;
}

export async function runEnvDiff(options: EnvDiffOptions): Promise<Report<EnvDiffData>> {
  const configFile = options.configFile ?? DEFAULT_CONFIG_PATH;
  const config = options.config ?? (await loadConfig(path.resolve(options.repoDir, configFile), configFile, path.isAbsolute(configFile) ? undefined : options.repoDir));
  const env = config.env;
  if (!env || (!env.code && !env.chart)) {
    throw new InputError('no env.code or env.chart section: env-diff has nothing to compare', {
      file: configFile,
      hint: 'Add env.code (in the service repository) or env.chart (in the deployment repository); see the README, "env-diff".',
    });
  }
  const repository = await GitRepository.open(options.repoDir);
  let counterpart: Counterpart | undefined;
  const getCounterpart = async () => {
    if (!env.counterpart) return undefined;
    counterpart ??= await openCounterpart(env.counterpart, env, { token: options.token, serverUrl: options.serverUrl, cwd: options.repoDir });
    return counterpart;
  };
  try {
    const [base, head] = await resolveRevisions(repository, options.base, options.head);
    const findings = new EnvFindings();
    const scope: string[] = [];
    let deployed: DeployedRow[] = [];
    let parity: ParityResult | undefined;
    let chartHead: ChartSnapshot | undefined;
    let environments: EnvironmentChange[] = [];

    if (env.chart) {
      const settings = chartSettingsOf(env.chart);
      const [chartBase, head_] = await Promise.all([readChartSnapshot(repository, base, settings), readChartSnapshot(repository, head, settings)]);
      chartHead = head_;
      assertWorkloadsPresent(chartHead, `head (${options.head})`);
      const lookup = await deployedLookupFor(env, head, repository, getCounterpart, configFile);
      deployed = await analyzeChart(chartBase, chartHead, lookup, findings);
      environments = environmentChanges(chartBase, chartHead);
      if (options.helm) await crossCheckWithHelm(await findHelm(), repository, head, env.chart.path.replace(/\/+$/, ''), chartHead, findings);
      if (env.parity?.length) {
        const exempt = new Set(Object.values(env['parity-exempt'] ?? {}).flat());
        const compared = compareParity(chartBase, chartHead, env.parity, exempt);
        parity = judgeParity(compared, await parityReaders(lookup, chartHead, [...new Set(compared.introduced.map((problem) => problem.name))]));
      }
      scope.push(`chart ${env.chart.path} ${short(base)}..${short(head)}`);
    }
    if (env.code) {
      await assertCodeGlobsMatch(repository, head, env.code, path.resolve(options.repoDir, configFile), configFile);
      const settings = { ...codeSettingsOf(env, configFile)!, baseExtraReads: await baseExtraReads(repository, base, configFile) };
      const diff = await diffCode(new CodeReader(repository), base, head, settings);
      let view: ConfigView | undefined;
      if (chartHead) view = { snapshot: chartHead, label: 'this repository' };
      else if (diff.changes.length && env.counterpart) {
        const other = (await getCounterpart())!;
        if (!other.chart) throw missingCounterpartSide(other, 'chart');
        view = { snapshot: await readChartSnapshot(other.remote.repository, other.remote.commit, other.chart), label: other.label };
        assertWorkloadsPresent(view.snapshot, other.label);
        scope.push(`against the chart of ${other.label}`);
      }
      analyzeCode(diff, view, findings);
      scope.unshift(`code ${short(base)}..${short(head)}`);
    }
    const hunksByFile = new Map<string, ReturnType<GitRepository['diffHunks']>>();
    await findings.placeOnHead(async (file, line) => {
      if (!hunksByFile.has(file)) hunksByFile.set(file, repository.diffHunks(base, head, file));
      const hunks = await hunksByFile.get(file)!;
      return hunks && headLineOf(hunks, line);
    });
    return buildEnvReport({ findings, parity, deployed, scope: scope.join(', '), environments });
  } finally {
    repository.close();
    await counterpart?.remote.dispose();
  }
}

async function resolveRevisions(repository: GitRepository, base: string, head: string): Promise<[string, string]> {
  if (/^[0-9a-f]{40}$/i.test(base)) await repository.ensureCommit(base);
  if (/^[0-9a-f]{40}$/i.test(head)) await repository.ensureCommit(head);
  return Promise.all([repository.resolveRevision(base), repository.resolveRevision(head)]);
}

/** Where deployed versions' code is read: this repository when it holds the code too, else the counterpart. */
async function deployedLookupFor(
  env: EnvConfig,
  head: string,
  repository: GitRepository,
  getCounterpart: () => Promise<Counterpart | undefined>,
  configFile: string,
): Promise<DeployedCodeLookup> {
  const own = codeSettingsOf(env, configFile);
  if (own) {
    return deployedCodeLookup('this repository', repository, own, () => repository.tags(), (tag) => repository.resolveRevision(`refs/tags/${tag}`), async () => ({
      commit: await repository.resolveRevision(head),
      ref: head.slice(0, 12),
    }));
  }
  if (!env.counterpart) return null;
  // Opened on first use: a chart change that removes nothing and moves no tag never fetches the counterpart.
  let lookup: Promise<NonNullable<DeployedCodeLookup>> | undefined;
  return async (tag: string, names?: readonly string[]) => {
    lookup ??= getCounterpart().then((other) => {
      if (!other?.code) throw missingCounterpartSide(other!, 'code');
      const latest = async () => ({ commit: other.remote.commit, ref: env.counterpart!.ref });
      return deployedCodeLookup(other.repositoryLabel, other.remote.repository, other.code, other.remote.tags, other.remote.fetchTag, latest, other.webUrl)!;
    });
    return (await lookup)(tag, names);
  };
}

/**
 * A glob of env.code that matches no file at head is a typo or a moved folder, never "nothing
 * changed": exit 2 naming env.code.<workload>[i] and its line in the configuration.
 */
async function assertCodeGlobsMatch(repository: GitRepository, head: string, code: Record<string, string[]>, configPath: string, configFile: string): Promise<void> {
  for (const [workload, globs] of Object.entries(code)) {
    for (const [index, glob] of globs.entries()) {
      if ((await repository.listFiles(head, [glob])).length) continue;
      const line = await readFile(configPath, 'utf8').then(
        (text) => parseYaml(text, configFile).lineOf(['env', 'code', workload, index]),
        () => undefined,
      );
      throw new InputError(`env.code.${workload}[${index}]: ${JSON.stringify(glob)} matches no file at head`, {
        file: configFile,
        line,
        hint: 'Fix the path (a typo, or the code moved): a glob that matches nothing would leave that code unchecked.',
      });
    }
  }
}

/**
 * env.extra-reads as the base revision's config has them, so a PR that declares a new one is
 * a new read. A config absent at base declares none; a config outside the repository (or
 * invalid at base) leaves the head's declaration as the only one.
 */
async function baseExtraReads(repository: GitRepository, base: string, configFile: string): Promise<Record<string, ExtraRead[]> | undefined> {
  const inRepository = path.isAbsolute(configFile) ? path.relative(repository.dir, configFile) : configFile;
  if (inRepository.startsWith('..') || path.isAbsolute(inRepository)) return undefined;
  const file = await repository.readFile(base, inRepository.split(path.sep).join('/'));
  if (!file) return {};
  try {
    return parseConfig(file.text, `${configFile} at base`).env?.['extra-reads'] ?? {};
  } catch {
    return undefined; // an invalid base config: compare against the head's declaration
  }
}

function short(revision: string): string {
  return revision.slice(0, 12);
}
