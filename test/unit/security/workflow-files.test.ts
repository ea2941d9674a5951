/**
 * The action and workflow files themselves: no attacker-controlled expression reaches a
 * shell, and every action is a node24 JavaScript action whose bundle exists.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../support/action-harness.js';

const ACTION_FILES = ['action.yml', ...readdirSync(path.join(PROJECT_ROOT, 'actions')).map((name) => `actions/${name}/action.yml`)].filter((file) =>
  existsSync(path.join(PROJECT_ROOT, file)),
);
const WORKFLOW_DIR = path.join(PROJECT_ROOT, '.github/workflows');
const WORKFLOW_FILES = existsSync(WORKFLOW_DIR)
  ? readdirSync(WORKFLOW_DIR)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => `.github/workflows/${name}`)
  : [];

/**
 * Expressions whose value an outsider controls (a PR's inputs, title, body, branch name):
 * inside `run:` they are pasted into the script before the shell parses it.
 */
const UNSAFE_IN_RUN = /\$\{\{[^}]*\b(inputs\.|github\.event\.|github\.head_ref\b)/;

interface RunScript {
  file: string;
  where: string;
  script: string;
}

/** Every `run:` string anywhere in a parsed file (steps of jobs, composite runs.steps). */
function runScripts(file: string, node: unknown, where: string[] = []): RunScript[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => runScripts(file, item, [...where, String(index)]));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    key === 'run' && typeof value === 'string' ? [{ file, where: [...where, key].join('.'), script: value }] : runScripts(file, value, [...where, key]),
  );
}

function load(file: string): unknown {
  return parse(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'));
}

describe('action and workflow files', () => {
  it('finds the root action, the three actions and the workflows', () => {
    expect(ACTION_FILES).toEqual(expect.arrayContaining(['action.yml', 'actions/schema-diff/action.yml', 'actions/env-diff/action.yml', 'actions/pipelines-gate/action.yml']));
    expect(WORKFLOW_FILES.length).toBeGreaterThan(0);
  });

  it('puts no ${{ inputs.* }}, ${{ github.event.* }} or ${{ github.head_ref }} inside any run: script', () => {
    const scripts = [...ACTION_FILES, ...WORKFLOW_FILES].flatMap((file) => runScripts(file, load(file)));
    const unsafe = scripts.filter((run) => UNSAFE_IN_RUN.test(run.script)).map((run) => `${run.file} ${run.where}: ${run.script.trim().split('\n')[0]}`);
    expect(unsafe).toEqual([]);
  });

  it('shows no unsafe run: script in the workflows the README and its action pages tell users to copy', () => {
    const pages = ['README.md', ...readdirSync(path.join(PROJECT_ROOT, 'docs/actions')).map((name) => `docs/actions/${name}`)];
    const blocks = pages.flatMap((page) =>
      [...readFileSync(path.join(PROJECT_ROOT, page), 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((match, index) => ({ where: `${page} yaml block ${index + 1}`, text: match[1]! })),
    );
    const workflows = blocks.filter((block) => /^jobs:/m.test(block.text)).map((block) => block.where);
    expect(workflows.length).toBeGreaterThanOrEqual(4); // schema-diff, env-diff (PP and Phalanx), pipelines-gate
    const scripts = blocks.flatMap((block) => {
      try {
        return runScripts(block.where, parse(block.text));
      } catch {
        return []; // an excerpt with placeholders, not a whole file
      }
    });
    const unsafe = scripts.filter((run) => UNSAFE_IN_RUN.test(run.script)).map((run) => `${run.file} ${run.where}: ${run.script.trim().split('\n')[0]}`);
    expect(unsafe).toEqual([]);
  });

  it('recognises an unsafe run: script (the check itself is not blind)', () => {
    const planted = parse('jobs:\n  a:\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n      - run: echo ${{inputs.x}}\n      - run: echo ok\n');
    expect(runScripts('planted.yml', planted).filter((run) => UNSAFE_IN_RUN.test(run.script))).toHaveLength(2);
  });

  it.each(ACTION_FILES)('%s is a node24 action whose bundle exists', (file) => {
    const definition = load(file) as { runs?: { using?: string; main?: string; pre?: string; post?: string } };
    expect(definition.runs?.using).toBe('node24');
    for (const entry of [definition.runs?.main, definition.runs?.pre, definition.runs?.post].filter((e): e is string => e !== undefined)) {
      const bundle = path.resolve(PROJECT_ROOT, path.dirname(file), entry);
      expect(path.relative(PROJECT_ROOT, bundle)).toMatch(/^dist\/[^/]+\/index\.js$/);
      expect(existsSync(bundle)).toBe(true);
    }
    expect(definition.runs?.main).toBeDefined();
  });
});
