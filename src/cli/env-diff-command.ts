/** `lockstep env-diff`: options → runEnvDiffAll → Report (rendered by cli/main.ts). */
import { runEnvDiffAll } from '../env/run.js';
import { flagRevisions, loadCommandConfig, repoOption, stringOption, type CliCommand } from './command.js';

const HELP = `Usage: lockstep env-diff --base REV --head REV [options]

Diffs the environment variables the code reads (env.code) and the Helm chart sets
(env.chart) between two revisions, says the safe merge/sync order per variable, blocks
removing what a deployed version still requires, and keeps env.parity workloads in step.

Options:
  --repo DIR        repository folder (default: the current folder)
  --base REV        base revision (required)
  --head REV        head revision (default: HEAD)
  --config FILE     configuration (default: DIR/.github/lockstep.yml)
  --pair NAME       check only the env pair named NAME (env: as a list of pairs)
  --helm            also render each environment with \`helm template\` (helm on PATH)
                    and report env names the static reading does not see
Environment: GITHUB_TOKEN (a counterpart given as owner/name), GITHUB_SERVER_URL.`;

export const envDiffCommand: CliCommand = {
  name: 'env-diff',
  summary: 'diff env vars read by the code and set by the Helm chart; say the safe merge/sync order',
  help: HELP,
  options: {
    repo: { type: 'string' },
    base: { type: 'string' },
    head: { type: 'string' },
    config: { type: 'string' },
    pair: { type: 'string' },
    helm: { type: 'boolean', default: false },
  },
  async run(values, context) {
    const repository = repoOption(values, context);
    const revisions = await flagRevisions(repository, { base: stringOption(values, 'base'), head: stringOption(values, 'head') }, { releases: false });
    return runEnvDiffAll({
      repository,
      config: await loadCommandConfig(values, context, repository),
      revisions,
      token: context.env.GITHUB_TOKEN || undefined,
      serverUrl: context.env.GITHUB_SERVER_URL || undefined,
      helm: values.helm === true,
      pair: stringOption(values, 'pair'),
    });
  },
};
