/** `lockstep gate`: options → runGateCommand → Report (rendered by cli/main.ts). */
import { InputError } from '../errors.js';
import { parseRateLimitWait, runGateCommand } from '../gate/run.js';
import { loadCommandConfig, stringOption, type CliCommand } from './command.js';

const HELP = `Usage: lockstep gate --repository OWNER/NAME (--pr N | --sweep) [options]

Advances the Science Pipelines gate: reads the PR's Depends-On: lines, waits for the
upstream merges and the first daily image after them, dispatches the base image build
and the tests, and sets the commit status and the sticky comment.

Options:
  --repository OWNER/NAME   the repository whose PRs are gated (required)
  --pr N                    evaluate one pull request
  --sweep                   evaluate every open pull request that declares dependencies
  --config FILE             configuration (default: .github/lockstep.yml)
  --dry-run                 report what would be done; write nothing
  --max-rate-limit-wait S   wait at most S seconds for a GitHub rate limit to reset
                            (default 300); PRs stay pending with the reason after that
Environment: GITHUB_TOKEN (required), GITHUB_API_URL (default https://api.github.com),
GITHUB_SERVER_URL (default https://github.com). The registry comes from gate.registry.`;

export const gateCommand: CliCommand = {
  name: 'gate',
  summary: 'advance the Science Pipelines gate of one PR (--pr N) or of every gated PR (--sweep)',
  help: HELP,
  options: {
    repository: { type: 'string' },
    pr: { type: 'string' },
    sweep: { type: 'boolean' },
    config: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'max-rate-limit-wait': { type: 'string' },
  },
  async run(values, context) {
    const repository = stringOption(values, 'repository');
    if (!repository) throw new InputError('--repository is required', { hint: 'For example --repository lsst-dm/prompt_processing.' });
    const prText = stringOption(values, 'pr');
    const sweep = values.sweep === true;
    if ((prText === undefined) === !sweep) throw new InputError('give exactly one of --pr N and --sweep', { hint: '--pr evaluates one pull request; --sweep every open one that declares dependencies.' });
    let mode: { kind: 'pr'; number: number } | { kind: 'sweep' } = { kind: 'sweep' };
    if (prText !== undefined) {
      if (!/^[1-9][0-9]*$/.test(prText)) throw new InputError(`--pr: expected a pull request number, got '${prText}'`);
      mode = { kind: 'pr', number: Number(prText) };
    }
    return runGateCommand({
      repository,
      // The gate reads no clone: the default configuration is the current folder's.
      config: await loadCommandConfig(values, context, context.cwd),
      mode,
      token: context.env.GITHUB_TOKEN,
      apiUrl: context.env.GITHUB_API_URL || 'https://api.github.com',
      serverUrl: context.env.GITHUB_SERVER_URL || 'https://github.com',
      dryRun: values['dry-run'] === true,
      maxRateLimitWaitSeconds: parseRateLimitWait(stringOption(values, 'max-rate-limit-wait'), '--max-rate-limit-wait'),
      log: (message) => process.stderr.write(`lockstep gate: ${message}\n`),
    });
  },
};
