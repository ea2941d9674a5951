/**
 * Schema extraction against CPython (issue 9): a few hundred generated modules per flavour in
 * `npm test`, LOCKSTEP_FUZZ_RUNS (100,000 under `npm run fuzz`) in the long run. One python3
 * process answers every module. The pydantic half needs pydantic importable by python3; when it
 * is not, that half is skipped and its name says why.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { CPythonOracle, probePython } from '../support/cpython-oracle.js';
import { agreesWithCPython } from '../support/cpython-differential.js';
import { FUZZ_RUNS, timeoutFor } from './fuzz-runs.js';

const runs = process.env.LOCKSTEP_FUZZ_RUNS ? FUZZ_RUNS : 300;
const python = probePython();
const oracle = new CPythonOracle();
afterAll(() => oracle.close());

describe('schema extraction agrees with CPython on generated modules', () => {
  it('python3 is there to ask', () => {
    expect(python?.python).toMatch(/^3\.(1[0-9]|[2-9][0-9])/);
  });

  it(`dataclasses: dataclasses.fields() — ${runs} modules`, async () => {
    const compared = await agreesWithCPython(oracle, 'dataclass', runs);
    expect(compared).toBeGreaterThan(runs / 4);
  }, timeoutFor(runs, 10));

  const pydanticHalf = python?.pydantic ? it : it.skip;
  const skipped = python?.pydantic ? '' : ' — SKIPPED: python3 cannot import pydantic (Debian: apt-get install python3-pydantic)';
  pydanticHalf(`pydantic: model_fields — ${runs} modules${skipped}`, async () => {
    const compared = await agreesWithCPython(oracle, 'pydantic', runs);
    expect(compared).toBeGreaterThan(runs / 4);
  }, timeoutFor(runs, 10));
});
