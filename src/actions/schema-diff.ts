/** Entry of actions/schema-diff (dist/schema-diff/index.js): the work, then an optional sticky PR comment. */
import { readEventContext } from './event.js';
import { booleanInput, stringInput } from './inputs.js';
import { runAction } from './run-action.js';
import { produceSchemaDiff } from './schema-diff-run.js';

let comment = false;

await runAction(
  'schema-diff',
  async () => {
    comment = booleanInput('comment'); // read inside: a bad value is an input error (exit 2)
    return produceSchemaDiff();
  },
  {
    async afterPublish(report) {
      const context = readEventContext();
      const token = stringInput('token');
      if (!comment || !context.pullRequest || !token) return;
      // Loaded only when a comment is wanted: the check itself never talks to the API.
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
        { owner, repo, issueNumber: context.pullRequest.number, marker: commentMarker('schema-diff'), identity },
        renderPrComment(report),
      );
    },
  },
);
