/**
 * `lockstep gate` and the pipelines-gate action share this: check the loaded configuration's
 * `gate:` section, connect to GitHub and the registry, run the mode (modes.ts), build the Report.
 */
import type { LoadedConfig } from '../config/load.js';
import type { GateConfig } from '../config/schema.js';
import { InputError } from '../errors.js';
import { inline, type Report } from '../report/model.js';
import { assertGateConfig } from './config-checks.js';
import { describeError } from './gate-environment.js';
import { connectGate, prepareGate, splitRepository } from './connect.js';
import type { GateJson } from './model.js';
import { gateReport } from './report.js';
import { runGate, type GateMode } from './modes.js';

export interface GateCommandOptions {
  /** owner/name of the repository whose PRs are gated. */
  repository: string;
  /** The loaded configuration (its `gate:` section is used). */
  config: LoadedConfig;
  /** What this run evaluates (the gate's counterpart of the other checks' revisions). */
  mode: GateMode;
  token: string | undefined;
  apiUrl: string;
  serverUrl: string;
  dryRun: boolean;
  /** Whose comments are the gate's own when the token is an app installation token. */
  installationLogin?: string;
  /** The longest a GitHub rate limit is waited out, in seconds. */
  maxRateLimitWaitSeconds?: number;
  log?: (message: string) => void;
}

export async function gateSectionOf({ config, file, path }: LoadedConfig): Promise<GateConfig> {
  if (!config.gate) {
    throw new InputError('the configuration has no `gate:` section', {
      file,
      hint: 'Add `gate:` with upstream, image, daily-tag, base-workflow and test-workflow (see the README, "pipelines-gate").',
    });
  }
  await assertGateConfig(config.gate, path, file);
  return config.gate;
}

export async function runGateCommand(options: GateCommandOptions): Promise<Report<GateJson>> {
  if (!options.token) {
    throw new InputError('no GitHub token', { hint: 'Set GITHUB_TOKEN (CLI) or the `token` input (action); the gate reads PRs and writes statuses and comments.' });
  }
  const config = await gateSectionOf(options.config);
  const setup = {
    token: options.token,
    apiUrl: options.apiUrl,
    serverUrl: options.serverUrl,
    repository: options.repository,
    config,
    dryRun: options.dryRun,
    installationLogin: options.installationLogin,
    maxRateLimitWaitSeconds: options.maxRateLimitWaitSeconds,
    log: options.log,
  };
  splitRepository(options.repository, 'repository');
  const connected = connectGate(setup);
  // Nothing to evaluate: spend no request (not even on who we are).
  if (options.mode.kind === 'skip') return gateReport({ mode: 'skip', evaluations: [], notes: [options.mode.reason] }, 0, 0);
  try {
    const prepared = await prepareGate(setup, connected);
    const run = await runGate(prepared.env, options.mode);
    return gateReport(run, prepared.client.apiCalls(), prepared.registry.requests());
  } catch (error) {
    if (error instanceof InputError) throw error;
    // GitHub could not be reached or read at all: no status was decided, so none turned green.
    const reason = describeError(error);
    return unreachableReport(reason, connected.client.apiCalls());
  }
}

function unreachableReport(reason: string, apiCalls: number): Report<GateJson> {
  return {
    command: 'gate',
    verdict: 'fail',
    headline: `the gate could not run: ${reason}`,
    findings: [{ id: 'gate/unreachable', severity: 'error', title: 'pipelines-gate could not run', message: `${reason}. No status was changed; PRs keep the status they had (never success by default).` }],
    blocks: [{ kind: 'paragraph', text: inline`The gate could not run: ${reason}. No status was changed. GitHub API calls: ${apiCalls}.` }],
    data: { prs: [], apiCalls },
    outputs: { state: '' },
  };
}

/** A `max-rate-limit-wait` value: whole seconds, 0 to 21600 (a job's own limit is 6 hours). */
export function parseRateLimitWait(text: string | undefined, source: string): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = text.trim();
  if (!/^\d{1,5}$/.test(value) || Number(value) > 21_600) {
    throw new InputError(`${source}: expected whole seconds from 0 to 21600, got '${value}'`, { hint: 'For example 300 (wait at most five minutes for a GitHub rate limit to reset).' });
  }
  return Number(value);
}
