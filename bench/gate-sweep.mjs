// The gate's request budget: a sweep over gated PRs in the GitHub stand-in, counting the
// GitHub API and registry requests it makes.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export async function gateSweepBudget({ root }) {
  const cli = path.join(root, 'dist/cli/index.js');
  const help = spawnSync(process.execPath, [cli, 'gate', '--help'], { encoding: 'utf8' });
  if (help.status !== 0 || /not built yet/.test(`${help.stdout}${help.stderr}`)) return { notBuilt: 'lockstep gate (dist/cli) is not built yet' };
  return { notBuilt: 'the sweep benchmark is not written yet' };
}
