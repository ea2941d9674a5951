/**
 * A list of named env pairs → one env-diff Report: the verdict is the worst pair's, the
 * headline names each pair, each pair's blocks sit in their own section, its findings carry
 * its name (annotations, SARIF), and the JSON is `{verdict, pairs: [{name, ...one pair's fields}]}`.
 */
import { inline, type Block, type Report } from '../report/model.js';
import type { EnvDiffData } from './model.js';

export interface NamedPairReport {
  name: string;
  report: Report<EnvDiffData>;
}

/** One pair in the list-form JSON: its name, then exactly the fields of the single-pair JSON. */
export type EnvPairData = { name: string } & EnvDiffData;

export interface EnvPairsData {
  verdict: 'pass' | 'fail';
  pairs: EnvPairData[];
}

export function combinePairReports(pairs: readonly NamedPairReport[]): Report<EnvPairsData> {
  const verdict = pairs.some(({ report }) => report.verdict === 'fail') ? 'fail' : 'pass';
  return {
    command: 'env-diff',
    verdict,
    headline: headline(pairs),
    findings: pairs.flatMap(({ name, report }) => report.findings.map((finding) => ({ ...finding, pair: name }))),
    blocks: pairs.map(({ name, report }): Block => ({ kind: 'section', title: inline`${name}: ${report.headline}`, verdict: report.verdict, blocks: report.blocks })),
    data: { verdict, pairs: pairs.map(({ name, report }) => ({ name, ...report.data })) },
  };
}

/** Failing pairs first; pairs with the same headline share it ("prompt-keda, butler-writer: no environment variable changes"). */
function headline(pairs: readonly NamedPairReport[]): string {
  const ordered = [...pairs.filter(({ report }) => report.verdict === 'fail'), ...pairs.filter(({ report }) => report.verdict !== 'fail')];
  const byHeadline = new Map<string, string[]>();
  for (const { name, report } of ordered) byHeadline.set(report.headline, [...(byHeadline.get(report.headline) ?? []), name]);
  return [...byHeadline].map(([text, names]) => `${names.join(', ')}: ${text}`).join('; ');
}
