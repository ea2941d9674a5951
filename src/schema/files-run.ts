/**
 * `schema-diff --base-file A --head-file B`: the same judgement and report as the git form
 * (judgeMessage, buildSchemaReport), for two files on disk; no repository, no versions, no peers.
 */
import { InputError } from '../errors.js';
import type { Report } from '../report/model.js';
import { DEFAULT_VERSIONING } from './versioning.js';
import { extractFollowingRename, judgeMessage, type MessageSpec } from './message-check.js';
import { extractLocal, localClassNames, localSchemaFile } from './local-files.js';
import { buildSchemaReport, type SchemaDiffData } from './report.js';

export interface SchemaFilesOptions {
  baseFile: string;
  headFile: string;
  /** The Python class (required when either file is Python). */
  className?: string;
  role: MessageSpec['role'];
  decoder: MessageSpec['decoder'];
  /** Relative paths are resolved here. */
  cwd: string;
}

export async function runSchemaDiffFiles(options: SchemaFilesOptions): Promise<Report<SchemaDiffData>> {
  const [base, head] = await Promise.all([localSchemaFile(options.baseFile, '--base-file', options.cwd), localSchemaFile(options.headFile, '--head-file', options.cwd)]);
  const python = [base, head].some((file) => file.path.endsWith('.py'));
  const { className } = options;
  if (python && !className) throw new InputError('--schema-class is required with a Python file', { hint: 'Name the message class: --schema-class FannedOutVisit.' });
  if (!python && className) throw new InputError('--schema-class goes with Python files', { hint: 'A JSON Schema file holds one message: drop --schema-class.' });
  if (className && !/^[A-Za-z_][\w.]*$/.test(className)) throw new InputError(`--schema-class: expected a Python class name, got '${className}'`, { hint: 'For example --schema-class FannedOutVisit (a nested class as Outer.Inner).' });

  const spec: MessageSpec = { name: className ?? head.path, schema: head.path, role: options.role, decoder: options.decoder };
  const headSchema = await extractLocal(head, { path: head.path, className });
  const { schema: baseSchema, notes } = await extractFollowingRename((ref) => extractLocal(base, ref), { path: base.path, className }, { schema: headSchema, classes: await localClassNames(head) });
  const result = judgeMessage(spec, baseSchema, headSchema, notes);
  return buildSchemaReport({
    results: [result],
    peers: [],
    malformedPairs: [],
    requiredBump: result.requiredBump,
    versions: {},
    approved: false,
    approveLabel: DEFAULT_VERSIONING['approve-label'],
    withoutRepository: true,
  });
}
