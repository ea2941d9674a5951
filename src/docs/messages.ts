/**
 * docs/messages.md: every message a contributor can meet, generated (`npm run messages`) so
 * the set can be read and reviewed at once. Rule messages come from the rule tables, rendered
 * with placeholders (‹name›); the other findings and the bad-input errors (InputError) are read
 * from the source with the TypeScript parser: each `new InputError(…)` (and `super(…)` of its
 * subclasses) and each object literal with an `id` and a `message`. A function or method that
 * only passes its parameters on (`error(message, offset, hint) { return new InputError(message,
 * { …, hint }) }`, an error builder) is read at its calls instead: `template.error('unclosed
 * template action…', from, 'Close the action…')` shows that text, not ‹message›. A test fails
 * when the file is stale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { RULES as ENV_RULES, type Facts } from '../env/rules.js';
import { escapeHtmlOutsideCode } from '../report/markdown.js';
import { plainText } from '../report/model.js';
import { changeFindingMessage } from '../schema/report.js';
import { RULES as SCHEMA_RULES } from '../schema/rules.js';

const PLACEHOLDERS: Facts = {
  name: '‹name›',
  workload: '‹workload›',
  other: '‹other›',
  condition: '‹condition›',
  default: '‹default›',
  environments: ['‹environment›'],
  environment: '‹environment›',
  version: '‹version›',
  previous: '‹previous›',
  where: '‹file:line›',
  source: '‹source›',
  via: null,
};

interface Extracted {
  file: string;
  id?: string;
  severity?: string;
  title?: string;
  message: string;
  hint?: string;
}

/** Source text of an expression as a reader sees the message: literals as written, the rest as ‹placeholders›. */
function template(node: ts.Expression, source: ts.SourceFile): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => placeholder(span.expression, source) + span.literal.text).join('');
  if (ts.isParenthesizedExpression(node)) return template(node.expression, source);
  if (ts.isConditionalExpression(node)) return `${template(node.whenTrue, source)} | ${template(node.whenFalse, source)}`;
  return spans(node, source) ?? placeholder(node, source);
}

/**
 * A message built of spans (report/model.ts), read as its plain text: an `inline` template as
 * a template, `code(x)` as `‹x›` between backticks, `concat(…)` joined, `prose(x)` and
 * `strong(x)` as their text; undefined for anything else.
 */
function spans(node: ts.Expression, source: ts.SourceFile): string | undefined {
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'inline') {
    const literal = node.template;
    if (ts.isNoSubstitutionTemplateLiteral(literal)) return literal.text;
    return literal.head.text + literal.templateSpans.map((span) => placeholder(span.expression, source) + span.literal.text).join('');
  }
  if (!ts.isCallExpression(node)) return undefined;
  const name = node.expression.getText(source);
  const [first] = node.arguments;
  if (name === 'concat') return node.arguments.map((argument) => template(argument, source)).join('');
  if (!first) return undefined;
  if (name === 'code') return `\`${template(first, source)}\``;
  if (name === 'prose' || name === 'strong' || name === 'findingMessage') return template(first, source);
  return undefined;
}

/** A finding's message: its `message`, or the spans given to `...findingMessage(…)`. */
function messageOf(object: ts.ObjectLiteralExpression, source: ts.SourceFile): ts.Expression | undefined {
  const message = property(object, 'message');
  if (message) return message;
  for (const item of object.properties) {
    if (ts.isSpreadAssignment(item) && ts.isCallExpression(item.expression) && item.expression.expression.getText(source) === 'findingMessage') return item.expression;
  }
  return undefined;
}

function placeholder(node: ts.Expression, source: ts.SourceFile): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) return template(node, source);
  if (ts.isConditionalExpression(node)) return `[${template(node.whenTrue, source)} | ${template(node.whenFalse, source)}]`;
  const built = spans(node, source);
  if (built !== undefined) return built;
  const text = node.getText(source).replace(/\s+/g, ' ');
  const name = /([A-Za-z_][\w]*)(?:\([^()]*\))?(?:\.\w+\([^()]*\))*\s*$/.exec(text)?.[1] ?? 'value';
  return `‹${text.length <= 24 ? text : name}›`;
}

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const item of object.properties) {
    if (ts.isPropertyAssignment(item) && item.name.getText() === name) return item.initializer;
  }
  return undefined;
}

/** Where an error builder takes its message and hint: argument positions, and how many it takes. */
interface ErrorBuilder {
  message: number;
  hint?: number;
  arity: number;
}

/** The `hint` of an InputError's details, written `hint: x` or as the shorthand `hint`. */
function hintOf(details: ts.Expression | undefined): ts.Expression | undefined {
  if (!details || !ts.isObjectLiteralExpression(details)) return undefined;
  for (const item of details.properties) {
    if (ts.isShorthandPropertyAssignment(item) && item.name.text === 'hint') return item.name;
  }
  return property(details, 'hint');
}

/** `name(…)` or `receiver.name(…)`: the name called. */
function calledName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
}

/** The function or method around `node` whose parameter `name` is; its position. */
function parameterIndex(node: ts.Node, name: string): { owner: ts.SignatureDeclaration; index: number } | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isFunctionDeclaration(parent) || ts.isMethodDeclaration(parent)) {
      const index = parent.parameters.findIndex((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === name);
      return index < 0 ? undefined : { owner: parent, index };
    }
  }
  return undefined;
}

/** `new InputError(message, { …, hint })` where both come from the parameters of the named function around it: an error builder. */
function errorBuilder(node: ts.NewExpression): [string, ErrorBuilder] | undefined {
  const [message, details] = node.arguments ?? [];
  if (!message || !ts.isIdentifier(message)) return undefined;
  const at = parameterIndex(node, message.text);
  const name = at?.owner.name;
  if (!at || !name || !ts.isIdentifier(name)) return undefined;
  const hint = hintOf(details);
  const hintAt = hint && ts.isIdentifier(hint) ? parameterIndex(node, hint.text) : undefined;
  return [name.text, { message: at.index, ...(hintAt?.owner === at.owner ? { hint: hintAt.index } : {}), arity: at.owner.parameters.length }];
}

/** Every error builder of the source, by name (see errorBuilder). */
function errorBuilders(files: ReadonlyArray<{ file: string; text: string }>): Map<string, ErrorBuilder> {
  const builders = new Map<string, ErrorBuilder>();
  for (const { file, text } of files) {
    const visit = (node: ts.Node): void => {
      const found = ts.isNewExpression(node) && node.expression.getText() === 'InputError' ? errorBuilder(node) : undefined;
      if (found) builders.set(...found);
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true));
  }
  return builders;
}

/** A call of an error builder with its arguments written out (a literal message): the message and hint it makes. */
function builtError(node: ts.Node, builders: ReadonlyMap<string, ErrorBuilder>): { message: ts.Expression; hint?: ts.Expression } | undefined {
  if (!ts.isCallExpression(node)) return undefined;
  const name = calledName(node);
  const builder = name === undefined ? undefined : builders.get(name);
  if (!builder || node.arguments.length !== builder.arity) return undefined;
  const message = node.arguments[builder.message];
  if (!message || !(ts.isStringLiteral(message) || ts.isNoSubstitutionTemplateLiteral(message) || ts.isTemplateExpression(message))) return undefined;
  const hint = builder.hint === undefined ? undefined : node.arguments[builder.hint];
  return { message, ...(hint ? { hint } : {}) };
}

function extendsInputError(node: ts.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isClassDeclaration(parent)) return parent.heritageClauses?.some((clause) => clause.getText().includes('InputError')) ?? false;
  }
  return false;
}

function scan(file: string, text: string, builders: ReadonlyMap<string, ErrorBuilder>): { errors: Extracted[]; findings: Extracted[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const errors: Extracted[] = [];
  const findings: Extracted[] = [];
  const visit = (node: ts.Node): void => {
    const isErrorCall =
      (ts.isNewExpression(node) && node.expression.getText(source) === 'InputError' && !errorBuilder(node)) ||
      (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword && extendsInputError(node));
    const built = builtError(node, builders);
    if (built) errors.push({ file, message: template(built.message, source), ...(built.hint ? { hint: template(built.hint, source) } : {}) });
    if (isErrorCall && node.arguments?.[0]) {
      const details = node.arguments[1];
      const hint = details && ts.isObjectLiteralExpression(details) ? property(details, 'hint') : undefined;
      errors.push({ file, message: template(node.arguments[0], source), ...(hint ? { hint: template(hint, source) } : {}) });
    }
    if (ts.isObjectLiteralExpression(node)) {
      const id = property(node, 'id');
      const message = messageOf(node, source);
      if (id && message && !ts.isArrowFunction(message) && (ts.isStringLiteral(id) || ts.isTemplateExpression(id) || ts.isNoSubstitutionTemplateLiteral(id))) {
        const severity = property(node, 'severity');
        const title = property(node, 'title');
        findings.push({
          file,
          id: template(id, source),
          message: template(message, source),
          ...(severity ? { severity: template(severity, source) } : {}),
          ...(title ? { title: template(title, source) } : {}),
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { errors, findings };
}

function sourceFiles(root: string, dir = 'src'): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(root, `${dir}/${entry.name}`) : entry.name.endsWith('.ts') ? [`${dir}/${entry.name}`] : []));
}

const line = (text: string) => escapeHtmlOutsideCode(text.replace(/\s*\n\s*/g, ' '));

function envSection(): string[] {
  const out = ['## env-diff rules', '', 'From `src/env/rules.ts`; which situation picks which rule is in [the order rules](actions/env-diff.md#the-order-rules).', ''];
  for (const rule of Object.values(ENV_RULES)) {
    out.push(`- \`${rule.id}\` (${rule.severity}${rule.order ? `, order \`${rule.order}\`` : ''}) **${line(rule.title)}**: ${line(plainText(rule.message(PLACEHOLDERS)))}`);
  }
  return out;
}

function schemaSection(): string[] {
  const out = ['## schema-diff rules', '', 'From `src/schema/rules.ts`, as the finding on a changed field reads.', ''];
  for (const rule of SCHEMA_RULES) {
    const change = { kind: rule.kind, field: '‹field›', from: '‹old type›', to: '‹new type›', breaking: rule.breaking, rule };
    out.push(`- \`${rule.id}\` (${rule.severity}, ${rule.bump}): ${line(plainText(changeFindingMessage(change, '‹role›', '‹decoder›')))}`);
  }
  return out;
}

export function renderMessages(root: string): string {
  const files = sourceFiles(root).map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));
  const builders = errorBuilders(files);
  const scanned = files.map(({ file, text }) => scan(file, text, builders));
  const findings = scanned.flatMap((item) => item.findings);
  const errors = scanned.flatMap((item) => item.errors);
  const out = [
    '# Every message Lockstep prints',
    '',
    '<!-- Generated by `npm run messages` from the rule tables and the source; do not edit by hand. -->',
    '',
    'Read it as a contributor would: each message should say what changed, why it matters and what to do.',
    '‹placeholders› stand for what the run fills in; `a | b` is one of two wordings.',
    '',
    ...envSection(),
    '',
    ...schemaSection(),
    '',
    '## Other findings',
    '',
    ...findings.map((f) => `- \`${f.id}\`${f.severity ? ` (${line(f.severity)})` : ''}${f.title ? ` **${line(f.title)}**` : ''}: ${line(f.message)} — ${f.file}`),
    '',
    '## Bad input (exit 2)',
    '',
    ...errors.map((e) => `- ${line(e.message)}${e.hint ? ` — *${line(e.hint)}*` : ''} — ${e.file}`),
    '',
  ];
  return out.join('\n');
}
