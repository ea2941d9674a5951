/** Collects what analyses conclude: guidance facts (one per rule hit) and findings with file/line. */
import type { HeadLine } from '../git/line-map.js';
import type { Finding } from '../report/model.js';
import type { EnvChange, GuidanceFact } from './model.js';
import type { EnvRule, RuleFacts } from './rules.js';

export interface Location {
  file?: string | null;
  line?: number | null;
  /** The file and line are in the base revision (what a removal removed), not at head. */
  base?: boolean;
}

/** Where a base line sits at head; null when the file is gone at head. */
export type HeadLineLookup = (file: string, line: number) => Promise<HeadLine | null>;

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
  /** Findings located in the base revision, placed on head by placeOnHead. */
  private readonly baseLocated: Array<{ finding: Finding; file: string; line: number }> = [];

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
    const finding: Finding = {
      id: rule.id,
      severity: rule.severity,
      title: `${rule.title}: ${facts.name}`,
      message,
      ...(location.file ? { file: location.file } : {}),
      ...(location.file && location.line ? { line: location.line } : {}),
    };
    this.findings.push(finding);
    if (location.base && location.file && location.line) this.baseLocated.push({ finding, file: location.file, line: location.line });
  }

  /**
   * Annotations land on the head side of a pull request: a finding about a removed line is
   * moved to the head line where that line was (or next to it), saying where it was at base,
   * so it never lands on an unrelated line.
   */
  async placeOnHead(headLine: HeadLineLookup): Promise<void> {
    for (const { finding, file, line } of this.baseLocated) {
      const placed = await headLine(file, line);
      if (!placed) {
        delete finding.file;
        delete finding.line;
        finding.message += ` (It was ${file}:${line} at base; that file is gone at head.)`;
      } else if (placed.removed) {
        finding.line = placed.line;
        finding.message += ` (Removed from ${file}:${line} at base; shown at line ${placed.line}, where it was.)`;
      } else {
        finding.line = placed.line;
      }
    }
  }
}
