/** The `messages:`/`versioning:` config sections → runSchemaDiff's messages and versioning. */
import type { LockstepConfig } from '../config/schema.js';
import type { SchemaDiffMessage } from './run.js';
import type { VersioningSpec } from './versioning.js';
import { DEFAULT_VERSIONING } from './versioning.js';

export function messagesFromConfig(config: LockstepConfig | undefined): SchemaDiffMessage[] {
  return (config?.messages ?? []).map((m) => ({
    name: m.name,
    schema: m.schema,
    role: m.role,
    decoder: m.decoder,
    ...(m.extra ? { extra: m.extra } : {}),
    ...(m.peer ? { peer: m.peer } : {}),
  }));
}

export function versioningFromConfig(config: LockstepConfig | undefined): VersioningSpec {
  return config?.versioning ?? DEFAULT_VERSIONING;
}
