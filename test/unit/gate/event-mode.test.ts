import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../../src/errors.js';
import { gateModeOfEvent } from '../../../src/gate/event-mode.js';
import { pullRequestEvent, scheduleEvent } from '../../support/events.js';

const REPOSITORY = 'lsst-dm/prompt_processing';

describe('the event decides the gate mode', () => {
  test('pull_request: that PR, read from the payload', () => {
    const event = pullRequestEvent({ number: 12, base: { sha: 'b'.repeat(40) }, head: { sha: 'h'.repeat(40), ref: 'tickets/DM-12' }, body: 'Depends-On: lsst/afw#1', labels: ['semver:minor'] });
    expect(gateModeOfEvent('pull_request', event, REPOSITORY)).toEqual({
      kind: 'pr',
      number: 12,
      pull: {
        owner: 'lsst-dm',
        repo: 'prompt_processing',
        number: 12,
        state: 'open',
        merged: false,
        mergedAt: null,
        headSha: 'h'.repeat(40),
        headRef: 'tickets/DM-12',
        headRepository: REPOSITORY,
        body: 'Depends-On: lsst/afw#1',
        htmlUrl: 'https://github.com/lsst-dm/prompt_processing/pull/12',
        labels: ['semver:minor'],
      },
    });
  });

  test('schedule and workflow_dispatch sweep', () => {
    expect(gateModeOfEvent('schedule', scheduleEvent(), REPOSITORY)).toEqual({ kind: 'sweep' });
    expect(gateModeOfEvent('workflow_dispatch', { inputs: {} }, REPOSITORY)).toEqual({ kind: 'sweep' });
  });

  test('workflow_run: completed runs advance, others are skipped', () => {
    const run = { path: '.github/workflows/build-base.yml', head_sha: 'c'.repeat(40) };
    expect(gateModeOfEvent('workflow_run', { action: 'completed', workflow_run: run }, REPOSITORY)).toEqual({ kind: 'workflow-run', workflowPath: run.path, headSha: run.head_sha });
    expect(gateModeOfEvent('workflow_run', { action: 'requested', workflow_run: run }, REPOSITORY)).toMatchObject({ kind: 'skip' });
  });

  test('merge_group: its head sha and ref', () => {
    const payload = { action: 'checks_requested', merge_group: { head_sha: 'm'.repeat(40), head_ref: 'refs/heads/gh-readonly-queue/main/pr-12-' + 'b'.repeat(40) } };
    expect(gateModeOfEvent('merge_group', payload, REPOSITORY)).toEqual({ kind: 'merge-group', headSha: 'm'.repeat(40), headRef: payload.merge_group.head_ref });
  });

  test('anything else is an input error saying which events to use', () => {
    expect(() => gateModeOfEvent('push', {}, REPOSITORY)).toThrow(InputError);
    expect(() => gateModeOfEvent('push', {}, REPOSITORY)).toThrow(/does not run on 'push' events/);
    expect(() => gateModeOfEvent('pull_request', {}, REPOSITORY)).toThrow(/no pull_request/);
  });
});
