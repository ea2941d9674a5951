/** The long run of the schema-extraction properties (`npm run fuzz`; LOCKSTEP_FUZZ_RUNS sets the size). */
import { describe, it } from '@jest/globals';
import { extractionProperties } from '../unit/python/schema-fuzz-properties.js';
import { runsFor, timeoutFor } from './fuzz-runs.js';

// Parsing and extracting a module costs about five cheap cases.
const runs = runsFor(5);

describe('schema extraction never crashes (long run)', () => {
  for (const [name, property] of Object.entries(extractionProperties)) {
    it(name, () => property(runs), timeoutFor(runs, 5));
  }
});
