/** Event payloads in the shapes GitHub sends (only the fields Lockstep and the runner read, plus identity). */
export interface PullRequestEventOptions {
  number?: number;
  action?: string;
  repository?: string;
  base: { sha: string; ref?: string };
  head: { sha: string; ref?: string; repository?: string };
  body?: string;
  labels?: string[];
  user?: string;
}

export function pullRequestEvent(options: PullRequestEventOptions): Record<string, unknown> {
  const repository = options.repository ?? 'lsst-dm/prompt_processing';
  const [owner, name] = repository.split('/');
  const repo = (fullName: string) => ({
    id: 1,
    name: fullName.split('/')[1],
    full_name: fullName,
    owner: { login: fullName.split('/')[0], type: 'Organization' },
    private: false,
    default_branch: 'main',
    html_url: `https://github.com/${fullName}`,
  });
  const number = options.number ?? 1;
  return {
    action: options.action ?? 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'A change',
      body: options.body ?? '',
      html_url: `https://github.com/${repository}/pull/${number}`,
      user: { login: options.user ?? 'contributor', type: 'User' },
      labels: (options.labels ?? []).map((label, index) => ({ id: index + 1, name: label })),
      base: { ref: options.base.ref ?? 'main', sha: options.base.sha, repo: repo(repository) },
      head: { ref: options.head.ref ?? 'tickets/DM-1', sha: options.head.sha, repo: repo(options.head.repository ?? repository) },
      merged: false,
      draft: false,
    },
    repository: repo(repository),
    organization: { login: owner },
    sender: { login: options.user ?? 'contributor', type: 'User' },
    name,
  };
}

export function scheduleEvent(cron = '0 6 * * *'): Record<string, unknown> {
  return { schedule: cron };
}
