/**
 * Schema extraction against CPython (issue 9): a few hundred generated modules per flavour in
 * `npm test`, LOCKSTEP_FUZZ_RUNS (100,000 under `npm run fuzz`) in the long run. One python3
 * process answers every module. The pydantic half needs pydantic importable by python3; when it
 * is not, that half is skipped and its name says why.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { CPythonOracle, PYTHON_COMMAND, probePython } from '../support/cpython-oracle.js';
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
  }, timeoutFor(runs, 50));

  // model_fields and v2's rules (Optional without a default is required) need pydantic 2.
  const pydanticTwo = /^2\./.test(python?.pydantic ?? '');
  const pydanticHalf = pydanticTwo ? it : it.skip;
  const skipped = pydanticTwo
    ? ''
    : ` — SKIPPED: ${PYTHON_COMMAND} ${python?.pydantic ? `has pydantic ${python.pydantic}, not 2.x` : 'cannot import pydantic'} (set LOCKSTEP_PYTHON to a python3 with pydantic 2)`;
  pydanticHalf(`pydantic: model_fields — ${runs} modules${skipped}`, async () => {
    const compared = await agreesWithCPython(oracle, 'pydantic', runs);
    expect(compared).toBeGreaterThan(runs / 4);
  }, timeoutFor(runs, 50));
});
