/**
 * What each environment's containers get, before and after a change: the effective env of
 * every workload in every environment (values files decide conditions and values), diffed.
 * A variable that appears because a values file turns a condition on is `added` there; a value a
 * values file changes is `value-changed`. Values are resolved statically for the forms charts
 * use (`{{ .Values.a.b }}` with `toString`/`quote`/`squote`, `{{ . }}` under `with`, plain
 * text); a value that cannot be resolved is compared by its expression. Secrets
 * (`valueFrom: secretKeyRef`) are named, never shown.
 */
import type { ChartSnapshot } from '../helm/chart-snapshot.js';
import type { ChartEnvironment } from '../helm/environments.js';
import type { ChartEnvEntry } from '../helm/env-entries.js';
import { evaluateClauses, lookup, splitKeyPath, type Values } from '../helm/values.js';

export type EnvironmentChangeKind = 'added' | 'removed' | 'value-changed';

export interface EnvironmentChange {
  environment: string;
  workload: string;
  name: string;
  change: EnvironmentChangeKind;
  /** The value the container got before (null when it did not get the variable, or a secret). */
  before: string | null;
  after: string | null;
  /** A secret reference: named, its value never shown. */
  secret: boolean;
  /** False when a side's value could not be resolved statically: `before`/`after` then show the expression and the values it reads. */
  resolved: boolean;
}

export interface EffectiveValue {
  /** What the container gets, or the expression and the values it reads when it cannot be resolved statically. */
  text: string;
  resolved: boolean;
  secret: boolean;
}

/** Every environment present at head, compared with the same environment at base (absent at base: everything added). */
export function environmentChanges(base: ChartSnapshot | undefined, head: ChartSnapshot): EnvironmentChange[] {
  const changes: EnvironmentChange[] = [];
  for (const environment of head.environments) {
    const before = base?.environments.find((candidate) => candidate.name === environment.name);
    for (const workload of head.workloads.keys()) {
      const was = before && base ? effectiveValues(base, before, workload) : new Map<string, EffectiveValue>();
      const now = effectiveValues(head, environment, workload);
      for (const name of [...new Set([...was.keys(), ...now.keys()])].sort()) {
        const change = compare(was.get(name), now.get(name));
        if (change) changes.push({ environment: environment.name, workload, name, ...change });
      }
    }
  }
  return changes;
}

function compare(was: EffectiveValue | undefined, now: EffectiveValue | undefined): Omit<EnvironmentChange, 'environment' | 'workload' | 'name'> | null {
  const shown = (value: EffectiveValue | undefined) => (value && !value.secret ? value.text : null);
  const secret = !!(was?.secret || now?.secret);
  const resolved = (was?.resolved ?? true) && (now?.resolved ?? true);
  if (!was && now) return { change: 'added', before: null, after: shown(now), secret, resolved };
  if (was && !now) return { change: 'removed', before: shown(was), after: null, secret, resolved };
  if (was && now && was.text !== now.text) return { change: 'value-changed', before: shown(was), after: shown(now), secret, resolved };
  return null;
}

/** How one env entry of a workload fares in an environment: set, off (its condition is false there), or shadowed by an earlier entry of the same name. */
export interface EnvironmentEntry {
  entry: ChartEnvEntry;
  state: 'set' | 'off' | 'shadowed';
  /** The entry's condition in this environment: true, false, or unknown (counted as on). */
  condition: boolean | 'unknown';
  value: EffectiveValue;
}

/** Every entry the workload's template has (names built at run time excepted), as the environment's values decide it. */
export function environmentEntries(snapshot: ChartSnapshot, environment: ChartEnvironment, workload: string): EnvironmentEntry[] {
  const seen = new Set<string>();
  const out: EnvironmentEntry[] = [];
  for (const entry of snapshot.workloads.get(workload)?.entries ?? []) {
    if (!entry.resolved) continue;
    const condition = evaluateClauses(entry.clauses, environment.values);
    const state = condition === false ? 'off' : seen.has(entry.name) ? 'shadowed' : 'set';
    if (state === 'set') seen.add(entry.name);
    out.push({ entry, state, condition, value: valueOf(entry, environment.values) });
  }
  return out;
}

/** name → what the workload's container gets in this environment (entries whose conditions are on; unknown counts as on). */
export function effectiveValues(snapshot: ChartSnapshot, environment: ChartEnvironment, workload: string): Map<string, EffectiveValue> {
  const set = environmentEntries(snapshot, environment, workload).filter((item) => item.state === 'set');
  return new Map(set.map((item) => [item.entry.name, item.value]));
}

const SIMPLE_ACTION = /^\{\{-?\s*(\.Values(?:\.[A-Za-z_][\w-]*)+|\.)\s*((?:\|\s*(?:toString|quote|squote)\s*)*)-?\}\}$/;

/** The value an entry gives in an environment, resolved where the form is simple enough to be sure. */
export function valueOf(entry: ChartEnvEntry, values: Values): EffectiveValue {
  const text = entry.value.trim();
  if (text.startsWith('valueFrom')) return { text, resolved: true, secret: /secretKeyRef/.test(text) };
  const action = SIMPLE_ACTION.exec(text) ?? SIMPLE_ACTION.exec(unquoted(text));
  if (action) {
    const resolved = resolvePath(action[1]!, entry, values);
    if (resolved !== undefined) return { text: resolved, resolved: true, secret: false };
    return unresolved(text, entry, values);
  }
  if (text.includes('{{')) return unresolved(text, entry, values);
  return { text: unquoted(text), resolved: true, secret: false };
}

const VALUES_PATH = /\.Values((?:\.[A-Za-z_][\w-]*)+)/g;
const MAX_SHOWN_VALUE = 2000;

/** An expression helm evaluates and Lockstep does not: the text with every value it reads (and those of its conditions), so a values file change still shows. */
function unresolved(text: string, entry: ChartEnvEntry, values: Values): EffectiveValue {
  const paths = [...new Set([text, ...entry.clauses.map((clause) => clause.expression)].flatMap((part) => [...part.matchAll(VALUES_PATH)].map((match) => match[1]!.slice(1))))].sort();
  const read = paths.map((keyPath) => `.Values.${keyPath} = ${JSON.stringify(lookup(values, splitKeyPath(keyPath))) ?? 'undefined'}`);
  const shown = read.length ? `${text} (${read.join('; ')})` : text;
  return { text: shown.length > MAX_SHOWN_VALUE ? `${shown.slice(0, MAX_SHOWN_VALUE)}…` : shown, resolved: false, secret: false };
}

/** `.Values.a.b`, or `.` under the innermost `with .Values.x`: the scalar as helm prints it (missing → ''), undefined when unsure. */
function resolvePath(reference: string, entry: ChartEnvEntry, values: Values): string | undefined {
  let path: string;
  if (reference === '.') {
    const scope = [...entry.clauses].reverse().find((clause) => clause.kind === 'with' || clause.kind === 'range');
    if (!scope || scope.kind !== 'with' || scope.negated || !/^\.Values(\.[A-Za-z_][\w-]*)+$/.test(scope.expression)) return undefined;
    path = scope.expression;
  } else path = reference;
  if (entry.clauses.some((clause) => clause.kind === 'range')) return undefined;
  const value = lookup(values, splitKeyPath(path.slice('.Values.'.length)));
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return undefined;
  // What is left of a parsed YAML value is a scalar.
  const scalar = value as string | number | boolean | bigint;
  return typeof scalar === 'number' ? goNumber(scalar) : String(scalar);
}

/** A number as helm prints it: values are float64 there, printed with Go's %v (1e+06 from a million on). */
export function goNumber(value: number): string {
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-4)) {
    return value.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
  }
  return String(value);
}

function unquoted(text: string): string {
  if (text.length >= 2 && ((text.startsWith('"') && text.endsWith('"')) || (text.startsWith("'") && text.endsWith("'")))) {
    try {
      return text.startsWith('"') ? (JSON.parse(text) as string) : text.slice(1, -1).replace(/''/g, "'");
    } catch {
      return text.slice(1, -1);
    }
  }
  return text;
}
