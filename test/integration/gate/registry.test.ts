import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { OciRegistryClient, RegistryError } from '../../../src/gate/registry/oci-client.js';
import { findDailyAfter, readImage } from '../../../src/gate/registry/daily-image.js';
import { startRegistry, type TestRegistry } from '../../support/registry.js';

const TEMPLATE = 'al9-d_{YYYY}_{MM}_{DD}';
const amd64 = { os: 'linux', architecture: 'amd64' };

describe.each(['none', 'token'] as const)('the real docker-registry (auth: %s)', (auth) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ auth });
    // The 25th was built before the merge (10:00 on the 25th); the 26th is missing; the 27th is after.
    await registry.pushImage('lsst/scipipe', 'al9-d_2026_11_25', { created: '2026-11-25T06:00:00Z' });
    await registry.pushIndex('lsst/scipipe', 'al9-d_2026_11_27', [
      { created: '2026-11-27T06:30:00Z', architecture: 'amd64' },
      { created: '2026-11-27T06:45:00Z', architecture: 'arm64' },
    ]);
    await registry.pushIndex('lsst/scipipe', 'al9-d_2026_11_28', [{ created: '2026-11-28T06:30:00Z' }], 'docker');
  });
  afterAll(() => registry.stop());

  test('a daily built before the merge does not count; the first one after it does, through its index', async () => {
    const client = new OciRegistryClient(registry.url);
    const search = await findDailyAfter(client, { image: 'lsst/scipipe', tagTemplate: TEMPLATE, after: new Date('2026-11-25T10:00:00Z'), now: new Date('2026-11-28T12:00:00Z') });
    expect(search.checked.map((item) => [item.tag, item.outcome])).toEqual([
      ['al9-d_2026_11_25', 'before-merge'],
      ['al9-d_2026_11_26', 'missing'],
      ['al9-d_2026_11_27', 'after-merge'],
    ]);
    expect(search.found).toEqual({ tag: 'al9-d_2026_11_27', digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), created: '2026-11-27T06:30:00Z' });
    if (auth === 'token') expect(registry.tokenRequests()).toBeGreaterThan(0);
    // The registry saw each candidate date's tag asked for directly, and never a tag list.
    expect(await registry.waitForAccess(/\/manifests\/al9-d_2026_11_27$/)).toBe(true);
    const asked = registry.accessLog().filter((entry) => entry.method === 'GET' && /\/manifests\/al9-/.test(entry.path));
    expect([...new Set(asked.map((entry) => entry.path.split('/').pop()))]).toEqual(['al9-d_2026_11_25', 'al9-d_2026_11_26', 'al9-d_2026_11_27']);
    expect(registry.accessLog().filter((entry) => entry.path.includes('/tags/list'))).toEqual([]);
  });

  test('the digest kept is the one the tag points at, as pushed', async () => {
    const pushed = await registry.pushImage('lsst/scipipe', 'al9-d_2026_11_20', { created: '2026-11-20T06:00:00Z' });
    const image = await readImage(new OciRegistryClient(registry.url), 'lsst/scipipe', 'al9-d_2026_11_20', amd64);
    expect(image).toEqual({ tag: 'al9-d_2026_11_20', digest: pushed.digest, created: '2026-11-20T06:00:00Z' });
  });

  test('a Docker manifest list is read like an OCI index', async () => {
    const image = await readImage(new OciRegistryClient(registry.url), 'lsst/scipipe', 'al9-d_2026_11_28', amd64);
    expect(image?.created).toBe('2026-11-28T06:30:00Z');
  });

  test('no daily after the merge yet: nothing found, every candidate date asked once', async () => {
    const client = new OciRegistryClient(registry.url);
    const search = await findDailyAfter(client, { image: 'lsst/scipipe', tagTemplate: TEMPLATE, after: new Date('2026-11-28T09:00:00Z'), now: new Date('2026-11-29T01:00:00Z') });
    expect(search.found).toBeUndefined();
    expect(search.checked.map((item) => item.outcome)).toEqual(['before-merge', 'missing']);
  });

  test('a missing image repository is "not there yet", not an error', async () => {
    const image = await readImage(new OciRegistryClient(registry.url), 'lsst/nothing', 'al9-d_2026_11_27', amd64);
    expect(image).toBeUndefined();
  });
});

test('an unreachable registry is an error the gate reports, never "no image"', async () => {
  const client = new OciRegistryClient('http://127.0.0.1:9', { retries: 1, retryDelayMs: 1 });
  await expect(readImage(client, 'lsst/scipipe', 'al9-d_2026_11_27', amd64)).rejects.toBeInstanceOf(RegistryError);
});
