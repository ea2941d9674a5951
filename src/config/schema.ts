/** The whole .github/lockstep.yml: one section per check, each in its own file. */
import { z } from 'zod';
import { MessagesSchema, VersioningSchema } from './messages-schema.js';
import { EnvSchema, EnvSectionSchema } from './env-schema.js';
import { GateSchema } from './gate-schema.js';
import { IgnoreListSchema } from './ignore-schema.js';

export const LockstepConfigSchema = z.strictObject({
  messages: MessagesSchema.optional(),
  versioning: VersioningSchema.optional().meta({ description: 'how the proposed version of this repository is found (schema-diff checks it is bumped enough)', examples: [{ source: 'tags' }] }),
  env: EnvSectionSchema.optional().meta({
    description: 'env-diff: the environment variables the code reads and the chart sets (one pair, or a list of named pairs)',
    examples: [{ code: { service: ['python/activator/**/*.py'] }, counterpart: { repository: 'lsst-sqre/phalanx', ref: 'main' } }],
  }),
  gate: GateSchema.optional().meta({
    description: 'pipelines-gate: PRs that depend on upstream PRs (Depends-On lines) pass once a daily image with them is tested',
    examples: [{ upstream: ['lsst/*'], image: 'lsst/scipipe', 'daily-tag': 'al9-d_{YYYY}_{MM}_{DD}', 'base-workflow': { file: 'build-base.yml' }, 'test-workflow': { file: 'build-service.yml' } }],
  }),
  ignore: IgnoreListSchema.optional(),
});

export type LockstepConfig = z.output<typeof LockstepConfigSchema>;
export type MessageConfig = NonNullable<LockstepConfig['messages']>[number];
export type VersioningConfig = z.output<typeof VersioningSchema>;
/** `env:` as written: one pair, or a list of named pairs (see envPairs). */
export type EnvSection = NonNullable<LockstepConfig['env']>;
/** One pair: the single-object form, or one entry of the list (whose `name` it ignores). */
export type EnvConfig = z.output<typeof EnvSchema>;
export type GateConfig = NonNullable<LockstepConfig['gate']>;

export const DEFAULT_CONFIG_PATH = '.github/lockstep.yml';
