/**
 * A dataclass or pydantic model in Python source → MessageSchema, without running
 * Python: fields through inheritance across files, defaults, ClassVar/InitVar
 * excluded, enums as value sets, nested models as objects, types in one form.
 */
import type { SyntaxNode } from '@lezer/common';
import { InputError } from '../errors.js';
import { childrenOf, parsePython } from '../python/parse.js';
import { dottedName, liftExpression, type PyExpr } from '../python/expressions.js';
import type { PythonClass } from '../python/classes.js';
import { code, inline, plainText, type Inline } from '../report/model.js';
import type { EnumMember, ExtraPolicy, LiteralValue, MessageField, MessageSchema, SchemaSourceKind, SchemaWarning, WireType } from './model.js';
import { PythonProgram, type LoadedModule, type Resolved, type SourceFiles } from './python-program.js';
import {
  DATACLASS_DECORATORS, DICT_TYPES, ENUM_BASES, EXCLUDED_ANNOTATIONS, IGNORED_BASES, LIST_TYPES, SCALAR_BUILTINS,
  SET_TYPES, TRANSPARENT_WRAPPERS, TUPLE_TYPES,
} from './python-names.js';
import { ANY, NONE, formatType, makeUnion, scalar } from './types.js';

/**
 * How deep inheritance, nested models and type expressions may go together (CPython has no
 * such bound; real messages stay far below it). Deeper is refused (exit 2), never cut short:
 * a cut would hide the fields and types past it.
 */
export const MAX_NESTING = 100;
/** How many parts one field's type may expand to through aliases (`T2 = Union[T1, list[T1]]` doubles each time). */
export const MAX_TYPE_PARTS = 5_000;

interface ClassShape {
  kind: SchemaSourceKind;
  /**
   * By Python name (a pydantic alias is the wire name, but a subclass redefines by Python name),
   * in CPython's order; null for a ClassVar/InitVar, which holds its place for a later redefinition.
   */
  fields: Map<string, MessageField | null>;
  extra: ExtraPolicy | undefined;
  isEnum: boolean;
  /**
   * The class's attributes once created (its own and its bases'), as `getattr(cls, name)` finds
   * them: a field annotated without a value takes its default from here, as CPython does.
   */
  attribute: (name: string) => PyExpr | undefined;
}

export async function extractPythonSchema(files: SourceFiles, file: string, className: string): Promise<MessageSchema> {
  const extractor = new PythonSchemaExtractor(new PythonProgram(files));
  return extractor.message(file, className);
}

/** Names of the top-level classes of a Python file at a revision (empty when it is absent). */
export async function classNamesIn(files: SourceFiles, file: string): Promise<string[]> {
  const module = await new PythonProgram(files).loadFirst([file]);
  return module ? [...module.classes.keys()] : [];
}

class PythonSchemaExtractor {
  private readonly warnings: SchemaWarning[] = [];
  private readonly shapes = new Map<PythonClass, ClassShape>();
  private readonly inProgress = new Set<PythonClass>();
  /** Each module-level alias is resolved once (by its expression), whatever number of uses. */
  private readonly aliasTypes = new Map<PyExpr, WireType>();
  private readonly aliasesInProgress = new Set<PyExpr>();
  private readonly typeParts = new WeakMap<WireType, number>();

  constructor(private readonly program: PythonProgram) {}

  async message(file: string, className: string): Promise<MessageSchema> {
    const module = await this.program.loadRequired(
      file,
      () => new InputError(`schema file ${file} does not exist at this revision`, { file, hint: 'Check the `schema:` path (PATH#Class, relative to the repository root).' }),
    );
    const cls = findClass(module, className);
    const shape = await this.shape(module, cls, 0);
    if (shape.kind === 'class' && !shape.isEnum)
      this.warn(inline`${className} is neither a dataclass nor a pydantic model: it is not read as a message (${code('cls(**message)')} does not take its annotations)`, file, cls.line);
    if (shape.isEnum) throw new InputError(`${className} is an enum, not a message class`, { file, line: cls.line, hint: 'Point `schema:` at the dataclass or pydantic model that travels as the message.' });
    return {
      name: className,
      kind: shape.kind,
      file,
      line: cls.line,
      fields: fieldList(shape),
      extra: shape.extra ?? (shape.kind === 'pydantic' ? 'ignore' : 'forbid'),
      warnings: this.warnings,
    };
  }

  /**
   * Shapes are computed one at a time (never in parallel), so a class met again while
   * its own shape is being computed is a cycle (`class M(M)`, a recursive model).
   */
  private async shape(module: LoadedModule, cls: PythonClass, depth: number): Promise<ClassShape> {
    const done = this.shapes.get(cls);
    if (done) return done;
    if (this.inProgress.has(cls)) return { kind: 'class', fields: new Map(), extra: undefined, isEnum: false, attribute: () => undefined };
    this.inProgress.add(cls);
    try {
      const shape = await this.computeShape(module, cls, depth);
      this.shapes.set(cls, shape);
      return shape;
    } finally {
      this.inProgress.delete(cls);
    }
  }

  private async computeShape(module: LoadedModule, cls: PythonClass, depth: number): Promise<ClassShape> {
    const baseFields: { plain: boolean; fields: ClassShape['fields'] }[] = [];
    const bases: ClassShape[] = [];
    let kind: SchemaSourceKind = 'class';
    let extra: ExtraPolicy | undefined;
    let isEnum = false;
    // The last base first: an earlier base overrides a later one, as in the MRO.
    for (const baseExpr of [...cls.bases].reverse()) {
      const target = baseExpr.kind === 'subscript' ? baseExpr.target : baseExpr;
      const parts = target.kind === 'name' ? target.parts : undefined;
      if (!parts) {
        this.warn(inline`base class ${code(exprText(baseExpr))} of ${cls.name} is not a plain name: its fields are unknown`, module.path, baseExpr.line);
        continue;
      }
      const resolved = await this.program.resolve(module, parts);
      if (resolved.kind === 'class') {
        tooDeep(depth + 1, module.path, baseExpr.line, `the inheritance of ${cls.name}`);
        const base = await this.shape(resolved.module, resolved.cls, depth + 1);
        if (base.isEnum) isEnum = true;
        if (base.kind !== 'class') kind = base.kind;
        extra = base.extra ?? extra;
        baseFields.push({ plain: base.kind === 'class', fields: base.fields });
        bases.unshift(base);
        continue;
      }
      if (resolved.kind === 'alias') continue;
      const qualified = resolved.qualified;
      if (qualified === 'pydantic.BaseModel') kind = 'pydantic';
      else if (qualified in ENUM_BASES) isEnum = true;
      else if (IGNORED_BASES.has(qualified) || qualified === 'builtins.int' || qualified === 'builtins.str') continue;
      else this.warn(inline`base class ${code(parts.join('.'))} of ${cls.name} comes from outside the repository (${qualified}): its fields are unknown and not checked`, module.path, baseExpr.line);
    }
    const namespace = classNamespace(module, cls);
    // getattr(cls, name): the class's own attributes, then each base's (depth first, as the MRO of a tree).
    const fromBases = (name: string) => bases.map((b) => b.attribute(name)).find((v) => v !== undefined);
    if (isEnum) return { kind, fields: new Map(), extra, isEnum, attribute: (name) => (namespace.has(name) ? namespace.get(name) : fromBases(name)) };
    const decorated = await this.isDataclass(module, cls);
    // A plain subclass of a dataclass is a dataclass to CPython (it inherits its fields and
    // __init__), but its own annotations are not fields; a plain class of its own has no
    // fields to CPython, and its annotations are read only to say what changed.
    const ownAreFields = decorated || kind === 'pydantic' || kind === 'class';
    if (decorated) kind = kind === 'pydantic' ? 'pydantic' : 'dataclass';
    extra = this.declaredExtra(module, cls) ?? extra;
    // A plain base's annotations are not fields of a dataclass or model deriving from it.
    const inherited: ClassShape['fields'] = new Map();
    for (const base of baseFields) if (!base.plain || kind === 'class') for (const [name, f] of base.fields) inherited.set(name, f);
    const lookup = (name: string) => (namespace.has(name) ? namespace.get(name) : fromBases(name));
    const own = ownAreFields ? await this.ownFields(module, cls, { kind, depth, valueOf: lookup }) : [];
    // pydantic builds every field again in each model: an inherited field takes its default from
    // the attribute the model sees under its name (a base's ClassVar, say), if there is one.
    if (kind === 'pydantic') for (const [name, field] of await this.reinherited(module, inherited, own.map((o) => o.pythonName), lookup)) inherited.set(name, field);
    const attributes = new Map(namespace);
    for (const { field, pythonName, call } of own) {
      // A redefined field keeps its place (dataclass semantics); a name this class declares
      // ClassVar or InitVar (null) is no longer a field, even if a base's was.
      inherited.set(pythonName, field);
      if (!field) continue;
      // What the class keeps as the attribute: a dataclass keeps a plain default, pydantic none.
      if (!attributes.has(pythonName)) continue;
      const kept = kind === 'dataclass' && call?.via === 'dataclass' ? call.keywords.default : kind === 'pydantic' ? undefined : attributes.get(pythonName);
      if (kept) attributes.set(pythonName, kept);
      else attributes.delete(pythonName);
    }
    return { kind, fields: inherited, extra, isEnum, attribute: (name) => (attributes.has(name) ? attributes.get(name) : fromBases(name)) };
  }

  /** The inherited fields pydantic builds again from the attribute the model sees under their name, by name. */
  private async reinherited(module: LoadedModule, inherited: ClassShape['fields'], own: string[], lookup: (name: string) => PyExpr | undefined): Promise<Map<string, MessageField>> {
    const rebuilt = new Map<string, MessageField>();
    for (const [name, field] of inherited) {
      const value = lookup(name);
      if (!field || own.includes(name) || value === undefined) continue;
      const { required, defaultText, wireName } = await this.valueDefault(module, value, name);
      const { default: _old, ...rest } = field;
      rebuilt.set(name, { ...rest, name: wireName, required, ...(defaultText !== undefined ? { default: defaultText } : {}) });
    }
    return rebuilt;
  }

  private async isDataclass(module: LoadedModule, cls: PythonClass): Promise<boolean> {
    for (const decorator of cls.decorators) {
      const callee = decorator.kind === 'call' ? decorator.callee : decorator;
      if (callee.kind !== 'name') continue;
      const resolved = await this.program.resolve(module, callee.parts);
      if (resolved.kind === 'external' && DATACLASS_DECORATORS.has(resolved.qualified)) return true;
      if (resolved.kind === 'external' && !resolved.known && callee.parts.at(-1) === 'dataclass') return true;
    }
    return false;
  }

  /** pydantic `model_config = ConfigDict(extra=...)`, `{"extra": ...}`, class keyword `extra=`, v1 `class Config`. */
  private declaredExtra(module: LoadedModule, cls: PythonClass): ExtraPolicy | undefined {
    let extra = extraValue(cls.keywords.extra);
    for (const statement of cls.body) {
      const assignment = assignmentOf(module, statement);
      if (assignment?.target === 'model_config' && assignment.value) {
        const value = assignment.value;
        if (value.kind === 'call') extra = extraValue(value.keywords.extra) ?? extra;
        else if (value.kind === 'other') {
          const match = /["']extra["']\s*:\s*["'](ignore|forbid|allow)["']/.exec(value.text);
          if (match) extra = match[1] as ExtraPolicy;
        }
      }
    }
    const config = cls.nested.find((n) => n.name === 'Config');
    if (config) {
      for (const statement of config.body) {
        const assignment = assignmentOf(module, statement);
        if (assignment?.target === 'extra' && assignment.value) extra = extraValue(assignment.value) ?? extra;
      }
    }
    return extra;
  }

  /** `valueOf`: the attribute the class ends up with under a name (its own last assignment, else a base's). */
  private async ownFields(
    module: LoadedModule,
    cls: PythonClass,
    { kind, depth, valueOf }: { kind: SchemaSourceKind; depth: number; valueOf: (name: string) => PyExpr | undefined },
  ): Promise<{ field: MessageField | null; pythonName: string; call: FieldCall | undefined }[]> {
    for (const line of cls.undecidedConditions)
      this.warn(inline`the body of ${cls.name} has an ${code('if')} whose condition is not known without running the code: the fields of every branch are read`, module.path, line);
    // A name annotated twice keeps its first place and takes the last annotation (as CPython's __annotations__).
    const fields = new Map<string, { field: MessageField | null; pythonName: string; call: FieldCall | undefined }>();
    // `@dataclass(kw_only=True)`, fields after `_: KW_ONLY`, `field(kw_only=True)`: keyword-only in `__init__`.
    let keywordOnly = kind === 'dataclass' && cls.decorators.some((d) => d.kind === 'call' && isTrue(d.keywords.kw_only));
    for (const statement of cls.body) {
      const assignment = assignmentOf(module, statement);
      if (!assignment?.annotation) continue;
      const name = assignment.target;
      if (kind === 'pydantic' && (name.startsWith('_') || name === 'model_config')) continue;
      const annotation = unquote(assignment.annotation, module.path);
      const head = await this.headOf(module, annotation, cls);
      // Excluded keeps its place in __annotations__: annotated again later, it is a field there.
      if (head && EXCLUDED_ANNOTATIONS.has(head)) {
        if (head === 'dataclasses.KW_ONLY' && kind === 'dataclass') keywordOnly = true;
        fields.set(name, { field: null, pythonName: name, call: undefined });
        continue;
      }
      let type = await this.wireType(module, annotation, [cls], depth);
      // The default is the attribute the class ends up with: the last value assigned to the name
      // in the body, wherever it is, else a base's (`getattr(cls, name)`).
      const metadataCall = annotation.kind === 'subscript' && head === 'typing.Annotated' ? await this.annotatedFieldCall(module, annotation) : undefined;
      const { required, defaultText, wireName, call } = await this.valueDefault(module, valueOf(name), name, metadataCall);
      if (type.kind === 'scalar' && type.name === 'none') type = NONE;
      const kwOnly = kind === 'dataclass' && (call?.keywords.kw_only ? isTrue(call.keywords.kw_only) : keywordOnly);
      const field = {
        name: wireName,
        type,
        required,
        ...(defaultText !== undefined ? { default: defaultText } : {}),
        ...(kwOnly ? { keywordOnly: true } : {}),
        file: module.path,
        line: assignment.line,
        owner: cls.name,
      };
      fields.set(name, { field, pythonName: name, call });
    }
    return [...fields.values()];
  }

  /**
   * Required or not, the default's text and the wire name of a field whose class attribute is
   * `value` (`= 1`, `= field(default_factory=list)`, `= Field(..., alias="x")`, none).
   */
  private async valueDefault(module: LoadedModule, value: PyExpr | undefined, name: string, metadataCall?: FieldCall) {
    let required = value === undefined;
    let defaultText = value ? exprText(value) : undefined;
    let wireName = name;
    const fieldCall = value?.kind === 'call' ? await this.fieldCall(module, value) : undefined;
    for (const call of [metadataCall, fieldCall]) {
      if (!call) continue;
      const explicitDefault = call.keywords.default ?? (call.via === 'pydantic' ? call.args[0] : undefined);
      const factory = call.keywords.default_factory;
      if (call === fieldCall) {
        required = !factory && (!explicitDefault || explicitDefault.kind === 'ellipsis');
        defaultText = factory ? `${exprText(factory)}()` : explicitDefault && explicitDefault.kind !== 'ellipsis' ? exprText(explicitDefault) : undefined;
      } else if (factory || (explicitDefault && explicitDefault.kind !== 'ellipsis')) {
        required = false;
        defaultText = factory ? `${exprText(factory)}()` : exprText(explicitDefault!);
      }
      const alias = call.keywords.alias ?? call.keywords.serialization_alias;
      if (call.via === 'pydantic' && alias?.kind === 'string') wireName = alias.value;
    }
    return { required, defaultText, wireName, call: fieldCall };
  }

  private async fieldCall(module: LoadedModule, call: Extract<PyExpr, { kind: 'call' }>): Promise<FieldCall | undefined> {
    if (call.callee.kind !== 'name') return undefined;
    const resolved = await this.program.resolve(module, call.callee.parts);
    if (resolved.kind !== 'external') return undefined;
    if (resolved.qualified === 'dataclasses.field' || (!resolved.known && resolved.qualified === 'field')) return { ...call, via: 'dataclass' };
    if (resolved.qualified === 'pydantic.Field' || (!resolved.known && resolved.qualified === 'Field')) return { ...call, via: 'pydantic' };
    return undefined;
  }

  private async annotatedFieldCall(module: LoadedModule, annotation: Extract<PyExpr, { kind: 'subscript' }>) {
    for (const meta of annotation.args.slice(1)) {
      if (meta.kind !== 'call') continue;
      const call = await this.fieldCall(module, meta);
      if (call) return call;
    }
    return undefined;
  }

  private async headOf(module: LoadedModule, expr: PyExpr, context: PythonClass): Promise<string | undefined> {
    const target = expr.kind === 'subscript' ? expr.target : expr;
    if (target.kind !== 'name') return undefined;
    const resolved = await this.program.resolve(module, target.parts, [context]);
    if (resolved.kind !== 'external') return undefined;
    if (!resolved.known && ['ClassVar', 'InitVar', 'KW_ONLY'].includes(resolved.qualified))
      return resolved.qualified === 'InitVar' || resolved.qualified === 'KW_ONLY' ? `dataclasses.${resolved.qualified}` : `typing.${resolved.qualified}`;
    return resolved.qualified;
  }

  /** An annotation expression → its wire type, in the one canonical form. */
  async wireType(module: LoadedModule, raw: PyExpr, context: PythonClass[], depth: number): Promise<WireType> {
    tooDeep(depth, module.path, raw.line, `the type \`${exprText(raw).slice(0, 80)}\``);
    const expr = unquote(raw, module.path);
    switch (expr.kind) {
      case 'const':
        return expr.value === null ? NONE : scalar(typeof expr.value === 'boolean' ? 'bool' : 'int');
      case 'ellipsis':
        return ANY;
      case 'union':
        return makeUnion([await this.wireType(module, expr.left, context, depth + 1), await this.wireType(module, expr.right, context, depth + 1)]);
      case 'name':
        return this.namedType(module, await this.program.resolve(module, expr.parts, context), expr, depth);
      case 'subscript':
        return this.genericType(module, expr, context, depth);
      case 'call':
      case 'other':
      case 'string':
        this.warn(inline`type annotation ${code(exprText(expr))} is not understood: read as Any`, module.path, expr.line);
        return ANY;
    }
  }

  private async namedType(module: LoadedModule, resolved: Resolved, expr: PyExpr, depth: number): Promise<WireType> {
    if (resolved.kind === 'alias') return this.aliasType(resolved.module, resolved.expr, expr, depth);
    if (resolved.kind === 'class') return this.classType(resolved.module, resolved.cls, depth);
    const q = resolved.qualified;
    if (q === 'builtins.None') return NONE;
    if (q in SCALAR_BUILTINS) return scalar(SCALAR_BUILTINS[q]!);
    if (LIST_TYPES.has(q)) return { kind: 'list', item: ANY };
    if (SET_TYPES.has(q)) return { kind: 'set', item: ANY };
    if (TUPLE_TYPES.has(q)) return { kind: 'tuple', items: [ANY], variadic: true };
    if (DICT_TYPES.has(q)) return { kind: 'dict', key: ANY, value: ANY };
    if (!resolved.known) this.warn(inline`type ${code(exprText(expr))} is not defined or imported in ${module.path}: compared by name only`, module.path, expr.line);
    return scalar(q);
  }

  /** A module-level alias, resolved once; a recursive alias refers to itself by name, like a recursive model. */
  private async aliasType(module: LoadedModule, aliased: PyExpr, use: PyExpr, depth: number): Promise<WireType> {
    const done = this.aliasTypes.get(aliased);
    if (done) return done;
    if (this.aliasesInProgress.has(aliased)) return scalar(exprText(use));
    this.aliasesInProgress.add(aliased);
    try {
      const type = await this.wireType(module, aliased, [], depth + 1);
      if (this.partsOf(type) > MAX_TYPE_PARTS)
        throw new InputError(`the type alias \`${exprText(use)}\` expands to more than ${MAX_TYPE_PARTS.toLocaleString('en-US')} parts: it is not read`, {
          file: module.path,
          line: aliased.line,
          hint: 'Aliases that each use the previous one several times grow exponentially; write the message type without them.',
        });
      this.aliasTypes.set(aliased, type);
      return type;
    } finally {
      this.aliasesInProgress.delete(aliased);
    }
  }

  /** Size of a type as a tree (shared parts counted at each use), memoised; nested models count as one. */
  private partsOf(type: WireType): number {
    const known = this.typeParts.get(type);
    if (known !== undefined) return known;
    let parts = 1;
    if (type.kind === 'list' || type.kind === 'set') parts += this.partsOf(type.item);
    else if (type.kind === 'dict') parts += this.partsOf(type.key) + this.partsOf(type.value);
    else if (type.kind === 'tuple') for (const item of type.items) parts += this.partsOf(item);
    else if (type.kind === 'union') for (const option of type.options) parts += this.partsOf(option);
    else if (type.kind === 'literal') parts += type.values.length;
    this.typeParts.set(type, parts);
    return parts;
  }

  private async classType(module: LoadedModule, cls: PythonClass, depth: number): Promise<WireType> {
    // A recursive model (children: list[Node]) refers to itself by name.
    if (this.inProgress.has(cls)) return scalar(cls.name);
    tooDeep(depth + 1, module.path, cls.line, `the nested model ${cls.name}`);
    const shape = await this.shape(module, cls, depth + 1);
    if (shape.isEnum) return this.enumType(module, cls);
    return { kind: 'object', name: cls.name, ...qualname(module, cls), fields: fieldList(shape) };
  }

  private async enumType(module: LoadedModule, cls: PythonClass): Promise<WireType> {
    let base: 'int' | 'str' | 'any' | undefined;
    for (const baseExpr of cls.bases) {
      if (baseExpr.kind !== 'name') continue;
      const resolved = await this.program.resolve(module, baseExpr.parts);
      if (resolved.kind !== 'external') continue;
      if (resolved.qualified === 'builtins.int') base = 'int';
      else if (resolved.qualified === 'builtins.str') base = 'str';
      else if (resolved.qualified in ENUM_BASES && ENUM_BASES[resolved.qualified] !== 'any') base = ENUM_BASES[resolved.qualified];
    }
    const members: EnumMember[] = [];
    let counter = 0;
    for (const statement of cls.body) {
      const assignment = assignmentOf(module, statement);
      if (!assignment || assignment.annotation || !assignment.value || assignment.target.startsWith('_')) continue;
      const value = assignment.value;
      let memberValue: LiteralValue;
      if (value.kind === 'const') memberValue = value.value;
      else if (value.kind === 'string') memberValue = value.value;
      else if (value.kind === 'call' && dottedName(value.callee)?.endsWith('auto')) memberValue = base === 'str' ? assignment.target.toLowerCase() : counter + 1;
      else memberValue = exprText(value);
      if (typeof memberValue === 'number') counter = memberValue;
      members.push({ name: assignment.target, value: memberValue });
    }
    if (!base) {
      if (members.length && members.every((m) => typeof m.value === 'number' && Number.isInteger(m.value))) base = 'int';
      else if (members.length && members.every((m) => typeof m.value === 'string')) base = 'str';
      else base = 'any';
    }
    return { kind: 'enum', name: cls.name, ...qualname(module, cls), base, members };
  }

  private async genericType(module: LoadedModule, expr: Extract<PyExpr, { kind: 'subscript' }>, context: PythonClass[], depth: number): Promise<WireType> {
    const target = expr.target;
    const resolved = target.kind === 'name' ? await this.program.resolve(module, target.parts, context) : undefined;
    const q = resolved?.kind === 'external' ? resolved.qualified : undefined;
    const arg = (i: number) => (expr.args[i] ? this.wireType(module, expr.args[i], context, depth + 1) : Promise.resolve(ANY));
    // One argument after the other: shapes must never be computed in parallel (see shape()).
    const allArgs = async () => {
      const out: WireType[] = [];
      for (let i = 0; i < expr.args.length; i++) out.push(await arg(i));
      return out;
    };
    if (q === 'typing.Optional') return makeUnion([await arg(0), NONE]);
    if (q === 'typing.Union') return makeUnion(await allArgs());
    if (q === 'typing.Literal') return { kind: 'literal', values: literalValues(expr.args) };
    if (q && (TRANSPARENT_WRAPPERS.has(q) || EXCLUDED_ANNOTATIONS.has(q))) return arg(0);
    if (q && LIST_TYPES.has(q)) return { kind: 'list', item: await arg(0) };
    if (q && SET_TYPES.has(q)) return { kind: 'set', item: await arg(0) };
    if (q && DICT_TYPES.has(q)) return { kind: 'dict', key: await arg(0), value: await arg(1) };
    if (q && TUPLE_TYPES.has(q)) {
      if (expr.args.length === 2 && expr.args[1]?.kind === 'ellipsis') return { kind: 'tuple', items: [await arg(0)], variadic: true };
      return { kind: 'tuple', items: await allArgs(), variadic: false };
    }
    if (resolved && resolved.kind !== 'external') return this.namedType(module, resolved, target, depth);
    const args = await allArgs();
    // A generic Lockstep does not know: compared by its full spelling, arguments and all.
    return scalar(`${q ?? exprText(target)}[${args.map((a) => (a.kind === 'object' ? a.name : formatType(a))).join(', ')}]`);
  }

  private warn(spans: Inline, file: string, line: number): void {
    const message = plainText(spans);
    if (!this.warnings.some((w) => w.message === message && w.file === file && w.line === line)) this.warnings.push({ message, spans, file, line });
  }
}

/** The class a `schema:` names is not in its file; `available` lists the classes that are. */
export class ClassNotFoundError extends InputError {
  constructor(
    readonly className: string,
    file: string,
    readonly available: string[],
  ) {
    super(`class ${className} not found in ${file}`, {
      file,
      hint: available.length
        ? `Classes in that file: ${available.join(', ')}. Fix the \`#Class\` part of \`schema:\`.`
        : 'That file defines no classes. Fix the `schema:` path.',
    });
  }
}

/**
 * A type written in the configuration (`extra-fields: {detector: int}`,
 * `wire-types: {position: str}`), read as a Python annotation with typing's names in scope.
 */
export async function parseTypeText(text: string, where: { file: string; line?: number }): Promise<WireType> {
  if (!/^[\w\s.,[\]|'"-]+$/.test(text) || text.length > 200)
    throw new InputError(`type \`${text}\` is not a Python type expression`, { ...where, hint: 'Write a type as in a Python annotation: int, str, list[float], int | None.' });
  const source = `from typing import Any, Dict, List, Literal, Optional, Set, Tuple, Union\nclass T:\n    x: ${text.trim()}\n`;
  const files: SourceFiles = { read: (paths) => Promise.resolve(new Map(paths.map((p) => [p, p === '<config>' ? source : undefined]))) };
  try {
    const schema = await extractPythonSchema(files, '<config>', 'T');
    return schema.fields[0]?.type ?? ANY;
  } catch {
    throw new InputError(`type \`${text}\` is not a Python type expression`, { ...where, hint: 'Write a type as in a Python annotation: int, str, list[float], int | None.' });
  }
}

function fieldList(shape: ClassShape): MessageField[] {
  return [...shape.fields.values()].filter((f) => f !== null);
}

type FieldCall = Extract<PyExpr, { kind: 'call' }> & { via: 'dataclass' | 'pydantic' };

/**
 * The names a class body binds, each to the last value it is given (`a: int = 1`, `a = 2`,
 * `def a`, `class a`): the class's own attributes. An annotation alone binds nothing.
 */
function classNamespace(module: LoadedModule, cls: PythonClass): Map<string, PyExpr> {
  const namespace = new Map<string, PyExpr>();
  for (const statement of cls.body) {
    const assignment = assignmentOf(module, statement);
    if (assignment?.value) {
      namespace.set(assignment.target, assignment.value);
      continue;
    }
    const definition = statement.name === 'DecoratedStatement' ? statement.lastChild : statement;
    if (definition?.name !== 'FunctionDefinition' && definition?.name !== 'ClassDefinition') continue;
    const name = definition.getChild('VariableName');
    if (name) namespace.set(module.module.textOf(name), { kind: 'other', text: `<${definition.name === 'ClassDefinition' ? 'class' : 'function'} ${module.module.textOf(name)}>`, line: module.module.lineAt(definition.from) });
  }
  return namespace;
}

function tooDeep(depth: number, file: string, line: number, what: string): void {
  if (depth <= MAX_NESTING) return;
  throw new InputError(`${what} nests more than ${MAX_NESTING} levels (inheritance, nested models and type arguments together): it is not read`, {
    file,
    line,
    hint: 'Lockstep refuses rather than reading part of it; flatten the hierarchy or the type, or point `schema:` at a smaller message.',
  });
}

function findClass(module: LoadedModule, className: string): PythonClass {
  const [top, ...nestedPath] = className.split('.') as [string, ...string[]];
  let cls = module.classes.get(top);
  for (const name of nestedPath) cls = cls?.nested.find((n) => n.name === name);
  if (cls) return cls;
  throw new ClassNotFoundError(className, module.path, [...module.classes.keys()]);
}

interface Assignment {
  target: string;
  annotation?: PyExpr;
  value?: PyExpr;
  line: number;
}

/** `name: T = v`, `name: T`, `name = v` in a class body; anything else is not an assignment. */
function assignmentOf(module: LoadedModule, statement: SyntaxNode): Assignment | undefined {
  if (statement.name !== 'AssignStatement') return undefined;
  const children = childrenOf(statement);
  const target = children[0];
  if (target?.name !== 'VariableName') return undefined;
  const typeDef = children[1]?.name === 'TypeDef' ? children[1] : undefined;
  const annotationNode = typeDef ? childrenOf(typeDef).find((c) => c.name !== ':') : undefined;
  const assignOps = children.filter((c) => c.name === 'AssignOp');
  if (assignOps.length > 1) return undefined;
  const valueNode = assignOps[0]?.nextSibling ?? undefined;
  const m = module.module;
  return {
    target: m.textOf(target),
    annotation: annotationNode ? liftExpression(m, annotationNode) : undefined,
    value: valueNode ? liftExpression(m, valueNode) : undefined,
    line: m.lineAt(statement.from),
  };
}

/** A string annotation ("int | None", from __future__ or forward refs) → the expression inside. */
function unquote(expr: PyExpr, file: string, depth = 0): PyExpr {
  if (expr.kind !== 'string' || depth > 4) return expr;
  const inner = parsePython(file, expr.value.trim());
  const statement = inner.top.firstChild;
  const expression = statement?.name === 'ExpressionStatement' ? statement.firstChild : undefined;
  if (!expression || inner.syntaxErrors().length || statement?.nextSibling) return { kind: 'other', text: expr.text, line: expr.line };
  const lifted = withLine(liftExpression(inner, expression), expr.line);
  return unquote(lifted, file, depth + 1);
}

/** Expressions parsed out of a string annotation report the annotation's own line. */
function withLine(expr: PyExpr, line: number): PyExpr {
  switch (expr.kind) {
    case 'subscript':
      return { ...expr, line, target: withLine(expr.target, line), args: expr.args.map((a) => withLine(a, line)) };
    case 'union':
      return { ...expr, line, left: withLine(expr.left, line), right: withLine(expr.right, line) };
    case 'call':
    case 'const':
    case 'ellipsis':
    case 'name':
    case 'other':
    case 'string':
      return { ...expr, line };
  }
}

function literalValues(args: PyExpr[]): LiteralValue[] {
  const values: LiteralValue[] = [];
  for (const arg of args) {
    if (arg.kind === 'const') values.push(arg.value);
    else if (arg.kind === 'string') values.push(arg.value);
    else values.push(exprText(arg));
  }
  return values;
}

function extraValue(expr: PyExpr | undefined): ExtraPolicy | undefined {
  if (!expr) return undefined;
  const text = expr.kind === 'string' ? expr.value : dottedName(expr)?.split('.').at(-1);
  return text === 'ignore' || text === 'forbid' || text === 'allow' ? text : undefined;
}

export function exprText(expr: PyExpr): string {
  switch (expr.kind) {
    case 'name':
      return expr.parts.join('.');
    case 'subscript':
      return `${exprText(expr.target)}[${expr.args.map(exprText).join(', ')}]`;
    case 'union':
      return `${exprText(expr.left)} | ${exprText(expr.right)}`;
    case 'ellipsis':
      return '...';
    case 'call':
    case 'const':
    case 'other':
    case 'string':
      return expr.text;
  }
}

function isTrue(expr: PyExpr | undefined): boolean {
  return expr?.kind === 'const' && expr.value === true;
}

/** `{qualname: 'BareVisit.CoordSys'}` for a class nested in another (CPython's `__qualname__`); nothing for a top-level one. */
function qualname(module: LoadedModule, cls: PythonClass): { qualname?: string } {
  const search = (c: PythonClass, prefix: string, depth: number): string | undefined => {
    if (c === cls) return prefix + c.name;
    if (depth >= MAX_NESTING) return undefined;
    for (const nested of c.nested) {
      const found = search(nested, `${prefix}${c.name}.`, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  for (const top of module.classes.values()) {
    const found = search(top, '', 0);
    if (found) return found === cls.name ? {} : { qualname: found };
  }
  return {};
}
