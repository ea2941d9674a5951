/** What one gate run works with: clients, config, its clock, and what it learns once and shares between PRs. */
import type { GateConfig } from '../config/schema.js';
import { describeGitHubError, describeOtherError, type GitHubOctokit } from '../github/client.js';
import type { WorkflowRunInfo } from '../github/workflows.js';
import type { RunRecord } from './record.js';
import type { DailySearch } from './registry/daily-image.js';
import type { OciRegistryClient } from './registry/oci-client.js';

/** Things one gate run learns once and shares between the PRs it evaluates. */
export interface SweepCache {
  baseRuns?: WorkflowRunInfo[];
  testRuns?: WorkflowRunInfo[];
  /** Base builds this run dispatched, adopted or lost a claim for, by daily tag. */
  baseByTag: Map<string, RunRecord | 'claimed-elsewhere'>;
  /** Daily searches of this gate run, by last merge time: PRs waiting on the same merge ask the registry once. */
  dailyByMerge?: Map<string, DailySearch>;
  /**
   * Open PRs that declare dependencies, by number (known to a sweep; listed once
   * otherwise when needed). The lowest one's gate comment hosts the lock on base
   * builds, which are shared by every PR of the repository.
   */
  gatedPullNumbers?: number[];
  /** Runs already read in this gate run: PRs sharing a base build ask for it once. */
  runsRead?: Map<number, WorkflowRunInfo>;
}

export interface GateEnvironment {
  octokit: GitHubOctokit;
  owner: string;
  repo: string;
  config: GateConfig;
  registry: OciRegistryClient;
  /** Login whose comments are the gate's own. */
  identity: string;
  now: Date;
  dryRun: boolean;
  /** Web host of PR URLs in Depends-On lines. */
  serverHost: string;
  cache: SweepCache;
  log: (message: string) => void;
}

/** One line saying why a call failed: a GitHub request (Octokit's errors carry it) or anything else. */
export function describeError(error: unknown): string {
  return (error as { request?: unknown } | undefined)?.request ? describeGitHubError(error) : describeOtherError(error);
}

