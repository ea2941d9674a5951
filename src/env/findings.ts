/** Collects what analyses conclude: guidance facts (one per rule hit) and findings with file/line. */
import type { Finding } from '../report/model.js';
import type { EnvChange, GuidanceFact } from './model.js';
import type { EnvRule, RuleFacts } from './rules.js';

export interface Location {
  file?: string | null;
  line?: number | null;
}

interface Grouped {
  rule: EnvRule;
  facts: RuleFacts;
  location: Location;
  environments: string[];
}

export class EnvFindings {
  readonly changes: EnvChange[] = [];
  readonly facts: GuidanceFact[] = [];
  readonly findings: Finding[] = [];
  private readonly groups = new Map<string, Grouped>();

  /**
   * The same conclusion in several environments (same rule, variable, workload, version and
   * reading line) is told once, naming them all: a reader scans one row, not one per environment.
   */
  hitInEnvironment(rule: EnvRule, facts: RuleFacts, location: Location, environment: string): void {
    const key = [rule.id, facts.name, facts.workload, facts.version, facts.where, location.file, location.line].join('\0');
    const group = this.groups.get(key) ?? { rule, facts, location, environments: [] };
    group.environments.push(environment);
    this.groups.set(key, group);
  }

  flushEnvironmentHits(): void {
    for (const { rule, facts, location, environments } of this.groups.values()) {
      this.hit(rule, { ...facts, environment: environments.join(', '), environments }, location, environments);
    }
    this.groups.clear();
  }

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
