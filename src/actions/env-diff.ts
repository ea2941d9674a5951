/** Entry of actions/env-diff (dist/env-diff/index.js): the work, then an optional sticky PR comment. */
import { readEventContext } from './event.js';
import { booleanInput, stringInput } from './inputs.js';
import { runAction } from './run-action.js';
import { produceEnvDiff } from './env-diff-run.js';
import { createGitHubClient } from '../github/client.js';
import { resolveIdentity } from '../github/identity.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import { commentMarker, renderPrComment } from '../report/pr-comment.js';

let comment = false;

await runAction(
  'env-diff',
  async () => {
    comment = booleanInput('comment'); // read inside: a bad value is an input error (exit 2)
    return produceEnvDiff();
  },
  {
    async afterPublish(report) {
      const context = readEventContext();
      const token = stringInput('token');
      if (!comment || !context.pullRequest || !token) return;
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
