/**
 * Preloaded into a bundled action (NODE_OPTIONS=--import …): counts how often
 * fs.promises.readFile reads one file (LOCKSTEP_TEST_COUNT_READS) and writes the count
 * to LOCKSTEP_TEST_COUNT_OUT when the process exits. ESM imports of node:fs/promises
 * see the counting function through syncBuiltinESMExports.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import process from 'node:process';

const target = path.resolve(process.env.LOCKSTEP_TEST_COUNT_READS ?? '');
const readFile = fs.promises.readFile;
let count = 0;
fs.promises.readFile = function countingReadFile(file, ...rest) {
  if (typeof file === 'string' && path.resolve(file) === target) count += 1;
  return readFile.call(this, file, ...rest);
};
syncBuiltinESMExports();
process.on('exit', () => fs.writeFileSync(process.env.LOCKSTEP_TEST_COUNT_OUT ?? '/dev/null', String(count)));
