/** The long run of the env readers' properties (`npm run fuzz`). */
import { describe, it } from '@jest/globals';
import { envReaderProperties } from '../unit/helm/env-fuzz-properties.js';
import { runsFor, timeoutFor } from './fuzz-runs.js';

describe('env readers never throw anything but InputError (long run)', () => {
  for (const [name, property] of Object.entries(envReaderProperties)) {
    const runs = runsFor(2);
    it(name, () => property(runs), timeoutFor(runs));
  }
});
