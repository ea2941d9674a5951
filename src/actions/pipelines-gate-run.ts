// Placeholder until the pipelines-gate action lands; its owner replaces this file.
// Pattern: src/actions/pipelines-gate-run.ts exports the action's work (inputs + event → Report),
// src/actions/pipelines-gate.ts is the thin entry that runs it, and the root action reuses it.
import { InputError } from '../errors.js';
import type { Report } from '../report/model.js';

export async function producePipelinesGate(): Promise<Report> {
  throw new InputError('the pipelines-gate action is not built yet');
}
