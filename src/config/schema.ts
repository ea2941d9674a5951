/** The whole .github/lockstep.yml: one section per check, each in its own file. */
import { z } from 'zod';
import { MessagesSchema, VersioningSchema } from './messages-schema.js';
import { EnvSchema } from './env-schema.js';
import { GateSchema } from './gate-schema.js';
import { IgnoreListSchema } from './ignore-schema.js';

export const LockstepConfigSchema = z.strictObject({
  messages: MessagesSchema.optional(),
  versioning: VersioningSchema.optional(),
  env: EnvSchema.optional(),
  gate: GateSchema.optional(),
  ignore: IgnoreListSchema.optional(),
});

export type LockstepConfig = z.output<typeof LockstepConfigSchema>;
export type MessageConfig = NonNullable<LockstepConfig['messages']>[number];
export type VersioningConfig = z.output<typeof VersioningSchema>;
export type EnvConfig = NonNullable<LockstepConfig['env']>;
export type GateConfig = NonNullable<LockstepConfig['gate']>;

export const DEFAULT_CONFIG_PATH = '.github/lockstep.yml';
