/**
 * Declare what you use, use what you declare (issue 11): every package the shipped code needs
 * is imported by src/, and every other declared package is a named tool of the build, the lint
 * or the tests, used where this list says. A package added and never imported fails here, and
 * so does one src/ imports without declaring it.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Packages that never reach dist/: what builds, lints and tests Lockstep, and where each is used. */
const TOOLS: Record<string, string> = {
  typescript: 'tsc in npm run typecheck and scripts/bundle.mjs; the compiler API in src/docs/messages.ts',
  '@vercel/ncc': 'scripts/bundle.mjs',
  jest: 'npm test',
  'ts-jest': 'jest.config.js',
  '@jest/globals': 'imported by the tests',
  '@types/jest': 'tsconfig.test.json types',
  '@types/node': 'tsconfig.json types',
  '@types/picomatch': 'types of picomatch, which src/ imports',
  '@types/semver': 'types of semver, which src/ imports',
  '@types/mdast': 'the markdown tree types src/gate/depends-on.ts imports (`mdast`)',
  eslint: 'npm run lint',
  '@eslint/js': 'eslint.config.js',
  'typescript-eslint': 'eslint.config.js',
  'fast-check': 'the property tests',
  ajv: 'the tests validate JSON against schemas (config, SARIF, GitHub stand-in)',
  'ajv-formats': 'with ajv',
  '@octokit/core': 'a test client of the GitHub stand-in',
  '@octokit/openapi': "the GitHub stand-in's OpenAPI description",
  micromark: 'the tests render markdown as GitHub does',
  'micromark-extension-gfm': 'with micromark',
};

function filesUnder(folder: string, pattern: RegExp): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => path.join(ROOT, folder, file));
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`; node: builtins and relative paths → nothing. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('node:') || specifier.startsWith('/')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function importedBy(files: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s+'([^']+)'|^\s*import\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)|\brequire(?:\.resolve)?\(\s*'([^']+)'\s*\)/gm)) {
      const name = packageOf(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '');
      if (name) found.add(name);
    }
  }
  return found;
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string>; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
// src/docs/ holds the docs generators (npm run docs, npm run messages): build tools, never bundled.
const shipped = filesUnder('src', /\.ts$/).filter((file) => !file.startsWith(path.join(ROOT, 'src/docs/')));
const bySource = importedBy(shipped);

describe('declared packages', () => {
  it('src/ imports every declared package that is not a named tool', () => {
    const runtime = [...declared].filter((name) => !(name in TOOLS)).sort();
    expect(runtime.filter((name) => !bySource.has(name))).toEqual([]);
    expect(runtime).toEqual(expect.arrayContaining(['@actions/core', '@actions/exec', '@actions/github', 'semver', 'yaml', 'zod']));
  });

  it('src/ imports nothing it does not declare, and no tool', () => {
    expect([...bySource].filter((name) => !declared.has(name) && !declared.has(`@types/${name}`)).sort()).toEqual([]);
    expect([...bySource].filter((name) => name in TOOLS && !name.startsWith('@types/')).sort()).toEqual([]);
  });

  it('every tool is declared and used where the list says', () => {
    const elsewhere = importedBy([
      ...filesUnder('test', /\.ts$/),
      ...filesUnder('src/docs', /\.ts$/),
      ...filesUnder('scripts', /\.mjs$/),
      ...filesUnder('bench', /\.mjs$/),
      path.join(ROOT, 'jest.config.js'),
      path.join(ROOT, 'eslint.config.js'),
    ]);
    const config = readFileSync(path.join(ROOT, 'jest.config.js'), 'utf8') + readFileSync(path.join(ROOT, 'tsconfig.test.json'), 'utf8') + readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8');
    const scripts = JSON.stringify(manifest.scripts ?? {}) + readFileSync(path.join(ROOT, 'scripts/bundle.mjs'), 'utf8');
    for (const tool of Object.keys(TOOLS)) {
      expect({ tool, declared: declared.has(tool) }).toEqual({ tool, declared: true });
      const typesOf = tool.startsWith('@types/') ? tool.slice('@types/'.length) : undefined;
      const used =
        elsewhere.has(tool) ||
        (typesOf !== undefined && (bySource.has(typesOf) || config.includes(`"${typesOf}"`))) ||
        config.includes(`'${tool}'`) ||
        scripts.includes(`node_modules/${tool}/`) ||
        new RegExp(`(?:npx |")${tool.replace(/[/@.]/g, '\\$&')}\\b`).test(scripts) ||
        (tool === 'typescript' && /\btsc\b/.test(scripts)) ||
        (tool === '@vercel/ncc' && scripts.includes("'ncc'"));
      expect({ tool, used }).toEqual({ tool, used: true });
    }
  });
});
