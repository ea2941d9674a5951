// Runs the bundled CLI on each planned commit, a few at a time, and classifies the outcome.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/** Runs `task(item)` over `items` with at most `jobs` at once; results in input order. */
export async function pool(items, jobs, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
  return results;
}

function runNode(cli, args, cwd, format = 'json') {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args, '--format', format], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('close', (status, signal) => resolve({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** One commit: plan it, write its config, run the CLI, classify. */
export async function replayCommit(suite, commit, { cli, configDir }) {
  const started = process.hrtime.bigint();
  let plan;
  try {
    plan = suite.plan(commit);
  } catch (error) {
    return { ...row(commit), outcome: 'crash', reason: `replay could not plan this commit: ${firstLine(error.message)}`, ms: 0 };
  }
  if (plan.apart) return { ...row(commit), outcome: 'apart', reason: plan.apart, ms: 0 };
  const configFile = path.join(configDir, `${suite.id}-${commit.sha.slice(0, 12)}.yml`);
  writeFileSync(configFile, YAML.stringify(plan.config));
  const args = [...plan.args, '--config', configFile];
  const result = await runNode(cli, args, suite.repo);
  const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
  const verdict = classify(suite.check, result);
  // A failure the JSON document does not explain: the text report's headline says why.
  if (verdict.outcome === 'fail' && !verdict.reason) verdict.reason = headline((await runNode(cli, args, suite.repo, 'text')).stdout);
  return { ...row(commit), ...verdict, ms };
}

function row(commit) {
  return { sha: commit.sha, date: new Date(commit.time * 1000).toISOString().slice(0, 10), subject: commit.subject };
}

/** pass (0), fail (1, with the reason from the JSON document), error (2), crash (anything else). */
export function classify(check, result) {
  if (result.status === 0) return { outcome: 'pass' };
  if (result.status === 2) return { outcome: 'error', reason: firstLine(result.stderr) || 'exit 2 without a message' };
  if (result.status !== 1) return { outcome: 'crash', reason: `exit ${result.status ?? result.signal}: ${firstLine(result.stderr)}` };
  let document;
  try {
    document = JSON.parse(result.stdout);
  } catch {
    return { outcome: 'crash', reason: `exit 1 without a JSON document: ${firstLine(result.stderr)}` };
  }
  return { outcome: 'fail', reason: check === 'env-diff' ? envDiffReason(document) : schemaDiffReason(document) };
}

function envDiffReason(document) {
  const parts = [];
  const blocked = (document.guidance ?? []).filter((entry) => entry.order === 'blocked');
  for (const entry of blocked) parts.push(`blocked ${entry.name} (${(entry.environments ?? []).join(', ') || 'no environment named'})`);
  const parity = document.parity ?? [];
  if (parity.length) parts.push(`parity: ${parity.map((entry) => `${entry.name} ${entry.problem} in ${(entry.workloads ?? []).join('+')}`).join(', ')}`);
  return parts.length ? shorten(parts.join('; ')) : undefined;
}

function schemaDiffReason(document) {
  const parts = [];
  for (const peer of document.peers ?? []) {
    if (peer.compatible === false) parts.push(`peer ${path.basename(peer.repository ?? '')}: ${(peer.problems ?? []).map((p) => `${p.kind} ${p.field ?? ''}`.trim()).join(', ')}`);
  }
  const breaking = (document.messages ?? []).flatMap((m) => (m.changes ?? []).filter((c) => c.breaking).map((c) => `${m.name}: ${c.kind} ${c.field ?? ''}`.trim()));
  if (breaking.length) parts.push(`breaking: ${breaking.join(', ')}`);
  parts.push(`needs ${document.requiredBump ?? '?'}, ${document.currentVersion ?? '?'} → ${document.proposedVersion ?? 'no proposed version'}`);
  return shorten(parts.join('; '));
}

function headline(text) {
  const first = firstLine(text);
  return `${first.replace(/^lockstep [a-z-]+: FAIL — /, '')} (the JSON document says nothing more)`;
}

function firstLine(text) {
  return String(text ?? '').trim().split('\n')[0].slice(0, 300);
}

function shorten(text) {
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}
