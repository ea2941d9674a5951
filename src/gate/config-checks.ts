/**
 * What the zod schema of `gate:` cannot say: the daily tag must be dated, an
 * upstream pattern names owner/repo, and each dispatched workflow gets the
 * daily's date in an input (else the base build would not know which daily to
 * build on, and the gate could not recognise its runs). Errors name the file,
 * the line and the key.
 */
import { readFile } from 'node:fs/promises';
import type { GateConfig } from '../config/schema.js';
import { parseYaml, type YamlPath } from '../config/yaml.js';
import { InputError } from '../errors.js';

const DATED = ['{YYYY}', '{MM}', '{DD}'];

interface Problem {
  path: YamlPath;
  message: string;
  hint: string;
}

export function gateConfigProblems(gate: GateConfig): Problem[] {
  const problems: Problem[] = [];
  if (!DATED.every((part) => gate['daily-tag'].includes(part))) {
    problems.push({
      path: ['gate', 'daily-tag'],
      message: `gate.daily-tag: '${gate['daily-tag']}' must contain {YYYY}, {MM} and {DD}`,
      hint: 'Daily tags are dated, e.g. al9-d_{YYYY}_{MM}_{DD}; the gate asks the registry for each candidate date directly.',
    });
  }
  gate.upstream.forEach((pattern, index) => {
    if (!/^[^/\s]+\/[^/\s]+$/.test(pattern)) {
      problems.push({
        path: ['gate', 'upstream', index],
        message: `gate.upstream[${index}]: '${pattern}' is not owner/repo or a pattern of it`,
        hint: 'Write repositories a Depends-On may name as owner/repo globs, e.g. lsst/* or lsst/pipe_tasks.',
      });
    }
  });
  for (const key of ['base-workflow', 'test-workflow'] as const) {
    const inputs = gate[key].inputs ?? {};
    if (!Object.values(inputs).some((value) => DATED.some((part) => value.includes(part)))) {
      problems.push({
        path: ['gate', key, 'inputs'],
        message: `gate.${key}.inputs: no input carries the daily's date`,
        hint: key === 'base-workflow' ? 'For PP: inputs: {stackTag: "d_{YYYY}_{MM}_{DD}"}.' : 'For PP: inputs: {baseTag: "d_{YYYY}_{MM}_{DD}"}.',
      });
    }
  }
  return problems;
}

/** Throws the first problem as an InputError with the line it is on. */
export async function assertGateConfig(gate: GateConfig, file: string, displayName: string): Promise<void> {
  const problems = gateConfigProblems(gate);
  if (problems.length === 0) return;
  const first = problems[0]!;
  let line: number | undefined;
  try {
    line = parseYaml(await readFile(file, 'utf8'), displayName).lineOf(first.path);
  } catch {
    // The file parsed a moment ago; without a line the message still names the key.
  }
  const more = problems.length > 1 ? `\n${problems.slice(1).map((problem) => `  ${problem.message}`).join('\n')}` : '';
  throw new InputError(`${first.message}${more}`, { file: displayName, line, hint: first.hint });
}
