// Regenerate lockstep.schema.json from the zod schema (src/config/). A test fails when it is stale.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

execFileSync('npx', ['tsc', '-p', 'tsconfig.json', '--noCheck', '--outDir', 'build', '--sourceMap', 'false'], { stdio: 'inherit' });
const { renderConfigJsonSchema } = await import('../build/src/config/json-schema.js');
writeFileSync('lockstep.schema.json', renderConfigJsonSchema());
console.log('wrote lockstep.schema.json');
