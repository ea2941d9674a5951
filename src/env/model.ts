/**
 * The env-diff model and its JSON contract (README, "env-diff JSON"): changes on both
 * sides, one order per variable, and parity problems between workloads.
 */
import { concat, plainText, type Inline } from '../report/model.js';
import type { EnvironmentChange } from './environment-changes.js';

export type Side = 'code' | 'chart';
export type ChangeKind = 'read-added' | 'read-removed' | 'read-changed' | 'set-added' | 'set-removed' | 'set-changed';
export type Order = 'safe' | 'config-first' | 'code-first' | 'together' | 'blocked';
export type ParityProblem = 'missing' | 'different';

export interface EnvChange {
  side: Side;
  kind: ChangeKind;
  name: string;
  workload: string;
  /** Code side: required (always or under `condition`); chart side: null. */
  required: boolean | null;
  /** Code side: default text of an optional read; chart side: null. */
  default: string | null;
  conditional: boolean;
  condition: string | null;
  /** Chart side: the value expression; code side: null. */
  value: string | null;
  file: string | null;
  line: number | null;
}

export interface Guidance {
  name: string;
  order: Order;
  /** Environments the order concerns (those to hold back, to update, or that still need the variable). */
  environments: string[];
  message: string;
}

export interface ParityEntry {
  name: string;
  /** For `missing`: the workloads that lack the entry; for `different`: the workloads whose settings differ. */
  workloads: string[];
  problem: ParityProblem;
  file: string | null;
  line: number | null;
  /** Present when an ignore accepts the problem (it then does not fail the check). */
  ignored?: { reason: string; source: 'config' | 'inline'; until: string | null };
}

/** How an environment's pinned version moves: `new` for an environment the PR adds, `unchanged` when only its settings changed. */
export type DeployedMove = 'upgrade' | 'downgrade' | 'major-downgrade' | 'unchanged' | 'new' | 'unknown';

/** One environment whose deployed version was checked (its pin changed, or a removal concerned it). */
export interface DeployedVersion {
  environment: string;
  before: string | null;
  after: string | null;
  /** The release tag read for `after`, or null when none matched. */
  release: string | null;
  move: DeployedMove;
  /** Where the pin is (values file:line). */
  where: string;
}

export interface EnvDiffData {
  verdict: 'pass' | 'fail';
  changes: EnvChange[];
  guidance: Guidance[];
  parity: ParityEntry[];
  deployed: DeployedVersion[];
  /** What each environment's containers get that they did not before (deployment repository). */
  environments: EnvironmentChange[];
  /** The findings an ignore accepted (present only when there are some): they decide no order and fail nothing. */
  ignored?: IgnoredEnvFinding[];
}

export interface IgnoredEnvFinding {
  rule: string;
  variable: string;
  file: string | null;
  line: number | null;
  ignored: { reason: string; source: 'config' | 'inline'; until: string | null };
}

/** The stricter order wins when several facts concern one variable. */
export const ORDER_RANK: Record<Order, number> = { safe: 0, 'code-first': 1, 'config-first': 2, together: 3, blocked: 4 };

/** One statement about one variable, before statements about the same variable are merged. */
export interface GuidanceFact {
  name: string;
  order: Order;
  environments: string[];
  message: Inline;
  /** Not a block but worth a warning (an optional read losing its setting, an unknown condition). */
  warning?: boolean;
}

/** Guidance as the report shows it: the merged message as spans too (the JSON data keeps the plain `message`). */
export type ShownGuidance = Guidance & { spans: Inline };

export function mergeGuidance(facts: readonly GuidanceFact[]): ShownGuidance[] {
  const byName = new Map<string, ShownGuidance>();
  for (const fact of facts) {
    const current = byName.get(fact.name);
    const message = plainText(fact.message);
    // The strictest order decides; its environments and messages are the ones a reader acts on.
    if (!current || ORDER_RANK[fact.order] > ORDER_RANK[current.order]) {
      byName.set(fact.name, { name: fact.name, order: fact.order, environments: [...fact.environments], message, spans: fact.message });
      continue;
    }
    if (ORDER_RANK[fact.order] < ORDER_RANK[current.order]) continue;
    const merged = current.message.includes(message) ? {} : { message: `${current.message} ${message}`, spans: concat(current.spans, ' ', fact.message) };
    byName.set(fact.name, { ...current, environments: [...new Set([...current.environments, ...fact.environments])], ...merged });
  }
  return [...byName.values()]
    .map((guidance) => ({ ...guidance, environments: [...guidance.environments].sort() }))
    .sort((a, b) => ORDER_RANK[b.order] - ORDER_RANK[a.order] || a.name.localeCompare(b.name));
}
