/**
 * Values for witnesses, from the normalised model: the few JSON values a writer of a wire type
 * may send (the first is the minimal one: int → 0, str → "", list → [], Optional → null, an
 * enum → its first member, a nested model → its required fields), and pydantic v2's lax
 * validation of a JSON value against a reader's type, with pydantic's own error codes and words.
 */
import type { LiteralValue, MessageField, WireType } from './model.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One pydantic error: `loc` joined with dots, as pydantic prints it. */
export interface PydanticError {
  loc: string;
  type: string;
  msg: string;
}

/** How many values of one type are tried; a bound, not a guess (types nest). */
const MAX_CANDIDATES = 12;

const SCALAR_VALUES: Record<string, Json[]> = {
  int: [0],
  float: [0, 0.5],
  str: [''],
  bytes: [''],
  bool: [false],
  none: [null],
  any: [null, 0, '', [], {}],
  datetime: ['1970-01-01T00:00:00Z'],
  date: ['1970-01-01'],
  time: ['00:00:00'],
  timedelta: ['PT0S'],
  uuid: ['00000000-0000-0000-0000-000000000000'],
  decimal: ['0'],
  complex: ['0j'],
  // What a decoder function's int() / float() parses from a string (src/schema/function-decoder.ts).
  'int-text': ['0'],
  'float-text': ['0', '0.5'],
};

/** Unwrap `T | None` to `T` (a union of one option besides None). */
export function nonNull(type: WireType): WireType {
  if (type.kind !== 'union') return type;
  const [only, ...others] = type.options.filter((o) => !(o.kind === 'scalar' && o.name === 'none'));
  return only && others.length === 0 ? only : type;
}

/** How deep a payload goes; recursive models refer to themselves by name, so this is a guard. */
const MAX_DEPTH = 100;

/** The values a writer of `type` may send, minimal first: one level of alternatives, minimal values below it. */
export function candidates(type: WireType): Json[] {
  const values = ((): Json[] => {
    switch (type.kind) {
      case 'scalar':
        return SCALAR_VALUES[type.name] ?? [{}];
      case 'list':
      case 'set':
        return [[], ...candidates(type.item).map((v) => [v])];
      case 'dict':
        return [{}, ...candidates(type.value).map((v) => ({ [dictKey(type.key)]: v }))];
      case 'union':
        return [...type.options].reverse().flatMap(candidates);
      case 'literal':
        return type.values;
      case 'enum':
        return type.members.map((m) => m.value);
      case 'object':
      case 'tuple':
        return [minimal(type)];
    }
  })();
  return values.slice(0, MAX_CANDIDATES);
}

/** The key a witness uses in a dict: a string the key type accepts. */
export function dictKey(key: WireType): string {
  const inner = nonNull(key);
  return inner.kind === 'scalar' && ['int', 'float'].includes(inner.name) ? '0' : 'key';
}

/** int → 0, str → "", list → [], `T | None` → null, an enum → its first member, a model → its required fields. */
export function minimal(type: WireType, depth = 0): Json {
  if (depth > MAX_DEPTH) return null;
  switch (type.kind) {
    case 'scalar':
      return (SCALAR_VALUES[type.name] ?? [{}])[0]!;
    case 'list':
    case 'set':
      return [];
    case 'dict':
      return {};
    case 'tuple':
      return type.variadic ? [] : type.items.map((i) => minimal(i, depth + 1));
    case 'union':
      return minimal(unionMinimalOption(type.options), depth + 1);
    case 'literal':
      return type.values[0] ?? null;
    case 'enum':
      return type.members[0]?.value ?? null;
    case 'object':
      return minimalObject(type.fields, depth + 1);
  }
}

const PLAIN_FIRST = ['none', 'int', 'float', 'str', 'bool'];

/** `T | None` → None; else a plain JSON scalar when there is one (`int`, not the `int-text` a conversion also takes). */
function unionMinimalOption(options: WireType[]): WireType {
  for (const name of PLAIN_FIRST) {
    const found = options.find((o) => o.kind === 'scalar' && o.name === name);
    if (found) return found;
  }
  // A union has two options at least.
  return options[0]!;
}

/** The required fields, each at its minimal value. */
export function minimalObject(fields: MessageField[], depth = 0): { [key: string]: Json } {
  return Object.fromEntries(fields.filter((f) => f.required).map((f) => [f.name, minimal(f.type, depth)]));
}

/** Python's repr of a JSON scalar, as pydantic and enum errors print it. */
export function pythonRepr(value: Json | LiteralValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    const escaped = value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
    return quote + (quote === "'" ? escaped.replace(/'/g, "\\'") : escaped) + quote;
  }
  return JSON.stringify(value);
}

/** pydantic's "'a', 'b' or 'c'". */
function expectedValues(values: (Json | LiteralValue)[]): string {
  const reprs = values.map(pythonRepr);
  return reprs.length <= 1 ? (reprs[0] ?? '') : `${reprs.slice(0, -1).join(', ')} or ${reprs[reprs.length - 1]}`;
}

const isObject = (v: Json): v is { [key: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v);

type ScalarCheck = (value: Json) => { type: string; msg: string } | undefined;

const numericString = (v: string) => /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(v);

/** pydantic v2 lax mode, JSON input, for the scalars the model names. */
const SCALAR_CHECKS: Record<string, ScalarCheck> = {
  any: () => undefined,
  none: (v) => (v === null ? undefined : { type: 'none_required', msg: 'Input should be None' }),
  int: (v) => {
    if (typeof v === 'boolean' || (typeof v === 'number' && Number.isInteger(v))) return undefined;
    if (typeof v === 'number') return { type: 'int_from_float', msg: 'Input should be a valid integer, got a number with a fractional part' };
    if (typeof v === 'string') return /^\s*[-+]?\d+\s*$/.test(v) ? undefined : { type: 'int_parsing', msg: 'Input should be a valid integer, unable to parse string as an integer' };
    return { type: 'int_type', msg: 'Input should be a valid integer' };
  },
  float: (v) => {
    if (typeof v === 'number' || typeof v === 'boolean') return undefined;
    if (typeof v === 'string') return numericString(v) ? undefined : { type: 'float_parsing', msg: 'Input should be a valid number, unable to parse string as a number' };
    return { type: 'float_type', msg: 'Input should be a valid number' };
  },
  str: (v) => (typeof v === 'string' ? undefined : { type: 'string_type', msg: 'Input should be a valid string' }),
  bytes: (v) => (typeof v === 'string' ? undefined : { type: 'bytes_type', msg: 'Input should be a valid bytes' }),
  bool: (v) => {
    if (typeof v === 'boolean' || v === 0 || v === 1) return undefined;
    if (typeof v === 'string' || typeof v === 'number') {
      const ok = ['0', '1', 'true', 'false', 'yes', 'no', 'on', 'off', 't', 'f', 'y', 'n'].includes(String(v).toLowerCase());
      return ok ? undefined : { type: 'bool_parsing', msg: 'Input should be a valid boolean, unable to interpret input' };
    }
    return { type: 'bool_type', msg: 'Input should be a valid boolean' };
  },
};

const CONTAINER_ERRORS = {
  list: { type: 'list_type', msg: 'Input should be a valid list' },
  set: { type: 'set_type', msg: 'Input should be a valid set' },
  tuple: { type: 'tuple_type', msg: 'Input should be a valid tuple' },
  dict: { type: 'dict_type', msg: 'Input should be a valid dictionary' },
} as const;

export interface ValidationContext {
  /** The reader's `extra` policy, applied to nested models too. */
  forbidExtra: boolean;
  depth: number;
}

/** The errors pydantic raises validating `value` as `type` at `loc` ([] when it accepts it). */
export function validate(type: WireType, value: Json, loc: string[], context: ValidationContext): PydanticError[] {
  if (context.depth > 50) return [];
  const at = (error: { type: string; msg: string } | undefined): PydanticError[] => (error ? [{ loc: loc.join('.'), ...error }] : []);
  const inner = { ...context, depth: context.depth + 1 };
  switch (type.kind) {
    case 'scalar':
      // A class the model cannot see into is not second-guessed.
      return at(SCALAR_CHECKS[type.name]?.(value));
    case 'literal':
    case 'enum': {
      const values: LiteralValue[] = type.kind === 'literal' ? type.values : type.members.map((m) => m.value);
      return values.some((v) => v === value) ? [] : at({ type: type.kind === 'literal' ? 'literal_error' : 'enum', msg: `Input should be ${expectedValues(values)}` });
    }
    case 'union':
      return validateUnion(type.options, value, loc, inner);
    case 'object':
      if (!isObject(value)) return at({ type: 'model_type', msg: `Input should be a valid dictionary or instance of ${type.name}` });
      return validateFields(type.fields, value, loc, inner);
    case 'dict':
      if (!isObject(value)) return at(CONTAINER_ERRORS.dict);
      return Object.entries(value).flatMap(([k, v]) => validate(type.value, v, [...loc, k], inner));
    case 'list':
    case 'set':
    case 'tuple':
      if (!Array.isArray(value)) return at(CONTAINER_ERRORS[type.kind]);
      return value.flatMap((v, i) => validate(type.kind === 'tuple' ? (type.items[type.variadic ? 0 : i] ?? { kind: 'scalar', name: 'any' }) : type.item, v, [...loc, String(i)], inner));
  }
}

/** `T | None` is T that also takes null; a real union reports each option's error under the option's name. */
function validateUnion(options: WireType[], value: Json, loc: string[], context: ValidationContext): PydanticError[] {
  const nullable = options.some((o) => o.kind === 'scalar' && o.name === 'none');
  const rest = options.filter((o) => !(o.kind === 'scalar' && o.name === 'none'));
  if (nullable && value === null) return [];
  const [only, ...others] = rest;
  if (only && others.length === 0) return validate(only, value, loc, context);
  const perOption = rest.map((o) => validate(o, value, [...loc, unionTag(o)], context));
  return perOption.some((errors) => errors.length === 0) ? [] : perOption.flat();
}

function unionTag(type: WireType): string {
  if (type.kind === 'object' || type.kind === 'enum') return type.name;
  if (type.kind === 'scalar') return type.name === 'str' ? 'str' : type.name;
  if (type.kind === 'list' || type.kind === 'set') return `${type.kind}[${unionTag(type.item)}]`;
  if (type.kind === 'literal') return `literal[${type.values.map(pythonRepr).join(',')}]`;
  return type.kind;
}

/** A model's fields: missing required ones, then each present one, then extra keys (when forbidden). */
export function validateFields(fields: MessageField[], value: { [key: string]: Json }, loc: string[], context: ValidationContext): PydanticError[] {
  const errors: PydanticError[] = [];
  for (const field of fields) {
    if (Object.hasOwn(value, field.name)) errors.push(...validate(field.type, value[field.name]!, [...loc, field.name], context));
    else if (field.required) errors.push({ loc: [...loc, field.name].join('.'), type: 'missing', msg: 'Field required' });
  }
  if (context.forbidExtra)
    for (const key of Object.keys(value))
      if (!fields.some((f) => f.name === key)) errors.push({ loc: [...loc, key].join('.'), type: 'extra_forbidden', msg: 'Extra inputs are not permitted' });
  return errors;
}

const PYTHON_TYPE_NAMES = { object: 'NoneType', array: 'list', dict: 'dict' } as const;
const INT_TEXT = /^\s*[-+]?\d+(_\d+)*\s*$/;
const FLOAT_TEXT = /^\s*[-+]?((\d+(_\d+)*)?\.?\d+(_\d+)*([eE][-+]?\d+)?|\d+(_\d+)*\.|nan|inf|infinity)\s*$/i;

/** What a decoder function's `int(v)` / `float(v)` raises on a JSON value, in CPython 3.10+ words; undefined when it converts. */
export function conversionError(conversion: 'int' | 'float', value: Json): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return undefined;
  if (typeof value === 'string') {
    if ((conversion === 'int' ? INT_TEXT : FLOAT_TEXT).test(value)) return undefined;
    return conversion === 'int' ? `ValueError: invalid literal for int() with base 10: ${pythonRepr(value)}` : `ValueError: could not convert string to float: ${pythonRepr(value)}`;
  }
  const name = value === null ? PYTHON_TYPE_NAMES.object : Array.isArray(value) ? PYTHON_TYPE_NAMES.array : PYTHON_TYPE_NAMES.dict;
  return conversion === 'int'
    ? `TypeError: int() argument must be a string, a bytes-like object or a real number, not '${name}'`
    : `TypeError: float() argument must be a string or a real number, not '${name}'`;
}
