/** The action pages' rule tables are generated from the code's tables: they fail here when they drift (fix: `npm run docs`). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { renderMessages } from '../../../src/docs/messages.js';
import { envRuleTables, GENERATED_FILES, GENERATED_SECTIONS, rewriteGenerated, schemaRuleTables } from '../../../src/docs/rule-tables.js';
import { RULES as ENV_RULES } from '../../../src/env/rules.js';
import { DECISION_TABLES } from '../../../src/env/decisions.js';
import { RULES as SCHEMA_RULES } from '../../../src/schema/rules.js';
import { PROJECT_ROOT } from '../../support/action-harness.js';

describe('generated rule tables', () => {
  it.each(GENERATED_FILES)('%s is fresh (run `npm run docs` after changing a rule table)', (file) => {
    const text = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
    expect(rewriteGenerated(file, text)).toBe(text);
  });

  it('sit in their action pages, each marker pair once (and none left in the README)', () => {
    expect(GENERATED_SECTIONS.map(({ file, name }) => `${file}#${name}`)).toEqual(['docs/actions/schema-diff.md#schema-rules', 'docs/actions/env-diff.md#env-rules']);
    for (const { file, name } of GENERATED_SECTIONS) {
      const text = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
      expect([text.split(`<!-- generated:${name} `).length, text.split(`<!-- /generated:${name} -->`).length]).toEqual([2, 2]);
    }
    expect(readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8')).not.toContain('<!-- generated:');
  });

  it('show every schema rule with its bump and severity, and every env decision row', () => {
    const schema = schemaRuleTables();
    for (const rule of SCHEMA_RULES) expect(schema).toContain(`| \`${rule.id}\` |`);
    const env = envRuleTables();
    for (const { table } of DECISION_TABLES) for (const row of table) expect(env).toContain(`\`${row.rule.id}\``);
  });

  it('refuse a page without its markers rather than dropping a table', () => {
    expect(() => rewriteGenerated('docs/actions/env-diff.md', '# no markers\n')).toThrow('docs/actions/env-diff.md: the markers');
  });
});

describe('the schema rule table', () => {
  it('keeps its columns consistent: major exactly when breaking, errors exactly when breaking', () => {
    for (const rule of SCHEMA_RULES) {
      expect({ id: rule.id, major: rule.bump === 'major', error: rule.severity === 'error' }).toEqual({ id: rule.id, major: rule.breaking, error: rule.breaking });
    }
  });

  it('reaches patch: a producer field that gains or loses a default leaves every message as it was', () => {
    expect(SCHEMA_RULES.filter((rule) => rule.bump === 'patch').map((rule) => rule.id)).toEqual([
      'strict-producer-became-optional',
      'strict-producer-became-required',
      'pydantic-ignore-producer-became-optional',
      'pydantic-ignore-producer-became-required',
      'pydantic-forbid-producer-became-optional',
      'pydantic-forbid-producer-became-required',
    ]);
  });
});

describe('docs/messages.md', () => {
  const messages = renderMessages(PROJECT_ROOT);

  it('is fresh (run `npm run messages` after changing a message, a rule or an InputError)', () => {
    expect(readFileSync(path.join(PROJECT_ROOT, 'docs/messages.md'), 'utf8')).toBe(messages);
  });

  it('lists every rule and the bad-input errors, with no unfilled "undefined" and no "none bump"', () => {
    for (const rule of [...Object.values(ENV_RULES), ...SCHEMA_RULES]) expect(messages).toContain(`\`${rule.id}\``);
    expect(messages).toContain('--base is required');
    expect(messages).toContain('`semver/bump-too-small`');
    expect(messages).not.toMatch(/undefined|none bump/);
  });

  it('shows the errors an error builder makes (template.error(…)) with their text, not the builder\'s ‹message›', () => {
    expect(messages).toContain('- unclosed template action: expected `}}` — *Close the action with `}}` (or `-}}`).* — src/helm/template-actions.ts');
    expect(messages).toContain('- `end` without an open block — *Remove the stray {{ end }} or add the block it closes.* — src/helm/template-structure.ts');
    expect(messages).not.toMatch(/^- ‹message› — /m);
  });
});
