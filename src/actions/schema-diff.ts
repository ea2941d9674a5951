/** Entry of actions/schema-diff (dist/schema-diff/index.js): the work, then an optional sticky PR comment. */
import { commentWanted, updateStickyComment } from './comment-on-pr.js';
import { runAction } from './run-action.js';
import { produceSchemaDiff } from './schema-diff-run.js';

let comment = false;

await runAction(
  'schema-diff',
  async () => {
    comment = commentWanted();
    return produceSchemaDiff();
  },
  { afterPublish: async (report) => (comment ? updateStickyComment(report) : undefined) },
);
