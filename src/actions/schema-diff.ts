/** Entry of actions/schema-diff (dist/schema-diff/index.js). */
import { runAction } from './run-action.js';
import { produceSchemaDiff } from './schema-diff-run.js';

await runAction('schema-diff', produceSchemaDiff);
