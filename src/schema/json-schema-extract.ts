/**
 * A JSON Schema file (draft 7 / 2020-12 subset: type, properties, required,
 * enum, const, anyOf/oneOf, items, additionalProperties, local $ref) →
 * MessageSchema, the same model the Python extractor builds.
 */
import { InputError } from '../errors.js';
import type { LiteralValue, MessageField, MessageSchema, WireType } from './model.js';
import { ANY, NONE, makeUnion, scalar } from './types.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const MAX_DEPTH = 32;

export function extractJsonSchema(file: string, text: string): MessageSchema {
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position ? text.slice(0, Number(position)).split('\n').length : undefined;
    throw new InputError(`not valid JSON: ${(error as Error).message.split('\n')[0]}`, { file, line, hint: 'A `.json` schema must be a JSON Schema document.' });
  }
  if (!isObject(root)) throw new InputError('a JSON Schema must be an object', { file, line: 1, hint: 'Expected {"type": "object", "properties": {...}}.' });
  const lines = text.split('\n');
  const lineOfKey = (key: string): number => {
    const index = lines.findIndex((l) => l.includes(JSON.stringify(key) + ':') || l.includes(JSON.stringify(key) + ' :'));
    return index >= 0 ? index + 1 : 1;
  };
  const resolveRef = (ref: string): Json | undefined => {
    if (!ref.startsWith('#/')) return undefined;
    let node: Json | undefined = root;
    for (const step of ref.slice(2).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))) {
      node = isObject(node) ? node[step] : undefined;
    }
    return node;
  };
  // $refs being expanded right now: a reference back into one of them is a cycle (a recursive
  // schema) and stays a name, so `{"a": {"$ref": "#"}, "b": {"$ref": "#"}}` cannot blow up.
  const expanding = new Set<string>();
  // Each definition is read once: a chain of definitions that each use the next twice stays linear.
  const expanded = new Map<string, WireType>();
  const toFields = (schema: JsonObject, depth: number): MessageField[] => {
    const properties = isObject(schema.properties) ? schema.properties : {};
    const requiredNames = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [];
    return Object.entries(properties).map(([name, property]) => {
      const hasDefault = isObject(property) && 'default' in property;
      return {
        name,
        type: toType(property, depth + 1),
        required: requiredNames.includes(name) && !hasDefault,
        ...(hasDefault ? { default: JSON.stringify((property as JsonObject).default) } : {}),
        file,
        line: lineOfKey(name),
      };
    });
  };
  const toType = (schema: Json, depth: number): WireType => {
    if (depth > MAX_DEPTH || !isObject(schema)) return ANY;
    if (typeof schema.$ref === 'string') {
      const ref = schema.$ref;
      if (expanding.has(ref)) return scalar(ref);
      const known = expanded.get(ref);
      if (known) return known;
      const target = ref === '#' ? root : resolveRef(ref);
      if (target === undefined) throw new InputError(`$ref ${ref} cannot be resolved (only local #/ references are read)`, { file, line: lineOfKey('$ref'), hint: 'Put the referenced schema under $defs in the same file and refer to it as #/$defs/Name.' });
      expanding.add(ref);
      try {
        const type = toType(target, depth + 1);
        expanded.set(ref, type);
        return type;
      } finally {
        expanding.delete(ref);
      }
    }
    if ('const' in schema) return { kind: 'literal', values: [literal(schema.const)] };
    if (Array.isArray(schema.enum)) {
      const values = schema.enum.map(literal);
      return { kind: 'literal', values };
    }
    const variants = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
    if (variants) return makeUnion(variants.map((v) => toType(v, depth + 1)));
    if (Array.isArray(schema.type)) return makeUnion(schema.type.map((t) => toType({ ...schema, type: t }, depth + 1)));
    switch (schema.type) {
      case 'string':
        return scalar(schema.format === 'date-time' ? 'datetime' : 'str');
      case 'integer':
        return scalar('int');
      case 'number':
        return scalar('float');
      case 'boolean':
        return scalar('bool');
      case 'null':
        return NONE;
      case 'array':
        if (Array.isArray(schema.prefixItems)) return { kind: 'tuple', items: schema.prefixItems.map((i) => toType(i, depth + 1)), variadic: false };
        return { kind: 'list', item: toType(schema.items ?? {}, depth + 1) };
      case 'object':
        if (isObject(schema.properties)) return { kind: 'object', name: typeof schema.title === 'string' ? schema.title : 'object', fields: toFields(schema, depth) };
        return { kind: 'dict', key: scalar('str'), value: isObject(schema.additionalProperties) ? toType(schema.additionalProperties, depth + 1) : ANY };
      default:
        return isObject(schema.properties) ? { kind: 'object', name: 'object', fields: toFields(schema, depth) } : ANY;
    }
  };
  const target = typeof root.$ref === 'string' ? resolveRef(root.$ref) : root;
  const top = isObject(target) ? target : root;
  return {
    name: typeof top.title === 'string' ? top.title : file.split('/').pop()!.replace(/\.json$/, ''),
    kind: 'json-schema',
    file,
    line: 1,
    fields: toFields(top, 0),
    extra: top.additionalProperties === false ? 'forbid' : 'ignore',
    warnings: [],
  };
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function literal(value: Json): LiteralValue {
  return value === null || typeof value !== 'object' ? value : JSON.stringify(value);
}
