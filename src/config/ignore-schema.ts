/**
 * `ignore:` of .github/lockstep.yml: findings a reviewer accepted, one rule at a time, narrowed
 * to a message, field or variable, with a reason and an optional expiry date. Rule ids are
 * checked against the rule tables here, so a typo is an error with its line, not an ignore
 * that silently matches nothing.
 */
import { z } from 'zod';
import { checkOfRule, unknownRuleProblem } from '../ignores/rule-ids.js';

/** `YYYY-MM-DD`, a real calendar date. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateProblem(value: string): string | undefined {
  const parts = ISO_DATE.exec(value);
  if (!parts) return 'expected an ISO date YYYY-MM-DD';
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return `${value} is not a calendar date`;
  return undefined;
}

export const IgnoreEntrySchema = z
  .strictObject({
    rule: z.string().min(1).describe('the rule id, e.g. strict-field-added or env/config-removes-optional (the id column of the rule tables)'),
    message: z.string().min(1).optional().describe('schema-diff rules: only this message (its `messages[].name`)'),
    field: z.string().min(1).optional().describe('schema-diff rules: only this field (a nested field as parent.child)'),
    variable: z.string().min(1).optional().describe('env-diff rules: only this environment variable'),
    until: z
      .string()
      .optional()
      .describe('last day the ignore applies, YYYY-MM-DD (UTC); after it the ignore is a warning and no longer applies'),
    reason: z.string().trim().min(1).describe('why the finding is accepted: shown next to it in every report'),
  })
  .superRefine((entry, context) => {
    const unknown = unknownRuleProblem(entry.rule);
    if (unknown) return context.addIssue({ code: 'custom', path: ['rule'], message: unknown });
    const check = checkOfRule(entry.rule);
    const misplaced = check === 'env-diff' ? (['message', 'field'] as const).filter((key) => entry[key] !== undefined) : entry.variable !== undefined ? ['variable'] : [];
    for (const key of misplaced)
      context.addIssue({ code: 'custom', path: [key], message: `${entry.rule} is a${check === 'env-diff' ? 'n env-diff' : ' schema-diff'} rule: narrow it with ${check === 'env-diff' ? '`variable`' : '`message` and `field`'}, not \`${key}\`` });
    const problem = entry.until === undefined ? undefined : dateProblem(entry.until);
    if (problem) context.addIssue({ code: 'custom', path: ['until'], message: `${problem}, got ${JSON.stringify(entry.until)}` });
  });

export const IgnoreListSchema = z.array(IgnoreEntrySchema).describe('findings accepted on purpose, each with a reason (see the README, "Ignores")');

/** One `ignore:` entry, with the line it starts on in the configuration (set by the loader). */
export type IgnoreEntry = z.output<typeof IgnoreEntrySchema> & { line?: number };
