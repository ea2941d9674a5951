/** `env:` section of .github/lockstep.yml (env-diff). */
import { z } from 'zod';
import { GitRef, GitRepositoryLocation, RepositoryPath } from './git-values.js';

/** workload → globs of the Python files it runs. */
export const CodeGlobsSchema = z.record(z.string(), z.array(RepositoryPath).min(1));

export const ChartSchema = z.strictObject({
  path: RepositoryPath.describe('the chart folder, e.g. charts/prompt-keda'),
  workloads: z
    .record(z.string(), RepositoryPath)
    .describe('workload → template file inside the chart, e.g. {service: templates/scaled-job.yaml}'),
  environments: RepositoryPath.optional().describe('glob of values files, e.g. applications/prompt-keda-*/values-*.yaml'),
  'image-tag': z.string().min(1).optional().describe('key path of the deployed image tag in a values file'),
  'values-prefix': z
    .string()
    .optional()
    .describe(
      "key under which an environment's values file holds this chart's values (a subchart alias such as prompt-keda); default: the first key of image-tag when it names the chart",
    ),
});

/** A pair's name: it heads the pair's section in reports and is its key in JSON and SARIF. */
export const PairName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'expected a name of letters, digits, ".", "_" or "-" (at most 64, starting with a letter or digit), e.g. prompt-keda')
  .describe('the name of this pair in reports, e.g. prompt-keda');

export const CounterpartSchema = z.strictObject({
  repository: GitRepositoryLocation.describe('owner/name on GitHub, a local path, or a git URL'),
  ref: GitRef.default('main'),
  pair: PairName.optional().describe("which of the counterpart's named env pairs describes this pair, when its .github/lockstep.yml holds a list"),
  'branch-tags': z
    .array(z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/, 'expected an image tag (letters, digits, ".", "_", "-"; at most 128), e.g. main'))
    .max(20)
    .default(['latest'])
    .describe('image tags that deploy the newest build of ref rather than a release, e.g. [latest, main]; any other tag must name a release'),
  code: CodeGlobsSchema.optional(),
  chart: ChartSchema.optional(),
});

/** A variable read by code outside the repository: a plain name (always required), or with a version bound and optionality. */
export const ExtraReadSchema = z.union([
  z.string().min(1),
  z.strictObject({
    name: z.string().min(1).describe('the variable, e.g. SATTLE_URI_BASE'),
    since: z.string().min(1).optional().describe('the first version that reads it, e.g. 6.9.0 (older deployed versions do not)'),
    optional: z.boolean().optional().describe('read with a default (e.g. LSST_RESOURCES_NUM_WORKERS): unset is not an error'),
  }),
]);

export type ExtraRead = z.infer<typeof ExtraReadSchema>;

export const EnvSchema = z.strictObject({
  code: CodeGlobsSchema.optional(),
  chart: ChartSchema.optional(),
  counterpart: CounterpartSchema.optional(),
  'extra-reads': z
    .record(z.string(), z.array(ExtraReadSchema))
    .default({})
    .describe(
      "workload → variables read by code outside the repository; judged per deployed version (a counterpart's own .github/lockstep.yml at that version's tag wins)",
    ),
  parity: z.array(z.string().min(1)).optional().describe('workloads that must get the same settings'),
  'parity-exempt': z
    .record(z.string(), z.array(z.string().min(1)))
    .default({})
    .describe('workload → variables that belong to that workload only'),
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
