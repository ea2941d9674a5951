/**
 * `--fail-on error|warning|note` (action input `fail-on`): the severity that fails a check.
 * `error` (the default) keeps the check's own verdict — errors fail, and the check's own
 * exceptions stand (the approve label, a gate sweep that reports on each PR's status).
 * `warning` also fails on any warning; `note` on any finding at all.
 */
import { InputError } from '../errors.js';
import { inline, type Finding, type Report, type Severity } from './model.js';

export const FAIL_ON_LEVELS = ['error', 'warning', 'note'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];
export const DEFAULT_FAIL_ON: FailOn = 'error';

/** The severities each level fails on, beyond the check's own verdict. */
const FAILING: Record<FailOn, readonly Severity[]> = { error: [], warning: ['error', 'warning'], note: ['error', 'warning', 'notice'] };

/** A user's value ('' → the default); exit 2 naming where it came from otherwise. */
export function parseFailOn(value: string | undefined, where: string): FailOn {
  const level = (value ?? '').trim().toLowerCase() || DEFAULT_FAIL_ON;
  if ((FAIL_ON_LEVELS as readonly string[]).includes(level)) return level as FailOn;
  throw new InputError(`${where}: expected ${FAIL_ON_LEVELS.join(' | ')}, got '${value}'`, {
    hint: 'error fails on errors only (the default); warning also on warnings; note on any finding.',
  });
}

/** The findings that fail the check at this level (none beyond the check's own verdict at `error`); an ignored finding never does. */
export function findingsFailingAt(findings: readonly Finding[], failOn: FailOn): Finding[] {
  return findings.filter((finding) => !finding.ignored && FAILING[failOn].includes(finding.severity));
}

/** The report with its verdict held to the level: a pass with findings at or above it becomes a fail, and says why. */
export function applyFailOn<Data extends object>(report: Report<Data>, failOn: FailOn): Report<Data> {
  const failing = findingsFailingAt(report.findings, failOn);
  if (report.verdict === 'fail' || failing.length === 0) return report;
  const counts = countBySeverity(failing);
  const reason = `failed on ${counts} (fail-on: ${failOn})`;
  const data = 'verdict' in report.data ? { ...report.data, verdict: 'fail' } : report.data;
  return {
    ...report,
    verdict: 'fail',
    headline: `${report.headline} — ${reason}`,
    blocks: [...report.blocks, { kind: 'paragraph', text: inline`The check ${reason}: with fail-on ${failOn}, ${failOn === 'warning' ? 'a warning' : 'any finding'} fails it.` }],
    data,
  };
}

function countBySeverity(findings: readonly Finding[]): string {
  const names: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], notice: ['note', 'notes'] };
  return (['error', 'warning', 'notice'] as const)
    .map((severity) => ({ severity, count: findings.filter((f) => f.severity === severity).length }))
    .filter(({ count }) => count > 0)
    .map(({ severity, count }) => `${count} ${names[severity][count === 1 ? 0 : 1]}`)
    .join(', ');
}
