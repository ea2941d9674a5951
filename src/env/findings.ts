/** Collects what analyses conclude: guidance facts (one per rule hit) and findings with file/line. */
import type { HeadLine } from '../git/line-map.js';
import type { Ignores } from '../ignores/ignores.js';
import { concat, findingMessage, type Finding } from '../report/model.js';
import type { EnvChange, GuidanceFact, IgnoredEnvFinding } from './model.js';
import type { Decided } from './decisions.js';
import type { EnvRule, FactName, Facts } from './rules.js';

export interface Location {
  file?: string | null;
  line?: number | null;
  /** The file and line are in the base revision (what a removal removed), not at head. */
  base?: boolean;
}

/** The facts a rule needs, given in full (checked again at run time: a message never prints "undefined"). */
export type FactsFor<K extends FactName> = NoInfer<Pick<Facts, K | 'name'>> & Partial<Facts>;
/** The same, without the environments: `hitInEnvironment` adds them when it tells the group. */
export type EnvironmentFactsFor<K extends FactName> = NoInfer<Pick<Facts, Exclude<K, 'environment' | 'environments'> | 'name'>> & Partial<Facts>;
/** Where a base line sits at head; null when the file is gone at head. */
export type HeadLineLookup = (file: string, line: number) => Promise<HeadLine | null>;

interface Grouped {
  rule: EnvRule;
  facts: Partial<Facts> & { name: string };
  location: Location;
  environments: string[];
}

export class EnvFindings {
  readonly changes: EnvChange[] = [];
  facts: GuidanceFact[] = [];
  readonly findings: Finding[] = [];
  /** The variable of each finding, and the guidance fact it implies, for ignores. */
  private readonly about = new Map<Finding, { variable: string; fact?: GuidanceFact }>();
  private readonly groups = new Map<string, Grouped>();
  /** Findings located in the base revision, placed on head by placeOnHead. */
  private readonly baseLocated: Array<{ finding: Finding; file: string; line: number }> = [];

  /**
   * The findings of several steps as one, in the order given, as if one collector had heard
   * them all: hits in several environments not told yet still group across the parts.
   */
  static combine(parts: readonly EnvFindings[]): EnvFindings {
    const all = new EnvFindings();
    for (const part of parts) {
      all.changes.push(...part.changes);
      all.facts.push(...part.facts);
      all.findings.push(...part.findings);
      for (const [finding, about] of part.about) all.about.set(finding, about);
      all.baseLocated.push(...part.baseLocated);
      for (const [key, group] of part.groups) {
        const known = all.groups.get(key);
        if (known) known.environments.push(...group.environments);
        else all.groups.set(key, { ...group, environments: [...group.environments] });
      }
    }
    return all;
  }

  /**
   * The same conclusion in several environments (same rule, variable, workload, version and
   * reading line) is told once, naming them all: a reader scans one row, not one per environment.
   */
  hitInEnvironment<K extends FactName>(rule: EnvRule<K>, facts: EnvironmentFactsFor<K>, location: Location, environment: string): void {
    const key = [rule.id, facts.name, facts.workload, facts.version, facts.where, location.file, location.line].join('\0');
    const group = this.groups.get(key) ?? { rule, facts, location, environments: [] };
    group.environments.push(environment);
    this.groups.set(key, group);
  }

  flushEnvironmentHits(): void {
    for (const { rule, facts, location, environments } of this.groups.values()) {
      this.record(rule, { ...facts, environment: environments.join(', '), environments }, location, environments);
    }
    this.groups.clear();
  }

  /** What a decision table decided (decisions.ts), told once or per environment. */
  apply(decided: Decided | undefined, location: Location, environment?: string): void {
    if (!decided) return;
    if (environment === undefined) this.record(decided.rule, decided.facts, location);
    else this.hitInEnvironment(decided.rule, decided.facts as EnvironmentFactsFor<FactName>, location, environment);
  }

  /** Apply a rule: a guidance fact for its variable (when the rule implies an order) and a finding. */
  hit<K extends FactName>(rule: EnvRule<K>, facts: FactsFor<K>, location: Location = {}, environments?: string[]): Finding {
    return this.record(rule, facts, location, environments);
  }

  /**
   * Mark the findings an ignore accepts; their guidance no longer decides an order (a blocked
   * variable that is ignored does not block). Call once every finding is placed on head.
   */
  applyIgnores(ignores: Ignores): void {
    const dropped = new Set<GuidanceFact>();
    for (const finding of this.findings) {
      const about = this.about.get(finding);
      if (!about) continue;
      const ignored = ignores.match({ rule: finding.id, variable: about.variable, file: finding.file, line: finding.line });
      if (!ignored) continue;
      finding.ignored = ignored;
      if (about.fact) dropped.add(about.fact);
    }
    this.facts = this.facts.filter((fact) => !dropped.has(fact));
  }

  /** The ignored findings, for the JSON. */
  ignoredList(): IgnoredEnvFinding[] {
    return this.findings.flatMap((finding) => {
      const about = this.about.get(finding);
      if (!finding.ignored || !about) return [];
      const { reason, source, until } = finding.ignored;
      return [{ rule: finding.id, variable: about.variable, file: finding.file ?? null, line: finding.line ?? null, ignored: { reason, source, until } }];
    });
  }

  private record<K extends FactName>(rule: EnvRule<K>, facts: Partial<Facts> & { name: string }, location: Location, environments: string[] = facts.environments ?? []): Finding {
    const missing = rule.needs.filter((fact) => facts[fact] === undefined);
    if (missing.length) throw new Error(`internal error: rule ${rule.id} needs ${missing.join(', ')}`);
    const spans = rule.message(facts as Facts);
    const fact: GuidanceFact | undefined = rule.order ? { name: facts.name, order: rule.order, environments, message: spans, warning: rule.severity === 'warning' } : undefined;
    if (fact) this.facts.push(fact);
    const finding: Finding = {
      id: rule.id,
      severity: rule.severity,
      title: `${rule.title}: ${facts.name}`,
      ...findingMessage(spans),
      ...(location.file ? { file: location.file } : {}),
      ...(location.file && location.line ? { line: location.line } : {}),
    };
    this.findings.push(finding);
    this.about.set(finding, { variable: facts.name, fact });
    if (location.base && location.file && location.line) this.baseLocated.push({ finding, file: location.file, line: location.line });
    return finding;
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
        appendToMessage(finding, ` (It was ${file}:${line} at base; that file is gone at head.)`);
      } else if (placed.removed) {
        finding.line = placed.line;
        appendToMessage(finding, ` (Removed from ${file}:${line} at base; shown at line ${placed.line}, where it was.)`);
      } else {
        finding.line = placed.line;
      }
    }
  }
}

/** EnvFindings amends the findings it made itself (placeOnHead), before anyone else sees them. */
function appendToMessage(finding: Finding, more: string): void {
  // eslint-disable-next-line no-param-reassign -- a finding this class created and still owns
  finding.message += more;
  // eslint-disable-next-line no-param-reassign -- same finding
  finding.messageSpans = concat(finding.messageSpans, more);
}
