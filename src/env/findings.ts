/** Collects what analyses conclude: guidance facts (one per rule hit) and findings with file/line. */
import type { Finding } from '../report/model.js';
import type { EnvChange, GuidanceFact } from './model.js';
import type { EnvRule, RuleFacts } from './rules.js';

export interface Location {
  file?: string | null;
  line?: number | null;
}

export class EnvFindings {
  readonly changes: EnvChange[] = [];
  readonly facts: GuidanceFact[] = [];
  readonly findings: Finding[] = [];

  /** Apply a rule: a guidance fact for its variable (when the rule implies an order) and a finding. */
  hit(rule: EnvRule, facts: RuleFacts, location: Location = {}, environments: string[] = facts.environments ?? []): void {
    const message = rule.message(facts);
    if (rule.order) this.facts.push({ name: facts.name, order: rule.order, environments, message, warning: rule.severity === 'warning' });
    this.findings.push({
      id: rule.id,
      severity: rule.severity,
      title: `${rule.title}: ${facts.name}`,
      message,
      ...(location.file ? { file: location.file } : {}),
      ...(location.file && location.line ? { line: location.line } : {}),
    });
  }
}
