import { describe, expect, test } from '@jest/globals';
import { parseBearerChallenge, registryBaseUrl } from '../../../src/gate/registry/oci-client.js';
import { formatDated, parseDated } from '../../../src/gate/daily-tag.js';

describe('registry details', () => {
  test('the bearer challenge as ghcr.io and distribution send it', () => {
    expect(parseBearerChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:lsst/scipipe:pull"')).toEqual({ realm: 'https://ghcr.io/token', service: 'ghcr.io' });
    expect(parseBearerChallenge('bearer realm="http://127.0.0.1:1/token"')).toEqual({ realm: 'http://127.0.0.1:1/token', service: undefined });
    expect(parseBearerChallenge('Basic realm="registry"')).toBeUndefined();
    expect(parseBearerChallenge('Bearer service="x"')).toBeUndefined();
  });

  test('a registry name becomes an https URL; an explicit URL is kept', () => {
    expect(registryBaseUrl('ghcr.io')).toBe('https://ghcr.io');
    expect(registryBaseUrl('http://127.0.0.1:5000/')).toBe('http://127.0.0.1:5000');
  });

  test('dated tags and inputs, both ways', () => {
    const date = new Date(Date.UTC(2026, 0, 5));
    expect(formatDated('al9-d_{YYYY}_{MM}_{DD}', date)).toBe('al9-d_2026_01_05');
    expect(parseDated('al9-d_{YYYY}_{MM}_{DD}', 'al9-d_2026_01_05')?.toISOString()).toBe('2026-01-05T00:00:00.000Z');
    expect(parseDated('al9-d_{YYYY}_{MM}_{DD}', 'al9-w_2026_01')).toBeUndefined();
  });
});
