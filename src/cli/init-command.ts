/** `lockstep init`: write a starting .github/lockstep.yml for the repository, and say what it could not decide. */
import { lstatSync, mkdirSync, realpathSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '../config/load.js';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import { InputError } from '../errors.js';
import { GitRepository } from '../git/repository.js';
import { detect } from '../init/detect.js';
import { renderStartingConfig } from '../init/write.js';
import { code, inline, type Report } from '../report/model.js';
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
    const existing = lstatSync(target, { throwIfNoEntry: false });
    if (existing && values.force !== true) {
      throw new InputError(`${DEFAULT_CONFIG_PATH} already exists; it was not changed`, { file: target, hint: 'Edit it, or run again with --force to replace it with a new starting configuration.' });
    }
    const repository = await GitRepository.open(repoDir);
    try {
      const chart = stringOption(values, 'chart');
      const found = await detect(repository, chart === undefined ? {} : { chart });
      const text = renderStartingConfig(found);
      // What init writes must load: a generator bug is caught here, not in the first check.
      parseConfig(text, DEFAULT_CONFIG_PATH);
      writeInsideRepository(repoDir, target, text);
      return initReport(found.undecided, text, found.messages.length);
    } finally {
      repository.close();
    }
  },
};

/**
 * Write the file where it belongs and nowhere else: never through a symlink (of the file or
 * of `.github`) to a place outside the repository; --force replaces the file itself, never
 * the file a link points to.
 */
function writeInsideRepository(repoDir: string, target: string, text: string): void {
  const folder = path.dirname(target);
  mkdirSync(folder, { recursive: true });
  const root = realpathSync(repoDir);
  if (lstatSync(folder).isSymbolicLink() || path.relative(root, realpathSync(folder)) !== path.basename(folder)) {
    throw new InputError(`${path.basename(folder)} is a symbolic link or lies outside the repository; nothing was written`, {
      file: folder,
      hint: `Make ${path.basename(folder)} a plain folder of the repository.`,
    });
  }
  if (lstatSync(target, { throwIfNoEntry: false })) unlinkSync(target);
  writeFileSync(target, text, { flag: 'wx' });
}

function initReport(undecided: string[], text: string, messages: number): Report<{ written: string; config: string; undecided: string[] }> {
  return {
    command: 'init',
    verdict: 'pass',
    headline: `wrote ${DEFAULT_CONFIG_PATH} (${messages} message${messages === 1 ? '' : 's'}${text.includes('\nenv:') ? ', env' : ''}); check the ${undecided.length} point${undecided.length === 1 ? '' : 's'} below`,
    findings: [],
    blocks: [
      { kind: 'paragraph', text: inline`Wrote ${DEFAULT_CONFIG_PATH}:` },
      { kind: 'list', items: text.trimEnd().split('\n').map((line) => [code(line)]) },
      { kind: 'heading', text: inline`Not decided — check these` },
      { kind: 'list', items: (undecided.length ? undecided : ['Nothing: every section was found.']).map((item) => inline`${item}`) },
    ],
    data: { written: DEFAULT_CONFIG_PATH, config: text, undecided },
    outputs: {},
  };
}
