// The replays of `npm run replay`: which commits of which clone, the configuration each is
// checked with (the README's own, with the counterpart or peers at the commit's date), and
// which commits are counted apart because the history snapshots cannot answer them.
import picomatch from 'picomatch';
import YAML from 'yaml';
import { readmeConfigs } from './readme-config.mjs';
import { exists, fileDefiningClass, firstParentCommits, firstReleaseContaining, git, gitMaybe, normaliseTag } from './git.mjs';

// The README's own configurations (replay/readme-config.mjs): the replay checks what the README shows.
const README = readmeConfigs();
const KEDA_CHART = README.phalanx.chart;
/** The Phalanx pair's keys beyond where the chart and the counterpart are (extra-reads, parity, parity-exempt, …). */
const PHALANX_EXTRAS = Object.fromEntries(Object.entries(README.phalanx).filter(([key]) => !['chart', 'counterpart', 'name'].includes(key)));

/** Every replay; `clones` maps pp/nvfo/writer/phalanx to {dir, timeline, tags}. */
export function replaySuites(clones) {
  return [
    phalanxChartSuite(clones, {
      id: 'phalanx-prompt-keda',
      title: "env-diff · Phalanx `charts/prompt-keda` + `applications/prompt-keda-*` (README's Phalanx config; PP at the commit's date)",
      paths: ['charts/prompt-keda', 'applications/prompt-keda-*'],
      chart: KEDA_CHART,
      counterpart: 'pp',
      code: README.phalanx.counterpart.code,
      extras: PHALANX_EXTRAS,
    }),
    ppCodeSuite(clones),
    phalanxChartSuite(clones, {
      id: 'phalanx-next-visit-fan-out',
      title: 'env-diff · Phalanx `applications/next-visit-fan-out` (NVFO at the commit\'s date)',
      paths: ['applications/next-visit-fan-out'],
      chart: {
        path: 'applications/next-visit-fan-out',
        workloads: { service: 'templates/deployment.yaml' },
        environments: 'applications/next-visit-fan-out/values-*.yaml',
        'image-tag': 'image.tag',
      },
      counterpart: 'nvfo',
      // Phalanx's dev environments deploy NVFO's image tag `main`, the build of its main branch (11929dc65).
      branchTags: ['latest', 'main'],
      code: { service: ['src/**/*.py'] },
      extras: {},
    }),
    phalanxChartSuite(clones, {
      id: 'phalanx-butler-writer',
      title: "env-diff · Phalanx `applications/butler-writer-service` (the Writer at the commit's date)",
      paths: ['applications/butler-writer-service'],
      chart: {
        path: 'applications/butler-writer-service',
        workloads: { service: 'templates/butler-writer-service.yaml' },
        environments: 'applications/butler-writer-service/values-*.yaml',
        'image-tag': 'image.tag',
      },
      counterpart: 'writer',
      code: { service: ['python/**/*.py'] },
      extras: {},
    }),
    ...schemaSuites(clones),
  ];
}

/** env-diff in Phalanx on every first-parent commit touching a chart, the service at the same date. */
function phalanxChartSuite(clones, spec) {
  const phalanx = clones.phalanx;
  const other = clones[spec.counterpart];
  return {
    id: spec.id,
    title: spec.title,
    check: 'env-diff',
    repo: phalanx.dir,
    commits: () => firstParentCommits(phalanx.dir, spec.paths),
    plan(commit) {
      const absent = missingTemplate(phalanx.dir, commit.sha, spec.chart);
      if (absent) return { apart: `no ${absent} at this commit (the configuration names it)` };
      const missing = missingDeployedTags(phalanx.dir, commit, spec.chart, other);
      if (missing.length) return { apart: `deploys ${missing.join(', ')}, newer than the ${spec.counterpart} snapshot` };
      const config = {
        env: {
          chart: spec.chart,
          counterpart: { repository: other.dir, ref: other.timeline.at(commit.time), code: spec.code, ...(spec.branchTags ? { 'branch-tags': spec.branchTags } : {}) },
          ...spec.extras,
        },
      };
      return { args: ['env-diff', '--repo', phalanx.dir, '--base', `${commit.sha}^`, '--head', commit.sha], config };
    },
  };
}

/** env-diff in PP on every first-parent commit touching python/ or config/, Phalanx at the same date. */
function ppCodeSuite(clones) {
  const { pp, phalanx } = clones;
  return {
    id: 'pp-code',
    title: "env-diff · PP `python/` + `config/` (README's PP config; Phalanx at the commit's date)",
    check: 'env-diff',
    repo: pp.dir,
    commits: () => firstParentCommits(pp.dir, ['python', 'config']),
    plan(commit) {
      const phalanxAt = phalanx.timeline.at(commit.time);
      const absent = missingTemplate(phalanx.dir, phalanxAt, KEDA_CHART);
      if (absent) return { apart: `Phalanx had no ${absent} yet at this date` };
      const config = {
        env: {
          ...README.pp,
          counterpart: { repository: phalanx.dir, ref: phalanxAt, chart: README.pp.counterpart.chart },
        },
      };
      return { args: ['env-diff', '--repo', pp.dir, '--base', `${commit.sha}^`, '--head', commit.sha], config };
    },
  };
}

/** The first workload template of `chart` absent at `rev` (the README's configuration names templates that came later). */
function missingTemplate(dir, rev, chart) {
  const templates = Object.values(chart.workloads).map((template) => `${chart.path}/${template}`);
  return templates.find((file) => !exists(dir, `${rev}:${file}`));
}

/** Image tags the environments deploy at the commit or its parent that the counterpart snapshot lacks (only after the snapshot). */
function missingDeployedTags(dir, commit, chart, counterpart) {
  if (commit.time <= counterpart.timeline.newest.time) return [];
  const isEnvironment = picomatch(chart.environments);
  const keys = chart['image-tag'].split('.');
  const missing = new Set();
  for (const rev of [`${commit.sha}^`, commit.sha]) {
    const files = (gitMaybe(dir, ['ls-tree', '-r', '--name-only', rev, '--', chart.environments.split('*')[0].replace(/\/[^/]*$/, '')]) ?? '').split('\n').filter((file) => file && isEnvironment(file));
    for (const file of files) {
      const tag = tagIn(git(dir, ['show', `${rev}:${file}`]), keys);
      if (tag && tag !== 'latest' && tag !== 'main' && !counterpart.tags.has(normaliseTag(tag))) missing.add(tag);
    }
  }
  return [...missing].sort();
}

function tagIn(text, keys) {
  try {
    const value = keys.reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), YAML.parse(text));
    return value === undefined || value === null || value === '' ? undefined : String(value);
  } catch {
    return undefined;
  }
}

// --- schema-diff ----------------------------------------------------------------------------

const NEXT_VISIT_PP = ['FannedOutVisit', 'Visit'];
const NEXT_VISIT_NVFO = ['NextVisitModelKeda', 'NextVisitModel'];
const OUTPUT_EVENT = ['PromptProcessingOutputEvent'];

/** The file and class of the first of `names` defined at `rev`, or undefined. */
function locate(dir, rev, names, pathspecs) {
  for (const name of names) {
    const file = fileDefiningClass(dir, rev, name, pathspecs);
    if (file) return { schema: `${file}#${name}` };
  }
  return undefined;
}

function schemaSuites(clones) {
  const { pp, nvfo, writer } = clones;
  const peerAt = (clone, commit, names, pathspecs) => {
    const ref = clone.timeline.at(commit.time);
    const found = locate(clone.dir, ref, names, pathspecs);
    return found ? { repository: clone.dir, ref, schema: found.schema } : undefined;
  };
  return [
    schemaSuite(clones.pp, {
      id: 'pp-schema',
      title: 'schema-diff · PP `Visit`/`FannedOutVisit` (consumer: `FannedOutVisit.from_dict` as a decoder function where the commit has it, else strict) and `PromptProcessingOutputEvent` (producer, pydantic); peers at the commit\'s date',
      classes: [...NEXT_VISIT_PP, ...OUTPUT_EVENT],
      messages: (commit) => [
        message('next-visit', locate(pp.dir, commit.sha, NEXT_VISIT_PP, ['python']), 'consumer', ppReader(pp.dir, commit.sha), peerAt(nvfo, commit, NEXT_VISIT_NVFO, ['src']), {
          'extra-fields': nvfoSendTimeFields(nvfo.dir, nvfo.timeline.at(commit.time)),
          'wire-types': { position: 'str' },
        }),
        message('butler-writer-event', locate(pp.dir, commit.sha, OUTPUT_EVENT, ['python']), 'producer', 'pydantic', peerAt(writer, commit, OUTPUT_EVENT, ['python'])),
      ],
      versioning: { source: 'tags' },
      proposed: true,
    }),
    schemaSuite(clones.nvfo, {
      id: 'nvfo-schema',
      title: 'schema-diff · NVFO `NextVisitModel*` (producer, strict; send-time extra-fields as NVFO\'s code at the commit sets them); PP at the commit\'s date',
      classes: NEXT_VISIT_NVFO,
      messages: (commit) => [
        message('next-visit', locate(nvfo.dir, commit.sha, NEXT_VISIT_NVFO, ['src']), 'producer', 'strict', peerAt(pp, commit, NEXT_VISIT_PP, ['python']), {
          'extra-fields': nvfoSendTimeFields(nvfo.dir, commit.sha),
          'wire-types': { position: 'str' },
        }),
      ],
      versioning: { source: 'label' },
      proposed: true,
    }),
    schemaSuite(clones.writer, {
      id: 'writer-schema',
      title: 'schema-diff · Writer `PromptProcessingOutputEvent` (consumer, pydantic); PP at the commit\'s date',
      classes: OUTPUT_EVENT,
      messages: (commit) => [message('butler-writer-event', locate(writer.dir, commit.sha, OUTPUT_EVENT, ['python']), 'consumer', 'pydantic', peerAt(pp, commit, OUTPUT_EVENT, ['python']))],
      versioning: { source: 'changelog', changelog: 'CHANGELOG.md' },
      proposed: false,
    }),
  ];
}

/**
 * The keys NVFO adds to each fanned-out message at send time, as its code at `rev` does:
 * every version sets them on the copy it sends (`temp_message["detector"] = active_detector`,
 * src/main.py:65 at e641c1f, src/shared/visit.py:65 today). The 2023 versions set
 * `instrument` there too (e641c1f src/main.py:64) until 4906253 made it a model field.
 * Types from the code: `instrument: str` (the parameter, e641c1f src/main.py:42), detectors
 * are `list[int]` (detector_load). Other assignments (`filters`) rewrite a model field.
 */
const NVFO_SEND_TIME_TYPES = { instrument: 'str', detector: 'int' };

export function nvfoSendTimeFields(dir, rev) {
  const lines = gitMaybe(dir, ['grep', '-h', '-o', '-E', 'temp_message\\["[A-Za-z_]+"\\] *=', rev, '--', 'src']) ?? '';
  const assigned = new Set([...lines.matchAll(/\["([A-Za-z_]+)"\]/g)].map((match) => match[1]));
  return Object.fromEntries(Object.entries(NVFO_SEND_TIME_TYPES).filter(([name]) => assigned.has(name)));
}

/**
 * PP's reader of the next visit: `FannedOutVisit.from_dict` (the Redis reader, read as a decoder
 * function) where the commit has it, else `cls(**message)` (strict).
 */
function ppReader(dir, rev) {
  const file = fileDefiningClass(dir, rev, 'FannedOutVisit', ['python']);
  const hasFromDict = file && gitMaybe(dir, ['grep', '-l', '-E', '^[[:space:]]+def from_dict[(]', rev, '--', file]);
  return hasFromDict ? { function: `${file}#FannedOutVisit.from_dict` } : 'strict';
}

function message(name, found, role, decoder, peer, peerExtras = {}) {
  if (!found) return undefined;
  return { name, schema: found.schema, role, decoder, ...(peer ? { peer: { ...peer, ...peerExtras } } : {}) };
}

/**
 * schema-diff on every first-parent commit touching a file that ever defined one of the
 * classes; the proposed version is the first release that shipped the commit (what its PR
 * would have declared), except where the repository reads it from its changelog.
 */
function schemaSuite(clone, spec) {
  return {
    id: spec.id,
    title: spec.title,
    check: 'schema-diff',
    repo: clone.dir,
    commits() {
      const files = new Set();
      for (const name of spec.classes) {
        for (const file of git(clone.dir, ['log', '--format=', '--name-only', '-G', `^class ${name}\\b`, 'main']).split('\n')) if (file.endsWith('.py') && !file.startsWith('tests/')) files.add(file);
      }
      return files.size ? firstParentCommits(clone.dir, [...files]) : [];
    },
    plan(commit) {
      const messages = spec.messages(commit).filter(Boolean);
      if (!messages.length) return { apart: 'no message class at this commit' };
      const args = ['schema-diff', '--repo', clone.dir, '--base', `${commit.sha}^`, '--head', commit.sha];
      const release = spec.proposed ? firstReleaseContaining(clone.dir, commit.sha) : undefined;
      if (release) args.push('--proposed-version', normaliseTag(release));
      return { args, config: { messages, versioning: spec.versioning } };
    },
  };
}
