/** `lockstep inspect schema|env|chart`: options → src/inspect → a Listing (rendered by cli/main.ts). */
import { InputError } from '../errors.js';
import type { EnvConfig, LockstepConfig } from '../config/schema.js';
import { envPairs, type EnvPair } from '../config/env-pairs.js';
import { GitRepository } from '../git/repository.js';
import { readChartSnapshot } from '../helm/chart-snapshot.js';
import { chartSettingsOf, codeSettingsOf } from '../env/counterpart.js';
import { inspectChart } from '../inspect/chart.js';
import { inspectEnv } from '../inspect/env.js';
import type { Listing } from '../inspect/listing.js';
import { inspectSchema, type SpecSource } from '../inspect/schema.js';
import { messagesFromConfig } from '../schema/config-messages.js';
import type { MessageSpec } from '../schema/message-check.js';
import { parseSchemaRef, type SchemaRef } from '../schema/sources.js';
import { choice, cliDecoder, loadCommandConfig, loadOptionalConfig, ROLES, refOption, repoOption, stringOption, type CliCommand, type CliContext, type OptionValues } from './command.js';

const HELP = `Usage: lockstep inspect schema PATH#Class [--rev REV] [options]
       lockstep inspect schema PATH.json [--rev REV] [options]
       lockstep inspect env --workload W [--rev REV] [options]
       lockstep inspect chart --environment E [--rev REV] [options]

Prints how Lockstep reads one thing at one revision, with the code the checks run — what
a maintainer looks at when a verdict surprises them.
  schema  a message: fields in wire order, types as normalised, required or defaulted,
          the class that declares each, and the decoder's view (the rule a removal or a
          new field would meet)
  env     every environment variable a workload's code reads (env.code): required,
          conditional (under which condition) or optional, each read with file:line
  chart   the env each workload's container gets in one environment (env.chart):
          value, condition, where it is set; entries switched off there too

Options:
  --repo DIR        repository folder (default: the current folder)
  --rev REV         the revision to read: a branch, tag or full commit id (default: HEAD;
                    uncommitted changes are not read, as the checks do not read them)
  --config FILE     configuration (default: DIR/.github/lockstep.yml)
  --workload W      env: the workload, a key of env.code
  --environment E   chart: the environment, named from its values file
  --pair NAME       env, chart: the env pair to read, when env: is a list of named
                    pairs with several that have env.code (env) or env.chart (chart)
  --role R          schema: producer | consumer | both (default: the configured
                    message's, else consumer)
  --decoder D       schema: strict | pydantic | function:PATH.py#Class.method (default:
                    the configured message's, else strict)`;

const SUBCOMMANDS = ['schema', 'env', 'chart'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];
/** The options each subcommand takes besides --repo, --rev and --config. */
const OWN_OPTIONS: Record<Subcommand, string[]> = { schema: ['role', 'decoder'], env: ['workload', 'pair'], chart: ['environment', 'pair'] };

export const inspectCommand: CliCommand = {
  name: 'inspect',
  summary: "show how a message class, a workload's env reads or an environment's chart env were read",
  help: HELP,
  listing: true,
  options: {
    repo: { type: 'string' },
    rev: { type: 'string' },
    config: { type: 'string' },
    workload: { type: 'string' },
    environment: { type: 'string' },
    pair: { type: 'string' },
    role: { type: 'string' },
    decoder: { type: 'string' },
  },
  async run(values, context) {
    const [word, ...rest] = context.positionals ?? [];
    if (!word) throw new InputError('say what to inspect: schema, env or chart', { hint: 'lockstep inspect schema PATH#Class | env --workload W | chart --environment E' });
    const subcommand = choice(word, SUBCOMMANDS, 'lockstep inspect');
    const wrong = [...new Set(Object.values(OWN_OPTIONS).flat())].filter((name) => values[name] !== undefined && !OWN_OPTIONS[subcommand].includes(name));
    if (wrong.length) throw new InputError(`inspect ${subcommand} does not take ${wrong.map((name) => `--${name}`).join(', ')}`, { hint: "Run 'lockstep inspect --help' for which options go with which subcommand." });
    if (subcommand !== 'schema' && rest.length) throw new InputError(`inspect ${subcommand} takes no argument, got '${rest[0]}'`, { hint: subcommand === 'env' ? 'Name the workload with --workload W.' : 'Name the environment with --environment E.' });
    const rev = refOption(values, 'rev', 'HEAD');
    const repoDir = repoOption(values, context);
    const repository = await GitRepository.open(repoDir);
    try {
      const commit = await repository.resolveRevision(rev);
      const request: InspectRequest = { values, context, repoDir, target: { repository, rev, commit } };
      if (subcommand === 'schema') return await runSchema(rest, request);
      const target = request.target;
      const { env, configFile } = await envConfig(request, subcommand === 'env' ? 'code' : 'chart');
      return subcommand === 'env' ? await runEnv(values, env, configFile, target) : await runChart(values, env, configFile, target);
    } finally {
      repository.close();
    }
  },
};

interface Target {
  repository: GitRepository;
  rev: string;
  commit: string;
}

/** What every subcommand reads: the options, the repository and the revision. */
interface InspectRequest {
  values: OptionValues;
  context: CliContext;
  repoDir: string;
  target: Target;
}

async function runSchema(args: string[], { values, context, repoDir, target }: InspectRequest): Promise<Listing> {
  const [text] = args;
  if (text === undefined || args.length !== 1) throw new InputError(args.length ? `inspect schema takes one schema, got ${args.length}` : 'inspect schema: which schema?', { hint: 'lockstep inspect schema python/shared/visit.py#FannedOutVisit (or PATH.json for a JSON Schema)' });
  const ref = parseSchemaRef(text);
  const loaded = await loadOptionalConfig(values, context, repoDir, stringOption(values, 'config') !== undefined);
  const { spec, source } = schemaSpec(ref, text, loaded?.config, values);
  return inspectSchema({ ...target, ref, spec, specSource: source });
}

/** The configured message with this schema (its role, decoder and extra), overridden by --role/--decoder. */
function schemaSpec(ref: SchemaRef, text: string, config: LockstepConfig | undefined, values: OptionValues): { spec: MessageSpec; source: SpecSource } {
  const configured = messagesFromConfig(config).find((message) => sameRef(parseSchemaRef(message.schema), ref));
  const role = stringOption(values, 'role');
  const decoder = stringOption(values, 'decoder');
  const chosenRole = choice(role ?? configured?.role ?? 'consumer', ROLES, '--role');
  const spec: MessageSpec = {
    name: configured?.name ?? ref.className ?? ref.path,
    schema: text,
    role: chosenRole,
    decoder: decoder !== undefined ? cliDecoder(decoder, chosenRole) : (configured?.decoder ?? 'strict'),
    ...(configured?.extra ? { extra: configured.extra } : {}),
  };
  return { spec, source: role !== undefined || decoder !== undefined ? 'options' : configured ? 'configuration' : 'default' };
}

function sameRef(a: SchemaRef, b: SchemaRef): boolean {
  return a.path === b.path && a.className === b.className;
}

async function runEnv(values: OptionValues, env: EnvConfig, configFile: string, target: Target): Promise<Listing> {
  const settings = codeSettingsOf(env, configFile);
  if (!settings) throw new InputError('inspect env reads env.code, and the configuration has none', { file: configFile, hint: 'Run it in the service repository, whose env.code says which files each workload runs.' });
  const workload = known(stringOption(values, 'workload'), Object.keys(settings.code), '--workload', 'workload (a key of env.code)');
  return inspectEnv({ ...target, workload, settings });
}

async function runChart(values: OptionValues, env: EnvConfig, configFile: string, target: Target): Promise<Listing> {
  if (!env.chart) throw new InputError('inspect chart reads env.chart, and the configuration has none', { file: configFile, hint: 'Run it in the deployment repository, whose env.chart names the chart, its workloads and environments.' });
  const snapshot = await readChartSnapshot(target.repository, target.commit, chartSettingsOf(env.chart));
  const names = snapshot.environments.map((environment) => environment.name);
  const name = known(stringOption(values, 'environment'), names, '--environment', `environment at ${target.rev}`);
  return inspectChart(snapshot, snapshot.environments.find((environment) => environment.name === name)!, target.rev);
}

/** A name that must be one of `names`: missing or unknown is exit 2 listing them. */
function known(value: string | undefined, names: string[], option: string, what: string): string {
  const list = names.length ? `Known: ${[...names].sort().join(', ')}.` : 'There are none.';
  if (value === undefined) throw new InputError(`${option} is required`, { hint: `Name the ${what}. ${list}` });
  if (!names.includes(value)) throw new InputError(`${option}: no ${what} is named '${value}'`, { hint: list });
  return value;
}

/** The env pair to read: the only one with the side this subcommand reads, or the one --pair names. */
async function envConfig({ values, context, repoDir }: InspectRequest, side: 'code' | 'chart'): Promise<{ env: EnvConfig; configFile: string }> {
  const { config, file: configFile } = await loadCommandConfig(values, context, repoDir);
  if (!config.env) throw new InputError('the configuration has no env section', { file: configFile, hint: 'inspect env and inspect chart read env.code and env.chart (see the README, "env-diff").' });
  const pairs = envPairs(config.env);
  const name = stringOption(values, 'pair');
  if (name !== undefined) {
    if (pairs.every((pair) => pair.name === null)) throw new InputError('--pair: the configuration\'s env: is one pair, without names', { file: configFile, hint: 'Drop --pair.' });
    return { env: pairs.find((pair) => pair.name === name)?.config ?? unknownPair(name, pairs, configFile), configFile };
  }
  const withSide = pairs.filter((pair) => pair.config[side] !== undefined);
  if (withSide.length > 1)
    throw new InputError(`the configuration has several env pairs with env.${side}: which one?`, { file: configFile, hint: `Pass --pair NAME: ${withSide.map((pair) => pair.name).join(', ')}.` });
  // envPairs gives at least one pair (a list of none is refused when the configuration is read).
  return { env: (withSide[0] ?? pairs[0]!).config, configFile };
}

function unknownPair(name: string, pairs: EnvPair[], configFile: string): never {
  throw new InputError(`--pair: no env pair is named '${name}'`, { file: configFile, hint: `Known: ${pairs.map((pair) => pair.name).join(', ')}.` });
}

