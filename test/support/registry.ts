/**
 * The real container registry for tests: the Debian `docker-registry` server
 * (distribution 2.8) on 127.0.0.1 with a free port and a temporary storage
 * folder, images built here as OCI layouts and pushed with `skopeo`.
 *
 * `startRegistry({ auth: 'token' })` puts the registry behind the bearer-token
 * challenge real registries use (ghcr.io answers anonymous pulls the same way):
 * a small token server in this process signs JWTs with a throwaway key whose
 * self-signed certificate (made by the `openssl` CLI) is the registry's
 * rootcertbundle.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash, createSign, randomUUID } from 'node:crypto';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const REGISTRY_BINARY = process.env.LOCKSTEP_DOCKER_REGISTRY ?? '/usr/bin/docker-registry';
export const SKOPEO_BINARY = process.env.LOCKSTEP_SKOPEO ?? 'skopeo';

export interface ImageSpec {
  /** The image config's `created` time (what the gate compares with merge times). */
  created: string;
  /** Platform of this image; default linux/amd64. */
  architecture?: string;
  os?: string;
  /** Bytes of the one small layer; defaults to something derived from `created`. */
  layerText?: string;
}

export interface PushedImage {
  tag: string;
  /** Digest of what the tag points at (the index for a multi-arch push). */
  digest: string;
  mediaType: string;
}

export interface TestRegistry {
  /** `http://127.0.0.1:PORT` — what `gate.registry` takes in tests. */
  url: string;
  /** `127.0.0.1:PORT` — what skopeo takes. */
  host: string;
  /** How many token requests the in-process token server answered (token mode). */
  tokenRequests(): number;
  /** Every HTTP request the registry served so far, from its access log (skopeo's pushes included). */
  accessLog(): RegistryAccess[];
  /** Waits (boundedly) until the access log shows a request matching `path`, for lines still in the pipe. */
  waitForAccess(path: RegExp): Promise<boolean>;
  /** Push a single-platform image (OCI manifest) as repository:tag. */
  pushImage(repository: string, tag: string, image: ImageSpec): Promise<PushedImage>;
  /** Push a multi-platform image: an OCI index, or a Docker manifest list with `format: 'docker'`. */
  pushIndex(repository: string, tag: string, images: ImageSpec[], format?: 'oci' | 'docker'): Promise<PushedImage>;
  stop(): Promise<void>;
}

export interface StartRegistryOptions {
  auth?: 'none' | 'token';
}

/** One line of the registry's access log: what a client asked for. */
export interface RegistryAccess {
  method: string;
  path: string;
  status: number;
}

export async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function sha256(data: Buffer | string): string {
  return 'sha256:' + createHash('sha256').update(data).digest('hex');
}

interface Blob {
  digest: string;
  size: number;
  data: Buffer;
}

function blob(data: Buffer | string): Blob {
  const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data);
  return { digest: sha256(buffer), size: buffer.length, data: buffer };
}

/** A tar archive holding one small file — a valid layer without shelling out to tar. */
function tarWithOneFile(name: string, content: string): Buffer {
  const body = Buffer.from(content);
  const header = Buffer.alloc(512, 0);
  header.write(name, 0, 100, 'utf8');
  header.write('0000644\0', 100, 8, 'ascii');
  header.write('0000000\0', 108, 8, 'ascii');
  header.write('0000000\0', 116, 8, 'ascii');
  header.write(body.length.toString(8).padStart(11, '0') + '\0', 124, 12, 'ascii');
  header.write('00000000000\0', 136, 12, 'ascii');
  header.write('        ', 148, 8, 'ascii');
  header.write('0', 156, 1, 'ascii');
  header.write('ustar\0', 257, 6, 'ascii');
  header.write('00', 263, 2, 'ascii');
  let checksum = 0;
  for (const byte of header) checksum += byte;
  header.write(checksum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
  const padding = Buffer.alloc((512 - (body.length % 512)) % 512, 0);
  return Buffer.concat([header, body, padding, Buffer.alloc(1024, 0)]);
}

interface BuiltManifest {
  manifest: Blob;
  blobs: Blob[];
  platform: { architecture: string; os: string };
}

function buildManifest(image: ImageSpec, format: 'oci' | 'docker'): BuiltManifest {
  const architecture = image.architecture ?? 'amd64';
  const os = image.os ?? 'linux';
  const layer = blob(tarWithOneFile('hello.txt', image.layerText ?? `image created ${image.created} ${architecture}\n`));
  const config = blob(
    JSON.stringify({
      created: image.created,
      architecture,
      os,
      config: { Env: ['PATH=/usr/bin'] },
      rootfs: { type: 'layers', diff_ids: [sha256(layer.data)] },
      history: [{ created: image.created, created_by: 'lockstep test fixture' }],
    }),
  );
  const manifest =
    format === 'oci'
      ? {
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config.digest, size: config.size },
          layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layer.digest, size: layer.size }],
        }
      : {
          schemaVersion: 2,
          mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
          config: { mediaType: 'application/vnd.docker.container.image.v1+json', digest: config.digest, size: config.size },
          layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar', digest: layer.digest, size: layer.size }],
        };
  return { manifest: blob(JSON.stringify(manifest)), blobs: [config, layer], platform: { architecture, os } };
}

/** Writes an OCI image layout (oci-layout, index.json, blobs/sha256/…) whose index names `top`. */
async function writeLayout(dir: string, blobs: Blob[], top: { mediaType: string; blob: Blob }): Promise<void> {
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  for (const item of [...blobs, top.blob]) {
    await writeFile(join(dir, 'blobs', 'sha256', item.digest.slice('sha256:'.length)), item.data);
  }
  await writeFile(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [{ mediaType: top.mediaType, digest: top.blob.digest, size: top.blob.size }],
    }),
  );
}

/** base64url of a JSON value or buffer. */
function b64url(value: object | Buffer): string {
  const buffer = Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value));
  return buffer.toString('base64url');
}

interface TokenServer {
  realm: string;
  requests: () => number;
  close: () => Promise<void>;
}

/** Answers GET /token?service=…&scope=… with a JWT the registry trusts (anonymous, every scope granted). */
async function startTokenServer(keyPem: string, certDer: Buffer, issuer: string, service: string): Promise<TokenServer> {
  let requests = 0;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/token') {
      response.writeHead(404).end();
      return;
    }
    requests += 1;
    const access = url.searchParams.getAll('scope').map((scope) => {
      const [type, name, actions] = scope.split(':');
      return { type, name, actions: (actions ?? '').split(',').filter(Boolean) };
    });
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', x5c: [certDer.toString('base64')] };
    const claims = {
      iss: issuer,
      sub: '',
      aud: url.searchParams.get('service') ?? service,
      exp: now + 300,
      nbf: now - 60,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const signingInput = `${b64url(header)}.${b64url(claims)}`;
    const signature = createSign('RSA-SHA256').update(signingInput).sign(keyPem);
    const token = `${signingInput}.${signature.toString('base64url')}`;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function waitUntilServing(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited (${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(`${url}/v2/`);
      // 200 without auth, 401 with a token challenge: either way it is serving.
      if (response.status === 200 || response.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`docker-registry did not start at ${url}:\n${log()}`);
}

/** Access-log lines are Apache combined format: `… "GET /v2/… HTTP/1.1" 200 …`. */
function parseAccessLog(output: string): RegistryAccess[] {
  const entries: RegistryAccess[] = [];
  for (const match of output.matchAll(/"(GET|HEAD|PUT|POST|PATCH|DELETE) (\S+) HTTP\/[\d.]+" (\d{3})/g)) {
    entries.push({ method: match[1]!, path: match[2]!, status: Number(match[3]) });
  }
  return entries;
}

export async function startRegistry(options: StartRegistryOptions = {}): Promise<TestRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'lockstep-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const url = `http://${host}`;
  let tokenServer: TokenServer | undefined;
  let authSection = '';
  if (options.auth === 'token') {
    const keyPath = join(dir, 'token.key');
    const certPath = join(dir, 'token.crt');
    await run('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath,
      '-days', '2', '-subj', '/CN=lockstep-test-token-issuer',
    ]);
    const certPem = await readFile(certPath, 'utf8');
    const certDer = Buffer.from(certPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
    tokenServer = await startTokenServer(await readFile(keyPath, 'utf8'), certDer, 'lockstep-test-issuer', 'lockstep-test-registry');
    authSection = [
      'auth:',
      '  token:',
      `    realm: ${tokenServer.realm}`,
      '    service: lockstep-test-registry',
      '    issuer: lockstep-test-issuer',
      `    rootcertbundle: ${certPath}`,
    ].join('\n');
  }
  const configPath = join(dir, 'config.yml');
  await writeFile(
    configPath,
    [
      'version: 0.1',
      'log:',
      '  level: warn',
      '  formatter: json',
      '  accesslog:',
      '    disabled: false',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'storage')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: ${host}`,
      authSection,
      '',
    ].join('\n'),
  );
  let output = '';
  const child = spawn(REGISTRY_BINARY, ['serve', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitUntilServing(url, child, () => output);

  async function push(repository: string, tag: string, layoutDir: string): Promise<void> {
    await run(SKOPEO_BINARY, [
      '--insecure-policy', 'copy', '--quiet', '--all', '--preserve-digests', '--dest-tls-verify=false',
      `oci:${layoutDir}`, `docker://${host}/${repository}:${tag}`,
    ]);
  }

  return {
    url,
    host,
    tokenRequests: () => tokenServer?.requests() ?? 0,
    accessLog: () => parseAccessLog(output),
    async waitForAccess(path) {
      for (let attempt = 0; attempt < 100; attempt += 1) {
        if (parseAccessLog(output).some((entry) => path.test(entry.path))) return true;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return false;
    },
    async pushImage(repository, tag, image) {
      const layoutDir = await mkdtemp(join(dir, 'layout-'));
      const built = buildManifest(image, 'oci');
      const mediaType = 'application/vnd.oci.image.manifest.v1+json';
      await writeLayout(layoutDir, built.blobs, { mediaType, blob: built.manifest });
      await push(repository, tag, layoutDir);
      return { tag, digest: built.manifest.digest, mediaType };
    },
    async pushIndex(repository, tag, images, format = 'oci') {
      const layoutDir = await mkdtemp(join(dir, 'layout-'));
      const built = images.map((image) => buildManifest(image, format));
      const childType = format === 'oci' ? 'application/vnd.oci.image.manifest.v1+json' : 'application/vnd.docker.distribution.manifest.v2+json';
      const mediaType = format === 'oci' ? 'application/vnd.oci.image.index.v1+json' : 'application/vnd.docker.distribution.manifest.list.v2+json';
      const index = blob(
        JSON.stringify({
          schemaVersion: 2,
          mediaType,
          manifests: built.map((item) => ({
            mediaType: childType,
            digest: item.manifest.digest,
            size: item.manifest.size,
            platform: item.platform,
          })),
        }),
      );
      await writeLayout(layoutDir, built.flatMap((item) => [...item.blobs, item.manifest]), { mediaType, blob: index });
      await push(repository, tag, layoutDir);
      return { tag, digest: index.digest, mediaType };
    },
    async stop() {
      if (child.exitCode === null) {
        // 'close' (not 'exit'): the last access-log lines are read by then.
        const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
        child.kill('SIGTERM');
        await closed;
      }
      await tokenServer?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
