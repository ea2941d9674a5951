import { describe, expect, it } from '@jest/globals';
import picomatch from 'picomatch';
import { GLOB_OPTIONS, globMatcher, globProblem } from '../../../src/text/globs.js';
import { EnvSchema } from '../../../src/config/env-schema.js';
import { GateSchema } from '../../../src/config/gate-schema.js';

describe('globProblem: only the syntax that compiles to a bounded match', () => {
  it.each([
    'python/activator/**/*.py',
    'applications/prompt-keda-*/values-*.yaml',
    'config/*.{yaml,yml}',
    'python/[abc]?/*.py',
    'src/c++/*.py',
    'lsst/*',
  ])('accepts %s', (glob) => {
    expect(globProblem(glob)).toBeUndefined();
  });

  it.each([
    ['+(a|aa)b', /parentheses and \| are groups/],
    ['*(a|aa)', /parentheses/],
    ['python/((a+)+)+b/*.py', /write \{a,b\}/],
    ['a|b', /\|/],
    ['python/{a,aa}+b', /\+ after \} repeats the group/],
    ['*a*a*a*a*a*a*a*b', /8 wildcards/],
    ['{a,aa}{a,aa}{a,aa}{a,aa}{a,aa}', /5 \{…\} groups/],
  ])('refuses %s', (glob, reason) => {
    expect(globProblem(glob)).toMatch(reason);
  });

  it('every glob key of the config refuses them', () => {
    const hostile = 'python/((a+)+)+b/*.py';
    expect(EnvSchema.safeParse({ code: { service: [hostile] } }).success).toBe(false);
    expect(EnvSchema.safeParse({ code: { service: ['python/**/*.py'] } }).success).toBe(true);
    const chart = { path: 'charts/x', workloads: { service: 'templates/a.yaml' } };
    expect(EnvSchema.safeParse({ code: { service: ['a.py'] }, chart: { ...chart, environments: '+(a|aa)/values.yaml' } }).success).toBe(false);
    const gate = { upstream: ['lsst/+(a|aa)'], image: 'i', 'daily-tag': 't', 'base-workflow': { file: 'b.yml' }, 'test-workflow': { file: 't.yml' } };
    expect(GateSchema.safeParse(gate).error?.issues[0]?.message).toMatch(/expected a glob/);
  });
});

describe('globMatcher', () => {
  it('compiles with extglobs off and dotfiles on', () => {
    expect(GLOB_OPTIONS).toEqual({ dot: true, noextglob: true });
    // An extglob is not a repetition: `+(` stays a literal plus, no `(…)+` quantifier around the group.
    expect(picomatch.makeRe('@(a|aa)b', GLOB_OPTIONS).source).toBe('^(?:@(a|aa)b)$');
    expect(picomatch.makeRe('@(a|aa)b', { dot: true }).source).not.toContain('@');
    expect(globMatcher(['python/**/*.py'])('python/.hidden/x.py')).toBe(true);
    expect(globMatcher(['config/*.{yaml,yml}'])('config/a.yml')).toBe(true);
    expect(globMatcher(['LSST/*'], { nocase: true })('lsst/afw')).toBe(true);
  });
});
