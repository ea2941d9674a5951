/** Ignores in schema-diff: each judged change is a finding of its rule; an ignored one needs no bump. */
import type { IgnoreEntry } from '../config/ignore-schema.js';
import type { GitRepository } from '../git/repository.js';
import { Ignores } from '../ignores/ignores.js';
import { scanInlineIgnores } from '../ignores/inline.js';
import type { JudgedChange, MessageResult } from './message-check.js';
import { maxBump } from './rules.js';

/** Changes whose file and line are at base (what a removal removed). */
const AT_BASE = new Set<JudgedChange['kind']>(['field-removed', 'message-removed']);

export interface SchemaIgnoreOptions {
  entries?: readonly IgnoreEntry[];
  configFile?: string;
  now?: Date;
}

/** The ignores of this run: the config's entries and the inline comments of the Python files the changes are on. */
export async function schemaIgnores(repository: GitRepository, revisions: { base: string; head: string }, results: readonly MessageResult[], options: SchemaIgnoreOptions): Promise<Ignores> {
  const files = new Set<string>();
  for (const result of results) {
    if (result.head?.file) files.add(result.head.file);
    for (const change of result.changes) if (change.file && !AT_BASE.has(change.kind)) files.add(change.file);
  }
  const python = [...files].filter((file) => file.endsWith('.py')).sort();
  const inline = await scanInlineIgnores(repository, revisions.base, revisions.head, python.map((file) => `:(literal)${file}`));
  return new Ignores({ check: 'schema-diff', entries: options.entries, configFile: options.configFile ?? '.github/lockstep.yml', inline, now: options.now });
}

/** The result with each change matched against the ignores; the required bump counts only the changes not ignored. */
export function withIgnores(result: MessageResult, ignores: Ignores): MessageResult {
  const changes = result.changes.map((change): JudgedChange => {
    const ignored = ignores.match({
      rule: change.rule.id,
      message: result.spec.name,
      ...(change.field ? { field: change.field } : {}),
      ...(change.file ? { file: change.file } : {}),
      ...(change.line ? { line: change.line } : {}),
      base: AT_BASE.has(change.kind),
    });
    return ignored ? { ...change, ignored } : change;
  });
  return { ...result, changes, requiredBump: maxBump(changes.filter((change) => !change.ignored).map((change) => change.rule.bump)) };
}
