/** Entry of actions/pipelines-gate (dist/pipelines-gate/index.js). */
import { runAction } from './run-action.js';
import { producePipelinesGate } from './pipelines-gate-run.js';

await runAction('pipelines-gate', producePipelinesGate);
