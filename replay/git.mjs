// Git helpers for `npm run replay`: read-only questions asked of the cloned history bundles.
import { spawnSync } from 'node:child_process';

/** Runs git in `dir`; arguments are fixed by the replay (refs are commit ids it listed itself). */
export function git(dir, args) {
  const result = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} in ${dir}: ${result.stderr.trim().split('\n')[0]}`);
  return result.stdout;
}

/** Like git(), but a failing command answers undefined (a path absent at a commit). */
export function gitMaybe(dir, args) {
  const result = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

/** First-parent commits of main that touch `paths`, oldest first: {sha, time (unix s), subject}. */
export function firstParentCommits(dir, paths) {
  const out = git(dir, ['log', '--first-parent', '--format=%H %ct %s', 'main', '--', ...paths]);
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha, time, ...subject] = line.split(' ');
      return { sha, time: Number(time), subject: subject.join(' ') };
    })
    .reverse();
}

/** Index of main's first-parent commits by time, answering "main as of time T". */
export function mainTimeline(dir) {
  const rows = git(dir, ['log', '--first-parent', '--format=%H %ct', 'main'])
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha, time] = line.split(' ');
      return { sha, time: Number(time) };
    })
    .reverse();
  return {
    newest: rows[rows.length - 1],
    /** The commit main pointed at at `time` (the first commit when `time` predates the history). */
    at(time) {
      let low = 0;
      let high = rows.length - 1;
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (rows[middle].time <= time) low = middle;
        else high = middle - 1;
      }
      return rows[low].sha;
    },
  };
}

/** Release tags of a clone, normalised (`v2.0` = `2.0` = `2.0.0`). */
export function releaseTags(dir) {
  return new Set(git(dir, ['tag']).split('\n').filter(Boolean).map(normaliseTag));
}

export function normaliseTag(tag) {
  const bare = String(tag).trim().replace(/^v/, '');
  const parts = bare.split('.');
  if (!parts.every((part) => /^\d+$/.test(part))) return bare;
  while (parts.length < 3) parts.push('0');
  return parts.map(Number).join('.');
}

/** Whether a path exists at a revision (`rev:path`). */
export function exists(dir, revPath) {
  return spawnSync('git', ['-C', dir, 'cat-file', '-e', revPath]).status === 0;
}

/** The first file under `pathspecs` at `rev` that defines `class <name>`, or undefined. */
export function fileDefiningClass(dir, rev, name, pathspecs) {
  const out = gitMaybe(dir, ['grep', '-l', '-E', `^class ${name}\\b`, rev, '--', ...pathspecs]);
  const first = out?.split('\n').find(Boolean);
  return first ? first.slice(rev.length + 1) : undefined;
}

/** The oldest release tag containing `sha` (the version a change shipped in), or undefined. */
export function firstReleaseContaining(dir, sha) {
  const tags = git(dir, ['tag', '--contains', sha, '--sort=v:refname']).split('\n').filter(Boolean);
  return tags.find((tag) => /^v?\d+(\.\d+)*$/.test(tag));
}
