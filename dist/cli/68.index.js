export const id = 68;
export const ids = [68];
export const modules = {

/***/ 1068:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  schemaDiffCommand: () => (/* binding */ schemaDiffCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./build/src/config/schema.js + 3 modules
var config_schema = __webpack_require__(3324);
// EXTERNAL MODULE: ./build/src/schema/config-messages.js
var config_messages = __webpack_require__(6340);
// EXTERNAL MODULE: ./build/src/git/repository.js + 1 modules
var git_repository = __webpack_require__(8360);
// EXTERNAL MODULE: ./build/src/schema/message-check.js + 2 modules
var message_check = __webpack_require__(5546);
// EXTERNAL MODULE: ./build/src/git/remote.js
var git_remote = __webpack_require__(7278);
// EXTERNAL MODULE: ./build/src/schema/diff.js
var diff = __webpack_require__(8918);
// EXTERNAL MODULE: ./build/src/schema/python-extract.js
var python_extract = __webpack_require__(5371);
// EXTERNAL MODULE: ./build/src/schema/rules.js
var rules = __webpack_require__(6218);
// EXTERNAL MODULE: ./build/src/schema/sources.js
var sources = __webpack_require__(6239);
// EXTERNAL MODULE: ./build/src/gate/depends-on.js
var depends_on = __webpack_require__(7710);
;// CONCATENATED MODULE: ./build/src/schema/peers.js
/**
 * Cross-repository contracts: this head's schema against the peer's schema at its
 * ref, and against the head of a paired PR (`Paired-With: owner/repo#N` in the PR
 * body). `extra-fields` are keys the sender adds at send time (the peer's, unless this
 * repository is the producer); `wire-types` are the form a field takes on the wire, on
 * both sides (PP's `position: list[float]` travels as a `str`).
 */








/**
 * `Paired-With: owner/repo#N` lines of a PR body, read as it shows (markdown: not in comments or
 * code, like `Depends-On`). A line that starts like one but is not (no colon, not owner/repo#N)
 * is returned as a problem with its line, never dropped.
 */
function pairedPullRequests(body) {
    const pairs = [];
    const malformed = [];
    (0,depends_on/* visibleLines */.gB)(body).forEach((raw, index) => {
        const text = raw.trim();
        const line = index + 1;
        if (!/^paired[-_\s]*with\b/i.test(text))
            return;
        const value = /^paired[-_\s]*with\s*:(.*)$/i.exec(text)?.[1]?.trim();
        if (value === undefined) {
            malformed.push({ line, text, message: 'no colon: write it as `Paired-With: owner/repo#N`, one per line' });
            return;
        }
        const match = /^([A-Za-z0-9][\w.-]*\/[\w.-]+)#(\d+)$/.exec(value);
        if (match)
            pairs.push({ repository: match[1], number: Number(match[2]), line });
        else
            malformed.push({ line, text, message: /[\s,;]/.test(value) ? 'one paired PR per line, as `Paired-With: owner/repo#N`' : 'expected `owner/repo#N` after `Paired-With:`' });
    });
    return { pairs, malformed };
}
/** Paired PRs in repositories that are no message's peer: they pair nothing, so they are problems too. */
function pairsWithoutPeer(pairs, peers) {
    return pairs
        .filter((pair) => !peers.some((peer) => pairFor(peer, [pair])))
        .map((pair) => ({
        line: pair.line,
        text: `Paired-With: ${pair.repository}#${pair.number}`,
        message: `${pair.repository} is not a peer of any message here (peers: ${peers.map((p) => p.repository).join(', ') || 'none configured'})`,
    }));
}
/** A paired PR names owner/repo; the peer may be configured as owner/repo, a URL or a local clone of it. */
function pairFor(peer, pairs) {
    const name = (s) => s.toLowerCase().replace(/\.git$/, '').replace(/\/+$/, '');
    const peerName = name(peer.repository);
    return pairs.find((p) => {
        const wanted = name(p.repository);
        return peerName === wanted || peerName.endsWith(`/${wanted}`) || peerName.endsWith(`/${wanted.split('/')[1]}`);
    });
}
/** Check one message's head against its peer at `ref`. */
async function checkPeer(messageName, mine, { peer, access }, at = {}) {
    const { ref = peer.ref, pairedPullRequest } = at;
    const remote = await (0,git_remote/* openRemote */.d)({ repository: peer.repository, ref, token: access.token, serverUrl: access.serverUrl, cwd: access.cwd });
    try {
        const theirs = await (0,sources/* extractAt */.NF)(remote.repository, remote.commit, (0,sources/* parseSchemaRef */.GC)(peer.schema)).catch((error) => {
            if (error instanceof errors/* InputError */.dz)
                throw new errors/* InputError */.dz(`peer ${peer.repository}@${ref}: ${error.message}`, { file: error.file, line: error.line, hint: error.hint });
            throw error;
        });
        const problems = await comparePeer(mine, theirs, peer, access.configFile);
        return { message: messageName, repository: peer.repository, ref, compatible: problems.length === 0, problems, ...(pairedPullRequest ? { pairedPullRequest } : {}) };
    }
    finally {
        await remote.dispose();
    }
}
/**
 * Consumer here: can my schema read what the peer sends (peer → mine, consumer rules)?
 * Producer here: can the peer read what I send (peer → mine, producer rules)?
 */
async function comparePeer({ role, decoder, schema: mine }, theirs, peer, configFile = config_schema/* DEFAULT_CONFIG_PATH */.B) {
    const where = { file: configFile };
    const extraFields = [];
    for (const [name, type] of Object.entries(peer['extra-fields'])) {
        extraFields.push({ name, type: await (0,python_extract/* parseTypeText */.LE)(type, where), required: true, file: theirs.file, line: theirs.line });
    }
    const wireTypes = new Map();
    for (const [name, type] of Object.entries(peer['wire-types']))
        wireTypes.set(name, await (0,python_extract/* parseTypeText */.LE)(type, where));
    // Keys added at send time belong to the sender: the peer, unless this repository is the producer.
    const onWire = (schema, addsExtra) => ({
        ...schema,
        fields: [
            ...schema.fields.filter((f) => !(addsExtra && f.name in peer['extra-fields'])).map((f) => (wireTypes.has(f.name) ? { ...f, type: wireTypes.get(f.name) } : f)),
            ...(addsExtra ? extraFields.map((f) => ({ ...f, file: schema.file, line: schema.line })) : []),
        ],
    });
    const theirsOnWire = onWire(theirs, role !== 'producer');
    const mineOnWire = onWire(mine, role === 'producer');
    const problems = [];
    for (const change of (0,diff/* diffSchemas */.e)(theirsOnWire, mineOnWire)) {
        const { rule, breaking } = (0,rules/* judge */.S4)(change, decoder, role);
        if (!breaking)
            continue;
        problems.push({
            kind: change.kind,
            ...(change.field !== undefined ? { field: change.field } : {}),
            ...(change.from !== undefined ? { from: change.from } : {}),
            ...(change.to !== undefined ? { to: change.to } : {}),
            rule: rule.id,
            why: peerWhy(change, role, peer.repository),
        });
    }
    return problems;
}
/**
 * The rule's why speaks of old/new; against a peer it says what differs, on which side, and
 * who sends and who reads (a consumer here reads what the peer sends; a producer sends what it reads).
 */
function peerWhy(change, role, peerName) {
    const f = change.field ? `\`${change.field}\`` : 'the message';
    const peer = `the peer (${peerName})`;
    const from = change.from !== undefined ? `\`${change.from}\`` : '';
    const to = change.to !== undefined ? `\`${change.to}\`` : '';
    const flow = role === 'consumer' ? 'the peer sends, this repository reads' : role === 'producer' ? 'this repository sends, the peer reads' : 'each side sends and reads';
    switch (change.kind) {
        case 'field-added':
            if (role === 'consumer')
                return `this repository reads ${f}${change.required ? ' (required)' : ''} but ${peer}, the sender, does not send it`;
            if (role === 'producer')
                return `this repository sends ${f} but ${peer}, the reader, does not have it`;
            return `${f} is in this schema but not in ${peer}'s (${flow})`;
        case 'field-removed':
            if (role === 'consumer')
                return `${peer}, the sender, sends ${f} but this repository, the reader, does not have it`;
            if (role === 'producer')
                return `${peer}, the reader, reads ${f}${change.required ? ' (required)' : ''} but this repository does not send it`;
            return `${f} is in ${peer}'s schema but not in this one (${flow})`;
        case 'field-renamed':
            return `${f} here is ${from} on ${peer} (${flow})`;
        case 'type-changed':
            return `${f} is ${to} here and ${from} on ${peer} (${flow})`;
        case 'became-required':
            return `${f} is required here but optional on ${peer} (${flow})`;
        case 'became-optional':
            return `${f} is optional here but required on ${peer} (${flow})`;
        case 'message-kind-changed':
            return `the message is a ${change.to} here and a ${change.from} on ${peer}: a plain class is not a message (${flow})`;
        case 'enum-value-added':
        case 'literal-value-added':
            return `${f}: the value ${to} is allowed here but not on ${peer} (${flow})`;
        case 'enum-value-removed':
        case 'literal-value-removed':
            return `${f}: the value ${from} is allowed on ${peer} but not here (${flow})`;
        case 'message-added':
        case 'message-removed':
            return `${f}: ${change.kind} between this schema and ${peer}'s (${flow})`;
    }
}

// EXTERNAL MODULE: ./build/src/schema/versioning.js
var schema_versioning = __webpack_require__(9817);
// EXTERNAL MODULE: ./build/src/ignores/ignores.js
var ignores = __webpack_require__(7274);
// EXTERNAL MODULE: ./build/src/ignores/inline.js
var ignores_inline = __webpack_require__(3616);
;// CONCATENATED MODULE: ./build/src/schema/ignores.js



/** Changes whose file and line are at base (what a removal removed). */
const AT_BASE = new Set(['field-removed', 'message-removed']);
/** The ignores of this run: the config's entries and the inline comments of the Python files the changes are on. */
async function schemaIgnores(repository, revisions, results, options) {
    const files = new Set();
    for (const result of results) {
        if (result.head?.file)
            files.add(result.head.file);
        for (const change of result.changes)
            if (change.file && !AT_BASE.has(change.kind))
                files.add(change.file);
    }
    const python = [...files].filter((file) => file.endsWith('.py')).sort();
    const inline = await (0,ignores_inline/* scanInlineIgnores */.KI)(repository, revisions.base, revisions.head, python.map((file) => `:(literal)${file}`));
    return new ignores/* Ignores */.w({ check: 'schema-diff', entries: options.entries, configFile: options.configFile ?? '.github/lockstep.yml', inline, now: options.now });
}
/** The result with each change matched against the ignores; the required bump counts only the changes not ignored. */
function withIgnores(result, ignores) {
    const changes = result.changes.map((change) => {
        const ignored = ignores.match({
            rule: change.rule.id,
            message: result.spec.name,
            ...(change.field ? { field: change.field } : {}),
            ...(change.file ? { file: change.file } : {}),
            ...(change.line ? { line: change.line } : {}),
            base: AT_BASE.has(change.kind),
        });
        return ignored ? { ...change, ignored } : change;
    });
    return { ...result, changes, requiredBump: (0,rules/* maxBump */.fX)(changes.filter((change) => !change.ignored).map((change) => change.rule.bump)) };
}

// EXTERNAL MODULE: ./build/src/report/model.js
var model = __webpack_require__(8829);
// EXTERNAL MODULE: ./build/src/schema/semver.js
var semver = __webpack_require__(6561);
;// CONCATENATED MODULE: ./build/src/schema/report.js
/**
 * Message results, peer checks and versions → the Report: the verdict, one finding
 * per change on its head line (base line for removals), a table per message, and
 * `data` in the JSON contract of the README.
 */



/** What a version proposal amounts to ("2.2.0 (CHANGELOG.md heading) is a downgrade from 2.2.1"), with the bump it makes. */
function describeProposal(versions) {
    const { current, proposed, proposedFrom, declaredBump } = versions;
    if (declaredBump && !current)
        return { text: `${proposedFrom} declares a ${declaredBump} bump`, actual: declaredBump };
    if (!proposed)
        return undefined;
    if (!current)
        return { text: `${proposed} (${proposedFrom})` };
    const actual = (0,semver/* bumpBetween */.HQ)(current, proposed);
    const what = actual === 'downgrade' ? 'a downgrade' : actual === 'none' ? 'no bump' : `a ${actual} bump`;
    return { text: `${proposed} (${proposedFrom}) is ${what} from ${current}`, actual };
}
/** "no bump needed" or "needs a minor bump" — never "a none bump". */
function bumpNeeded(required) {
    return required === 'none' ? 'no bump needed' : `needs a ${required} bump`;
}
function checkBump(required, versions, { anyIgnored, withoutRepository = false }) {
    if (withoutRepository && required === 'major')
        return { ok: false, explanation: (0,model/* inline */.mG) `two files compared without a repository: there is no version to take the break, so a breaking change fails` };
    const proposal = describeProposal(versions);
    // No wire change: whatever the version says (a stale changelog, a tag on the same commit) cannot fail the check.
    if (required === 'none')
        return { ok: true, explanation: (0,model/* inline */.mG) `no bump needed (${anyIgnored ? 'every wire change is ignored' : 'no wire change'})${proposal ? `; ${proposal.text}` : ''}` };
    if (proposal?.actual) {
        const { actual } = proposal;
        return { ok: actual !== 'downgrade' && (0,rules/* bumpRank */.Dm)(actual) >= (0,rules/* bumpRank */.Dm)(required), actual, explanation: (0,model/* inline */.mG) `${proposal.text}` };
    }
    if (proposal && versions.tagsMaybeMissing)
        return { ok: false, explanation: (0,model/* inline */.mG) `${proposal.text} cannot be compared: this is a shallow clone without release tags (check out with fetch-depth: 0)` };
    if (proposal)
        return { ok: true, explanation: (0,model/* inline */.mG) `${proposal.text}; no earlier release tag to compare with` };
    if (required === 'major')
        return {
            ok: false,
            explanation: (0,model/* inline */.mG) `no version is proposed (declare the major bump with a semver:major label, a CHANGELOG heading or the version file, as configured under ${(0,model/* code */.aY)('versioning:')})`,
        };
    return { ok: true, explanation: (0,model/* inline */.mG) `no proposed version to check; this ${bumpNeeded(required)} when released` };
}
function judge(inputs) {
    const { results, peers, versions, approved, requiredBump } = inputs;
    const ignored = results.reduce((count, r) => count + r.changes.filter((c) => c.ignored).length, 0);
    const bump = checkBump(requiredBump, versions, { anyIgnored: ignored > 0, withoutRepository: inputs.withoutRepository });
    const peerFailures = peers.filter((p) => !p.atRef.compatible && !p.paired?.compatible).length;
    const failedChecks = !bump.ok || peerFailures > 0;
    return { verdict: failedChecks && !approved ? 'fail' : 'pass', requiredBump, bump, ignored, peerFailures, failedChecks, approved };
}
/** A change the proposed version does not cover (and no ignore accepts). */
function needsMore(change, { bump }) {
    const proposed = bump.actual === undefined || bump.actual === 'downgrade' ? 'none' : bump.actual;
    return !change.ignored && !bump.ok && (0,rules/* bumpRank */.Dm)(change.rule.bump) > (0,rules/* bumpRank */.Dm)(proposed);
}
function buildSchemaReport(inputs) {
    const judged = judge(inputs);
    return {
        command: 'schema-diff',
        verdict: judged.verdict,
        headline: makeHeadline(judged),
        findings: [
            ...inputs.results.flatMap((result) => messageFindings(result, judged, firstWarnings(inputs.results, result))),
            ...inputs.peers.flatMap((peer) => peerFindings(peer, judged.approved)),
            ...inputs.malformedPairs.map(malformedPairFinding),
            ...bumpFindings(inputs, judged),
        ],
        blocks: [...inputs.results.flatMap(messageBlocks), ...peerBlocks(inputs.peers), ...versionBlocks(inputs, judged)],
        data: schemaData(inputs, judged.verdict),
        outputs: { 'required-bump': judged.requiredBump },
    };
}
/** The extraction warnings of `result` that no earlier message (or earlier side) gave already: each is said once. */
function firstWarnings(results, result) {
    const all = results.flatMap((r) => [...(r.base?.warnings ?? []), ...(r.head?.warnings ?? [])].map((warning) => ({ r, warning })));
    return all.filter(({ r, warning }, index) => r === result && all.findIndex((other) => other.warning.message === warning.message) === index).map(({ warning }) => warning);
}
/** A message's extraction warnings (those not given before), the notes on how it was followed, and one finding per change. */
function messageFindings(result, judged, warnings) {
    const { spec } = result;
    // Warnings and notes write code between backticks (python-extract, message-check) until they carry spans.
    return [
        ...warnings.map((w) => ({ id: 'schema/unknown-fields', severity: 'warning', title: `${spec.name}: incomplete schema`, ...(0,model/* findingMessage */.pG)(w.spans), file: w.file, line: w.line })),
        ...result.notes.map((note) => ({ id: 'schema/followed', severity: 'notice', title: `${spec.name}: followed`, ...(0,model/* findingMessage */.pG)(note.text), ...located(note) })),
        ...result.changes.map((change) => ({
            ...(change.ignored ? { ignored: change.ignored } : {}),
            id: change.rule.id,
            // The rule's severity while the release does not cover the change; a warning once it does, or when approved.
            severity: change.rule.severity === 'error' && !change.ignored && (!needsMore(change, judged) || judged.approved) ? 'warning' : change.rule.severity,
            title: `${spec.name}: ${change.kind.replace(/-/g, ' ')}${change.field ? ` ${change.field}` : ''}`,
            ...(0,model/* findingMessage */.pG)(changeFindingMessage(change, spec.role, result.decoderLabel)),
            ...located(change),
        })),
    ];
}
function located(where) {
    return { ...(where.file ? { file: where.file } : {}), ...(where.line ? { line: where.line } : {}) };
}
function peerFindings({ atRef, paired, pairedName }, approved) {
    if (atRef.compatible) {
        if (!paired || paired.compatible)
            return [];
        return [
            {
                id: 'peer/paired-incompatible',
                severity: 'warning',
                title: `${atRef.message}: ${pairedName} does not fit this head`,
                message: `Compatible with ${atRef.repository}@${atRef.ref}, but the paired PR ${pairedName} is not: ${paired.problems.map((p) => p.why).join('; ')}. Merging it would break this contract: fix that PR, or drop its Paired-With line if the two are not related.`,
            },
        ];
    }
    const problemText = atRef.problems.map((p) => p.why).join('; ');
    if (paired?.compatible)
        return [
            {
                id: 'peer/paired',
                severity: 'warning',
                title: `${atRef.message}: pair with ${pairedName}`,
                message: `Incompatible with ${atRef.repository}@${atRef.ref} (${problemText}) but compatible with the paired PR ${pairedName}: neither works without the other, so merge both together, deploy together, both bump major.`,
            },
        ];
    return [
        {
            id: 'peer/incompatible',
            severity: approved ? 'warning' : 'error',
            title: `${atRef.message}: incompatible with ${atRef.repository}`,
            message: `Incompatible with ${atRef.repository}@${atRef.ref}: ${problemText}; messages between them would fail to decode.${pairedName ? ` The paired PR ${pairedName} does not fix it either: change this PR or that one until they fit.` : ' Make this side match the peer, or, if a PR there makes them fit, name it in this PR body: Paired-With: owner/repo#N.'}`,
        },
    ];
}
function malformedPairFinding(problem) {
    return {
        id: 'peer/malformed-paired-with',
        severity: 'warning',
        title: `Paired-With line ${problem.line} not used`,
        ...(0,model/* findingMessage */.pG)((0,model/* inline */.mG) `PR body line ${problem.line}: ${(0,model/* code */.aY)(problem.text)} was not used: ${problem.message}.`),
    };
}
/** The bump the changes need and the proposal does not give, on the first change that needs more. */
function bumpFindings(inputs, judged) {
    // Without a repository there is no version to propose: the breaking changes' own findings say it all.
    if (judged.bump.ok || inputs.withoutRepository)
        return [];
    const { requiredBump, bump, approved } = judged;
    const culprit = inputs.results.flatMap((r) => r.changes.map((c) => ({ r, c }))).find(({ c }) => needsMore(c, judged));
    return [
        {
            id: 'semver/bump-too-small',
            severity: approved ? 'warning' : 'error',
            title: capitalize(bumpNeeded(requiredBump)),
            ...(0,model/* findingMessage */.pG)(culprit
                ? (0,model/* inline */.mG) `${culprit.r.spec.name}: ${describeChange(culprit.c)} (rule ${culprit.c.rule.id}) requires a ${culprit.c.rule.bump} bump, but ${bump.explanation}. Propose a version with at least a ${culprit.c.rule.bump} bump, or, if the break is intended and its peers move with it, add the ${(0,model/* code */.aY)(inputs.approveLabel)} label.`
                : (0,model/* inline */.mG) `A ${requiredBump} bump is required, but ${bump.explanation}. Propose a version with at least a ${requiredBump} bump.`),
            ...(culprit ? located(culprit.c) : {}),
        },
    ];
}
/** A message's heading, where it was read, its notes, its changes and their witnesses. */
function messageBlocks(result) {
    const { spec } = result;
    const bumpText = result.requiredBump !== 'none' ? `${result.requiredBump} bump` : result.changes.length ? 'no bump (its changes are ignored)' : 'no wire change';
    const source = result.head ?? result.base;
    const witnesses = witnessBlock(result.changes);
    return [
        { kind: 'heading', text: (0,model/* inline */.mG) `${spec.name} — ${spec.role}, ${result.decoderLabel} decoder: ${bumpText}` },
        ...(source ? [{ kind: 'paragraph', text: (0,model/* inline */.mG) `${(0,model/* code */.aY)(`${source.file}#${source.name}`)} (${source.kind}, ${source.fields.length} fields)` }] : []),
        ...(result.notes.length ? [{ kind: 'list', items: result.notes.map((n) => n.text) }] : []),
        result.changes.length === 0 ? { kind: 'paragraph', text: (0,model/* inline */.mG) `No wire change.` } : changesTable(result.changes),
        ...(witnesses ? [witnesses] : []),
    ];
}
function changesTable(changes) {
    return {
        kind: 'table',
        headers: ['change', 'field', 'from → to', 'why', 'verdict', 'bump'],
        rows: changes.map((c) => [
            (0,model/* inline */.mG) `${c.kind}`,
            c.field ? [(0,model/* code */.aY)(c.field)] : [],
            (0,model/* joinInline */.EN)([c.from, c.to].flatMap((v) => (v === undefined ? [] : [(0,model/* code */.aY)(v)])), ' → '),
            (0,model/* inline */.mG) `${(0,model/* prose */.CS)(c.rule.why)} (${(0,model/* code */.aY)(c.rule.id)})`,
            (0,model/* inline */.mG) `${c.breaking ? (0,model/* strong */.ko)('breaking') : 'compatible'}${c.ignored ? ' (ignored)' : ''}`,
            (0,model/* inline */.mG) `${c.rule.bump}`,
        ]),
    };
}
function peerBlocks(peers) {
    const rows = peers.flatMap(({ atRef, paired, pairedName }) => [atRef, ...(paired ? [paired] : [])].map((p) => [
        (0,model/* inline */.mG) `${p.message}`,
        (0,model/* inline */.mG) `${p.repository}@${p === paired ? pairedName : p.ref}`,
        p.compatible ? (0,model/* inline */.mG) `compatible` : [(0,model/* strong */.ko)('incompatible')],
        (0,model/* joinInline */.EN)(p.problems.map((x) => (0,model/* inline */.mG) `${x.kind}${x.field ? (0,model/* inline */.mG) ` ${(0,model/* code */.aY)(x.field)}` : ''}`), ', '),
    ]));
    const blocks = [];
    if (rows.length)
        blocks.push({ kind: 'heading', text: (0,model/* inline */.mG) `Peers` }, { kind: 'table', headers: ['message', 'peer', 'result', 'problems'], rows });
    if (peers.some((p) => !p.atRef.compatible && p.paired?.compatible))
        blocks.push({ kind: 'paragraph', text: [(0,model/* strong */.ko)('Merge both together, deploy together, both bump major.')] });
    return blocks;
}
function versionBlocks(inputs, { requiredBump, bump, approved, failedChecks }) {
    return [
        { kind: 'heading', text: (0,model/* inline */.mG) `Version` },
        { kind: 'paragraph', text: (0,model/* inline */.mG) `Required bump: ${(0,model/* strong */.ko)(requiredBump)}. ${capitalizeInline(bump.explanation)}${bump.ok ? '.' : ' — too small.'}` },
        ...(approved && failedChecks
            ? [{ kind: 'paragraph', text: (0,model/* inline */.mG) `Approved with the ${(0,model/* code */.aY)(inputs.approveLabel)} label: the findings stay visible, the check passes.` }]
            : []),
    ];
}
/** `data`: the JSON contract of the README. */
function schemaData(inputs, verdict) {
    const { results, peers, versions, requiredBump } = inputs;
    return {
        verdict,
        requiredBump,
        currentVersion: versions.current ?? null,
        proposedVersion: versions.proposed ?? null,
        messages: results.map((r) => ({
            name: r.spec.name,
            role: r.spec.role,
            decoder: typeof r.spec.decoder === 'object' ? `function ${r.spec.decoder.function}` : r.spec.decoder,
            requiredBump: r.requiredBump,
            changes: r.changes.map(changeData),
        })),
        peers: peers.flatMap(({ atRef, paired }) => [atRef, ...(paired ? [paired] : [])]).map((p) => ({
            message: p.message,
            repository: p.repository,
            ref: p.ref,
            compatible: p.compatible,
            decoder: results.find((r) => r.spec.name === p.message)?.decoderLabel ?? '',
            problems: p.problems,
        })),
    };
}
function changeData(c) {
    return {
        kind: c.kind,
        field: c.field ?? null,
        from: c.from ?? null,
        to: c.to ?? null,
        breaking: c.breaking,
        rule: c.rule.id,
        why: c.rule.why,
        decoder: c.decoder,
        file: c.file ?? null,
        line: c.line ?? null,
        witness: c.witness ?? null,
        ...(c.ignored ? { ignored: { reason: c.ignored.reason, source: c.ignored.source, until: c.ignored.until } } : {}),
    };
}
const DIRECTION_WORDS = { 'old-to-new': ['the old side sends', 'the new reader'], 'new-to-old': ['the new side sends', 'the old reader'] };
/** The witnesses of a message's breaking changes, folded: the message, who reads it, what it raises. */
function witnessBlock(changes) {
    const items = changes.flatMap((c) => {
        if (!c.witness)
            return [];
        const [sends, reader] = DIRECTION_WORDS[c.witness.direction];
        return [(0,model/* inline */.mG) `${c.kind}${c.field ? (0,model/* inline */.mG) ` ${(0,model/* code */.aY)(c.field)}` : ''}: ${sends} ${(0,model/* code */.aY)(JSON.stringify(c.witness.payload))}; ${reader} ${(0,model/* code */.aY)(c.witness.reader)} → ${(0,model/* code */.aY)(c.witness.error)}`];
    });
    if (!items.length)
        return undefined;
    const breaking = changes.filter((c) => c.breaking).length;
    const count = breaking > items.length ? `the first ${items.length} of ${breaking}` : `${items.length}`;
    return { kind: 'details', summary: (0,model/* inline */.mG) `Witnesses: a message each breaking change fails on (${count})`, blocks: [{ kind: 'list', items }] };
}
/** The finding on one changed field: what changed, why it matters for this reader, the release it needs. */
function changeFindingMessage(change, role, decoder) {
    const decoderWords = DECODER_WORDS[decoder] ?? [(0,model/* text */.Qq)(decoder.replace(/^function /, 'decoded by '))];
    const who = (0,model/* inline */.mG) `${ROLE_WORDS[role] ?? role}, ${decoderWords}`;
    const release = { none: 'no release is needed', patch: 'a patch release is enough', minor: 'a minor release is enough', major: 'it needs a major release' }[change.rule.bump];
    const verdict = change.breaking ? (0,model/* inline */.mG) `Breaking for ${who}: ${release}, and the peers must move with it.` : (0,model/* inline */.mG) `Compatible for ${who}: ${release}.`;
    return (0,model/* inline */.mG) `${capitalizeInline(describeChange(change))}: ${(0,model/* prose */.CS)(change.rule.why)}. ${verdict}`;
}
const ROLE_WORDS = { consumer: 'a reader (consumer)', producer: 'a sender (producer)', both: 'a service that sends and reads it' };
const DECODER_WORDS = {
    strict: (0,model/* inline */.mG) `strict decoding, ${(0,model/* code */.aY)('cls(**message)')}`,
    'pydantic-ignore': (0,model/* inline */.mG) `pydantic, extra='ignore'`,
    'pydantic-forbid': (0,model/* inline */.mG) `pydantic, extra='forbid'`,
    pydantic: (0,model/* inline */.mG) `pydantic`,
};
const KIND_WORDS = { dataclass: 'a dataclass', pydantic: 'a pydantic model', class: 'a plain class', 'json-schema': 'a JSON Schema' };
/** What changed, in words: "field `a` added (`int`)", "`a` changes type from `int` to `float`". */
function describeChange(change) {
    const field = change.field ? (0,model/* code */.aY)(change.field) : 'the message';
    const { from, to } = change;
    const ticked = (value) => (value === undefined ? [] : (0,model/* inline */.mG) ` ${(0,model/* code */.aY)(value)}`);
    switch (change.kind) {
        case 'message-added':
            return (0,model/* inline */.mG) `message class${ticked(to)} added`;
        case 'message-removed':
            return (0,model/* inline */.mG) `message class${ticked(from)} removed`;
        case 'message-kind-changed':
            return (0,model/* inline */.mG) `the message class changes from ${KIND_WORDS[from ?? ''] ?? from} to ${KIND_WORDS[to ?? ''] ?? to}`;
        case 'field-added':
            return (0,model/* inline */.mG) `field ${field} added${to === undefined ? '' : (0,model/* inline */.mG) ` (${(0,model/* code */.aY)(to)})`}`;
        case 'field-removed':
            return (0,model/* inline */.mG) `field ${field} removed${from === undefined ? '' : (0,model/* inline */.mG) ` (was ${(0,model/* code */.aY)(from)})`}`;
        case 'field-renamed':
            return (0,model/* inline */.mG) `field${ticked(from)} renamed to${ticked(to)}`;
        case 'type-changed':
            return (0,model/* inline */.mG) `${field} changes type from${ticked(from)} to${ticked(to)}`;
        case 'became-optional':
            return (0,model/* inline */.mG) `${field} becomes optional${to ? ` (${to})` : ''}`;
        case 'became-required':
            return (0,model/* inline */.mG) `${field} becomes required${from ? ` (had ${from})` : ''}`;
        case 'enum-value-added':
            return (0,model/* inline */.mG) `enum value${ticked(to)} added to ${field}`;
        case 'literal-value-added':
            return (0,model/* inline */.mG) `literal value${ticked(to)} added to ${field}`;
        case 'enum-value-removed':
            return (0,model/* inline */.mG) `enum value${ticked(from)} removed from ${field}`;
        case 'literal-value-removed':
            return (0,model/* inline */.mG) `literal value${ticked(from)} removed from ${field}`;
    }
}
function makeHeadline({ verdict, requiredBump, bump, peerFailures, approved, failedChecks, ignored }) {
    if (requiredBump === 'none' && ignored && verdict === 'pass')
        return `No bump needed: the ${ignored === 1 ? 'one change is' : `${ignored} changes are`} ignored`;
    return verdictHeadline({ verdict, requiredBump, bump, peerFailures, approvedOverride: approved && failedChecks }) + (ignored ? ` (${ignored} change${ignored === 1 ? '' : 's'} ignored)` : '');
}
function verdictHeadline(judged) {
    const { verdict, requiredBump: required, bump, peerFailures } = judged;
    if (judged.approvedOverride)
        return `Approved: required ${required} bump not met or peer incompatible; findings kept visible`;
    if (verdict === 'fail' && !bump.ok)
        return `${capitalize(bumpNeeded(required))}: ${(0,model/* plainText */.wh)(bump.explanation)}`;
    if (verdict === 'fail')
        return `${peerFailures} peer contract${peerFailures === 1 ? '' : 's'} incompatible`;
    if (required === 'none')
        return 'No wire change in the message schemas';
    return `Required bump: ${required}; ${(0,model/* plainText */.wh)(bump.explanation)}`;
}
function capitalize(value) {
    return value.charAt(0).toUpperCase() + value.slice(1);
}
/** Inline content starting with a capital, when it starts with text. */
function capitalizeInline(content) {
    const [first, ...rest] = content;
    return first?.kind === 'text' ? [(0,model/* text */.Qq)(capitalize(first.text)), ...rest] : content;
}

;// CONCATENATED MODULE: ./build/src/schema/run.js
/**
 * `runSchemaDiff`: every configured message base → head, its peers, and the
 * required bump held against the proposed version → one Report. The CLI command
 * and the action entry only map their options onto this.
 */







async function runSchemaDiff(options) {
    const { config, revisions } = options;
    const repository = await git_repository/* GitRepository */.xr.open(options.repository);
    try {
        const [base, head] = await Promise.all([repository.resolveRevision(revisions.base), repository.resolveRevision(revisions.head)]);
        let changed;
        const atRevisions = { repository, base, head, changedFiles: () => (changed ??= repository.changedFiles(base, head)) };
        const checked = [];
        for (const message of config.messages)
            checked.push(await (0,message_check/* checkMessage */.g6)(message, atRevisions));
        const ignores = await schemaIgnores(repository, { base, head }, checked, { entries: config.ignore, configFile: config.file, now: options.now });
        const results = checked.map((result) => withIgnores(result, ignores));
        const { pairs, malformed } = pairedPullRequests(revisions.pullRequestBody ?? '');
        const peers = await checkPeers(options, results, pairs);
        const versioning = config.versioning ?? schema_versioning/* DEFAULT_VERSIONING */.X;
        const pairedBump = peers.filter((p) => !p.atRef.compatible && p.paired?.compatible).map(() => 'major');
        const requiredBump = (0,rules/* maxBump */.fX)([...results.map((r) => r.requiredBump), ...pairedBump]);
        const versions = await versionsOf({ repository, base, head, versioning, labels: revisions.labels, configFile: config.file }, requiredBump, options);
        const report = buildSchemaReport({
            results,
            peers,
            malformedPairs: [...malformed, ...pairsWithoutPeer(pairs, config.messages.flatMap((m) => (m.peer ? [m.peer] : [])))].sort((a, b) => a.line - b.line),
            requiredBump,
            versions,
            approved: revisions.labels.includes(versioning['approve-label']),
            approveLabel: versioning['approve-label'],
        });
        return { ...report, findings: [...report.findings, ...ignores.problems()] };
    }
    finally {
        repository.close();
    }
}
/** Each message's peer at its ref, and at the paired pull request when the PR body names one. */
async function checkPeers(options, results, pairs) {
    const peers = [];
    const access = { token: options.token, serverUrl: options.serverUrl, cwd: options.cwd ?? options.repository, configFile: options.config.file };
    for (const [index, message] of options.config.messages.entries()) {
        const result = results[index];
        if (!message.peer || !result?.head)
            continue;
        const mine = { role: message.role, decoder: result.decoder, schema: result.head };
        const atRef = await checkPeer(message.name, mine, { peer: message.peer, access });
        const pair = pairFor(message.peer, pairs);
        const paired = pair ? await checkPeer(message.name, mine, { peer: message.peer, access }, { ref: `refs/pull/${pair.number}/head`, pairedPullRequest: pair.number }) : undefined;
        peers.push({ atRef, paired, pairedName: pair ? `${pair.repository}#${pair.number}` : undefined });
    }
    return peers;
}
/** The versions held against the required bump; with no wire change and no version declared, a version that cannot be read is no error. */
async function versionsOf(known, requiredBump, options) {
    const { proposedVersion } = options;
    const { releaseTag } = options.revisions;
    if (requiredBump === 'none' && proposedVersion === undefined && !releaseTag)
        return (0,schema_versioning/* resolveVersions */.S)(known).catch(() => ({}));
    return (0,schema_versioning/* resolveVersions */.S)({ ...known, proposedVersion, releaseTag });
}

// EXTERNAL MODULE: ./build/src/schema/json-schema-extract.js
var json_schema_extract = __webpack_require__(6811);
;// CONCATENATED MODULE: ./build/src/schema/local-files.js
/**
 * Schemas read from two files on disk, without git (`schema-diff --base-file A --head-file B`,
 * for editors and pre-commit hooks): each file is read where it is, and a Python file's
 * imports from the same folder tree (the current folder, or the file's own folder when it is
 * outside it) are followed as the repository form follows them.
 */





/** Check the file exists and is a .py or .json file; say where its imports resolve. */
async function localSchemaFile(file, option, cwd) {
    const full = external_node_path_.resolve(cwd, file);
    const info = await (0,promises_.stat)(full).catch(() => undefined);
    if (!info?.isFile())
        throw new errors/* InputError */.dz(`${option}: ${info ? 'this is a folder, not a file' : 'the file does not exist'}`, { file, hint: `Pass ${option} naming a Python (.py) or JSON Schema (.json) file.` });
    if (!/\.(py|json)$/.test(full))
        throw new errors/* InputError */.dz(`${option}: expected a .py or .json file`, { file, hint: 'Python message classes are read from .py files, JSON Schemas from .json files.' });
    const relative = external_node_path_.relative(cwd, full);
    const inside = relative !== '' && !relative.startsWith('..') && !external_node_path_.isAbsolute(relative);
    const root = inside ? cwd : external_node_path_.dirname(full);
    return { root, path: (inside ? relative : external_node_path_.basename(full)).split(external_node_path_.sep).join('/'), option };
}
/** A folder's files as the Python extractor reads them: paths under the folder only. */
function folderFiles(root) {
    return {
        async read(paths) {
            const texts = await Promise.all(paths.map((p) => (insideFolder(p) ? (0,promises_.readFile)(external_node_path_.join(root, p), 'utf8').catch(() => undefined) : Promise.resolve(undefined))));
            return new Map(paths.map((p, index) => [p, texts[index]]));
        },
    };
}
function insideFolder(relative) {
    return relative !== '' && !external_node_path_.isAbsolute(relative) && !relative.split('/').includes('..');
}
/** The schema a local file holds (`ref.className` names the Python class; absent for JSON Schema). */
async function extractLocal(file, ref) {
    if (file.path.endsWith('.json'))
        return (0,json_schema_extract/* extractJsonSchema */.P)(file.path, await (0,promises_.readFile)(external_node_path_.join(file.root, file.path), 'utf8'));
    return (0,python_extract/* extractPythonSchema */.J5)(folderFiles(file.root), file.path, ref.className);
}
async function localClassNames(file) {
    return file.path.endsWith('.py') ? (0,python_extract/* classNamesIn */.Gl)(folderFiles(file.root), file.path) : [];
}

;// CONCATENATED MODULE: ./build/src/schema/files-run.js
/**
 * `schema-diff --base-file A --head-file B`: the same judgement and report as the git form
 * (judgeMessage, buildSchemaReport), for two files on disk; no repository, no versions, no peers.
 */





async function runSchemaDiffFiles(options) {
    const [base, head] = await Promise.all([localSchemaFile(options.baseFile, '--base-file', options.cwd), localSchemaFile(options.headFile, '--head-file', options.cwd)]);
    const python = [base, head].some((file) => file.path.endsWith('.py'));
    const { className } = options;
    if (python && !className)
        throw new errors/* InputError */.dz('--schema-class is required with a Python file', { hint: 'Name the message class: --schema-class FannedOutVisit.' });
    if (!python && className)
        throw new errors/* InputError */.dz('--schema-class goes with Python files', { hint: 'A JSON Schema file holds one message: drop --schema-class.' });
    if (className && !/^[A-Za-z_][\w.]*$/.test(className))
        throw new errors/* InputError */.dz(`--schema-class: expected a Python class name, got '${className}'`, { hint: 'For example --schema-class FannedOutVisit (a nested class as Outer.Inner).' });
    const spec = { name: className ?? head.path, schema: head.path, role: options.role, decoder: options.decoder };
    const headSchema = await extractLocal(head, { path: head.path, className });
    const { schema: baseSchema, notes } = await (0,message_check/* extractFollowingRename */.RP)((ref) => extractLocal(base, ref), { path: base.path, className }, { schema: headSchema, classes: await localClassNames(head) });
    const result = (0,message_check/* judgeMessage */.x7)(spec, baseSchema, headSchema, notes);
    return buildSchemaReport({
        results: [result],
        peers: [],
        malformedPairs: [],
        requiredBump: result.requiredBump,
        versions: {},
        approved: false,
        approveLabel: schema_versioning/* DEFAULT_VERSIONING */.X['approve-label'],
        withoutRepository: true,
    });
}

// EXTERNAL MODULE: ./build/src/cli/command.js + 3 modules
var command = __webpack_require__(6158);
;// CONCATENATED MODULE: ./build/src/cli/schema-diff-command.js
/** `lockstep schema-diff`: options → runSchemaDiff → Report (rendered by cli/main.ts). */








const HELP = `Usage: lockstep schema-diff --base REV [--head REV] [options]
       lockstep schema-diff --release-tag TAG [options]
       lockstep schema-diff --base-file A --head-file B [--schema-class C] [--role R] [--decoder D]

Diffs the message schemas of .github/lockstep.yml (or the one --schema) between two
revisions, judges each change by role and decoder, checks peers, and holds the
required bump against the proposed version.

Options:
  --repo DIR                repository folder (default: the current folder)
  --base REV                base revision (required unless --release-tag)
  --head REV                head revision (default: HEAD; with --release-tag, the tag
                            when it exists)
  --schema PATH#Class       check this schema instead of the config's messages
                            (or PATH.json for a JSON Schema)
  --role R                  with --schema: producer | consumer | both (default consumer)
  --decoder D               with --schema: strict | pydantic | function:PATH.py#Class.method
                            (a decoder function, --role consumer; default strict)
  --proposed-version V      the version this change will be released as (2.1.0, v2.1.0
                            or 2.1, as a release tag spells it)
  --release-tag TAG         the tag being released: its previous release (the newest
                            lower release tag reachable from it) is the base unless
                            --base is given
  --label NAME              a PR label (repeatable): semver:major|minor|patch, the approve label
  --pr-body-file FILE       a PR body to read Paired-With: owner/repo#N lines from
  --config FILE             configuration (default: DIR/.github/lockstep.yml)

Two files, no git (editors, pre-commit hooks):
  --base-file FILE          the old schema: a .py file or a .json JSON Schema
  --head-file FILE          the new schema (same kinds)
  --schema-class C          the message class in the Python files
  (--role and --decoder as with --schema; imports are followed under the current folder)
Environment: GITHUB_TOKEN (peers given as owner/name), GITHUB_SERVER_URL.`;
const schemaDiffCommand = {
    name: 'schema-diff',
    summary: 'diff message schemas between two revisions, judge them by role and decoder, enforce the semver bump',
    help: HELP,
    options: {
        repo: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        schema: { type: 'string' },
        role: { type: 'string' },
        decoder: { type: 'string' },
        'proposed-version': { type: 'string' },
        'release-tag': { type: 'string' },
        label: { type: 'string', multiple: true },
        'pr-body-file': { type: 'string' },
        config: { type: 'string' },
        'base-file': { type: 'string' },
        'head-file': { type: 'string' },
        'schema-class': { type: 'string' },
    },
    async run(values, context) {
        if (values['base-file'] !== undefined || values['head-file'] !== undefined)
            return runFilesForm(values, context.cwd);
        if (values['schema-class'] !== undefined)
            throw new errors/* InputError */.dz('--schema-class goes with --base-file and --head-file', { hint: 'In the repository form name the class in --schema PATH#Class.' });
        const repo = (0,command/* repoOption */.kF)(values, context);
        const revisions = await (0,command/* flagRevisions */.Zx)(repo, await revisionFlags(values, context), { releases: true });
        const schema = (0,command/* stringOption */.Pp)(values, 'schema');
        // The default configuration must be the repository's own file; an explicit --config may live anywhere.
        const loaded = await (0,command/* loadOptionalConfig */.nu)(values, context, repo, !schema || values.config !== undefined);
        const file = loaded?.file ?? (0,command/* stringOption */.Pp)(values, 'config') ?? config_schema/* DEFAULT_CONFIG_PATH */.B;
        return runSchemaDiff({
            repository: repo,
            config: { messages: messagesOf(values, schema, loaded), versioning: (0,config_messages/* versioningFromConfig */.T)(loaded?.config), ignore: loaded?.config.ignore, file },
            revisions,
            proposedVersion: (0,command/* stringOption */.Pp)(values, 'proposed-version'),
            token: context.env.GITHUB_TOKEN,
            serverUrl: context.env.GITHUB_SERVER_URL,
            cwd: repo,
        });
    },
};
/** --base/--head or --release-tag, and what a pull request would say: --label, --pr-body-file. */
async function revisionFlags(values, context) {
    const bodyFile = (0,command/* stringOption */.Pp)(values, 'pr-body-file');
    const pullRequestBody = bodyFile ? await (0,promises_.readFile)(external_node_path_.resolve(context.cwd, bodyFile), 'utf8').catch(() => {
        throw new errors/* InputError */.dz('cannot read the PR body file', { file: bodyFile, hint: '--pr-body-file names a text file holding the pull request body (its Paired-With lines are read).' });
    }) : undefined;
    return {
        base: (0,command/* stringOption */.Pp)(values, 'base'),
        head: (0,command/* stringOption */.Pp)(values, 'head'),
        releaseTag: (0,command/* stringOption */.Pp)(values, 'release-tag'),
        labels: Array.isArray(values.label) ? values.label : [],
        pullRequestBody,
    };
}
/** --schema with --role/--decoder, or the configuration's messages. */
function messagesOf(values, schema, loaded) {
    if (schema) {
        const role = (0,command/* choice */.Yq)((0,command/* stringOption */.Pp)(values, 'role') ?? 'consumer', command/* ROLES */.gg, '--role');
        const decoder = (0,command/* cliDecoder */.Fl)((0,command/* stringOption */.Pp)(values, 'decoder') ?? 'strict', role);
        return [{ name: schema.split('#').pop() ?? schema, schema, role, decoder }];
    }
    if (values.role !== undefined || values.decoder !== undefined)
        throw new errors/* InputError */.dz('--role and --decoder go with --schema', { hint: 'Without --schema the messages, roles and decoders come from the configuration.' });
    const messages = (0,config_messages/* messagesFromConfig */.x)(loaded?.config);
    if (messages.length === 0)
        throw new errors/* InputError */.dz('no messages to check', { file: loaded?.file ?? (0,command/* stringOption */.Pp)(values, 'config') ?? config_schema/* DEFAULT_CONFIG_PATH */.B, hint: 'Add a `messages:` section to the configuration, or pass --schema PATH#Class.' });
    return messages;
}
/** Options of the repository form: none of them means anything without git. */
const GIT_ONLY = ['repo', 'base', 'head', 'schema', 'proposed-version', 'release-tag', 'label', 'pr-body-file', 'config'];
/** `--base-file A --head-file B`: both files, no option of the git form. */
function runFilesForm(values, cwd) {
    const baseFile = (0,command/* stringOption */.Pp)(values, 'base-file');
    const headFile = (0,command/* stringOption */.Pp)(values, 'head-file');
    if (!baseFile || !headFile)
        throw new errors/* InputError */.dz('--base-file and --head-file go together', { hint: 'Pass both: --base-file OLD.py --head-file NEW.py --schema-class C (or two .json JSON Schemas).' });
    const conflicting = GIT_ONLY.filter((name) => values[name] !== undefined);
    if (conflicting.length)
        throw new errors/* InputError */.dz(`--base-file/--head-file cannot be combined with ${conflicting.map((name) => `--${name}`).join(', ')}`, {
            hint: 'Compare two files (--base-file, --head-file, --schema-class, --role, --decoder) or two revisions of a repository (--base, --head, ...), not both.',
        });
    return runSchemaDiffFiles({
        baseFile,
        headFile,
        className: (0,command/* stringOption */.Pp)(values, 'schema-class'),
        role: (0,command/* choice */.Yq)((0,command/* stringOption */.Pp)(values, 'role') ?? 'consumer', command/* ROLES */.gg, '--role'),
        decoder: (0,command/* choice */.Yq)((0,command/* stringOption */.Pp)(values, 'decoder') ?? 'strict', command/* DECODERS */.YR, '--decoder'),
        cwd,
    });
}


/***/ }),

/***/ 7710:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DW: () => (/* binding */ mentionsDependencies),
/* harmony export */   gB: () => (/* binding */ visibleLines),
/* harmony export */   ql: () => (/* binding */ parseDependsOn)
/* harmony export */ });
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3825);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);


const LOOKS_LIKE = /depends[\s_-]*on\b/i;
const LEADING = /^\s*(?:[-*+]\s+|>\s*)?(?:\*\*|__)?depends[\s_-]*on\b/i;
const REFERENCE = /[A-Za-z0-9-]+\/[A-Za-z0-9._-]+#\d+|\/pull\/\d+/;
/**
 * A line that looks like a dependency: it starts with Depends-On (in any spelling),
 * or says "depends on" and names a PR. Prose such as "this depends on the new API"
 * is not one; "this depends on lsst/afw#9" is, and gets reported if it does not parse.
 */
function looksLikeDependency(line) {
    return LEADING.test(line) || (LOOKS_LIKE.test(line) && REFERENCE.test(line));
}
/** Whether any visible line of a body looks like a dependency (the sweep evaluates only those PRs). */
function mentionsDependencies(body) {
    return visibleLines(body).some(looksLikeDependency);
}
// The value is trimmed after matching: a lazy `(.*?)\s*$` backtracks quadratically on long runs of spaces.
const LINE = /^\s*(?:[-*+]\s+|>\s*)?(?:\*\*|__)?Depends-On:(?:\*\*|__)?(.*)$/i;
const SHORT = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})#([1-9][0-9]{0,9})$/;
function urlPattern(host) {
    const escaped = host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^<?https?://${escaped}/([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100})/pull/([1-9][0-9]{0,9})(?:/[A-Za-z0-9/_-]*)?(?:[?#]\\S*)?>?$`, 'i');
}
/** CommonMark's line endings: how mdast numbers lines. */
const LINE_ENDING = /\r\n|\r|\n/;
/**
 * Raw HTML as it shows: comments and tags blanked, line breaks kept; linear time. A comment
 * left open hides everything after it, in this node and the ones that follow, until raw HTML
 * closes it (`-->`, `--!>`; escaped text cannot), as a browser reads the rendered page.
 */
function shownHtml(html, inComment) {
    let shown = '';
    let from = 0;
    const blank = (to) => html.slice(from, to).replace(/[^\r\n]/g, '');
    if (inComment) {
        const end = commentEnd(html, 0);
        if (end < 0)
            return { shown: blank(html.length), inComment: true };
        shown = blank(end);
        from = end;
    }
    for (let at = html.indexOf('<', from); at >= 0; at = html.indexOf('<', at + 1)) {
        const comment = html.startsWith('<!--', at);
        if (!comment && !/^<\/?[A-Za-z]/.test(html.slice(at, at + 3)))
            continue;
        const end = comment ? commentEnd(html, at + 4, true) : html.indexOf('>', at) + 1;
        if (end <= 0 && !comment)
            break; // no tag closes after here, so none of the rest is a tag
        shown += html.slice(from, at);
        from = at;
        if (end < 0)
            return { shown: shown + blank(html.length), inComment: true };
        shown += blank(end);
        from = end;
        at = end - 1;
    }
    return { shown: shown + html.slice(from), inComment: false };
}
/**
 * Where a comment whose text starts at `from` ends (just after its closer), or -1: the HTML
 * parser closes it at `-->` or `--!>`, and right after the opener also at `>` or `->`
 * (`<!-->` and `<!--->` are empty comments).
 */
function commentEnd(html, from, afterOpener = false) {
    if (afterOpener && html.startsWith('>', from))
        return from + 1;
    if (afterOpener && html.startsWith('->', from))
        return from + 2;
    const closer = /--!?>/g;
    closer.lastIndex = from;
    const found = closer.exec(html);
    return found ? found.index + found[0].length : -1;
}
/**
 * Per line of the body (1-based line n at index n-1), the text a reader sees on it.
 * Markers of lists, quotes and emphasis are gone, escapes and entities decoded.
 */
function visibleLines(body) {
    const lines = body.split(LINE_ENDING).map(() => '');
    // A code span over several lines shows on one: what follows it joins its first line.
    const shownOn = lines.map((_, index) => index);
    const add = (value, line) => {
        value.split(LINE_ENDING).forEach((part, index) => {
            const at = line - 1 + index;
            if (at < lines.length)
                lines[shownOn[at]] += part;
        });
    };
    let inComment = false;
    const visit = (node) => {
        if (inComment && (node.type === 'text' || node.type === 'inlineCode'))
            return;
        if (node.type === 'code' || node.type === 'definition' || node.type === 'image' || node.type === 'imageReference')
            return;
        if (node.type === 'html') {
            // Comments hide what they hold; the text between other tags shows.
            if (node.position) {
                const html = shownHtml(node.value, inComment);
                inComment = html.inComment;
                add(html.shown, node.position.start.line);
            }
        }
        else if (node.type === 'text') {
            if (node.position)
                add(node.value, node.position.start.line);
        }
        else if (node.type === 'inlineCode') {
            if (!node.position)
                return;
            add(node.value.replace(/\r\n|\r|\n/g, ' '), node.position.start.line);
            shownOn[node.position.end.line - 1] = shownOn[node.position.start.line - 1];
        }
        else if ('children' in node) {
            // Every other node shows what it holds.
            for (const child of node.children)
                visit(child);
        }
    };
    visit((0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__/* .fromMarkdown */ .Y)(body));
    return lines;
}
function parseDependsOn(body, options) {
    const isUpstream = picomatch__WEBPACK_IMPORTED_MODULE_1__(options.upstream.map((pattern) => pattern.toLowerCase()), { nocase: true, noextglob: true });
    const byUrl = urlPattern(options.serverHost ?? 'github.com');
    const own = options.repository.toLowerCase();
    const dependencies = [];
    const problems = [];
    const seen = new Set();
    visibleLines(body).forEach((text, index) => {
        const line = index + 1;
        if (!looksLikeDependency(text))
            return;
        const trimmed = text.trim();
        const value = LINE.exec(text)?.[1]?.trim();
        if (value === undefined) {
            problems.push({ kind: 'malformed', line, text: trimmed, message: 'write it as `Depends-On: owner/repo#N` (or the PR URL), one per line' });
            return;
        }
        const found = SHORT.exec(value) ?? byUrl.exec(value);
        if (!found) {
            const why = /[\s,;]/.test(value) ? 'one dependency per line' : 'expected `owner/repo#N` or a pull request URL';
            problems.push({ kind: 'malformed', line, text: trimmed, message: why });
            return;
        }
        const repository = `${found[1]}/${found[2]}`;
        const number = Number(found[3]);
        if (repository.toLowerCase() === own) {
            problems.push({ kind: 'self-reference', line, text: trimmed, message: `${repository} is this repository: the gate waits for upstream (${options.upstream.join(', ')}) work only` });
            return;
        }
        if (!isUpstream(repository.toLowerCase())) {
            problems.push({ kind: 'not-upstream', line, text: trimmed, message: `${repository} is not an upstream repository (gate.upstream: ${options.upstream.join(', ')})` });
            return;
        }
        const key = `${repository.toLowerCase()}#${number}`;
        if (seen.has(key))
            return;
        seen.add(key);
        dependencies.push({ repository, number, line });
    });
    return { dependencies, problems };
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
