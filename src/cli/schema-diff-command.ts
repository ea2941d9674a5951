/** `lockstep schema-diff`: options → runSchemaDiff → Report (rendered by cli/main.ts). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import { messagesFromConfig, versioningFromConfig } from '../schema/config-messages.js';
import { runSchemaDiff, type SchemaDiffMessage } from '../schema/run.js';
import type { LoadedConfig } from '../config/load.js';
import type { RevisionFlags } from '../revisions/from-flags.js';
import { runSchemaDiffFiles } from '../schema/files-run.js';
import { choice, cliDecoder, DECODERS, flagRevisions, loadOptionalConfig, repoOption, ROLES, stringOption, type CliCommand, type CliContext, type OptionValues } from './command.js';

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
  --proposed-version V      the version this change will be released as (2.1.0, v2.1.0
                            or 2.1, as a release tag spells it)
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
    const revisions = await flagRevisions(repo, await revisionFlags(values, context), { releases: true });
    const schema = stringOption(values, 'schema');
    // The default configuration must be the repository's own file; an explicit --config may live anywhere.
    const loaded = await loadOptionalConfig(values, context, repo, !schema || values.config !== undefined);
    const file = loaded?.file ?? stringOption(values, 'config') ?? DEFAULT_CONFIG_PATH;
    return runSchemaDiff({
      repository: repo,
      config: { messages: messagesOf(values, schema, loaded), versioning: versioningFromConfig(loaded?.config), ignore: loaded?.config.ignore, file },
      revisions,
      proposedVersion: stringOption(values, 'proposed-version'),
      token: context.env.GITHUB_TOKEN,
      serverUrl: context.env.GITHUB_SERVER_URL,
      cwd: repo,
    });
  },
};

/** --base/--head or --release-tag, and what a pull request would say: --label, --pr-body-file. */
async function revisionFlags(values: OptionValues, context: CliContext): Promise<RevisionFlags> {
  const bodyFile = stringOption(values, 'pr-body-file');
  const pullRequestBody = bodyFile ? await readFile(path.resolve(context.cwd, bodyFile), 'utf8').catch(() => {
    throw new InputError('cannot read the PR body file', { file: bodyFile, hint: '--pr-body-file names a text file holding the pull request body (its Paired-With lines are read).' });
  }) : undefined;
  return {
    base: stringOption(values, 'base'),
    head: stringOption(values, 'head'),
    releaseTag: stringOption(values, 'release-tag'),
    labels: Array.isArray(values.label) ? values.label : [],
    pullRequestBody,
  };
}

/** --schema with --role/--decoder, or the configuration's messages. */
function messagesOf(values: OptionValues, schema: string | undefined, loaded: LoadedConfig | undefined): SchemaDiffMessage[] {
  if (schema) {
    const role = choice(stringOption(values, 'role') ?? 'consumer', ROLES, '--role');
    const decoder = cliDecoder(stringOption(values, 'decoder') ?? 'strict', role);
    return [{ name: schema.split('#').pop() ?? schema, schema, role, decoder }];
  }
  if (values.role !== undefined || values.decoder !== undefined) throw new InputError('--role and --decoder go with --schema', { hint: 'Without --schema the messages, roles and decoders come from the configuration.' });
  const messages = messagesFromConfig(loaded?.config);
  if (messages.length === 0)
    throw new InputError('no messages to check', { file: loaded?.file ?? stringOption(values, 'config') ?? DEFAULT_CONFIG_PATH, hint: 'Add a `messages:` section to the configuration, or pass --schema PATH#Class.' });
  return messages;
}

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
