/** The loaded configuration a check core takes (src/config/load.ts, LoadedConfig), for integration tests. */
import path from 'node:path';
import { loadCheckConfig, type LoadedConfig } from '../../src/config/load.js';
import { DEFAULT_CONFIG_PATH, type LockstepConfig } from '../../src/config/schema.js';

/** The repository's own .github/lockstep.yml, loaded as the action and the CLI load it. */
export async function repositoryConfig(dir: string): Promise<LoadedConfig> {
  return loadCheckConfig(path.join(dir, DEFAULT_CONFIG_PATH), DEFAULT_CONFIG_PATH, dir);
}

/** A configuration built by the test, as if loaded from the repository's .github/lockstep.yml. */
export async function givenConfig(dir: string, config: LockstepConfig): Promise<LoadedConfig> {
  return Promise.resolve({ config, file: DEFAULT_CONFIG_PATH, path: path.join(dir, DEFAULT_CONFIG_PATH) });
}
