/**
 * src/revisions/: the one place an event (actions) or flags (CLI) become base → head, the
 * release tag and the PR's labels and body, for schema-diff and env-diff alike. A stand-in
 * repository records which commits were fetched and which tags are merged.
 */
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../../src/errors.js';
import type { EventContext } from '../../../src/revisions/event-context.js';
import { revisionsFromEvent, type EventRevisionOptions } from '../../../src/revisions/from-event.js';
import { revisionsFromFlags } from '../../../src/revisions/from-flags.js';
import type { RevisionRepository } from '../../../src/revisions/model.js';

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const TAGGED = 'd'.repeat(40);

/** Tags 9.0.0 and v8.2.0 are merged into every commit; refs/tags/9.1.0 is TAGGED, anything else resolves to itself. */
class StandIn implements RevisionRepository {
  fetched: string[] = [];
  shallow = false;
  tags = ['v8.2.0', '9.0.0', '9.1.0'];
  async ensureCommit(sha: string): Promise<void> {
    this.fetched.push(sha);
  }
  async resolveRevision(revision: string): Promise<string> {
    if (revision === 'refs/tags/9.1.0') return TAGGED;
    if (revision.startsWith('refs/tags/')) throw new InputError(`revision '${revision}' is not in this clone`);
    return revision;
  }
  async git(args: string[]): Promise<string> {
    expect(args[0]).toBe('tag');
    return `${this.tags.join('\n')}\n`;
  }
  async isShallow(): Promise<boolean> {
    return this.shallow;
  }
}

function context(eventName: string, extra: Partial<EventContext> = {}): EventContext {
  return { eventName, payload: {}, repository: 'lsst-dm/prompt_processing', workspace: '/w', apiUrl: 'https://api.github.com', serverUrl: 'https://github.com', sha: HEAD, ...extra };
}

function options(repository: RevisionRepository, extra: Partial<EventRevisionOptions> = {}): EventRevisionOptions {
  return { repository, releases: true, events: ['pull_request', 'push'], ...extra };
}

const PULL = { number: 7, baseSha: BASE, baseRef: 'main', headSha: HEAD, headRef: 'tickets/DM-1', body: 'Paired-With: a/b#1', labels: ['semver:minor'] };

describe('revisionsFromEvent', () => {
  it('pull_request: the PR base and head, its labels and body; both commits fetched when missing', async () => {
    const repository = new StandIn();
    const revisions = await revisionsFromEvent(context('pull_request', { pullRequest: PULL }), options(repository));
    expect(revisions).toEqual({ base: BASE, head: HEAD, labels: ['semver:minor'], pullRequestBody: 'Paired-With: a/b#1' });
    expect(repository.fetched).toEqual([BASE, HEAD]);
  });

  it('fetches full object ids only, SHA-1 or SHA-256 (a name or a short id is resolved as it is)', async () => {
    const repository = new StandIn();
    const sha256 = 'ab'.repeat(32);
    await revisionsFromEvent(context('pull_request', { pullRequest: { ...PULL, baseSha: sha256, headSha: 'abc1234' } }), options(repository));
    expect(repository.fetched).toEqual([sha256]);
  });

  it('the base and head inputs win over the event', async () => {
    const revisions = await revisionsFromEvent(context('pull_request', { pullRequest: PULL }), options(new StandIn(), { base: 'origin/main', head: 'HEAD' }));
    expect(revisions).toMatchObject({ base: 'origin/main', head: 'HEAD' });
  });

  it("merge_group: the group's base → head, with the queued PR's labels asked for by number", async () => {
    const asked: number[] = [];
    const payload = { merge_group: { base_sha: BASE, head_sha: HEAD, head_ref: `gh-readonly-queue/main/pr-42-${BASE}` } };
    const revisions = await revisionsFromEvent(
      context('merge_group', { payload }),
      options(new StandIn(), {
        queuedPull: async (number) => {
          asked.push(number);
          return { labels: ['semver:major'], body: 'queued' };
        },
      }),
    );
    expect(asked).toEqual([42]);
    expect(revisions).toEqual({ base: BASE, head: HEAD, labels: ['semver:major'], pullRequestBody: 'queued' });
    // Without a lookup (env-diff), no labels.
    expect(await revisionsFromEvent(context('merge_group', { payload }), options(new StandIn()))).toEqual({ base: BASE, head: HEAD, labels: [], pullRequestBody: undefined });
  });

  it('merge_group without base_sha/head_sha: exit 2 saying which inputs to set', async () => {
    const error = await revisionsFromEvent(context('merge_group', { payload: { merge_group: {} } }), options(new StandIn())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('the merge_group payload has no merge_group.base_sha/head_sha');
  });

  it('tag push: the previous release (lower, reachable) → the tag, nothing fetched', async () => {
    const repository = new StandIn();
    const revisions = await revisionsFromEvent(context('push', { ref: 'refs/tags/9.1.0', sha: TAGGED, payload: { before: '0'.repeat(40) } }), options(repository));
    expect(revisions).toEqual({ base: 'refs/tags/9.0.0', head: TAGGED, releaseTag: '9.1.0', labels: [] });
    expect(repository.fetched).toEqual([]);
  });

  it('release event: the release tag; the base input wins over the previous release', async () => {
    const payload = { release: { tag_name: '9.1.0' } };
    expect(await revisionsFromEvent(context('release', { payload, sha: TAGGED }), options(new StandIn()))).toMatchObject({ base: 'refs/tags/9.0.0', releaseTag: '9.1.0' });
    expect(await revisionsFromEvent(context('release', { payload, sha: TAGGED }), options(new StandIn(), { base: 'v8.2.0' }))).toMatchObject({ base: 'v8.2.0', releaseTag: '9.1.0' });
  });

  it('a check that does not compare releases reads a tag push as before → after', async () => {
    const event = context('push', { ref: 'refs/tags/9.1.0', payload: { before: BASE } });
    expect(await revisionsFromEvent(event, options(new StandIn(), { releases: false }))).toEqual({ base: BASE, head: HEAD, labels: [] });
  });

  it('push: before → after (the base fetched); a created branch (before all zeros) needs the base input', async () => {
    const repository = new StandIn();
    expect(await revisionsFromEvent(context('push', { ref: 'refs/heads/main', payload: { before: BASE } }), options(repository))).toEqual({ base: BASE, head: HEAD, labels: [] });
    expect(repository.fetched).toEqual([BASE, HEAD]);
    const created = revisionsFromEvent(context('push', { ref: 'refs/heads/new', payload: { before: '0'.repeat(40) } }), options(new StandIn()));
    await expect(created).rejects.toThrow("no base revision for a 'push' event");
  });

  it('any other event: the base input, else exit 2 naming the events that have revisions', async () => {
    expect(await revisionsFromEvent(context('workflow_dispatch'), options(new StandIn(), { base: 'main' }))).toEqual({ base: 'main', head: HEAD, labels: [] });
    const error = (await revisionsFromEvent(context('workflow_dispatch'), options(new StandIn())).catch((e: unknown) => e)) as InputError;
    expect(error.message).toBe("no base revision for a 'workflow_dispatch' event");
    expect(error.hint).toBe("Set the action's `base` input, or run it on pull_request, push events.");
  });
});

describe('revisionsFromFlags', () => {
  it('--base and --head (default HEAD), with the labels and body a PR would give', async () => {
    const repository = new StandIn();
    expect(await revisionsFromFlags(repository, { base: BASE, labels: ['semver:major'], pullRequestBody: 'x' }, { releases: true })).toEqual({ base: BASE, head: 'HEAD', labels: ['semver:major'], pullRequestBody: 'x' });
    expect(repository.fetched).toEqual([BASE]);
  });

  it('--release-tag alone: the previous release → the tag (no --base needed)', async () => {
    expect(await revisionsFromFlags(new StandIn(), { releaseTag: '9.1.0' }, { releases: true })).toEqual({ base: 'refs/tags/9.0.0', head: TAGGED, releaseTag: '9.1.0', labels: [], pullRequestBody: undefined });
  });

  it('--release-tag of a tag not made yet: HEAD is released', async () => {
    expect(await revisionsFromFlags(new StandIn(), { releaseTag: '9.2.0' }, { releases: true })).toMatchObject({ base: 'refs/tags/9.1.0', head: 'HEAD', releaseTag: '9.2.0' });
  });

  it('the first release, in a shallow clone: exit 2 saying to fetch the tags', async () => {
    const repository = new StandIn();
    repository.tags = [];
    repository.shallow = true;
    await expect(revisionsFromFlags(repository, { releaseTag: '1.0.0' }, { releases: true })).rejects.toThrow('no release before 1.0.0 in this shallow clone');
  });

  it('neither --base nor --release-tag: exit 2, the hint naming --release-tag only where it exists', async () => {
    const withReleases = (await revisionsFromFlags(new StandIn(), {}, { releases: true }).catch((e: unknown) => e)) as InputError;
    expect([withReleases.message, withReleases.hint]).toEqual(['--base is required', expect.stringContaining('--release-tag TAG')]);
    const without = (await revisionsFromFlags(new StandIn(), {}, { releases: false }).catch((e: unknown) => e)) as InputError;
    expect(without.hint).toBe('Pass the base revision, e.g. --base origin/main.');
  });
});
