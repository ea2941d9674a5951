/**
 * Helm values: key-path lookup, the merge Helm does (chart values.yaml, then the values
 * files on top), and evaluation of the simple template conditions charts wrap env entries
 * in (`.Values.x`, `not`, `and`, `or`, `eq`, `ne`, literals). Anything else is 'unknown',
 * and callers treat unknown as "may be on" (fail closed).
 */
import type { ConditionClause } from './template-structure.js';

export type Values = Record<string, unknown>;
export type Truth = true | false | 'unknown';

export function isMapping(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function splitKeyPath(keyPath: string): string[] {
  return keyPath.split('.').filter(Boolean);
}

export function lookup(values: unknown, path: readonly string[]): unknown {
  let current = values;
  for (const step of path) {
    if (!isMapping(current)) return undefined;
    current = current[step];
  }
  return current;
}

/** Helm's coalescing: maps merge key by key, anything else in `override` replaces; null deletes. */
export function mergeValues(base: Values, override: Values): Values {
  const out: Values = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === null) delete out[key];
    else if (isMapping(value) && isMapping(out[key])) out[key] = mergeValues(out[key], value);
    else out[key] = value;
  }
  return out;
}

/** Go template truthiness: false, 0, nil, "" and empty collections are false. */
function truthy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isMapping(value)) return Object.keys(value).length > 0;
  return true;
}

const UNKNOWN = Symbol('unknown');
/** A value, or UNKNOWN (which `unknown` includes; the name says a result may be it). */
type Evaluated = unknown;

export function evaluateClauses(clauses: readonly ConditionClause[], values: Values): Truth {
  let result: Truth = true;
  for (const clause of clauses) {
    const truth = evaluateClause(clause, values);
    if (truth === false) return false;
    if (truth === 'unknown') result = 'unknown';
  }
  return result;
}

export function evaluateClause(clause: ConditionClause, values: Values): Truth {
  let value: Evaluated;
  try {
    value = evaluatePipeline(tokenize(clause.expression), values);
  } catch {
    value = UNKNOWN;
  }
  if (value === UNKNOWN) return 'unknown';
  const truth = truthy(value);
  return clause.negated ? !truth : truth;
}

function tokenize(expression: string): string[] {
  const tokens: string[] = [];
  const pattern = /\s*("(?:[^"\\]|\\.)*"|`[^`]*`|\(|\)|\||[^\s()|]+)/gy;
  for (let match = pattern.exec(expression); match; match = pattern.exec(expression)) tokens.push(match[1] ?? '');
  if (tokens.join('').replace(/\s/g, '') !== expression.replace(/\s/g, '')) throw new Error('untokenizable');
  return tokens;
}

/** Supports a single command (no `|` pipes, no variables); anything else is unknown. */
function evaluatePipeline(tokens: string[], values: Values): Evaluated {
  if (tokens.includes('|')) return UNKNOWN;
  let position = 0;
  const parseOperand = (): Evaluated => {
    const token = tokens[position++];
    if (token === undefined) throw new Error('missing operand');
    if (token === '(') {
      const args: Evaluated[] = [];
      while (tokens[position] !== ')') {
        if (position >= tokens.length) throw new Error('unclosed');
        args.push(parseOperand());
      }
      position++;
      return apply(args);
    }
    return atom(token, values);
  };
  const args: Evaluated[] = [];
  while (position < tokens.length) args.push(parseOperand());
  return apply(args);
}

const FUNCTION = Symbol('function');
interface FunctionRef {
  [FUNCTION]: string;
}

function atom(token: string, values: Values): Evaluated {
  if (/^".*"$/.test(token)) return JSON.parse(token) as string;
  if (/^`.*`$/.test(token)) return token.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token);
  if (token === 'true') return true;
  if (token === 'false') return false;
  if (token === 'nil') return null;
  const field = /^\$?\.Values((?:\.[\w-]+)*)$/.exec(token);
  if (field) return lookup(values, splitKeyPath(field[1] ?? ''));
  if (['not', 'and', 'or', 'eq', 'ne', 'empty'].includes(token)) return { [FUNCTION]: token } satisfies FunctionRef;
  return UNKNOWN;
}

function apply(args: Evaluated[]): Evaluated {
  const [head, ...rest] = args;
  if (args.length === 0) return UNKNOWN;
  if (!(typeof head === 'object' && head !== null && FUNCTION in head)) return args.length === 1 ? head : UNKNOWN;
  const name = (head as FunctionRef)[FUNCTION];
  // `and`/`or` short-circuit like Go templates: a known deciding operand wins over an unknown one.
  switch (name) {
    case 'not':
      return rest.length !== 1 || rest[0] === UNKNOWN ? UNKNOWN : !truthy(rest[0]);
    case 'empty':
      return rest.length !== 1 || rest[0] === UNKNOWN ? UNKNOWN : !truthy(rest[0]);
    case 'and': {
      if (rest.some((v) => v !== UNKNOWN && !truthy(v))) return false;
      return rest.some((v) => v === UNKNOWN) ? UNKNOWN : rest.length > 0 && rest.every(truthy);
    }
    case 'or': {
      if (rest.some((v) => v !== UNKNOWN && truthy(v))) return true;
      return rest.some((v) => v === UNKNOWN) ? UNKNOWN : false;
    }
    case 'eq':
    case 'ne': {
      if (rest.length < 2 || rest.includes(UNKNOWN)) return UNKNOWN;
      const equal = rest.slice(1).some((v) => v === rest[0]);
      return name === 'eq' ? equal : !equal;
    }
  }
  return UNKNOWN;
}
