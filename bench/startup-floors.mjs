// What an action pays at start before any Lockstep code runs: tiny bundles, built with the
// same ncc as dist/, of the libraries every entry loads first. Measured beside the actions,
// they show how close a no-work start can come to a bare node start.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FLOORS = {
  '@actions/core': "import * as core from '@actions/core';\nif (!core.getInput) process.exit(3);\n",
  'yaml + zod (the config)': "import { parseDocument } from 'yaml';\nimport { z } from 'zod';\nif (!parseDocument || !z.object) process.exit(3);\n",
  '@actions/core + yaml + zod': "import * as core from '@actions/core';\nimport { parseDocument } from 'yaml';\nimport { z } from 'zod';\nif (!core.getInput || !parseDocument || !z.object) process.exit(3);\n",
};

/** Builds the floor bundles into `dir`; returns [label, bundle path] pairs, or [] when ncc fails. */
export function buildStartupFloors(root, dir) {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(path.join(dir, 'node_modules'))) symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), '{"type": "module"}\n');
  const built = [];
  Object.entries(FLOORS).forEach(([label, source], index) => {
    const entry = path.join(dir, `floor-${index}.js`);
    writeFileSync(entry, source);
    try {
      execFileSync('npx', ['ncc', 'build', entry, '-o', path.join(dir, `floor-${index}`), '--quiet', '--target', 'es2022'], { cwd: root, stdio: 'ignore' });
      built.push([label, path.join(dir, `floor-${index}`, 'index.js')]);
    } catch {
      // No floor is better than a wrong one; the cold starts are still measured.
    }
  });
  return built;
}
