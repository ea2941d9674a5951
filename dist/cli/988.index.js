export const id = 988;
export const ids = [988];
export const modules = {

/***/ 8988:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inspectCommand: () => (/* binding */ inspectCommand)
});

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./build/src/config/env-pairs.js
var env_pairs = __webpack_require__(3995);
// EXTERNAL MODULE: ./build/src/git/repository.js + 1 modules
var git_repository = __webpack_require__(8360);
// EXTERNAL MODULE: ./build/src/helm/chart-snapshot.js + 2 modules
var chart_snapshot = __webpack_require__(4168);
// EXTERNAL MODULE: ./build/src/env/counterpart.js
var counterpart = __webpack_require__(5364);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/report/model.js
var report_model = __webpack_require__(8829);
// EXTERNAL MODULE: ./build/src/env/environment-changes.js
var environment_changes = __webpack_require__(23);
// EXTERNAL MODULE: ./build/src/inspect/listing.js
var listing = __webpack_require__(2742);
;// CONCATENATED MODULE: ./build/src/inspect/chart.js
/**
 * `lockstep inspect chart --environment E`: the env each workload's container gets in one
 * environment at one revision, as env-diff reads it — readChartSnapshot, then each entry's
 * conditions and value under that environment's values (environmentEntries, the function the
 * check's per-environment diff uses). Entries switched off there are listed too, with why.
 */




function inspectChart(snapshot, environment, rev) {
    const data = {
        environment: environment.name,
        valuesFile: environment.file,
        rev,
        commit: snapshot.revision,
        imageTag: environment.imageTag,
        workloads: [...snapshot.workloads].map(([workload, env]) => ({
            workload,
            template: snapshot.workloadFiles.get(workload),
            templateMissing: env === null,
            entries: (0,environment_changes/* environmentEntries */.eR)(snapshot, environment, workload).map(entryView),
            dynamic: (env?.dynamic ?? []).map((source) => ({ text: source.text, file: source.file, line: source.line })),
        })),
    };
    return { kind: 'listing', title: `lockstep inspect chart: environment ${environment.name} at ${rev} (${snapshot.revision.slice(0, 12)})`, blocks: chartBlocks(data), data };
}
function entryView({ entry, state, condition, value }) {
    return {
        name: entry.name,
        state,
        value: value.secret ? null : value.text,
        secret: value.secret,
        resolved: value.resolved,
        condition: entry.condition,
        conditionHolds: condition,
        file: entry.file,
        line: entry.line,
        via: entry.via,
    };
}
function chartBlocks(data) {
    const tag = data.imageTag ? (0,report_model/* inline */.mG) `${(0,report_model/* code */.aY)(data.imageTag.tag)} (${data.imageTag.source}, ${(0,listing/* location */.C5)(data.imageTag.file, data.imageTag.line)})` : 'not found';
    const blocks = [
        { kind: 'paragraph', text: (0,report_model/* inline */.mG) `Values: ${data.valuesFile}. Deployed image tag: ${tag}.` },
        { kind: 'paragraph', text: (0,report_model/* inline */.mG) `A condition the values leave unknown counts as on (as env-diff counts it); "shadowed": an earlier entry of the same name wins.` },
    ];
    for (const workload of data.workloads) {
        const set = workload.entries.filter((e) => e.state === 'set').length;
        blocks.push({ kind: 'heading', text: (0,report_model/* inline */.mG) `${workload.workload} (${workload.template}): ${set} variable${set === 1 ? '' : 's'}` });
        if (workload.entries.length)
            blocks.push({
                kind: 'table',
                headers: ['variable', 'value', 'condition', 'set at', 'state'],
                rows: workload.entries.map((e) => [
                    [(0,report_model/* code */.aY)(e.name)],
                    e.secret ? (0,report_model/* inline */.mG) `(secret)` : e.value === '' ? (0,report_model/* inline */.mG) `(empty)` : (0,report_model/* inline */.mG) `${(0,report_model/* code */.aY)(e.value ?? '')}${e.resolved ? '' : ' (not resolved statically)'}`,
                    e.condition ? (0,report_model/* inline */.mG) `${(0,report_model/* code */.aY)(e.condition)}: ${e.conditionHolds === 'unknown' ? 'unknown (counted as on)' : e.conditionHolds ? 'on' : 'off'}` : (0,report_model/* inline */.mG) `always`,
                    (0,report_model/* inline */.mG) `${e.file === workload.template ? `line ${e.line}` : `${external_node_path_.posix.basename(e.file)}:${e.line}`}${e.via.length ? ` via ${e.via.join(' → ')}` : ''}`,
                    (0,report_model/* inline */.mG) `${e.state === 'set' ? 'set' : e.state === 'off' ? 'not set' : 'shadowed'}`,
                ]),
            });
        else
            blocks.push({ kind: 'paragraph', text: (0,report_model/* inline */.mG) `${workload.templateMissing ? 'The template does not exist at this revision.' : 'No env entries.'}` });
        if (workload.dynamic.length)
            blocks.push({ kind: 'list', items: workload.dynamic.map((d) => (0,report_model/* inline */.mG) `${(0,listing/* location */.C5)(d.file, d.line)}: ${(0,report_model/* code */.aY)(d.text)} sets entries that cannot be read statically (not counted)`) });
    }
    return blocks;
}

// EXTERNAL MODULE: ./build/src/env/code-reads.js + 4 modules
var code_reads = __webpack_require__(5002);
;// CONCATENATED MODULE: ./build/src/inspect/env.js



async function inspectEnv(input) {
    const { workload, settings } = input;
    const snapshot = await new code_reads/* CodeReader */.tF(input.repository).snapshot(input.commit, settings);
    const variables = [...(snapshot.workloads.get(workload)?.values() ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    const counted = new Set(variables.flatMap((variable) => variable.reads));
    const matches = (0,code_reads/* workloadMatchers */.zw)(settings.code).get(workload);
    const notReached = [...(snapshot.files ?? [])]
        .filter(([file]) => matches(file))
        .flatMap(([, reads]) => reads.filter((read) => read.resolved && !counted.has(read)))
        .map((read) => ({ name: read.name, ...readView(read) }));
    const data = {
        workload,
        rev: input.rev,
        commit: input.commit,
        globs: settings.code[workload] ?? [],
        variables: variables.map((variable) => ({
            name: variable.name,
            requirement: variable.requirement,
            condition: variable.condition,
            default: variable.default,
            file: variable.file,
            line: variable.line ?? null,
            extra: variable.extra,
            via: variable.via ?? null,
            reads: variable.reads.map(readView),
        })),
        unresolved: (snapshot.unresolved.get(workload) ?? []).map((read) => ({ expression: read.name, ...readView(read) })),
        notReached,
    };
    return { kind: 'listing', title: `lockstep inspect env: workload ${workload} at ${input.rev} (${input.commit.slice(0, 12)})`, blocks: envBlocks(data), data };
}
function readView(read) {
    return { file: read.file, line: read.line, kind: read.kind, required: read.required, condition: read.condition, default: read.default, guarded: read.guarded };
}
function envBlocks(data) {
    const counts = ['required', 'conditional', 'optional'].map((r) => `${data.variables.filter((v) => v.requirement === r).length} ${r}`).join(', ');
    const blocks = [
        { kind: 'paragraph', text: (0,report_model/* inline */.mG) `Code: ${(0,report_model/* joinInline */.EN)(data.globs.map(report_model/* code */.aY), ', ')}. ${data.variables.length} variable${data.variables.length === 1 ? '' : 's'}: ${counts}.` },
        { kind: 'heading', text: (0,report_model/* inline */.mG) `Variables` },
    ];
    if (!data.variables.length)
        blocks.push({ kind: 'paragraph', text: (0,report_model/* inline */.mG) `No environment variable is read.` });
    else
        blocks.push({
            kind: 'table',
            headers: ['variable', 'as the check counts it', 'read at'],
            rows: data.variables.map((v) => [
                [(0,report_model/* code */.aY)(v.name)],
                requirementText(v),
                v.extra ? (0,report_model/* inline */.mG) `env.extra-reads (${v.file})` : (0,report_model/* joinInline */.EN)([...v.reads.map(readText), ...(v.via ? [`reached via ${v.via}`] : [])], '\n'),
            ]),
        });
    if (data.unresolved.length)
        blocks.push({ kind: 'heading', text: (0,report_model/* inline */.mG) `Names built at run time (not checked)` }, { kind: 'list', items: data.unresolved.map((r) => (0,report_model/* inline */.mG) `${(0,listing/* location */.C5)(r.file, r.line)}: ${r.kind} of ${(0,report_model/* code */.aY)(r.expression)}`) });
    if (data.notReached.length)
        blocks.push({ kind: 'heading', text: (0,report_model/* inline */.mG) `Not counted: shared code this workload does not reach` }, { kind: 'list', items: data.notReached.map((r) => (0,report_model/* inline */.mG) `${(0,report_model/* code */.aY)(r.name)} ${readText(r)}`) });
    return blocks;
}
function requirementText(v) {
    if (v.requirement === 'conditional')
        return (0,report_model/* inline */.mG) `required when ${(0,report_model/* code */.aY)(v.condition ?? '')}`;
    if (v.requirement === 'optional')
        return v.default !== null ? (0,report_model/* inline */.mG) `optional (default ${(0,report_model/* code */.aY)(v.default)})` : (0,report_model/* inline */.mG) `optional`;
    return (0,report_model/* inline */.mG) `required`;
}
/** One read: where, how, and under what. */
function readText(read) {
    const how = read.required ? 'required' : read.guarded ? 'optional (KeyError handled)' : read.default !== null ? (0,report_model/* inline */.mG) `optional, default ${(0,report_model/* code */.aY)(read.default)}` : 'optional';
    return (0,report_model/* inline */.mG) `${(0,listing/* location */.C5)(read.file, read.line)} ${read.kind}: ${how}${read.condition ? (0,report_model/* inline */.mG) ` if ${(0,report_model/* code */.aY)(read.condition)}` : ''}`;
}

// EXTERNAL MODULE: ./build/src/schema/message-check.js + 2 modules
var message_check = __webpack_require__(5546);
// EXTERNAL MODULE: ./build/src/schema/rules.js
var rules = __webpack_require__(6218);
// EXTERNAL MODULE: ./build/src/schema/sources.js
var sources = __webpack_require__(6239);
// EXTERNAL MODULE: ./build/src/schema/function-decoder.js
var function_decoder = __webpack_require__(1036);
// EXTERNAL MODULE: ./build/src/schema/types.js
var types = __webpack_require__(3004);
;// CONCATENATED MODULE: ./build/src/inspect/schema.js








/** How each decoder reads a message, in one line. */
const DECODER_READS = {
    strict: '`cls(**message)`: every key must be a field and every field without a default must be sent',
    'pydantic-ignore': "pydantic validation: fields without a default must be sent, values must fit the types, unknown keys are dropped (extra='ignore')",
    'pydantic-forbid': "pydantic validation: fields without a default must be sent, values must fit the types, unknown keys are rejected (extra='forbid')",
    function: 'the decoder function: keys it reads as `d[key]` must be sent, `.get` keys may be missing, other keys are ignored; its conversions decide the types it accepts',
};
async function inspectSchema(input) {
    const { repository, commit, ref, spec } = input;
    if (!(await (0,sources/* fileExists */.hR)(repository, commit, ref.path)))
        throw new errors/* InputError */.dz(`${ref.path} does not exist at ${input.rev}`, { file: ref.path, hint: 'Check the path (relative to the repository root) and --rev.' });
    const schema = await (0,sources/* extractAt */.NF)(repository, commit, ref);
    const fn = typeof spec.decoder === 'object' ? spec.decoder.function : undefined;
    // What the check compares: the class, or what its decoder function reads of it.
    const reader = fn ? await (0,function_decoder/* extractDecoderSchema */.Ng)((0,sources/* revisionFiles */.jY)(repository, commit), (0,function_decoder/* parseFunctionRef */.r$)(fn), schema) : undefined;
    const decoder = (0,message_check/* decoderKind */.bj)(spec, reader ?? schema, reader ?? schema);
    const view = (change) => {
        const { rule, breaking } = (0,rules/* judge */.S4)(change, decoder, spec.role);
        return { breaking, rule: rule.id, why: rule.why };
    };
    const fieldView = fieldViews(view);
    const reached = reachedTypes(schema.fields);
    const data = {
        schema: ref.className ? `${ref.path}#${ref.className}` : ref.path,
        rev: input.rev,
        commit,
        name: schema.name,
        kind: schema.kind,
        file: schema.file,
        line: schema.line,
        extra: schema.extra,
        message: { name: spec.name, role: spec.role, decoder: fn ? `function:${fn}` : spec.decoder, source: input.specSource },
        decoder: {
            kind: decoder,
            reads: DECODER_READS[decoder],
            ifFieldAdded: { required: view({ kind: 'field-added', field: '…', required: true }), optional: view({ kind: 'field-added', field: '…', required: false }) },
        },
        fields: schema.fields.map((field) => fieldView(field, schema.name, !reader)),
        reader: reader && fn ? { function: fn, fields: reader.fields.map((field) => fieldView(field, schema.name, true)), warnings: reader.warnings.map(warningView) } : null,
        nested: reached.models.map((model) => ({ name: model.name, fields: model.fields.map((field) => fieldView(field, model.name, !reader)) })),
        enums: reached.enums.map((type) => ({ name: type.name, base: type.base, members: type.members })),
        warnings: schema.warnings.map(warningView),
    };
    const warnings = [...schema.warnings, ...(reader && fn ? reader.warnings : [])];
    return { kind: 'listing', title: `lockstep inspect schema: ${data.schema} at ${input.rev} (${commit.slice(0, 12)})`, blocks: [...schemaBlocks(data), ...warningBlocks(warnings)], data };
}
function warningView({ message, file, line }) {
    return { message, file, line };
}
function warningBlocks(warnings) {
    if (!warnings.length)
        return [];
    return [{ kind: 'heading', text: (0,report_model/* inline */.mG) `Warnings` }, { kind: 'list', items: warnings.map((w) => (0,report_model/* inline */.mG) `${(0,listing/* location */.C5)(w.file, w.line)}: ${w.spans}`) }];
}
/** A field as listed, with the rule its removal would meet when it is what the check compares. */
function fieldViews(view) {
    return (field, model, compared) => ({
        name: field.name,
        type: (0,types/* formatType */.sg)(field.type),
        required: field.required,
        default: field.default ?? null,
        file: field.file,
        line: field.line,
        declaredIn: field.owner ?? null,
        inherited: field.owner !== undefined && field.owner !== model,
        ifRemoved: compared ? view({ kind: 'field-removed', field: field.name, from: (0,types/* formatType */.sg)(field.type), required: field.required }) : null,
    });
}
/** Every nested model and enum a message's types reach, once each by name (a shared or recursive model is listed once). */
function reachedTypes(fields) {
    const models = new Map();
    const enums = new Map();
    const visit = (type) => {
        if (type.kind === 'enum' && !enums.has(type.name))
            enums.set(type.name, type);
        if (type.kind === 'object') {
            if (models.has(type.name))
                return;
            models.set(type.name, type);
            for (const field of type.fields)
                visit(field.type);
        }
        else if (type.kind === 'list' || type.kind === 'set')
            visit(type.item);
        else if (type.kind === 'dict')
            [type.key, type.value].forEach(visit);
        else if (type.kind === 'tuple')
            type.items.forEach(visit);
        else if (type.kind === 'union')
            type.options.forEach(visit);
    };
    for (const field of fields)
        visit(field.type);
    return { models: [...models.values()], enums: [...enums.values()] };
}
function schemaBlocks(data) {
    const { message, decoder } = data;
    const verdict = (rule) => (0,report_model/* inline */.mG) `${rule.breaking ? 'breaking' : 'compatible'} (${(0,report_model/* code */.aY)(rule.rule)})`;
    const specFrom = { configuration: (0,report_model/* inline */.mG) `configured as ${(0,report_model/* code */.aY)(message.name)}`, options: 'from --role/--decoder', default: 'not in the configuration: the defaults of --schema' }[message.source];
    const blocks = [
        { kind: 'paragraph', text: (0,report_model/* inline */.mG) `${(0,report_model/* code */.aY)(`${data.name}`)}: ${data.kind} at ${(0,listing/* location */.C5)(data.file, data.line)}, ${data.fields.length} field${data.fields.length === 1 ? '' : 's'}, extra keys: ${data.extra}.` },
        { kind: 'heading', text: (0,report_model/* inline */.mG) `Decoder` },
        {
            kind: 'list',
            items: [
                (0,report_model/* inline */.mG) `${message.role}, ${message.decoder} → ${(0,report_model/* code */.aY)(decoder.kind)} (${specFrom})`,
                (0,report_model/* inline */.mG) `reads messages with ${decoder.reads}`,
                (0,report_model/* inline */.mG) `a new required field would be ${verdict(decoder.ifFieldAdded.required)}; a new optional one ${verdict(decoder.ifFieldAdded.optional)}`,
                ...removals(data.reader?.fields ?? data.fields, verdict),
            ],
        },
        ...(data.reader
            ? [{ kind: 'heading', text: (0,report_model/* inline */.mG) `What ${data.reader.function} reads (what the check compares)` }, fieldTable(data.reader.fields)]
            : []),
        { kind: 'heading', text: (0,report_model/* inline */.mG) `${data.reader ? 'Class fields (wire order; the decoder function decides what is read)' : 'Fields (wire order)'}` },
        fieldTable(data.fields),
    ];
    for (const model of data.nested)
        blocks.push({ kind: 'heading', text: (0,report_model/* inline */.mG) `Nested model ${model.name}` }, fieldTable(model.fields));
    if (data.enums.length)
        blocks.push({ kind: 'heading', text: (0,report_model/* inline */.mG) `Enums (their values travel)` }, { kind: 'list', items: data.enums.map((e) => (0,report_model/* inline */.mG) `${e.name} (${e.base}): ${e.members.map((m) => `${m.name}=${(0,types/* formatLiteral */.z3)(m.value)}`).join(', ')}`) });
    return blocks;
}
/** What removing a field would meet, once per rule (the table then says breaking or compatible). */
function removals(fields, verdict) {
    const byRule = new Map();
    for (const f of fields) {
        if (!f.ifRemoved)
            continue;
        const seen = byRule.get(f.ifRemoved.rule) ?? { rule: f.ifRemoved, required: new Set() };
        seen.required.add(f.required);
        byRule.set(f.ifRemoved.rule, seen);
    }
    return [...byRule.values()].map(({ rule, required }) => {
        const which = required.size > 1 ? 'a' : required.has(true) ? 'a required' : 'an optional';
        return (0,report_model/* inline */.mG) `removing ${which} field would be ${verdict(rule)}`;
    });
}
function fieldTable(fields) {
    if (!fields.length)
        return { kind: 'paragraph', text: (0,report_model/* inline */.mG) `No fields.` };
    return {
        kind: 'table',
        headers: ['field', 'type', 'required', 'declared at', 'if removed'],
        rows: fields.map((f) => [
            [(0,report_model/* code */.aY)(f.name)],
            [(0,report_model/* code */.aY)(f.type)],
            f.required ? (0,report_model/* inline */.mG) `required` : f.default === null ? (0,report_model/* inline */.mG) `optional` : (0,report_model/* inline */.mG) `optional (default ${(0,report_model/* code */.aY)(f.default)})`,
            (0,report_model/* inline */.mG) `${(0,listing/* location */.C5)(f.file, f.line)}${f.inherited ? ` (inherited from ${f.declaredIn})` : ''}`,
            (0,report_model/* inline */.mG) `${f.ifRemoved === null ? '(the reader decides)' : f.ifRemoved.breaking ? 'breaking' : 'compatible'}`,
        ]),
    };
}

// EXTERNAL MODULE: ./build/src/schema/config-messages.js
var config_messages = __webpack_require__(6340);
// EXTERNAL MODULE: ./build/src/cli/command.js + 3 modules
var command = __webpack_require__(6158);
;// CONCATENATED MODULE: ./build/src/cli/inspect-command.js
/** `lockstep inspect schema|env|chart`: options → src/inspect → a Listing (rendered by cli/main.ts). */











const HELP = `Usage: lockstep inspect schema PATH#Class [--rev REV] [options]
       lockstep inspect schema PATH.json [--rev REV] [options]
       lockstep inspect env --workload W [--rev REV] [options]
       lockstep inspect chart --environment E [--rev REV] [options]

Prints how Lockstep reads one thing at one revision, with the code the checks run — what
a maintainer looks at when a verdict surprises them.
  schema  a message: fields in wire order, types as normalised, required or defaulted,
          the class that declares each, and the decoder's view (the rule a removal or a
          new field would meet)
  env     every environment variable a workload's code reads (env.code): required,
          conditional (under which condition) or optional, each read with file:line
  chart   the env each workload's container gets in one environment (env.chart):
          value, condition, where it is set; entries switched off there too

Options:
  --repo DIR        repository folder (default: the current folder)
  --rev REV         the revision to read: a branch, tag or full commit id (default: HEAD;
                    uncommitted changes are not read, as the checks do not read them)
  --config FILE     configuration (default: DIR/.github/lockstep.yml)
  --workload W      env: the workload, a key of env.code
  --environment E   chart: the environment, named from its values file
  --pair NAME       env, chart: the env pair to read, when env: is a list of named
                    pairs with several that have env.code (env) or env.chart (chart)
  --role R          schema: producer | consumer | both (default: the configured
                    message's, else consumer)
  --decoder D       schema: strict | pydantic | function:PATH.py#Class.method (default:
                    the configured message's, else strict)`;
const SUBCOMMANDS = ['schema', 'env', 'chart'];
/** The options each subcommand takes besides --repo, --rev and --config. */
const OWN_OPTIONS = { schema: ['role', 'decoder'], env: ['workload', 'pair'], chart: ['environment', 'pair'] };
const inspectCommand = {
    name: 'inspect',
    summary: "show how a message class, a workload's env reads or an environment's chart env were read",
    help: HELP,
    listing: true,
    options: {
        repo: { type: 'string' },
        rev: { type: 'string' },
        config: { type: 'string' },
        workload: { type: 'string' },
        environment: { type: 'string' },
        pair: { type: 'string' },
        role: { type: 'string' },
        decoder: { type: 'string' },
    },
    async run(values, context) {
        const [word, ...rest] = context.positionals ?? [];
        if (!word)
            throw new errors/* InputError */.dz('say what to inspect: schema, env or chart', { hint: 'lockstep inspect schema PATH#Class | env --workload W | chart --environment E' });
        const subcommand = (0,command/* choice */.Yq)(word, SUBCOMMANDS, 'lockstep inspect');
        const wrong = [...new Set(Object.values(OWN_OPTIONS).flat())].filter((name) => values[name] !== undefined && !OWN_OPTIONS[subcommand].includes(name));
        if (wrong.length)
            throw new errors/* InputError */.dz(`inspect ${subcommand} does not take ${wrong.map((name) => `--${name}`).join(', ')}`, { hint: "Run 'lockstep inspect --help' for which options go with which subcommand." });
        if (subcommand !== 'schema' && rest.length)
            throw new errors/* InputError */.dz(`inspect ${subcommand} takes no argument, got '${rest[0]}'`, { hint: subcommand === 'env' ? 'Name the workload with --workload W.' : 'Name the environment with --environment E.' });
        const rev = (0,command/* refOption */.F5)(values, 'rev', 'HEAD');
        const repoDir = (0,command/* repoOption */.kF)(values, context);
        const repository = await git_repository/* GitRepository */.xr.open(repoDir);
        try {
            const commit = await repository.resolveRevision(rev);
            const request = { values, context, repoDir, target: { repository, rev, commit } };
            if (subcommand === 'schema')
                return await runSchema(rest, request);
            const target = request.target;
            const { env, configFile } = await envConfig(request, subcommand === 'env' ? 'code' : 'chart');
            return subcommand === 'env' ? await runEnv(values, env, configFile, target) : await runChart(values, env, configFile, target);
        }
        finally {
            repository.close();
        }
    },
};
async function runSchema(args, { values, context, repoDir, target }) {
    const [text] = args;
    if (text === undefined || args.length !== 1)
        throw new errors/* InputError */.dz(args.length ? `inspect schema takes one schema, got ${args.length}` : 'inspect schema: which schema?', { hint: 'lockstep inspect schema python/shared/visit.py#FannedOutVisit (or PATH.json for a JSON Schema)' });
    const ref = (0,sources/* parseSchemaRef */.GC)(text);
    const loaded = await (0,command/* loadOptionalConfig */.nu)(values, context, repoDir, (0,command/* stringOption */.Pp)(values, 'config') !== undefined);
    const { spec, source } = schemaSpec(ref, text, loaded?.config, values);
    return inspectSchema({ ...target, ref, spec, specSource: source });
}
/** The configured message with this schema (its role, decoder and extra), overridden by --role/--decoder. */
function schemaSpec(ref, text, config, values) {
    const configured = (0,config_messages/* messagesFromConfig */.x)(config).find((message) => sameRef((0,sources/* parseSchemaRef */.GC)(message.schema), ref));
    const role = (0,command/* stringOption */.Pp)(values, 'role');
    const decoder = (0,command/* stringOption */.Pp)(values, 'decoder');
    const chosenRole = (0,command/* choice */.Yq)(role ?? configured?.role ?? 'consumer', command/* ROLES */.gg, '--role');
    const spec = {
        name: configured?.name ?? ref.className ?? ref.path,
        schema: text,
        role: chosenRole,
        decoder: decoder !== undefined ? (0,command/* cliDecoder */.Fl)(decoder, chosenRole) : (configured?.decoder ?? 'strict'),
        ...(configured?.extra ? { extra: configured.extra } : {}),
    };
    return { spec, source: role !== undefined || decoder !== undefined ? 'options' : configured ? 'configuration' : 'default' };
}
function sameRef(a, b) {
    return a.path === b.path && a.className === b.className;
}
async function runEnv(values, env, configFile, target) {
    const settings = (0,counterpart/* codeSettingsOf */.uW)(env, configFile);
    if (!settings)
        throw new errors/* InputError */.dz('inspect env reads env.code, and the configuration has none', { file: configFile, hint: 'Run it in the service repository, whose env.code says which files each workload runs.' });
    const workload = known((0,command/* stringOption */.Pp)(values, 'workload'), Object.keys(settings.code), '--workload', 'workload (a key of env.code)');
    return inspectEnv({ ...target, workload, settings });
}
async function runChart(values, env, configFile, target) {
    if (!env.chart)
        throw new errors/* InputError */.dz('inspect chart reads env.chart, and the configuration has none', { file: configFile, hint: 'Run it in the deployment repository, whose env.chart names the chart, its workloads and environments.' });
    const snapshot = await (0,chart_snapshot/* readChartSnapshot */.tn)(target.repository, target.commit, (0,counterpart/* chartSettingsOf */.tt)(env.chart));
    const names = snapshot.environments.map((environment) => environment.name);
    const name = known((0,command/* stringOption */.Pp)(values, 'environment'), names, '--environment', `environment at ${target.rev}`);
    return inspectChart(snapshot, snapshot.environments.find((environment) => environment.name === name), target.rev);
}
/** A name that must be one of `names`: missing or unknown is exit 2 listing them. */
function known(value, names, option, what) {
    const list = names.length ? `Known: ${[...names].sort().join(', ')}.` : 'There are none.';
    if (value === undefined)
        throw new errors/* InputError */.dz(`${option} is required`, { hint: `Name the ${what}. ${list}` });
    if (!names.includes(value))
        throw new errors/* InputError */.dz(`${option}: no ${what} is named '${value}'`, { hint: list });
    return value;
}
/** The env pair to read: the only one with the side this subcommand reads, or the one --pair names. */
async function envConfig({ values, context, repoDir }, side) {
    const { config, file: configFile } = await (0,command/* loadCommandConfig */.eY)(values, context, repoDir);
    if (!config.env)
        throw new errors/* InputError */.dz('the configuration has no env section', { file: configFile, hint: 'inspect env and inspect chart read env.code and env.chart (see the README, "env-diff").' });
    const pairs = (0,env_pairs/* envPairs */.ff)(config.env);
    const name = (0,command/* stringOption */.Pp)(values, 'pair');
    if (name !== undefined) {
        if (pairs.every((pair) => pair.name === null))
            throw new errors/* InputError */.dz('--pair: the configuration\'s env: is one pair, without names', { file: configFile, hint: 'Drop --pair.' });
        return { env: pairs.find((pair) => pair.name === name)?.config ?? unknownPair(name, pairs, configFile), configFile };
    }
    const withSide = pairs.filter((pair) => pair.config[side] !== undefined);
    if (withSide.length > 1)
        throw new errors/* InputError */.dz(`the configuration has several env pairs with env.${side}: which one?`, { file: configFile, hint: `Pass --pair NAME: ${withSide.map((pair) => pair.name).join(', ')}.` });
    // envPairs gives at least one pair (a list of none is refused when the configuration is read).
    return { env: (withSide[0] ?? pairs[0]).config, configFile };
}
function unknownPair(name, pairs, configFile) {
    throw new errors/* InputError */.dz(`--pair: no env pair is named '${name}'`, { file: configFile, hint: `Known: ${pairs.map((pair) => pair.name).join(', ')}.` });
}


/***/ })

};
