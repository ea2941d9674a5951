/**
 * Entry of the root action (dist/lockstep/index.js): runs, in one step, every check that
 * .github/lockstep.yml enables — `messages:` → schema-diff, `env:` → env-diff,
 * `gate:` → pipelines-gate — and publishes one report per check.
 */
import * as core from '@actions/core';
import type { LoadedConfig } from '../config/load.js';
import { applyFailOn } from '../report/fail-on.js';
import type { Report } from '../report/model.js';
import { GATE_EVENTS } from '../gate/events.js';
import { loadActionConfig } from './check-context.js';
import { ENV_DIFF_EVENTS, readEventContext, SCHEMA_DIFF_EVENTS } from './event.js';
import { failOnInput, stringInput } from './inputs.js';
import { commentWanted, updateStickyComment } from './comment-on-pr.js';
import { handleActionError, publishReport, runAction } from './run-action.js';

let comment = false;

interface Check {
  name: string;
  enabled: boolean;
  /** The events it has revisions for (schema-diff and env-diff also run on any event given the `base` input). */
  events: readonly string[];
  produce(config: LoadedConfig): Promise<Report>;
}

/**
 * The checks this event applies to: one workflow can carry the root action on every trigger
 * (the gate's schedule and workflow_run, the PR's pull_request) and each check runs where it
 * has something to read; the others are skipped, and the log says so.
 */
function checksForEvent(checks: Check[], eventName: string): Check[] {
  const runs = checks.filter((check) => check.events.includes(eventName) || (check.name !== 'pipelines-gate' && stringInput('base') !== ''));
  for (const check of checks.filter((c) => !runs.includes(c))) core.notice(`lockstep ${check.name} skipped: it runs on ${check.events.join(', ')} events, not '${eventName}'.`);
  return runs;
}

await runAction('lockstep', async () => {
  comment = commentWanted();
  const context = await readEventContext();
  // Loaded once (and refused here when it links out of the workspace); each check gets this copy.
  const loaded = await loadActionConfig(context);
  const { config } = loaded;
  const checks: Check[] = [
    {
      name: 'schema-diff',
      enabled: (config.messages?.length ?? 0) > 0,
      events: SCHEMA_DIFF_EVENTS,
      produce: async (shared) => (await import('./schema-diff-run.js')).produceSchemaDiff(shared),
    },
    {
      name: 'env-diff',
      enabled: config.env !== undefined,
      events: ENV_DIFF_EVENTS,
      produce: async (shared) => (await import('./env-diff-run.js')).produceEnvDiff(shared),
    },
    {
      name: 'pipelines-gate',
      enabled: config.gate !== undefined,
      events: GATE_EVENTS,
      produce: async (shared) => (await import('./pipelines-gate-run.js')).producePipelinesGate(shared),
    },
  ];
  const configured = checks.filter((check) => check.enabled);
  if (configured.length === 0) {
    core.setOutput('checks', '');
    core.warning(`${loaded.file} enables no check: add a messages:, env: or gate: section (see the README).`);
    return [];
  }
  const enabled = checksForEvent(configured, context.eventName);
  core.setOutput('checks', enabled.map((check) => check.name).join(','));
  const reports: Report[] = [];
  let firstError: { name: string; error: unknown } | undefined;
  // One check's bad input must not hide the others' results.
  for (const check of enabled) {
    try {
      reports.push(await core.group(`lockstep ${check.name}`, async () => check.produce(loaded)));
    } catch (error) {
      firstError ??= { name: check.name, error };
      core.error(`lockstep ${check.name} could not run: ${(error as Error).message}`);
    }
  }
  if (firstError) {
    // Publish what did run, then fail the step as the CLI would (exit 2 for input errors).
    for (const report of reports) await publishReport(applyFailOn(report, failOnInput()), true);
    handleActionError(firstError.name, firstError.error);
    return [];
  }
  return reports;
}, {
  prefixOutputs: true,
  // The gate keeps its own comment (its record); the other checks get one each when asked.
  afterPublish: async (report) => (comment && report.command !== 'gate' ? updateStickyComment(report) : undefined),
});
