/**
 * Which code in shared files a workload can run: a read in a file several workloads' globs
 * include counts for a workload only when the workload's own files (those only its globs
 * include) reach it — the module level of every module imported, transitively; a function or
 * method when something reached refers to it (by name, through imports and attributes of
 * imported modules; a class reached makes all its methods reached). Whatever cannot be
 * resolved counts (a module used as a value, `import *`, `importlib`): fail safe.
 */
import path from 'node:path/posix';
import { InputError } from '../errors.js';
import type { ModuleUnits, UnitImport } from '../python/units.js';

export interface Reached {
  /** The chain that makes the code run, from an own file: `python/initializer/x.py → shared.raw.get_raw_path`. */
  via: string;
}

export interface Reach {
  /** Whether a read at file:line counts for the workload, and through which path. */
  at(file: string, line: number): Reached | null;
  /** The shared files (not the workload's own). */
  shared: string[];
  /** What of a shared file is reached, as one comparable string ('' when nothing). */
  signature(file: string): string;
}

export interface ReachInput {
  /** Every Python file the workload's globs include. */
  files: readonly string[];
  /** The files only this workload's globs include: its entry points. */
  own: ReadonlySet<string>;
  units(file: string): Promise<ModuleUnits | null>;
}

/**
 * Bound on the work of one reachability pass (units visited). Past it the check stops (exit 2):
 * counting every shared read instead is not safe — counted at base and head alike, a read a change
 * makes reachable would look unchanged, and its `read-added` would never be reported.
 */
export const MAX_STEPS = 200_000;

/**
 * Modules a name is followed through (`from a import f` in b, `from b import f` in c …). Past it
 * the check stops (exit 2): the name left unresolved, code it calls would not count as reached.
 */
export const MAX_REEXPORTS = 8;

interface Node {
  file: string;
  unit: string;
  from: string | null;
}

export async function computeReach(input: ReachInput): Promise<Reach> {
  const walk = new ReachWalk(input);
  await walk.run();
  return walk.result();
}

/** One breadth-first pass from the workload's own files over the units their code reaches. */
class ReachWalk {
  private readonly reached = new Map<string, Node>();
  private readonly queue: Node[] = [];
  private readonly loaded = new Map<string, ModuleUnits | null>();
  private readonly resolver: Resolver;
  /** Some reached code cannot be followed (importlib, a module used as a value …): every read counts. */
  private everything = false;

  constructor(private readonly input: ReachInput) {
    const roots = new Set(['', ...[...input.own].map((file) => `${path.dirname(file)}/`.replace(/^\.\//, ''))]);
    this.resolver = new Resolver(moduleIndex(input.files), roots, (file) => this.unitsOf(file));
  }

  async run(): Promise<void> {
    for (const file of [...this.input.own].sort()) {
      const units = await this.unitsOf(file);
      for (const unit of units?.units.keys() ?? ['']) this.reach(file, unit, null);
    }
    for (let steps = 0; !this.everything; steps++) {
      const node = this.queue[steps];
      if (!node) return;
      if (steps >= MAX_STEPS) throw tooManySteps(node);
      await this.visit(node);
    }
  }

  result(): Reach {
    const byFile = new Map<string, string[]>();
    for (const node of this.reached.values()) byFile.set(node.file, [...(byFile.get(node.file) ?? []), node.unit]);
    return {
      at: (file, line) => {
        if (this.input.own.has(file) || this.everything) return { via: file };
        const unit = this.loaded.get(file)?.unitAt(line) ?? '';
        const node = this.reached.get(keyOf(file, unit));
        return node ? { via: this.describe(node) } : null;
      },
      shared: this.input.files.filter((file) => !this.input.own.has(file)),
      signature: (file) => (this.everything ? '*' : [...(byFile.get(file) ?? [])].sort().join('\0')),
    };
  }

  private async unitsOf(file: string): Promise<ModuleUnits | null> {
    if (!this.loaded.has(file)) this.loaded.set(file, await this.input.units(file));
    return this.loaded.get(file) ?? null;
  }

  private reach(file: string, unit: string, from: string | null): void {
    const key = keyOf(file, unit);
    if (this.reached.has(key)) return;
    const node = { file, unit, from };
    this.reached.set(key, node);
    this.queue.push(node);
  }

  /** What one reached unit imports and refers to, reached in turn. */
  private async visit(node: Node): Promise<void> {
    const unit = (await this.unitsOf(node.file))?.units.get(node.unit);
    if (!unit) return;
    const from = keyOf(node.file, node.unit);
    if (unit.dynamic) this.everything = true;
    for (const imported of unit.imports) {
      for (const target of this.resolver.importTargets(node.file, imported)) await this.reachTarget(target, from);
    }
    for (const ref of unit.refs) {
      for (const target of await this.resolver.refTargets(node.file, ref)) await this.reachTarget(target, from);
    }
  }

  private async reachTarget(target: Target, from: string): Promise<void> {
    const units = await this.unitsOf(target.file);
    if (target.unit === null) {
      // A whole module (used as a value, or `import *`): every unit of it.
      for (const unit of units?.units.keys() ?? ['']) this.reach(target.file, unit, from);
      return;
    }
    this.reach(target.file, '', from); // referring to a module's member imports the module
    this.reach(target.file, target.unit, from);
    // A class reached: its methods can be called on its instances.
    for (const unit of units?.units.keys() ?? []) if (unit.startsWith(`${target.unit}.`)) this.reach(target.file, unit, from);
  }

  private describe(node: Node): string {
    const steps: string[] = [];
    for (let current: Node | undefined = node; current; current = current.from ? this.reached.get(current.from) : undefined) {
      steps.unshift(current.from ? this.resolver.label(current.file, current.unit) : current.file);
      if (steps.length > 50) break;
    }
    return steps.join(' → ');
  }
}

function tooManySteps(node: Node): InputError {
  return new InputError(
    `more than ${MAX_STEPS.toLocaleString('en-US')} functions, methods and modules reachable from a workload's own files through shared code; Lockstep follows at most that many, and counting every shared read instead could hide a read a change makes live`,
    {
      file: node.file,
      hint: 'Narrow the globs under env.code so that fewer files are shared between workloads (each workload\'s globs naming its own code and the shared code it really uses).',
    },
  );
}

function tooManyReexports(file: string, ref: string): InputError {
  return new InputError(`\`${ref}\` is imported through more than ${MAX_REEXPORTS} modules in a row (an import cycle, or a chain of re-exports); Lockstep stops rather than leave what it names unreached`, {
    file,
    hint: `Import ${ref} from the module that defines it, or break the import cycle.`,
  });
}

function keyOf(file: string, unit: string): string {
  return `${file}\0${unit}`;
}

/** A reached place: a unit of a file, or (unit null) all of it. */
interface Target {
  file: string;
  unit: string | null;
}

/** module path (`shared/raw`) → the files that are that module under some folder, with that folder. */
type ModuleIndex = Map<string, Array<{ file: string; root: string }>>;

function moduleIndex(files: readonly string[]): ModuleIndex {
  const index: ModuleIndex = new Map();
  for (const file of files) {
    const parts = file.replace(/\.py$/, '').replace(/\/__init__$/, '').split('/');
    for (let start = 0; start < parts.length; start++) {
      const key = parts.slice(start).join('/');
      const root = parts.slice(0, start).map((part) => `${part}/`).join('');
      index.set(key, [...(index.get(key) ?? []), { file, root }]);
    }
  }
  return index;
}

class Resolver {
  constructor(
    private readonly index: ModuleIndex,
    private readonly roots: Set<string>,
    private readonly unitsOf: (file: string) => Promise<ModuleUnits | null>,
  ) {}

  /**
   * The files a dotted module names from `file`: relative imports from its folder; absolute
   * ones under a known root (the repository, an entry file's folder), or — for a dotted name
   * such as `shared.raw` — under whichever folder holds it (which becomes a root).
   */
  modules(file: string, module: string, level: number): string[] {
    if (level > 0) {
      let folder = path.dirname(file);
      for (let up = 1; up < level; up++) folder = path.dirname(folder);
      const key = path.join(folder === '.' ? '' : folder, ...module.split('.').filter(Boolean));
      return (this.index.get(key) ?? []).filter((hit) => hit.root === '').map((hit) => hit.file);
    }
    const key = module.split('.').join('/');
    const hits = (this.index.get(key) ?? []).filter((hit) => this.roots.has(hit.root) || module.includes('.'));
    for (const hit of hits) this.roots.add(hit.root);
    return hits.map((hit) => hit.file);
  }

  label(file: string, unit: string): string {
    const bare = file.replace(/\.py$/, '').replace(/\/__init__$/, '');
    const root = [...this.roots].filter((candidate) => bare.startsWith(candidate)).sort((a, b) => b.length - a.length)[0] ?? '';
    const module = bare.slice(root.length).split('/').join('.');
    return unit ? `${module}.${unit}` : module;
  }

  importTargets(file: string, imported: UnitImport): Target[] {
    const modules = this.modules(file, imported.module, imported.level);
    const targets: Target[] = modules.map((module) => ({ file: module, unit: '' }));
    if (imported.star) return modules.map((module) => ({ file: module, unit: null }));
    // `from shared import raw` may import the submodule shared.raw.
    if (imported.name) {
      const sub = this.modules(file, [imported.module, imported.name].filter(Boolean).join('.'), imported.level);
      targets.push(...sub.map((module) => ({ file: module, unit: '' })));
    }
    // `import a.b.c` runs a, a.b and a.b.c.
    if (!imported.name && imported.level === 0) {
      const parts = imported.module.split('.');
      for (let end = 1; end < parts.length; end++) targets.push(...this.modules(file, parts.slice(0, end).join('.'), 0).map((module) => ({ file: module, unit: '' })));
    }
    return targets;
  }

  /** What a dotted reference (`get_raw_path`, `raw.get_raw_path`, `shared.raw.X.m`) may mean in `file`. */
  async refTargets(file: string, ref: string, depth = 0): Promise<Target[]> {
    const units = await this.unitsOf(file);
    if (!units) return [];
    const [head = '', ...rest] = ref.split('.');
    if (units.units.has(head)) return [{ file, unit: head }];
    if (depth > MAX_REEXPORTS) throw tooManyReexports(file, ref);
    const binding = bindingOf(units, head);
    if (!binding) return [];
    // `from M import name`: name is a submodule of M, or a member of M.
    if (binding.name) {
      const sub = this.modules(file, [binding.module, binding.name].filter(Boolean).join('.'), binding.level);
      if (sub.length) return this.inModules(sub, rest, depth);
      const targets: Target[] = [];
      for (const module of this.modules(file, binding.module, binding.level)) targets.push(...(await this.member(module, binding.name, depth)));
      return targets;
    }
    // `import a.b` binds a; `import a.b as c` binds c to a.b: the longest module the chain names, then its member.
    const base = binding.bound === head && binding.module.split('.')[0] === head ? [head] : binding.module.split('.');
    for (let take = rest.length; take >= 0; take--) {
      const module = [...base, ...rest.slice(0, take)].join('.');
      const files = this.modules(file, module, 0);
      if (files.length) return this.inModules(files, rest.slice(take), depth);
    }
    return [];
  }

  private async inModules(files: string[], rest: string[], depth: number): Promise<Target[]> {
    const [name] = rest;
    if (name === undefined) return files.map((module) => ({ file: module, unit: null })); // a module used as a value: all of it
    const targets: Target[] = [];
    for (const module of files) targets.push(...(await this.member(module, name, depth)));
    return targets;
  }

  /** A member of a module: its function or class, or what it imports under that name. */
  private async member(file: string, name: string, depth: number): Promise<Target[]> {
    const units = await this.unitsOf(file);
    if (units?.units.has(name)) return [{ file, unit: name }];
    return units && bindingOf(units, name) ? this.refTargets(file, name, depth + 1) : [{ file, unit: '' }];
  }
}

/** The import that binds a name anywhere in the module (imports in functions included: over-approximate). */
function bindingOf(units: ModuleUnits, name: string): UnitImport | undefined {
  for (const unit of units.units.values()) {
    const found = unit.imports.find((imported) => imported.bound === name);
    if (found) return found;
  }
  return undefined;
}
