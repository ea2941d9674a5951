/** `lockstep schema-diff`: options → runSchemaDiff → Report (rendered by cli/main.ts). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { Decoder } from '../config/messages-schema.js';
import { loadConfig } from '../config/load.js';
import { DEFAULT_CONFIG_PATH, type LockstepConfig } from '../config/schema.js';
import { messagesFromConfig, versioningFromConfig } from '../schema/config-messages.js';
import { runSchemaDiff, type SchemaDiffMessage } from '../schema/run.js';
import { GitRepository } from '../git/repository.js';
import { defaultReleaseHead, releaseRevisions } from '../revisions/release.js';
import { repoOption, stringOption, type CliCommand } from './command.js';

const HELP = `Usage: lockstep schema-diff --base REV [--head REV] [options]
       lockstep schema-diff --release-tag TAG [options]

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
Environment: GITHUB_TOKEN (peers given as owner/name), GITHUB_SERVER_URL.`;

const ROLES = ['producer', 'consumer', 'both'] as const;
const DECODERS = ['strict', 'pydantic'] as const;

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
  },
  async run(values, context) {
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

/** `--decoder`: a word, or `function:PATH.py#Class.method` (validated as the config's `decoder: {function}`). */
function cliDecoder(text: string, role: (typeof ROLES)[number]): SchemaDiffMessage['decoder'] {
  if (!text.startsWith('function:')) return choice(text, DECODERS, '--decoder');
  const parsed = Decoder.safeParse({ function: text.slice('function:'.length) });
  if (!parsed.success || typeof parsed.data === 'string')
    throw new InputError(`--decoder ${JSON.stringify(text)}: expected function:PATH.py#Class.method or function:PATH.py#function`, { hint: 'Example: --decoder function:python/shared/visit.py#FannedOutVisit.from_dict' });
  if (role !== 'consumer') throw new InputError('--decoder function:… goes with --role consumer', { hint: 'A decoder function is how this repository reads the message.' });
  return parsed.data;
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

async function loadOptionalConfig(file: string, displayName: string, required: boolean, root?: string): Promise<LockstepConfig | undefined> {
  try {
    return await loadConfig(file, displayName, root);
  } catch (error) {
    if (!required && error instanceof InputError && error.message === 'configuration file not found') return undefined;
    throw error;
  }
}

function choice<T extends string>(value: string, choices: readonly T[], option: string): T {
  if (!choices.includes(value as T)) throw new InputError(`${option}: expected ${choices.join(' | ')}, got '${value}'`);
  return value as T;
}
