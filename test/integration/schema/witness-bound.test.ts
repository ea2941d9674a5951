/**
 * Witnesses are bounded per message: each payload holds every required field, so a PR that breaks
 * many fields shows the first MAX_WITNESSES and says how many there were (on a real git repository).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { repoWithRevisions, type GitFixture } from '../../support/git-fixture.js';
import { runSchemaDiff } from '../../../src/schema/run.js';
import { MAX_WITNESSES } from '../../../src/schema/witness.js';
import { renderMarkdown } from '../../../src/report/markdown.js';

const cleanup: GitFixture[] = [];
afterAll(() => cleanup.forEach((r) => r.remove()));

const model = (fields: number) =>
  `from dataclasses import dataclass\n\n@dataclass\nclass Event:\n${Array.from({ length: fields }, (_, i) => `    f${i}: int\n`).join('')}`;

describe('witness bound', () => {
  it(`a message with more breaking changes than ${MAX_WITNESSES} gets the first ${MAX_WITNESSES} witnesses, and the fold says so`, async () => {
    const total = MAX_WITNESSES + 5;
    const { repo, base, head } = repoWithRevisions({ 'event.py': model(1) }, { 'event.py': model(1 + total) });
    cleanup.push(repo);
    const report = await runSchemaDiff({ repository: repo.dir, config: { messages: [{ name: 'event', schema: 'event.py#Event', role: 'consumer', decoder: 'strict' }] }, revisions: { base, head, labels: [] }, proposedVersion: '2.0.0' });
    const changes = report.data.messages[0]!.changes;
    expect(changes).toHaveLength(total);
    expect(changes.every((c) => c.breaking)).toBe(true);
    expect(changes.filter((c) => c.witness !== null)).toHaveLength(MAX_WITNESSES);
    expect(changes[0]!.witness).toEqual({
      direction: 'old-to-new',
      payload: { f0: 0 },
      reader: 'Event(**message)',
      error: `TypeError: Event.__init__() missing ${total} required positional arguments: ${Array.from({ length: total }, (_, i) => `'f${i + 1}'`).slice(0, -1).join(', ')}, and 'f${total}'`,
    });
    expect(renderMarkdown(report)).toContain(`Witnesses: a message each breaking change fails on (the first ${MAX_WITNESSES} of ${total})`);
  });
});
