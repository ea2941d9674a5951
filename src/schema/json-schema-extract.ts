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

/**
 * Nesting read (properties, items, variants, $refs: one level each; as deep as the Python model
 * is read, MAX_NESTING). A schema nested deeper stops the check (exit 2): read as `any`, a
 * change inside it would pass unseen.
 */
export const MAX_DEPTH = 100;

export function extractJsonSchema(file: string, text: string): MessageSchema {
  const root = parseRoot(file, text);
  const reader = new JsonSchemaReader(file, text, root);
  const target = typeof root.$ref === 'string' ? reader.resolveRef(root.$ref) : root;
  const top = isObject(target) ? target : root;
  return {
    name: typeof top.title === 'string' ? top.title : (file.split('/').pop() ?? file).replace(/\.json$/, ''),
    kind: 'json-schema',
    file,
    line: 1,
    fields: reader.fields(top, { depth: 0, path: '' }),
    extra: top.additionalProperties === false ? 'forbid' : 'ignore',
    warnings: [],
  };
}

function parseRoot(file: string, text: string): JsonObject {
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position ? text.slice(0, Number(position)).split('\n').length : undefined;
    throw new InputError(`not valid JSON: ${(error as Error).message.split('\n')[0]}`, { file, line, hint: 'A `.json` schema must be a JSON Schema document.' });
  }
  if (!isObject(root)) throw new InputError('a JSON Schema must be an object', { file, line: 1, hint: 'Expected {"type": "object", "properties": {...}}.' });
  return root;
}

/** Where the reader is: how deep, and the field path (`a.b[].c`) that led there. */
interface At {
  depth: number;
  path: string;
}

class JsonSchemaReader {
  private readonly lines: string[];
  // $refs being expanded right now: a reference back into one of them is a cycle (a recursive
  // schema) and stays a name, so `{"a": {"$ref": "#"}, "b": {"$ref": "#"}}` cannot blow up.
  private readonly expanding = new Set<string>();
  // Each definition is read once: a chain of definitions that each use the next twice stays linear.
  private readonly expanded = new Map<string, WireType>();

  constructor(
    private readonly file: string,
    text: string,
    private readonly root: JsonObject,
  ) {
    this.lines = text.split('\n');
  }

  resolveRef(ref: string): Json | undefined {
    if (ref === '#') return this.root;
    if (!ref.startsWith('#/')) return undefined;
    let node: Json | undefined = this.root;
    for (const step of ref.slice(2).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))) {
      node = isObject(node) ? node[step] : undefined;
    }
    return node;
  }

  fields(schema: JsonObject, at: At): MessageField[] {
    const properties = isObject(schema.properties) ? schema.properties : {};
    const requiredNames = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [];
    return Object.entries(properties).map(([name, property]) => {
      const hasDefault = isObject(property) && 'default' in property;
      return {
        name,
        type: this.type(property, { depth: at.depth + 1, path: at.path ? `${at.path}.${name}` : name }),
        required: requiredNames.includes(name) && !hasDefault,
        ...(hasDefault ? { default: JSON.stringify(property.default) } : {}),
        file: this.file,
        line: this.lineOfKey(name),
      };
    });
  }

  private type(schema: Json, at: At): WireType {
    // `true`, `{}`: any value, at any depth.
    if (!isObject(schema) || Object.keys(schema).length === 0) return ANY;
    if (at.depth > MAX_DEPTH) throw this.tooDeep(at);
    if (typeof schema.$ref === 'string') return this.reference(schema.$ref, at);
    if ('const' in schema) return { kind: 'literal', values: [literal(schema.const)] };
    if (Array.isArray(schema.enum)) return { kind: 'literal', values: schema.enum.map(literal) };
    const deeper = { ...at, depth: at.depth + 1 };
    const variants = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
    if (variants) return makeUnion(variants.map((v) => this.type(v, deeper)));
    if (Array.isArray(schema.type)) return makeUnion(schema.type.map((t) => this.type({ ...schema, type: t }, deeper)));
    return this.typed(schema, at);
  }

  /** A schema with one `type` (or none). */
  private typed(schema: JsonObject, at: At): WireType {
    const deeper = { ...at, depth: at.depth + 1 };
    switch (typeof schema.type === 'string' ? schema.type : '') {
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
      case 'array': {
        const items = { depth: at.depth + 1, path: `${at.path}[]` };
        if (Array.isArray(schema.prefixItems)) return { kind: 'tuple', items: schema.prefixItems.map((i) => this.type(i, items)), variadic: false };
        return { kind: 'list', item: this.type(schema.items ?? {}, items) };
      }
      case 'object':
        if (isObject(schema.properties)) return { kind: 'object', name: typeof schema.title === 'string' ? schema.title : 'object', fields: this.fields(schema, at) };
        return { kind: 'dict', key: scalar('str'), value: isObject(schema.additionalProperties) ? this.type(schema.additionalProperties, deeper) : ANY };
      default:
        return isObject(schema.properties) ? { kind: 'object', name: 'object', fields: this.fields(schema, at) } : ANY;
    }
  }

  private reference(ref: string, at: At): WireType {
    if (this.expanding.has(ref)) return scalar(ref);
    const known = this.expanded.get(ref);
    if (known) return known;
    const target = this.resolveRef(ref);
    if (target === undefined) {
      throw new InputError(`$ref ${ref} cannot be resolved (only local #/ references are read)`, {
        file: this.file,
        line: this.lineOfKey('$ref'),
        hint: 'Put the referenced schema under $defs in the same file and refer to it as #/$defs/Name.',
      });
    }
    this.expanding.add(ref);
    try {
      const type = this.type(target, { ...at, depth: at.depth + 1 });
      this.expanded.set(ref, type);
      return type;
    } finally {
      this.expanding.delete(ref);
    }
  }

  private tooDeep(at: At): InputError {
    return new InputError(`the schema is nested more than ${MAX_DEPTH} levels deep at \`${at.path || '(top)'}\`; Lockstep does not read deeper, and reading it as any type could hide a change`, {
      file: this.file,
      line: this.lineOfPath(at.path),
      hint: 'Flatten the schema (fewer nested objects, arrays, anyOf/oneOf and $ref levels around that field), or point `schema:` at a smaller message.',
    });
  }

  /** The line of a field path's last key, found key after key down the file (1 when not found). */
  private lineOfPath(fieldPath: string): number {
    let line = 0;
    for (const key of fieldPath.split('.').map((part) => part.replace(/(\[\])+$/, '')).filter(Boolean)) {
      const index = this.lines.findIndex((l, i) => i >= line && (l.includes(JSON.stringify(key) + ':') || l.includes(JSON.stringify(key) + ' :')));
      if (index < 0) break;
      line = index + 1;
    }
    return Math.max(line, 1);
  }

  private lineOfKey(key: string): number {
    const index = this.lines.findIndex((l) => l.includes(JSON.stringify(key) + ':') || l.includes(JSON.stringify(key) + ' :'));
    return index >= 0 ? index + 1 : 1;
  }
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function literal(value: Json): LiteralValue {
  return value === null || typeof value !== 'object' ? value : JSON.stringify(value);
}
