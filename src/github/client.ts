/**
 * Octokit as every command uses it: retries with backoff for 5xx answers
 * (@octokit/plugin-retry), waits out primary and secondary rate limits a few
 * times (@octokit/plugin-throttling), and counts every HTTP request it sends,
 * retries included, because a GITHUB_TOKEN has 1,000 requests an hour per
 * repository and the gate prints what it spent.
 */
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

const GitHubOctokit = Octokit.plugin(retry, throttling);
export type GitHubOctokit = InstanceType<typeof GitHubOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** REST API root; GITHUB_API_URL on a runner. */
  baseUrl?: string;
  /** Retries of a 5xx answer (default 3). */
  retries?: number;
  /** Backoff unit in ms: the n-th retry waits n² units (default 1000). Tests make it small. */
  retryAfterBaseValue?: number;
  /** How long one HTTP request may take before it is abandoned (default 60 s). */
  requestTimeoutMs?: number;
  /** How often to wait out a rate limit before giving up (default 2). */
  rateLimitRetries?: number;
  /**
   * Space writes a second apart, as GitHub asks of integrations to stay clear of
   * secondary rate limits (default true). Tests against a local stand-in turn it off.
   */
  paceWrites?: boolean;
  /** Where rate-limit waits are reported (default: nowhere). */
  log?: (message: string) => void;
}

export interface GitHubClient {
  octokit: GitHubOctokit;
  /** HTTP requests sent so far, retries included. */
  apiCalls(): number;
}

/** A stand-in for the throttling plugin's write limiter group that lets every write through at once. */
const unpacedGroup = {
  key: () => ({ schedule: <T>(_options: unknown, job: (...args: unknown[]) => Promise<T>, ...args: unknown[]) => job(...args) }),
};

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  let calls = 0;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const log = options.log ?? (() => undefined);
  const timeoutMs = options.requestTimeoutMs ?? 60_000;
  const countingFetch: typeof fetch = (input, init) => {
    calls += 1;
    // A request that hangs must fail (and be retried), not hold the job until GitHub's 6-hour limit.
    return fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
  };
  const octokit = new GitHubOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'lockstep',
    request: { fetch: countingFetch },
    retry: {
      retries: options.retries ?? 3,
      ...(options.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: options.retryAfterBaseValue } : {}),
    },
    throttle: {
      ...(options.paceWrites === false ? { write: unpacedGroup as never, notifications: unpacedGroup as never } : {}),
      onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        log(`rate limit on ${request.method} ${request.url}; retry ${retryCount + 1} after ${retryAfter}s`);
        return retryCount < rateLimitRetries;
      },
      onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        log(`secondary rate limit on ${request.method} ${request.url}; retry ${retryCount + 1} after ${retryAfter}s`);
        return retryCount < rateLimitRetries;
      },
    },
  });
  return { octokit, apiCalls: () => calls };
}

/** The HTTP status of a failed Octokit request, if it was one. */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/** One line saying why a GitHub call failed, for a status description or a report. */
export function describeGitHubError(error: unknown): string {
  const status = httpStatusOf(error);
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return status ? `GitHub answered ${status}: ${message}` : `GitHub request failed: ${message}`;
}
