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

export const CounterpartSchema = z.strictObject({
  repository: GitRepositoryLocation.describe('owner/name on GitHub, a local path, or a git URL'),
  ref: GitRef.default('main'),
  code: CodeGlobsSchema.optional(),
  chart: ChartSchema.optional(),
});

export const EnvSchema = z.strictObject({
  code: CodeGlobsSchema.optional(),
  chart: ChartSchema.optional(),
  counterpart: CounterpartSchema.optional(),
  'extra-reads': z
    .record(z.string(), z.array(z.string().min(1)))
    .default({})
    .describe('workload → variables read by code outside the repository'),
  parity: z.array(z.string().min(1)).optional().describe('workloads that must get the same settings'),
  'parity-exempt': z
    .record(z.string(), z.array(z.string().min(1)))
    .default({})
    .describe('workload → variables that belong to that workload only'),
});
