/**
 * Where a configured schema lives at a revision and reading it there: `PATH#Class`
 * (Python) or a `.json` JSON Schema, through GitRepository.readFiles only.
 */
import { InputError } from '../errors.js';
import type { GitRepository } from '../git/repository.js';
import type { MessageSchema } from './model.js';
import { extractJsonSchema } from './json-schema-extract.js';
import { extractPythonSchema } from './python-extract.js';
import type { SourceFiles } from './python-program.js';

export interface SchemaRef {
  path: string;
  /** Set for Python sources. */
  className?: string;
}

export function parseSchemaRef(text: string, where: { file?: string; line?: number } = {}): SchemaRef {
  if (text.endsWith('.json')) return { path: text.replace(/^\.\//, '') };
  const match = /^([^#]+\.py)#([A-Za-z_][\w.]*)$/.exec(text.trim());
  if (!match) throw new InputError(`schema \`${text}\`: expected PATH.py#ClassName or a path to a .json JSON Schema`, { ...where, hint: 'Example: python/shared/visit.py#FannedOutVisit' });
  return { path: match[1]!.replace(/^\.\//, ''), className: match[2]! };
}

/** The files of one revision as the Python extractor reads them. */
export function revisionFiles(repository: GitRepository, revision: string): SourceFiles {
  return {
    async read(paths) {
      const files = await repository.readFiles(revision, paths);
      return new Map([...files].map(([path, file]) => [path, file?.text]));
    },
  };
}

export async function fileExists(repository: GitRepository, revision: string, path: string): Promise<boolean> {
  return (await repository.tree(revision)).has(path);
}

/** Extract the schema at a revision; the file must exist there. */
export async function extractAt(repository: GitRepository, revision: string, ref: SchemaRef): Promise<MessageSchema> {
  if (ref.className) return extractPythonSchema(revisionFiles(repository, revision), ref.path, ref.className);
  const file = await repository.readFile(revision, ref.path);
  if (!file) throw new InputError(`schema file ${ref.path} does not exist at ${revision}`, { file: ref.path, hint: 'Check the `schema:` path.' });
  return extractJsonSchema(ref.path, file.text);
}
