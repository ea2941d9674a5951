/**
 * A read-only client for the OCI distribution API, enough to find a daily
 * image: GET a manifest by tag or digest and GET a blob. Public images on
 * ghcr.io (and registries like it) answer 401 with a `WWW-Authenticate: Bearer`
 * challenge; the client fetches an anonymous token from the realm for the
 * scope asked and repeats the request.
 *
 * It never lists tags: the real repository has thousands, served oldest first.
 */
import { createHash } from 'node:crypto';

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;

const MANIFEST_ACCEPT = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList, MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest].join(', ');

export class RegistryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

export interface ManifestResult {
  /** What the reference resolves to (Docker-Content-Digest, checked against the bytes). */
  digest: string;
  mediaType: string;
  manifest: Record<string, unknown>;
}

export interface OciRegistryClientOptions {
  /** Retries of a 5xx answer or a network error (default 2). */
  retries?: number;
  /** Backoff unit in ms (default 500): the n-th retry waits n × unit. */
  retryDelayMs?: number;
  /** How long one HTTP request may take (default 30 s). */
  requestTimeoutMs?: number;
}

interface Challenge {
  realm: string;
  service?: string;
}

/** `ghcr.io` → `https://ghcr.io`; an explicit http(s) URL is kept (tests use http://127.0.0.1:PORT). */
export function registryBaseUrl(registry: string): string {
  const trimmed = registry.replace(/\/+$/, '');
  return /^https?:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`;
}

export function parseBearerChallenge(header: string): Challenge | undefined {
  const match = /^\s*Bearer\s+(.*)$/i.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  for (const part of match[1]!.matchAll(/([A-Za-z]+)="([^"]*)"/g)) params[part[1]!.toLowerCase()] = part[2]!;
  return params.realm ? { realm: params.realm, service: params.service } : undefined;
}

function sha256(data: Uint8Array): string {
  return 'sha256:' + createHash('sha256').update(data).digest('hex');
}

export class OciRegistryClient {
  private readonly baseUrl: string;
  private readonly tokens = new Map<string, string>();
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly requestTimeoutMs: number;
  private sent = 0;

  constructor(registry: string, options: OciRegistryClientOptions = {}) {
    this.baseUrl = registryBaseUrl(registry);
    this.retries = options.retries ?? 2;
    this.retryDelayMs = options.retryDelayMs ?? 500;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  }

  /** HTTP requests sent so far (token requests included). */
  requests(): number {
    return this.sent;
  }

  /** The manifest a tag or digest names; undefined when the registry says it does not exist. */
  async getManifest(repository: string, reference: string): Promise<ManifestResult | undefined> {
    const response = await this.get(repository, `/v2/${repository}/manifests/${encodeURIComponent(reference)}`, MANIFEST_ACCEPT);
    if (response.status === 404) return undefined;
    await this.ensureOk(response, `manifest ${repository}:${reference}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const computed = sha256(bytes);
    const header = response.headers.get('docker-content-digest');
    if (header && header !== computed) {
      throw new RegistryError(`manifest ${repository}:${reference}: registry says ${header} but the bytes hash to ${computed}`);
    }
    if (reference.startsWith('sha256:') && reference !== computed) {
      throw new RegistryError(`manifest ${repository}@${reference}: the bytes hash to ${computed}`);
    }
    let manifest: Record<string, unknown>;
    try {
      manifest = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>;
    } catch {
      throw new RegistryError(`manifest ${repository}:${reference} is not JSON`);
    }
    // The spec makes it a string; String() prints whatever else came as JavaScript does, matching no image type.
    const declared = manifest.mediaType as string | undefined;
    const mediaType = String(declared ?? response.headers.get('content-type')?.split(';')[0] ?? '');
    return { digest: computed, mediaType, manifest };
  }

  /** A JSON blob (an image config), checked against its digest. */
  async getJsonBlob(repository: string, digest: string): Promise<Record<string, unknown>> {
    const response = await this.get(repository, `/v2/${repository}/blobs/${digest}`, '*/*');
    await this.ensureOk(response, `blob ${repository}@${digest}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (sha256(bytes) !== digest) throw new RegistryError(`blob ${repository}@${digest}: content does not match its digest`);
    try {
      return JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>;
    } catch {
      throw new RegistryError(`blob ${repository}@${digest} is not JSON`);
    }
  }

  private async ensureOk(response: Response, what: string): Promise<void> {
    if (response.ok) return;
    const text = (await response.text().catch(() => '')).slice(0, 200).replace(/\s+/g, ' ');
    throw new RegistryError(`${what}: registry answered ${response.status}${text ? ` (${text})` : ''}`, response.status);
  }

  /** GET with the repository's pull token, answering one bearer challenge. */
  private async get(repository: string, path: string, accept: string): Promise<Response> {
    const scope = `repository:${repository}:pull`;
    let response = await this.send(`${this.baseUrl}${path}`, accept, this.tokens.get(scope));
    if (response.status !== 401) return response;
    const header = response.headers.get('www-authenticate') ?? '';
    const challenge = parseBearerChallenge(header);
    await response.body?.cancel();
    if (!challenge) {
      throw new RegistryError(`${path}: registry wants credentials (${header || 'no WWW-Authenticate header'}); only anonymous bearer tokens are supported`, 401);
    }
    const token = await this.fetchToken(challenge, scope);
    this.tokens.set(scope, token);
    response = await this.send(`${this.baseUrl}${path}`, accept, token);
    if (response.status === 401) throw new RegistryError(`${path}: registry refused the anonymous token for ${scope}`, 401);
    return response;
  }

  private async fetchToken(challenge: Challenge, scope: string): Promise<string> {
    const url = new URL(challenge.realm);
    if (challenge.service) url.searchParams.set('service', challenge.service);
    url.searchParams.set('scope', scope);
    const response = await this.send(url.toString(), 'application/json');
    if (!response.ok) throw new RegistryError(`token service ${url.origin} answered ${response.status} for ${scope}`, response.status);
    const body = (await response.json().catch(() => ({}))) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new RegistryError(`token service ${url.origin} answered without a token`);
    return token;
  }

  private async send(url: string, accept: string, token?: string): Promise<Response> {
    let lastError: unknown;
    for (let attempt = 0; attempt <= this.retries; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, attempt * this.retryDelayMs));
      this.sent += 1;
      try {
        const response = await fetch(url, {
          headers: { accept, ...(token ? { authorization: `Bearer ${token}` } : {}) },
          signal: AbortSignal.timeout(this.requestTimeoutMs),
        });
        if (response.status < 500 || attempt === this.retries) return response;
        await response.body?.cancel();
        lastError = new RegistryError(`${url}: registry answered ${response.status}`, response.status);
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError instanceof RegistryError ? lastError : new RegistryError(`${url}: ${(lastError as Error)?.message ?? String(lastError)}`);
  }
}
