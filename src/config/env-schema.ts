/** `env:` section of .github/lockstep.yml (env-diff). */
import { z } from 'zod';
import { tagVersion } from '../git/tag-version.js';
import { GitRef, GitRepositoryLocation, RepositoryGlob, RepositoryPath } from './git-values.js';

const PP_CODE = { service: ['python/activator/**/*.py', 'python/shared/**/*.py', 'config/*.py'], initializer: ['python/initializer/**/*.py', 'python/shared/**/*.py'] };

/** workload → globs of the Python files it runs. */
export const CodeGlobsSchema = z.record(z.string(), z.array(RepositoryGlob).min(1));

export const ChartSchema = z.strictObject({
  path: RepositoryGlob.meta({ description: 'the Helm chart folder, relative to the repository root (read as the start of a glob: no ( ) or |)', examples: ['charts/prompt-keda'] }),
  workloads: z
    .record(z.string(), RepositoryPath)
    .meta({
      description: 'workload name → the template file inside the chart that holds its container env list (names match env.code / env.counterpart.code)',
      examples: [{ service: 'templates/scaled-job.yaml', initializer: 'templates/_service-init.tpl' }],
    }),
  environments: RepositoryGlob.optional().meta({
    description:
      'glob of the values files, one per environment (the environment is named after the file); without it the chart is one environment. Globs have *, **, ?, [abc] and {a,b}: no extglobs or ( ) | groups, at most 6 wildcards and 4 {…} groups, so matching stays fast on any path',
    examples: ['applications/prompt-keda-*/values-*.yaml'],
  }),
  'image-tag': z
    .string()
    .min(1)
    .optional()
    .meta({ description: "dotted key path of the deployed image tag in a values file: which release of the service's code an environment runs", examples: ['prompt-keda.image.tag'] }),
  'values-prefix': z
    .string()
    .optional()
    .meta({
      description:
        "key under which an environment's values file holds this chart's values (a subchart alias such as prompt-keda); default: the first key of image-tag when it names the chart",
      examples: ['prompt-keda'],
    }),
});

/** A pair's name: it heads the pair's section in reports and is its key in JSON and SARIF. */
export const PairName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'expected a name of letters, digits, ".", "_" or "-" (at most 64, starting with a letter or digit), e.g. prompt-keda')
  .meta({ description: 'the name of this pair in reports (its key in JSON and SARIF)', examples: ['prompt-keda'] });

export const CounterpartSchema = z.strictObject({
  repository: GitRepositoryLocation.meta({
    description: 'the other repository (the service for a deployment repository, and the other way round): owner/name on GitHub, an https:// or file:// URL, or a local path',
    examples: ['lsst-sqre/phalanx', 'lsst-dm/prompt_processing'],
  }),
  ref: GitRef.default('main').meta({ description: 'the branch (or tag, or full commit id) of the counterpart to compare with', examples: ['main'] }),
  pair: PairName.optional().meta({ description: "which of the counterpart's named env pairs describes this pair, when its .github/lockstep.yml holds a list", examples: ['prompt-keda'] }),
  'branch-tags': z
    .array(
      z
        .string()
        .regex(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/, 'expected an image tag (letters, digits, ".", "_", "-"; at most 128), e.g. main')
        // A tag that reads as a release must be checked as that release (or fail closed when none exists), never as a branch build.
        .refine((tag) => tagVersion(tag) === null, 'a version-like tag names a release, not a branch build: list branch builds only (latest, main)'),
    )
    .max(20)
    .default(['latest'])
    .meta({ description: 'image tags that deploy the newest build of ref rather than a release; any other tag must name a release', examples: [['latest', 'main']] }),
  code: CodeGlobsSchema.optional().meta({
    description: "how to read the counterpart's code, when it has no .github/lockstep.yml of its own: workload → globs of the Python files it runs (*, **, ?, [abc], {a,b}; no extglobs or ( ) | groups)",
    examples: [PP_CODE],
  }),
  chart: ChartSchema.optional().meta({
    description: "how to read the counterpart's chart, when it has no .github/lockstep.yml of its own (the keys of env.chart)",
    examples: [{ path: 'charts/prompt-keda', workloads: { service: 'templates/scaled-job.yaml' }, environments: 'applications/prompt-keda-*/values-*.yaml', 'image-tag': 'prompt-keda.image.tag' }],
  }),
});

/** A variable read by code outside the repository: a plain name (always required), or with a version bound and optionality. */
export const ExtraReadSchema = z.union([
  z.string().min(1),
  z.strictObject({
    name: z.string().min(1).meta({ description: 'the variable', examples: ['SATTLE_URI_BASE'] }),
    since: z.string().min(1).optional().meta({ description: 'the first version that reads it (older deployed versions do not)', examples: ['6.9.0'] }),
    optional: z.boolean().optional().meta({ description: 'read with a default: an environment that does not set it is not an error', examples: [true] }),
  }),
]);

export type ExtraRead = z.infer<typeof ExtraReadSchema>;

export const EnvSchema = z.strictObject({
  code: CodeGlobsSchema.optional().meta({
    description: "this repository's code (a service repository): workload name → globs of the Python files it runs (*, **, ?, [abc], {a,b}; no extglobs or ( ) | groups); their os.environ reads are compared",
    examples: [PP_CODE],
  }),
  chart: ChartSchema.optional().meta({
    description: "this repository's Helm chart (a deployment repository): the env entries each workload's template sets, per environment",
    examples: [{ path: 'charts/prompt-keda', workloads: { service: 'templates/scaled-job.yaml' }, environments: 'applications/prompt-keda-*/values-*.yaml', 'image-tag': 'prompt-keda.image.tag' }],
  }),
  counterpart: CounterpartSchema.optional().meta({
    description: 'the other side: for a service, the deployment repository whose chart sets its variables; for a deployment repository, the service whose code reads them',
    examples: [{ repository: 'lsst-dm/prompt_processing', ref: 'main', code: PP_CODE }],
  }),
  'extra-reads': z
    .record(z.string(), z.array(ExtraReadSchema))
    .default({})
    .meta({
      description:
        "workload → variables read by code outside the repository; judged per deployed version (a counterpart's own .github/lockstep.yml at that version's tag wins)",
      examples: [{ service: ['SATTLE_URI_BASE', { name: 'LSST_RESOURCES_NUM_WORKERS', optional: true }] }],
    }),
  parity: z
    .array(z.string().min(1))
    .optional()
    .meta({ description: 'workloads that must get the same settings: a variable set for one and not the others is an error', examples: [['service', 'initializer']] }),
  'parity-exempt': z
    .record(z.string(), z.array(z.string().min(1)))
    .default({})
    .meta({ description: 'workload → variables that belong to that workload only (exempt from env.parity)', examples: [{ service: ['PLATFORM', 'IMAGE_BUCKET'] }] }),
});

/** At most this many pairs in one configuration (every loop over them is bounded). */
export const MAX_ENV_PAIRS = 50;

/** One named pair of a list-form `env:`: a name plus every key of the single-object form. */
export const EnvPairSchema = z.strictObject({ name: PairName, ...EnvSchema.shape });

/** Names are unique: a second `name: x` is an error on its own line, naming the first. */
function uniqueNames(pairs: ReadonlyArray<{ name: string }>, context: z.RefinementCtx): void {
  const first = new Map<string, number>();
  for (const [index, pair] of pairs.entries()) {
    const earlier = first.get(pair.name);
    if (earlier === undefined) first.set(pair.name, index);
    else context.addIssue({ code: 'custom', path: [index, 'name'], message: `duplicate pair name ${JSON.stringify(pair.name)} (also env[${earlier}].name); each pair needs its own name` });
  }
}

/**
 * `env:` is one pair (a service and its chart), or a list of named pairs for a repository that
 * holds several (Phalanx: the charts of PP, NVFO and the Butler Writer).
 */
export const EnvSectionSchema = z.union([
  z.array(EnvPairSchema).min(1).max(MAX_ENV_PAIRS).superRefine(uniqueNames).describe('several named pairs, each checked and reported on its own'),
  EnvSchema,
]);
