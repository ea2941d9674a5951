/** `gate:` section of .github/lockstep.yml (pipelines-gate). */
import { z } from 'zod';

export const WorkflowSchema = z.strictObject({
  file: z.string().min(1).describe('workflow file name in .github/workflows'),
  ref: z.string().min(1).optional(),
  inputs: z
    .record(z.string(), z.string())
    .default({})
    .describe('workflow_dispatch inputs; {YYYY} {MM} {DD} are the daily date'),
});

export const GateSchema = z.strictObject({
  upstream: z.array(z.string().min(1)).min(1).describe('repository patterns a Depends-On may name, e.g. lsst/*'),
  registry: z.string().min(1).default('ghcr.io'),
  image: z.string().min(1).describe('image repository, e.g. lsst/scipipe'),
  'daily-tag': z.string().min(1).describe('tag of a daily image, e.g. al9-d_{YYYY}_{MM}_{DD}'),
  'base-workflow': WorkflowSchema,
  'test-workflow': WorkflowSchema,
  'status-context': z.string().min(1).default('pipelines-gate'),
});
