// Placeholder until the schema-diff action lands; its owner replaces this file.
// Pattern: src/actions/schema-diff-run.ts exports the action's work (inputs + event → Report),
// src/actions/schema-diff.ts is the thin entry that runs it, and the root action reuses it.
import { InputError } from '../errors.js';
import type { Report } from '../report/model.js';

export async function produceSchemaDiff(): Promise<Report> {
  throw new InputError('the schema-diff action is not built yet');
}
