/**
 * The compatibility rules, one table: (decoder × role × change kind [× condition])
 * → verdict, bump, severity and the one-line reason shown to the reader, each row with
 * an id. A consumer breaks when its new schema cannot read the old producer's messages;
 * a producer breaks when old consumers cannot read its new messages. The table of
 * docs/actions/schema-diff.md is generated from this one (`npm run docs`).
 */
import type { Severity } from '../report/model.js';
import type { ChangeKind, SchemaChange } from './diff.js';

export type Role = 'producer' | 'consumer' | 'both';
export type Direction = 'consumer' | 'producer';
/** strict, pydantic with the reader's `extra` policy, or a decoder function read from the code (consumer only). */
export type DecoderKind = 'strict' | 'pydantic-ignore' | 'pydantic-forbid' | 'function';
export type Bump = 'none' | 'patch' | 'minor' | 'major';

/** An extra condition on the change, with the words the rule table shows for it. */
export interface Condition {
  text: string;
  test(change: SchemaChange): boolean;
}

export interface Rule {
  id: string;
  decoder: DecoderKind | 'any';
  direction: Direction | 'any';
  kind: ChangeKind;
  /** Extra condition on the change (required-ness, type relation). */
  when?: Condition;
  /** The verdict: does the other side fail to read what this side sends or expects? */
  breaking: boolean;
  /** The release this change needs on its own: major when breaking, patch when the wire is unchanged. */
  bump: Bump;
  /** How loud the finding is while the release does not declare that bump (it is a warning once it does, or when approved). */
  severity: Severity;
  why: string;
}

const required: Condition = { text: 'required', test: (c) => c.required === true };
const optional: Condition = { text: 'optional', test: (c) => c.required !== true };
const widened: Condition = { text: 'widened (`int` → `float`, `T` → `T | None`)', test: (c) => c.relation === 'widened' };
const narrowed: Condition = { text: 'narrowed (`float` → `int`, `T | None` → `T`)', test: (c) => c.relation === 'narrowed' };
const pydantic = ['pydantic-ignore', 'pydantic-forbid'] as const;

/** The verdict columns, three ways: a breaking change, a compatible one, one that leaves every message as it was. */
const breaking = { breaking: true, bump: 'major', severity: 'error' } as const;
const compatible = { breaking: false, bump: 'minor', severity: 'notice' } as const;
const sameWire = { breaking: false, bump: 'patch', severity: 'notice' } as const;

/** First match wins; every (decoder, direction, kind) has a row. */
export const RULES: readonly Rule[] = [
  // Message level: any decoder.
  { id: 'message-added', decoder: 'any', direction: 'any', kind: 'message-added', ...compatible, why: 'nobody reads or sends it yet' },
  { id: 'message-removed', decoder: 'any', direction: 'any', kind: 'message-removed', ...breaking, why: 'the other side still sends or expects it' },
  { id: 'message-kind-changed', decoder: 'any', direction: 'any', kind: 'message-kind-changed', ...breaking, why: 'a plain class is not a message: without @dataclass or a pydantic base, `cls(**message)` and `asdict` no longer take its fields' },

  // strict: keys map one to one (cls(**message)).
  { id: 'strict-field-added', decoder: 'strict', direction: 'any', kind: 'field-added', ...breaking, why: 'a strict reader maps keys one to one: a key only one side knows fails `cls(**message)`' },
  { id: 'strict-field-removed', decoder: 'strict', direction: 'any', kind: 'field-removed', ...breaking, why: 'a strict reader maps keys one to one: a key only one side knows fails `cls(**message)`' },
  { id: 'strict-field-renamed', decoder: 'strict', direction: 'any', kind: 'field-renamed', ...breaking, why: 'a rename is a removal plus an addition: each side sends a key the other does not know' },
  { id: 'strict-type-changed', decoder: 'strict', direction: 'any', kind: 'type-changed', ...breaking, why: 'a strict reader takes the value as sent: a different wire type reaches code that expects the old one' },
  { id: 'strict-consumer-became-optional', decoder: 'strict', direction: 'consumer', kind: 'became-optional', ...compatible, why: 'the new reader has a default; old messages carry the field anyway' },
  { id: 'strict-producer-became-optional', decoder: 'strict', direction: 'producer', kind: 'became-optional', ...sameWire, why: 'a dataclass still sends every field, defaulted or not' },
  { id: 'strict-consumer-became-required', decoder: 'strict', direction: 'consumer', kind: 'became-required', ...breaking, why: 'old messages may leave out a field that had a default; the new reader needs it' },
  { id: 'strict-producer-became-required', decoder: 'strict', direction: 'producer', kind: 'became-required', ...sameWire, why: 'the field is sent in every message, as before' },

  // pydantic, consumer side: can the new model validate old messages?
  ...pydantic.flatMap((decoder): Rule[] => [
    { id: `${decoder}-consumer-field-added-required`, decoder, direction: 'consumer', kind: 'field-added', when: required, ...breaking, why: 'old messages lack the new field and it has no default: validation fails' },
    { id: `${decoder}-consumer-field-added-optional`, decoder, direction: 'consumer', kind: 'field-added', when: optional, ...compatible, why: 'old messages lack the new field; its default fills it in' },
    { id: `${decoder}-field-renamed`, decoder, direction: 'any', kind: 'field-renamed', ...breaking, why: 'a rename is a removal plus an addition: the other side knows only the old key' },
    { id: `${decoder}-consumer-type-widened`, decoder, direction: 'consumer', kind: 'type-changed', when: widened, ...compatible, why: 'the new type accepts every value of the old one' },
    { id: `${decoder}-consumer-type-changed`, decoder, direction: 'consumer', kind: 'type-changed', ...breaking, why: 'old messages may carry values the new type rejects' },
    { id: `${decoder}-consumer-became-optional`, decoder, direction: 'consumer', kind: 'became-optional', ...compatible, why: 'the new model has a default for it' },
    { id: `${decoder}-consumer-became-required`, decoder, direction: 'consumer', kind: 'became-required', ...breaking, why: 'old messages may leave out a field that had a default; the new model requires it' },
  ]),
  { id: 'pydantic-ignore-consumer-field-removed', decoder: 'pydantic-ignore', direction: 'consumer', kind: 'field-removed', ...compatible, why: "old messages still carry the key; extra='ignore' drops it" },
  { id: 'pydantic-forbid-consumer-field-removed', decoder: 'pydantic-forbid', direction: 'consumer', kind: 'field-removed', ...breaking, why: "old messages still carry the key; extra='forbid' rejects them" },

  // pydantic, producer side: can the old model validate new messages?
  { id: 'pydantic-ignore-producer-field-added', decoder: 'pydantic-ignore', direction: 'producer', kind: 'field-added', ...compatible, why: "old readers ignore the unknown key (extra='ignore')" },
  { id: 'pydantic-forbid-producer-field-added', decoder: 'pydantic-forbid', direction: 'producer', kind: 'field-added', ...breaking, why: "old readers reject the unknown key (extra='forbid')" },
  ...pydantic.flatMap((decoder): Rule[] => [
    { id: `${decoder}-producer-field-removed-required`, decoder, direction: 'producer', kind: 'field-removed', when: required, ...breaking, why: 'old readers require the field and it is no longer sent' },
    { id: `${decoder}-producer-field-removed-optional`, decoder, direction: 'producer', kind: 'field-removed', when: optional, ...compatible, why: 'old readers fall back to their default' },
    { id: `${decoder}-producer-type-narrowed`, decoder, direction: 'producer', kind: 'type-changed', when: narrowed, ...compatible, why: 'old readers accept every value the new type can hold' },
    { id: `${decoder}-producer-type-changed`, decoder, direction: 'producer', kind: 'type-changed', ...breaking, why: 'new messages may carry values the old type rejects' },
    { id: `${decoder}-producer-became-optional`, decoder, direction: 'producer', kind: 'became-optional', ...sameWire, why: 'the field is still sent in every message' },
    { id: `${decoder}-producer-became-required`, decoder, direction: 'producer', kind: 'became-required', ...sameWire, why: 'the field is sent in every message, as before' },
  ]),

  // A decoder function (`decoder: {function: …}`, consumer only): the keys it reads, typed by what it accepts; other keys are ignored.
  { id: 'function-consumer-field-added-required', decoder: 'function', direction: 'consumer', kind: 'field-added', when: required, ...breaking, why: 'the new decoder reads the key as `d[key]`: old messages without it raise KeyError' },
  { id: 'function-consumer-field-added-optional', decoder: 'function', direction: 'consumer', kind: 'field-added', when: optional, ...compatible, why: 'the new decoder reads the key with `.get`: old messages without it get the default' },
  { id: 'function-consumer-field-removed', decoder: 'function', direction: 'consumer', kind: 'field-removed', ...compatible, why: 'the decoder no longer reads the key; keys a decoder function does not read are ignored' },
  { id: 'function-consumer-field-renamed', decoder: 'function', direction: 'consumer', kind: 'field-renamed', ...breaking, why: 'the decoder reads a new key: old messages carry only the old one' },
  { id: 'function-consumer-type-widened', decoder: 'function', direction: 'consumer', kind: 'type-changed', when: widened, ...compatible, why: 'the new conversion accepts every value the old one did' },
  { id: 'function-consumer-type-changed', decoder: 'function', direction: 'consumer', kind: 'type-changed', ...breaking, why: 'old messages may carry values the new conversion rejects' },
  { id: 'function-consumer-became-optional', decoder: 'function', direction: 'consumer', kind: 'became-optional', ...compatible, why: '`d[key]` became `.get`: the key is no longer required' },
  { id: 'function-consumer-became-required', decoder: 'function', direction: 'consumer', kind: 'became-required', ...breaking, why: '`.get` became `d[key]`: old messages without the key raise KeyError' },

  // Value sets, any decoder: readers validate enum and Literal values.
  { id: 'consumer-enum-value-added', decoder: 'any', direction: 'consumer', kind: 'enum-value-added', ...compatible, why: 'the new reader accepts every old value' },
  { id: 'producer-enum-value-added', decoder: 'any', direction: 'producer', kind: 'enum-value-added', ...breaking, why: 'old readers reject the new value (Enum(value) raises ValueError)' },
  { id: 'consumer-enum-value-removed', decoder: 'any', direction: 'consumer', kind: 'enum-value-removed', ...breaking, why: 'old messages may carry the removed value; the new reader rejects it' },
  { id: 'producer-enum-value-removed', decoder: 'any', direction: 'producer', kind: 'enum-value-removed', ...compatible, why: 'old readers still accept every value that can be sent' },
  { id: 'consumer-literal-value-added', decoder: 'any', direction: 'consumer', kind: 'literal-value-added', ...compatible, why: 'the new reader accepts every old value' },
  { id: 'producer-literal-value-added', decoder: 'any', direction: 'producer', kind: 'literal-value-added', ...breaking, why: 'old readers reject the new literal value' },
  { id: 'consumer-literal-value-removed', decoder: 'any', direction: 'consumer', kind: 'literal-value-removed', ...breaking, why: 'old messages may carry the removed value; the new reader rejects it' },
  { id: 'producer-literal-value-removed', decoder: 'any', direction: 'producer', kind: 'literal-value-removed', ...compatible, why: 'old readers still accept every value that can be sent' },
];

export interface Judgement {
  rule: Rule;
  breaking: boolean;
}

export function findRule(change: SchemaChange, decoder: DecoderKind, direction: Direction): Rule {
  const rule = RULES.find(
    (r) =>
      r.kind === change.kind &&
      (r.decoder === 'any' || r.decoder === decoder) &&
      (r.direction === 'any' || r.direction === direction) &&
      (!r.when || r.when.test(change)),
  );
  // The table covers every cell (a unit test checks it); fail closed if it ever does not.
  return rule ?? { id: `unknown-${change.kind}`, decoder, direction, kind: change.kind, ...breaking, why: 'no rule covers this change: treated as breaking' };
}

/** `both` = judged as consumer and as producer; the breaking side wins. */
export function judge(change: SchemaChange, decoder: DecoderKind, role: Role): Judgement {
  const directions: Direction[] = role === 'both' ? ['consumer', 'producer'] : [role];
  const rules = directions.map((d) => findRule(change, decoder, d));
  const rule = rules.find((r) => r.breaking) ?? rules[0]!;
  return { rule, breaking: rule.breaking };
}

const BUMP_ORDER: Bump[] = ['none', 'patch', 'minor', 'major'];

export function maxBump(bumps: Bump[]): Bump {
  return bumps.reduce<Bump>((max, b) => (BUMP_ORDER.indexOf(b) > BUMP_ORDER.indexOf(max) ? b : max), 'none');
}

export function bumpRank(bump: Bump): number {
  return BUMP_ORDER.indexOf(bump);
}
