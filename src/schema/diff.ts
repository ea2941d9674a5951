/**
 * Base schema → head schema: the wire changes, field by field (nested objects by
 * dotted path), in the change kinds of the JSON contract. Order of fields, class
 * names of enums and nested models, defaults' values and methods are not changes.
 */
import { InputError } from '../errors.js';
import type { LiteralValue, MessageField, MessageSchema, WireType } from './model.js';
import { accepts, formatLiteral, formatType, isNullable, makeUnion, sameLiteral, sameShape } from './types.js';

export type ChangeKind =
  | 'field-added'
  | 'field-removed'
  | 'field-renamed'
  | 'type-changed'
  | 'became-optional'
  | 'became-required'
  | 'enum-value-added'
  | 'enum-value-removed'
  | 'literal-value-added'
  | 'literal-value-removed'
  | 'message-added'
  | 'message-removed'
  /** The class stopped (or started) being a dataclass / pydantic model: `from`/`to` are the kinds. */
  | 'message-kind-changed';

/** How a changed type relates to the old one, for the rules that allow widening or narrowing. */
export type TypeRelation = 'widened' | 'narrowed' | 'incompatible';

export interface SchemaChange {
  kind: ChangeKind;
  /** Dotted path of the field (`position`, `datasets[].run`); absent for message-level changes. */
  field?: string;
  from?: string;
  to?: string;
  relation?: TypeRelation;
  /** field-added: required at head; field-removed / field-renamed: required at base. */
  required?: boolean;
  /** The head line; the base line for removals. */
  file?: string;
  line?: number;
}

/**
 * Nested models shared by several fields are diffed once per path; a schema whose paths
 * explode (models that each use the next one twice, many levels deep) is refused.
 */
const MAX_FIELD_PATHS = 50_000;
let remainingFieldPaths = MAX_FIELD_PATHS;

export function diffSchemas(base: MessageSchema | undefined, head: MessageSchema | undefined): SchemaChange[] {
  if (!base && !head) return [];
  if (!base) return [{ kind: 'message-added', to: head!.name, file: head!.file, line: head!.line }];
  if (!head) return [{ kind: 'message-removed', from: base.name, file: base.file, line: base.line }];
  remainingFieldPaths = MAX_FIELD_PATHS;
  return [...kindChange(base, head), ...diffFields('', base.fields, head.fields)];
}

/**
 * A dataclass or pydantic model that became a plain class (its decorator or base removed) is no
 * longer read or written as a message (`cls(**message)` does not take annotations), and back.
 */
function kindChange(base: MessageSchema, head: MessageSchema): SchemaChange[] {
  if (base.kind === head.kind || (base.kind !== 'class' && head.kind !== 'class')) return [];
  return [{ kind: 'message-kind-changed', from: base.kind, to: head.kind, file: head.file, line: head.line }];
}

function spend(count: number, where: MessageField | undefined): void {
  remainingFieldPaths -= count;
  if (remainingFieldPaths < 0)
    throw new InputError(`the message has more than ${MAX_FIELD_PATHS.toLocaleString('en-US')} nested field paths; Lockstep stops rather than diff part of it`, {
      file: where?.file,
      line: where?.line,
      hint: 'Nested models that each use the next one several times multiply the paths; point `schema:` at a smaller message.',
    });
}

/** Same wire fields (names and shapes): a renamed class or moved file with these is no change. */
export function sameWireFields(a: MessageSchema, b: MessageSchema): boolean {
  return diffSchemas(a, b).length === 0;
}

function diffFields(prefix: string, base: MessageField[], head: MessageField[]): SchemaChange[] {
  spend(base.length + head.length, head[0] ?? base[0]);
  const changes: SchemaChange[] = [];
  const headByName = new Map(head.map((f) => [f.name, f]));
  const baseByName = new Map(base.map((f) => [f.name, f]));
  for (const b of base) {
    const h = headByName.get(b.name);
    if (h) changes.push(...diffField(prefix + b.name, b, h));
  }
  const removed = base.filter((f) => !headByName.has(f.name));
  const added = head.filter((f) => !baseByName.has(f.name));
  for (const [r, a] of pairRenames(base, head, removed, added)) {
    changes.push({ kind: 'field-renamed', field: prefix + a.name, from: prefix + r.name, to: prefix + a.name, required: r.required, file: a.file, line: a.line });
    removed.splice(removed.indexOf(r), 1);
    added.splice(added.indexOf(a), 1);
  }
  for (const r of removed)
    changes.push({ kind: 'field-removed', field: prefix + r.name, from: formatType(r.type), required: r.required, file: r.file, line: r.line });
  for (const a of added)
    changes.push({ kind: 'field-added', field: prefix + a.name, to: formatType(a.type), required: a.required, file: a.file, line: a.line });
  return changes;
}

/**
 * A removed and an added field of the same type at the same place are one rename.
 * "Place" is the position in the field list; a lone pair of one type also counts.
 */
function pairRenames(base: MessageField[], head: MessageField[], removed: MessageField[], added: MessageField[]): [MessageField, MessageField][] {
  const pairs: [MessageField, MessageField][] = [];
  const freeAdded = new Set(added);
  for (const r of removed) {
    const sameType = [...freeAdded].filter((a) => sameShape(a.type, r.type) && sameObjects(a.type, r.type));
    const samePlace = sameType.find((a) => head.indexOf(a) === base.indexOf(r));
    const loneOfType = sameType.length === 1 && removed.filter((o) => sameShape(o.type, r.type)).length === 1 ? sameType[0] : undefined;
    const match = samePlace ?? loneOfType;
    if (match) {
      pairs.push([r, match]);
      freeAdded.delete(match);
    }
  }
  return pairs;
}

function sameObjects(a: WireType, b: WireType): boolean {
  if (a.kind === 'object' && b.kind === 'object') return diffFields('', a.fields, b.fields).length === 0;
  return true;
}

function diffField(path: string, b: MessageField, h: MessageField): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const where = { file: h.file, line: h.line };
  if (b.required && !h.required) changes.push({ kind: 'became-optional', field: path, from: 'required', to: `default ${h.default ?? ''}`.trim(), ...where });
  if (!b.required && h.required) changes.push({ kind: 'became-required', field: path, from: `default ${b.default ?? ''}`.trim(), to: 'required', ...where });
  changes.push(...diffType(path, b.type, h.type, where));
  return changes;
}

function diffType(path: string, b: WireType, h: WireType, where: { file: string; line: number }): SchemaChange[] {
  if (b.kind === 'object' && h.kind === 'object') return diffFields(path + '.', b.fields, h.fields);
  if ((b.kind === 'list' || b.kind === 'set') && b.kind === h.kind) return diffType(path + '[]', b.item, h.item, where).map((c) => ({ ...c, field: c.field ?? path }));
  if (b.kind === 'dict' && h.kind === 'dict' && sameShape(b.key, h.key)) return diffType(path + '{}', b.value, h.value, where);
  if (b.kind === 'enum' && h.kind === 'enum' && b.base === h.base) return valueChanges({ path, kind: 'enum', where }, memberValues(b), memberValues(h));
  if (b.kind === 'literal' && h.kind === 'literal') return valueChanges({ path, kind: 'literal', where }, b.values, h.values);
  // An IntEnum travels as an int: int ↔ IntEnum is the same wire type; value sets are compared only when both sides declare one.
  if (enumOfScalar(b, h) || enumOfScalar(h, b)) return [];
  // `X | None` on both sides: compare what is inside.
  if (b.kind === 'union' && h.kind === 'union' && isNullable(b) && isNullable(h)) {
    const bInner = withoutNone(b);
    const hInner = withoutNone(h);
    if (bInner.kind !== 'union' && hInner.kind !== 'union') return diffType(path, bInner, hInner, where);
  }
  if (sameShape(b, h)) return [];
  const widened = accepts(h, b);
  const narrowed = accepts(b, h);
  if (widened && narrowed) return [];
  const relation: TypeRelation = widened ? 'widened' : narrowed ? 'narrowed' : 'incompatible';
  return [{ kind: 'type-changed', field: path, from: formatType(b), to: formatType(h), relation, ...where }];
}

function enumOfScalar(a: WireType, b: WireType): boolean {
  return a.kind === 'enum' && a.base !== 'any' && b.kind === 'scalar' && b.name === a.base;
}

function withoutNone(type: Extract<WireType, { kind: 'union' }>): WireType {
  return makeUnion(type.options.filter((o) => !(o.kind === 'scalar' && o.name === 'none')));
}

interface NamedValue {
  label: string;
  value: LiteralValue;
}

function memberValues(type: Extract<WireType, { kind: 'enum' }>): NamedValue[] {
  return type.members.map((m) => ({ label: `${m.name}=${formatLiteral(m.value)}`, value: m.value }));
}

/** The values an enum or Literal field at `path` (declared at `where`) gained and lost. */
function valueChanges(
  { path, kind, where }: { path: string; kind: 'enum' | 'literal'; where: { file: string; line: number } },
  base: NamedValue[] | LiteralValue[],
  head: NamedValue[] | LiteralValue[],
): SchemaChange[] {
  const norm = (values: NamedValue[] | LiteralValue[]): NamedValue[] =>
    values.map((v) => (v !== null && typeof v === 'object' ? v : { label: formatLiteral(v), value: v }));
  const b = norm(base);
  const h = norm(head);
  const changes: SchemaChange[] = [];
  for (const v of b)
    if (!h.some((w) => sameLiteral(w.value, v.value))) changes.push({ kind: `${kind}-value-removed`, field: path, from: v.label, ...where });
  for (const v of h)
    if (!b.some((w) => sameLiteral(w.value, v.value))) changes.push({ kind: `${kind}-value-added`, field: path, to: v.label, ...where });
  return changes;
}
