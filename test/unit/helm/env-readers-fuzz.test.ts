/** Short run of the env readers' properties (the long run is test/fuzz/env-readers.test.ts). */
import { describe, it } from '@jest/globals';
import { envReaderProperties } from './env-fuzz-properties.js';

describe('env readers never throw anything but InputError', () => {
  for (const [name, property] of Object.entries(envReaderProperties)) it(name, () => property(300));
});
