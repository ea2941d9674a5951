/** `lockstep init`: write a starting .github/lockstep.yml for the repository, and say what it could not decide. */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '../config/load.js';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import { InputError } from '../errors.js';
import { GitRepository } from '../git/repository.js';
import { detect } from '../init/detect.js';
import { renderStartingConfig } from '../init/write.js';
import { code, type Report } from '../report/model.js';
import { repoOption, stringOption, type CliCommand } from './command.js';

const HELP = `Usage: lockstep init [options]

Reads the repository at HEAD (never running its code) and writes a starting
.github/lockstep.yml: dataclass and pydantic message classes, the folders whose code
reads os.environ, a Helm chart with its workload templates, values files and image tag.
Prints what it could not decide. An existing file is kept unless --force.

Options:
  --repo DIR     repository folder (default: the current folder)
  --chart PATH   the chart to describe when the repository has several (e.g. charts/prompt-keda)
  --force        overwrite an existing .github/lockstep.yml`;

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'write a starting .github/lockstep.yml for this repository and say what it could not decide',
  help: HELP,
  options: {
    repo: { type: 'string' },
    chart: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
  async run(values, context) {
    const repoDir = repoOption(values, context);
    const target = path.join(repoDir, DEFAULT_CONFIG_PATH);
    if (statSync(target, { throwIfNoEntry: false }) && values.force !== true) {
      throw new InputError(`${DEFAULT_CONFIG_PATH} already exists; it was not changed`, { file: target, hint: 'Edit it, or run again with --force to replace it with a new starting configuration.' });
    }
    const repository = await GitRepository.open(repoDir);
    try {
      const chart = stringOption(values, 'chart');
      const found = await detect(repository, chart === undefined ? {} : { chart });
      const text = renderStartingConfig(found);
      // What init writes must load: a generator bug is caught here, not in the first check.
      parseConfig(text, DEFAULT_CONFIG_PATH);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
      return initReport(found.undecided, text, found.messages.length);
    } finally {
      repository.close();
    }
  },
};

function initReport(undecided: string[], text: string, messages: number): Report<{ written: string; config: string; undecided: string[] }> {
  return {
    command: 'init',
    verdict: 'pass',
    headline: `wrote ${DEFAULT_CONFIG_PATH} (${messages} message${messages === 1 ? '' : 's'}${text.includes('\nenv:') ? ', env' : ''}); check the ${undecided.length} point${undecided.length === 1 ? '' : 's'} below`,
    findings: [],
    blocks: [
      { kind: 'paragraph', text: `Wrote ${DEFAULT_CONFIG_PATH}:` },
      { kind: 'list', items: text.trimEnd().split('\n').map((line) => code(line)) },
      { kind: 'heading', text: 'Not decided — check these' },
      { kind: 'list', items: undecided.length ? undecided : ['Nothing: every section was found.'] },
    ],
    data: { written: DEFAULT_CONFIG_PATH, config: text, undecided },
    outputs: {},
  };
}
