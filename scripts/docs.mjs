// Regenerate the rule tables of the action pages (docs/actions/*.md) from the rule tables in
// src/ (src/docs/rule-tables.ts). A test (test/unit/docs/generated-docs.test.ts) fails when a page is stale.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

execFileSync('npx', ['tsc', '-p', 'tsconfig.json', '--noCheck', '--outDir', 'build', '--sourceMap', 'false'], { stdio: 'inherit' });
const { GENERATED_FILES, rewriteGenerated } = await import('../build/src/docs/rule-tables.js');
for (const file of GENERATED_FILES) {
  writeFileSync(file, rewriteGenerated(file, readFileSync(file, 'utf8')));
  console.log(`wrote ${file} (generated rule tables)`);
}
