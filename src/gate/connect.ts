/**
 * Connecting a gate run: the GitHub and registry clients (`connectGate`, made before any request
 * so their counts survive a failure), then the token's identity and the `GateEnvironment`
 * (gate-environment.ts) every step works with (`prepareGate`), built once per run.
 */
import type { GateConfig } from '../config/schema.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { resolveIdentity } from '../github/identity.js';
import { InputError } from '../errors.js';
import type { GateEnvironment } from './gate-environment.js';
import { OciRegistryClient } from './registry/oci-client.js';

export interface GateSetup {
  token: string;
  apiUrl: string;
  serverUrl: string;
  /** owner/name */
  repository: string;
  config: GateConfig;
  dryRun: boolean;
  now?: Date;
  /** Login of the token's identity when GET /user cannot tell (an app installation token). */
  installationLogin?: string;
  log?: (message: string) => void;
  /** The longest a rate limit is waited out, in seconds (github/client.ts has the default). */
  maxRateLimitWaitSeconds?: number;
  /** Tests shorten the backoff and let writes through unpaced. */
  retryAfterBaseValue?: number;
  paceWrites?: boolean;
  registryRetryDelayMs?: number;
}

export interface PreparedGate {
  env: GateEnvironment;
  client: GitHubClient;
  registry: OciRegistryClient;
}

export function splitRepository(repository: string, source: string): [string, string] {
  const [, owner, name] = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(repository) ?? [];
  if (!owner || !name) throw new InputError(`${source}: expected owner/name, got '${repository}'`, { hint: 'For example --repository lsst-dm/prompt_processing.' });
  return [owner, name];
}

/** The clients, made before any request so their counts survive a failure. */
export function connectGate(setup: GateSetup): { client: GitHubClient; registry: OciRegistryClient } {
  const client = createGitHubClient({
    token: setup.token,
    baseUrl: setup.apiUrl,
    log: setup.log,
    retryAfterBaseValue: setup.retryAfterBaseValue,
    paceWrites: setup.paceWrites,
    maxRateLimitWaitSeconds: setup.maxRateLimitWaitSeconds,
  });
  const registry = new OciRegistryClient(setup.config.registry, { retryDelayMs: setup.registryRetryDelayMs });
  return { client, registry };
}

export async function prepareGate(setup: GateSetup, connected = connectGate(setup)): Promise<PreparedGate> {
  const [owner, repo] = splitRepository(setup.repository, 'repository');
  const log = setup.log ?? (() => undefined);
  const { client, registry } = connected;
  const identity = await resolveIdentity(client.octokit, setup.installationLogin, setup.token);
  const env: GateEnvironment = {
    octokit: client.octokit,
    owner,
    repo,
    config: setup.config,
    registry,
    identity,
    now: setup.now ?? new Date(),
    dryRun: setup.dryRun,
    serverHost: new URL(setup.serverUrl).host,
    cache: { baseByTag: new Map() },
    log,
  };
  return { env, client, registry };
}
