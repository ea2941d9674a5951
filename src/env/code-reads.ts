/**
 * What a workload's code reads, per variable: required (always), conditional (required
 * under a branch condition), or optional — aggregated over every read in the files the
 * workload runs (`env.code.<workload>` globs) plus `env.extra-reads`.
 */
import picomatch from 'picomatch';
import { globMatcher } from '../text/globs.js';
import type { GitRepository, TreeEntry } from '../git/repository.js';
import { parsePython } from '../python/parse.js';
import { findEnvReads, type EnvRead } from '../python/env-reads.js';
import { moduleUnits, type ModuleUnits, type Unit } from '../python/units.js';
import type { ExtraRead } from '../config/env-schema.js';
import { grepMatches } from './git-grep.js';
import { tagVersion } from '../git/tag-version.js';
import { computeReach, type Reach } from './reachability.js';
import { ownString, ownStringOrNull } from '../text/own-string.js';

export type Requirement = 'required' | 'conditional' | 'optional';

export interface VariableRead {
  name: string;
  workload: string;
  requirement: Requirement;
  /** The condition of the deciding read when conditional. */
  condition: string | null;
  /** Default text of the first optional read that has one. */
  default: string | null;
  /** Where the deciding read is (or the config file, for extra-reads). */
  file: string;
  line?: number;
  /** True when the variable comes from `env.extra-reads` (code outside the repository). */
  extra: boolean;
  /**
   * When the deciding read is in code other workloads share: the path from this workload's own
   * code that reaches it (`python/initializer/x.py → shared.raw.get_raw_path`).
   */
  via?: string;
  /** For a conditional read: the variables its condition is computed from (see EnvRead.flags). */
  flags?: EnvRead['flags'];
  reads: EnvRead[];
}

export type WorkloadReads = Map<string, VariableRead>;

export interface CodeReads {
  workloads: Map<string, WorkloadReads>;
  /** Reads whose name is built at run time, per workload. */
  unresolved: Map<string, EnvRead[]>;
  /** Every read of every file the snapshot parsed, reached or not (for `lockstep inspect env`). */
  files?: Map<string, EnvRead[]>;
}

export interface CodeSettings {
  /** workload → globs. */
  code: Record<string, string[]>;
  /** workload → variables read by code outside the repository (as declared; see extraReadsAt). */
  extraReads: Record<string, ExtraRead[]>;
  /** The release these settings are read at (bounds `since` of extra-reads); undefined: every declaration applies. */
  version?: string;
  /** Where extra-reads are declared, for locations. */
  configFile: string;
  /** extra-reads as the base revision's config declared them (a PR may add some); default: extraReads. */
  baseExtraReads?: Record<string, ExtraRead[]>;
  /** Which pair of a release's list-form .github/lockstep.yml declares this code's extra-reads (env.counterpart.pair). */
  pair?: string;
}

/** workload → which reads in shared files its own code reaches (workloads without shared files: absent). */
export type Reachability = Map<string, Reach>;

/** The extra reads that apply at a version: `since` bounds kept when both versions are readable (else applied: fail safe). */
export function extraReadsAt(declared: readonly ExtraRead[], version: string | undefined): Array<{ name: string; optional: boolean }> {
  const current = version === undefined ? null : tagVersion(version);
  return declared
    .map((read) => (typeof read === 'string' ? { name: read } : read))
    .filter((read) => {
      const since = read.since === undefined ? null : tagVersion(read.since);
      return !current || !since || current.compare(since) >= 0;
    })
    .map((read) => ({ name: read.name, optional: read.optional === true }));
}

/** How a workload's reads are summed up: the extra reads its config declares (in `configFile`), and how each read is reached. */
export interface SummaryContext {
  workload: string;
  extra: ReadonlyArray<{ name: string; optional: boolean }>;
  configFile: string;
  viaOf?: (read: EnvRead) => string | undefined;
}

export function summarize(reads: readonly EnvRead[], { workload, extra, configFile, viaOf = () => undefined }: SummaryContext): WorkloadReads {
  const byName = new Map<string, EnvRead[]>();
  for (const read of reads) {
    if (!read.resolved) continue;
    byName.set(read.name, [...(byName.get(read.name) ?? []), read]);
  }
  const out: WorkloadReads = new Map();
  for (const [name, group] of byName) {
    const sorted = [...group].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    const required = sorted.find((read) => read.required && read.condition === null);
    const conditional = sorted.find((read) => read.required && read.condition !== null);
    const deciding = required ?? conditional ?? sorted[0]!;
    const via = viaOf(deciding);
    out.set(name, {
      name,
      workload,
      requirement: required ? 'required' : conditional ? 'conditional' : 'optional',
      condition: !required && conditional ? conditional.condition : null,
      default: required ? null : (sorted.find((read) => read.default !== null)?.default ?? null),
      file: deciding.file,
      line: deciding.line,
      extra: false,
      ...(via ? { via } : {}),
      ...(!required && conditional?.flags ? { flags: conditional.flags } : {}),
      reads: sorted,
    });
  }
  for (const { name, optional } of extra) {
    const found = out.get(name);
    if (found?.requirement === 'required' || (optional && found)) continue;
    const requirement = optional ? 'optional' : 'required';
    out.set(name, { name, workload, requirement, condition: null, default: null, file: configFile, extra: true, reads: found?.reads ?? [] });
  }
  return out;
}

/** Parses Python blobs once each (by blob id and path), whatever revision asks for them. */
export class CodeReader {
  private readonly cache = new Map<string, EnvRead[]>();
  private readonly unitCache = new Map<string, Promise<ModuleUnits>>();
  /** Python files parsed so far (for benchmarks and the "only changed blobs" promise). */
  parsed = 0;
  /** Where files read with `strict` could not be parsed (first place per file). */
  readonly syntaxIssues: Array<{ file: string; line: number; near: string }> = [];

  constructor(readonly repository: GitRepository) {}

  /**
   * Reads of each file. With `mentions`, a file whose text contains none of those strings is
   * not parsed (and left out of the answer): it cannot read them by a literal name. With
   * `strict`, syntax errors are collected in `syntaxIssues`.
   */
  async readsOf(
    entries: readonly TreeEntry[],
    strict: boolean,
    options: { mentions?: ReadonlySet<string> } = {},
  ): Promise<Map<string, EnvRead[]>> {
    const { mentions } = options;
    const missing = entries.filter((entry) => !this.cache.has(cacheKey(entry)));
    const skipped = new Set<string>();
    // A chunk at a time, the next ones read by git while this one is parsed: memory holds a
    // few chunks of text and the reads found, never every changed file's text or syntax tree.
    const chunks = chunksOf(missing, READ_CHUNK);
    const reading = chunks.slice(0, READ_AHEAD).map((chunk) => this.readChunk(chunk));
    for (const [index, chunk] of chunks.entries()) {
      // One read per chunk is under way ahead of this one; git answers one text per entry.
      const texts = await reading[index]!;
      if (index + READ_AHEAD < chunks.length) reading.push(this.readChunk(chunks[index + READ_AHEAD]!));
      chunk.forEach((entry, at) => {
        const text = texts[at]!;
        if (mentions && ![...mentions].some((name) => text.includes(name))) skipped.add(cacheKey(entry));
        else this.cache.set(cacheKey(entry), this.readsIn(entry, text, strict));
      });
    }
    return new Map(entries.filter((entry) => !skipped.has(cacheKey(entry))).map((entry) => [entry.path, this.cache.get(cacheKey(entry))!]));
  }

  /** A chunk's texts; a failure is kept for the loop that awaits it (never an unhandled rejection). */
  private readChunk(chunk: readonly TreeEntry[]): Promise<string[]> {
    const texts = this.repository.readBlobs(chunk);
    texts.catch(() => undefined);
    return texts;
  }

  /** The reads of one file, as strings of their own: nothing keeps its text or syntax tree alive. */
  private readsIn(entry: TreeEntry, text: string, strict: boolean): EnvRead[] {
    // Every read goes through os.environ or os.getenv (under some name) or a BaseSettings
    // model: a module that spells none cannot read the environment, and needs no parse.
    if (!text.includes('environ') && !text.includes('getenv') && !text.includes(SETTINGS_BASE)) return [];
    const module = parsePython(entry.path, text);
    // The grammar has gaps (a bare `yield` statement, for one): a file it cannot fully read is
    // reported — its reads near that line may be missed — rather than failing the check.
    const [issue] = strict ? module.syntaxErrors() : [];
    if (issue) this.syntaxIssues.push({ file: entry.path, line: issue.line, near: ownString(issue.near) });
    this.parsed++;
    return findEnvReads(module).map(ownRead);
  }

  /** A file's units of code (module level, functions, methods) for reachability, parsed once per blob. */
  unitsOf(entry: TreeEntry): Promise<ModuleUnits> {
    let answer = this.unitCache.get(cacheKey(entry));
    if (!answer) {
      answer = this.repository.readBlobs([entry]).then(([text]) => ownUnits(moduleUnits(parsePython(entry.path, text!))));
      this.unitCache.set(cacheKey(entry), answer);
    }
    return answer;
  }

  /**
   * For each workload with files other workloads share and files of its own: which reads in
   * the shared files its own code reaches at a revision. Computed only when some read of
   * `readsByFile` sits in a shared file (otherwise nothing is filtered).
   */
  async reachability(revision: string, settings: CodeSettings, readsByFile: Map<string, EnvRead[]>, always = false): Promise<Reachability> {
    const out: Reachability = new Map();
    const matchers = workloadMatchers(settings.code);
    if (matchers.size < 2) return out;
    const sharedWith = (file: string) => [...matchers].filter(([, matches]) => matches(file)).length > 1;
    const readInShared = [...readsByFile].some(([file, reads]) => reads.length > 0 && sharedWith(file));
    if (!readInShared && !always) return out;
    const tree = await this.repository.tree(revision);
    const python = [...tree.values()].filter((entry) => entry.path.endsWith('.py') && entry.mode !== '160000');
    for (const [workload, matches] of matchers) {
      const files = python.filter((entry) => matches(entry.path));
      const own = new Set(files.filter((entry) => !sharedWith(entry.path)).map((entry) => entry.path));
      if (own.size === files.length) continue; // nothing shared: everything counts
      // No files of its own: absent at this revision when a glob of its own names a folder no other
      // workload's globs include (python/initializer/ before the initializer existed): it runs none of
      // the shared code. Otherwise its globs are all shared ones and nothing tells: everything counts.
      if (own.size === 0 && !hasEntryFolder(workload, settings.code)) continue;
      const byPath = new Map(files.map((entry) => [entry.path, entry]));
      const units = async (file: string) => {
        const entry = byPath.get(file);
        return entry ? this.unitsOf(entry) : null;
      };
      out.set(workload, await computeReach({ files: files.map((entry) => entry.path), own, units }));
    }
    return out;
  }

  /**
   * Every read of every workload at a revision — or, with `names`, only what decides those
   * variables (see readsDeciding), so a removal check at a deployed version costs what the
   * removal touches, not the whole repository.
   */
  async snapshot(revision: string, settings: CodeSettings, names?: readonly string[]): Promise<CodeReads> {
    if (names) {
      const reads = await readsDeciding(this, { revision, names, code: settings.code });
      return aggregate(reads, settings, await this.reachability(revision, settings, reads));
    }
    const globs = Object.values(settings.code).flat();
    const entries = (await this.repository.listFiles(revision, globs)).filter((entry) => entry.path.endsWith('.py'));
    const reads = await this.readsOf(entries, false);
    return { ...aggregate(reads, settings, await this.reachability(revision, settings, reads)), files: reads };
  }
}

/** pydantic-settings' base class: its subclasses read variables whose names the source may not spell (prefix, case). */
const SETTINGS_BASE = 'BaseSettings';

/** Files read from git per request, and requests kept ahead of the parser (see readsOf). */
const READ_CHUNK = 64;
const READ_AHEAD = 4;

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** A read whose strings are its own (see ownString): kept for the whole run, its file's text is not. */
function ownRead(read: EnvRead): EnvRead {
  const flags = read.flags && { names: read.flags.names.map(ownString), positive: read.flags.positive };
  return {
    ...read,
    name: ownString(read.name),
    default: ownStringOrNull(read.default),
    condition: ownStringOrNull(read.condition),
    statement: ownString(read.statement),
    ...(flags ? { flags } : {}),
  };
}

/** The same for a module's units (cached for reachability); unitAt answers from the same unit objects. */
function ownUnits(units: ModuleUnits): ModuleUnits {
  const owned = new Map<string, Unit>();
  for (const unit of units.units.values()) {
    unit.name = ownString(unit.name);
    unit.refs = new Set([...unit.refs].map(ownString));
    unit.imports = unit.imports.map((item) => ({
      ...item,
      module: ownString(item.module),
      ...(item.name === undefined ? {} : { name: ownString(item.name) }),
      ...(item.bound === undefined ? {} : { bound: ownString(item.bound) }),
    }));
    owned.set(unit.name, unit);
  }
  return { units: owned, unitAt: units.unitAt };
}

/** Files are read and parsed this many at a time, so a scan can stop early. */
const SCAN_BATCH = 8;

/**
 * The reads that decide how each workload reads `names` at a revision, parsing as few files as
 * possible: only files that mention a name (one git grep), those that subscript it
 * (`environ["X"]`) first, and no more once every workload is seen to always require it —
 * nothing can change that.
 * `include` narrows the files further (code-diff passes "unchanged between base and head").
 */
export interface DecidingQuery {
  revision: string;
  names: readonly string[];
  /** The workloads' globs (settings.code). */
  code: Record<string, string[]>;
  include?: (path: string) => boolean;
}

export async function readsDeciding(reader: CodeReader, { revision, names, code, include = () => true }: DecidingQuery): Promise<Map<string, EnvRead[]>> {
  const matchers = workloadMatchers(code);
  const globs = Object.values(code).flat();
  const tree = await reader.repository.tree(revision);
  const entriesOf = (files: string[]) =>
    files
      .filter((file) => file.endsWith('.py') && include(file) && [...matchers.values()].some((matches) => matches(file)))
      .map((file) => tree.get(file))
      .filter((entry): entry is TreeEntry => !!entry && entry.mode !== '160000');
  const undecided = new Map(names.map((name) => [name, new Set(matchers.keys())]));
  const found = new Map<string, EnvRead[]>();
  // One git grep tells which names (and which `environ["X"]` subscripts) each file holds.
  const subscriptOf = new Map(names.flatMap((name) => [[`["${name}"]`, name], [`['${name}']`, name]]));
  const matches = await grepMatches(reader.repository, revision, [...subscriptOf.keys(), ...names, SETTINGS_BASE], globs);
  // A subscript needle is a mention of its name (a set lookup per match: no names × matches pass).
  const nameOf = (match: string) => subscriptOf.get(match) ?? match;
  // A settings model may read any name (env_prefix + a lower-case field): it mentions them all.
  const mentionsOf = (file: string) => (matches.get(file)?.has(SETTINGS_BASE) ? new Set(names) : new Set([...(matches.get(file) ?? [])].map(nameOf)));
  const hasSubscript = (file: string) => [...(matches.get(file) ?? [])].some((match) => subscriptOf.has(match));
  // Files that subscript a name first (the likeliest to decide it), then the other mentions.
  const candidates = entriesOf([...matches.keys()]).sort((a, b) => a.path.localeCompare(b.path));
  const phases = [candidates.filter((entry) => hasSubscript(entry.path)), candidates.filter((entry) => !hasSubscript(entry.path))];
  for (const phase of phases) {
    for (let start = 0; start < phase.length && undecided.size > 0; start += SCAN_BATCH) {
      await scanBatch(phase.slice(start, start + SCAN_BATCH));
    }
  }
  return found;

  async function scanBatch(entries: TreeEntry[]): Promise<void> {
    // A file that mentions no undecided name is never read.
    const batchEntries = entries.filter((entry) => [...mentionsOf(entry.path)].some((name) => undecided.has(name)));
    const batch = await reader.readsOf(batchEntries, false);
    for (const [file, reads] of batch) {
      found.set(file, reads);
      for (const read of reads) {
        const workloads = undecided.get(read.name);
        if (!workloads || !read.resolved || !read.required || read.condition !== null) continue;
        // A read in a shared file may not be reached by a workload (see reachability): only its own files decide it.
        const owners = [...matchers].filter(([, matchesWorkload]) => matchesWorkload(file)).map(([workload]) => workload);
        if (owners.length === 1) for (const workload of owners) workloads.delete(workload);
        if (workloads.size === 0) undecided.delete(read.name);
      }
    }
  }
}

function cacheKey(entry: TreeEntry): string {
  return `${entry.blob}\0${entry.path}`;
}

/**
 * Whether a glob of `workload` names a folder of its own: a file in that folder (`python/initializer/x.py`
 * for the glob under `python/initializer`) would match none of the other workloads' globs.
 */
export function hasEntryFolder(workload: string, code: Record<string, string[]>): boolean {
  const others = Object.entries(code).filter(([name]) => name !== workload).flatMap(([, globs]) => globs);
  const matchesOther = globMatcher(others);
  return (code[workload] ?? []).some((glob) => {
    const folder = picomatch.scan(glob).base;
    return folder !== '' && !matchesOther(`${folder}/x.py`) && !matchesOther(`${folder}/x/x.py`);
  });
}

export function workloadMatchers(code: Record<string, string[]>): Map<string, (path: string) => boolean> {
  return new Map(Object.entries(code).map(([workload, globs]) => [workload, globMatcher(globs)]));
}

export function aggregate(readsByFile: Map<string, EnvRead[]>, settings: CodeSettings, reachability: Reachability = new Map()): CodeReads {
  const workloads = new Map<string, WorkloadReads>();
  const unresolved = new Map<string, EnvRead[]>();
  for (const [workload, matches] of workloadMatchers(settings.code)) {
    const reach = reachability.get(workload);
    const vias = new Map<EnvRead, string>();
    const reached = (read: EnvRead) => {
      if (!reach) return true;
      const found = reach.at(read.file, read.line);
      if (found && found.via !== read.file) vias.set(read, found.via);
      return found !== null;
    };
    const reads = [...readsByFile].filter(([file]) => matches(file)).flatMap(([, fileReads]) => fileReads.filter(reached));
    const extra = extraReadsAt(settings.extraReads[workload] ?? [], settings.version);
    workloads.set(workload, summarize(reads, { workload, extra, configFile: settings.configFile, viaOf: (read) => vias.get(read) }));
    unresolved.set(workload, reads.filter((read) => !read.resolved));
  }
  return { workloads, unresolved };
}

/** What a variable's reads amount to, without locations: equal signatures mean nothing changed. */
export function signature(read: VariableRead | undefined): string {
  return read ? `${read.requirement}\0${read.condition ?? ''}\0${read.default ?? ''}` : '';
}
