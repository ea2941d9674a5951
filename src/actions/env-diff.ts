/**
 * Entry of actions/env-diff (dist/env-diff/index.js): the work, then an optional sticky PR
 * comment. The core and the GitHub client are imported when needed, so ncc puts them in
 * chunks and a step that has nothing to do starts fast.
 */
import { readEventContext } from './event.js';
import { booleanInput, stringInput } from './inputs.js';
import { runAction } from './run-action.js';

let comment = false;

await runAction(
  'env-diff',
  async () => {
    comment = booleanInput('comment'); // read inside: a bad value is an input error (exit 2)
    const { produceEnvDiff } = await import('./env-diff-run.js');
    return produceEnvDiff();
  },
  {
    async afterPublish(report) {
      const context = readEventContext();
      const token = stringInput('token');
      if (!comment || !context.pullRequest || !token) return;
      const [{ createGitHubClient }, { resolveIdentity }, { upsertStickyComment }, { commentMarker, renderPrComment }] = await Promise.all([
        import('../github/client.js'),
        import('../github/identity.js'),
        import('../github/sticky-comment.js'),
        import('../report/pr-comment.js'),
      ]);
      const [owner, repo] = context.repository.split('/');
      const { octokit } = createGitHubClient({ token, baseUrl: context.apiUrl });
      const identity = await resolveIdentity(octokit);
      await upsertStickyComment(
        octokit,
        { owner, repo, issueNumber: context.pullRequest.number, marker: commentMarker('env-diff'), identity },
        renderPrComment(report),
      );
    },
  },
);
