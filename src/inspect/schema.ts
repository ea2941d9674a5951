/**
 * `lockstep inspect schema PATH#Class`: how schema-diff reads a message at one revision —
 * its fields in wire order, types as normalised, required or defaulted, the class that
 * declares each, and what the decoder makes of it (the rule a removal or an addition would
 * meet). Built by extractAt, decoderKind and judge: the functions the check runs.
 */
import type { GitRepository } from '../git/repository.js';
import { InputError } from '../errors.js';
import { code, inline, type Block, type Inline } from '../report/model.js';
import type { SchemaChange } from '../schema/diff.js';
import { decoderKind, type MessageSpec } from '../schema/message-check.js';
import type { LiteralValue, MessageField, MessageSchema, SchemaWarning, WireType } from '../schema/model.js';
import { judge, type DecoderKind } from '../schema/rules.js';
import { extractAt, fileExists, revisionFiles, type SchemaRef } from '../schema/sources.js';
import { extractDecoderSchema, parseFunctionRef } from '../schema/function-decoder.js';
import { formatLiteral, formatType } from '../schema/types.js';
import { location, type Listing } from './listing.js';

/** Where the role and decoder came from. */
export type SpecSource = 'configuration' | 'options' | 'default';

export interface InspectSchemaInput {
  repository: GitRepository;
  /** As the user wrote it (for messages), and the commit it resolved to. */
  rev: string;
  commit: string;
  ref: SchemaRef;
  spec: MessageSpec;
  specSource: SpecSource;
}

interface RuleView {
  breaking: boolean;
  rule: string;
  why: string;
}

interface FieldView {
  name: string;
  type: string;
  required: boolean;
  default: string | null;
  file: string;
  line: number;
  /** The class that declares it; null for JSON Schema. */
  declaredIn: string | null;
  inherited: boolean;
  /** What the check would say if this field were removed; null for a class read through a decoder function (the check compares the function's reads). */
  ifRemoved: RuleView | null;
}

export interface InspectSchemaData {
  schema: string;
  rev: string;
  commit: string;
  name: string;
  kind: MessageSchema['kind'];
  file: string;
  line: number;
  extra: MessageSchema['extra'];
  message: { name: string; role: string; decoder: string; source: SpecSource };
  decoder: { kind: DecoderKind; reads: string; ifFieldAdded: { required: RuleView; optional: RuleView } };
  fields: FieldView[];
  /** With a decoder function: the keys it reads, typed by what it accepts — what the check compares. */
  reader: { function: string; fields: FieldView[]; warnings: WarningView[] } | null;
  nested: { name: string; fields: FieldView[] }[];
  /** Enums the fields use: their values are what travels. */
  enums: { name: string; base: string; members: { name: string; value: LiteralValue }[] }[];
  warnings: WarningView[];
}

/** How each decoder reads a message, in one line. */
const DECODER_READS: Record<DecoderKind, string> = {
  strict: '`cls(**message)`: every key must be a field and every field without a default must be sent',
  'pydantic-ignore': "pydantic validation: fields without a default must be sent, values must fit the types, unknown keys are dropped (extra='ignore')",
  'pydantic-forbid': "pydantic validation: fields without a default must be sent, values must fit the types, unknown keys are rejected (extra='forbid')",
  function: 'the decoder function: keys it reads as `d[key]` must be sent, `.get` keys may be missing, other keys are ignored; its conversions decide the types it accepts',
};

export async function inspectSchema(input: InspectSchemaInput): Promise<Listing<InspectSchemaData>> {
  const { repository, commit, ref, spec } = input;
  if (!(await fileExists(repository, commit, ref.path)))
    throw new InputError(`${ref.path} does not exist at ${input.rev}`, { file: ref.path, hint: 'Check the path (relative to the repository root) and --rev.' });
  const schema = await extractAt(repository, commit, ref);
  const fn = typeof spec.decoder === 'object' ? spec.decoder.function : undefined;
  // What the check compares: the class, or what its decoder function reads of it.
  const reader = fn ? await extractDecoderSchema(revisionFiles(repository, commit), parseFunctionRef(fn), schema) : undefined;
  const decoder = decoderKind(spec, reader ?? schema, reader ?? schema);
  const view = (change: SchemaChange): RuleView => {
    const { rule, breaking } = judge(change, decoder, spec.role);
    return { breaking, rule: rule.id, why: rule.why };
  };
  const fieldView = fieldViews(view);
  const reached = reachedTypes(schema.fields);
  const data: InspectSchemaData = {
    schema: ref.className ? `${ref.path}#${ref.className}` : ref.path,
    rev: input.rev,
    commit,
    name: schema.name,
    kind: schema.kind,
    file: schema.file,
    line: schema.line,
    extra: schema.extra,
    message: { name: spec.name, role: spec.role, decoder: fn ? `function:${fn}` : (spec.decoder as string), source: input.specSource },
    decoder: {
      kind: decoder,
      reads: DECODER_READS[decoder],
      ifFieldAdded: { required: view({ kind: 'field-added', field: '…', required: true }), optional: view({ kind: 'field-added', field: '…', required: false }) },
    },
    fields: schema.fields.map((field) => fieldView(field, schema.name, !reader)),
    reader: reader && fn ? { function: fn, fields: reader.fields.map((field) => fieldView(field, schema.name, true)), warnings: reader.warnings.map(warningView) } : null,
    nested: reached.models.map((model) => ({ name: model.name, fields: model.fields.map((field) => fieldView(field, model.name, !reader)) })),
    enums: reached.enums.map((type) => ({ name: type.name, base: type.base, members: type.members })),
    warnings: schema.warnings.map(warningView),
  };
  const warnings = [...schema.warnings, ...(reader && fn ? reader.warnings : [])];
  return { kind: 'listing', title: `lockstep inspect schema: ${data.schema} at ${input.rev} (${commit.slice(0, 12)})`, blocks: [...schemaBlocks(data), ...warningBlocks(warnings)], data };
}

/** A warning as the JSON shows it: the plain message, where. */
interface WarningView {
  message: string;
  file: string;
  line: number;
}

function warningView({ message, file, line }: SchemaWarning): WarningView {
  return { message, file, line };
}

function warningBlocks(warnings: readonly SchemaWarning[]): Block[] {
  if (!warnings.length) return [];
  return [{ kind: 'heading', text: inline`Warnings` }, { kind: 'list', items: warnings.map((w) => inline`${location(w.file, w.line)}: ${w.spans}`) }];
}

/** A field as listed, with the rule its removal would meet when it is what the check compares. */
function fieldViews(view: (change: SchemaChange) => RuleView) {
  return (field: MessageField, model: string, compared: boolean): FieldView => ({
    name: field.name,
    type: formatType(field.type),
    required: field.required,
    default: field.default ?? null,
    file: field.file,
    line: field.line,
    declaredIn: field.owner ?? null,
    inherited: field.owner !== undefined && field.owner !== model,
    ifRemoved: compared ? view({ kind: 'field-removed', field: field.name, from: formatType(field.type), required: field.required }) : null,
  });
}

type ObjectType = Extract<WireType, { kind: 'object' }>;
type EnumType = Extract<WireType, { kind: 'enum' }>;

/** Every nested model and enum a message's types reach, once each by name (a shared or recursive model is listed once). */
function reachedTypes(fields: MessageField[]): { models: ObjectType[]; enums: EnumType[] } {
  const models = new Map<string, ObjectType>();
  const enums = new Map<string, EnumType>();
  const visit = (type: WireType): void => {
    if (type.kind === 'enum' && !enums.has(type.name)) enums.set(type.name, type);
    if (type.kind === 'object') {
      if (models.has(type.name)) return;
      models.set(type.name, type);
      for (const field of type.fields) visit(field.type);
    } else if (type.kind === 'list' || type.kind === 'set') visit(type.item);
    else if (type.kind === 'dict') [type.key, type.value].forEach(visit);
    else if (type.kind === 'tuple') type.items.forEach(visit);
    else if (type.kind === 'union') type.options.forEach(visit);
  };
  for (const field of fields) visit(field.type);
  return { models: [...models.values()], enums: [...enums.values()] };
}

function schemaBlocks(data: InspectSchemaData): Block[] {
  const { message, decoder } = data;
  const verdict = (rule: RuleView) => inline`${rule.breaking ? 'breaking' : 'compatible'} (${code(rule.rule)})`;
  const specFrom = { configuration: inline`configured as ${code(message.name)}`, options: 'from --role/--decoder', default: 'not in the configuration: the defaults of --schema' }[message.source];
  const blocks: Block[] = [
    { kind: 'paragraph', text: inline`${code(`${data.name}`)}: ${data.kind} at ${location(data.file, data.line)}, ${data.fields.length} field${data.fields.length === 1 ? '' : 's'}, extra keys: ${data.extra}.` },
    { kind: 'heading', text: inline`Decoder` },
    {
      kind: 'list',
      items: [
        inline`${message.role}, ${message.decoder} → ${code(decoder.kind)} (${specFrom})`,
        inline`reads messages with ${decoder.reads}`,
        inline`a new required field would be ${verdict(decoder.ifFieldAdded.required)}; a new optional one ${verdict(decoder.ifFieldAdded.optional)}`,
        ...removals(data.reader?.fields ?? data.fields, verdict),
      ],
    },
    ...(data.reader
      ? [{ kind: 'heading', text: inline`What ${data.reader.function} reads (what the check compares)` } as const, fieldTable(data.reader.fields)]
      : []),
    { kind: 'heading', text: inline`${data.reader ? 'Class fields (wire order; the decoder function decides what is read)' : 'Fields (wire order)'}` },
    fieldTable(data.fields),
  ];
  for (const model of data.nested) blocks.push({ kind: 'heading', text: inline`Nested model ${model.name}` }, fieldTable(model.fields));
  if (data.enums.length)
    blocks.push({ kind: 'heading', text: inline`Enums (their values travel)` }, { kind: 'list', items: data.enums.map((e) => inline`${e.name} (${e.base}): ${e.members.map((m) => `${m.name}=${formatLiteral(m.value)}`).join(', ')}`) });
  return blocks;
}

/** What removing a field would meet, once per rule (the table then says breaking or compatible). */
function removals(fields: FieldView[], verdict: (rule: RuleView) => Inline): Inline[] {
  const byRule = new Map<string, { rule: RuleView; required: Set<boolean> }>();
  for (const f of fields) {
    if (!f.ifRemoved) continue;
    const seen = byRule.get(f.ifRemoved.rule) ?? { rule: f.ifRemoved, required: new Set<boolean>() };
    seen.required.add(f.required);
    byRule.set(f.ifRemoved.rule, seen);
  }
  return [...byRule.values()].map(({ rule, required }) => {
    const which = required.size > 1 ? 'a' : required.has(true) ? 'a required' : 'an optional';
    return inline`removing ${which} field would be ${verdict(rule)}`;
  });
}

function fieldTable(fields: FieldView[]): Block {
  if (!fields.length) return { kind: 'paragraph', text: inline`No fields.` };
  return {
    kind: 'table',
    headers: ['field', 'type', 'required', 'declared at', 'if removed'],
    rows: fields.map((f) => [
      [code(f.name)],
      [code(f.type)],
      f.required ? inline`required` : f.default === null ? inline`optional` : inline`optional (default ${code(f.default)})`,
      inline`${location(f.file, f.line)}${f.inherited ? ` (inherited from ${f.declaredIn})` : ''}`,
      inline`${f.ifRemoved === null ? '(the reader decides)' : f.ifRemoved.breaking ? 'breaking' : 'compatible'}`,
    ]),
  };
}
