/**
 * Cross-repository contracts: this head's schema against the peer's schema at its
 * ref, and against the head of a paired PR (`Paired-With: owner/repo#N` in the PR
 * body). `extra-fields` are keys the sender adds at send time (the peer's, unless this
 * repository is the producer); `wire-types` are the form a field takes on the wire, on
 * both sides (PP's `position: list[float]` travels as a `str`).
 */
import { InputError } from '../errors.js';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import { openRemote } from '../git/remote.js';
import type { MessageField, MessageSchema } from './model.js';
import { diffSchemas, type SchemaChange } from './diff.js';
import { parseTypeText } from './python-extract.js';
import { judge, type DecoderKind, type Role } from './rules.js';
import { extractAt, parseSchemaRef } from './sources.js';
import { visibleLines } from '../gate/depends-on.js';

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
  /** The configuration that declares the peer, as errors name it (`--config other.yml`). */
  configFile?: string;
}

/** A `Paired-With` line that is not used, with its line in the PR body and what to write instead. */
export interface PairedLineProblem {
  line: number;
  text: string;
  message: string;
}

/**
 * `Paired-With: owner/repo#N` lines of a PR body, read as it shows (markdown: not in comments or
 * code, like `Depends-On`). A line that starts like one but is not (no colon, not owner/repo#N)
 * is returned as a problem with its line, never dropped.
 */
export function pairedPullRequests(body: string): { pairs: (PairedPullRequest & { line: number })[]; malformed: PairedLineProblem[] } {
  const pairs: (PairedPullRequest & { line: number })[] = [];
  const malformed: PairedLineProblem[] = [];
  visibleLines(body).forEach((raw, index) => {
    const text = raw.trim();
    const line = index + 1;
    if (!/^paired[-_\s]*with\b/i.test(text)) return;
    const value = /^paired[-_\s]*with\s*:(.*)$/i.exec(text)?.[1]?.trim();
    if (value === undefined) {
      malformed.push({ line, text, message: 'no colon: write it as `Paired-With: owner/repo#N`, one per line' });
      return;
    }
    const match = /^([A-Za-z0-9][\w.-]*\/[\w.-]+)#(\d+)$/.exec(value);
    if (match) pairs.push({ repository: match[1]!, number: Number(match[2]), line });
    else malformed.push({ line, text, message: /[\s,;]/.test(value) ? 'one paired PR per line, as `Paired-With: owner/repo#N`' : 'expected `owner/repo#N` after `Paired-With:`' });
  });
  return { pairs, malformed };
}

/** Paired PRs in repositories that are no message's peer: they pair nothing, so they are problems too. */
export function pairsWithoutPeer(pairs: (PairedPullRequest & { line: number })[], peers: PeerSpec[]): PairedLineProblem[] {
  return pairs
    .filter((pair) => !peers.some((peer) => pairFor(peer, [pair])))
    .map((pair) => ({
      line: pair.line,
      text: `Paired-With: ${pair.repository}#${pair.number}`,
      message: `${pair.repository} is not a peer of any message here (peers: ${peers.map((p) => p.repository).join(', ') || 'none configured'})`,
    }));
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

/** This repository's side of a message: how it takes part (role, decoder) and its schema at head. */
export interface OwnSide {
  role: Role;
  decoder: DecoderKind;
  schema: MessageSchema;
}

/** Where the peer is read: `ref` (the configured one by default), the head of `pairedPullRequest` when it names one. */
export interface PeerAt {
  ref?: string;
  pairedPullRequest?: number;
}

/** Check one message's head against its peer at `ref`. */
export async function checkPeer(messageName: string, mine: OwnSide, { peer, access }: { peer: PeerSpec; access: PeerAccess }, at: PeerAt = {}): Promise<PeerResult> {
  const { ref = peer.ref, pairedPullRequest } = at;
  const remote = await openRemote({ repository: peer.repository, ref, token: access.token, serverUrl: access.serverUrl, cwd: access.cwd });
  try {
    const theirs = await extractAt(remote.repository, remote.commit, parseSchemaRef(peer.schema)).catch((error: unknown) => {
      if (error instanceof InputError) throw new InputError(`peer ${peer.repository}@${ref}: ${error.message}`, { file: error.file, line: error.line, hint: error.hint });
      throw error;
    });
    const problems = await comparePeer(mine, theirs, peer, access.configFile);
    return { message: messageName, repository: peer.repository, ref, compatible: problems.length === 0, problems, ...(pairedPullRequest ? { pairedPullRequest } : {}) };
  } finally {
    await remote.dispose();
  }
}

/**
 * Consumer here: can my schema read what the peer sends (peer → mine, consumer rules)?
 * Producer here: can the peer read what I send (peer → mine, producer rules)?
 */
export async function comparePeer({ role, decoder, schema: mine }: OwnSide, theirs: MessageSchema, peer: PeerSpec, configFile = DEFAULT_CONFIG_PATH): Promise<PeerProblem[]> {
  const where = { file: configFile };
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
      why: peerWhy(change, role, peer.repository),
    });
  }
  return problems;
}

/**
 * The rule's why speaks of old/new; against a peer it says what differs, on which side, and
 * who sends and who reads (a consumer here reads what the peer sends; a producer sends what it reads).
 */
export function peerWhy(change: SchemaChange, role: Role, peerName: string): string {
  const f = change.field ? `\`${change.field}\`` : 'the message';
  const peer = `the peer (${peerName})`;
  const from = change.from !== undefined ? `\`${change.from}\`` : '';
  const to = change.to !== undefined ? `\`${change.to}\`` : '';
  const flow = role === 'consumer' ? 'the peer sends, this repository reads' : role === 'producer' ? 'this repository sends, the peer reads' : 'each side sends and reads';
  switch (change.kind) {
    case 'field-added':
      if (role === 'consumer') return `this repository reads ${f}${change.required ? ' (required)' : ''} but ${peer}, the sender, does not send it`;
      if (role === 'producer') return `this repository sends ${f} but ${peer}, the reader, does not have it`;
      return `${f} is in this schema but not in ${peer}'s (${flow})`;
    case 'field-removed':
      if (role === 'consumer') return `${peer}, the sender, sends ${f} but this repository, the reader, does not have it`;
      if (role === 'producer') return `${peer}, the reader, reads ${f}${change.required ? ' (required)' : ''} but this repository does not send it`;
      return `${f} is in ${peer}'s schema but not in this one (${flow})`;
    case 'field-renamed':
      return `${f} here is ${from} on ${peer} (${flow})`;
    case 'type-changed':
      return `${f} is ${to} here and ${from} on ${peer} (${flow})`;
    case 'became-required':
      return `${f} is required here but optional on ${peer} (${flow})`;
    case 'became-optional':
      return `${f} is optional here but required on ${peer} (${flow})`;
    case 'message-kind-changed':
      return `the message is a ${change.to} here and a ${change.from} on ${peer}: a plain class is not a message (${flow})`;
    case 'enum-value-added':
    case 'literal-value-added':
      return `${f}: the value ${to} is allowed here but not on ${peer} (${flow})`;
    case 'enum-value-removed':
    case 'literal-value-removed':
      return `${f}: the value ${from} is allowed on ${peer} but not here (${flow})`;
    case 'message-added':
    case 'message-removed':
      return `${f}: ${change.kind} between this schema and ${peer}'s (${flow})`;
  }
}
