/**
 * The normalised message model every source (Python dataclasses, pydantic models,
 * JSON Schema files) is reduced to, so the diff and the rules never see syntax.
 * Types are wire types: what a reader of the JSON message must accept.
 */
import type { Inline } from '../report/model.js';

/** A Python/JSON literal value as it travels on the wire. */
export type LiteralValue = string | number | boolean | null;

export type WireType =
  /** A leaf: int, float, str, bool, bytes, none, any, or a qualified class name we cannot see into. */
  | { kind: 'scalar'; name: string }
  | { kind: 'list'; item: WireType }
  | { kind: 'set'; item: WireType }
  | { kind: 'tuple'; items: WireType[]; variadic: boolean }
  | { kind: 'dict'; key: WireType; value: WireType }
  /** Flattened, de-duplicated, sorted; never nested, never of one option. */
  | { kind: 'union'; options: WireType[] }
  | { kind: 'literal'; values: LiteralValue[] }
  /** An enum travels as its values; the class name is not on the wire (`qualname`: `BareVisit.CoordSys` when nested in a class). */
  | { kind: 'enum'; name: string; qualname?: string; base: 'int' | 'str' | 'any'; members: EnumMember[] }
  /** A nested model/dataclass: a JSON object whose fields are diffed one by one. */
  | { kind: 'object'; name: string; qualname?: string; fields: MessageField[] };

export interface EnumMember {
  name: string;
  value: LiteralValue;
}

export interface MessageField {
  /** The key on the wire (a pydantic alias when there is one). */
  name: string;
  type: WireType;
  /** No default: a reader needs it in every message. */
  required: boolean;
  /** A dataclass field `__init__` takes by keyword only (`kw_only=True`, after `KW_ONLY`); absent otherwise. */
  keywordOnly?: boolean;
  /** Source text of the default, when there is one. */
  default?: string;
  file: string;
  line: number;
  /** The Python class that declares it (the message's own or a base class); absent for JSON Schema. */
  owner?: string;
}

export type ExtraPolicy = 'ignore' | 'forbid' | 'allow';
/** `function`: the message as a decoder function reads it (src/schema/function-decoder.ts). */
export type SchemaSourceKind = 'dataclass' | 'pydantic' | 'class' | 'json-schema' | 'function';

export interface SchemaWarning {
  /** The warning as plain text (`plainText(spans)`), as annotations, SARIF and JSON show it. */
  message: string;
  /** The same warning as spans: code that came from the repository is a code span, never markup. */
  spans: Inline;
  file: string;
  line: number;
}

export interface MessageSchema {
  /** Class name (or JSON Schema title / file name). */
  name: string;
  kind: SchemaSourceKind;
  file: string;
  line: number;
  fields: MessageField[];
  /** pydantic model_config extra; dataclasses count as "forbid" (cls(**message) rejects unknown keys). */
  extra: ExtraPolicy;
  warnings: SchemaWarning[];
}
