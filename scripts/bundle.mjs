// Bundle every entry with ncc into dist/<name>/ (committed: the runner runs dist/, not src/).
// TypeScript is first emitted to build/ without type checking (`npm run typecheck` does
// that), so ncc bundles plain JavaScript. Each dist folder is emptied first so a removed
// chunk cannot linger and make dist/ look fresh.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

export const ENTRIES = {
  cli: 'cli/index',
  lockstep: 'actions/lockstep',
  'schema-diff': 'actions/schema-diff',
  'env-diff': 'actions/env-diff',
  'pipelines-gate': 'actions/pipelines-gate',
};

const only = process.argv.slice(2);
rmSync('build', { recursive: true, force: true });
execFileSync('npx', ['tsc', '-p', 'tsconfig.json', '--noCheck', '--outDir', 'build', '--sourceMap', 'false'], { stdio: 'inherit' });
for (const [name, entry] of Object.entries(ENTRIES)) {
  if (only.length && !only.includes(name)) continue;
  const out = `dist/${name}`;
  rmSync(out, { recursive: true, force: true });
  execFileSync('npx', ['ncc', 'build', `build/src/${entry}.js`, '-o', out, '--quiet', '--license', 'licenses.txt', '--target', 'es2022'], {
    stdio: 'inherit',
  });
  if (name === 'cli') {
    const file = `${out}/index.js`;
    const code = readFileSync(file, 'utf8');
    if (!code.startsWith('#!')) writeFileSync(file, `#!/usr/bin/env node\n${code}`);
    chmodSync(file, 0o755);
  }
}
