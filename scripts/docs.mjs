// Regenerate the README's rule tables from the rule tables in src/ (src/docs/rule-tables.ts).
// A test (test/unit/docs/generated-docs.test.ts) fails when README.md is stale.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

execFileSync('npx', ['tsc', '-p', 'tsconfig.json', '--noCheck', '--outDir', 'build', '--sourceMap', 'false'], { stdio: 'inherit' });
const { rewriteReadme } = await import('../build/src/docs/rule-tables.js');
writeFileSync('README.md', rewriteReadme(readFileSync('README.md', 'utf8')));
console.log('wrote README.md (generated rule tables)');
