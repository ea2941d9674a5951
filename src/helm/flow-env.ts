/**
 * Env entries written as YAML flow collections in a template — `- {name: X, value: "1"}`,
 * JSON style `- {"name": "X", "value": "1"}`, or a whole list `env: [{…}, {…}]` — read with
 * the `yaml` parser. Template actions are blanked first (each character replaced by `x`, same
 * length), so offsets in the parsed document are offsets in the template and every scalar's
 * original text, actions included, is a slice of the template.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Node } from 'yaml';
import type { TemplateText } from './template-actions.js';

export interface FlowEntry {
  /** The name's source text without YAML quotes, or null when the item has no readable `name`. */
  name: string | null;
  /** The value's source text (`valueFrom: …` for other keys), actions included. */
  value: string;
  /** Template offset of the name (or of the item when it has none). */
  offset: number;
}

/** A flow collection longer than this is not parsed: the check stops (exit 2) rather than skip the entries in it. */
export const MAX_FLOW_TEXT = 64 * 1024;

/**
 * Entries of the flow collection starting at `from` (a `{` or `[`) and ending before `to`,
 * or null when the text is not one readable flow collection.
 */
export function readFlowEntries(template: TemplateText, from: number, to: number): FlowEntry[] | null {
  if (to - from > MAX_FLOW_TEXT) {
    throw template.error(
      `a flow-style env list of ${Math.ceil((to - from) / 1024)} KB; Lockstep reads at most ${MAX_FLOW_TEXT / 1024} KB in one, and does not skip the entries in it`,
      from,
      'Write the env list in block style (one `- name: …` item per line), or move the long values into the values file.',
    );
  }
  const source = blankActions(template, from, to);
  const document = parseDocument(source, { uniqueKeys: false });
  if (document.errors.length) return null;
  const root = document.contents;
  if (!isSeq(root) && !isMap(root)) return null;
  const items: unknown[] = isSeq(root) ? root.items : [root];
  return items.map((item) => flowEntry(template, from, item));
}

function flowEntry(template: TemplateText, from: number, item: unknown): FlowEntry {
  const offset = from + (rangeOf(item)?.[0] ?? 0);
  if (!isMap(item)) return { name: null, value: '', offset };
  let name: FlowEntry['name'] = null;
  let nameOffset = offset;
  const values: string[] = [];
  for (const pair of item.items) {
    if (!isPair(pair) || !isScalar(pair.key)) return { name: null, value: '', offset };
    const key = String(pair.key.value);
    const valueRange = rangeOf(pair.value);
    const valueText = valueRange ? template.text.slice(from + valueRange[0], from + valueRange[1]).trim() : '';
    if (key === 'name' && isScalar(pair.value) && valueRange) {
      name = unquoteScalar(pair.value, valueText);
      nameOffset = from + valueRange[0];
    } else if (key === 'value') {
      values.push(valueText);
    } else {
      values.push(`${key}: ${valueText.replace(/\s+/g, ' ')}`);
    }
  }
  return { name, value: values.join(' '), offset: nameOffset };
}

function rangeOf(node: unknown): [number, number] | null {
  const range = (node as Node | null | undefined)?.range;
  return range ? [range[0], range[1]] : null;
}

/** A quoted scalar's source without its quotes (escapes in a double-quoted name are rare and kept as written). */
function unquoteScalar(scalar: Scalar, text: string): string {
  if (scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE) return text.slice(1, -1);
  return text;
}

/** The template text from `from` to `to` with every action's characters (but newlines) replaced by `x`. */
export function blankActions(template: TemplateText, from: number, to: number): string {
  const chars = template.text.slice(from, to).split('');
  for (const action of template.actions) {
    if (action.to <= from || action.from >= to) continue;
    for (let i = Math.max(action.from, from); i < Math.min(action.to, to); i++) {
      if (chars[i - from] !== '\n') chars[i - from] = 'x';
    }
  }
  return chars.join('');
}

/**
 * Offset just past the flow collection opening at `from` (bracket depth back to 0, strings
 * skipped), in text whose actions are blanked; null when it does not close before `to`.
 */
export function flowEnd(blanked: string, from: number, to: number, base: number): number | null {
  let depth = 0;
  for (let i = from - base; i < to - base; i++) {
    const ch = blanked[i];
    if (ch === '"' || ch === "'") {
      const close = blanked.indexOf(ch, i + 1);
      if (close < 0) return null;
      i = close;
    } else if (ch === '[' || ch === '{') {
      depth++;
    } else if (ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return base + i + 1;
    }
  }
  return null;
}

/**
 * A name written as template actions that only print string literals — `{{ "X" }}`,
 * `{{- "X" -}}`, `PREFIX_{{ "X" }}`, `` {{ `X` }} ``, `{{ "X" | quote }}` — as the text
 * Helm renders; null when any action computes something.
 */
export function literalName(text: string): string | null {
  let computed = false;
  const rendered = text.replace(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g, (_, body: string) => {
    const literal = /^(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`)(\s*\|\s*(?:quote|squote))?$/.exec(body.trim());
    if (!literal) {
      computed = true;
      return '';
    }
    return literal[1] ?? literal[2] ?? '';
  });
  if (computed) return null;
  const quoted = /^(['"])(.*)\1$/.exec(rendered.trim());
  return quoted?.[2] ?? rendered.trim();
}
