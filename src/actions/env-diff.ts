/** Entry of actions/env-diff (dist/env-diff/index.js). */
import { runAction } from './run-action.js';
import { produceEnvDiff } from './env-diff-run.js';

await runAction('env-diff', produceEnvDiff);
