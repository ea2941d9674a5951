/**
 * The hidden JSON record in the gate's sticky comment: what a later run may
 * reuse without asking again (merged upstream PRs, the daily image found for
 * the last merge, dispatched runs and their final conclusions, the status last
 * written). Read back only from the token's own comment, and validated: a record
 * that does not parse is no record, and the gate recomputes from GitHub and the
 * registry.
 */
import { z } from 'zod';
import { GATE_STATES } from './model.js';

const RunRecord = z.object({
  tag: z.string(),
  run: z.number().int().nullable(),
  url: z.string().nullable(),
  conclusion: z.string().nullable(),
  dispatchedAt: z.string(),
});

export const GateRecordSchema = z.object({
  v: z.literal(1),
  head: z.string(),
  state: z.enum(GATE_STATES),
  dependencies: z.array(z.object({ repository: z.string(), number: z.number().int(), merged: z.boolean(), mergedAt: z.string().nullable() })),
  daily: z.object({ tag: z.string(), digest: z.string(), created: z.string(), afterMergedAt: z.string() }).nullable(),
  base: RunRecord.nullable(),
  tests: RunRecord.extend({ head: z.string() }).nullable(),
  status: z.object({ sha: z.string(), state: z.string(), description: z.string(), targetUrl: z.string().nullable() }).nullable(),
  /** The earliest-merge text, for the state and UTC day it was computed on. */
  estimate: z.object({ state: z.enum(GATE_STATES), text: z.string(), day: z.string() }).nullable(),
});

export type GateRecord = z.infer<typeof GateRecordSchema>;
export type RunRecord = z.infer<typeof RunRecord>;

export function parseGateRecord(value: unknown): GateRecord | undefined {
  const parsed = GateRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Conclusions after which a run will not change by itself. */
export function isFinalConclusion(conclusion: string | null | undefined): boolean {
  return typeof conclusion === 'string' && conclusion !== '';
}
