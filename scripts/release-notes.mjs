#!/usr/bin/env node
// Release notes for a tag, from CHANGELOG.md — and the checks that the tag may be released:
// the tag is vX.Y.Z, package.json says X.Y.Z, and CHANGELOG.md has a non-empty "## X.Y.Z" section.
// Usage: node scripts/release-notes.mjs vX.Y.Z [repository folder]   (prints the notes)
// Exit 2 with what is wrong and what to do when the tag cannot be released.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** The notes of `version` in a changelog: the lines under "## X.Y.Z…" up to the next "## ". */
export function notesFor(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const heading = new RegExp(`^## \\[?${version.replaceAll('.', '\\.')}\\]?(?=$|[\\s(—-])`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start === -1) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  return (end === -1 ? rest : rest.slice(0, end)).join('\n').trim();
}

/** The problems that stop `tag` from being released from `folder`, or the notes. */
export function releaseNotes(tag, folder) {
  const match = TAG.exec(tag);
  if (!match) return { error: `tag "${tag}" is not vX.Y.Z; release tags are v<major>.<minor>.<patch>, e.g. v1.2.0` };
  const version = tag.slice(1);
  const pkg = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
  if (pkg.version !== version) return { error: `package.json says version ${pkg.version}, the tag says ${version}: set "version" to ${version} (and src/version.ts), commit, and tag that commit` };
  const notes = notesFor(readFileSync(path.join(folder, 'CHANGELOG.md'), 'utf8'), version);
  if (notes === undefined) return { error: `CHANGELOG.md has no "## ${version}" section: add one with what changed, commit, and tag that commit` };
  if (notes === '') return { error: `CHANGELOG.md's "## ${version}" section is empty: say what changed` };
  return { notes, major: `v${match[1]}` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [tag = '', folder = '.'] = process.argv.slice(2);
  const result = releaseNotes(tag, folder);
  if (result.error) {
    process.stderr.write(`lockstep release: ${result.error}\n`);
    process.exit(2);
  }
  process.stdout.write(`${result.notes}\n`);
}
