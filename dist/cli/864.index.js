export const id = 864;
export const ids = [864];
export const modules = {

/***/ 2456:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  envDiffCommand: () => (/* binding */ envDiffCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./build/src/config/load.js
var load = __webpack_require__(3110);
// EXTERNAL MODULE: ./build/src/config/env-pairs.js
var env_pairs = __webpack_require__(3995);
// EXTERNAL MODULE: ./build/src/config/yaml.js
var yaml = __webpack_require__(8045);
// EXTERNAL MODULE: ./build/src/git/repository.js + 1 modules
var git_repository = __webpack_require__(8360);
// EXTERNAL MODULE: ./build/src/git/line-map.js
var line_map = __webpack_require__(9281);
// EXTERNAL MODULE: ./build/src/helm/chart-snapshot.js + 2 modules
var chart_snapshot = __webpack_require__(4168);
// EXTERNAL MODULE: ./build/src/python/env-reads.js + 1 modules
var env_reads = __webpack_require__(407);
// EXTERNAL MODULE: ./build/src/helm/env-entries.js + 1 modules
var env_entries = __webpack_require__(5877);
// EXTERNAL MODULE: ./build/src/helm/values.js
var values = __webpack_require__(1282);
;// CONCATENATED MODULE: ./build/src/env/chart-diff.js
/**
 * Chart side of the diff, base → head: entries set, removed or changed per workload, and
 * what each environment effectively gets once its values decide the chart's conditions.
 */


function entriesByName(entries) {
    const out = new Map();
    for (const entry of entries ?? []) {
        if (!entry.resolved)
            continue;
        const known = out.get(entry.name);
        out.set(entry.name, known ? [...known, entry] : [entry]);
    }
    return out;
}
/** The entry a change is shown at: its first at head, else its first at base (a change has entries on one side at least). */
function changeEntry(change) {
    return change.after[0] ?? change.before[0];
}
/** What a variable's entries amount to, without locations. */
function settingSignature(entries) {
    return entries
        .map((entry) => `${(0,env_entries/* comparableCondition */.gm)(entry.clauses)}\0${entry.comparable}`)
        .sort()
        .join('\n');
}
function diffChart(base, head) {
    const changes = [];
    for (const [workload, headEnv] of head.workloads) {
        const before = entriesByName(base?.workloads.get(workload)?.entries);
        const after = entriesByName(headEnv?.entries);
        for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
            const b = before.get(name) ?? [];
            const a = after.get(name) ?? [];
            if (!b.length && a.length)
                changes.push({ kind: 'set-added', workload, name, before: b, after: a });
            else if (b.length && !a.length)
                changes.push({ kind: 'set-removed', workload, name, before: b, after: a });
            else if (settingSignature(b) !== settingSignature(a))
                changes.push({ kind: 'set-changed', workload, name, before: b, after: a });
        }
    }
    return changes;
}
function effectiveEnv(snapshot, environment) {
    const out = new Map();
    for (const [workload, env] of snapshot.workloads) {
        const settings = new Map();
        for (const [name, entries] of entriesByName(env?.entries)) {
            const truths = entries.map((entry) => (0,values/* evaluateClauses */.me)(entry.clauses, environment.values));
            const on = truths.includes(true) ? true : truths.includes('unknown') ? 'unknown' : false;
            settings.set(name, { on, entries });
        }
        out.set(workload, settings);
    }
    return out;
}
/** Set (or possibly set) in this environment. */
function isSet(effective, workload, name) {
    const setting = effective.get(workload)?.get(name);
    return !!setting && setting.on !== false;
}

// EXTERNAL MODULE: ./build/src/report/model.js
var model = __webpack_require__(8829);
;// CONCATENATED MODULE: ./build/src/env/findings.js

class EnvFindings {
    changes = [];
    facts = [];
    findings = [];
    /** The variable of each finding, and the guidance fact it implies, for ignores. */
    about = new Map();
    groups = new Map();
    /** Findings located in the base revision, placed on head by placeOnHead. */
    baseLocated = [];
    /**
     * The findings of several steps as one, in the order given, as if one collector had heard
     * them all: hits in several environments not told yet still group across the parts.
     */
    static combine(parts) {
        const all = new EnvFindings();
        for (const part of parts) {
            all.changes.push(...part.changes);
            all.facts.push(...part.facts);
            all.findings.push(...part.findings);
            for (const [finding, about] of part.about)
                all.about.set(finding, about);
            all.baseLocated.push(...part.baseLocated);
            for (const [key, group] of part.groups) {
                const known = all.groups.get(key);
                if (known)
                    known.environments.push(...group.environments);
                else
                    all.groups.set(key, { ...group, environments: [...group.environments] });
            }
        }
        return all;
    }
    /**
     * The same conclusion in several environments (same rule, variable, workload, version and
     * reading line) is told once, naming them all: a reader scans one row, not one per environment.
     */
    hitInEnvironment(rule, facts, location, environment) {
        const key = [rule.id, facts.name, facts.workload, facts.version, facts.where, location.file, location.line].join('\0');
        const group = this.groups.get(key) ?? { rule, facts, location, environments: [] };
        group.environments.push(environment);
        this.groups.set(key, group);
    }
    flushEnvironmentHits() {
        for (const { rule, facts, location, environments } of this.groups.values()) {
            this.record(rule, { ...facts, environment: environments.join(', '), environments }, location, environments);
        }
        this.groups.clear();
    }
    /** What a decision table decided (decisions.ts), told once or per environment. */
    apply(decided, location, environment) {
        if (!decided)
            return;
        if (environment === undefined)
            this.record(decided.rule, decided.facts, location);
        else
            this.hitInEnvironment(decided.rule, decided.facts, location, environment);
    }
    /** Apply a rule: a guidance fact for its variable (when the rule implies an order) and a finding. */
    hit(rule, facts, location = {}, environments) {
        return this.record(rule, facts, location, environments);
    }
    /**
     * Mark the findings an ignore accepts; their guidance no longer decides an order (a blocked
     * variable that is ignored does not block). Call once every finding is placed on head.
     */
    applyIgnores(ignores) {
        const dropped = new Set();
        for (const finding of this.findings) {
            const about = this.about.get(finding);
            if (!about)
                continue;
            const ignored = ignores.match({ rule: finding.id, variable: about.variable, file: finding.file, line: finding.line });
            if (!ignored)
                continue;
            finding.ignored = ignored;
            if (about.fact)
                dropped.add(about.fact);
        }
        this.facts = this.facts.filter((fact) => !dropped.has(fact));
    }
    /** The ignored findings, for the JSON. */
    ignoredList() {
        return this.findings.flatMap((finding) => {
            const about = this.about.get(finding);
            if (!finding.ignored || !about)
                return [];
            const { reason, source, until } = finding.ignored;
            return [{ rule: finding.id, variable: about.variable, file: finding.file ?? null, line: finding.line ?? null, ignored: { reason, source, until } }];
        });
    }
    record(rule, facts, location, environments = facts.environments ?? []) {
        const missing = rule.needs.filter((fact) => facts[fact] === undefined);
        if (missing.length)
            throw new Error(`internal error: rule ${rule.id} needs ${missing.join(', ')}`);
        const spans = rule.message(facts);
        const fact = rule.order ? { name: facts.name, order: rule.order, environments, message: spans, warning: rule.severity === 'warning' } : undefined;
        if (fact)
            this.facts.push(fact);
        const finding = {
            id: rule.id,
            severity: rule.severity,
            title: `${rule.title}: ${facts.name}`,
            ...(0,model/* findingMessage */.pG)(spans),
            ...(location.file ? { file: location.file } : {}),
            ...(location.file && location.line ? { line: location.line } : {}),
        };
        this.findings.push(finding);
        this.about.set(finding, { variable: facts.name, fact });
        if (location.base && location.file && location.line)
            this.baseLocated.push({ finding, file: location.file, line: location.line });
        return finding;
    }
    /**
     * Annotations land on the head side of a pull request: a finding about a removed line is
     * moved to the head line where that line was (or next to it), saying where it was at base,
     * so it never lands on an unrelated line.
     */
    async placeOnHead(headLine) {
        for (const { finding, file, line } of this.baseLocated) {
            const placed = await headLine(file, line);
            if (!placed) {
                delete finding.file;
                delete finding.line;
                appendToMessage(finding, ` (It was ${file}:${line} at base; that file is gone at head.)`);
            }
            else if (placed.removed) {
                finding.line = placed.line;
                appendToMessage(finding, ` (Removed from ${file}:${line} at base; shown at line ${placed.line}, where it was.)`);
            }
            else {
                finding.line = placed.line;
            }
        }
    }
}
/** EnvFindings amends the findings it made itself (placeOnHead), before anyone else sees them. */
function appendToMessage(finding, more) {
    // eslint-disable-next-line no-param-reassign -- a finding this class created and still owns
    finding.message += more;
    // eslint-disable-next-line no-param-reassign -- same finding
    finding.messageSpans = (0,model/* concat */.xW)(finding.messageSpans, more);
}

// EXTERNAL MODULE: ./build/src/env/rules.js
var rules = __webpack_require__(8722);
;// CONCATENATED MODULE: ./build/src/env/decisions.js

/** A row whose rule is told once per situation. Its facts builder must give every fact the rule needs. */
function row(when, test, rule, facts) {
    return { when, test, rule, facts };
}
/** A row told per environment and grouped (findings.hitInEnvironment): the environments come from the group. */
function rowPerEnvironment(when, test, rule, facts) {
    return { when, test, rule, facts };
}
/** First match wins; undefined when no row applies (nothing to tell). */
function decide(table, situation) {
    const match = table.find((candidate) => candidate.test(situation));
    return match ? { rule: match.rule, facts: match.facts(situation) } : undefined;
}
const after = (s) => s.after;
const before = (s) => s.before;
const CODE_CHANGES = [
    row('a rename whose new name the chart already sets everywhere: the old read removed', (s) => s.rename?.source != null && s.kind === 'read-removed', rules/* RULES */.y.codeRemovesRead, (s) => ({
        name: s.name,
        workload: s.workload,
        environments: s.setting,
    })),
    row('a rename whose new name the chart already sets everywhere: the new read', (s) => s.rename?.source != null, rules/* RULES */.y.renamedConfigReady, (s) => ({
        name: s.name,
        workload: s.workload,
        previous: s.rename.from,
        other: s.rename.to,
        source: s.rename.source,
    })),
    row('a read removed and another added in its place (same statement, or nearby with the same default)', (s) => s.rename !== null, rules/* RULES */.y.renamed, (s) => ({
        name: s.name,
        workload: s.workload,
        previous: s.rename.from,
        other: s.rename.to,
        environments: s.rename.missing,
    })),
    row('the code stops reading it', (s) => s.kind === 'read-removed', rules/* RULES */.y.codeRemovesRead, (s) => ({ name: s.name, workload: s.workload, environments: s.setting })),
    row('the code newly requires it and the chart already sets it in every environment', (s) => s.newlyRequired && s.configReady, rules/* RULES */.y.codeAddsRequiredConfigReady, (s) => ({
        name: s.name,
        workload: s.workload,
        condition: after(s).condition,
        source: s.source,
        via: after(s).via ?? null,
    })),
    row('the code newly requires it (always, or under a new condition)', (s) => s.newlyRequired, rules/* RULES */.y.codeAddsRequired, (s) => ({
        name: s.name,
        workload: s.workload,
        condition: after(s).condition,
        environments: s.missing,
        source: s.source,
        via: after(s).via ?? null,
    })),
    row('the code adds an optional read', (s) => s.before === null, rules/* RULES */.y.codeAddsOptional, (s) => ({ name: s.name, workload: s.workload, default: after(s).default })),
    row('a required read becomes optional', (s) => before(s).requirement !== 'optional' && after(s).requirement === 'optional', rules/* RULES */.y.codeBecomesOptional, (s) => ({
        name: s.name,
        workload: s.workload,
        default: after(s).default,
    })),
    row('a required read becomes required only under a condition', (s) => before(s).requirement === 'required' && after(s).requirement === 'conditional', rules/* RULES */.y.codeBecomesConditional, (s) => ({
        name: s.name,
        workload: s.workload,
        condition: after(s).condition,
    })),
    row('the default of an optional read changes', (s) => before(s).default !== after(s).default, rules/* RULES */.y.codeDefaultChanged, (s) => ({
        name: s.name,
        workload: s.workload,
        previous: before(s).default,
        default: after(s).default,
    })),
];
const CHART_CHANGES = [
    row('an entry removed and one added with the same value from the values or a secret', (s) => s.rename !== null, rules/* RULES */.y.renamed, (s) => ({
        name: s.name,
        workload: s.workload,
        previous: s.rename.from,
        other: s.rename.to,
        environments: [],
    })),
    row('the chart sets a new variable', (s) => s.kind === 'set-added', rules/* RULES */.y.configAdds, (s) => ({ name: s.name, workload: s.workload })),
    row('the chart sets a variable differently', (s) => s.kind === 'set-changed', rules/* RULES */.y.configChanges, (s) => ({
        name: s.name,
        workload: s.workload,
        previous: s.previousSetting,
        other: s.setting,
    })),
    // set-removed: decided per environment, against the version deployed there (REMOVALS).
];
const read = (s) => s.read;
const requirement = (s) => s.read?.requirement;
const REMOVALS = [
    rowPerEnvironment('the deployed code names no such workload', (s) => !s.hasWorkload, rules/* RULES */.y.configRemovesNoWorkload, (s) => ({ name: s.name, workload: s.workload, source: s.source })),
    rowPerEnvironment('the deployed version does not read it', (s) => s.read === null, rules/* RULES */.y.configRemovesUnread, (s) => ({ name: s.name, workload: s.workload })),
    rowPerEnvironment('the deployed version requires it', (s) => requirement(s) === 'required', rules/* RULES */.y.configRemovesRequired, (s) => ({
        name: s.name,
        workload: s.workload,
        version: s.version,
        condition: null,
        where: s.where,
    })),
    rowPerEnvironment('it reads it under flags dropped too, which default to off', (s) => requirement(s) === 'conditional' && !s.stillInChart && s.flagsOff, rules/* RULES */.y.configFlagOff, (s) => ({ name: s.name, workload: s.workload, version: s.version, condition: read(s).condition, where: s.where, other: read(s).flags.names.join(', ') })),
    rowPerEnvironment('it requires it under a condition, and the entry is gone', (s) => requirement(s) === 'conditional' && !s.stillInChart, rules/* RULES */.y.configRemovesRequired, (s) => ({
        name: s.name,
        workload: s.workload,
        version: s.version,
        condition: read(s).condition,
        where: s.where,
    })),
    rowPerEnvironment('it requires it under a condition; the entry stays, its chart condition is off here', (s) => requirement(s) === 'conditional', rules/* RULES */.y.configConditionOff, (s) => ({
        name: s.name,
        workload: s.workload,
        version: s.version,
        condition: read(s).condition,
        where: s.where,
    })),
    rowPerEnvironment('it reads it optionally', () => true, rules/* RULES */.y.configRemovesOptional, (s) => ({
        name: s.name,
        workload: s.workload,
        version: s.version,
        default: read(s).default,
        where: s.where,
    })),
];
const VERSION_MOVES = [
    row('the pinned version goes down across a major version', (s) => s.move === 'major-downgrade', rules/* RULES */.y.majorDowngrade, (s) => ({
        name: s.environment,
        environment: s.environment,
        previous: s.previous,
        version: s.version,
    })),
    row('the pinned version goes down', (s) => s.move === 'downgrade', rules/* RULES */.y.downgrade, (s) => ({ name: s.environment, environment: s.environment, previous: s.previous, version: s.version })),
];
const NEW_VERSION_READS = [
    rowPerEnvironment('the new version requires it', (s) => s.required, rules/* RULES */.y.newVersionMissing, (s) => ({ name: s.name, workload: s.workload, version: s.version, where: s.where })),
    rowPerEnvironment('the new version requires it under a condition, and the chart has no entry for it', (s) => !s.entryInChart, rules/* RULES */.y.newVersionConditional, (s) => ({
        name: s.name,
        workload: s.workload,
        version: s.version,
        where: s.where,
        condition: s.condition,
    })),
];
const CONDITIONS_ON = [
    rowPerEnvironment('the chart newly sets a flag the deployed version reads, and not a variable it then requires', (s) => !s.set, rules/* RULES */.y.conditionOnMissing, (s) => ({
        name: s.name,
        workload: s.workload,
        version: s.version,
        where: s.where,
        condition: s.condition,
        other: s.flags,
    })),
    rowPerEnvironment('the chart newly sets the flag and the variables it then requires', () => true, rules/* RULES */.y.conditionOnSet, (s) => ({
        name: s.name,
        workload: s.workload,
        version: s.version,
        condition: s.condition,
        other: s.flags,
    })),
];
/** Every table, named as docs/actions/env-diff.md shows them. */
const DECISION_TABLES = [
    { title: 'A read changes in the code', table: CODE_CHANGES },
    { title: 'An entry changes in the chart', table: CHART_CHANGES },
    { title: 'The chart stops setting a variable in an environment (per deployed version)', table: REMOVALS },
    { title: "An environment's pinned version moves", table: VERSION_MOVES },
    { title: 'The new version reads a variable the chart does not set there', table: NEW_VERSION_READS },
    { title: 'A flag the deployed version reads is newly set in an environment (per deployed version)', table: CONDITIONS_ON },
];

// EXTERNAL MODULE: ./build/src/env/environment-changes.js
var environment_changes = __webpack_require__(23);
;// CONCATENATED MODULE: ./build/src/env/renames.js
/** Pairs each removed change with the first unpaired added one `isRename` accepts; both directions are in the map. */
function pairRenames(removed, added, isRename) {
    const pairs = new Map();
    for (const gone of removed) {
        const match = added.find((candidate) => !pairs.has(candidate) && isRename(gone, candidate));
        if (match) {
            pairs.set(gone, match);
            pairs.set(match, gone);
        }
    }
    return pairs;
}
/** An entry removed and another added in the same workload with the same value: a rename. */
function chartRenames(changes) {
    const valueOf = (entries) => entries.map((e) => e.comparable).join('\n');
    return pairRenames(changes.filter((c) => c.kind === 'set-removed'), changes.filter((c) => c.kind === 'set-added'), (gone, candidate) => {
        const value = valueOf(gone.before);
        // A literal such as "1" is set by many variables; only a value taken from the values or a secret identifies one.
        return /\.Values|valueFrom/.test(value) && candidate.workload === gone.workload && valueOf(candidate.after) === value;
    });
}
/**
 * A read removed and another added in the same workload and file, in the same statement
 * (only the name changed) or nearby with the same default: a rename, which no order of
 * merges makes safe.
 */
function codeRenames(changes) {
    return pairRenames(changes.filter((c) => c.kind === 'read-removed' && !c.before.extra), changes.filter((c) => c.kind === 'read-added' && !c.after.extra), (gone, candidate) => {
        const before = gone.before;
        const after = candidate.after;
        if (candidate.workload !== gone.workload || after.file !== before.file || after.requirement !== before.requirement)
            return false;
        // The same statement with only the name changed (`calib = os.environ[…]`) is a rename;
        // two unrelated reads that happen to sit near each other are not.
        const sameStatement = before.reads.some((old) => after.reads.some((now) => now.file === old.file && now.statement === old.statement));
        const nearby = Math.abs((after.line ?? 0) - (before.line ?? 0)) <= 2;
        const sameDefault = after.default !== null && after.default === before.default;
        return sameStatement || (nearby && sameDefault);
    });
}

// EXTERNAL MODULE: ./build/src/env/versions.js
var versions = __webpack_require__(4336);
;// CONCATENATED MODULE: ./build/src/env/analyze-chart.js








async function analyzeChart(base, head, deployed) {
    const sides = { base, head, deployed };
    const baseByFile = new Map((base?.environments ?? []).map((environment) => [environment.file, environment]));
    const results = [];
    for (const environment of head.environments)
        results.push(await analyzeEnvironment(sides, environment, baseByFile.get(environment.file)));
    const findings = EnvFindings.combine([chartChangeFindings(base, head), ...results.map((result) => result.findings)]);
    findings.flushEnvironmentHits();
    for (const [name, { workload, environments, entry }] of uncheckedRemovals(results)) {
        findings.hit(rules/* RULES */.y.configRemovesUnchecked, { name, workload, environments }, { file: entry.file, line: entry.line, base: true });
    }
    return { rows: results.flatMap((result) => (result.row ? [result.row] : [])), findings };
}
/** The entries the chart adds, removes or changes, duplicates, and entries that cannot be read statically. */
function chartChangeFindings(base, head) {
    const out = new EnvFindings();
    const changes = diffChart(base, head);
    const renames = chartRenames(changes);
    for (const change of changes) {
        out.changes.push(chartChange(change));
        const entry = changeEntry(change);
        const location = { file: entry.file, line: entry.line, base: !change.after.length };
        const pair = renames.get(change);
        const rename = pair ? (change.kind === 'set-removed' ? { from: change.name, to: pair.name } : { from: pair.name, to: change.name }) : null;
        const situation = { name: change.name, workload: change.workload, kind: change.kind, rename, previousSetting: describeSetting(change.before), setting: describeSetting(change.after) };
        out.apply(decide(CHART_CHANGES, situation), location);
    }
    for (const { workload, first, second } of head.duplicates) {
        out.hit(rules/* RULES */.y.duplicateEntry, { name: second.name, workload, where: `${first.file}:${first.line}` }, { file: second.file, line: second.line });
    }
    for (const [workload, env] of head.workloads) {
        // Entries that cannot be read statically (toYaml, computed names) are reported, added or removed, never dropped.
        const before = unreadableSources(base?.workloads.get(workload));
        const after = unreadableSources(env);
        for (const [text, where] of after)
            if (!before.has(text))
                out.hit(rules/* RULES */.y.dynamicEntries, { name: text, workload }, where);
        for (const [text, where] of before)
            if (!after.has(text))
                out.hit(rules/* RULES */.y.dynamicEntriesRemoved, { name: text, workload }, { ...where, base: true });
    }
    return out;
}
/** Removals no deployed code could be checked for, by name, with the environments they are in (in order). */
function uncheckedRemovals(results) {
    const byName = new Map();
    for (const { environment, unchecked } of results) {
        for (const { workload, name, entry } of unchecked) {
            const known = byName.get(name);
            byName.set(name, known ? { ...known, environments: [...known.environments, environment] } : { workload, environments: [environment], entry });
        }
    }
    return byName;
}
/** A workload's env sources that cannot be read statically, by text, with where each is. */
function unreadableSources(env) {
    const sources = new Map();
    for (const dynamic of env?.dynamic ?? [])
        sources.set(dynamic.text, { file: dynamic.file, line: dynamic.line });
    for (const entry of env?.entries ?? [])
        if (!entry.resolved)
            sources.set(`- name: ${entry.name}`, { file: entry.file, line: entry.line });
    return sources;
}
function environmentDelta({ base, head }, environment, previous) {
    const after = effectiveEnv(head, environment);
    const before = base && previous ? effectiveEnv(base, previous) : undefined;
    const tagBefore = previous?.imageTag?.tag ?? null;
    const tagAfter = environment.imageTag?.tag ?? null;
    const removed = [];
    for (const [workload, settings] of before ?? []) {
        for (const [name, setting] of settings) {
            if (setting.on === false || isSet(after, workload, name))
                continue;
            removed.push({ workload, name, entry: setting.entries[0], stillInChart: after.get(workload)?.has(name) ?? false });
        }
    }
    // A new environment starts running its version: check it like a version change.
    const tagChanged = previous ? tagBefore !== tagAfter : base !== undefined && tagAfter !== null;
    return {
        environment,
        workloads: [...head.workloads.keys()],
        after,
        before,
        tagBefore,
        tagAfter,
        tagChanged,
        tagWhere: environment.imageTag ? `${environment.imageTag.file}${environment.imageTag.line ? `:${environment.imageTag.line}` : ''}` : environment.file,
        tagLocation: { file: environment.imageTag?.file ?? environment.file, line: environment.imageTag?.line },
        removed,
        flagsOn: before ? newlySet(before, after, environment) : new Map(),
        checked: removed.length > 0 || tagChanged,
    };
}
async function analyzeEnvironment(sides, environment, previous) {
    const delta = environmentDelta(sides, environment, previous);
    const { tagBefore, tagAfter, removed } = delta;
    const result = (parts, release = null, unchecked = []) => ({
        environment: environment.name,
        row: delta.checked ? { environment: environment.name, before: tagBefore, after: tagAfter, where: delta.tagWhere, release } : null,
        findings: EnvFindings.combine(parts),
        unchecked,
    });
    if (!delta.checked && !delta.flagsOn.size)
        return { environment: environment.name, row: null, findings: new EnvFindings(), unchecked: [] };
    const moved = new EnvFindings();
    if (delta.tagChanged && tagBefore && tagAfter) {
        const move = (0,versions/* compareDeployed */.K)(tagBefore, tagAfter);
        moved.apply(decide(VERSION_MOVES, { environment: environment.name, previous: tagBefore, version: tagAfter, move }), delta.tagLocation);
    }
    if (!sides.deployed)
        return result([moved], null, removed);
    if (!tagAfter)
        return result([moved, versionUnknownFindings(delta)]);
    // A version change needs every read of the new version; removals alone only the removed names' (and a flag newly set, the reads it guards).
    const flagNames = [...delta.flagsOn.values()].flatMap((names) => [...names]);
    const code = await sides.deployed(tagAfter, delta.tagChanged ? undefined : [...new Set([...removed.map((r) => r.name), ...flagNames])]);
    const release = code.release ?? null;
    if (!code.reads)
        return result([moved, unreadVersionFindings(delta, code, tagAfter)], release);
    const view = deployedView(delta, { ...code, reads: code.reads }, { deployed: sides.deployed, tag: tagAfter });
    return result([moved, await removalFindings(view), conditionFindings(view), await newReadFindings(view)], release);
}
/** With no image tag, the version deployed is not known: each removal says so. */
function versionUnknownFindings({ environment, removed }) {
    const out = new EnvFindings();
    for (const { name, entry } of removed) {
        out.hit(rules/* RULES */.y.versionUnknown, { name, environment: environment.name, version: '(no image tag and no appVersion)', where: environment.file, source: 'the chart', environments: [environment.name] }, { file: entry.file, line: entry.line, base: true });
    }
    return out;
}
/** No release of the code matches the deployed tag: each removal, and a move, say so. */
function unreadVersionFindings({ environment, removed, tagChanged, tagWhere, tagLocation }, code, version) {
    const out = new EnvFindings();
    for (const { name, entry } of removed) {
        out.hitInEnvironment(rules/* RULES */.y.versionUnknown, { name, version, where: tagWhere, source: code.source }, { file: entry.file, line: entry.line, base: true }, environment.name);
    }
    if (tagChanged)
        out.hitInEnvironment(rules/* RULES */.y.versionUnknownForMove, { name: version, version, where: tagWhere, source: code.source }, tagLocation, environment.name);
    return out;
}
function deployedView(delta, code, { deployed, tag }) {
    const where = (read) => {
        if (read.extra)
            return `env.extra-reads in ${read.file}`;
        const link = code.link?.(read.file, read.line);
        const path = read.via ? `; ${(0,rules/* reachedBy */.K)(read)}` : '';
        return `${code.source}@${code.release ?? tag}:${read.file}${read.line ? `:${read.line}` : ''}${link ? `, ${link}` : ''}${path}`;
    };
    const version = code.release && code.release !== tag ? `${tag} (release ${code.release})` : tag;
    return { delta, code, deployed, version, tag, where };
}
/**
 * A read behind a flag (`if use_writer:` with `use_writer = os.environ.get("USE_WRITER", "0") == "1"`)
 * cannot happen where the flag is unset and defaults to falsy: the condition is off there.
 */
async function flagsOff({ delta, deployed, tag }, read, workload) {
    const flags = read.flags;
    if (!flags?.positive || flags.names.length === 0)
        return false;
    if (flags.names.some((flag) => isSet(delta.after, workload, flag)))
        return false;
    const flagCode = await deployed(tag, flags.names);
    return flags.names.every((flag) => {
        const flagRead = flagCode.reads?.workloads.get(workload)?.get(flag);
        return flagRead?.requirement === 'optional' && (flagRead.default === null || (0,env_reads/* isFalsyLiteral */.hR)(flagRead.default));
    });
}
/** What the deployed version does with each variable the chart stops setting there. */
async function removalFindings(view) {
    const { delta, code, version, where } = view;
    const out = new EnvFindings();
    for (const { workload, name, entry, stillInChart } of delta.removed) {
        const read = code.reads.workloads.get(workload)?.get(name) ?? null;
        const flagged = read?.requirement === 'conditional' && !stillInChart && (await flagsOff(view, read, workload));
        const situation = { name, workload, version, source: code.source, hasWorkload: code.reads.workloads.has(workload), read, where: read ? where(read) : null, stillInChart, flagsOff: flagged };
        out.apply(decide(REMOVALS, situation), { file: entry.file, line: entry.line, base: true }, delta.environment.name);
    }
    return out;
}
/** Reads of the deployed version that a flag the chart newly sets turns on. */
function conditionFindings({ delta, code, version, where }) {
    const out = new EnvFindings();
    for (const { read, entry, ...situation } of conditionsTurnedOn(code.reads, delta.after, delta.flagsOn)) {
        out.apply(decide(CONDITIONS_ON, { ...situation, version, where: where(read) }), { file: entry.file, line: entry.line }, delta.environment.name);
    }
    return out;
}
/** A version move: what the new version requires that the environment does not set. */
async function newReadFindings({ delta, code, deployed, version, where }) {
    const out = new EnvFindings();
    if (!delta.tagChanged)
        return out;
    const { after, before, tagBefore, removed } = delta;
    const alreadyReported = new Set(removed.map((r) => `${r.workload}\0${r.name}`));
    const unset = [];
    for (const workload of delta.workloads) {
        for (const read of code.reads.workloads.get(workload)?.values() ?? []) {
            if (read.requirement === 'optional' || isSet(after, workload, read.name) || alreadyReported.has(`${workload}\0${read.name}`))
                continue;
            unset.push({ workload, read });
        }
    }
    // A gap the environment already ran with (the old version required it too, and the chart did
    // not set it) is not this PR's doing: the version change is judged by what it newly requires.
    const old = unset.length && tagBefore && before ? await deployed(tagBefore, [...new Set(unset.map((u) => u.read.name))]) : undefined;
    for (const { workload, read } of unset) {
        const oldRead = old?.reads?.workloads.get(workload)?.get(read.name);
        const alreadyRan = oldRead && oldRead.requirement === read.requirement && oldRead.condition === read.condition && !isSet(before, workload, read.name);
        if (alreadyRan)
            continue;
        const situation = { name: read.name, workload, version, where: where(read), condition: read.condition, required: read.requirement === 'required', entryInChart: after.get(workload)?.has(read.name) ?? false };
        out.apply(decide(NEW_VERSION_READS, situation), delta.tagLocation, delta.environment.name);
    }
    return out;
}
/**
 * workload → variables set in this environment now that were not before (a values file turned a
 * chart condition on, or an entry was added), except those set to a plain "off" value ("0", "false").
 */
function newlySet(before, after, environment) {
    const out = new Map();
    for (const [workload, settings] of after) {
        for (const [name, setting] of settings) {
            if (setting.on === false || isSet(before, workload, name))
                continue;
            const value = (0,environment_changes/* valueOf */.RP)(setting.entries[0], environment.values);
            if (value.resolved && !value.secret && OFF_VALUE.test(value.text.trim()))
                continue;
            out.set(workload, (out.get(workload) ?? new Set()).add(name));
        }
    }
    return out;
}
/** A value that leaves a flag off: "", "0", "false", "no", "off" (any case). */
const OFF_VALUE = /^(?:0|false|no|off|)$/i;
/**
 * The deployed version's reads required under a condition computed from a newly set flag (only
 * positive conditions: set can only turn them on), with whether the chart sets them there.
 */
function conditionsTurnedOn(reads, after, flagsOn) {
    const out = [];
    for (const [workload, names] of flagsOn) {
        for (const read of reads.workloads.get(workload)?.values() ?? []) {
            const flags = read.flags?.positive ? read.flags.names.filter((flag) => names.has(flag)) : [];
            const [flag] = flags;
            if (read.requirement !== 'conditional' || flag === undefined)
                continue;
            const entry = after.get(workload).get(flag).entries[0];
            out.push({ name: read.name, workload, condition: read.condition ?? '', flags: flags.join(', '), set: isSet(after, workload, read.name), read, entry });
        }
    }
    return out;
}
/** `= value` and, when conditional, `when condition` — as a reader compares two settings. */
function describeSetting(entries) {
    return entries.map((entry) => `\`${entry.value.replace(/\s+/g, ' ')}\`${entry.condition ? ` when \`${entry.condition}\`` : ''}`).join(' or ');
}
function chartChange(change) {
    const entry = changeEntry(change);
    return {
        side: 'chart',
        kind: change.kind,
        name: change.name,
        workload: change.workload,
        required: null,
        default: null,
        conditional: entry.condition !== null,
        condition: entry.condition,
        value: entry.value,
        file: entry.file,
        line: entry.line,
    };
}

;// CONCATENATED MODULE: ./build/src/env/analyze-code.js





function analyzeCode(diff, config) {
    const out = new EnvFindings();
    const effective = new Map();
    for (const environment of config?.snapshot.environments ?? [])
        effective.set(environment.name, effectiveEnv(config.snapshot, environment));
    const renamed = codeRenames(diff.changes);
    for (const change of diff.changes) {
        out.changes.push(codeChange(change));
        const read = change.after ?? change.before;
        out.apply(decide(CODE_CHANGES, codeSituation(change, renamed.get(change), config, effective)), { file: read.file, line: read.line, base: !change.after });
    }
    for (const issue of diff.syntaxIssues) {
        out.hit(rules/* RULES */.y.pythonUnreadable, { name: issue.near, workload: issue.file }, { file: issue.file, line: issue.line });
    }
    for (const { read, workloads } of diff.unresolvedAdded) {
        out.hit(rules/* RULES */.y.unresolvedRead, { name: read.name, workload: workloads.join(', ') }, { file: read.file, line: read.line });
    }
    return out;
}
const STRICTNESS = { optional: 0, conditional: 1, required: 2 };
/** What the decision table (decisions.ts CODE_CHANGES) needs to know about one changed read. */
function codeSituation(change, pair, config, effective) {
    const { after = null, before = null } = change;
    const rename = pair ? renameOf(change, pair, config, effective) : null;
    const newlyRequired = after !== null &&
        after.requirement !== 'optional' &&
        (!before ||
            STRICTNESS[after.requirement] > STRICTNESS[before.requirement] ||
            (after.requirement === 'conditional' && before.requirement === 'conditional' && before.condition !== after.condition));
    const missing = newlyRequired ? missingEnvironments(config, effective, after) : [];
    return {
        name: change.name,
        workload: change.workload,
        kind: change.kind,
        rename,
        before,
        after,
        newlyRequired,
        missing,
        setting: change.kind === 'read-removed' ? settingEnvironments(config, effective, change) : [],
        source: newlyRequired ? orderSource(change, config, missing) : null,
        configReady: newlyRequired && config !== undefined && config.snapshot.workloads.has(change.workload) && missing.length === 0,
    };
}
/**
 * A rename is "together" unless the chart already sets the new name wherever the workload runs:
 * then the code can go first, with the chart line as evidence. The environments named in the
 * table and in the message are one list: where the new name is not set.
 */
function renameOf(change, pair, config, effective) {
    const [gone, added] = change.kind === 'read-removed' ? [change, pair] : [pair, change];
    const missing = missingEnvironments(config, effective, added.after);
    const ready = config !== undefined && config.snapshot.workloads.has(change.workload) && missing.length === 0;
    const source = ready ? `${config.label} already sets ${added.name} in every environment${settingEvidence(config, added)}` : null;
    return { from: gone.name, to: added.name, missing, source };
}
/** Where the chart sets a variable for the change's workload, e.g. " (charts/x/templates/job.yaml:12)". */
function settingEvidence(config, change) {
    const entry = config.snapshot.workloads.get(change.workload)?.entries.find((candidate) => candidate.name === change.name);
    return entry ? ` (${entry.file}:${entry.line})` : '';
}
/** For a new requirement: why the order is already met, or why it cannot be checked; null when the missing environments say it. */
function orderSource(change, config, missing) {
    if (!config)
        return 'no env.counterpart is configured to check the chart';
    if (!config.snapshot.workloads.has(change.workload))
        return `the chart of ${config.label} has no workload named ${change.workload} to check (env.chart.workloads)`;
    if (missing.length > 0)
        return null;
    const chartCondition = config.snapshot.workloads.get(change.workload)?.entries.find((entry) => entry.name === change.name)?.condition;
    const mirrored = change.after?.requirement === 'conditional' && chartCondition ? `the chart sets it when \`${chartCondition}\`` : undefined;
    return [`${config.label} already sets it${mirrored ? '' : ' in every environment'}${settingEvidence(config, change)}`, mirrored].filter(Boolean).join('; ');
}
function codeChange(change) {
    const read = change.after ?? change.before;
    return {
        side: 'code',
        kind: change.kind,
        name: change.name,
        workload: change.workload,
        required: read.requirement !== 'optional',
        default: read.default,
        conditional: read.requirement === 'conditional',
        condition: read.condition,
        value: null,
        file: read.file,
        line: read.line ?? null,
    };
}
/** Environments whose chart does not set a variable the code now requires (a chart entry whose condition mirrors the read's counts as set). */
function missingEnvironments(config, effective, read) {
    if (!config || !config.snapshot.workloads.has(read.workload))
        return [];
    if (config.snapshot.environments.length === 0) {
        const entries = config.snapshot.workloads.get(read.workload)?.entries ?? [];
        return entries.some((entry) => entry.name === read.name) ? [] : ['(every environment)'];
    }
    const missing = [];
    for (const [name, env] of effective) {
        if (isSet(env, read.workload, read.name))
            continue;
        const mirrored = read.requirement === 'conditional' && env.get(read.workload)?.has(read.name);
        if (!mirrored)
            missing.push(name);
    }
    return missing;
}
function settingEnvironments(config, effective, change) {
    if (!config)
        return [];
    return [...effective].filter(([, env]) => isSet(env, change.workload, change.name)).map(([name]) => name);
}

// EXTERNAL MODULE: ./build/src/env/code-reads.js + 4 modules
var code_reads = __webpack_require__(5002);
;// CONCATENATED MODULE: ./build/src/env/code-diff.js

async function diffCode(reader, base, head, settings) {
    const repository = reader.repository;
    const matchers = (0,code_reads/* workloadMatchers */.zw)(settings.code);
    const relevant = (file) => file.endsWith('.py') && [...matchers.values()].some((matches) => matches(file));
    const changes = await repository.changedFiles(base, head);
    const basePaths = changes.filter((c) => c.status !== 'added' && relevant(c.oldPath ?? c.path)).map((c) => c.oldPath ?? c.path);
    const headPaths = changes.filter((c) => c.status !== 'deleted' && relevant(c.path)).map((c) => c.path);
    const [baseTree, headTree] = await Promise.all([repository.tree(base), repository.tree(head)]);
    const entriesOf = (tree, paths) => paths.map((p) => tree.get(p)).filter((e) => !!e && e.mode !== '160000');
    const baseReads = await reader.readsOf(entriesOf(baseTree, basePaths), false);
    const headReads = await reader.readsOf(entriesOf(headTree, headPaths), true);
    // A PR may declare new extra-reads in the config: the base side counts the base config's.
    const baseSettings = { ...settings, extraReads: settings.baseExtraReads ?? settings.extraReads };
    const partialBase = (0,code_reads/* aggregate */.QD)(baseReads, baseSettings);
    const partialHead = (0,code_reads/* aggregate */.QD)(headReads, settings);
    const candidates = new Set();
    for (const workload of matchers.keys()) {
        const before = partialBase.workloads.get(workload);
        const after = partialHead.workloads.get(workload);
        for (const name of new Set([...before.keys(), ...after.keys()])) {
            if ((0,code_reads/* signature */.vl)(before.get(name)) !== (0,code_reads/* signature */.vl)(after.get(name)))
                candidates.add(name);
        }
    }
    // A shared file whose reachability changed (an own file now imports it, or calls one more of
    // its functions) can change what a workload reads without changing itself: its names are candidates.
    const [baseReach, headReach] = await Promise.all([
        reader.reachability(base, baseSettings, baseReads, true),
        reader.reachability(head, settings, headReads, true),
    ]);
    const moved = movedFiles(baseReach, headReach);
    const [movedBase, movedHead] = await Promise.all([
        reader.readsOf(entriesOf(baseTree, moved), false),
        reader.readsOf(entriesOf(headTree, moved), false),
    ]);
    for (const read of [...movedBase.values(), ...movedHead.values()].flat())
        if (read.resolved)
            candidates.add(read.name);
    // Unchanged files count the same at base and head. A candidate that an unchanged file reads
    // as always required is required on both sides, so it cannot have changed: it is dropped as
    // soon as such a read turns up, and files mentioning only dropped names are never parsed.
    const changedHead = new Set(headPaths);
    const unchanged = (file) => !changedHead.has(file) && relevant(file) && baseTree.get(file)?.blob === headTree.get(file)?.blob;
    const sharedReads = candidates.size ? await (0,code_reads/* readsDeciding */.nv)(reader, { revision: head, names: [...candidates], code: settings.code, include: unchanged }) : new Map();
    const fullBase = (0,code_reads/* aggregate */.QD)(new Map([...movedBase, ...baseReads, ...sharedReads]), baseSettings, baseReach);
    const fullHead = (0,code_reads/* aggregate */.QD)(new Map([...movedHead, ...headReads, ...sharedReads]), settings, headReach);
    const readChanges = [];
    for (const workload of matchers.keys()) {
        const before = fullBase.workloads.get(workload);
        const after = fullHead.workloads.get(workload);
        for (const name of [...candidates].sort()) {
            const b = before.get(name);
            const a = after.get(name);
            if (!b && a)
                readChanges.push({ kind: 'read-added', workload, name, after: a });
            else if (b && !a)
                readChanges.push({ kind: 'read-removed', workload, name, before: b });
            else if (b && a && (0,code_reads/* signature */.vl)(b) !== (0,code_reads/* signature */.vl)(a))
                readChanges.push({ kind: 'read-changed', workload, name, before: b, after: a });
        }
    }
    const baseUnresolved = new Set([...baseReads.values()].flat().filter((r) => !r.resolved).map((r) => `${r.file}\0${r.name}`));
    const unresolvedAdded = [...headReads.values()]
        .flat()
        .filter((r) => !r.resolved && !baseUnresolved.has(`${r.file}\0${r.name}`))
        .map((read) => ({ read, workloads: [...matchers].filter(([, matches]) => matches(read.file)).map(([workload]) => workload) }));
    return { changes: readChanges, unresolvedAdded, syntaxIssues: [...reader.syntaxIssues] };
}
/** Shared files of which a workload reaches something different at base and head. */
function movedFiles(base, head) {
    const moved = new Set();
    for (const workload of new Set([...base.keys(), ...head.keys()])) {
        const before = base.get(workload);
        const after = head.get(workload);
        for (const file of new Set([...(before?.shared ?? []), ...(after?.shared ?? [])])) {
            if ((before?.signature(file) ?? '*') !== (after?.signature(file) ?? '*'))
                moved.add(file);
        }
    }
    return [...moved].sort();
}

// EXTERNAL MODULE: ./build/src/env/counterpart.js
var env_counterpart = __webpack_require__(5364);
;// CONCATENATED MODULE: ./build/src/env/parity.js

/**
 * Which introduced problems the code explains. A workload left without a variable (or given
 * another value) matters when its code reads the variable; when no known code reads it at all,
 * nothing tells, and it stays an error (code outside the repository may read it).
 */
function judgeParity(result, readers) {
    if (!readers)
        return result;
    const introduced = [];
    const expected = [...(result.expected ?? [])];
    for (const problem of result.introduced) {
        const reading = readers.get(problem.name) ?? new Map();
        const readBy = problem.workloads.filter((workload) => reading.has(workload));
        const matters = reading.size === 0 || (problem.problem === 'missing' ? readBy.length > 0 : readBy.length > 1);
        const reason = readBy.length
            ? readBy.map((workload) => `${workload} reads it at ${reading.get(workload)}`).join('; ')
            : 'no known code reads it, so nothing tells it belongs to one workload';
        if (matters)
            introduced.push({ ...problem, reason });
        else
            expected.push({ ...problem, readers: [...reading].map(([workload, where]) => ({ workload, where })) });
    }
    return { ...result, introduced, expected };
}
function parityProblems(snapshot, workloads, exempt) {
    if (!snapshot)
        return [];
    const present = workloads.filter((workload) => snapshot.workloads.get(workload));
    if (present.length < 2)
        return [];
    const byWorkload = new Map(present.map((workload) => [workload, entriesByName(snapshot.workloads.get(workload).entries)]));
    const names = new Set([...byWorkload.values()].flatMap((entries) => [...entries.keys()]));
    const problems = [];
    for (const name of [...names].sort()) {
        if (exempt.has(name))
            continue;
        const having = present.filter((workload) => byWorkload.get(workload).has(name));
        const firstEntry = byWorkload.get(having[0]).get(name)[0];
        if (having.length < present.length) {
            const missing = present.filter((workload) => !having.includes(workload));
            problems.push({ name, problem: 'missing', workloads: missing, having, entry: firstEntry, key: `${name}\0missing\0${missing.join(',')}` });
            continue;
        }
        const signatures = new Set(present.map((workload) => settingSignature(byWorkload.get(workload).get(name))));
        if (signatures.size > 1)
            problems.push({ name, problem: 'different', workloads: [...present], having, entry: firstEntry, key: `${name}\0different` });
    }
    return problems;
}
function compareParity(base, head, workloads, exempt) {
    const before = parityProblems(base, workloads, exempt);
    const after = parityProblems(head, workloads, exempt);
    const beforeKeys = new Set(before.map((problem) => problem.key));
    const afterKeys = new Set(after.map((problem) => problem.key));
    const introduced = after
        .filter((problem) => !beforeKeys.has(problem.key))
        .map((problem) => ({ ...problem, entry: changedEntry(base, head, problem) ?? problem.entry }));
    return {
        introduced,
        known: after.filter((problem) => beforeKeys.has(problem.key)),
        resolved: before.filter((problem) => !afterKeys.has(problem.key)),
    };
}
/** Point at the entry the PR added or changed for this variable, in whichever workload it was. */
function changedEntry(base, head, problem) {
    for (const [workload, env] of head.workloads) {
        const after = entriesByName(env?.entries).get(problem.name) ?? [];
        const before = entriesByName(base?.workloads.get(workload)?.entries).get(problem.name) ?? [];
        const [first] = after;
        if (first && settingSignature(after) !== settingSignature(before))
            return first;
    }
    // Removed from one workload: point at the entry the other workload keeps.
    return null;
}
/**
 * Who reads `names` in the versions the environments run (each distinct image tag read once,
 * only the files that mention the names). null when no version's code can be read.
 */
async function parityReaders(lookup, head, names) {
    if (!lookup || names.length === 0)
        return null;
    const tags = [...new Set(head.environments.map((environment) => environment.imageTag?.tag).filter((tag) => !!tag))].sort();
    const readers = new Map();
    let readable = false;
    for (const tag of tags) {
        const code = await lookup(tag, names);
        if (!code.reads)
            continue;
        readable = true;
        for (const [workload, reads] of code.reads.workloads) {
            for (const name of names) {
                const read = reads.get(name);
                if (!read || readers.get(name)?.has(workload))
                    continue;
                const where = read.extra ? `env.extra-reads in ${read.file}` : `${code.source}@${code.release ?? tag}:${read.file}${read.line ? `:${read.line}` : ''}`;
                readers.set(name, (readers.get(name) ?? new Map()).set(workload, where));
            }
        }
    }
    return readable ? readers : null;
}

;// CONCATENATED MODULE: ./build/src/env/model.js
/**
 * The env-diff model and its JSON contract (README, "env-diff JSON"): changes on both
 * sides, one order per variable, and parity problems between workloads.
 */

/** The stricter order wins when several facts concern one variable. */
const ORDER_RANK = { safe: 0, 'code-first': 1, 'config-first': 2, together: 3, blocked: 4 };
function mergeGuidance(facts) {
    const byName = new Map();
    for (const fact of facts) {
        const current = byName.get(fact.name);
        const message = (0,model/* plainText */.wh)(fact.message);
        // The strictest order decides; its environments and messages are the ones a reader acts on.
        if (!current || ORDER_RANK[fact.order] > ORDER_RANK[current.order]) {
            byName.set(fact.name, { name: fact.name, order: fact.order, environments: [...fact.environments], message, spans: fact.message });
            continue;
        }
        if (ORDER_RANK[fact.order] < ORDER_RANK[current.order])
            continue;
        const merged = current.message.includes(message) ? {} : { message: `${current.message} ${message}`, spans: (0,model/* concat */.xW)(current.spans, ' ', fact.message) };
        byName.set(fact.name, { ...current, environments: [...new Set([...current.environments, ...fact.environments])], ...merged });
    }
    return [...byName.values()]
        .map((guidance) => ({ ...guidance, environments: [...guidance.environments].sort() }))
        .sort((a, b) => ORDER_RANK[b.order] - ORDER_RANK[a.order] || a.name.localeCompare(b.name));
}

;// CONCATENATED MODULE: ./build/src/env/report.js




const CHANGE_WORDS = {
    'read-added': 'code reads it',
    'read-removed': 'code stops reading it',
    'read-changed': 'code reads it differently',
    'set-added': 'chart sets it',
    'set-removed': 'chart stops setting it',
    'set-changed': 'chart sets it differently',
};
const ORDER_WORDS = {
    safe: 'safe — any order',
    'config-first': 'config first',
    'code-first': 'code first, then config',
    together: 'together',
    blocked: '❌ blocked',
};
function buildEnvReport(input) {
    const { findings, parity } = input;
    const parityHits = (parity?.introduced ?? []).map((problem) => {
        const rule = problem.problem === 'missing' ? rules/* RULES */.y.parityMissing : rules/* RULES */.y.parityDifferent;
        const finding = findings.hit(rule, { name: problem.name, workload: problem.having.join(', '), environments: problem.workloads, where: problem.reason ?? '' }, { file: problem.entry?.file, line: problem.entry?.line });
        return { problem, finding };
    });
    for (const drift of parity?.expected ?? []) {
        const facts = {
            name: drift.name,
            source: drift.problem === 'missing' ? `set for ${drift.having.join(', ')} but not for` : 'set differently in',
            environments: drift.workloads,
            other: drift.readers.map((reader) => reader.workload).join(', '),
            where: drift.readers.map((reader) => reader.where).join('; '),
        };
        findings.hit(rules/* RULES */.y.parityExpected, facts, { file: drift.entry?.file, line: drift.entry?.line });
    }
    if (input.ignores)
        findings.applyIgnores(input.ignores);
    const guidance = mergeGuidance(findings.facts);
    const parityEntries = parityHits.map(({ problem, finding }) => parityEntry(problem, finding));
    const failingParity = parityEntries.filter((entry) => !entry.ignored);
    const counted = findings.findings.filter((f) => !f.ignored);
    const blocked = guidance.filter((g) => g.order === 'blocked');
    // Errors are exactly what fails: a blocked order, a parity break, a deployed version that cannot be read — unless ignored.
    const verdict = blocked.length > 0 || failingParity.length > 0 || counted.some((f) => f.severity === 'error') ? 'fail' : 'pass';
    const data = { verdict, changes: findings.changes, guidance: guidance.map(({ spans: _spans, ...plain }) => plain), parity: parityEntries, deployed: input.deployed.map(deployedVersion), environments: input.environments ?? [] };
    const ignored = findings.findings.length - counted.length;
    if (ignored)
        data.ignored = findings.ignoredList();
    return {
        command: 'env-diff',
        verdict,
        headline: headline(guidance, failingParity, counted) + (ignored ? ` (${ignored} finding${ignored === 1 ? '' : 's'} ignored)` : ''),
        findings: sortFindings(findings.findings),
        blocks: blocks(input, guidance, parityEntries),
        data,
    };
}
function deployedVersion(row) {
    return { environment: row.environment, before: row.before, after: row.after, release: row.release, move: moveOf(row), where: row.where };
}
function moveOf(row) {
    if (row.before === null)
        return row.after === null ? 'unchanged' : 'new';
    if (row.after === null)
        return 'unknown';
    const move = (0,versions/* compareDeployed */.K)(row.before, row.after);
    return move === 'same' ? 'unchanged' : move;
}
const MOVE_WORDS = {
    upgrade: 'upgrade',
    downgrade: '⚠️ downgrade',
    'major-downgrade': '⚠️ DOWNGRADE ACROSS A MAJOR VERSION',
    unchanged: '—',
    new: 'new environment',
    unknown: 'changed (not comparable as versions)',
};
function parityEntry(problem, finding) {
    const entry = { name: problem.name, workloads: problem.workloads, problem: problem.problem, file: problem.entry?.file ?? null, line: problem.entry?.line ?? null };
    return finding.ignored ? { ...entry, ignored: { reason: finding.ignored.reason, source: finding.ignored.source, until: finding.ignored.until } } : entry;
}
function headline(guidance, parity, findings) {
    const blocked = guidance.filter((g) => g.order === 'blocked');
    const majorDowngrade = findings.some((f) => f.id === rules/* RULES */.y.majorDowngrade.id);
    const unreadable = findings.filter((f) => f.id === rules/* RULES */.y.versionUnknownForMove.id);
    const parts = [];
    if (blocked.length) {
        const environments = [...new Set(blocked.flatMap((g) => g.environments))];
        parts.push(`blocked: ${blocked.map((g) => g.name).join(', ')} still needed by ${environments.join(', ') || 'a deployed version'}`);
    }
    const [onlyParity] = parity.length === 1 ? parity : [];
    if (parity.length)
        parts.push(onlyParity ? `parity broken for ${onlyParity.name}` : `parity broken for ${parity.length} variables`);
    if (unreadable.length)
        parts.push(`no release tag for ${unreadable.map((f) => f.title.split(': ').pop()).join(', ')}`);
    if (majorDowngrade)
        parts.push('DOWNGRADE ACROSS A MAJOR VERSION');
    if (parts.length)
        return parts.join('; ');
    if (guidance.length === 0)
        return 'no environment variable changes';
    const configFirst = guidance.filter((g) => g.order === 'config-first');
    const together = guidance.filter((g) => g.order === 'together');
    if (together.length)
        return `merge code and config together (${together.map((g) => g.name).join(', ')})`;
    if (configFirst.length)
        return `merge the config first for ${configFirst.map((g) => g.name).join(', ')}`;
    const codeFirst = guidance.filter((g) => g.order === 'code-first');
    if (codeFirst.length)
        return `config may drop ${codeFirst.map((g) => g.name).join(', ')} once every environment runs this version`;
    return `${guidance.length} variable${guidance.length === 1 ? '' : 's'} changed, safe in any order`;
}
function blocks(input, guidance, parityEntries) {
    return [
        { kind: 'paragraph', text: (0,model/* inline */.mG) `Compared ${input.scope}.` },
        ...variableBlocks(input.findings.changes, guidance),
        ...(input.parity ? parityBlocks(input.parity, parityEntries) : []),
        ...deployedBlocks(input.deployed),
        ...environmentBlocks(input.environments ?? []),
        ...otherFindingBlocks(input.findings.findings),
    ];
}
/** One row per variable: what changed, the safe order, the environments, what to do. */
function variableBlocks(changes, guidance) {
    if (!guidance.length)
        return [];
    const changesByName = new Map();
    for (const change of changes)
        changesByName.set(change.name, [...(changesByName.get(change.name) ?? []), change]);
    return [
        { kind: 'heading', text: (0,model/* inline */.mG) `Variables` },
        {
            kind: 'table',
            headers: ['Variable', 'What changed', 'Order', 'Environments', 'What to do'],
            rows: guidance.map((g) => [[(0,model/* code */.aY)(g.name)], (0,model/* inline */.mG) `${describeChanges(changesByName.get(g.name) ?? [])}`, (0,model/* inline */.mG) `${ORDER_WORDS[g.order]}`, (0,model/* inline */.mG) `${g.environments.join(', ') || '—'}`, g.spans]),
        },
    ];
}
const parityWords = (p) => (p.problem === 'missing' ? `missing in ${p.workloads.join(', ')}` : `differs between ${p.workloads.join(', ')}`);
/** Parity between workloads: what this change breaks, the expected drift, what it fixes, the drift already there. */
function parityBlocks(parity, parityEntries) {
    if (!(parity.introduced.length || parity.known.length || parity.resolved.length || parity.expected?.length))
        return [];
    const out = [{ kind: 'heading', text: (0,model/* inline */.mG) `Parity between workloads` }];
    if (parity.introduced.length) {
        out.push({
            kind: 'table',
            headers: ['Variable', 'Problem', 'Workloads', 'Where'],
            rows: parity.introduced.map((p, index) => [
                [(0,model/* code */.aY)(p.name)],
                (0,model/* inline */.mG) `${p.problem === 'missing' ? 'missing in' : 'differs between'}${parityEntries[index]?.ignored ? ' (ignored)' : ''}`,
                (0,model/* inline */.mG) `${p.workloads.join(', ')}`,
                p.entry ? [(0,model/* code */.aY)(`${p.entry.file}:${p.entry.line}`)] : (0,model/* inline */.mG) `—`,
            ]),
        });
    }
    else {
        out.push({ kind: 'paragraph', text: (0,model/* inline */.mG) `This change keeps the workloads in parity.` });
    }
    if (parity.expected?.length) {
        out.push({
            kind: 'list',
            items: parity.expected.map((p) => (0,model/* inline */.mG) `${(0,model/* code */.aY)(p.name)}: ${parityWords(p)} — expected drift, only ${p.readers.map((r) => r.workload).join(', ')} ${p.readers.length === 1 ? 'reads' : 'read'} it (not failed)`),
        });
    }
    if (parity.resolved.length)
        out.push({ kind: 'list', items: parity.resolved.map((p) => (0,model/* inline */.mG) `${(0,model/* code */.aY)(p.name)}: drift removed by this change`) });
    if (parity.known.length) {
        out.push({
            kind: 'details',
            summary: (0,model/* inline */.mG) `Drift already at base (${parity.known.length}, not failed)`,
            blocks: [{ kind: 'list', items: parity.known.map((p) => (0,model/* inline */.mG) `${(0,model/* code */.aY)(p.name)}: ${parityWords(p)}`) }],
        });
    }
    return out;
}
function deployedBlocks(deployed) {
    if (!deployed.length)
        return [];
    return [
        { kind: 'heading', text: (0,model/* inline */.mG) `Deployed versions checked` },
        {
            kind: 'table',
            headers: ['Environment', 'Image tag', 'Move', 'Release read', 'Pinned at'],
            rows: deployed.map((row) => [
                (0,model/* inline */.mG) `${row.environment}`,
                (0,model/* inline */.mG) `${row.before && row.after && row.before !== row.after ? `${row.before} → ${row.after}` : (row.after ?? row.before ?? '—')}`,
                (0,model/* inline */.mG) `${MOVE_WORDS[moveOf(row)]}`,
                (0,model/* inline */.mG) `${row.release ?? '—'}`,
                [(0,model/* code */.aY)(row.where)],
            ]),
        },
    ];
}
/** Findings without an order of their own (no variable row says them): listed once. */
function otherFindingBlocks(findings) {
    const other = findings.filter((f) => !RULES_WITH_ORDER.has(f.id) && !f.id.startsWith('env/parity'));
    if (!other.length)
        return [];
    return [
        { kind: 'heading', text: (0,model/* inline */.mG) `Also` },
        { kind: 'list', items: other.map((f) => (0,model/* inline */.mG) `${(0,model/* strong */.ko)(f.title)} — ${(0,model/* messageSpans */.vt)(f)}${f.file ? (0,model/* inline */.mG) ` (${(0,model/* code */.aY)(`${f.file}${f.line ? `:${f.line}` : ''}`)})` : ''}`) },
    ];
}
const ENVIRONMENT_CHANGE_WORDS = { added: 'added', removed: 'removed', 'value-changed': 'value changed' };
const MAX_CELL = 200;
/** One section per environment: what its containers get that they did not before (values shown, secrets named only). */
function environmentBlocks(changes) {
    if (!changes.length)
        return [];
    const byEnvironment = new Map();
    for (const change of changes)
        byEnvironment.set(change.environment, [...(byEnvironment.get(change.environment) ?? []), change]);
    const cell = (change, value) => {
        if (change.secret)
            return (0,model/* inline */.mG) `secret (not shown)`;
        if (value === null)
            return (0,model/* inline */.mG) `—`;
        return [(0,model/* code */.aY)(value.length > MAX_CELL ? `${value.slice(0, MAX_CELL)}…` : value)];
    };
    return [
        { kind: 'heading', text: (0,model/* inline */.mG) `Per environment` },
        ...[...byEnvironment].map(([environment, rows]) => ({
            kind: 'details',
            summary: (0,model/* inline */.mG) `${environment}: ${rows.length} change${rows.length === 1 ? '' : 's'}`,
            blocks: [
                {
                    kind: 'table',
                    headers: ['Variable', 'Workload', 'Change', 'Before', 'After'],
                    rows: rows.map((change) => [[(0,model/* code */.aY)(change.name)], (0,model/* inline */.mG) `${change.workload}`, (0,model/* inline */.mG) `${ENVIRONMENT_CHANGE_WORDS[change.change]}`, cell(change, change.before), cell(change, change.after)]),
                },
            ],
        })),
    ];
}
const RULES_WITH_ORDER = new Set(Object.values(rules/* RULES */.y).filter((rule) => rule.order !== null).map((rule) => rule.id));
function describeChanges(changes) {
    if (!changes.length)
        return '—';
    const byKind = new Map();
    for (const change of changes) {
        const detail = change.side === 'code' ? (change.required ? (change.conditional ? `required when ${change.condition}` : 'required') : 'optional') : change.condition ? `when ${change.condition}` : '';
        const key = `${CHANGE_WORDS[change.kind]}${detail ? ` (${detail})` : ''}`;
        byKind.set(key, [...(byKind.get(key) ?? []), change.workload]);
    }
    return [...byKind].map(([words, workloads]) => `${words}: ${[...new Set(workloads)].join(', ')}`).join('; ');
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

// EXTERNAL MODULE: ./build/src/ignores/ignores.js
var ignores = __webpack_require__(7274);
// EXTERNAL MODULE: ./build/src/ignores/inline.js
var ignores_inline = __webpack_require__(3616);
;// CONCATENATED MODULE: ./build/src/env/ignores.js
/** Ignores in env-diff: the config's entries and the inline comments of the code and chart it reads. */




/** The files env-diff reads, as git pathspecs: every workload's code globs and the chart folder. */
function pathspecsOf(config) {
    if (!config.env)
        return [];
    const pairs = (0,env_pairs/* envPairs */.ff)(config.env).map((pair) => pair.config);
    const globs = pairs.flatMap((env) => Object.values(env.code ?? {}).flat());
    // git pathspecs have no {a,b}: such a glob widens the search to every Python file.
    const code = globs.some((glob) => /[{}]/.test(glob)) ? [':(glob)**/*.py'] : globs.map((glob) => `:(glob)${glob}`);
    const charts = pairs.flatMap((env) => (env.chart ? [`:(literal)${env.chart.path.replace(/\/+$/, '')}`] : []));
    return [...new Set([...code, ...charts])];
}
async function envIgnores(repository, revisions, config, options) {
    const inline = await (0,ignores_inline/* scanInlineIgnores */.KI)(repository, revisions.base, revisions.head, pathspecsOf(config));
    return new ignores/* Ignores */.w({ check: 'env-diff', entries: config.ignore, configFile: options.configFile, inline, now: options.now });
}
/** The configuration's path as reports show it: repository-relative when it is inside the repository. */
function shownPath(configFile, repoDir) {
    if (!external_node_path_.isAbsolute(configFile))
        return configFile;
    const relative = external_node_path_.relative(repoDir, configFile);
    return relative.startsWith('..') || external_node_path_.isAbsolute(relative) ? configFile : relative.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./build/src/env/pairs-report.js
/**
 * A list of named env pairs → one env-diff Report: the verdict is the worst pair's, the
 * headline names each pair, each pair's blocks sit in their own section, its findings carry
 * its name (annotations, SARIF), and the JSON is `{verdict, pairs: [{name, ...one pair's fields}]}`.
 */

function combinePairReports(pairs) {
    const verdict = pairs.some(({ report }) => report.verdict === 'fail') ? 'fail' : 'pass';
    return {
        command: 'env-diff',
        verdict,
        headline: pairs_report_headline(pairs),
        findings: pairs.flatMap(({ name, report }) => report.findings.map((finding) => ({ ...finding, pair: name }))),
        blocks: pairs.map(({ name, report }) => ({ kind: 'section', title: (0,model/* inline */.mG) `${name}: ${(0,model/* prose */.CS)(report.headline)}`, verdict: report.verdict, blocks: report.blocks })),
        data: { verdict, pairs: pairs.map(({ name, report }) => ({ name, ...report.data })) },
    };
}
/** Failing pairs first; pairs with the same headline share it ("prompt-keda, butler-writer: no environment variable changes"). */
function pairs_report_headline(pairs) {
    const ordered = [...pairs.filter(({ report }) => report.verdict === 'fail'), ...pairs.filter(({ report }) => report.verdict !== 'fail')];
    const byHeadline = new Map();
    for (const { name, report } of ordered)
        byHeadline.set(report.headline, [...(byHeadline.get(report.headline) ?? []), name]);
    return [...byHeadline].map(([text, names]) => `${names.join(', ')}: ${text}`).join('; ');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./build/src/helm/helm-render.js
/**
 * Optional cross-check of the static reading with `helm template`, when helm is on PATH (it
 * is on GitHub's Ubuntu runners). The static reading stays the source of truth; a variable
 * one side sees and the other does not is reported for a human to look at.
 */






/** The helm executable on PATH, or null. */
async function findHelm(env = process.env) {
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
        const candidate = external_node_path_.join(dir, 'helm');
        try {
            await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return null;
}
/** Container env names per source template in `helm template` output (`# Source: chart/templates/x.yaml`). */
function renderedEnvBySource(output) {
    const bySource = new Map();
    for (const chunk of output.split(/^---[ \t]*$/m)) {
        const source = /^#\s*Source:\s*(\S+)/m.exec(chunk)?.[1];
        if (!source)
            continue;
        const names = new Set(bySource.get(source));
        for (const document of (0,dist/* parseAllDocuments */.hR)(chunk)) {
            if ('contents' in document && document.errors.length === 0)
                for (const name of envNames(document.toJS({ maxAliasCount: 100 })))
                    names.add(name);
        }
        bySource.set(source, names);
    }
    return bySource;
}
/** The `name` of every item of every `env` list in a rendered document, in document order. */
function envNames(node) {
    if (Array.isArray(node))
        return node.flatMap(envNames);
    if (typeof node !== 'object' || node === null)
        return [];
    return Object.entries(node).flatMap(([key, value]) => {
        if (key !== 'env' || !Array.isArray(value))
            return envNames(value);
        return value.flatMap((entry) => (entry && typeof entry === 'object' && typeof entry.name === 'string' ? [entry.name] : []));
    });
}
/**
 * Render one environment as Argo CD does. When the values file sits in an application chart
 * that holds this chart's values under its alias (Phalanx: applications/prompt-keda-lsstcam,
 * `prompt-keda:`), the application chart is rendered with this chart as that dependency and
 * the values file as written — helm parses it itself (YAML 1.1). Otherwise the chart is rendered
 * alone with the merged values, and `.Values.global` present as helm gives it to a subchart.
 * Throws on a helm failure with helm's own error lines (callers report it).
 */
async function renderChart(helm, repository, revision, target) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join(external_node_os_.tmpdir(), 'lockstep-helm-'));
    try {
        const application = target.valuesFile && target.valuesPrefix ? external_node_path_.posix.dirname(target.valuesFile) : undefined;
        const applicationChart = application && application !== target.chartDir ? await repository.readFile(revision, `${application}/Chart.yaml`) : undefined;
        let args;
        if (application && applicationChart) {
            const root = external_node_path_.join(dir, external_node_path_.posix.basename(application));
            await copyTree(repository, revision, application, root);
            await copyTree(repository, revision, target.chartDir, external_node_path_.join(root, 'charts', target.valuesPrefix));
            args = ['template', 'lockstep', root, '-f', external_node_path_.join(root, external_node_path_.posix.basename(target.valuesFile))];
        }
        else {
            const root = external_node_path_.join(dir, 'chart');
            await copyTree(repository, revision, target.chartDir, root);
            const valuesFile = external_node_path_.join(dir, 'values.yaml');
            await (0,promises_.writeFile)(valuesFile, (0,dist/* stringify */.As)({ global: {}, ...target.values }));
            args = ['template', 'lockstep', root, '-f', valuesFile];
        }
        return await new Promise((resolve, reject) => {
            (0,external_node_child_process_.execFile)(helm, args, { maxBuffer: 32 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
                if (error)
                    reject(new Error(helmError(stderr) || error.message));
                else
                    resolve(stdout);
            });
        });
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** The template a rendered `# Source:` came from, inside the chart: `app/charts/prompt-keda/templates/x.yaml` → `prompt-keda/templates/x.yaml`. */
function sourceInChart(source) {
    return source.replace(/^(?:[^/]+\/charts\/)+/, '');
}
/** helm's error, on one line: from its `Error:` line on, without the closing `--debug` advice. */
function helmError(stderr) {
    const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
    const start = lines.findIndex((line) => line.startsWith('Error'));
    return (start >= 0 ? lines.slice(start) : lines)
        .filter((line) => !/^Use --debug flag/.test(line))
        .join(' ')
        .slice(0, 500);
}
async function copyTree(repository, revision, from, to) {
    const files = await repository.listFiles(revision, [`${from}/**`]);
    const texts = await repository.readBlobs(files);
    for (const [index, file] of files.entries()) {
        const target = external_node_path_.join(to, external_node_path_.posix.relative(from, file.path));
        await (0,promises_.mkdir)(external_node_path_.dirname(target), { recursive: true });
        const text = texts[index];
        if (text === undefined)
            throw new Error(`readBlobs gave no text for ${file.path}`); // it gives one per blob, in order
        await (0,promises_.writeFile)(target, text);
    }
}

;// CONCATENATED MODULE: ./build/src/env/helm-cross-check.js




async function crossCheckWithHelm(helm, { repository, revision, chartDir }, snapshot) {
    const out = new EnvFindings();
    if (!helm) {
        out.hit(rules/* RULES */.y.helmUnavailable, { name: 'helm' });
        return out;
    }
    const chartName = snapshot.metadata.name ?? chartDir.split('/').pop();
    for (const environment of snapshot.environments) {
        let rendered;
        try {
            const output = await renderChart(helm, repository, revision, { chartDir, valuesFile: environment.file, valuesPrefix: snapshot.valuesPrefix, values: environment.values });
            rendered = new Map([...renderedEnvBySource(output)].map(([source, names]) => [sourceInChart(source), names]));
        }
        catch (error) {
            out.hit(rules/* RULES */.y.helmFailed, { name: error.message.split('\n')[0], environment: environment.name }, { file: environment.file });
            continue;
        }
        const effective = effectiveEnv(snapshot, environment);
        for (const [workload, file] of snapshot.workloadFiles) {
            const names = rendered.get(`${chartName}/${file.slice(chartDir.length + 1)}`);
            if (!names)
                continue; // a _helper.tpl workload renders through another template
            const statically = [...(effective.get(workload)?.keys() ?? [])].filter((name) => isSet(effective, workload, name));
            const missed = [...names].filter((name) => !statically.includes(name)).sort();
            const extra = statically.filter((name) => !names.has(name)).sort();
            if (missed.length || extra.length) {
                out.hit(rules/* RULES */.y.helmMismatch, { name: [...missed, ...extra].join(', '), workload, environment: environment.name, environments: missed, other: extra.join(', ') || 'none' }, { file });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/env/run.js
/**
 * `runEnvDiff`: the whole env-diff check, shared by the CLI and the action. In the service
 * repository it diffs the code's reads and checks them against the deployment repository's
 * chart; in the deployment repository it diffs the chart and checks every environment
 * against the code of the version deployed there; with both sections, both. A list of named
 * pairs (a deployment repository hosting several services' charts) checks each pair.
 */






















/**
 * The check as the CLI and the action run it: one pair (the single-object `env:`) gives that
 * pair's report; a list of named pairs gives one report with a section per pair (pairs-report.ts).
 * An input error in a pair is exit 2 naming the pair. `pair` (--pair, the `pair` input) checks
 * that one pair of the list alone (its report keeps the list's shape, one section).
 */
async function runEnvDiffAll(options) {
    const pairs = (0,env_pairs/* pairsToCheck */.RQ)(envPairsOf(options.config), options.pair, options.config.file);
    if (pairs.every((pair) => pair.name === null))
        return runEnvDiff({ ...options, pair: undefined });
    return withRevisions(options, async (run) => {
        const reports = [];
        for (const pair of pairs)
            reports.push({ name: pair.name ?? '', report: await namingPair(pair, () => checkPair(run, pair)) });
        return combinePairReports(reports);
    });
}
/** One pair's check: the single-object `env:`, or the pair of a list named `pair`. */
async function runEnvDiff(options) {
    const pairs = envPairsOf(options.config);
    const pair = options.pair === undefined && pairs.length === 1 ? pairs[0] : pairs.find((candidate) => candidate.name === options.pair);
    if (!pair) {
        throw new errors/* InputError */.dz(`no env pair named ${JSON.stringify(options.pair ?? '')}; the configuration names ${pairs.map((p) => p.name ?? '(one unnamed pair)').join(', ')}`, {
            file: options.config.file,
            hint: 'Name one of the configured pairs.',
        });
    }
    return withRevisions(options, (run) => checkPair(run, pair));
}
function envPairsOf({ config, file }) {
    if (!config.env) {
        throw new errors/* InputError */.dz('no env section: env-diff has nothing to compare', {
            file,
            hint: 'Add env.code (in the service repository) or env.chart (in the deployment repository); see the README, "env-diff".',
        });
    }
    return (0,env_pairs/* envPairs */.ff)(config.env);
}
/** Open the repository and revisions for every pair; the warnings about ignores come once, after every pair is checked. */
async function withRevisions(options, work) {
    const { config, file: configFile } = options.config;
    const repository = await git_repository/* GitRepository */.xr.open(options.repository);
    try {
        const [base, head] = await Promise.all([repository.resolveRevision(options.revisions.base), repository.resolveRevision(options.revisions.head)]);
        const ignores = await envIgnores(repository, { base, head }, config, { configFile: shownPath(configFile, options.repository), now: options.now });
        const report = await work({ options, configFile, repository, base, head, ignores });
        return { ...report, findings: [...report.findings, ...ignores.problems()] };
    }
    finally {
        repository.close();
    }
}
/** An input error inside a named pair says which pair (the single-object form needs no name). */
async function namingPair(pair, work) {
    try {
        return await work();
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz) || pair.name === null)
            throw error;
        throw new errors/* InputError */.dz(`env pair ${JSON.stringify(pair.name)}: ${error.message}`, { file: error.file, line: error.line, column: error.column, hint: error.hint });
    }
}
async function checkPair(run, pair) {
    const env = pair.config;
    if (!env.code && !env.chart) {
        throw new errors/* InputError */.dz(`${(0,load/* formatKeyPath */.K7)(pair.keyPath)}: no code or chart section: env-diff has nothing to compare`, {
            file: run.configFile,
            line: await configLine(run, pair.keyPath),
            hint: 'Add code (in the service repository) or chart (in the deployment repository); see the README, "env-diff".',
        });
    }
    let counterpart;
    const getCounterpart = async () => {
        if (!env.counterpart)
            return undefined;
        counterpart ??= await (0,env_counterpart/* openCounterpart */.gK)(env.counterpart, env, { token: run.options.token, serverUrl: run.options.serverUrl, cwd: run.options.repository });
        return counterpart;
    };
    try {
        const chart = env.chart ? await checkChart(run, pair, getCounterpart) : undefined;
        const code = env.code ? await checkCode(run, pair, { chartHead: chart?.chartHead }, getCounterpart) : undefined;
        const findings = EnvFindings.combine([...(chart ? [chart.findings] : []), ...(code ? [code.findings] : [])]);
        const codeScope = code?.scope ?? [];
        const hunksByFile = new Map();
        await findings.placeOnHead(async (file, line) => {
            if (!hunksByFile.has(file))
                hunksByFile.set(file, run.repository.diffHunks(run.base, run.head, file));
            const hunks = await hunksByFile.get(file);
            return hunks && (0,line_map/* headLineOf */.s)(hunks, line);
        });
        const scope = [...codeScope.slice(0, 1), ...(chart ? [chart.scope] : []), ...codeScope.slice(1)].join(', ');
        return buildEnvReport({ findings, parity: chart?.parity, deployed: chart?.deployed ?? [], scope, environments: chart?.environments ?? [], ignores: run.ignores });
    }
    finally {
        await counterpart?.remote.dispose();
    }
}
async function checkChart(run, pair, getCounterpart) {
    const { repository, base, head } = run;
    const env = pair.config;
    const chart = env.chart;
    const settings = (0,env_counterpart/* chartSettingsOf */.tt)(chart);
    const [chartBase, chartHead] = await Promise.all([(0,chart_snapshot/* readChartSnapshot */.tn)(repository, base, settings), (0,chart_snapshot/* readChartSnapshot */.tn)(repository, head, settings)]);
    (0,chart_snapshot/* assertWorkloadsPresent */.y3)(chartHead, `head (${run.options.revisions.head})`);
    const lookup = deployedLookupFor(run, env, getCounterpart);
    const analysis = await analyzeChart(chartBase, chartHead, lookup);
    const helmFindings = run.options.helm ? [await crossCheckWithHelm(await findHelm(), { repository, revision: head, chartDir: chart.path.replace(/\/+$/, '') }, chartHead)] : [];
    let parity;
    if (env.parity?.length) {
        const exempt = new Set(Object.values(env['parity-exempt'] ?? {}).flat());
        const compared = compareParity(chartBase, chartHead, env.parity, exempt);
        parity = judgeParity(compared, await parityReaders(lookup, chartHead, [...new Set(compared.introduced.map((problem) => problem.name))]));
    }
    const findings = EnvFindings.combine([analysis.findings, ...helmFindings]);
    return { chartHead, findings, deployed: analysis.rows, environments: (0,environment_changes/* environmentChanges */.$)(chartBase, chartHead), parity, scope: `chart ${chart.path} ${run_short(base)}..${run_short(head)}` };
}
/** The code step (service repository side); its scope: the code range first, then the chart it was held against. */
async function checkCode(run, pair, seen, getCounterpart) {
    const { repository, base, head, configFile } = run;
    const env = pair.config;
    await assertCodeGlobsMatch(run, pair, env.code);
    const settings = { ...(0,env_counterpart/* codeSettingsOf */.uW)(env, configFile), baseExtraReads: await baseExtraReads(run, pair.name) };
    const diff = await diffCode(new code_reads/* CodeReader */.tF(repository), base, head, settings);
    const scope = [`code ${run_short(base)}..${run_short(head)}`];
    let view;
    if (seen.chartHead)
        view = { snapshot: seen.chartHead, label: 'this repository' };
    else if (diff.changes.length && env.counterpart) {
        const other = (await getCounterpart());
        if (!other.chart)
            throw (0,env_counterpart/* missingCounterpartSide */.z8)(other, 'chart');
        view = { snapshot: await (0,chart_snapshot/* readChartSnapshot */.tn)(other.remote.repository, other.remote.commit, other.chart), label: other.label };
        (0,chart_snapshot/* assertWorkloadsPresent */.y3)(view.snapshot, other.label);
        scope.push(`against the chart of ${other.label}`);
    }
    return { scope, findings: analyzeCode(diff, view) };
}
/** The line of a key path in the configuration (undefined when it is outside the repository or unreadable). */
async function configLine(run, keyPath) {
    return (0,promises_.readFile)(run.options.config.path, 'utf8').then((text) => (0,yaml/* parseYaml */.hN)(text, run.configFile).lineOf(keyPath), () => undefined);
}
/** Where deployed versions' code is read: this repository when it holds the code too, else the counterpart. */
function deployedLookupFor(run, env, getCounterpart) {
    const { repository, head } = run;
    const own = (0,env_counterpart/* codeSettingsOf */.uW)(env, run.configFile);
    if (own) {
        const headBuild = async () => ({ commit: await repository.resolveRevision(head), ref: head.slice(0, 12) });
        const fetchTag = (tag) => repository.resolveRevision(`refs/tags/${tag}`);
        return (0,env_counterpart/* deployedCodeLookup */.od)({ source: 'this repository', repository, settings: own, tags: () => repository.tags(), fetchTag, branch: { tags: [env_counterpart/* LATEST_TAG */.F6], head: headBuild } });
    }
    const { counterpart } = env;
    if (!counterpart)
        return null;
    // Opened on first use: a chart change that removes nothing and moves no tag never fetches the counterpart.
    let lookup;
    return async (tag, names) => {
        lookup ??= getCounterpart().then((other) => {
            if (!other?.code)
                throw (0,env_counterpart/* missingCounterpartSide */.z8)(other, 'code');
            const branch = { tags: counterpart['branch-tags'], head: () => Promise.resolve({ commit: other.remote.commit, ref: counterpart.ref }) };
            const { remote } = other;
            return (0,env_counterpart/* deployedCodeLookup */.od)({ source: other.repositoryLabel, repository: remote.repository, settings: other.code, tags: () => remote.tags(), fetchTag: (name) => remote.fetchTag(name), branch, webUrl: other.webUrl });
        });
        return (await lookup)(tag, names);
    };
}
/**
 * A glob of env.code that matches no file at head is a typo or a moved folder, never "nothing
 * changed": exit 2 naming env.code.<workload>[i] (env[n].code… in a list) and its line in the configuration.
 */
async function assertCodeGlobsMatch(run, pair, code) {
    for (const [workload, globs] of Object.entries(code)) {
        for (const [index, glob] of globs.entries()) {
            if ((await run.repository.listFiles(run.head, [glob])).length)
                continue;
            const keyPath = [...pair.keyPath, 'code', workload, index];
            throw new errors/* InputError */.dz(`${(0,load/* formatKeyPath */.K7)(keyPath)}: ${JSON.stringify(glob)} matches no file at head`, {
                file: run.configFile,
                line: await configLine(run, keyPath),
                hint: 'Fix the path (a typo, or the code moved): a glob that matches nothing would leave that code unchecked.',
            });
        }
    }
}
/**
 * env.extra-reads as the base revision's config has them, so a PR that declares a new one is
 * a new read. A config absent or invalid at base declares none; a config outside the
 * repository leaves the head's declaration as the only one. A change of form (one pair ↔ a
 * list) reads what the base declared for any of its pairs: never the head's own declaration,
 * which would make a read the PR adds look declared all along.
 */
async function baseExtraReads(run, pairName) {
    const { repository, base, configFile } = run;
    // The repository's folder is git's (links resolved): so is the configuration's path.
    const inRepository = external_node_path_.relative(repository.dir, await (0,promises_.realpath)(run.options.config.path).catch(() => run.options.config.path));
    if (inRepository.startsWith('..') || external_node_path_.isAbsolute(inRepository))
        return undefined;
    const file = await repository.readFile(base, inRepository.split(external_node_path_.sep).join('/'));
    if (!file)
        return {};
    let env;
    try {
        env = (0,load/* parseConfig */.o4)(file.text, `${configFile} at base`).env;
    }
    catch {
        return {}; // an invalid base config declared nothing a run could have checked
    }
    if (env === undefined)
        return {};
    const pairs = (0,env_pairs/* envPairs */.ff)(env);
    // The same pair at base: by name in a list (a pair new at head declared none).
    if (Array.isArray(env) === (pairName !== null))
        return pairs.find((candidate) => candidate.name === pairName)?.config['extra-reads'] ?? {};
    return declaredByAny(pairs.map((pair) => pair.config['extra-reads'] ?? {}));
}
/** Every workload's declarations across pairs, in order. */
function declaredByAny(declarations) {
    const merged = {};
    for (const declared of declarations)
        for (const [workload, reads] of Object.entries(declared))
            merged[workload] = [...(merged[workload] ?? []), ...reads];
    return merged;
}
function run_short(revision) {
    return revision.slice(0, 12);
}

// EXTERNAL MODULE: ./build/src/cli/command.js + 3 modules
var command = __webpack_require__(6158);
;// CONCATENATED MODULE: ./build/src/cli/env-diff-command.js
/** `lockstep env-diff`: options → runEnvDiffAll → Report (rendered by cli/main.ts). */


const HELP = `Usage: lockstep env-diff --base REV --head REV [options]

Diffs the environment variables the code reads (env.code) and the Helm chart sets
(env.chart) between two revisions, says the safe merge/sync order per variable, blocks
removing what a deployed version still requires, and keeps env.parity workloads in step.

Options:
  --repo DIR        repository folder (default: the current folder)
  --base REV        base revision (required)
  --head REV        head revision (default: HEAD)
  --config FILE     configuration (default: DIR/.github/lockstep.yml)
  --pair NAME       check only the env pair named NAME (env: as a list of pairs)
  --helm            also render each environment with \`helm template\` (helm on PATH)
                    and report env names the static reading does not see
Environment: GITHUB_TOKEN (a counterpart given as owner/name), GITHUB_SERVER_URL.`;
const envDiffCommand = {
    name: 'env-diff',
    summary: 'diff env vars read by the code and set by the Helm chart; say the safe merge/sync order',
    help: HELP,
    options: {
        repo: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        config: { type: 'string' },
        pair: { type: 'string' },
        helm: { type: 'boolean', default: false },
    },
    async run(values, context) {
        const repository = (0,command/* repoOption */.kF)(values, context);
        const revisions = await (0,command/* flagRevisions */.Zx)(repository, { base: (0,command/* stringOption */.Pp)(values, 'base'), head: (0,command/* stringOption */.Pp)(values, 'head') }, { releases: false });
        return runEnvDiffAll({
            repository,
            config: await (0,command/* loadCommandConfig */.eY)(values, context, repository),
            revisions,
            token: context.env.GITHUB_TOKEN || undefined,
            serverUrl: context.env.GITHUB_SERVER_URL || undefined,
            helm: values.helm === true,
            pair: (0,command/* stringOption */.Pp)(values, 'pair'),
        });
    },
};


/***/ }),

/***/ 7278:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* reexport safe */ _args_js__WEBPACK_IMPORTED_MODULE_4__.BZ),
/* harmony export */   d: () => (/* binding */ openRemote)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1741);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8360);
/* harmony import */ var _run_git_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7870);
/**
 * Peer and counterpart repositories: `owner/name` on GitHub (fetched shallowly with the
 * token), a local path, or a git URL — opened at one ref with the least history needed.
 */








/** Transports a configured repository may use (`ext::`, `fd::`, ssh… never); http only for a test server URL. */
const ALLOWED_PROTOCOLS = 'https:http:file';
async function openRemote(source) {
    (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .checkedRepository */ .aR)(source.repository, 'repository');
    (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .checkedRef */ .zA)(source.ref, `ref for ${source.repository}`);
    const local = await localRepositoryPath(source);
    if (local) {
        // A bare repository inside the checked-out one is pull-request content, never opened.
        const repository = await _repository_js__WEBPACK_IMPORTED_MODULE_5__/* .GitRepository */ .xr.open(local, undefined, !isInside(local, source.cwd ?? process.cwd()));
        const commit = await repository.resolveRevision(source.ref).catch(async () => {
            // A local clone may only have the ref on its remote.
            return repository.resolveRevision(`origin/${source.ref}`).catch(() => {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`ref '${source.ref}' not found in ${source.repository}`, {
                    file: source.repository,
                    hint: 'Check the ref in the configuration (a branch, tag or commit of that repository).',
                });
            });
        });
        return {
            repository,
            commit,
            dispose: () => {
                repository.close();
                return Promise.resolve();
            },
            tags: () => repository.tags(),
            fetchTag: async (tag) => repository.resolveRevision(`refs/tags/${tag}`),
        };
    }
    return fetchShallow(source);
}
/** `folder` is `parent` or lies under it. */
function isInside(folder, parent) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(parent), folder);
    return !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(relative) && relative !== '..' && !relative.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`);
}
async function localRepositoryPath(source) {
    const { repository } = source;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(repository))
        return undefined;
    const candidate = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(source.cwd ?? process.cwd(), repository);
    const exists = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(candidate).then((s) => s.isDirectory(), () => false);
    if (exists)
        return candidate;
    if ((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .isOwnerName */ .BZ)(repository))
        return undefined;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`repository '${repository}' is neither owner/name, a git URL, nor an existing folder`, {
        hint: 'Use owner/name for a GitHub repository, a git URL, or a path to a local clone.',
    });
}
async function fetchShallow(source) {
    const url = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .isOwnerName */ .BZ)(source.repository)
        ? `${(source.serverUrl ?? 'https://github.com').replace(/\/$/, '')}/${source.repository}.git`
        : source.repository;
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), 'lockstep-remote-'));
    const config = [];
    // The temporary repository is bare: named through GIT_DIR (git finds no bare repository by itself).
    const env = { GIT_ALLOW_PROTOCOL: ALLOWED_PROTOCOLS, GIT_DIR: dir };
    if (source.token && url.startsWith('https://')) {
        const basic = Buffer.from(`x-access-token:${source.token}`).toString('base64');
        config.push(`http.extraheader=AUTHORIZATION: basic ${basic}`);
    }
    try {
        await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_6__/* .gitText */ .q_)(['init', '--quiet', '--bare', dir], { cwd: node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir() });
        await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_6__/* .gitText */ .q_)(['fetch', '--quiet', '--no-tags', '--depth=1', '--end-of-options', url, source.ref], { cwd: dir, config, env });
        const repository = await _repository_js__WEBPACK_IMPORTED_MODULE_5__/* .GitRepository */ .xr.open(dir);
        const commit = await repository.resolveRevision('FETCH_HEAD');
        return {
            repository,
            commit,
            dispose: async () => {
                repository.close();
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
            },
            tags: () => remoteTags(dir, url, { config, env }, source.repository),
            fetchTag: async (tag) => {
                try {
                    const ref = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .checkedRef */ .zA)(`refs/tags/${tag}`, `tag of ${source.repository}`);
                    await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_6__/* .gitText */ .q_)(['fetch', '--quiet', '--no-tags', '--depth=1', '--end-of-options', url, `+${ref}:${ref}`], { cwd: dir, config, env });
                }
                catch (error) {
                    throw fetchError(source, `tag '${tag}'`, error);
                }
                return repository.resolveRevision(`refs/tags/${tag}`);
            },
        };
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw error;
        throw fetchError(source, `'${source.ref}'`, error);
    }
}
function fetchError(source, what, error) {
    // git's own words (its first meaningful line), not our command line around them.
    const reason = error instanceof _run_git_js__WEBPACK_IMPORTED_MODULE_6__/* .GitCommandError */ .iR ? (0,_run_git_js__WEBPACK_IMPORTED_MODULE_6__/* .meaningfulLine */ .Ll)(error.stderr) || error.message : (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .firstLineOf */ .Qy)(error);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot fetch ${source.repository} at ${what}: ${reason.replace(/AUTHORIZATION: basic \S+/g, '***')}`, {
        file: source.repository,
        hint: 'Check the repository and ref, and that the token can read it (a private repository needs a token with contents: read).',
    });
}
/** Tags of a remote, peeled, without fetching any object. */
async function remoteTags(dir, url, settings, label) {
    let out;
    try {
        out = await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_6__/* .gitText */ .q_)(['ls-remote', '--tags', '--end-of-options', url], { cwd: dir, ...settings });
    }
    catch (error) {
        throw fetchError({ repository: label, ref: 'tags' }, 'its tags', error);
    }
    const tags = new Map();
    for (const line of out.split('\n')) {
        const [commit, ref] = line.split('\t');
        if (!commit || !ref?.startsWith('refs/tags/'))
            continue;
        const peeled = ref.endsWith('^{}');
        const name = ref.slice('refs/tags/'.length).replace(/\^\{\}$/, '');
        if (peeled || !tags.has(name))
            tags.set(name, commit);
    }
    return [...tags].map(([name, commit]) => ({ name, commit }));
}


/***/ }),

/***/ 7274:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ Ignores)
/* harmony export */ });
/* unused harmony export ignoredFindings */
/* harmony import */ var _inline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3616);
/* harmony import */ var _rule_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2640);


class Ignores {
    check;
    configFile;
    entries;
    expired;
    inline;
    inlineProblems;
    constructor(options) {
        this.check = options.check;
        this.configFile = options.configFile;
        const today = (options.now ?? new Date()).toISOString().slice(0, 10);
        const own = (options.entries ?? []).filter((entry) => (0,_rule_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .checkOfRule */ .I)(entry.rule) === options.check);
        this.expired = own.filter((entry) => entry.until !== undefined && entry.until < today);
        this.entries = own.filter((entry) => !this.expired.includes(entry)).map((ignore) => ({ ignore, used: false }));
        const scan = options.inline ?? _inline_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_SCAN */ .O1;
        this.inline = scan.ignores.filter((ignore) => (0,_rule_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .checkOfRule */ .I)(ignore.rule) === options.check).map((ignore) => ({ ignore, used: false }));
        this.inlineProblems = scan.problems;
    }
    static none(check) {
        return new Ignores({ check, configFile: '' });
    }
    /** The ignore that accepts this finding (config entries first), or undefined. Every matching ignore counts as used. */
    match(subject) {
        const entries = this.entries.filter(({ ignore }) => entryMatches(ignore, subject));
        const inline = this.inline.filter(({ ignore }) => inlineMatches(ignore, subject));
        for (const tracked of [...entries, ...inline])
            tracked.used = true;
        const entry = entries[0]?.ignore;
        if (entry)
            return { reason: oneLine(entry.reason), source: 'config', until: entry.until ?? null, file: this.configFile, line: entry.line ?? null };
        const comment = inline[0]?.ignore;
        if (comment)
            return { reason: comment.reason, source: 'inline', until: null, file: comment.file, line: comment.line };
        return undefined;
    }
    /** Warnings about the ignores themselves; ask once every finding has been matched. */
    problems() {
        const where = (entry) => ({ file: this.configFile, ...(entry.line ? { line: entry.line } : {}) });
        return [
            ...this.expired.map((entry) => ({
                id: 'ignore/expired',
                severity: 'warning',
                title: `Ignore expired: ${entry.rule}`,
                message: `The ignore of ${describeEntry(entry)} ran until ${entry.until} and no longer applies (reason given: ${oneLine(entry.reason)}). Remove it, or move \`until\` if the reason still holds.`,
                ...where(entry),
            })),
            ...this.entries
                .filter(({ used }) => !used)
                .map(({ ignore: entry }) => ({
                id: 'ignore/unmatched',
                severity: 'warning',
                title: `Ignore matched nothing: ${entry.rule}`,
                message: `No ${this.check} finding matches the ignore of ${describeEntry(entry)}. Remove it if the change it accepted has merged, or correct its rule, message, field or variable.`,
                ...where(entry),
            })),
            ...this.inline
                .filter(({ used, ignore }) => !used && !ignore.old)
                .map(({ ignore }) => ({
                id: 'ignore/unmatched',
                severity: 'warning',
                title: `Inline ignore matched nothing: ${ignore.rule}`,
                message: `This PR adds an inline ignore of ${ignore.rule}, but no ${this.check} finding of that rule is on this line or the next. Put it on the line the finding names (or the line before), or remove it.`,
                file: ignore.file,
                line: ignore.line,
            })),
            ...this.inlineProblems.map((problem) => ({
                id: 'ignore/malformed',
                severity: 'warning',
                title: 'Inline ignore not read',
                message: `This comment ignores nothing: ${problem.problem}.`,
                file: problem.file,
                line: problem.line,
            })),
        ];
    }
}
/** Reports show a reason on one line (a YAML block scalar may span several), at most MAX_REASON characters. */
function oneLine(reason) {
    const text = reason.replace(/\s+/g, ' ').trim();
    return text.length > _inline_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_REASON */ .ix ? `${text.slice(0, _inline_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_REASON */ .ix)}…` : text;
}
function entryMatches(entry, subject) {
    return (entry.rule === subject.rule &&
        (entry.message === undefined || entry.message === subject.message) &&
        (entry.field === undefined || entry.field === subject.field) &&
        (entry.variable === undefined || entry.variable === subject.variable));
}
/** On the finding's line, or alone on the line before it. */
function inlineMatches(ignore, subject) {
    if (subject.base || ignore.rule !== subject.rule || ignore.file !== subject.file || subject.line === undefined)
        return false;
    return ignore.line === subject.line || (ignore.alone && ignore.line === subject.line - 1);
}
/** "strict-field-added (message next-visit, field detector)". */
function describeEntry(entry) {
    const narrowing = ['message', 'field', 'variable'].filter((key) => entry[key] !== undefined).map((key) => `${key} ${entry[key]}`);
    return `${entry.rule}${narrowing.length ? ` (${narrowing.join(', ')})` : ''}`;
}
/** The findings marked ignored, for a report's summary. */
function ignoredFindings(findings) {
    return findings.filter((finding) => finding.ignored !== undefined);
}


/***/ }),

/***/ 3616:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ scanInlineIgnores),
/* harmony export */   O1: () => (/* binding */ EMPTY_SCAN),
/* harmony export */   ix: () => (/* binding */ MAX_REASON)
/* harmony export */ });
/* unused harmony exports MAX_INLINE_IGNORES, parseInlineIgnore */
/* harmony import */ var _rule_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2640);

const EMPTY_SCAN = { ignores: [], problems: [] };
/** Comments read at one revision; past this many the rest are not read, and that is said. */
const MAX_INLINE_IGNORES = 1000;
/** Longer reasons are cut here in reports. */
const MAX_REASON = 500;
const MARKER_PATTERN = 'lockstep:[[:space:]]*ignore';
const PYTHON = /#\s*lockstep:\s*ignore\[([^\]]*)\](.*)$/;
const TEMPLATE = /\{\{-?\s*\/\*\s*lockstep:\s*ignore\[([^\]]*)\](.*?)\*\/\s*-?\}\}/;
const PYTHON_FORM = '`# lockstep: ignore[RULE] REASON`';
const TEMPLATE_FORM = '`{{/* lockstep: ignore[RULE] REASON */}}`';
/** One line holding the marker → the ignore it writes, or why it is not one. */
function parseInlineIgnore(file, text) {
    const python = file.endsWith('.py');
    const form = python ? PYTHON_FORM : TEMPLATE_FORM;
    const parts = (python ? PYTHON : TEMPLATE).exec(text);
    if (!parts)
        return { problem: `not an inline ignore Lockstep can read: write ${form}${python ? '' : ' (a template comment)'}` };
    const rule = (parts[1] ?? '').trim();
    const reason = (parts[2] ?? '').trim();
    const unknown = (0,_rule_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .unknownRuleProblem */ .Q)(rule);
    if (unknown)
        return { problem: `${unknown}; write ${form}` };
    if (!reason)
        return { problem: `ignore[${rule}] gives no reason: write ${form}, saying why the finding is accepted` };
    const alone = text.slice(0, parts.index).trim() === '' && text.slice(parts.index + parts[0].length).trim() === '';
    return { rule, reason: reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON)}…` : reason, alone };
}
/**
 * Every inline ignore at head in the files `pathspecs` name (git pathspecs, after `--`), each
 * marked `old` when base has the same comment in the same file.
 */
async function scanInlineIgnores(repository, base, head, pathspecs) {
    if (pathspecs.length === 0)
        return EMPTY_SCAN;
    const [atHead, atBase] = await Promise.all([markerLines(repository, head, pathspecs), markerLines(repository, base, pathspecs)]);
    const baseKeys = new Set(atBase.lines.map((hit) => `${hit.file}\0${hit.text.trim()}`));
    const scan = { ignores: [], problems: [] };
    for (const hit of atHead.lines) {
        const parsed = parseInlineIgnore(hit.file, hit.text);
        if ('problem' in parsed)
            scan.problems.push({ file: hit.file, line: hit.line, problem: parsed.problem });
        else
            scan.ignores.push({ ...parsed, file: hit.file, line: hit.line, old: baseKeys.has(`${hit.file}\0${hit.text.trim()}`) });
    }
    if (atHead.truncated)
        scan.problems.push({ file: atHead.truncated.file, line: atHead.truncated.line, problem: `more than ${MAX_INLINE_IGNORES} inline ignores; the ones after this line were not read` });
    return scan;
}
/** Lines holding the marker at `revision` (`git grep -z -n`: `commit:path\0line\0text`), at most MAX_INLINE_IGNORES. */
async function markerLines(repository, revision, pathspecs) {
    const commit = await repository.resolveRevision(revision);
    const lines = [];
    let truncated;
    // Exit 1 is "no line matched".
    await repository.gitLines(['grep', '-z', '-n', '-I', '-E', '-e', MARKER_PATTERN, commit, '--', ...pathspecs], (output) => {
        const [where, number, ...rest] = output.split('\0');
        if (!where || !number || truncated)
            return;
        const hit = { file: where.slice(commit.length + 1), line: Number(number), text: rest.join('\0').slice(0, 4 * MAX_REASON) };
        if (lines.length >= MAX_INLINE_IGNORES)
            truncated = lines[lines.length - 1];
        else
            lines.push(hit);
    }, [0, 1]);
    return { lines, truncated };
}


/***/ })

};
