/** `lockstep schema-diff`: options → runSchemaDiff → Report (rendered by cli/main.ts). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import { messagesFromConfig, versioningFromConfig } from '../schema/config-messages.js';
import { runSchemaDiff, type SchemaDiffMessage } from '../schema/run.js';
import { GitRepository } from '../git/repository.js';
import { defaultReleaseHead, releaseRevisions } from '../revisions/release.js';
import { runSchemaDiffFiles } from '../schema/files-run.js';
import { choice, cliDecoder, DECODERS, loadOptionalConfig, repoOption, ROLES, stringOption, type CliCommand, type OptionValues } from './command.js';

const HELP = `Usage: lockstep schema-diff --base REV [--head REV] [options]
       lockstep schema-diff --release-tag TAG [options]
       lockstep schema-diff --base-file A --head-file B [--schema-class C] [--role R] [--decoder D]

Diffs the message schemas of .github/lockstep.yml (or the one --schema) between two
revisions, judges each change by role and decoder, checks peers, and holds the
required bump against the proposed version.

Options:
  --repo DIR                repository folder (default: the current folder)
  --base REV                base revision (required unless --release-tag)
  --head REV                head revision (default: HEAD; with --release-tag, the tag
                            when it exists)
  --schema PATH#Class       check this schema instead of the config's messages
                            (or PATH.json for a JSON Schema)
  --role R                  with --schema: producer | consumer | both (default consumer)
  --decoder D               with --schema: strict | pydantic | function:PATH.py#Class.method
                            (a decoder function, --role consumer; default strict)
  --proposed-version V      the version this change will be released as
  --release-tag TAG         the tag being released: its previous release (the newest
                            lower release tag reachable from it) is the base unless
                            --base is given
  --label NAME              a PR label (repeatable): semver:major|minor|patch, the approve label
  --pr-body-file FILE       a PR body to read Paired-With: owner/repo#N lines from
  --config FILE             configuration (default: DIR/.github/lockstep.yml)

Two files, no git (editors, pre-commit hooks):
  --base-file FILE          the old schema: a .py file or a .json JSON Schema
  --head-file FILE          the new schema (same kinds)
  --schema-class C          the message class in the Python files
  (--role and --decoder as with --schema; imports are followed under the current folder)
Environment: GITHUB_TOKEN (peers given as owner/name), GITHUB_SERVER_URL.`;


export const schemaDiffCommand: CliCommand = {
  name: 'schema-diff',
  summary: 'diff message schemas between two revisions, judge them by role and decoder, enforce the semver bump',
  help: HELP,
  options: {
    repo: { type: 'string' },
    base: { type: 'string' },
    head: { type: 'string' },
    schema: { type: 'string' },
    role: { type: 'string' },
    decoder: { type: 'string' },
    'proposed-version': { type: 'string' },
    'release-tag': { type: 'string' },
    label: { type: 'string', multiple: true },
    'pr-body-file': { type: 'string' },
    config: { type: 'string' },
    'base-file': { type: 'string' },
    'head-file': { type: 'string' },
    'schema-class': { type: 'string' },
  },
  async run(values, context) {
    if (values['base-file'] !== undefined || values['head-file'] !== undefined) return runFilesForm(values, context.cwd);
    if (values['schema-class'] !== undefined) throw new InputError('--schema-class goes with --base-file and --head-file', { hint: 'In the repository form name the class in --schema PATH#Class.' });
    const repo = repoOption(values, context);
    const range = await cliRevisions(repo, stringOption(values, 'base'), stringOption(values, 'head'), stringOption(values, 'release-tag'));
    const schema = stringOption(values, 'schema');
    const configOption = stringOption(values, 'config');
    const configPath = configOption ? path.resolve(context.cwd, configOption) : path.join(repo, DEFAULT_CONFIG_PATH);
    // The default configuration must be the repository's own file; an explicit --config may live anywhere.
    const config = await loadOptionalConfig(configPath, configOption ?? DEFAULT_CONFIG_PATH, !schema || configOption !== undefined, configOption ? undefined : repo);
    let messages: SchemaDiffMessage[];
    if (schema) {
      const role = choice(stringOption(values, 'role') ?? 'consumer', ROLES, '--role');
      const decoder = cliDecoder(stringOption(values, 'decoder') ?? 'strict', role);
      messages = [{ name: schema.split('#').pop() ?? schema, schema, role, decoder }];
    } else {
      if (values.role !== undefined || values.decoder !== undefined) throw new InputError('--role and --decoder go with --schema', { hint: 'Without --schema the messages, roles and decoders come from the configuration.' });
      messages = messagesFromConfig(config);
      if (messages.length === 0)
        throw new InputError('no messages to check', { file: configOption ?? DEFAULT_CONFIG_PATH, hint: 'Add a `messages:` section to the configuration, or pass --schema PATH#Class.' });
    }
    const bodyFile = stringOption(values, 'pr-body-file');
    const pullRequestBody = bodyFile ? await readFile(path.resolve(context.cwd, bodyFile), 'utf8').catch(() => {
      throw new InputError('cannot read the PR body file', { file: bodyFile });
    }) : undefined;
    const labels = Array.isArray(values.label) ? values.label : [];
    return runSchemaDiff({
      repository: repo,
      base: range.base,
      head: range.head,
      messages,
      versioning: versioningFromConfig(config),
      proposedVersion: stringOption(values, 'proposed-version'),
      releaseTag: range.releaseTag,
      labels,
      pullRequestBody,
      token: context.env.GITHUB_TOKEN,
      serverUrl: context.env.GITHUB_SERVER_URL,
      cwd: repo,
      ignore: config?.ignore,
      configFile: configOption ?? DEFAULT_CONFIG_PATH,
    });
  },
};

/** Options of the repository form: none of them means anything without git. */
const GIT_ONLY = ['repo', 'base', 'head', 'schema', 'proposed-version', 'release-tag', 'label', 'pr-body-file', 'config'];

/** `--base-file A --head-file B`: both files, no option of the git form. */
function runFilesForm(values: OptionValues, cwd: string) {
  const baseFile = stringOption(values, 'base-file');
  const headFile = stringOption(values, 'head-file');
  if (!baseFile || !headFile) throw new InputError('--base-file and --head-file go together', { hint: 'Pass both: --base-file OLD.py --head-file NEW.py --schema-class C (or two .json JSON Schemas).' });
  const conflicting = GIT_ONLY.filter((name) => values[name] !== undefined);
  if (conflicting.length)
    throw new InputError(`--base-file/--head-file cannot be combined with ${conflicting.map((name) => `--${name}`).join(', ')}`, {
      hint: 'Compare two files (--base-file, --head-file, --schema-class, --role, --decoder) or two revisions of a repository (--base, --head, ...), not both.',
    });
  return runSchemaDiffFiles({
    baseFile,
    headFile,
    className: stringOption(values, 'schema-class'),
    role: choice(stringOption(values, 'role') ?? 'consumer', ROLES, '--role'),
    decoder: choice(stringOption(values, 'decoder') ?? 'strict', DECODERS, '--decoder'),
    cwd,
  });
}

/** --base/--head, or with --release-tag alone the previous release → the tag (HEAD when the tag is not made yet). */
async function cliRevisions(repo: string, base: string | undefined, head: string | undefined, releaseTag: string | undefined): Promise<{ base: string; head: string; releaseTag?: string }> {
  if (!releaseTag) {
    if (!base) throw new InputError('--base is required', { hint: 'Pass the base revision, e.g. --base origin/main, or --release-tag TAG to compare a release with the one before it.' });
    return { base, head: head ?? 'HEAD' };
  }
  const repository = await GitRepository.open(repo);
  try {
    return await releaseRevisions(repository, releaseTag, head ?? (await defaultReleaseHead(repository, releaseTag)), base);
  } finally {
    repository.close();
  }
}
