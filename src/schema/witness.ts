/**
 * A witness for a breaking change: a minimal concrete message that one side sends and the
 * other side's reader rejects, with that reader (a Python expression over `message`) and the
 * error it raises in CPython's or pydantic's own words. Built from the extracted model, never by
 * running the repository's code: the payload is the writer's required fields at their minimal
 * values, mutated by the change (a key only one side knows, a value of the new type, the added
 * enum member); the error is what the reader of the decoder kind does with it. Where the
 * reader accepts the message (a dataclass does not check types), the witness says so.
 */
import type { MessageField, MessageSchema, WireType } from './model.js';
import type { ChangeKind, SchemaChange } from './diff.js';
import type { DecoderKind, Role, Rule } from './rules.js';
import { candidates, conversionError, dictKey, minimal, nonNull, pythonRepr, validate, validateFields, type Json, type PydanticError } from './witness-values.js';
import { formatLiteral } from './types.js';

/**
 * Witnesses per message: each payload holds every required field, so a PR that breaks thousands
 * of fields would print thousands of full messages; the first ones show the break as well.
 */
export const MAX_WITNESSES = 25;

/** old-to-new: the old side sends, the new reader rejects (a consumer's break); new-to-old: the producer's. */
export type WitnessDirection = 'old-to-new' | 'new-to-old';

export interface Witness {
  direction: WitnessDirection;
  payload: Json;
  /** A Python expression over `message`, run by the reading side (`Visit(**message)`, `Visit.model_validate(message)`). */
  reader: string;
  /** `TypeError: …`, `ValidationError: …`, `ValueError: …`; "no exception: …" when the reader accepts the message. */
  error: string;
}

/** A change with the rule that judged it (message-check's JudgedChange is one). */
export type RuledChange = SchemaChange & { breaking: boolean; rule: Rule };

export interface WitnessContext {
  base?: MessageSchema;
  head?: MessageSchema;
  decoder: DecoderKind;
  role: Role;
}

type Step = { kind: 'field'; name: string } | { kind: 'item' } | { kind: 'value' };
/** A path in the writer's message and what to put at its end. */
interface Focus {
  steps: Step[];
  leaf: { mode: 'minimal' } | { mode: 'omit' } | { mode: 'value'; value: Json };
}

/** Who sends (the writer's schema) and who reads; a side is absent where the message is. */
interface Sides<S = MessageSchema | undefined> {
  direction: WitnessDirection;
  writer: S;
  reader: S;
}

type Builder = (change: RuledChange, sides: Sides, decoder: DecoderKind) => Witness | undefined;
type FieldBuilder = (change: RuledChange, sides: Sides<MessageSchema>, decoder: DecoderKind) => Witness | undefined;

/** A field-level change: both sides have the message. */
const fieldLevel =
  (builder: FieldBuilder): Builder =>
  (change, sides, decoder) =>
    sides.writer && sides.reader ? builder(change, sides as Sides<MessageSchema>, decoder) : undefined;

const fieldFocus = (mode: 'minimal' | 'omit'): Builder =>
  fieldLevel((change, sides, decoder) => read(sides, decoder, [{ steps: stepsOf(change.field ?? '', sides), leaf: { mode } }], change));

/**
 * One builder per change kind (a breaking rule maps to the builder of its kind; the unit test
 * walks the rule table and runs every breaking rule's witness on CPython).
 */
export const WITNESS_BUILDERS: Record<ChangeKind, Builder | undefined> = {
  'field-added': fieldFocus('minimal'),
  'field-removed': fieldFocus('minimal'),
  'field-renamed': fieldLevel((change, sides, decoder) =>
    read(sides, decoder, [minimalAt(change.from, sides), minimalAt(change.to, sides)], change),
  ),
  'became-required': fieldFocus('omit'),
  'became-optional': fieldFocus('omit'),
  'type-changed': fieldLevel(typeChanged),
  'enum-value-added': fieldLevel(valueChange),
  'enum-value-removed': fieldLevel(valueChange),
  'literal-value-added': fieldLevel(valueChange),
  'literal-value-removed': fieldLevel(valueChange),
  'message-removed': messageRemoved,
  'message-kind-changed': messageKindChanged,
  'message-added': undefined,
};

/** The witness of a breaking change: the judged direction first; the other one when the rule holds both ways and the first is accepted. */
export function buildWitness(change: RuledChange, context: WitnessContext): Witness | undefined {
  const builder = WITNESS_BUILDERS[change.kind];
  if (!change.breaking || !builder) return undefined;
  const preferred: WitnessDirection =
    (change.rule.direction === 'any' ? context.role : change.rule.direction) === 'producer' ? 'new-to-old' : 'old-to-new';
  const order: WitnessDirection[] = change.rule.direction === 'any' ? [preferred, other(preferred)] : [preferred];
  const witnesses = order.map((direction) => builder(change, sidesFor(direction, context), context.decoder));
  return witnesses.find((w) => w && !w.error.startsWith('no exception')) ?? witnesses.find((w) => w);
}

const other = (d: WitnessDirection): WitnessDirection => (d === 'old-to-new' ? 'new-to-old' : 'old-to-new');

function sidesFor(direction: WitnessDirection, { base, head }: WitnessContext): Sides {
  return direction === 'old-to-new' ? { direction, writer: base, reader: head } : { direction, writer: head, reader: base };
}

/** The steps of a changed field's path; a top-level field whose own name has `.` or `[]` in it (JSON Schema allows it) is that field. */
function stepsOf(path: string, sides: Sides<MessageSchema>): Step[] {
  const own = [sides.writer, sides.reader].some((side) => side.fields.some((field) => field.name === path));
  return own ? [{ kind: 'field', name: path }] : parsePath(path);
}

/** `datasets[].run` → field datasets, item, field run; `{}` is a dict's value. */
export function parsePath(path: string): Step[] {
  const steps: Step[] = [];
  for (const part of path.split('.')) {
    const match = /^(.*?)((?:\[\]|\{\})*)$/s.exec(part);
    if (match?.[1]) steps.push({ kind: 'field', name: match[1] });
    for (const suffix of match?.[2]?.match(/\[\]|\{\}/g) ?? []) steps.push(suffix === '[]' ? { kind: 'item' } : { kind: 'value' });
  }
  return steps;
}

/** The type at a path of a schema (Optional unwrapped on the way), or undefined where the path leaves it. */
function typeAt(fields: MessageField[], steps: Step[]): WireType | undefined {
  let type: WireType = { kind: 'object', name: '', fields };
  for (const step of steps) {
    const t = nonNull(type);
    if (step.kind === 'field' && t.kind === 'object') {
      const field = t.fields.find((f) => f.name === step.name);
      if (!field) return undefined;
      type = field.type;
    } else if (step.kind === 'item' && (t.kind === 'list' || t.kind === 'set')) type = t.item;
    else if (step.kind === 'value' && t.kind === 'dict') type = t.value;
    else return undefined;
  }
  return type;
}

/** The writer's message: required fields at minimal values, every focused path present down to its leaf. */
function buildValue(type: WireType, focuses: Focus[], depth = 0): Json {
  const live = focuses.filter((f) => f.steps.length > 0);
  const ended = focuses.find((f) => f.steps.length === 0);
  if (ended?.leaf.mode === 'value') return ended.leaf.value;
  if (!live.length || depth > 50) return minimal(type);
  const t = nonNull(type);
  const rest = live.map((f) => ({ ...f, steps: f.steps.slice(1) }));
  if (t.kind === 'list' || t.kind === 'set') return [buildValue(t.item, rest, depth + 1)];
  if (t.kind === 'dict') return { [dictKey(t.key)]: buildValue(t.value, rest, depth + 1) };
  if (t.kind === 'object') return buildObject(t.fields, live, depth + 1);
  return minimal(type);
}

/**
 * `known`: the reader's top-level keys. A key only the writer has that is not this change's is
 * another change's: left out, so each witness shows its own break (not the first one CPython meets).
 */
function buildObject(fields: MessageField[], focuses: Focus[], depth = 0, known?: Set<string>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const field of fields) {
    const mine = focuses.filter((f) => f.steps[0]?.kind === 'field' && f.steps[0].name === field.name).map((f) => ({ ...f, steps: f.steps.slice(1) }));
    if (mine.some((f) => f.steps.length === 0 && f.leaf.mode === 'omit')) continue;
    if (known && !known.has(field.name) && !mine.length) continue;
    if (field.required || mine.length) out[field.name] = buildValue(field.type, mine, depth);
  }
  return out;
}

/**
 * A decoder function may parse a key it reads with str methods (`d["position"].split(",")` then
 * `float(...)`): "0" survives the usual parses where "" does not.
 */
function textReadsAsDigits(writer: MessageSchema, payload: { [key: string]: Json }): { [key: string]: Json } {
  if (writer.kind !== 'function') return payload;
  const text = new Set(writer.fields.filter((f) => f.type.kind === 'scalar' && f.type.name === 'str').map((f) => f.name));
  return Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, text.has(k) && v === '' ? '0' : v]));
}

/** The minimal value at a field path. */
function minimalAt(path: string | undefined, sides: Sides<MessageSchema>): Focus {
  return { steps: stepsOf(path ?? '', sides), leaf: { mode: 'minimal' } };
}

/** The payload through the reader of the decoder kind. */
function read(sides: Sides<MessageSchema>, decoder: DecoderKind, focuses: [Focus, ...Focus[]], change: RuledChange): Witness {
  const known = new Set(sides.reader.fields.map((f) => f.name));
  const payload = textReadsAsDigits(sides.writer, buildObject(sides.writer.fields, focuses, 0, known));
  const { reader } = sides;
  if (decoder === 'function') return { direction: sides.direction, payload, ...functionRead(reader, payload, change) };
  // `cls(**message)` on a pydantic model validates as the model says (its own extra policy).
  if (decoder === 'strict' && reader.kind !== 'pydantic') return { direction: sides.direction, payload, ...strictRead(reader, payload, focuses[0].steps, change) };
  const forbidExtra = decoder === 'strict' ? reader.extra === 'forbid' : decoder === 'pydantic-forbid';
  const errors = validateFields(reader.fields, payload, [], { forbidExtra, depth: 0 });
  return { direction: sides.direction, payload, reader: readerCall(reader.name, decoder), error: pydanticError(reader.name, errors, change) };
}

export function pydanticError(title: string, errors: PydanticError[], change: Pick<RuledChange, 'field'>): string {
  if (!errors.length) return `no exception: the reader accepts this message; the break shows in the values it reads${change.field ? ` (${quote(change.field)})` : ''}`;
  const listed = errors.map((e) => `${e.loc}: ${e.msg} [type=${e.type}]`).join('; ');
  return `ValidationError: ${errors.length} validation error${errors.length === 1 ? '' : 's'} for ${title}: ${listed}`;
}

const quote = (text: string) => `'${text}'`;

/** `message["datasets"][0]`: the Python expression of a path into the payload. */
function pythonPath(payload: Json, steps: Step[]): { expr: string; value: Json | undefined } {
  let expr = 'message';
  let value: Json | undefined = payload;
  for (const step of steps) {
    if (value === null || typeof value !== 'object') return { expr, value: undefined };
    // An empty object has no first key: the path then reads `[undefined]`, as JavaScript indexes it.
    const key: string | number | undefined = step.kind === 'field' ? step.name : step.kind === 'item' ? 0 : Object.keys(value)[0];
    expr += `[${typeof key === 'number' ? key : JSON.stringify(key)}]`;
    value = (value as Record<string, Json>)[String(key)];
  }
  return { expr, value };
}

/**
 * `cls(**message)`: a dataclass's `__init__` (CPython 3.10+ words) at the model that holds the
 * changed field; it checks keys, not types. An enum member is checked where the code calls `Enum(value)`.
 */
function strictRead(reader: MessageSchema, payload: Json, steps: Step[], change: RuledChange): { reader: string; error: string } {
  const lastField = steps.map((s) => s.kind).lastIndexOf('field');
  const containerSteps = steps.slice(0, Math.max(lastField, 0));
  const container = containerSteps.length ? nonNull(typeAt(reader.fields, containerSteps) ?? { kind: 'scalar', name: 'any' }) : undefined;
  const name = container?.kind === 'object' ? (container.qualname ?? container.name) : reader.name;
  const fields = container?.kind === 'object' ? container.fields : reader.fields;
  const at = pythonPath(payload, containerSteps);
  const call = `${name}(**${at.expr})`;
  const keyError = initError(name, fields, at.value);
  if (keyError) return { reader: call, error: keyError };
  const leafType = typeAt(reader.fields, steps);
  const leaf = pythonPath(payload, steps);
  const enumType = leafType && nonNull(leafType);
  if (enumType?.kind === 'enum' && leaf.value !== undefined && !enumType.members.some((m) => m.value === leaf.value))
    return { reader: `${enumType.qualname ?? enumType.name}(${leaf.expr})`, error: `ValueError: ${pythonRepr(leaf.value)} is not a valid ${enumType.qualname ?? enumType.name}` };
  const sent = leaf.value === undefined ? 'as sent' : `as ${JSON.stringify(leaf.value)}`;
  const declared = leafType ? ` where the reader declares ${describe(leafType)}` : '';
  return { reader: call, error: `no exception: ${call} checks keys, not types or values: ${quote(change.field ?? '')} arrives ${sent}${declared}; the code that uses it gets what it does not expect` };
}

function describe(type: WireType): string {
  if (type.kind === 'literal') return `Literal[${type.values.map(pythonRepr).join(', ')}]`;
  if (type.kind === 'enum') return type.name;
  if (type.kind === 'object') return type.name;
  if (type.kind === 'union') return type.options.map(describe).join(' | ');
  if (type.kind === 'list' || type.kind === 'set') return `${type.kind}[${describe(type.item)}]`;
  return type.kind === 'scalar' ? (type.name === 'none' ? 'None' : type.name) : type.kind;
}

/** CPython's TypeError for keyword arguments: the first unknown key, else the missing required fields. */
export function initError(className: string, fields: MessageField[], value: Json | undefined): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const unexpected = Object.keys(value).find((k) => !fields.some((f) => f.name === k));
  if (unexpected !== undefined) return `TypeError: ${className}.__init__() got an unexpected keyword argument ${quote(unexpected)}`;
  // Positional arguments are checked before keyword-only ones.
  const absent = fields.filter((f) => f.required && !Object.hasOwn(value, f.name));
  const positional = absent.filter((f) => !f.keywordOnly);
  const missing = (positional.length ? positional : absent).map((f) => quote(f.name));
  if (!missing.length) return undefined;
  const names = missing.length === 1 ? missing[0] : missing.length === 2 ? missing.join(' and ') : `${missing.slice(0, -1).join(', ')}, and ${missing[missing.length - 1]}`;
  const what = positional.length ? 'positional' : 'keyword-only';
  return `TypeError: ${className}.__init__() missing ${missing.length} required ${what} argument${missing.length === 1 ? '' : 's'}: ${names}`;
}

/** A value of the writer's type the reader's type rejects (pydantic's lax rules; a dataclass takes it as sent). */
function typeChanged(change: RuledChange, sides: Sides<MessageSchema>, decoder: DecoderKind): Witness | undefined {
  const steps = stepsOf(change.field ?? '', sides);
  const writerType = typeAt(sides.writer.fields, steps);
  const readerType = typeAt(sides.reader.fields, steps);
  if (!writerType || !readerType) return undefined;
  const context = { forbidExtra: false, depth: 0 };
  const rejects = (v: Json) => (decoder === 'function' ? valueError(readerType, v) !== undefined : validate(readerType, v, [], context).length > 0);
  const value = candidates(writerType).find(rejects) ?? minimal(writerType);
  return read(sides, decoder, [{ steps, leaf: { mode: 'value', value } }], change);
}

/** The added (or removed) enum member or Literal value itself, sent by the side that has it. */
function valueChange(change: RuledChange, sides: Sides<MessageSchema>, decoder: DecoderKind): Witness | undefined {
  const steps = stepsOf(change.field ?? '', sides);
  const writerType = typeAt(sides.writer.fields, steps);
  const label = change.to ?? change.from;
  const t = writerType && nonNull(writerType);
  const value =
    t?.kind === 'enum'
      ? t.members.find((m) => label === `${m.name}=${formatLiteral(m.value)}`)?.value
      : t?.kind === 'literal'
        ? t.values.find((v) => formatLiteral(v) === label)
        : undefined;
  if (value === undefined) return undefined;
  return read(sides, decoder, [{ steps, leaf: { mode: 'value', value } }], change);
}

function readerCall(name: string, decoder: DecoderKind): string {
  if (decoder === 'function') return `${name}(message)`;
  return decoder === 'strict' ? `${name}(**message)` : `${name}.model_validate(message)`;
}

/** How a decoder function takes a key's value: `int(…)`, `float(…)`, `cls.Dome(int(…))`, or as it comes. */
function conversionOf(type: WireType): 'int' | 'float' | 'enum' | undefined {
  if (type.kind === 'enum') return 'enum';
  if (type.kind !== 'union') return undefined;
  const has = (name: string) => type.options.some((o) => o.kind === 'scalar' && o.name === name);
  return has('int-text') ? 'int' : has('float-text') ? 'float' : undefined;
}

/** What a decoder function raises on one key's value (the enum after its int()); undefined when it takes it. */
function valueError(type: WireType, value: Json): string | undefined {
  const conversion = conversionOf(type);
  if (!conversion) return undefined;
  if (conversion !== 'enum') return conversionError(conversion, value);
  const converted = conversionError('int', value);
  if (converted || type.kind !== 'enum') return converted;
  const number = typeof value === 'string' ? Number.parseInt(value.replace(/_/g, ''), 10) : Math.trunc(Number(value));
  const name = type.qualname ?? type.name;
  return type.members.some((m) => m.value === number) ? undefined : `ValueError: ${number} is not a valid ${name}`;
}

/**
 * A decoder function (`FannedOutVisit.from_dict(message)`), key by key in the order it reads them:
 * `d["key"]` raises KeyError on a missing key, the conversion on a value it does not take.
 */
function functionRead(reader: MessageSchema, payload: { [key: string]: Json }, change: RuledChange): { reader: string; error: string } {
  const call = readerCall(reader.name, 'function');
  for (const field of reader.fields) {
    const error = Object.hasOwn(payload, field.name) ? valueError(field.type, payload[field.name]!) : field.required ? `KeyError: ${pythonRepr(field.name)}` : undefined;
    if (error) return { reader: call, error };
  }
  return { reader: call, error: `no exception: ${call} takes the message; the break shows in the values it reads${change.field ? ` (${quote(change.field)})` : ''}` };
}

/** The class is gone at head: an old message reaches code that no longer has it. */
function messageRemoved(_change: RuledChange, sides: Sides, decoder: DecoderKind): Witness | undefined {
  const gone = sides.writer;
  if (sides.direction !== 'old-to-new' || !gone || sides.reader) return undefined;
  return { direction: 'old-to-new', payload: minimalFields(gone.fields), reader: readerCall(gone.name, decoder), error: `NameError: name ${quote(gone.name)} is not defined` };
}

/** A dataclass or model that became a plain class: the plain side takes no keyword arguments and has no model_validate. */
function messageKindChanged(_change: RuledChange, sides: Sides, decoder: DecoderKind): Witness | undefined {
  if (!sides.reader || !sides.writer || sides.reader.kind !== 'class' || sides.writer.kind === 'class') return undefined;
  const payload = minimalFields(sides.writer.fields, true);
  const name = sides.reader.name;
  if (decoder !== 'strict')
    return { direction: sides.direction, payload, reader: readerCall(name, decoder), error: `AttributeError: type object ${quote(name)} has no attribute 'model_validate'` };
  const error = Object.keys(payload).length ? `TypeError: ${name}() takes no arguments` : `no exception: ${name}() takes an empty message, but the class no longer defines its fields`;
  return { direction: sides.direction, payload, reader: readerCall(name, decoder), error };
}

/** Required fields at minimal values; every field (what `asdict` sends) when `all`. */
function minimalFields(fields: MessageField[], all = false): { [key: string]: Json } {
  return Object.fromEntries(fields.filter((f) => all || f.required).map((f) => [f.name, minimal(f.type)]));
}
