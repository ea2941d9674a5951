// The replay's tables (markdown, readable as plain text too).
const OUTCOMES = ['pass', 'fail', 'error', 'crash', 'apart'];

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** One replay: counts by outcome, each failing/erroring commit with reason and review, time. */
export function renderReplay(replay, reviews) {
  const counts = countOutcomes(replay.results);
  const replayed = replay.results.length - counts.apart;
  const timed = replay.results.filter((result) => result.outcome !== 'apart').map((result) => result.ms).sort((a, b) => a - b);
  const median = timed.length ? timed[Math.floor(timed.length / 2)] : 0;
  const lines = [
    `## ${replay.title}`,
    '',
    `\`${replay.id}\`: ${replay.results.length} of the ${replay.touching} commits that touch it (${replayed} replayed, ${counts.apart} apart); ${replay.seconds.toFixed(0)} s, median ${(median / 1000).toFixed(1)} s per commit.`,
    '',
    `| ${OUTCOMES.join(' | ')} |`,
    `| ${OUTCOMES.map(() => '---').join(' | ')} |`,
    `| ${OUTCOMES.map((outcome) => counts[outcome]).join(' | ')} |`,
  ];
  const red = replay.results.filter((result) => ['fail', 'error', 'crash'].includes(result.outcome));
  if (red.length) {
    lines.push('', '| commit | date | outcome | reason | review |', '| --- | --- | --- | --- | --- |');
    for (const result of red) {
      lines.push(`| \`${result.sha.slice(0, 9)}\` | ${result.date} | ${result.outcome} | ${cell(result.reason)} | ${cell(reviews[result.sha.slice(0, 12)] ?? 'not reviewed')} |`);
    }
  }
  const apart = groupReasons(replay.results.filter((result) => result.outcome === 'apart'));
  if (apart.length) lines.push('', `Apart: ${apart.map(([reason, n]) => `${n} × ${reason}`).join('; ')}.`);
  return lines.join('\n');
}

/** The closing totals: red verdicts, how many reviewed right or wrong, errors, time. */
export function summarize(replays, reviews, seconds) {
  const rows = replays.map((replay) => {
    const counts = countOutcomes(replay.results);
    const red = replay.results.filter((result) => result.outcome === 'fail');
    const judged = red.map((result) => (reviews[replay.id] ?? {})[result.sha.slice(0, 12)] ?? '');
    const right = judged.filter((review) => review.startsWith('right')).length;
    const wrong = judged.filter((review) => review.startsWith('wrong')).length;
    return `| \`${replay.id}\` | ${replay.results.length - counts.apart} | ${counts.pass} | ${counts.fail} | ${right} | ${wrong} | ${counts.fail - right - wrong} | ${counts.error + counts.crash} | ${counts.apart} | ${replay.seconds.toFixed(0)} s |`;
  });
  return [
    `## Totals (${seconds.toFixed(0)} s in all)`,
    '',
    '| replay | replayed | pass | fail | right | wrong | not reviewed | error/crash | apart | time |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function countOutcomes(results) {
  const counts = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0]));
  for (const result of results) counts[result.outcome] += 1;
  return counts;
}

function groupReasons(results) {
  const groups = new Map();
  for (const result of results) {
    const key = result.reason.replace(/^deploys .*, newer/, 'deploys a release newer');
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups.entries()];
}
