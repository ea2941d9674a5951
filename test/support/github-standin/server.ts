/**
 * A GitHub REST API stand-in on 127.0.0.1 for tests. It holds pull requests,
 * issue comments, commit statuses, workflows and their runs, and users; every
 * request it receives and every response it sends is checked against GitHub's
 * OpenAPI description (see openapi.ts). Checks that fail are collected in
 * `violations` (assert it is empty after each test) and the request is answered
 * with 422, so code that calls a route GitHub lacks fails loudly too.
 *
 * Faults: `inject()` answers matching requests with 500/502, a 403 secondary
 * rate limit, a primary rate limit resetting `resetInSeconds` ahead, a 200 whose
 * body is not what GitHub sends, every page full with a next link (pagination
 * without end), or late. With `after: true` the request is carried out first and
 * only its answer is lost (a 502 on a dispatch that created the run). A workflow dispatch creates a queued run that the test
 * completes with `completeRun(id, conclusion)`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openApi, type RouteMatch } from './openapi.js';

export interface StandinUser {
  login: string;
  type: 'User' | 'Bot';
  id: number;
}

export interface StandinPull {
  owner: string;
  repo: string;
  number: number;
  title: string;
  state: 'open' | 'closed';
  merged: boolean;
  mergedAt: string | null;
  closedAt: string | null;
  body: string | null;
  headSha: string;
  headRef: string;
  baseRef: string;
  author: string;
  labels: string[];
}

export interface StandinComment {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

export interface StandinStatus {
  id: number;
  owner: string;
  repo: string;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  targetUrl: string | null;
  createdAt: string;
}

export interface StandinWorkflow {
  id: number;
  owner: string;
  repo: string;
  /** File name under .github/workflows, e.g. build-base.yml. */
  file: string;
  name: string;
  /** What `run-name:` in the workflow evaluates to for these inputs (defaults to the name). */
  runName?: (inputs: Record<string, unknown>) => string;
}

export interface StandinRun {
  id: number;
  owner: string;
  repo: string;
  workflowId: number;
  headBranch: string;
  headSha: string;
  event: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  displayTitle: string;
  inputs: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  runNumber: number;
}

export interface StandinReaction {
  id: number;
  commentId: number;
  author: string;
  content: string;
  createdAt: string;
}

export interface StandinRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  route?: string;
}

export interface Fault {
  method?: string;
  /** Matched against the path (no query). */
  path?: RegExp;
  kind: 'server-error' | 'bad-gateway' | 'secondary-rate-limit' | 'rate-limit' | 'wrong-shape' | 'endless-pages' | 'slow';
  /** How many matching requests get the fault; default: all. */
  times?: number;
  /** For `slow`: how long to hold the answer before answering normally. */
  delayMs?: number;
  /** Carry the request out, then answer with the fault (500/502 only). */
  after?: boolean;
  /** For `rate-limit`: when the limit resets, from now (real clock: Octokit reads it so). */
  resetInSeconds?: number;
}

export interface GitHubStandin {
  url: string;
  violations: string[];
  requests: StandinRequest[];
  pulls: StandinPull[];
  comments: StandinComment[];
  statuses: StandinStatus[];
  workflows: StandinWorkflow[];
  runs: StandinRun[];
  /** Reactions on issue comments (the gate's dispatch lock). */
  reactions: StandinReaction[];
  /** Bearer/token value → user. A token marked as an app installation gets 403 from GET /user, like GITHUB_TOKEN. */
  addToken(token: string, user: Omit<StandinUser, 'id'>, options?: { installation?: boolean }): StandinUser;
  addPull(pull: Partial<StandinPull> & Pick<StandinPull, 'owner' | 'repo' | 'number'>): StandinPull;
  addComment(comment: Omit<StandinComment, 'id' | 'createdAt' | 'updatedAt'>): StandinComment;
  addWorkflow(workflow: Omit<StandinWorkflow, 'id'>): StandinWorkflow;
  addRun(run: Partial<StandinRun> & Pick<StandinRun, 'owner' | 'repo' | 'workflowId' | 'headSha' | 'headBranch'>): StandinRun;
  /** Sets the default branch head used for dispatches on a branch name that no PR holds. */
  setBranch(owner: string, repo: string, branch: string, sha: string): void;
  startRun(id: number): void;
  completeRun(id: number, conclusion: 'success' | 'failure' | 'cancelled'): void;
  inject(fault: Fault): void;
  clearFaults(): void;
  /** Whether dispatches answer 200 with run details (github.com) or 204 (older servers). */
  returnRunDetails: boolean;
  /** Requests whose route matches, e.g. count('POST /repos/{owner}/{repo}/statuses/{sha}'). */
  count(route?: string): number;
  close(): Promise<void>;
}

export interface StandinOptions {
  /** Where the stand-in's clock starts (ISO); it advances one second per thing it records. */
  clockStart?: string;
}

export async function startGitHubStandin(options: StandinOptions = {}): Promise<GitHubStandin> {
  const clockStart = Date.parse(options.clockStart ?? '2026-11-20T00:00:00Z');
  const api = openApi();
  const users = new Map<string, { user: StandinUser; installation: boolean }>();
  const branches = new Map<string, string>();
  const faults: (Fault & { used: number })[] = [];
  let nextId = 1000;
  let tick = 0;
  // Monotonic timestamps, a second apart, so ordering never depends on the wall clock.
  const now = () => new Date(clockStart + (tick += 1) * 1000).toISOString();

  const state = {
    violations: [] as string[],
    requests: [] as StandinRequest[],
    pulls: [] as StandinPull[],
    comments: [] as StandinComment[],
    statuses: [] as StandinStatus[],
    workflows: [] as StandinWorkflow[],
    runs: [] as StandinRun[],
    reactions: [] as StandinReaction[],
  };
  let url = '';

  const userObject = (login: string) => {
    const known = [...users.values()].find((entry) => entry.user.login === login)?.user;
    const id = known?.id ?? 4242;
    return api.synthesize('simple-user', {
      login,
      id,
      node_id: `U_${id}`,
      type: known?.type ?? 'User',
      // Bots' pages live under /apps/<slug>; their API URL escapes the brackets.
      html_url: login.endsWith('[bot]') ? `https://github.com/apps/${login.slice(0, -'[bot]'.length)}` : `https://github.com/${login}`,
      url: `${url}/users/${encodeURIComponent(login)}`,
    });
  };

  const repoObject = (owner: string, repo: string) =>
    api.synthesize('repository', {
      id: 77,
      name: repo,
      full_name: `${owner}/${repo}`,
      owner: userObject(owner),
      html_url: `https://github.com/${owner}/${repo}`,
      url: `${url}/repos/${owner}/${repo}`,
    });

  const pullSimple = (pull: StandinPull) => ({
    url: `${url}/repos/${pull.owner}/${pull.repo}/pulls/${pull.number}`,
    id: pull.number + 100000,
    node_id: `PR_${pull.number}`,
    html_url: `https://github.com/${pull.owner}/${pull.repo}/pull/${pull.number}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: userObject(pull.author),
    body: pull.body,
    created_at: '2026-11-01T00:00:00Z',
    updated_at: '2026-11-01T00:00:00Z',
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    labels: pull.labels.map((name, index) => ({
      id: 5000 + index,
      node_id: `LA_${index}`,
      url: `${url}/repos/${pull.owner}/${pull.repo}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'ededed',
      default: false,
    })),
    head: { label: `${pull.owner}:${pull.headRef}`, ref: pull.headRef, sha: pull.headSha, user: userObject(pull.owner), repo: repoObject(pull.owner, pull.repo) },
    base: { label: `${pull.owner}:${pull.baseRef}`, ref: pull.baseRef, sha: '0'.repeat(40), user: userObject(pull.owner), repo: repoObject(pull.owner, pull.repo) },
  });

  const commentObject = (comment: StandinComment) =>
    api.synthesize('issue-comment', {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${url}/repos/${comment.owner}/${comment.repo}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${comment.owner}/${comment.repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${url}/repos/${comment.owner}/${comment.repo}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: userObject(comment.author),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: 'MEMBER',
    });

  const runObject = (run: StandinRun) => {
    const workflow = state.workflows.find((item) => item.id === run.workflowId)!;
    return api.synthesize('workflow-run', {
      id: run.id,
      name: workflow.name,
      node_id: `WFR_${run.id}`,
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: `.github/workflows/${workflow.file}`,
      display_title: run.displayTitle,
      run_number: run.runNumber,
      run_attempt: 1,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: run.workflowId,
      url: `${url}/repos/${run.owner}/${run.repo}/actions/runs/${run.id}`,
      html_url: `https://github.com/${run.owner}/${run.repo}/actions/runs/${run.id}`,
      created_at: run.createdAt,
      updated_at: run.updatedAt,
      run_started_at: run.createdAt,
      repository: api.synthesize('minimal-repository', { id: 77, name: run.repo, full_name: `${run.owner}/${run.repo}`, owner: userObject(run.owner) }),
      head_repository: api.synthesize('minimal-repository', { id: 77, name: run.repo, full_name: `${run.owner}/${run.repo}`, owner: userObject(run.owner) }),
    });
  };

  const paginate = <T>(items: T[], query: URLSearchParams, path: string): { page: T[]; link?: string } => {
    const perPage = Math.min(Number(query.get('per_page') ?? 30), 100);
    const pageNumber = Number(query.get('page') ?? 1);
    const page = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    if (last <= 1) return { page };
    const linkTo = (n: number) => {
      const next = new URLSearchParams(query);
      next.set('page', String(n));
      return `<${url}${path}?${next.toString()}>`;
    };
    const links: string[] = [];
    if (pageNumber < last) links.push(`${linkTo(pageNumber + 1)}; rel="next"`, `${linkTo(last)}; rel="last"`);
    if (pageNumber > 1) links.push(`${linkTo(1)}; rel="first"`, `${linkTo(pageNumber - 1)}; rel="prev"`);
    return { page, link: links.join(', ') || undefined };
  };

  type Answer = { status: number; body?: unknown; headers?: Record<string, string> };
  const notFound: Answer = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };

  const findPull = (owner: string, repo: string, number: number) =>
    state.pulls.find((pull) => pull.owner === owner && pull.repo === repo && pull.number === number);

  const findWorkflow = (owner: string, repo: string, idOrFile: string) =>
    state.workflows.find((workflow) => workflow.owner === owner && workflow.repo === repo && (String(workflow.id) === idOrFile || workflow.file === idOrFile));

  function handle(match: RouteMatch, query: URLSearchParams, body: unknown, caller: StandinUser | undefined, installation: boolean): Answer {
    const p = match.pathParams;
    const owner = p.owner!;
    const repo = p.repo!;
    switch (`${match.operation.method} ${match.operation.template}`) {
      case 'GET /user':
        if (installation) return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' } };
        return { status: 200, body: api.synthesize('public-user', { ...userObject(caller!.login), created_at: '2020-01-01T00:00:00Z', updated_at: '2020-01-01T00:00:00Z' }) };
      case 'GET /repos/{owner}/{repo}/pulls': {
        const wanted = query.get('state') ?? 'open';
        const pulls = state.pulls.filter((pull) => pull.owner === owner && pull.repo === repo && (wanted === 'all' || pull.state === wanted));
        const { page, link } = paginate(pulls, query, `/repos/${owner}/${repo}/pulls`);
        return {
          status: 200,
          body: page.map((pull) => api.synthesize('pull-request-simple', pullSimple(pull))),
          headers: link ? { link } : {},
        };
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}': {
        const pull = findPull(owner, repo, Number(p.pull_number));
        if (!pull) return notFound;
        return {
          status: 200,
          body: api.synthesize('pull-request', {
            ...pullSimple(pull),
            merged: pull.merged,
            mergeable: null,
            rebaseable: null,
            mergeable_state: 'clean',
            merged_by: pull.merged ? userObject(pull.owner) : null,
            comments: 0,
            review_comments: 0,
            maintainer_can_modify: false,
            commits: 1,
            additions: 1,
            deletions: 0,
            changed_files: 1,
          }),
        };
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const comments = state.comments
          .filter((comment) => comment.owner === owner && comment.repo === repo && comment.issueNumber === Number(p.issue_number))
          .sort((a, b) => a.id - b.id);
        const { page, link } = paginate(comments, query, `/repos/${owner}/${repo}/issues/${p.issue_number}/comments`);
        return { status: 200, body: page.map(commentObject), headers: link ? { link } : {} };
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const created = now();
        const comment: StandinComment = {
          id: (nextId += 1),
          owner,
          repo,
          issueNumber: Number(p.issue_number),
          body: (body as { body: string }).body,
          author: caller!.login,
          createdAt: created,
          updatedAt: created,
        };
        state.comments.push(comment);
        return { status: 201, body: commentObject(comment), headers: { location: `${url}/repos/${owner}/${repo}/issues/comments/${comment.id}` } };
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const comment = state.comments.find((item) => item.owner === owner && item.repo === repo && item.id === Number(p.comment_id));
        if (!comment) return notFound;
        if (comment.author !== caller!.login) return { status: 403, body: { message: 'Must have admin rights to Repository.', documentation_url: 'https://docs.github.com/rest' } };
        comment.body = (body as { body: string }).body;
        comment.updatedAt = now();
        return { status: 200, body: commentObject(comment) };
      }
      case 'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const comment = state.comments.find((item) => item.owner === owner && item.repo === repo && item.id === Number(p.comment_id));
        return comment ? { status: 200, body: commentObject(comment) } : notFound;
      }
      case 'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': {
        const comment = state.comments.find((item) => item.owner === owner && item.repo === repo && item.id === Number(p.comment_id));
        if (!comment) return notFound;
        const content = (body as { content: string }).content;
        const reactionObject = (reaction: StandinReaction) =>
          api.synthesize('reaction', { id: reaction.id, node_id: `REA_${reaction.id}`, user: userObject(reaction.author), content: reaction.content, created_at: reaction.createdAt });
        // One reaction per user and content: a second answers 200 with the first (what makes it a lock).
        const existing = state.reactions.find((item) => item.commentId === comment.id && item.author === caller!.login && item.content === content);
        if (existing) return { status: 200, body: reactionObject(existing) };
        const reaction: StandinReaction = { id: (nextId += 1), commentId: comment.id, author: caller!.login, content, createdAt: now() };
        state.reactions.push(reaction);
        return { status: 201, body: reactionObject(reaction) };
      }
      case 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}': {
        const index = state.reactions.findIndex((item) => item.commentId === Number(p.comment_id) && item.id === Number(p.reaction_id));
        if (index < 0) return notFound;
        state.reactions.splice(index, 1);
        return { status: 204 };
      }
      case 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const index = state.comments.findIndex((item) => item.owner === owner && item.repo === repo && item.id === Number(p.comment_id));
        if (index < 0) return notFound;
        state.comments.splice(index, 1);
        return { status: 204 };
      }
      case 'POST /repos/{owner}/{repo}/statuses/{sha}': {
        const request = body as { state: StandinStatus['state']; target_url?: string | null; description?: string | null; context?: string };
        const status: StandinStatus = {
          id: (nextId += 1),
          owner,
          repo,
          sha: p.sha!,
          state: request.state,
          context: request.context ?? 'default',
          description: request.description ?? null,
          targetUrl: request.target_url ?? null,
          createdAt: now(),
        };
        state.statuses.push(status);
        return {
          status: 201,
          body: api.synthesize('status', {
            url: `${url}/repos/${owner}/${repo}/statuses/${status.sha}`,
            avatar_url: null,
            id: status.id,
            node_id: `SC_${status.id}`,
            state: status.state,
            description: status.description,
            target_url: status.targetUrl,
            context: status.context,
            created_at: status.createdAt,
            updated_at: status.createdAt,
            creator: userObject(caller!.login),
          }),
          headers: { location: `${url}/repos/${owner}/${repo}/statuses/${status.sha}` },
        };
      }
      case 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': {
        const workflow = findWorkflow(owner, repo, p.workflow_id!);
        if (!workflow) return notFound;
        const request = body as { ref: string; inputs?: Record<string, unknown>; return_run_details?: boolean };
        const ref = request.ref.replace(/^refs\/heads\//, '');
        const pull = state.pulls.find((item) => item.owner === owner && item.repo === repo && item.headRef === ref && item.state === 'open');
        const sha = pull?.headSha ?? branches.get(`${owner}/${repo}#${ref}`);
        if (!sha) return { status: 422, body: { message: `No ref found for: ${ref}`, documentation_url: 'https://docs.github.com/rest' } };
        const run = addRun({ owner, repo, workflowId: workflow.id, headBranch: ref, headSha: sha, event: 'workflow_dispatch', inputs: request.inputs ?? {} });
        if (request.return_run_details && standin.returnRunDetails) {
          return {
            status: 200,
            body: { workflow_run_id: run.id, run_url: `${url}/repos/${owner}/${repo}/actions/runs/${run.id}`, html_url: `https://github.com/${owner}/${repo}/actions/runs/${run.id}` },
          };
        }
        return { status: 204 };
      }
      case 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': {
        const workflow = findWorkflow(owner, repo, p.workflow_id!);
        if (!workflow) return notFound;
        const runs = state.runs
          .filter((run) => run.workflowId === workflow.id)
          .filter((run) => !query.get('event') || run.event === query.get('event'))
          .filter((run) => !query.get('head_sha') || run.headSha === query.get('head_sha'))
          .filter((run) => !query.get('branch') || run.headBranch === query.get('branch'))
          .filter((run) => !query.get('status') || run.status === query.get('status') || run.conclusion === query.get('status'))
          .sort((a, b) => b.id - a.id);
        const { page, link } = paginate(runs, query, `/repos/${owner}/${repo}/actions/workflows/${p.workflow_id}/runs`);
        return { status: 200, body: { total_count: runs.length, workflow_runs: page.map(runObject) }, headers: link ? { link } : {} };
      }
      case 'GET /repos/{owner}/{repo}/actions/runs/{run_id}': {
        const run = state.runs.find((item) => item.owner === owner && item.repo === repo && item.id === Number(p.run_id));
        return run ? { status: 200, body: runObject(run) } : notFound;
      }
      default:
        return { status: 599, body: { message: `stand-in does not implement ${match.operation.method} ${match.operation.template}` } };
    }
  }

  function addRun(run: Partial<StandinRun> & Pick<StandinRun, 'owner' | 'repo' | 'workflowId' | 'headSha' | 'headBranch'>): StandinRun {
    const workflow = state.workflows.find((item) => item.id === run.workflowId);
    if (!workflow) throw new Error(`no workflow ${run.workflowId}`);
    const created = run.createdAt ?? now();
    const inputs = run.inputs ?? {};
    const full: StandinRun = {
      id: (nextId += 1),
      event: 'workflow_dispatch',
      status: 'queued',
      conclusion: null,
      displayTitle: workflow.runName ? workflow.runName(inputs) : workflow.name,
      inputs,
      createdAt: created,
      updatedAt: run.updatedAt ?? created,
      runNumber: state.runs.filter((item) => item.workflowId === run.workflowId).length + 1,
      ...run,
    };
    state.runs.push(full);
    return full;
  }

  function faultAnswer(fault: Fault): Answer {
    switch (fault.kind) {
      case 'secondary-rate-limit':
        return {
          status: 403,
          body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' },
          headers: { 'retry-after': '1', 'x-ratelimit-remaining': '4000' },
        };
      case 'rate-limit': {
        const reset = Math.floor(Date.now() / 1000) + (fault.resetInSeconds ?? 3600);
        return {
          status: 403,
          body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting' },
          headers: { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '1000', 'x-ratelimit-reset': String(reset), 'x-ratelimit-resource': 'core' },
        };
      }
      case 'wrong-shape':
        // What a captive portal or a misrouted proxy might answer: JSON, but not GitHub's.
        return { status: 200, body: { ok: true } };
      case 'bad-gateway':
        return { status: 502, body: { message: 'Server Error' } };
      default:
        return { status: 500, body: { message: 'Server Error' } };
    }
  }

  /** The answer as a server that never runs out of pages gives it: always a next link. */
  function endless(answer: Answer, parsed: URL): Answer {
    const next = new URLSearchParams(parsed.searchParams);
    next.set('page', '2');
    return { ...answer, headers: { ...answer.headers, link: `<${url}${parsed.pathname}?${next.toString()}>; rel="next"` } };
  }

  async function readBody(request: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (chunks.length === 0) return undefined;
    const text = Buffer.concat(chunks).toString('utf8');
    if (text.trim() === '') return undefined;
    return JSON.parse(text);
  }

  function write(response: ServerResponse, answer: Answer): void {
    const headers: Record<string, string> = { 'x-github-media-type': 'github.v3; format=json', ...answer.headers };
    if (answer.body === undefined) {
      response.writeHead(answer.status, headers).end();
      return;
    }
    headers['content-type'] = 'application/json; charset=utf-8';
    response.writeHead(answer.status, headers).end(JSON.stringify(answer.body));
  }

  const server: Server = createServer((request, response) => {
    void (async () => {
      const parsed = new URL(request.url ?? '/', 'http://127.0.0.1');
      const method = request.method ?? 'GET';
      let body: unknown;
      try {
        body = await readBody(request);
      } catch {
        state.violations.push(`${method} ${parsed.pathname}: body is not JSON`);
        write(response, { status: 400, body: { message: 'Problems parsing JSON' } });
        return;
      }
      const record: StandinRequest = { method, path: parsed.pathname, query: Object.fromEntries(parsed.searchParams), body, status: 0 };
      state.requests.push(record);
      const match = api.match(method, parsed.pathname);
      if (!match) {
        state.violations.push(`${method} ${parsed.pathname}: GitHub has no such route`);
        record.status = 404;
        write(response, notFound);
        return;
      }
      record.route = `${method} ${match.operation.template}`;

      const fault = faults.find(
        (item) => (!item.method || item.method === method) && (!item.path || item.path.test(parsed.pathname)) && (item.times === undefined || item.used < item.times),
      );
      if (fault) fault.used += 1;
      if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 200));
      else if (fault?.kind === 'endless-pages') parsed.searchParams.set('page', '1');
      else if (fault && !fault.after) {
        const answer = faultAnswer(fault);
        record.status = answer.status;
        write(response, answer);
        return;
      }
      const authorization = request.headers.authorization ?? '';
      const token = authorization.replace(/^(token|bearer)\s+/i, '');
      const caller = users.get(token);
      if (!caller) {
        record.status = 401;
        write(response, { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } });
        return;
      }

      const requestProblems = api.checkRequest(match, parsed.searchParams, body);
      if (requestProblems.length > 0) {
        state.violations.push(...requestProblems);
        record.status = 422;
        write(response, { status: 422, body: { message: `stand-in: request violates GitHub's OpenAPI description: ${requestProblems.join('; ')}` } });
        return;
      }
      let answer = handle(match, parsed.searchParams, body, caller.user, caller.installation);
      if (fault?.kind === 'endless-pages') answer = endless(answer, parsed);
      if (fault?.after) {
        record.status = (answer = faultAnswer(fault)).status;
        write(response, answer);
        return;
      }
      const responseProblems = answer.status === 599 ? [String((answer.body as { message: string }).message)] : api.checkResponse(match, answer.status, answer.body);
      if (responseProblems.length > 0) state.violations.push(...responseProblems);
      record.status = answer.status;
      write(response, answer.status === 599 ? { status: 501, body: answer.body } : answer);
    })().catch((error: unknown) => {
      state.violations.push(`stand-in crashed: ${String(error instanceof Error ? error.stack : error)}`);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const standin: GitHubStandin = {
    url,
    ...state,
    returnRunDetails: true,
    addToken(token, user, options = {}) {
      const full: StandinUser = { ...user, id: 5000 + users.size };
      users.set(token, { user: full, installation: options.installation ?? false });
      return full;
    },
    addPull(pull) {
      const full: StandinPull = {
        title: `PR ${pull.number}`,
        state: 'open',
        merged: false,
        mergedAt: null,
        closedAt: null,
        body: '',
        headSha: 'a'.repeat(40),
        headRef: `branch-${pull.number}`,
        baseRef: 'main',
        author: 'octo-author',
        labels: [],
        ...pull,
      };
      state.pulls.push(full);
      return full;
    },
    addComment(comment) {
      const created = now();
      const full: StandinComment = { ...comment, id: (nextId += 1), createdAt: created, updatedAt: created };
      state.comments.push(full);
      return full;
    },
    addWorkflow(workflow) {
      const full: StandinWorkflow = { ...workflow, id: (nextId += 1) };
      state.workflows.push(full);
      return full;
    },
    addRun,
    setBranch(owner, repo, branch, sha) {
      branches.set(`${owner}/${repo}#${branch}`, sha);
    },
    startRun(id) {
      const run = state.runs.find((item) => item.id === id);
      if (!run) throw new Error(`no run ${id}`);
      run.status = 'in_progress';
      run.updatedAt = now();
    },
    completeRun(id, conclusion) {
      const run = state.runs.find((item) => item.id === id);
      if (!run) throw new Error(`no run ${id}`);
      run.status = 'completed';
      run.conclusion = conclusion;
      run.updatedAt = now();
    },
    inject(fault) {
      faults.push({ ...fault, used: 0 });
    },
    clearFaults() {
      faults.length = 0;
    },
    count(route) {
      return route ? state.requests.filter((request) => request.route === route).length : state.requests.length;
    },
    close() {
      return new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      });
    },
  };
  return standin;
}
