/**
 * Cross-repository contracts: this head's schema against the peer's schema at its
 * ref, and against the head of a paired PR (`Paired-With: owner/repo#N` in the PR
 * body). `extra-fields` are keys the sender adds at send time (the peer's, unless this
 * repository is the producer); `wire-types` are the form a field takes on the wire, on
 * both sides (PP's `position: list[float]` travels as a `str`).
 */
import { InputError } from '../errors.js';
import { openRemote } from '../git/remote.js';
import type { MessageField, MessageSchema } from './model.js';
import { diffSchemas } from './diff.js';
import { parseTypeText } from './python-extract.js';
import { judge, type DecoderKind, type Role } from './rules.js';
import { extractAt, parseSchemaRef } from './sources.js';

export interface PeerSpec {
  repository: string;
  ref: string;
  schema: string;
  'extra-fields': Record<string, string>;
  'wire-types': Record<string, string>;
}

export interface PeerProblem {
  kind: string;
  field?: string;
  from?: string;
  to?: string;
  rule: string;
  why: string;
}

export interface PeerResult {
  message: string;
  repository: string;
  ref: string;
  compatible: boolean;
  problems: PeerProblem[];
  /** Set for the check against a paired PR's head. */
  pairedPullRequest?: number;
}

export interface PairedPullRequest {
  repository: string;
  number: number;
}

export interface PeerAccess {
  token?: string;
  serverUrl?: string;
  cwd?: string;
}

/** `Paired-With: owner/repo#N` lines of a PR body; malformed ones are returned, never dropped. */
export function pairedPullRequests(body: string): { pairs: PairedPullRequest[]; malformed: string[] } {
  const pairs: PairedPullRequest[] = [];
  const malformed: string[] = [];
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (!/^paired-with\s*:/i.test(line)) continue;
    const match = /^paired-with\s*:\s*([A-Za-z0-9][\w.-]*\/[\w.-]+)#(\d+)\s*$/i.exec(line);
    if (match) pairs.push({ repository: match[1], number: Number(match[2]) });
    else malformed.push(line);
  }
  return { pairs, malformed };
}

/** A paired PR names owner/repo; the peer may be configured as owner/repo, a URL or a local clone of it. */
export function pairFor(peer: PeerSpec, pairs: PairedPullRequest[]): PairedPullRequest | undefined {
  const name = (s: string) => s.toLowerCase().replace(/\.git$/, '').replace(/\/+$/, '');
  const peerName = name(peer.repository);
  return pairs.find((p) => {
    const wanted = name(p.repository);
    return peerName === wanted || peerName.endsWith(`/${wanted}`) || peerName.endsWith(`/${wanted.split('/')[1]}`);
  });
}

/** Check one message's head against its peer at `ref`. */
export async function checkPeer(
  messageName: string,
  role: Role,
  decoder: DecoderKind,
  mine: MessageSchema,
  peer: PeerSpec,
  access: PeerAccess,
  ref = peer.ref,
  pairedPullRequest?: number,
): Promise<PeerResult> {
  const remote = await openRemote({ repository: peer.repository, ref, token: access.token, serverUrl: access.serverUrl, cwd: access.cwd });
  try {
    const theirs = await extractAt(remote.repository, remote.commit, parseSchemaRef(peer.schema)).catch((error: unknown) => {
      if (error instanceof InputError) throw new InputError(`peer ${peer.repository}@${ref}: ${error.message}`, { file: error.file, line: error.line, hint: error.hint });
      throw error;
    });
    const problems = await comparePeer(role, decoder, mine, theirs, peer);
    return { message: messageName, repository: peer.repository, ref, compatible: problems.length === 0, problems, ...(pairedPullRequest ? { pairedPullRequest } : {}) };
  } finally {
    await remote.dispose();
  }
}

/**
 * Consumer here: can my schema read what the peer sends (peer → mine, consumer rules)?
 * Producer here: can the peer read what I send (peer → mine, producer rules)?
 */
export async function comparePeer(role: Role, decoder: DecoderKind, mine: MessageSchema, theirs: MessageSchema, peer: PeerSpec): Promise<PeerProblem[]> {
  const where = { file: '.github/lockstep.yml' };
  const extraFields: MessageField[] = [];
  for (const [name, type] of Object.entries(peer['extra-fields'])) {
    extraFields.push({ name, type: await parseTypeText(type, where), required: true, file: theirs.file, line: theirs.line });
  }
  const wireTypes = new Map<string, MessageField['type']>();
  for (const [name, type] of Object.entries(peer['wire-types'])) wireTypes.set(name, await parseTypeText(type, where));
  // Keys added at send time belong to the sender: the peer, unless this repository is the producer.
  const onWire = (schema: MessageSchema, addsExtra: boolean): MessageSchema => ({
    ...schema,
    fields: [
      ...schema.fields.filter((f) => !(addsExtra && f.name in peer['extra-fields'])).map((f) => (wireTypes.has(f.name) ? { ...f, type: wireTypes.get(f.name)! } : f)),
      ...(addsExtra ? extraFields.map((f) => ({ ...f, file: schema.file, line: schema.line })) : []),
    ],
  });
  const theirsOnWire = onWire(theirs, role !== 'producer');
  const mineOnWire = onWire(mine, role === 'producer');
  const problems: PeerProblem[] = [];
  for (const change of diffSchemas(theirsOnWire, mineOnWire)) {
    const { rule, breaking } = judge(change, decoder, role);
    if (!breaking) continue;
    problems.push({
      kind: change.kind,
      ...(change.field !== undefined ? { field: change.field } : {}),
      ...(change.from !== undefined ? { from: change.from } : {}),
      ...(change.to !== undefined ? { to: change.to } : {}),
      rule: rule.id,
      why: peerWhy(change.kind, change.field),
    });
  }
  return problems;
}

/** The rule's why speaks of old/new; against a peer it is "here" and "there". */
function peerWhy(kind: string, field?: string): string {
  const f = field ? `\`${field}\`` : 'the message';
  switch (kind) {
    case 'field-added':
      return `${f} is in this schema but the peer does not send it`;
    case 'field-removed':
      return `the peer sends ${f} but this schema does not have it`;
    case 'field-renamed':
      return `${f} has another name on the peer's side`;
    case 'type-changed':
      return `${f} has a different type on the peer's side`;
    case 'message-kind-changed':
      return 'one side is a dataclass or pydantic model, the other a plain class that is not a message';
    case 'became-required':
      return `${f} is required here but optional on the peer's side`;
    default:
      return `${f}: value sets differ (${kind})`;
  }
}
