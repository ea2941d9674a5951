/**
 * Schemas read from two files on disk, without git (`schema-diff --base-file A --head-file B`,
 * for editors and pre-commit hooks): each file is read where it is, and a Python file's
 * imports from the same folder tree (the current folder, or the file's own folder when it is
 * outside it) are followed as the repository form follows them.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { MessageSchema } from './model.js';
import { extractJsonSchema } from './json-schema-extract.js';
import { classNamesIn, extractPythonSchema } from './python-extract.js';
import type { SourceFiles } from './python-program.js';
import type { SchemaRef } from './sources.js';

/** One file given on the command line, as the extractor sees it. */
export interface LocalSchemaFile {
  /** The folder its imports are resolved under. */
  root: string;
  /** Its path under `root`, with `/` separators (the path findings show). */
  path: string;
  option: string;
}

/** Check the file exists and is a .py or .json file; say where its imports resolve. */
export async function localSchemaFile(file: string, option: string, cwd: string): Promise<LocalSchemaFile> {
  const full = path.resolve(cwd, file);
  const info = await stat(full).catch(() => undefined);
  if (!info?.isFile())
    throw new InputError(`${option}: ${info ? 'this is a folder, not a file' : 'the file does not exist'}`, { file, hint: `Pass ${option} naming a Python (.py) or JSON Schema (.json) file.` });
  if (!/\.(py|json)$/.test(full)) throw new InputError(`${option}: expected a .py or .json file`, { file, hint: 'Python message classes are read from .py files, JSON Schemas from .json files.' });
  const relative = path.relative(cwd, full);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  const root = inside ? cwd : path.dirname(full);
  return { root, path: (inside ? relative : path.basename(full)).split(path.sep).join('/'), option };
}

/** A folder's files as the Python extractor reads them: paths under the folder only. */
export function folderFiles(root: string): SourceFiles {
  return {
    async read(paths) {
      const texts = await Promise.all(paths.map((p) => (insideFolder(p) ? readFile(path.join(root, p), 'utf8').catch(() => undefined) : Promise.resolve(undefined))));
      return new Map(paths.map((p, index) => [p, texts[index]]));
    },
  };
}

function insideFolder(relative: string): boolean {
  return relative !== '' && !path.isAbsolute(relative) && !relative.split('/').includes('..');
}

/** The schema a local file holds (`ref.className` names the Python class; absent for JSON Schema). */
export async function extractLocal(file: LocalSchemaFile, ref: SchemaRef): Promise<MessageSchema> {
  if (file.path.endsWith('.json')) return extractJsonSchema(file.path, await readFile(path.join(file.root, file.path), 'utf8'));
  return extractPythonSchema(folderFiles(file.root), file.path, ref.className!);
}

export async function localClassNames(file: LocalSchemaFile): Promise<string[]> {
  return file.path.endsWith('.py') ? classNamesIn(folderFiles(file.root), file.path) : [];
}
