/**
 * Action inputs, read and validated once at the entry: a bad value is an InputError
 * that names the input and what it accepts.
 */
import * as core from '@actions/core';
import { InputError } from '../errors.js';
import { parseFailOn, type FailOn } from '../report/fail-on.js';

export function stringInput(name: string, fallback = ''): string {
  return core.getInput(name).trim() || fallback;
}

export function requiredInput(name: string): string {
  const value = core.getInput(name).trim();
  if (!value) throw new InputError(`input '${name}' is required`, { hint: `Set 'with: ${name}: …' in the workflow step.` });
  return value;
}

export function booleanInput(name: string, fallback = false): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (!value) return fallback;
  if (['true', 'yes', 'on', '1'].includes(value)) return true;
  if (['false', 'no', 'off', '0'].includes(value)) return false;
  throw new InputError(`input '${name}': expected true or false, got '${value}'`);
}

export function choiceInput<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!choices.includes(value as T)) throw new InputError(`input '${name}': expected ${choices.join(' | ')}, got '${value}'`);
  return value as T;
}

/** The `fail-on` input: the severity that fails the check (default error). */
export function failOnInput(): FailOn {
  return parseFailOn(core.getInput('fail-on'), "input 'fail-on'");
}
