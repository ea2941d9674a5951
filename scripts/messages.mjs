// Regenerate docs/messages.md: every message the rule tables and the source can print
// (src/docs/messages.ts). A test (test/unit/docs/generated-docs.test.ts) fails when it is stale.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

execFileSync('npx', ['tsc', '-p', 'tsconfig.json', '--noCheck', '--outDir', 'build', '--sourceMap', 'false'], { stdio: 'inherit' });
const { renderMessages } = await import('../build/src/docs/messages.js');
mkdirSync('docs', { recursive: true });
writeFileSync('docs/messages.md', renderMessages('.'));
console.log('wrote docs/messages.md');
