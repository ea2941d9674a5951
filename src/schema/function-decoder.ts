/**
 * `decoder: {function: PATH.py#Class.method}`: the message as the decoder function reads it.
 * Each key the function reads is a field (required for `d["key"]`, optional for `.get`), and
 * its type is what the function accepts for that key: the conversion's inputs (`float(...)`
 * takes an int, a float, a bool or a numeric string), `str` for a str method, anything for a
 * value passed unchanged to a dataclass (which checks nothing), the enum's values for
 * `cls.Dome(int(...))`. The class's annotations only matter where pydantic validates them.
 * Keys the function does not read are ignored, as the function ignores them.
 */
import { InputError } from '../errors.js';
import { readDecoderFunction, type KeyRead } from '../python/dict-reads.js';
import type { MessageField, MessageSchema, WireType } from './model.js';
import { PythonProgram, type SourceFiles } from './python-program.js';
import { ANY, accepts, formatType, makeUnion, sameShape, scalar } from './types.js';

export interface FunctionRef {
  path: string;
  /** `['FannedOutVisit', 'from_dict']`, or `['decode']` for a module-level function. */
  names: string[];
}

export const FUNCTION_REFERENCE = /^([^#]+\.py)#([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)$/;

export function parseFunctionRef(text: string): FunctionRef {
  const match = FUNCTION_REFERENCE.exec(text.trim());
  if (!match) throw new InputError(`decoder function \`${text}\`: expected PATH.py#Class.method or PATH.py#function`, { hint: 'Example: decoder: {function: python/shared/visit.py#FannedOutVisit.from_dict}' });
  return { path: match[1]!.replace(/^\.\//, ''), names: match[2]!.split('.') };
}

export function formatFunctionRef(ref: FunctionRef): string {
  return `${ref.path}#${ref.names.join('.')}`;
}

const numbers = [scalar('int'), scalar('float'), scalar('bool')];
/**
 * What each builtin takes from a JSON value without raising (checked against CPython in
 * test/fuzz/function-decoder-differential.test.ts). `int-text` is a str int() parses
 * ("42"), `float-text` one float() parses ("4.2", "42", "nan").
 */
export const CONVERSIONS: Readonly<Record<string, WireType>> = {
  int: makeUnion([...numbers, scalar('int-text')]),
  float: makeUnion([...numbers, scalar('float-text')]),
  str: ANY,
  bool: ANY,
};

/** The reader's view of the message: the keys `fn` reads at this revision, typed by what it accepts. */
export async function extractDecoderSchema(files: SourceFiles, fn: FunctionRef, message: MessageSchema): Promise<MessageSchema> {
  const loaded = await new PythonProgram(files).loadRequired(
    fn.path,
    () => new InputError(`decoder file ${fn.path} does not exist at this revision`, { file: fn.path, hint: 'Check `decoder: {function: PATH.py#Class.method}`.' }),
  );
  const decoder = readDecoderFunction(loaded.module, fn.names);
  const constructors = new Set(['cls', message.name, ...(fn.names.length > 1 ? [fn.names[0]!] : [])]);
  const byKey = new Map<string, MessageField>();
  for (const read of decoder.reads) {
    const type = acceptedType(read, message, constructors, fn.path);
    const required = read.required || !defaultTaken(read, type);
    const field: MessageField = {
      name: read.key,
      type,
      required,
      ...(read.default !== undefined && !required ? { default: read.default } : {}),
      file: fn.path,
      line: read.line,
    };
    const earlier = byKey.get(read.key);
    byKey.set(read.key, earlier ? merge(earlier, field) : field);
  }
  return { name: decoder.qualifiedName, kind: 'function', file: fn.path, line: decoder.line, fields: [...byKey.values()], extra: 'ignore', warnings: [] };
}

function acceptedType(read: KeyRead, message: MessageSchema, constructors: Set<string>, file: string): WireType {
  const { use } = read;
  if (use.kind !== 'text' && use.enumName) return enumOf(use.enumName, message, read, file);
  // dict-reads.ts reads only the conversions named here.
  if (use.kind === 'converted') return CONVERSIONS[use.conversion]!;
  if (use.kind === 'text') return scalar('str');
  if (!constructors.has(use.callee))
    throw new InputError(`decoder: the value of "${read.key}" is passed to \`${use.callee}(...)\`, which Lockstep does not read`, {
      file,
      line: read.line,
      hint: `Pass it to the message's constructor (\`cls(...)\` or \`${message.name}(...)\`), or through int()/float()/str()/bool().`,
    });
  // A dataclass or plain class checks nothing: whatever came in is taken. pydantic validates the field.
  if (message.kind !== 'pydantic') return ANY;
  return message.fields.find((f) => f.name === use.keyword)?.type ?? ANY;
}

/**
 * A missing key gives `.get`'s default to the same conversion: `int(d.get("n"))` raises on None,
 * so the key is required after all. A default that is not a literal is not known: required.
 */
function defaultTaken(read: KeyRead, type: WireType): boolean {
  if (type.kind === 'scalar' && type.name === 'any') return true;
  if (!read.defaultValue) return false;
  return accepts(type, { kind: 'literal', values: [read.defaultValue.value] });
}

/** `cls.Dome(int(d["dome"]))`: the enum of that name among the message's field types. */
function enumOf(name: string, message: MessageSchema, read: KeyRead, file: string): WireType {
  const found = message.fields.map((f) => findEnum(f.type, name, 0)).find(Boolean);
  if (found) return found;
  throw new InputError(`decoder: \`${name}(...)\` around "${read.key}" is not an enum the message ${message.name} uses`, {
    file,
    line: read.line,
    hint: 'An enum call is read when a field of the message is annotated with that enum; otherwise pass the value through int()/float()/str()/bool() only.',
  });
}

function findEnum(type: WireType, name: string, depth: number): WireType | undefined {
  if (depth > 8) return undefined;
  if (type.kind === 'enum') return type.name === name ? type : undefined;
  if (type.kind === 'union') return type.options.map((o) => findEnum(o, name, depth + 1)).find(Boolean);
  if (type.kind === 'list' || type.kind === 'set') return findEnum(type.item, name, depth + 1);
  return undefined;
}

/** A key read twice must pass both reads: required if either is, the narrower type (refused when neither is). */
function merge(a: MessageField, b: MessageField): MessageField {
  const type = sameShape(a.type, b.type) || accepts(b.type, a.type) ? a.type : accepts(a.type, b.type) ? b.type : undefined;
  if (!type)
    throw new InputError(`decoder: "${a.name}" is read twice with different conversions (${formatType(a.type)} at line ${a.line}, ${formatType(b.type)} at line ${b.line})`, {
      file: b.file,
      line: b.line,
      hint: 'Read each key once, or convert it the same way each time.',
    });
  const { default: fallback, ...first } = a;
  const required = a.required || b.required;
  return { ...first, type, required, ...(required || fallback === undefined ? {} : { default: fallback }) };
}
