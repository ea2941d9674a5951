/**
 * Loading .github/lockstep.yml: YAML → zod → a typed config, or an InputError that names
 * the key path and line ("messages[0].role: expected producer | consumer | both, got
 * 'reader' (.github/lockstep.yml:4)") and, for an unknown key, the closest known one.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { parseYaml, type ParsedYaml, type YamlPath } from './yaml.js';
import { LockstepConfigSchema, type LockstepConfig } from './schema.js';
import { closestMatch } from './did-you-mean.js';

/** The configuration is a few kilobytes; anything larger is refused unread. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** A configuration as a run of the checks uses it: loaded once, and passed to each check. */
export interface LoadedConfig {
  config: LockstepConfig;
  /** How messages name the file (repository-relative when it is the repository's own). */
  file: string;
  /** Where it was read. */
  path: string;
}

/**
 * The one place a run loads its configuration (the symbolic-link and regular-file guards
 * below apply to every check). `root`: as for loadConfig.
 */
export async function loadCheckConfig(file: string, displayName = file, root?: string): Promise<LoadedConfig> {
  return { config: await loadConfig(file, displayName, root), file: displayName, path: file };
}

/**
 * `root`, when given, is the repository the file must stay inside: a configuration that
 * is a symbolic link to a file elsewhere on the machine is refused, never read. Anything
 * that is not a regular file (a FIFO would block the read forever, a device never ends)
 * is refused before it is opened.
 */
async function loadConfig(file: string, displayName = file, root?: string): Promise<LockstepConfig> {
  let text: string;
  try {
    if (root) await assertInside(file, root, displayName);
    await assertRegularFile(file, displayName);
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if (cause instanceof InputError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'configuration file not found' : `cannot read configuration: ${code}`, {
      file: displayName,
      hint: 'Create .github/lockstep.yml (see the README, "Configuration"), or pass --config / the `config` input.',
    });
  }
  return parseConfig(text, displayName);
}

async function assertRegularFile(file: string, displayName: string): Promise<void> {
  const info = await stat(file);
  if (!info.isFile()) {
    const kind = info.isFIFO() ? 'a FIFO (named pipe)' : info.isDirectory() ? 'a folder' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : 'not a regular file';
    throw new InputError(`the configuration is ${kind}, not a regular file; it was not read`, {
      file: displayName,
      hint: 'Commit .github/lockstep.yml as an ordinary file (or pass --config / the `config` input naming one).',
    });
  }
  if (info.size > MAX_CONFIG_BYTES) {
    throw new InputError(`the configuration is ${(info.size / 1024 / 1024).toFixed(1)} MB; files over ${MAX_CONFIG_BYTES / 1024 / 1024} MB are refused unread`, {
      file: displayName,
      hint: 'A Lockstep configuration is a few kilobytes: check that the path names the configuration.',
    });
  }
}

async function assertInside(file: string, root: string, displayName: string): Promise<void> {
  const [real, realRoot] = await Promise.all([realpath(file), realpath(root)]);
  const relative = path.relative(realRoot, real);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new InputError('the configuration is a symbolic link to a file outside the repository; it was not read', {
      file: displayName,
      hint: 'Commit the configuration itself at that path, not a link to another file.',
    });
  }
}

export function parseConfig(text: string, file: string): LockstepConfig {
  const yaml = parseYaml(text, file);
  // An empty file is an empty config: every section is optional.
  const result = LockstepConfigSchema.safeParse(yaml.value ?? {});
  if (result.success) return withIgnoreLines(result.data, yaml);
  throw configError(result.error, yaml);
}

/**
 * Each `ignore:` entry keeps the line it starts on, for the warnings about it (expired, matched
 * nothing); one narrowed to a message the configuration does not have is an error here.
 */
function withIgnoreLines(config: LockstepConfig, yaml: ParsedYaml): LockstepConfig {
  if (!config.ignore) return config;
  const names = (config.messages ?? []).map((message) => message.name);
  config.ignore.forEach((entry, index) => {
    if (!names.length || entry.message === undefined || names.includes(entry.message)) return;
    const suggestion = closestMatch(entry.message, names);
    throw new InputError(`ignore[${index}].message: no message is named ${JSON.stringify(entry.message)}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; the names are ${names.join(', ')}`, {
      file: yaml.file,
      line: yaml.lineOf(['ignore', index, 'message']),
      hint: 'An ignore names a message by its `messages[].name`.',
    });
  });
  return { ...config, ignore: config.ignore.map((entry, index) => ({ ...entry, line: yaml.lineOf(['ignore', index]) })) };
}

export function formatKeyPath(path: YamlPath): string {
  let out = '';
  for (const step of path) out += typeof step === 'number' ? `[${step}]` : out ? `.${step}` : step;
  return out || '(top level)';
}

function configError(error: z.ZodError, yaml: ParsedYaml): InputError {
  // An unknown key usually explains a missing one (`decodr:` → decoder missing): name it first.
  const issues = flattenUnions(error.issues, []).sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
  const lines = issues.map((issue) => describeIssue(issue, yaml));
  const [first = { text: 'the configuration does not match its schema' }] = lines;
  const more = lines.length > 1 ? `\n${lines.slice(1).map((l) => `  ${l.text} (${yaml.file}${l.line ? `:${l.line}` : ''})`).join('\n')}` : '';
  return new InputError(`${first.text}${more}`, {
    file: yaml.file,
    line: first.line,
    hint: 'See the README, "Configuration", for every key and its allowed values.',
  });
}

/**
 * A union that fails (`env:` is one pair or a list of named pairs) is explained by the
 * alternative the value has the shape of: a list's problems are the list's, with their paths.
 */
function flattenUnions(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code !== 'invalid_union') return [{ ...issue, path }];
    const shaped = issue.errors.filter((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
    const [only] = shaped;
    return shaped.length === 1 && only ? flattenUnions(only, path) : [{ ...issue, path }];
  });
}

const SHAPE_WORDS: Record<string, string> = { array: 'a list', object: 'a mapping', string: 'a string', number: 'a number', boolean: 'true or false' };

/** What a union accepts, from the type each alternative expected ("a list or a mapping"). */
function unionExpected(issue: z.core.$ZodIssueInvalidUnion): string {
  const expected = issue.errors.flatMap((branch) => branch.filter((inner) => inner.code === 'invalid_type' && inner.path.length === 0).map((inner) => (inner as z.core.$ZodIssueInvalidType).expected));
  return [...new Set(expected)].map((type) => SHAPE_WORDS[type] ?? type).join(' or ') || 'another form';
}

function describeIssue(issue: z.core.$ZodIssue, yaml: ParsedYaml): { text: string; line?: number } {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const known = knownKeysAt(path);
    const suggestion = closestMatch(key, known);
    const where = formatKeyPath([...path, key]);
    return {
      text: `${where}: unknown key${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; known keys here: ${known.join(', ')}`,
      line: yaml.lineOfKey(path, key) ?? yaml.lineOf(path),
    };
  }
  const got = valueAt(yaml.value, path);
  let text: string;
  if (issue.code === 'invalid_value') {
    text = `expected ${issue.values.map(String).join(' | ')}, got ${JSON.stringify(got)}`;
  } else if (issue.code === 'invalid_union') {
    text = `expected ${unionExpected(issue)}, got ${describeValue(got)}`;
  } else if (issue.code === 'invalid_type') {
    text = got === undefined ? `required key is missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${describeValue(got)}`;
  } else {
    text = issue.message;
  }
  return { text: `${formatKeyPath(path)}: ${text}`, line: yaml.lineOf(path) };
}

function valueAt(value: unknown, path: YamlPath): unknown {
  let current = value;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Keys the schema allows at a path, for "did you mean". */
function knownKeysAt(path: YamlPath): string[] {
  let schema: z.ZodType | undefined = LockstepConfigSchema;
  for (const step of path) {
    schema = schema && stepInto(unwrap(schema), step);
  }
  const inner = schema && unwrap(schema);
  const objects = inner instanceof z.ZodUnion ? (inner.options as z.ZodType[]).map(unwrap) : [inner];
  return [...new Set(objects.flatMap((option) => (option instanceof z.ZodObject ? Object.keys(option.shape) : [])))];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function stepInto(schema: z.ZodType, step: string | number): z.ZodType | undefined {
  if (schema instanceof z.ZodUnion) {
    // `env:` as a list steps by index, as one pair by key: the alternative that can take the step.
    for (const option of schema.options as z.ZodType[]) {
      const inner = unwrap(option);
      const next = (typeof step === 'number') === inner instanceof z.ZodArray ? stepInto(inner, step) : undefined;
      if (next) return next;
    }
    return undefined;
  }
  if (schema instanceof z.ZodObject) return (schema.shape as Record<string, z.ZodType>)[String(step)];
  if (schema instanceof z.ZodArray) return schema.element as z.ZodType;
  if (schema instanceof z.ZodRecord) return schema.valueType as z.ZodType;
  return undefined;
}
