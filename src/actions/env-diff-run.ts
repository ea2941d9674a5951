// Placeholder until the env-diff action lands; its owner replaces this file.
// Pattern: src/actions/env-diff-run.ts exports the action's work (inputs + event → Report),
// src/actions/env-diff.ts is the thin entry that runs it, and the root action reuses it.
import { InputError } from '../errors.js';
import type { Report } from '../report/model.js';

export async function produceEnvDiff(): Promise<Report> {
  throw new InputError('the env-diff action is not built yet');
}
