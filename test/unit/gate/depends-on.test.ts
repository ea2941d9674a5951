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

  describe('read as CommonMark renders it (issue 9: nothing before a Depends-On line hides it unless a reader cannot see it)', () => {
    const found = (body: string) => parseDependsOn(body, options).dependencies.map((dependency) => [dependency.line, `${dependency.repository}#${dependency.number}`]);

    test('`<!--` inside inline code opens no comment', () => {
      expect(found('Use `<!--` to hide text.\n\nDepends-On: lsst/afw#30')).toEqual([[3, 'lsst/afw#30']]);
      expect(found('Use ``<!--`` or `<!-- -->`.\nDepends-On: lsst/afw#30')).toEqual([[2, 'lsst/afw#30']]);
    });

    test('a 4-space-indented ``` is an indented code block, not a fence opener', () => {
      expect(found('Notes:\n\n    ```\n\nDepends-On: lsst/afw#30')).toEqual([[5, 'lsst/afw#30']]);
      // After a paragraph line it is a continuation of that paragraph: still no fence.
      expect(found('Notes:\n    ```\nDepends-On: lsst/afw#30')).toEqual([[3, 'lsst/afw#30']]);
    });

    test('a `<!--` that never closes in a paragraph is text; one that closes hides what it holds, even across lines', () => {
      expect(found('a <!-- b\n\nDepends-On: lsst/afw#30')).toEqual([[3, 'lsst/afw#30']]);
      expect(found('a <!-- b\nDepends-On: lsst/afw#31 --> c\nDepends-On: lsst/afw#30')).toEqual([[3, 'lsst/afw#30']]);
    });

    test('a `<!--` left open inside an HTML block hides the rest of the body until raw HTML closes it (found by the CommonMark property)', () => {
      // `</details>` starts an HTML block: the backticks there are not code, so `<!--` opens a comment the browser never closes.
      expect(found('</details>\nUse `<!--` to hide text.\n\n    Depends-On: lsst/pipe_tasks#1\n\n`Depends-On: lsst/pipe_tasks#1`')).toEqual([]);
      expect(found('<div>\na <!-- b\n</div>\n\nDepends-On: lsst/afw#1\n\n<p>\nend --> shown\n</p>\n\nDepends-On: lsst/afw#2')).toEqual([[11, 'lsst/afw#2']]);
    });

    test('empty comments (`<!-->`, `<!--->`) and the `--!>` closer end a comment as the browser ends it: what follows shows', () => {
      expect(found('<div>\n<!-->\n</div>\n\nDepends-On: org/repo#1')).toEqual([]); // org is not upstream: reported, not hidden
      expect(parseDependsOn('<div>\n<!-->\n</div>\n\nDepends-On: org/repo#1', options).problems.map((problem) => problem.line)).toEqual([5]);
      expect(found('<div>\n<!--->\n</div>\n\nDepends-On: lsst/afw#1')).toEqual([[5, 'lsst/afw#1']]);
      expect(found('<div>\n<!-- x --!>\n</div>\n\nDepends-On: lsst/afw#2')).toEqual([[5, 'lsst/afw#2']]);
      expect(found('<!-->\nDepends-On: lsst/afw#3')).toEqual([[2, 'lsst/afw#3']]);
    });

    test('indented and fenced code stays hidden, in lists and quotes too', () => {
      expect(found('Example:\n\n    Depends-On: lsst/afw#1\n\n> ```\n> Depends-On: lsst/afw#2\n> ```\n- ~~~\n  Depends-On: lsst/afw#3\n  ~~~')).toEqual([]);
    });

    test('text inside other HTML, emphasis, links and escapes shows, so it counts', () => {
      expect(found('<details>\n<summary>deps</summary>\n\nDepends-On: lsst/afw#1\n</details>')).toEqual([[4, 'lsst/afw#1']]);
      expect(found('<div>\nDepends-On: lsst/afw#2\n</div>')).toEqual([[2, 'lsst/afw#2']]);
      expect(found('**Depends-On:** [lsst/afw#3](https://github.com/lsst/afw/pull/3)')).toEqual([[1, 'lsst/afw#3']]);
      expect(found('Depends\\-On: lsst/afw&#35;4')).toEqual([[1, 'lsst/afw#4']]);
    });

    test('a visible line that looks like a dependency inside an inline code span is still reported', () => {
      expect(parseDependsOn('`Depends-On: lsst/afw#9` and more', options).problems.map((problem) => problem.kind)).toEqual(['malformed']);
    });
  });
});
