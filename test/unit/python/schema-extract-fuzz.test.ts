/**
 * Property: no input makes schema extraction throw anything but an InputError (a short
 * run here; `npm run fuzz` runs the same properties longer, test/fuzz/schema-extract.test.ts).
 */
import { describe, it } from '@jest/globals';
import { extractionProperties } from './schema-fuzz-properties.js';

describe('schema extraction never crashes (short run)', () => {
  for (const [name, property] of Object.entries(extractionProperties)) {
    it(name, async () => {
      await property(60);
    });
  }
});
