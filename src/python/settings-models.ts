/**
 * Environment reads through settings models, in one module: a class validated from the
 * environment (`Config.model_validate_strings(dict(os.environ))`, `model_validate`,
 * `parse_obj`, `Config(**os.environ)` — pydantic models and dataclasses alike), and
 * `pydantic_settings.BaseSettings` subclasses (`env_prefix`, `alias`/`validation_alias`,
 * `case_sensitive`, set by `model_config = SettingsConfigDict(…)`, class keywords or an inner
 * `class Config`). A field without a default is a required variable, one with a default optional.
 */
import type { SyntaxNode } from '@lezer/common';
import { topLevelClasses, type PythonClass } from './classes.js';
import { dottedName, liftExpression, type PyExpr } from './expressions.js';
import { childrenOf, hasLength, type PythonModule } from './parse.js';

export interface ModelField {
  /** The variable the field reads. */
  name: string;
  required: boolean;
  default: string | null;
  line: number;
  /** The statement, for rename detection (`KAFKA_TOPIC: str`). */
  statement: string;
}

const VALIDATORS = new Set(['model_validate_strings', 'model_validate', 'parse_obj', 'validate']);
const SETTINGS_BASES = /(^|\.)BaseSettings$/;
const FIELD_CALLS = /(^|\.)(Field|field)$/;

/**
 * Fields read from the environment, per class: settings classes always, other classes when
 * some call in the module builds them from the environment (`isEnviron` says which
 * expressions are `os.environ` under the module's names).
 */
export function settingsModelFields(module: PythonModule, isEnviron: (node: SyntaxNode) => boolean): ModelField[] {
  const classes = topLevelClasses(module);
  const validated = classesBuiltFromEnviron(module, isEnviron);
  const out: ModelField[] = [];
  for (const cls of classes) {
    const settings = cls.bases.some((base) => SETTINGS_BASES.test(dottedName(base) ?? ''));
    if (!settings && !validated.has(cls.name)) continue;
    const config = settings ? settingsConfig(module, cls) : { prefix: '', caseSensitive: true };
    out.push(...fieldsOf(module, cls, settings, config));
  }
  return out;
}

/** Names of classes some call builds from the environment: `C.model_validate_strings(dict(os.environ))`, `C(**os.environ)`. */
function classesBuiltFromEnviron(module: PythonModule, isEnviron: (node: SyntaxNode) => boolean): Set<string> {
  const names = new Set<string>();
  const environLike = (node: SyntaxNode | undefined): boolean => {
    if (!node) return false;
    if (isEnviron(node)) return true;
    // dict(os.environ), os.environ.copy(), {**os.environ}
    const parts = childrenOf(node);
    if (node.name === 'CallExpression') {
      const callee = parts[0];
      const args = parts[1] ? childrenOf(parts[1]).filter((c) => !['(', ')', ','].includes(c.name)) : [];
      if (callee?.name === 'VariableName' && module.textOf(callee) === 'dict' && args.length === 1) return environLike(args[0]);
      if (callee?.name === 'MemberExpression' && module.textOf(childrenOf(callee)[2] ?? callee) === 'copy') return environLike(childrenOf(callee)[0]);
    }
    if (node.name === 'DictionaryExpression') return parts.some((part, i) => part.name === '**' && environLike(parts[i + 1]));
    return false;
  };
  module.tree.iterate({
    enter: (ref) => {
      if (ref.name !== 'CallExpression') return;
      const [callee, argList] = childrenOf(ref.node);
      if (!callee || argList?.name !== 'ArgList') return;
      const args = childrenOf(argList).filter((c) => !['(', ')', ','].includes(c.name));
      if (callee.name === 'MemberExpression') {
        const parts = childrenOf(callee);
        const [object] = parts;
        const method = hasLength(parts, 3) ? module.textOf(parts[2]) : '';
        if (object?.name === 'VariableName' && VALIDATORS.has(method) && environLike(args[0])) names.add(module.textOf(object));
      } else if (callee.name === 'VariableName') {
        const spread = args.findIndex((arg) => arg.name === '**');
        if (spread >= 0 && environLike(args[spread + 1])) names.add(module.textOf(callee));
      }
    },
  });
  return names;
}

interface SettingsConfig {
  prefix: string;
  caseSensitive: boolean;
}

/** env_prefix and case_sensitive from `model_config = SettingsConfigDict(…)`, class keywords or `class Config`. */
function settingsConfig(module: PythonModule, cls: PythonClass): SettingsConfig {
  const options: Record<string, PyExpr> = { ...cls.keywords };
  for (const statement of cls.body) {
    const assignment = assignmentOf(module, statement);
    if (assignment?.target === 'model_config' && assignment.value?.kind === 'call') Object.assign(options, assignment.value.keywords);
  }
  for (const inner of cls.nested.filter((nested) => nested.name === 'Config')) {
    for (const statement of inner.body) {
      const assignment = assignmentOf(module, statement);
      if (assignment?.value) options[assignment.target] = assignment.value;
    }
  }
  const prefix = options.env_prefix?.kind === 'string' ? options.env_prefix.value : '';
  const caseSensitive = options.case_sensitive?.kind === 'const' && options.case_sensitive.value === true;
  return { prefix, caseSensitive };
}

function fieldsOf(module: PythonModule, cls: PythonClass, settings: boolean, config: SettingsConfig): ModelField[] {
  const out: ModelField[] = [];
  for (const statement of cls.body) {
    const assignment = assignmentOf(module, statement);
    if (!assignment?.annotated || assignment.target.startsWith('_') || assignment.target === 'model_config') continue;
    if (/^(typing\.)?ClassVar\b/.test(assignment.annotation)) continue;
    const { required, defaultText, alias } = defaultOf(assignment.value);
    const envName = alias ?? `${config.prefix}${assignment.target}`;
    out.push({
      name: settings && !config.caseSensitive ? envName.toUpperCase() : envName,
      required,
      default: defaultText,
      line: module.lineAt(statement.from),
      statement: `${module.textOf(statement).replace(assignment.target, '…').replace(/\s+/g, ' ')}`.slice(0, 300),
    });
  }
  return out;
}

/** Required or not, the default's text, and the alias of a field whose value is `value`. */
function defaultOf(value: PyExpr | undefined): { required: boolean; defaultText: string | null; alias?: string } {
  if (!value) return { required: true, defaultText: null };
  if (value.kind === 'call' && FIELD_CALLS.test(dottedName(value.callee) ?? '')) {
    const explicit = value.keywords.default ?? value.args[0];
    const factory = value.keywords.default_factory;
    const aliasExpr = value.keywords.validation_alias ?? value.keywords.alias;
    const alias = aliasExpr?.kind === 'string' ? aliasExpr.value : undefined;
    if (factory) return { required: false, defaultText: `${textOf(factory)}()`, alias };
    if (explicit && explicit.kind !== 'ellipsis') return { required: false, defaultText: textOf(explicit), alias };
    return { required: true, defaultText: null, alias };
  }
  return { required: false, defaultText: textOf(value) };
}

function textOf(expr: PyExpr): string {
  if ('text' in expr) return expr.text;
  return dottedName(expr) ?? '…';
}

/** `name: annotation = value`, `name: annotation` or `name = value` at class level. */
function assignmentOf(module: PythonModule, statement: SyntaxNode) {
  if (statement.name !== 'AssignStatement') return undefined;
  const parts = childrenOf(statement);
  if (parts[0]?.name !== 'VariableName') return undefined;
  const typeDef = parts[1]?.name === 'TypeDef' ? parts[1] : undefined;
  const assignAt = parts.findIndex((part) => part.name === 'AssignOp');
  const valueNode = assignAt >= 0 ? parts[assignAt + 1] : undefined;
  if (assignAt >= 0 && parts.filter((part) => part.name === 'AssignOp').length > 1) return undefined;
  return {
    target: module.textOf(parts[0]),
    annotated: typeDef !== undefined,
    annotation: typeDef ? module.textOf(typeDef).replace(/^:\s*/, '') : '',
    value: valueNode ? liftExpression(module, valueNode) : undefined,
  };
}
