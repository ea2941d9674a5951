/**
 * Wire types: one canonical spelling, unions normalised, and the "accepts every
 * value of" relation the pydantic rules need (int → float widens, T → T | None widens).
 */
import type { LiteralValue, WireType } from './model.js';

export const scalar = (name: string): WireType => ({ kind: 'scalar', name });
export const NONE = scalar('none');
export const ANY = scalar('any');

export function formatLiteral(value: LiteralValue): string {
  if (value === null) return 'None';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return String(value);
}

/** One spelling per type: `list[float]`, `int | None`, `Literal['a', 'b']`, `enum[int]`. */
export function formatType(type: WireType): string {
  switch (type.kind) {
    case 'scalar':
      return type.name === 'none' ? 'None' : type.name;
    case 'list':
      return `list[${formatType(type.item)}]`;
    case 'set':
      return `set[${formatType(type.item)}]`;
    case 'tuple':
      return `tuple[${type.items.map(formatType).join(', ')}${type.variadic ? ', ...' : ''}]`;
    case 'dict':
      return `dict[${formatType(type.key)}, ${formatType(type.value)}]`;
    case 'union':
      return type.options.map(formatType).join(' | ');
    case 'literal':
      return `Literal[${type.values.map(formatLiteral).join(', ')}]`;
    case 'enum':
      return `enum[${type.base}]`;
    case 'object':
      return 'object';
  }
}

function unionOrder(type: WireType): string {
  // None last, so `int | None` reads the way people write it.
  return type.kind === 'scalar' && type.name === 'none' ? '\uffff' : formatType(type) + enumKey(type);
}

function enumKey(type: WireType): string {
  return type.kind === 'enum' ? JSON.stringify(type.members.map((m) => m.value)) : '';
}

/** Flatten nested unions, merge literals, drop duplicates, sort; one option → that option. */
export function makeUnion(options: WireType[]): WireType {
  const flat: WireType[] = [];
  const visit = (t: WireType): void => {
    if (t.kind === 'union') t.options.forEach(visit);
    else flat.push(t);
  };
  options.forEach(visit);
  if (flat.some((t) => t.kind === 'scalar' && t.name === 'any')) return ANY;
  const literals = flat.filter((t): t is Extract<WireType, { kind: 'literal' }> => t.kind === 'literal');
  const others = flat.filter((t) => t.kind !== 'literal');
  const merged: WireType[] = [...others];
  if (literals.length) {
    const values: LiteralValue[] = [];
    for (const lit of literals) for (const v of lit.values) if (!values.some((w) => sameLiteral(v, w))) values.push(v);
    merged.push({ kind: 'literal', values });
  }
  const seen = new Map<string, WireType>();
  for (const t of merged) seen.set(unionOrder(t), t);
  const unique = [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, t]) => t);
  const [only, ...more] = unique;
  return only && more.length === 0 ? only : { kind: 'union', options: unique };
}

export function sameLiteral(a: LiteralValue, b: LiteralValue): boolean {
  return a === b && typeof a === typeof b;
}

export function isNullable(type: WireType): boolean {
  if (type.kind === 'scalar') return type.name === 'none' || type.name === 'any';
  if (type.kind === 'union') return type.options.some(isNullable);
  if (type.kind === 'literal') return type.values.includes(null);
  return false;
}

/** Same wire shape, ignoring class names of enums/objects and the contents of objects (diffed separately). */
export function sameShape(a: WireType, b: WireType): boolean {
  return shapeKey(a) === shapeKey(b);
}

function shapeKey(type: WireType): string {
  switch (type.kind) {
    case 'enum':
      return `enum[${type.base}]${enumKey(type)}`;
    case 'literal':
      return `Literal[${type.values.map(formatLiteral).sort().join(',')}]`;
    case 'list':
    case 'set':
      return `${type.kind}[${shapeKey(type.item)}]`;
    case 'tuple':
      return `tuple[${type.items.map(shapeKey).join(',')}${type.variadic ? ',...' : ''}]`;
    case 'dict':
      return `dict[${shapeKey(type.key)},${shapeKey(type.value)}]`;
    case 'union':
      return type.options.map(shapeKey).sort().join('|');
    case 'object':
    case 'scalar':
      return formatType(type);
  }
}

function literalFits(value: LiteralValue, type: WireType): boolean {
  if (type.kind === 'union') return type.options.some((o) => literalFits(value, o));
  if (type.kind === 'literal') return type.values.some((v) => sameLiteral(v, value));
  if (type.kind === 'enum') return type.members.some((m) => sameLiteral(m.value, value));
  if (type.kind !== 'scalar') return false;
  if (type.name === 'any') return true;
  if (value === null) return type.name === 'none';
  if (typeof value === 'boolean') return type.name === 'bool';
  if (typeof value === 'number') return type.name === 'float' || (type.name === 'int' && Number.isInteger(value));
  return type.name === 'str';
}

/**
 * Scalars a reader of the key also takes: a float field takes an int; the text a decoder
 * function's `float(...)` parses includes what `int(...)` parses; any str method takes both.
 */
const SCALAR_WIDENS: Readonly<Record<string, readonly string[]>> = {
  float: ['int'],
  'float-text': ['int-text'],
  str: ['int-text', 'float-text'],
};

/**
 * Does a reader of `reader` accept every value a writer of `writer` may send?
 * Conservative: when unsure, no (fail closed).
 */
export function accepts(reader: WireType, writer: WireType): boolean {
  if (reader.kind === 'scalar' && reader.name === 'any') return true;
  if (writer.kind === 'union') return writer.options.every((o) => accepts(reader, o));
  if (writer.kind === 'literal') return writer.values.every((v) => literalFits(v, reader));
  if (writer.kind === 'enum') {
    if (reader.kind === 'scalar' && reader.name === writer.base) return true;
    if (reader.kind === 'scalar' && reader.name === 'float' && writer.base === 'int') return true;
    return writer.members.every((m) => literalFits(m.value, reader));
  }
  if (reader.kind === 'union') return reader.options.some((o) => accepts(o, writer));
  switch (writer.kind) {
    case 'scalar':
      if (reader.kind !== 'scalar') return false;
      return reader.name === writer.name || (SCALAR_WIDENS[reader.name]?.includes(writer.name) ?? false);
    case 'list':
    case 'set':
      return reader.kind === writer.kind && accepts(reader.item, writer.item);
    case 'tuple':
      if (reader.kind === 'list') return writer.items.every((i) => accepts(reader.item, i));
      if (reader.kind !== 'tuple') return false;
      if (reader.variadic) return writer.items.every((i) => accepts(reader.items[0] ?? ANY, i));
      return !writer.variadic && reader.items.length === writer.items.length && reader.items.every((r, i) => accepts(r, writer.items[i]!));
    case 'dict':
      return reader.kind === 'dict' && accepts(reader.key, writer.key) && accepts(reader.value, writer.value);
    case 'object':
      // Nested objects are compared field by field by the diff; the shape itself matches.
      return reader.kind === 'object';
  }
}
