import { describe, expect, test } from '@jest/globals';
import { mentionsDependencies, parseDependsOn } from '../../../src/gate/depends-on.js';

const options = { repository: 'lsst-dm/prompt_processing', upstream: ['lsst/*'] };

describe('Depends-On lines', () => {
  test('short form and PR URL, one per line, duplicates once', () => {
    const body = [
      'Fixes the thing.',
      '',
      'Depends-On: lsst/pipe_tasks#1234',
      '- Depends-On: https://github.com/lsst/daf_butler/pull/987',
      'depends-on: LSST/pipe_tasks#1234',
    ].join('\n');
    expect(parseDependsOn(body, options)).toEqual({
      dependencies: [
        { repository: 'lsst/pipe_tasks', number: 1234, line: 3 },
        { repository: 'lsst/daf_butler', number: 987, line: 4 },
      ],
      problems: [],
    });
  });

  test('malformed lines, repositories outside gate.upstream and self-references are reported with their line', () => {
    const body = [
      'Depends-On lsst/pipe_tasks#1',
      'Depends-On: lsst/pipe_tasks',
      'Depends-On: lsst/pipe_tasks#1, lsst/afw#2',
      'Depends-On: lsst-sqre/phalanx#5',
      'Depends-On: lsst-dm/prompt_processing#12',
      'Depends on: lsst/afw#3',
      'Depends-On: https://gitlab.com/lsst/afw/pull/3',
    ].join('\n');
    const { dependencies, problems } = parseDependsOn(body, options);
    expect(dependencies).toEqual([]);
    expect(problems.map((problem) => [problem.line, problem.kind])).toEqual([
      [1, 'malformed'],
      [2, 'malformed'],
      [3, 'malformed'],
      [4, 'not-upstream'],
      [5, 'self-reference'],
      [6, 'malformed'],
      [7, 'malformed'],
    ]);
    expect(problems[2]!.message).toMatch(/one dependency per line/);
    expect(problems[3]!.message).toMatch(/lsst-sqre\/phalanx is not an upstream repository \(gate.upstream: lsst\/\*\)/);
  });

  test('examples in code fences and HTML comments are not dependencies', () => {
    const body = ['<!-- Depends-On: owner/repo#N -->', '```', 'Depends-On: lsst/afw#1', '```', 'Depends-On: lsst/afw#2'].join('\n');
    expect(parseDependsOn(body, options)).toEqual({ dependencies: [{ repository: 'lsst/afw', number: 2, line: 5 }], problems: [] });
  });

  test('a body without dependencies has none and no problems', () => {
    expect(parseDependsOn('Just a fix.\r\nNothing else.', options)).toEqual({ dependencies: [], problems: [] });
  });

  test('prose that says "depends on" is not a dependency unless it names a PR', () => {
    const prose = 'The speed depends on the butler.\nWhat this depends on is explained below.';
    expect(parseDependsOn(prose, options)).toEqual({ dependencies: [], problems: [] });
    expect(mentionsDependencies(prose)).toBe(false);
    const naming = 'This depends on lsst/afw#9 being merged.';
    expect(parseDependsOn(naming, options).problems.map((problem) => problem.kind)).toEqual(['malformed']);
    expect(mentionsDependencies(naming)).toBe(true);
    expect(mentionsDependencies('```\nDepends-On: lsst/afw#1\n```')).toBe(false);
  });
});
