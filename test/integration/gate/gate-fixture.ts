/**
 * The gate's world for integration tests: the real docker-registry with daily
 * images, the OpenAPI-validated GitHub stand-in holding the PP repository (its
 * base and test workflows, its PRs) and upstream PRs, and a `gate()` that runs
 * the core exactly as the CLI and the action do.
 */
import type { GateConfig } from '../../../src/config/schema.js';
import { prepareGate } from '../../../src/gate/connect.js';
import { gateReport } from '../../../src/gate/report.js';
import { runGate, type GateMode } from '../../../src/gate/modes.js';
import type { Report } from '../../../src/report/model.js';
import type { GateJson } from '../../../src/gate/model.js';
import { startGitHubStandin, type GitHubStandin, type StandinWorkflow } from '../../support/github-standin/index.js';
import { startRegistry, type TestRegistry } from '../../support/registry.js';

export const OWNER = 'lsst-dm';
export const REPO = 'prompt_processing';
export const TOKEN = 'ghs_gate_installation_token';
export const MAIN_SHA = 'c'.repeat(40);

export interface GateWorld {
  registry: TestRegistry;
  github: GitHubStandin;
  config: GateConfig;
  baseWorkflow: StandinWorkflow;
  testWorkflow: StandinWorkflow;
  gate(mode: GateMode, options?: { now?: string; dryRun?: boolean }): Promise<{ report: Report<GateJson>; apiCalls: number }>;
  /** Statuses the gate set on a sha, oldest first. */
  statusesOn(sha: string): { state: string; description: string | null }[];
  gateComments(number: number): { id: number; body: string; author: string }[];
  dispatches(workflow: StandinWorkflow): { id: number; headSha: string; headBranch: string; inputs: Record<string, unknown> }[];
  stop(): Promise<void>;
}

export async function startGateWorld(options: { registryAuth?: 'none' | 'token' } = {}): Promise<GateWorld> {
  const registry = await startRegistry({ auth: options.registryAuth ?? 'none' });
  // GitHub's clock and the gate's agree, as a runner's and GitHub's do.
  const github = await startGitHubStandin({ clockStart: '2026-11-28T12:00:00Z' });
  // A GITHUB_TOKEN: GET /user answers 403, comments are github-actions[bot]'s.
  github.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot' }, { installation: true });
  github.addToken('someone-else', { login: 'mallory', type: 'User' });
  github.setBranch(OWNER, REPO, 'main', MAIN_SHA);
  const baseWorkflow = github.addWorkflow({ owner: OWNER, repo: REPO, file: 'build-base.yml', name: 'Build base', runName: (inputs) => `Build base ${String(inputs.stackTag ?? 'main')}` });
  const testWorkflow = github.addWorkflow({ owner: OWNER, repo: REPO, file: 'build-service.yml', name: 'Build and test service', runName: (inputs) => `Build and test service ${String(inputs.baseTag ?? 'main')}` });
  const config: GateConfig = {
    upstream: ['lsst/*'],
    registry: registry.url,
    image: 'lsst/scipipe',
    'daily-tag': 'al9-d_{YYYY}_{MM}_{DD}',
    'base-workflow': { file: 'build-base.yml', ref: 'main', inputs: { stackTag: 'd_{YYYY}_{MM}_{DD}' } },
    'test-workflow': { file: 'build-service.yml', inputs: { baseTag: 'd_{YYYY}_{MM}_{DD}' } },
    'status-context': 'pipelines-gate',
  } as GateConfig;

  return {
    registry,
    github,
    config,
    baseWorkflow,
    testWorkflow,
    async gate(mode, gateOptions = {}) {
      const prepared = await prepareGate({
        token: TOKEN,
        apiUrl: github.url,
        serverUrl: 'https://github.com',
        repository: `${OWNER}/${REPO}`,
        config,
        dryRun: gateOptions.dryRun ?? false,
        now: new Date(gateOptions.now ?? '2026-11-28T12:00:00Z'),
        retryAfterBaseValue: 1,
        paceWrites: false,
        registryRetryDelayMs: 1,
      });
      const run = await runGate(prepared.env, mode);
      const apiCalls = prepared.client.apiCalls();
      return { report: gateReport(run, apiCalls, prepared.registry.requests()), apiCalls };
    },
    statusesOn(sha) {
      return github.statuses.filter((status) => status.sha === sha && status.context === 'pipelines-gate').map(({ state, description }) => ({ state, description }));
    },
    gateComments(number) {
      return github.comments.filter((comment) => comment.issueNumber === number && comment.owner === OWNER).map(({ id, body, author }) => ({ id, body, author }));
    },
    dispatches(workflow) {
      return github.runs.filter((run) => run.workflowId === workflow.id && run.event === 'workflow_dispatch').map(({ id, headSha, headBranch, inputs }) => ({ id, headSha, headBranch, inputs }));
    },
    async stop() {
      await github.close();
      await registry.stop();
    },
  };
}
