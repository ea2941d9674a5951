// `npm run demo`: build a service repository and a deployment repository in a temp folder
// from examples/demo/ (base commit on main, head commit on a PR branch), run the bundled
// lockstep CLI on them, and print the reports a contributor would see.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli/index.js');
if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run bundle` first.');
  process.exit(2);
}
const work = mkdtempSync(path.join(os.tmpdir(), 'lockstep-demo-'));
const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

function makeRepository(name, branch, tag) {
  const dir = path.join(work, name);
  cpSync(path.join(root, 'examples/demo', name, 'base'), dir, { recursive: true });
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'config', 'user.email', 'demo@lockstep.invalid');
  git(dir, 'config', 'user.name', 'Lockstep demo');
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'base');
  if (tag) git(dir, 'tag', tag);
  git(dir, 'checkout', '--quiet', '-b', branch);
  cpSync(path.join(root, 'examples/demo', name, 'head'), dir, { recursive: true });
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'head: the pull request');
  return dir;
}

const service = makeRepository('service', 'tickets/DM-100', '4.2.0');
const deployment = makeRepository('deployment', 'tickets/DM-200');
console.log(`Demo repositories in ${work}:`);
console.log(`  service     ${service}  (main = release 4.2.0, PR branch tickets/DM-100)`);
console.log(`  deployment  ${deployment}  (main pins 4.2.0 in two environments, PR branch tickets/DM-200)`);

const runs = [
  {
    title: 'schema-diff in the service: the PR adds a field to the strict nextVisit consumer and an optional field to the pydantic event it produces',
    args: ['schema-diff', '--repo', service, '--base', 'main', '--head', 'tickets/DM-100'],
  },
  {
    title: 'env-diff in the service: the PR adds a required read (SKYMAP) and drops a read (LEGACY_MODE)',
    args: ['env-diff', '--repo', service, '--base', 'main', '--head', 'tickets/DM-100'],
  },
  {
    title: 'env-diff in the deployment repo: the PR stops setting LEGACY_MODE, which the deployed 4.2.0 still requires, and sets SKYMAP for the initializer only',
    args: ['env-diff', '--repo', deployment, '--base', 'main', '--head', 'tickets/DM-200'],
  },
];
for (const run of runs) {
  console.log(`\n${'='.repeat(100)}\n${run.title}\n$ lockstep ${run.args.map((a) => (a.startsWith(work) ? path.relative(work, a) || '.' : a)).join(' ')}\n`);
  const result = spawnSync(process.execPath, [cli, ...run.args], { cwd: work, encoding: 'utf8' });
  process.stdout.write(result.stdout);
  process.stdout.write(result.stderr);
  console.log(`(exit code ${result.status}: ${['pass', 'check failed', 'input error'][result.status] ?? 'unexpected'})`);
}
console.log(`\nThe pipelines-gate needs the GitHub API; its tests run it against a local stand-in: npm test -- test/e2e/pipelines-gate`);
