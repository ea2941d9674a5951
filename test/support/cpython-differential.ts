/**
 * The differential property of the schema extraction: on every generated module CPython
 * accepts, Lockstep's fields of `M` are CPython's — names (wire names), order, required or
 * optional, and the type in Lockstep's one spelling. A module CPython refuses (a required field
 * after a defaulted one, say) only has to be read without a crash.
 */
import { expect } from '@jest/globals';
import fc from 'fast-check';
import { extractPythonSchema } from '../../src/schema/python-extract.js';
import { formatType } from '../../src/schema/types.js';
import { InputError } from '../../src/errors.js';
import { memoryFiles } from '../unit/schema/memory-files.js';
import type { CPythonOracle, OracleField } from './cpython-oracle.js';
import { messageModule, type Flavor } from './message-modules.js';

async function lockstepFields(source: string): Promise<{ kind: string; fields: OracleField[] } | InputError> {
  try {
    const schema = await extractPythonSchema(memoryFiles({ 'python/m.py': source }), 'python/m.py', 'M');
    return { kind: schema.kind, fields: schema.fields.map((f) => ({ name: f.name, required: f.required, type: formatType(f.type) })) };
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

/** Runs `runs` cases; returns how many modules CPython accepted (so a run that compared nothing shows). */
export async function agreesWithCPython(oracle: CPythonOracle, flavor: Flavor, runs: number, seed?: number): Promise<number> {
  let compared = 0;
  await fc.assert(
    fc.asyncProperty(messageModule(flavor), async (source) => {
      const truth = await oracle.fields(source, 'M');
      const mine = await lockstepFields(source);
      if (!truth.ok) return;
      compared++;
      expect(mine).not.toBeInstanceOf(InputError);
      expect(mine).toEqual({ kind: truth.kind, fields: truth.fields });
    }),
    { numRuns: runs, ...(seed !== undefined ? { seed } : {}) },
  );
  return compared;
}
