// The configurations the replay checks with are the README's own (its env-diff page,
// docs/actions/env-diff.md: the `.github/lockstep.yml` blocks "For Prompt Processing" and "For
// Phalanx"): read from that page here, so the replay and the documentation cannot drift apart.
// An `env:` written as a list of pairs gives the pair whose chart (or counterpart chart) is
// `charts/prompt-keda`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const PAGE_NAME = 'docs/actions/env-diff.md';
const PAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', PAGE_NAME);
const KEDA = 'charts/prompt-keda';

/** The `env` of the env-diff page's first YAML block under the heading `### <heading>`. */
export function readmeEnv(heading, text = readFileSync(PAGE, 'utf8')) {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.trim() === `### ${heading}`);
  if (at < 0) throw new Error(`${PAGE_NAME} has no heading "### ${heading}"`);
  const open = lines.findIndex((line, index) => index > at && line.trim() === '```yaml');
  const close = lines.findIndex((line, index) => index > open && line.trim() === '```');
  if (open < 0 || close < 0) throw new Error(`${PAGE_NAME} has no yaml block under "### ${heading}"`);
  const env = YAML.parse(lines.slice(open + 1, close).join('\n'))?.env;
  const pairs = Array.isArray(env) ? env : [env];
  const pair = pairs.find((candidate) => (candidate?.chart ?? candidate?.counterpart?.chart)?.path === KEDA);
  if (!pair) throw new Error(`${PAGE_NAME}: the config under "### ${heading}" has no env pair for ${KEDA}`);
  return pair;
}

/** The env-diff page's PP (service repository) and Phalanx (deployment repository) settings for prompt-keda. */
export function readmeConfigs(text) {
  const pp = readmeEnv('For Prompt Processing (the service repository)', text);
  const phalanx = readmeEnv('For Phalanx (the deployment repository)', text);
  return { pp, phalanx };
}
