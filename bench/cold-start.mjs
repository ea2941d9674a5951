// Cold start of each bundled action doing no work: the bundle run as the runner runs it
// (INPUT_*, GITHUB_* variables, an event payload) in a repository whose configuration
// enables nothing, so it exits at once. Compared with a bare `node -e ''`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export const ACTIONS = [
  { name: 'lockstep', actionYml: 'action.yml' },
  { name: 'schema-diff', actionYml: 'actions/schema-diff/action.yml' },
  { name: 'env-diff', actionYml: 'actions/env-diff/action.yml' },
  { name: 'pipelines-gate', actionYml: 'actions/pipelines-gate/action.yml' },
];

function emptyWorkspace(dir) {
  mkdirSync(path.join(dir, '.github'), { recursive: true });
  writeFileSync(path.join(dir, '.github/lockstep.yml'), '# enables no check\n');
  const git = (...args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '--quiet', '--initial-branch=main');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@lockstep.invalid', '-c', 'commit.gpgsign=false', 'commit', '--quiet', '-m', 'empty');
  return git('rev-parse', 'HEAD');
}

/**
 * One command per action: its bundle (action.yml's `main`, taken from `dist`, a copy of the
 * project's dist/) run with the runner's environment.
 */
export function coldStartCommands(root, dist, dir) {
  const sha = emptyWorkspace(dir);
  const event = path.join(dir, 'event.json');
  const repo = { full_name: 'example/svc', name: 'svc', owner: { login: 'example' } };
  writeFileSync(
    event,
    JSON.stringify({
      action: 'synchronize',
      number: 1,
      pull_request: { number: 1, body: '', labels: [], base: { sha, ref: 'main', repo }, head: { sha, ref: 'pr', repo } },
      repository: repo,
    }),
  );
  return ACTIONS.map(({ name, actionYml }) => {
    const definition = parseYaml(readFileSync(path.join(root, actionYml), 'utf8'));
    const bundle = path.join(dist, path.relative(path.join(root, 'dist'), path.resolve(root, path.dirname(actionYml), definition.runs.main)));
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: path.join(dir, `${name}.output`),
      GITHUB_STEP_SUMMARY: path.join(dir, `${name}.summary`),
      GITHUB_EVENT_PATH: event,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_WORKSPACE: dir,
      GITHUB_REPOSITORY: 'example/svc',
      // Nothing listens here: an action that tried the API would fail, not wait.
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_SHA: sha,
      RUNNER_TEMP: dir,
    };
    for (const [input, spec] of Object.entries(definition.inputs ?? {})) {
      env[`INPUT_${input.replace(/ /g, '_').toUpperCase()}`] = String(spec.default ?? '').replace(/\$\{\{.*?\}\}/g, '');
    }
    writeFileSync(env.GITHUB_OUTPUT, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    return { name, bundle, present: existsSync(bundle), command: { cmd: process.execPath, args: [bundle], cwd: dir, env } };
  });
}
