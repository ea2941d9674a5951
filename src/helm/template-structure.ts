/**
 * The control structure of one template: `if`/`with`/`range` branches (with the condition
 * each branch runs under), `define`/`block` bodies, and the named templates it calls.
 * Unbalanced `end`/`else` or an unclosed block is an InputError naming the line.
 */
import { keywordOf, TemplateText, type TemplateAction } from './template-actions.js';

export interface ConditionClause {
  kind: 'if' | 'with' | 'range';
  /** The pipeline after the keyword, whitespace collapsed, e.g. `.Values.butler_writer.enabled`. */
  expression: string;
  /** True inside the `else` branch (and for earlier branches of an `else if`). */
  negated: boolean;
}

export interface BranchRegion {
  /** Offsets of the branch body. */
  from: number;
  to: number;
  clauses: ConditionClause[];
}

export interface DefineBody {
  name: string;
  template: TemplateText;
  from: number;
  to: number;
  line: number;
}

export interface TemplateCall {
  /** The named template, or null when the name is computed (`include (printf …)`). */
  name: string | null;
  action: TemplateAction;
}

export class TemplateStructure {
  readonly regions: BranchRegion[];
  readonly defines: DefineBody[];

  constructor(readonly template: TemplateText) {
    ({ regions: this.regions, defines: this.defines } = build(template));
  }

  /** The condition clauses in force at an offset, outermost first. */
  clausesAt(offset: number, within?: { from: number; to: number }): ConditionClause[] {
    const clauses: ConditionClause[] = [];
    for (const region of this.regions) {
      if (offset < region.from || offset >= region.to) continue;
      if (within && (region.from < within.from || region.to > within.to)) continue;
      clauses.push(...region.clauses);
    }
    return clauses;
  }
}

interface OpenBlock {
  kind: 'if' | 'with' | 'range' | 'define' | 'block';
  action: TemplateAction;
  /** Expressions of the branches so far (for the negations of an `else`). */
  previous: Array<{ kind: 'if' | 'with' | 'range'; expression: string }>;
  branchFrom: number;
  branchClauses: ConditionClause[];
  name?: string;
}

/** The branch regions (in the order their branches close) and the define bodies of a template. */
function build(template: TemplateText): { regions: BranchRegion[]; defines: DefineBody[] } {
  const regions: BranchRegion[] = [];
  const defines: DefineBody[] = [];
  const stack: OpenBlock[] = [];
  for (const action of template.actions) {
    if (action.comment) continue;
    const keyword = keywordOf(action);
    const rest = collapse(action.body.slice(keyword.length));
    switch (keyword) {
      case 'if':
      case 'with':
      case 'range':
        stack.push({
          kind: keyword,
          action,
          previous: [{ kind: keyword, expression: rest }],
          branchFrom: action.to,
          branchClauses: [{ kind: keyword, expression: rest, negated: false }],
        });
        break;
      case 'define':
      case 'block':
        stack.push(openDefine(template, keyword, action, rest));
        break;
      case 'else': {
        const open = stack.pop();
        if (!open || open.kind === 'define' || open.kind === 'block') {
          throw template.error('`else` outside an if/with/range block', action.from, 'Remove the stray {{ else }} or add the opening {{ if … }}.');
        }
        regions.push(regionOf(open, action.from));
        stack.push(nextBranch(open, action, rest));
        break;
      }
      case 'end': {
        const open = stack.pop();
        if (!open) throw template.error('`end` without an open block', action.from, 'Remove the stray {{ end }} or add the block it closes.');
        if (open.kind === 'define' || open.kind === 'block') defines.push({ name: open.name!, template, from: open.action.to, to: action.from, line: open.action.line });
        else regions.push(regionOf(open, action.from));
        break;
      }
      default:
        break;
    }
  }
  const unclosed = stack.pop();
  if (unclosed) {
    throw template.error(`\`${unclosed.kind}\` block is never closed: expected {{ end }}`, unclosed.action.from, 'Add the missing {{ end }}.');
  }
  return { regions, defines };
}

function openDefine(template: TemplateText, keyword: 'define' | 'block', action: TemplateAction, rest: string): OpenBlock {
  const name = /^"((?:[^"\\]|\\.)*)"/.exec(rest)?.[1];
  if (name === undefined) {
    throw template.error(`${keyword} without a quoted template name`, action.from, `Write {{ ${keyword} "chart.name" }}.`);
  }
  return { kind: keyword, action, previous: [], branchFrom: action.to, branchClauses: [], name };
}

/** The branch an `else` (or `else if`/`else with`) opens: the earlier branches negated, and its own condition. */
function nextBranch(open: OpenBlock, action: TemplateAction, rest: string): OpenBlock {
  const negations: ConditionClause[] = open.previous.map((p) => ({ kind: p.kind, expression: p.expression, negated: true }));
  const chained = /^(if|with)\b/.exec(rest);
  const kind = chained?.[1];
  if (kind !== 'if' && kind !== 'with') return { ...open, branchClauses: negations, branchFrom: action.to };
  const expression = collapse(rest.slice(kind.length));
  return {
    ...open,
    previous: [...open.previous, { kind, expression }],
    branchClauses: [...negations, { kind, expression, negated: false }],
    branchFrom: action.to,
  };
}

function regionOf(open: OpenBlock, to: number): BranchRegion {
  return { from: open.branchFrom, to, clauses: open.branchClauses };
}

function collapse(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** `include "name"` / `template "name"` calls in an action (several may share one action). */
export function templateCalls(action: TemplateAction): TemplateCall[] {
  if (action.comment) return [];
  const calls: TemplateCall[] = [];
  const pattern = /(?:^|[\s(|])(include|template)\s+("((?:[^"\\]|\\.)*)"|\S+)/g;
  for (let match = pattern.exec(action.body); match; match = pattern.exec(action.body)) {
    calls.push({ name: match[3] ?? null, action });
  }
  return calls;
}

/** How a clause reads in a report: `.Values.x`, `not .Values.x`, `with .Values.x`, `range .Values.x`. */
export function renderClause(clause: ConditionClause): string {
  const prefix = clause.kind === 'if' ? '' : `${clause.kind} `;
  const text = `${prefix}${clause.expression}`;
  if (!clause.negated) return text;
  return /^[\w.$]+$/.test(text) ? `not ${text}` : `not (${text})`;
}

export function renderClauses(clauses: readonly ConditionClause[]): string | null {
  return clauses.length ? clauses.map(renderClause).join(' and ') : null;
}
