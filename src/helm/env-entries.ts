/**
 * Container `env:` entries a chart template sets, read statically from the template text:
 * `- name:` items with `value`/`valueFrom` (block, flow or JSON style; flow collections are
 * parsed with `yaml`), the `if`/`with`/`range` conditions around them,
 * and named templates pulled in with `include`/`template`, resolved through the chart's
 * `define` blocks recursively (a cycle is an InputError naming the include chain).
 */
import { InputError } from '../errors.js';
import type { TemplateText } from './template-actions.js';
import { keywordOf } from './template-actions.js';
import { blankActions, flowEnd, literalName, readFlowEntries } from './flow-env.js';
import {
  renderClauses,
  templateCalls,
  type ConditionClause,
  type DefineBody,
  type TemplateStructure,
} from './template-structure.js';

export interface ChartEnvEntry {
  /** The variable name, or the template text that builds it when `resolved` is false. */
  name: string;
  resolved: boolean;
  /** `value: …` text, or `valueFrom: …` collapsed to one line. */
  value: string;
  /** The value with template whitespace, indentation helpers and `with` dots normalised: equal means the same setting. */
  comparable: string;
  clauses: ConditionClause[];
  /** The clauses as one readable condition, or null when the entry is always set. */
  condition: string | null;
  file: string;
  line: number;
  /** Named templates the entry came through, outermost first. */
  via: string[];
}

/** Entries that cannot be read statically (`toYaml .Values.env`, a computed include name). */
export interface DynamicEnvSource {
  text: string;
  clauses: ConditionClause[];
  file: string;
  line: number;
}

export interface WorkloadEnv {
  entries: ChartEnvEntry[];
  dynamic: DynamicEnvSource[];
}

/** Every parsed template of a chart, and its `define` blocks by name. */
export interface ChartTemplateSet {
  structures: Map<string, TemplateStructure>;
  defines: Map<string, DefineBody>;
}

interface SourceLine {
  /** Offset of the line start in the template. */
  offset: number;
  text: string;
  /** The line with every action replaced by \u0001 (same length). */
  masked: string;
  indent: number;
  actionOnly: boolean;
  blank: boolean;
}

/** What a scan reads in, and the cache shared by the whole reading of a workload. */
interface ScanContext {
  set: ChartTemplateSet;
  structure: TemplateStructure;
  clauses: ConditionClause[];
  via: string[];
  /** Include chain for cycle detection: define names with the include site. */
  chain: Array<{ name: string; file: string; line: number }>;
  expansions: DefineExpansions;
}

/** Each define's entries, expanded once per mode whatever the number of includes: the one cache of a workload's reading. */
class DefineExpansions {
  private readonly known = new Map<string, WorkloadEnv>();

  /** The entries of `name` in `mode`: expanded by `expand` the first time, remembered after. */
  of(name: string, mode: 'search' | 'items', expand: () => WorkloadEnv): WorkloadEnv {
    const key = `${name}\0${mode}`;
    const known = this.known.get(key);
    if (known) return known;
    const found = expand();
    this.known.set(key, found);
    return found;
  }
}

/** A template action that only assigns a variable (`$cpus := 2`, `$x = .Values.y`). */
const ASSIGNMENT = /^\$\w*\s*:?=(?!=)/;

/** Named templates nested deeper than this are refused (real charts nest a handful). */
export const MAX_INCLUDE_DEPTH = 12;
/** A workload whose templates expand to more env entries than this is refused. */
export const MAX_ENV_ENTRIES = 5000;

const PLACEHOLDER = '\u0001';
/** `env:` (or `- env:`) alone on its line, or followed only by actions (masked as PLACEHOLDER). */
const ENV_KEY = new RegExp(`^(\\s*)(?:-\\s+)?env:\\s*(${PLACEHOLDER}*)\\s*$`);
/** `env: [` (or JSON style `"env": [`): the whole list is a flow collection. */
const FLOW_ENV_KEY = /^(\s*)(?:-\s+)?(["']?)env\2:\s*\[/;

/** Env entries set by a workload's template file (its own text, defines included). */
export function readWorkloadEnv(set: ChartTemplateSet, file: string): WorkloadEnv {
  const structure = set.structures.get(file);
  if (!structure) throw new InputError('workload template not found in the chart', { file, hint: 'Check env.chart.workloads in .github/lockstep.yml.' });
  return scan({ set, structure, clauses: [], via: [], chain: [], expansions: new DefineExpansions() }, 0, structure.template.text.length, 'search');
}

function noEnv(): WorkloadEnv {
  return { entries: [], dynamic: [] };
}

/**
 * A define's entries, scanned once (memoised per mode) with no outer context: the include
 * site adds its conditions and include path. Depth and size are bounded, so named templates
 * that include each other many times cannot make the reading exponential.
 */
function expandDefine(context: ScanContext, define: DefineBody, mode: 'search' | 'items', site: { file: string; line: number }): WorkloadEnv {
  return context.expansions.of(define.name, mode, () => scanDefine(context, define, mode, site));
}

/** A define's entries, scanned in its own template; a cycle or a chain deeper than MAX_INCLUDE_DEPTH is bad input. */
function scanDefine(context: ScanContext, define: DefineBody, mode: 'search' | 'items', site: { file: string; line: number }): WorkloadEnv {
  const chain = [...context.chain, { name: define.name, ...site }];
  const path = () => chain.map((link) => link.name).join(' → ');
  if (context.chain.some((link) => link.name === define.name)) {
    throw new InputError(`named templates include each other in a cycle: ${path()}`, {
      ...site,
      hint: 'Break the cycle: a named template cannot (directly or indirectly) include itself.',
    });
  }
  if (chain.length > MAX_INCLUDE_DEPTH) {
    throw new InputError(`named templates nested more than ${MAX_INCLUDE_DEPTH} deep: ${path()}`, {
      ...site,
      hint: `Flatten the includes: env entries are read through at most ${MAX_INCLUDE_DEPTH} levels of named templates.`,
    });
  }
  const structure = context.set.structures.get(define.template.file);
  return structure ? scan({ ...context, structure, clauses: [], via: [], chain }, define.from, define.to, mode) : noEnv();
}

/** Where a define's entries are placed: under the include's conditions, through its define, at the include site. */
interface Placement {
  clauses: ConditionClause[];
  via: string[];
  site: { file: string; line: number };
}

/**
 * A define's entries placed at one include site: under its conditions, through its define;
 * copies identical to an entry already read (`before`, or an earlier one of the fragment) kept once.
 */
function placeIncluded(before: readonly ChartEnvEntry[], fragment: WorkloadEnv, { clauses, via, site }: Placement): WorkloadEnv {
  if (before.length + fragment.entries.length > MAX_ENV_ENTRIES) {
    throw new InputError(`the env list expands to more than ${MAX_ENV_ENTRIES} entries through named templates (include ${via.join(' → ')})`, {
      ...site,
      hint: 'Include each named template once: this many env entries is an include loop, not a container.',
    });
  }
  const seen = new Set(before.map(entryKey));
  const entries: ChartEnvEntry[] = [];
  for (const entry of fragment.entries) {
    const placed = { ...entry, clauses: [...clauses, ...entry.clauses], via: [...via, ...entry.via] };
    const complete = { ...placed, comparable: comparableValue(entry.value, placed.clauses), condition: renderClauses(placed.clauses) };
    if (seen.has(entryKey(complete))) continue;
    seen.add(entryKey(complete));
    entries.push(complete);
  }
  return { entries, dynamic: fragment.dynamic.map((dynamic) => ({ ...dynamic, clauses: [...clauses, ...dynamic.clauses] })) };
}

function entryKey(entry: ChartEnvEntry): string {
  return [entry.name, entry.file, entry.line, entry.via.join('\0'), entry.condition].join('\u0002');
}

/** Where a scan is: the next line to read, and the indent of the env list it is in (null: outside one; -1: an included fragment's items). */
interface ScanAt {
  index: number;
  envIndent: number | null;
}

/** One step of a scan: where it goes on, and what it found. */
interface ScanStep {
  at: ScanAt;
  found: WorkloadEnv | null;
}

/** What a step inside an env list needs besides the context: the lines, the position, the mode, and the entries read so far. */
interface ListStep {
  lines: SourceLine[];
  at: ScanAt & { envIndent: number };
  mode: 'search' | 'items';
  before: readonly ChartEnvEntry[];
}

function scan(context: ScanContext, from: number, to: number, mode: 'search' | 'items'): WorkloadEnv {
  const lines = sourceLines(context.structure.template, from, to);
  const out = noEnv();
  // In 'items' mode (an included fragment inside an env list) every line is already inside the list.
  let at: ScanAt = { index: 0, envIndent: mode === 'items' ? -1 : null };
  while (at.index < lines.length) {
    const line = lines[at.index];
    const { envIndent } = at;
    let step: ScanStep;
    if (!line || line.blank) step = { at: { ...at, index: at.index + 1 }, found: null };
    else if (envIndent === null) step = outsideList(context, lines, at.index, { to, before: out.entries });
    else step = insideList(context, { lines, at: { ...at, envIndent }, mode, before: out.entries });
    if (step.found) {
      out.entries.push(...step.found.entries);
      out.dynamic.push(...step.found.dynamic);
    }
    at = step.at;
  }
  return out;
}

/** A line outside any env list: an `env:` key opens one; an `envFrom:`, a flow `env: [...]` or an include may hold entries. */
function outsideList(context: ScanContext, lines: SourceLine[], index: number, { to, before }: { to: number; before: readonly ChartEnvEntry[] }): ScanStep {
  const line = lines[index];
  const next = { index: index + 1, envIndent: null };
  if (!line) return { at: next, found: null };
  const envKey = ENV_KEY.exec(line.masked);
  if (envKey) {
    const envIndent = line.masked.indexOf('env:');
    const found = envKey[2] ? expandActions(context, line, envIndent, before).found : null;
    return { at: { index: index + 1, envIndent }, found };
  }
  const flowKey = FLOW_ENV_KEY.exec(line.masked);
  if (flowKey) {
    const { end, found } = readFlowList(context, line.offset + flowKey[0].length - 1, to);
    let last = index;
    while (last + 1 < lines.length && (lines[last + 1]?.offset ?? Infinity) < end) last++;
    return { at: { index: last + 1, envIndent: null }, found };
  }
  if (/^\s*(?:-\s+)?envFrom:/.test(line.masked)) {
    // Variables from a ConfigMap or Secret: their names are not in the chart.
    const offset = line.offset + line.indent;
    const dynamic: DynamicEnvSource = {
      text: `envFrom: ${collapseBlock(lines, index)}`,
      clauses: [...context.clauses, ...context.structure.clausesAt(offset)],
      file: context.structure.template.file,
      line: context.structure.template.lineAt(offset),
    };
    return { at: next, found: { entries: [], dynamic: [dynamic] } };
  }
  return { at: next, found: line.actionOnly ? expandActions(context, line, null, before).found : null };
}

/** A line inside an env list: an item (read with the lines under it), an include, or the first line after the list. */
function insideList(context: ScanContext, { lines, at, mode, before }: ListStep): ScanStep {
  const { index, envIndent } = at;
  const line = lines[index];
  const next = { index: index + 1, envIndent };
  if (!line) return { at: next, found: null };
  if (line.actionOnly) {
    const { leftList, found } = expandActions(context, line, envIndent, before);
    return { at: { index: index + 1, envIndent: leftList ? (mode === 'items' ? -1 : null) : envIndent }, found };
  }
  if (/^\s*#/.test(line.masked)) return { at: next, found: null };
  const isItem = /^\s*-(\s|$)/.test(line.masked);
  // Read this line again as ordinary YAML.
  if (line.indent < envIndent || (line.indent === envIndent && !isItem)) return { at: { index, envIndent: null }, found: null };
  if (!isItem) return { at: next, found: null };
  const itemLines: [SourceLine, ...SourceLine[]] = [line];
  let last = index;
  for (let following = lines[last + 1]; following; following = lines[last + 1]) {
    if (!following.blank && following.indent <= line.indent) break;
    itemLines.push(following);
    last++;
  }
  return { at: { index: last + 1, envIndent }, found: readItem(context, itemLines) };
}

/**
 * Named templates called on an action-only line: inside an env list their bodies are list
 * items; elsewhere they may hold whole containers. `leftList` is true when an indent helper
 * places the output left of the env list, i.e. the list has ended; `found`: the entries and
 * dynamic sources the expansion adds. `before`: the entries read so far, which an included copy
 * does not repeat.
 */
function expandActions(context: ScanContext, line: SourceLine, envIndent: number | null, before: readonly ChartEnvEntry[]): { leftList: boolean; found: WorkloadEnv } {
  const template = context.structure.template;
  const actions = template.actions.filter((action) => action.from >= line.offset && action.from < line.offset + line.text.length);
  const found = noEnv();
  let leftList = false;
  for (const action of actions) {
    if (action.comment) continue;
    const keyword = keywordOf(action);
    if (keyword && keyword !== 'template') continue;
    const indentHelper = /\bn?indent\s+(\d+)/.exec(action.body);
    if (envIndent !== null && envIndent >= 0 && indentHelper && Number(indentHelper[1]) < envIndent) leftList = true;
    const inList = envIndent !== null && !leftList;
    const clauses = [...context.clauses, ...context.structure.clausesAt(action.from)];
    const calls = templateCalls(action);
    // `$cpus := 2` / `$x = …` print nothing: a variable assignment is no env entry.
    if (calls.length === 0 && inList && !ASSIGNMENT.test(action.body)) found.dynamic.push({ text: action.body, clauses, file: template.file, line: action.line });
    for (const call of calls) {
      const define = call.name === null ? undefined : context.set.defines.get(call.name);
      if (!define) {
        const text = call.name === null ? action.body : `include "${call.name}" (no define of that name in the chart)`;
        if (inList) found.dynamic.push({ text, clauses, file: template.file, line: action.line });
        continue;
      }
      const site = { file: template.file, line: action.line };
      const fragment = expandDefine(context, define, inList ? 'items' : 'search', site);
      const placed = placeIncluded([...before, ...found.entries], fragment, { clauses, via: [...context.via, define.name], site });
      found.entries.push(...placed.entries);
      found.dynamic.push(...placed.dynamic);
    }
  }
  return { leftList, found };
}

/** `env: [ … ]`: every item of the flow list, or the list reported as not readable; and the offset past the list. */
function readFlowList(context: ScanContext, open: number, to: number): { end: number; found: WorkloadEnv } {
  const template = context.structure.template;
  const end = flowEnd(blankActions(template, open, to), open, to, open);
  const entries = end === null ? null : readFlowEntries(template, open, end);
  if (end === null || entries === null) return { end: end ?? open, found: { entries: [], dynamic: [unreadable(context, open)] } };
  const found = noEnv();
  for (const entry of entries) {
    if (entry.name === null) found.dynamic.push(unreadable(context, entry.offset));
    else found.entries.push(envEntry(context, { rawName: entry.name, value: entry.value, offset: entry.offset, clauseOffset: entry.offset }));
  }
  return { end, found };
}

/** An env item whose name cannot be read: shown as not readable statically, never dropped. */
function unreadable(context: ScanContext, offset: number): DynamicEnvSource {
  const template = context.structure.template;
  const line = template.lineAt(offset);
  const lineStart = template.text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = template.text.indexOf('\n', offset);
  const text = template.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim().slice(0, 200);
  return { text, clauses: [...context.clauses, ...context.structure.clausesAt(offset)], file: template.file, line };
}

/** One `- name: …` item (its first line and the lines under it): an entry, or a source not readable statically. */
function readItem(context: ScanContext, lines: [SourceLine, ...SourceLine[]]): WorkloadEnv {
  const template = context.structure.template;
  const [first] = lines;
  // Keys of the item: the first one right after "- ", the others at the same column.
  const dash = first.masked.indexOf('-');
  const afterDash = first.masked.slice(dash + 1);
  const keyColumn = dash + 1 + (afterDash.length - afterDash.trimStart().length);
  const one = (entry: ChartEnvEntry): WorkloadEnv => ({ entries: [entry], dynamic: [] });
  const notReadable = (offset: number): WorkloadEnv => ({ entries: [], dynamic: [unreadable(context, offset)] });
  if (afterDash.trimStart().startsWith('{')) {
    // `- {name: X, value: "1"}` (or JSON style): a flow mapping, parsed as YAML.
    const last = lines[lines.length - 1] ?? first;
    const open = first.offset + keyColumn;
    const entries = readFlowEntries(template, open, last.offset + last.text.length);
    const entry = entries?.length === 1 ? entries[0] : null;
    if (!entry || entry.name === null) return notReadable(open);
    return one(envEntry(context, { rawName: entry.name, value: entry.value, offset: entry.offset, clauseOffset: first.offset + dash }));
  }
  const keys = itemKeys(lines, keyColumn);
  const nameKey = keys.find((k) => k.key === 'name');
  if (!nameKey) return notReadable(first.offset + Math.max(dash, 0));
  const value = itemValue(keys.filter((k) => k.key !== 'name'));
  return one(envEntry(context, { rawName: unquote(nameKey.rest), value, offset: nameKey.offset, clauseOffset: first.offset + Math.max(dash, 0) }));
}

/** One key of a block-style item: its name, the text after it on its line, the lines under it, and its line's offset. */
interface ItemKey {
  key: string;
  rest: string;
  continuation: SourceLine[];
  offset: number;
}

function itemKeys(lines: readonly SourceLine[], keyColumn: number): ItemKey[] {
  const keys: ItemKey[] = [];
  lines.forEach((line, i) => {
    // Keys plain or quoted (JSON style `"name": "X"`).
    const key = /^(["']?)([A-Za-z][\w-]*)\1:(?:\s+|$)/.exec(line.masked.slice(keyColumn));
    const name = key?.[2];
    if (key && name !== undefined && !line.actionOnly && (i === 0 || line.indent === keyColumn)) {
      keys.push({ key: name, rest: line.text.slice(keyColumn + key[0].length).trim(), continuation: [], offset: line.offset });
    } else {
      keys[keys.length - 1]?.continuation.push(line);
    }
  });
  return keys;
}

/** The value keys of an item as one text: `value:` as written (a block scalar's lines joined), `valueFrom:` collapsed. */
function itemValue(valueKeys: readonly ItemKey[]): string {
  return valueKeys
    .map((k) => {
      const continuation = k.continuation.filter((line) => !line.blank).map((line) => line.text.trim());
      if (k.key === 'value') return /^[|>][-+]?\d*$/.test(k.rest) || k.rest === '' ? continuation.join('\n') : [k.rest, ...continuation].join(' ');
      return [`${k.key}:`, k.rest, ...continuation].filter(Boolean).join(' ');
    })
    .join(' ')
    .trim();
}

function envEntry(context: ScanContext, item: { rawName: string; value: string; offset: number; clauseOffset: number }): ChartEnvEntry {
  const template = context.structure.template;
  const clauses = [...context.clauses, ...context.structure.clausesAt(item.clauseOffset)];
  // `name: {{ "X" }}` renders X: a name made of string literals is read, anything computed is not.
  const literal = item.rawName.includes('{{') ? literalName(item.rawName) : item.rawName;
  const inRange = clauses.some((clause) => clause.kind === 'range') && item.rawName.includes('.');
  const resolved = literal !== null && literal !== '' && !inRange;
  return {
    name: resolved ? literal : item.rawName,
    resolved,
    value: item.value,
    comparable: comparableValue(item.value, clauses),
    clauses,
    condition: renderClauses(clauses),
    file: template.file,
    line: template.lineAt(item.offset),
    via: context.via,
  };
}

/** The lines under a key, collapsed to one line (for messages). */
function collapseBlock(lines: SourceLine[], index: number): string {
  const parts: string[] = [];
  const indent = lines[index]?.indent ?? 0;
  for (const line of lines.slice(index + 1)) {
    if (!line.blank && line.indent <= indent && !/^\s*-\s/.test(line.masked)) break;
    if (!line.blank) parts.push(line.text.trim());
    if (parts.length >= 6) break;
  }
  return parts.join(' ');
}

function unquote(text: string): string {
  const withoutComment = text.replace(/\s+#.*$/, '').trim();
  const quoted = /^(['"])(.*)\1$/.exec(withoutComment);
  return quoted?.[2] ?? withoutComment;
}

const ROOT_FIELDS = new Set(['Values', 'Chart', 'Release', 'Capabilities', 'Template', 'Files']);

/** Normalise a value so that two workloads' settings compare equal when they mean the same thing. */
export function comparableValue(value: string, clauses: readonly ConditionClause[]): string {
  const withClause = [...clauses].reverse().find((clause) => clause.kind === 'with' && !clause.negated);
  return value
    .replace(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g, (_, body: string) => {
      let expression = body.replace(/\s+/g, ' ').replace(/\b(n?indent) \d+/g, '$1').replace(/^template /, 'include ');
      expression = expression.replace(/\$\.(?=[A-Z])/g, '.');
      if (withClause) {
        expression = expression
          .replace(/(^|[\s(|,])\.(?=[\s)|,]|$)/g, `$1${withClause.expression}`)
          .replace(/(^|[\s(|,])\.([A-Za-z_]\w*)/g, (whole, lead: string, field: string) =>
            ROOT_FIELDS.has(field) ? whole : `${lead}${withClause.expression}.${field}`,
          );
      }
      return `{{ ${expression} }}`;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** A condition as two workloads are compared: `with X` and `if X` set the entry under the same test. */
export function comparableCondition(clauses: readonly ConditionClause[]): string {
  return clauses.map((clause) => `${clause.negated ? 'not ' : ''}${clause.kind === 'range' ? 'range ' : ''}${clause.expression}`).join(' and ');
}

function sourceLines(template: TemplateText, from: number, to: number): SourceLine[] {
  const chars = template.text.slice(from, to).split('');
  // A comment renders nothing: `- name: X  {{/* why */}}` sets X, as helm renders it.
  const plain = [...chars];
  for (const action of template.actions) {
    if (action.to <= from || action.from >= to) continue;
    for (let i = Math.max(action.from, from); i < Math.min(action.to, to); i++) {
      if (chars[i - from] === '\n') continue;
      chars[i - from] = PLACEHOLDER;
      if (action.comment) plain[i - from] = ' ';
    }
  }
  const masked = chars.join('');
  const plainText = plain.join('');
  const lines: SourceLine[] = [];
  let offset = from;
  for (const maskedLine of masked.split('\n')) {
    const text = plainText.slice(offset - from, offset - from + maskedLine.length);
    const indent = maskedLine.length - maskedLine.trimStart().length;
    const stripped = maskedLine.replaceAll(PLACEHOLDER, '').trim();
    lines.push({
      offset,
      text,
      masked: maskedLine,
      indent,
      actionOnly: stripped === '' && maskedLine.includes(PLACEHOLDER),
      blank: maskedLine.trim() === '',
    });
    offset += maskedLine.length + 1;
  }
  return lines;
}

/** Pairs of entries of one workload that set the same variable under conditions that can both hold. */
export function duplicateEntries(entries: readonly ChartEnvEntry[]): Array<[ChartEnvEntry, ChartEnvEntry]> {
  const pairs: Array<[ChartEnvEntry, ChartEnvEntry]> = [];
  const byName = new Map<string, ChartEnvEntry[]>();
  for (const entry of entries) {
    if (!entry.resolved) continue;
    byName.set(entry.name, [...(byName.get(entry.name) ?? []), entry]);
  }
  for (const group of byName.values()) {
    group.forEach((first, i) => {
      for (const second of group.slice(i + 1)) {
        if (!mutuallyExclusive(first.clauses, second.clauses)) pairs.push([first, second]);
      }
    });
  }
  return pairs;
}

function mutuallyExclusive(a: readonly ConditionClause[], b: readonly ConditionClause[]): boolean {
  return a.some((x) => b.some((y) => x.expression === y.expression && x.kind !== 'range' && y.kind !== 'range' && x.negated !== y.negated));
}
