/**
 * What every action entry shares: run the core, then publish the Report — step summary,
 * annotations (capped as GitHub caps them, the rest in the summary), outputs, log — and
 * fail the step exactly when the CLI would exit non-zero (2 for input errors).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { ExitCode, firstLineOf, InputError } from '../errors.js';
import { selectAnnotations } from '../report/annotations.js';
import { applyFailOn } from '../report/fail-on.js';
import { defuseWorkflowCommands } from '../report/log-safety.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/model.js';
import { renderJson } from '../report/render.js';
import { renderSarif, sarifConfigFile } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { failOnInput } from './inputs.js';

export interface ActionRunOptions {
  /** Name outputs `<command>-verdict` etc. (the root action runs several checks). */
  prefixOutputs?: boolean;
  /** Called after publishing, e.g. to update a sticky PR comment. Its failure is a warning. */
  afterPublish?(report: Report): Promise<void>;
}

export async function runAction(name: string, produce: () => Promise<Report | Report[]>, options: ActionRunOptions = {}): Promise<void> {
  try {
    const failOn = failOnInput();
    const produced = await produce();
    const reports = (Array.isArray(produced) ? produced : [produced]).map((report) => applyFailOn(report, failOn));
    for (const report of reports) await publishReport(report, options.prefixOutputs ?? false);
    core.setOutput('sarif-file', writeSarifFile(name, reports));
    for (const report of reports) {
      if (!options.afterPublish) break;
      await options.afterPublish(report).catch((error: unknown) => {
        core.warning(`Could not update the PR comment: ${(error as Error).message ?? String(error)}`);
      });
    }
    const failed = reports.filter((report) => report.verdict === 'fail');
    if (options.prefixOutputs) core.setOutput('verdict', failed.length > 0 ? 'fail' : 'pass');
    if (failed.length > 0) {
      core.setFailed(failed.map((report) => `${report.command}: ${report.headline}`).join('\n'));
      process.exitCode = ExitCode.failed;
    }
  } catch (error) {
    handleActionError(name, error);
  }
}

export async function publishReport(report: Report, prefixOutputs = false): Promise<void> {
  const { shown, overflow } = selectAnnotations(report.findings);
  const prefix = prefixOutputs ? `${report.command}-` : '';
  core.setOutput(`${prefix}verdict`, report.verdict);
  core.setOutput(`${prefix}result-json`, renderJson(report).trimEnd());
  for (const [key, value] of Object.entries(report.outputs ?? {})) core.setOutput(`${prefix}${key}`, value);
  for (const annotation of shown) {
    const properties = { title: annotation.title, file: annotation.file, startLine: annotation.line };
    if (annotation.level === 'error') core.error(annotation.message, properties);
    else if (annotation.level === 'warning') core.warning(annotation.message, properties);
    else core.notice(annotation.message, properties);
  }
  core.info(defuseWorkflowCommands(renderText(report)));
  await core.summary.addRaw(renderMarkdown(report, { overflow })).write();
}

/**
 * The reports as one SARIF log in the runner's temp folder (for github/codeql-action/upload-sarif);
 * findings without a file are pinned to the configuration.
 */
function writeSarifFile(name: string, reports: readonly Report[]): string {
  const fallbackFile = sarifConfigFile(core.getInput('config'), process.env.GITHUB_WORKSPACE ?? process.cwd());
  const file = path.join(process.env.RUNNER_TEMP || os.tmpdir(), `lockstep-${name}.sarif`);
  writeFileSync(file, renderSarif(reports, { fallbackFile }));
  return file;
}

export function handleActionError(name: string, error: unknown): void {
  if (error instanceof InputError) {
    core.error(error.hint ? `${error.message}\n${error.hint}` : error.message, {
      title: `lockstep ${name}: input error`,
      file: error.file,
      startLine: error.line,
    });
    core.setFailed(`lockstep ${name}: ${error.describe()}`);
    process.exitCode = ExitCode.inputError;
    return;
  }
  if (error instanceof Error && error.stack) core.debug(error.stack);
  core.setFailed(`lockstep ${name}: internal error: ${firstLineOf(error)} (re-run with debug logging for the stack trace)`);
  process.exitCode = ExitCode.failed;
}
