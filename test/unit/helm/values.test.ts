import { describe, expect, it } from '@jest/globals';
import { evaluateClause, evaluateClauses, mergeValues } from '../../../src/helm/values.js';
import { environmentName } from '../../../src/helm/environments.js';

const values = { butler_writer: { enabled: true, topic: '' }, s3: { auth_env: false, profile: 'x' }, instrument: { name: 'LSSTCam' }, list: [], count: 0 };
const clause = (expression: string, negated = false, kind: 'if' | 'with' | 'range' = 'if') => ({ kind, expression, negated });

describe('evaluateClause', () => {
  it.each([
    ['.Values.butler_writer.enabled', true],
    ['.Values.butler_writer.topic', false],
    ['.Values.s3.auth_env', false],
    ['.Values.missing.key', false],
    ['$.Values.s3.profile', true],
    ['.Values.list', false],
    ['.Values.count', false],
    ['not .Values.s3.auth_env', true],
    ['and .Values.butler_writer.enabled .Values.s3.profile', true],
    ['and .Values.butler_writer.enabled .Values.s3.auth_env', false],
    ['or .Values.s3.auth_env .Values.s3.profile', true],
    ['eq .Values.instrument.name "LSSTCam"', true],
    ['ne .Values.instrument.name "LATISS"', true],
    ['and (eq .Values.instrument.name "LSSTCam") (not .Values.s3.auth_env)', true],
    ['and .Values.s3.auth_env (include "x" .)', false], // a known false operand decides `and`
  ])('%s → %s', (expression, truth) => {
    expect(evaluateClause(clause(expression), values)).toBe(truth);
  });

  it.each(['include "x" .', '.Values.a | default true', '$flag', 'or .Values.s3.auth_env (lookup "v1" "Secret" "" "")'])('%s is unknown', (expression) => {
    expect(evaluateClause(clause(expression), values)).toBe('unknown');
  });

  it('negates else branches and combines clauses (false wins, then unknown)', () => {
    expect(evaluateClause(clause('.Values.s3.auth_env', true), values)).toBe(true);
    expect(evaluateClauses([clause('.Values.butler_writer.enabled'), clause('$x')], values)).toBe('unknown');
    expect(evaluateClauses([clause('$x'), clause('.Values.s3.auth_env')], values)).toBe(false);
  });
});

describe('mergeValues', () => {
  it('merges maps key by key, replaces lists and scalars, and deletes keys set to null', () => {
    expect(mergeValues({ a: { b: 1, c: 2 }, l: [1], d: 1 }, { a: { c: 3 }, l: [2], d: null })).toEqual({ a: { b: 1, c: 3 }, l: [2] });
  });
});

describe('environmentName', () => {
  it.each([
    ['applications/prompt-keda-lsstcam/values-usdfprod-prompt-processing.yaml', 'applications/prompt-keda-*/values-*.yaml', 'prompt-keda-lsstcam/usdfprod-prompt-processing'],
    ['deploy/values-prod.yml', 'deploy/values-*.yml', 'prod'],
    ['values-dev.yaml', 'values-*.yaml', 'dev'],
  ])('%s (glob %s) is %s', (file, glob, name) => {
    expect(environmentName(file, glob)).toBe(name);
  });
});
