// The gate's request budget: `lockstep gate --sweep` (the bundled CLI) over 50 gated PRs
// in the OpenAPI-validated GitHub stand-in, with daily images in the real docker-registry
// behind a counting proxy. Counts every GitHub API and registry request of each sweep,
// from the cold first sweep to a steady one where nothing changed.
//
// The stand-in and the registry helper are the tests' own TypeScript (test/support/);
// they are compiled here without type checking, as scripts/bundle.mjs compiles src/.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createServer, request as httpRequest } from 'node:http';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const OWNER = 'lsst-dm';
const REPO = 'prompt_processing';
const TOKEN = 'ghs_bench_installation_token';
const DAY = 24 * 3600 * 1000;

/** Compiled into the (temporary) work folder, which gets a node_modules link to resolve packages. */
function compileSupport(root, work) {
  const out = path.join(work, 'support-build');
  if (!existsSync(path.join(work, 'node_modules'))) symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  execFileSync(
    'npx',
    ['tsc', '--ignoreConfig', '--noCheck', '--outDir', out, '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--skipLibCheck', '--resolveJsonModule', '--esModuleInterop', '--types', 'node', '--rootDir', '.', 'test/support/github-standin/index.ts', 'test/support/registry.ts'],
    { cwd: root, stdio: 'inherit' },
  );
  return out;
}

/** An HTTP proxy in front of the registry that counts what the gate asks it. */
async function countingProxy(target) {
  const { hostname, port } = new URL(target);
  let requests = 0;
  const server = createServer((req, res) => {
    requests += 1;
    const upstream = httpRequest({ hostname, port, path: req.url, method: req.method, headers: { ...req.headers, host: `${hostname}:${port}` } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, requests: () => requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** A child process run without blocking this event loop; killed after ten minutes (writes are paced a second apart). */
function runAsync(cmd, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = globalThis.setTimeout(() => child.kill('SIGKILL'), 600_000);
    child.on('error', reject);
    child.on('close', (status) => {
      globalThis.clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

const isoDay = (time) => new Date(time).toISOString().slice(0, 10);
const dailyTag = (time) => `al9-d_${isoDay(time).replace(/-/g, '_')}`;
const stackTag = (time) => `d_${isoDay(time).replace(/-/g, '_')}`;

export async function gateSweepBudget({ root, work, cli = path.join(root, 'dist/cli/index.js'), prs = 50 }) {
  const help = spawnSync(process.execPath, [cli, 'gate', '--help'], { encoding: 'utf8' });
  if (help.status !== 0 || /not built yet/.test(`${help.stdout}${help.stderr}`)) return { notBuilt: 'lockstep gate (dist/cli) is not built yet' };

  const support = compileSupport(root, work);
  const { startGitHubStandin } = await import(path.join(support, 'test/support/github-standin/index.js'));
  const { startRegistry } = await import(path.join(support, 'test/support/registry.js'));

  // Dates relative to today, so the gate's own clock (the real one) agrees with the world.
  const today = Date.parse(`${isoDay(Date.now())}T00:00:00Z`);
  const at = (days, hour) => new Date(today + days * DAY + hour * 3600 * 1000).toISOString();
  const registry = await startRegistry({ auth: 'none' });
  const proxy = await countingProxy(registry.url);
  const github = await startGitHubStandin({ clockStart: new Date(Date.now() - 3600 * 1000).toISOString() });
  try {
    github.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot' }, { installation: true });
    github.setBranch(OWNER, REPO, 'main', 'c'.repeat(40));
    const baseWorkflow = github.addWorkflow({ owner: OWNER, repo: REPO, file: 'build-base.yml', name: 'Build base', runName: (inputs) => `Build base ${String(inputs.stackTag ?? 'main')}` });
    const testWorkflow = github.addWorkflow({ owner: OWNER, repo: REPO, file: 'build-service.yml', name: 'Build and test service', runName: (inputs) => `Build and test service ${String(inputs.baseTag ?? 'main')}` });
    // Dailies of the last three days, built at 06:00; today's is not out yet.
    for (const days of [-3, -2, -1]) await registry.pushImage('lsst/scipipe', dailyTag(at(days, 0)), { created: at(days, 6) });

    // Five groups of PRs, one per state a sweep finds them in at the end.
    const groups = [
      { name: 'waiting-for-upstream-merge', merged: null },
      { name: 'waiting-for-daily-container', merged: at(-1, 10) },
      { name: 'building-base', merged: at(-2, 10) },
      { name: 'testing', merged: at(-3, 10) },
      { name: 'passed', merged: at(-3, 11) },
    ];
    const heads = new Map();
    for (let index = 0; index < prs; index++) {
      const group = groups[index % groups.length];
      const number = 100 + index;
      const upstreamNumber = 1000 + index;
      github.addPull({
        owner: 'lsst',
        repo: 'pipe_tasks',
        number: upstreamNumber,
        state: group.merged ? 'closed' : 'open',
        merged: group.merged !== null,
        mergedAt: group.merged,
        closedAt: group.merged,
      });
      const headSha = (index + 1).toString(16).padStart(40, 'a');
      heads.set(headSha, group.name);
      github.addPull({ owner: OWNER, repo: REPO, number, body: `Needs the new task.\n\nDepends-On: lsst/pipe_tasks#${upstreamNumber}\n`, headSha, headRef: `tickets/DM-${number}` });
    }

    const configFile = path.join(work, 'gate-lockstep.yml');
    mkdirSync(work, { recursive: true });
    writeFileSync(
      configFile,
      [
        'gate:',
        '  upstream: ["lsst/*"]',
        `  registry: ${proxy.url}`,
        '  image: lsst/scipipe',
        '  daily-tag: "al9-d_{YYYY}_{MM}_{DD}"',
        '  base-workflow: {file: build-base.yml, ref: main, inputs: {stackTag: "d_{YYYY}_{MM}_{DD}"}}',
        '  test-workflow: {file: build-service.yml, inputs: {baseTag: "d_{YYYY}_{MM}_{DD}"}}',
        '',
      ].join('\n'),
    );

    const sweeps = [];
    const sweep = async (label) => {
      const githubBefore = github.requests.length;
      const registryBefore = proxy.requests();
      const started = Date.now();
      // Asynchronously: the stand-in and the proxy answer from this very process.
      const result = await runAsync(process.execPath, [cli, 'gate', '--repository', `${OWNER}/${REPO}`, '--sweep', '--config', configFile, '--format', 'json'], {
        cwd: work,
        env: { ...process.env, GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url, GITHUB_SERVER_URL: 'https://github.com' },
      });
      let document;
      try {
        document = JSON.parse(result.stdout);
      } catch {
        sweeps.push({ label, failed: `exit ${result.status}: ${`${result.stderr}${result.stdout}`.trim().split('\n').slice(0, 3).join(' | ')}` });
        return undefined;
      }
      const requests = github.requests.slice(githubBefore);
      const routes = {};
      for (const entry of requests) {
        const route = entry.route ?? `${entry.method} ${entry.path}`;
        routes[route] = (routes[route] ?? 0) + 1;
      }
      const states = {};
      for (const item of document.prs ?? []) states[item.state] = (states[item.state] ?? 0) + 1;
      const entry = {
        label,
        exitCode: result.status,
        seconds: Math.round((Date.now() - started) / 100) / 10,
        gatedPrs: document.prs?.length ?? 0,
        githubRequests: requests.length,
        githubWrites: requests.filter((request) => request.method !== 'GET').length,
        apiCallsReported: document.apiCalls,
        registryRequests: proxy.requests() - registryBefore,
        states,
        routes,
      };
      sweeps.push(entry);
      return document;
    };

    await sweep('first sweep (cold: no record, every PR evaluated from scratch)');
    const baseOf = (tagTime) => github.runs.filter((run) => run.workflowId === baseWorkflow.id && run.inputs?.stackTag === stackTag(tagTime));
    for (const run of baseOf(at(-2, 0))) github.completeRun(run.id, 'success');
    await sweep('second sweep (a base build finished: tests dispatched)');
    for (const run of github.runs.filter((r) => r.workflowId === testWorkflow.id && heads.get(r.headSha) === 'passed')) github.completeRun(run.id, 'success');
    await sweep('third sweep (some test runs finished)');
    await sweep('steady sweep (nothing changed since the last one)');

    const steady = sweeps[sweeps.length - 1];
    if (steady.failed) return { failed: `the steady sweep failed (${steady.failed})`, sweeps };
    const perPr = (entry) => (entry.githubRequests + entry.registryRequests) / Math.max(1, entry.gatedPrs);
    const githubPerPr = (entry) => entry.githubRequests / Math.max(1, entry.gatedPrs);
    return {
      prs,
      sweeps,
      violations: github.violations.slice(0, 5),
      requestsPerPrState: Math.round(perPr(steady) * 100) / 100,
      // Issue 13's target: at most one GitHub API request per gated PR on a steady sweep.
      githubRequestsPerPr: Math.round(githubPerPr(steady) * 100) / 100,
      steadyGithubRequests: steady.githubRequests,
      describe: [
        ...sweeps.map((entry) =>
          entry.failed
            ? `${entry.label}: FAILED ${entry.failed}`
            : `${entry.label}: ${entry.githubRequests} GitHub requests (${githubPerPr(entry).toFixed(2)} per gated PR; ${entry.githubWrites} writes; the gate counted ${entry.apiCallsReported}), ${entry.registryRequests} registry requests, ${perPr(entry).toFixed(2)} requests in all per gated PR, ${entry.seconds} s; states ${JSON.stringify(entry.states)}`,
        ),
        `steady sweep by route: ${Object.entries(steady.routes)
          .map(([route, count]) => `${route} ×${count}`)
          .join(', ')}`,
        github.violations.length ? `OpenAPI violations: ${github.violations.length} (first: ${github.violations[0]})` : 'no OpenAPI violations',
      ].join('\n  '),
    };
  } finally {
    await github.close();
    await proxy.close();
    await registry.stop();
  }
}
