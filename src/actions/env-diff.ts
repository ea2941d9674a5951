/**
 * Entry of actions/env-diff (dist/env-diff/index.js): the work, then an optional sticky PR
 * comment. The core is imported when needed, so ncc puts it in a chunk and a step that has
 * nothing to do starts fast.
 */
import { commentWanted, updateStickyComment } from './comment-on-pr.js';
import { runAction } from './run-action.js';

let comment = false;

await runAction(
  'env-diff',
  async () => {
    comment = commentWanted();
    const { produceEnvDiff } = await import('./env-diff-run.js');
    return produceEnvDiff();
  },
  { afterPublish: async (report) => (comment ? updateStickyComment(report) : undefined) },
);
