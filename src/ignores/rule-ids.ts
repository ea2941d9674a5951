/**
 * The rules an ignore may name: the rows of the schema-diff and env-diff rule tables. Other
 * findings (a peer that cannot read the head, a bump too small, the gate's statuses) are not
 * ignorable: they follow from the rules, or have their own escape (the approve label).
 */
import { RULES as ENV_RULES } from '../env/rules.js';
import { RULES as SCHEMA_RULES } from '../schema/rules.js';
import { closestMatch } from '../config/did-you-mean.js';

export type IgnorableCheck = 'schema-diff' | 'env-diff';

const CHECK_OF_RULE: ReadonlyMap<string, IgnorableCheck> = new Map<string, IgnorableCheck>([
  ...SCHEMA_RULES.map((rule) => [rule.id, 'schema-diff'] as const),
  ...Object.values(ENV_RULES).map((rule) => [rule.id, 'env-diff'] as const),
]);

/** The check whose rule table has this id; undefined for an id in no table. */
export function checkOfRule(id: string): IgnorableCheck | undefined {
  return CHECK_OF_RULE.get(id);
}

/** "unknown rule id 'strict-feld-added' (did you mean 'strict-field-added'?)", or undefined for a known id. */
export function unknownRuleProblem(id: string): string | undefined {
  if (CHECK_OF_RULE.has(id)) return undefined;
  const suggestion = closestMatch(id, [...CHECK_OF_RULE.keys()]);
  return `unknown rule id ${JSON.stringify(id)}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; the rule ids are those of the rule tables in docs/actions/schema-diff.md and docs/actions/env-diff.md`;
}
