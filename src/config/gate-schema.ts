/** `gate:` section of .github/lockstep.yml (pipelines-gate). */
import { z } from 'zod';
import { UserGlob } from './git-values.js';

export const WorkflowSchema = z.strictObject({
  file: z.string().min(1).meta({ description: 'the workflow file name in .github/workflows', examples: ['build-base.yml'] }),
  ref: z.string().min(1).optional().meta({ description: 'the branch to dispatch it on (default: the default branch)', examples: ['main'] }),
  inputs: z
    .record(z.string(), z.string())
    .default({})
    .meta({ description: 'workflow_dispatch inputs; {YYYY} {MM} {DD} are the daily date', examples: [{ stackTag: 'd_{YYYY}_{MM}_{DD}' }] }),
});

export const GateSchema = z.strictObject({
  upstream: z
    .array(UserGlob)
    .min(1)
    .meta({ description: 'repository patterns a Depends-On line may name (globs: *, ?, [abc], {a,b}; no extglobs or ( ) | groups)', examples: [['lsst/*', 'lsst-dm/*']] }),
  registry: z.string().min(1).default('ghcr.io').meta({ description: 'the container registry of the daily images', examples: ['ghcr.io'] }),
  image: z.string().min(1).meta({ description: 'the image repository in the registry', examples: ['lsst/scipipe'] }),
  'daily-tag': z.string().min(1).meta({ description: 'the tag of a daily image; {YYYY} {MM} {DD} are the date', examples: ['al9-d_{YYYY}_{MM}_{DD}'] }),
  'base-workflow': WorkflowSchema.meta({
    description: 'the workflow that builds the base image with the upstream PRs',
    examples: [{ file: 'build-base.yml', ref: 'main', inputs: { stackTag: 'd_{YYYY}_{MM}_{DD}' } }],
  }),
  'test-workflow': WorkflowSchema.meta({ description: 'the workflow that tests the PR on that base image', examples: [{ file: 'build-service.yml', inputs: { baseTag: 'd_{YYYY}_{MM}_{DD}' } }] }),
  'status-context': z.string().min(1).default('pipelines-gate').meta({ description: 'the commit status context the gate writes', examples: ['pipelines-gate'] }),
});
