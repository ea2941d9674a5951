/**
 * One configured message, base → head: find it at both revisions (following a
 * moved file and a renamed class), diff, and judge every change by the rules.
 */
import { InputError } from '../errors.js';
import { code, inline, type Ignored, type Inline } from '../report/model.js';
import type { FileChange, GitRepository } from '../git/repository.js';
import type { ExtraPolicy, MessageSchema } from './model.js';
import { diffSchemas, sameWireFields, type SchemaChange } from './diff.js';
import { ClassNotFoundError, classNamesIn } from './python-extract.js';
import { judge, maxBump, type Bump, type DecoderKind, type Role, type Rule } from './rules.js';
import { extractAt, fileExists, parseSchemaRef, revisionFiles, type SchemaRef } from './sources.js';
import { MAX_WITNESSES, buildWitness, type Witness } from './witness.js';
import { extractDecoderSchema, formatFunctionRef, parseFunctionRef, type FunctionRef } from './function-decoder.js';
import { FunctionNotFoundError } from '../python/dict-reads.js';

export interface MessageSpec {
  name: string;
  schema: string;
  role: Role;
  /** `{function}`: a decoder function read from the code (consumer only; the config checks it). */
  decoder: 'strict' | 'pydantic' | { function: string };
  /** Override of the reader's pydantic `extra` policy (else read from model_config). */
  extra?: ExtraPolicy;
}

export interface JudgedChange extends SchemaChange {
  breaking: boolean;
  rule: Rule;
  /** Accepted by an ignore: shown, but needs no bump. */
  ignored?: Ignored;
  /** For a breaking change: a message one side sends and the other side's reader rejects. */
  witness?: Witness;
  /** The decoder that judged it, as the report names it (`strict`, `pydantic-ignore`, `function PATH#Class.method`). */
  decoder: string;
}

export interface MessageResult {
  spec: MessageSpec;
  base?: MessageSchema;
  head?: MessageSchema;
  decoder: DecoderKind;
  /** The decoder as the report names it (see JudgedChange.decoder). */
  decoderLabel: string;
  changes: JudgedChange[];
  /** Things worth saying that are not changes ("class renamed, wire unchanged"). */
  notes: { text: Inline; file?: string; line?: number }[];
  requiredBump: Bump;
}

export interface RevisionPair {
  repository: GitRepository;
  base: string;
  head: string;
  /** Files changed base → head with renames, computed once for all messages. */
  changedFiles(): Promise<FileChange[]>;
}

export async function checkMessage(spec: MessageSpec, revisions: RevisionPair): Promise<MessageResult> {
  const { repository, base, head } = revisions;
  const ref = parseSchemaRef(spec.schema);
  const notes: MessageResult['notes'] = [];

  // Where is the file at head, and where was it at base?
  let headPath: string | undefined = ref.path;
  const existsAtHead = await fileExists(repository, head, ref.path);
  const existsAtBase = await fileExists(repository, base, ref.path);
  if (!existsAtHead) {
    const moved = (await revisions.changedFiles()).find((c) => c.status === 'renamed' && c.oldPath === ref.path);
    if (moved) {
      headPath = moved.path;
      notes.push({ text: inline`${ref.path} moved to ${moved.path} at head: update ${code('schema:')} to the new path` });
    } else if (existsAtBase) headPath = undefined;
    else
      throw new InputError(`schema file ${ref.path} exists neither at base nor at head`, {
        file: ref.path,
        hint: 'Check the `schema:` path (relative to the repository root), or fetch the revisions (actions/checkout with fetch-depth: 0).',
      });
  }
  let basePath: string | undefined = headPath && (await fileExists(repository, base, headPath)) ? headPath : undefined;
  if (!headPath) basePath = ref.path; // gone at head: message-removed
  else if (!basePath) {
    const moved = (await revisions.changedFiles()).find((c) => c.status === 'renamed' && c.path === headPath);
    if (moved?.oldPath) {
      basePath = moved.oldPath;
      notes.push({ text: inline`file moved: ${moved.oldPath} → ${headPath} (followed)`, file: headPath });
    } else if (existsAtBase && headPath !== ref.path) basePath = ref.path;
    else if (ref.className) {
      // Moved and rewritten beyond git's rename similarity: a file deleted at head that
      // defined the same class is where the message was (else it would pass as "added").
      const deleted = (await revisions.changedFiles()).filter((c) => c.status === 'deleted' && c.path.endsWith('.py'));
      for (const candidate of deleted) {
        const found = await extractAt(repository, base, { ...ref, path: candidate.path }).then(
          () => true,
          () => false,
        );
        if (found) {
          basePath = candidate.path;
          notes.push({ text: inline`${ref.className} was in ${candidate.path} at base (deleted at head): followed`, file: headPath });
          break;
        }
      }
    }
  }

  const headClass = headPath ? await extractAt(repository, head, { ...ref, path: headPath }) : undefined;
  const headClasses = headPath && ref.className ? await classNamesIn(revisionFiles(repository, head), headPath) : [];
  const followed = basePath
    ? await extractFollowingRename((r) => extractAt(repository, base, r), { ...ref, path: basePath }, { schema: headClass, classes: headClasses })
    : { schema: undefined, notes: [] };
  const classes = { base: followed.schema, head: headClass };
  // A decoder function: the message is what the function reads, at each revision.
  const views = typeof spec.decoder === 'object' ? await decoderViews(parseFunctionRef(spec.decoder.function), revisions, classes) : { ...classes, notes: [] };
  return judgeMessage(spec, views.base, views.head, [...notes, ...followed.notes, ...views.notes]);
}

/** Base and head as read → the judged changes and the bump: the one judgement both the git and the files form use. */
export function judgeMessage(spec: MessageSpec, base: MessageSchema | undefined, head: MessageSchema | undefined, notes: MessageResult['notes'] = []): MessageResult {
  const decoder = decoderKind(spec, base, head);
  const label = decoderLabel(spec, decoder);
  let witnessesLeft = MAX_WITNESSES;
  const changes = diffSchemas(base, head).map((change): JudgedChange => {
    const judgement = judge(change, decoder, spec.role);
    const judged: JudgedChange = { ...change, breaking: judgement.breaking, rule: judgement.rule, decoder: label };
    const witness = witnessesLeft > 0 ? buildWitness(judged, { base, head, decoder, role: spec.role }) : undefined;
    if (witness) witnessesLeft--;
    return witness ? { ...judged, witness } : judged;
  });
  return { spec, base, head, decoder, decoderLabel: label, changes, notes, requiredBump: maxBump(changes.map((c) => c.rule.bump)) };
}

/**
 * The base schema; when the class is not in the base file under its head name,
 * a base class with the same wire fields is the same message renamed (a note says so).
 * `at.schema` is the message at head, `at.classes` the classes of its file there.
 */
export async function extractFollowingRename(
  extract: (ref: SchemaRef) => Promise<MessageSchema>,
  ref: SchemaRef,
  at: { schema: MessageSchema | undefined; classes: string[] },
): Promise<{ schema: MessageSchema | undefined; notes: MessageResult['notes'] }> {
  try {
    return { schema: await extract(ref), notes: [] };
  } catch (error) {
    const renamed = await followRename(extract, ref, { error, ...at });
    return { schema: renamed?.schema, notes: renamed ? [renamed.note] : [] };
  }
}

/** The base class a message not found under its name was renamed from, with the note that says so. */
async function followRename(
  extract: (ref: SchemaRef) => Promise<MessageSchema>,
  ref: SchemaRef,
  { error, schema: head, classes: headClasses }: { error: unknown; schema: MessageSchema | undefined; classes: string[] },
): Promise<{ schema: MessageSchema; note: MessageResult['notes'][number] } | undefined> {
  if (!(error instanceof ClassNotFoundError) || !head) throw error;
  const candidates: MessageSchema[] = [];
  // A class still present at head is itself, not the old name of this one.
  for (const name of error.available.filter((n) => !headClasses.includes(n))) {
    const schema = await extract({ ...ref, className: name }).catch(() => undefined);
    if (schema && schema.fields.length) candidates.push(schema);
  }
  const same = candidates.find((c) => sameWireFields(c, head));
  if (same) return { schema: same, note: { text: inline`class renamed: ${same.name} → ${head.name}, wire unchanged`, file: head.file, line: head.line } };
  // A rename that also changed fields: the closest class by shared field names, if it shares most.
  const headNames = new Set(head.fields.map((f) => f.name));
  const scored = candidates
    .map((c) => ({ c, shared: c.fields.filter((f) => headNames.has(f.name)).length }))
    .sort((a, b) => b.shared - a.shared);
  const best = scored[0];
  if (best && best.shared * 2 >= Math.max(headNames.size, best.c.fields.length) && scored[1]?.shared !== best.shared) {
    return { schema: best.c, note: { text: inline`class renamed: ${best.c.name} → ${head.name} (followed; its field changes are listed)`, file: head.file, line: head.line } };
  }
  return undefined;
}

/**
 * The message as the decoder function reads it at base and at head. The function must be
 * there at head; where it is not yet at base, the base is the class's own fields (what its
 * reader took before the function existed), and a note says so.
 */
async function decoderViews(
  fn: FunctionRef,
  revisions: RevisionPair,
  classes: { base?: MessageSchema; head?: MessageSchema },
): Promise<{ base?: MessageSchema; head?: MessageSchema; notes: MessageResult['notes'] }> {
  const { repository } = revisions;
  const head = classes.head ? await extractDecoderSchema(revisionFiles(repository, revisions.head), fn, classes.head) : undefined;
  if (!classes.base) return { head, notes: [] };
  const atBase = async (): Promise<MessageSchema | undefined> => {
    // A file moved base → head (python/activator/visit.py → python/shared/visit.py) is followed.
    const moved = (await fileExists(repository, revisions.base, fn.path)) ? undefined : (await revisions.changedFiles()).find((c) => c.status === 'renamed' && c.path === fn.path)?.oldPath;
    if (!moved && !(await fileExists(repository, revisions.base, fn.path))) return undefined;
    return extractDecoderSchema(revisionFiles(repository, revisions.base), { ...fn, path: moved ?? fn.path }, classes.base!).catch((error: unknown) => {
      if (error instanceof FunctionNotFoundError) return undefined;
      throw error;
    });
  };
  const base = await atBase();
  if (base) return { base, head, notes: [] };
  const note = { text: inline`${code(formatFunctionRef(fn))} is not at base: the base is read as the fields of ${classes.base.name}, then the function at head`, file: fn.path };
  return { base: classes.base, head, notes: [note] };
}

/** The decoder as reports name it: `strict`, `pydantic-ignore`, `pydantic-forbid`, `function python/shared/visit.py#FannedOutVisit.from_dict`. */
export function decoderLabel(spec: MessageSpec, decoder: DecoderKind): string {
  return typeof spec.decoder === 'object' ? `function ${spec.decoder.function}` : decoder;
}

/** strict, pydantic with the reader's extra policy (consumer: the new model; producer: the old one), or a decoder function. */
export function decoderKind(spec: MessageSpec, base: MessageSchema | undefined, head: MessageSchema | undefined): DecoderKind {
  if (typeof spec.decoder === 'object') return 'function';
  if (spec.decoder === 'strict') return 'strict';
  const reader = spec.role === 'producer' ? (base ?? head) : (head ?? base);
  const extra = spec.extra ?? (reader && (reader.kind === 'pydantic' || reader.kind === 'json-schema') ? reader.extra : 'ignore');
  return extra === 'forbid' ? 'pydantic-forbid' : 'pydantic-ignore';
}
