/**
 * The rule tables of the action pages (docs/actions/schema-diff.md, docs/actions/env-diff.md),
 * generated from the tables the checks run (schema/rules.ts, env/decisions.ts, env/rules.ts):
 * `npm run docs` rewrites each section between its markers, and a test fails when a page
 * drifts from the code.
 */
import { DECISION_TABLES } from '../env/decisions.js';
import { RULES as ENV_RULES } from '../env/rules.js';
import type { ChangeKind } from '../schema/diff.js';
import { RULES as SCHEMA_RULES, type DecoderKind, type Direction, type Rule } from '../schema/rules.js';

const DECODER_LABEL: Record<Rule['decoder'], string> = { strict: 'strict', 'pydantic-ignore': 'pydantic, extra=ignore', 'pydantic-forbid': 'pydantic, extra=forbid', function: 'function', any: 'any' };

function verdictWord(rule: Rule): string {
  if (rule.breaking) return 'breaking';
  return rule.bump === 'patch' ? 'compatible (patch)' : 'compatible';
}

/** The rules a change of `kind` meets for this reader, in table order, up to the first without a condition. */
function candidates(kind: ChangeKind, decoder: DecoderKind, direction: Direction): Rule[] {
  const matching = SCHEMA_RULES.filter(
    (rule) => rule.kind === kind && (rule.decoder === 'any' || rule.decoder === decoder) && (rule.direction === 'any' || rule.direction === direction),
  );
  const last = matching.findIndex((rule) => !rule.when);
  return last === -1 ? matching : matching.slice(0, last + 1);
}

function describe(rules: Rule[]): string {
  const [only] = rules;
  if (rules.length === 1 && only && !only.when) return verdictWord(only);
  return rules.map((rule) => (rule.when ? `${verdictWord(rule)} if ${rule.when.text}` : `else ${verdictWord(rule)}`)).join(', ');
}

function cell(kind: ChangeKind, decoders: readonly DecoderKind[], direction: Direction): string {
  const texts = decoders.map((decoder) => describe(candidates(kind, decoder, direction)));
  const [first = ''] = texts;
  if (texts.every((text) => text === first)) return first;
  return decoders.map((decoder, index) => `${DECODER_LABEL[decoder].replace('pydantic, ', '')}: ${texts[index]}`).join('; ');
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

export function schemaRuleTables(): string {
  const kinds = [...new Set(SCHEMA_RULES.map((rule) => rule.kind))];
  const pydantic = ['pydantic-ignore', 'pydantic-forbid'] as const;
  const matrix = [
    '| change | strict consumer | strict producer | pydantic consumer | pydantic producer | function consumer |',
    '| --- | --- | --- | --- | --- | --- |',
    ...kinds.map(
      (kind) =>
        `| \`${kind}\` | ${cell(kind, ['strict'], 'consumer')} | ${cell(kind, ['strict'], 'producer')} | ${cell(kind, pydantic, 'consumer')} | ${cell(kind, pydantic, 'producer')} | ${cell(kind, ['function'], 'consumer')} |`,
    ),
  ];
  const every = [
    '| id | decoder | role | change | verdict | bump | severity | why |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...SCHEMA_RULES.map(
      (rule) =>
        `| \`${rule.id}\` | ${DECODER_LABEL[rule.decoder]} | ${rule.direction} | ${rule.kind}${rule.when ? ` (${rule.when.text})` : ''} | ${rule.breaking ? '**breaking**' : 'compatible'} | ${rule.bump} | ${rule.severity} | ${escapeCell(rule.why)} |`,
    ),
  ];
  return [
    ...matrix,
    '',
    '<details><summary>Every rule, with its id, bump and why (the ids appear in annotations and in the JSON; first match wins)</summary>',
    '',
    ...every,
    '</details>',
  ].join('\n');
}

export function envRuleTables(): string {
  const out: string[] = ['For each situation the first row that holds decides; "order" is what the variable\'s row in the report says.', ''];
  for (const { title, table } of DECISION_TABLES) {
    out.push(`**${title}**`, '', '| when | rule | order | severity |', '| --- | --- | --- | --- |');
    for (const row of table) out.push(`| ${escapeCell(row.when)} | \`${row.rule.id}\` | ${row.rule.order ? `\`${row.rule.order}\`` : '—'} | ${row.rule.severity} |`);
    out.push('');
  }
  const decided = new Set<string>(DECISION_TABLES.flatMap(({ table }) => table.map((row) => row.rule.id)));
  const direct = Object.values(ENV_RULES).filter((rule) => !decided.has(rule.id));
  out.push('**Reported directly** (parity, unreadable input, helm cross-check)', '', '| rule | title | order | severity |', '| --- | --- | --- | --- |');
  for (const rule of direct) out.push(`| \`${rule.id}\` | ${escapeCell(rule.title)} | ${rule.order ? `\`${rule.order}\`` : '—'} | ${rule.severity} |`);
  out.push('', 'Every message these rules print is in [docs/messages.md](../messages.md).');
  return out.join('\n');
}

/** Each generated section: the file (from the repository root) that holds its markers, and how to render it. */
export const GENERATED_SECTIONS: readonly { file: string; name: string; render: () => string }[] = [
  { file: 'docs/actions/schema-diff.md', name: 'schema-rules', render: schemaRuleTables },
  { file: 'docs/actions/env-diff.md', name: 'env-rules', render: envRuleTables },
];

/** The files that hold generated sections. */
export const GENERATED_FILES: readonly string[] = [...new Set(GENERATED_SECTIONS.map((section) => section.file))];

/** `text` (the content of `file`) with each of its generated sections replaced; throws when a marker pair is missing. */
export function rewriteGenerated(file: string, text: string): string {
  let out = text;
  for (const { name, render } of GENERATED_SECTIONS.filter((section) => section.file === file)) {
    const begin = `<!-- generated:${name} (npm run docs) -->`;
    const end = `<!-- /generated:${name} -->`;
    const from = out.indexOf(begin);
    const to = out.indexOf(end);
    if (from === -1 || to < from) throw new Error(`${file}: the markers ${begin} … ${end} are missing`);
    out = `${out.slice(0, from + begin.length)}\n${render()}\n${out.slice(to)}`;
  }
  return out;
}
