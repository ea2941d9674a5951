/**
 * The env-diff rules, one row each: id, the order it implies, how loud it is, the facts
 * its message needs, and its one message. Decision tables (./decisions.ts) pick the rule
 * for a situation, first match wins; the wording lives only here. The tables of
 * docs/actions/env-diff.md and docs/messages.md are generated from these rows (`npm run docs`, `npm run messages`).
 */
import { code, inline, type Inline, type Severity } from '../report/model.js';
import type { Order } from './model.js';

/** Everything a message may say. A rule lists the facts it needs; `hit` requires exactly those, so no message prints "undefined". */
export interface Facts {
  /** The variable (or, for version and template rules, the thing the finding is about). */
  name: string;
  workload: string;
  /** The other name of a rename; the new setting of a changed entry; the flags of a flagged read. */
  other: string;
  condition: string | null;
  default: string | null;
  environments: string[];
  environment: string;
  version: string;
  /** The old name of a rename, the old setting, tag or default. */
  previous: string | null;
  /** file:line of the read in the deployed code, or of the tag. */
  where: string;
  /** Where the evidence comes from (a repository, "the chart") or why there is none; null when not needed. */
  source: string | null;
  /** How the workload's own code reaches a read in shared code (see reachability); null when it reads it itself. */
  via: string | null;
}

export type FactName = keyof Facts;

export interface EnvRule<K extends FactName = FactName> {
  id: string;
  order: Order | null;
  severity: Severity;
  title: string;
  /** The facts `message` reads: every one must be given (`name` always is). */
  needs: readonly K[];
  /** Code (a condition, a template) as code spans; everything taken from a repository is text. */
  message(facts: Pick<Facts, K>): Inline;
}

/** A row of the table, its facts typed by what it declares. */
function rule<K extends FactName>(row: EnvRule<K>): EnvRule<K> {
  return row;
}

/** "runs" for one environment, "run" for several. */
const runs = (f: Pick<Facts, 'environments'>) => (f.environments.length > 1 ? 'run' : 'runs');
const moves = (f: Pick<Facts, 'environments'>) => (f.environments.length > 1 ? 'move' : 'moves');
const list = (items: string[]) => (items.length ? items.join(', ') : 'none');
const when = (condition: string | null): Inline => (condition ? inline` when ${code(condition)}` : []);
const fallback = (text: string | null) => (text === null ? 'None' : text);

/** "initializer: python/initializer/x.py → shared.raw.get_raw_path reads IMAGE_BUCKET". */
export const reachedBy = (read: { workload: string; name: string; via?: string | null }) => `${read.workload}: ${read.via} reads ${read.name}`;
const reached = (f: Pick<Facts, 'via' | 'workload' | 'name'>) => (f.via && f.workload ? ` (${reachedBy({ workload: f.workload, name: f.name, via: f.via })})` : '');

export const RULES = {
  configAdds: rule({
    id: 'env/config-adds',
    order: 'safe',
    severity: 'notice',
    title: 'Config sets a new variable',
    needs: ['name', 'workload'],
    message: (f) => inline`${f.workload} now gets ${f.name}: a container ignores variables its code does not read, so merge and sync (deploy) in any order.`,
  }),
  configChanges: rule({
    id: 'env/config-changes',
    order: 'safe',
    severity: 'notice',
    title: 'Config changes a variable',
    needs: ['name', 'other', 'previous', 'workload'],
    message: (f) => inline`${f.workload} now gets ${f.name} ${f.other} (was ${f.previous}): the order of merges does not matter; check that the new value is right for every environment.`,
  }),
  configRemovesUnread: rule({
    id: 'env/config-removes-unread',
    order: 'safe',
    severity: 'notice',
    title: 'Config drops a variable no deployed version reads',
    needs: ['environments', 'name', 'workload'],
    message: (f) => inline`${f.name} is no longer set for ${f.workload} in ${list(f.environments)}; the version deployed there does not read it, so dropping it is safe.`,
  }),
  configRemovesRequired: rule({
    id: 'env/config-removes-required',
    order: 'blocked',
    severity: 'error',
    title: 'Config drops a variable a deployed version requires',
    needs: ['condition', 'environment', 'environments', 'name', 'version', 'where', 'workload'],
    message: (f) =>
      inline`${f.environment} ${runs(f)} ${f.version}, whose ${f.workload} requires ${f.name}${when(f.condition)} (${f.where}): without it that container fails. Keep ${f.name} set in ${f.environment} until ${f.environments.length > 1 ? 'they run' : 'it runs'} a version that no longer reads it (or deploy that version first).`,
  }),
  configRemovesOptional: rule({
    id: 'env/config-removes-optional',
    order: 'safe',
    severity: 'warning',
    title: 'Config drops a variable a deployed version reads',
    needs: ['default', 'environment', 'environments', 'name', 'version', 'where', 'workload'],
    message: (f) =>
      inline`${f.environment} ${runs(f)} ${f.version}, whose ${f.workload} reads ${f.name} optionally (${f.where}): once this is deployed it falls back to the default ${fallback(f.default)}; check that the default is right there.`,
  }),
  configConditionOff: rule({
    id: 'env/config-condition-off',
    order: 'safe',
    severity: 'warning',
    title: 'Chart condition now leaves a variable unset',
    needs: ['condition', 'environment', 'name', 'version', 'where', 'workload'],
    message: (f) =>
      inline`In ${f.environment} the chart no longer sets ${f.name} for ${f.workload} (the chart's condition for it is now false there); ${f.version} reads it${when(f.condition)} (${f.where}) — make sure that condition is false there too, or the container fails.`,
  }),
  configFlagOff: rule({
    id: 'env/config-flag-off',
    order: 'safe',
    severity: 'warning',
    title: 'Variable dropped together with its flag',
    needs: ['condition', 'environment', 'name', 'other', 'version', 'where', 'workload'],
    message: (f) =>
      inline`${f.name} is no longer set for ${f.workload} in ${f.environment}; ${f.version} reads it only when ${code(f.condition ?? '')} (${f.where}), and ${f.other} is not set there either and defaults to off — make sure that is intended.`,
  }),
  configRemovesUnchecked: rule({
    id: 'env/config-removes-unchecked',
    order: 'code-first',
    severity: 'warning',
    title: 'Cannot check deployed versions',
    needs: ['environments', 'name', 'workload'],
    message: (f) =>
      inline`${f.name} is no longer set for ${f.workload} in ${list(f.environments)}, and whether the deployed version reads it cannot be checked: no env.counterpart names the service's code. Drop it only once no deployed version reads it, or configure env.counterpart (see the README, "env-diff") so Lockstep checks it.`,
  }),
  configRemovesNoWorkload: rule({
    id: 'env/config-removes-no-workload',
    order: 'code-first',
    severity: 'warning',
    title: 'Cannot check this workload',
    needs: ['environments', 'name', 'source', 'workload'],
    message: (f) =>
      inline`${f.name} is no longer set for ${f.workload} in ${list(f.environments)}, but the code settings of ${f.source} name no ${f.workload} workload, so whether its deployed version reads it cannot be checked; add the workload's source globs to env.counterpart.code (or to env.code in that repository).`,
  }),
  versionUnknown: rule({
    id: 'env/version-unknown',
    order: 'blocked',
    severity: 'error',
    title: 'Deployed version cannot be read',
    needs: ['environment', 'environments', 'name', 'source', 'version', 'where'],
    message: (f) =>
      inline`${f.environment} ${f.environments.length > 1 ? 'pin' : 'pins'} ${f.version} (${f.where}), but ${f.source} has no release tag for it, so whether it reads ${f.name} cannot be checked; fix the image tag, push the release tag, or fetch the tags if that is a local clone.`,
  }),
  versionUnknownForMove: rule({
    id: 'env/version-unknown-for-move',
    order: null,
    severity: 'error',
    title: 'New deployed version cannot be read',
    needs: ['environment', 'environments', 'name', 'source', 'version', 'where'],
    message: (f) =>
      inline`${f.environment} ${moves(f)} to ${f.version} (${f.where}), but ${f.source} has no release tag for it, so its env reads cannot be checked against the chart; push the release tag first, fix the image tag, or fetch the tags if that is a local clone.`,
  }),
  codeAddsRequired: rule({
    id: 'env/code-adds-required',
    order: 'config-first',
    severity: 'warning',
    title: 'Code requires a new variable',
    needs: ['condition', 'environments', 'name', 'source', 'via', 'workload'],
    message: (f) =>
      f.environments.length
        ? inline`${f.workload} now requires ${f.name}${when(f.condition)}${reached(f)}, which is not set in ${list(f.environments)}: the new container would fail there${f.condition ? ' when that condition holds' : ''}. Merge and sync the config that sets it first — the running version ignores a variable it does not read, so the config can safely go first.`
        : inline`${f.workload} now requires ${f.name}${when(f.condition)}${reached(f)}: set it in the config before this container is deployed, or the container fails${f.source ? ` (not checked: ${f.source})` : ''}.`,
  }),
  codeAddsRequiredConfigReady: rule({
    id: 'env/code-adds-required-config-ready',
    order: 'safe',
    severity: 'notice',
    title: 'Code requires a variable the config already sets',
    needs: ['condition', 'name', 'source', 'via', 'workload'],
    message: (f) => inline`${f.workload} now requires ${f.name}${when(f.condition)}${reached(f)}, and ${f.source}: merge and deploy in any order.`,
  }),
  codeAddsOptional: rule({
    id: 'env/code-adds-optional',
    order: 'safe',
    severity: 'notice',
    title: 'Code reads a new optional variable',
    needs: ['default', 'name', 'workload'],
    message: (f) => inline`${f.workload} reads ${f.name} optionally (default ${fallback(f.default)}): environments that do not set it get the default, so any order is safe.`,
  }),
  codeBecomesOptional: rule({
    id: 'env/code-becomes-optional',
    order: 'safe',
    severity: 'notice',
    title: 'A read becomes optional',
    needs: ['default', 'name', 'workload'],
    message: (f) => inline`${f.workload} no longer requires ${f.name} (default ${fallback(f.default)}): any order is safe.`,
  }),
  codeBecomesConditional: rule({
    id: 'env/code-becomes-conditional',
    order: 'safe',
    severity: 'notice',
    title: 'A read becomes conditional',
    needs: ['condition', 'name', 'workload'],
    message: (f) => inline`${f.workload} now requires ${f.name} only${when(f.condition)}: any order is safe.`,
  }),
  codeDefaultChanged: rule({
    id: 'env/code-default-changed',
    order: 'safe',
    severity: 'notice',
    title: 'Default changed',
    needs: ['default', 'name', 'previous', 'workload'],
    message: (f) => inline`${f.workload}'s default for ${f.name} changes from ${fallback(f.previous)} to ${fallback(f.default)}: environments that do not set it change behaviour; check that the new default suits them, or set the old value there.`,
  }),
  codeRemovesRead: rule({
    id: 'env/code-removes-read',
    order: 'code-first',
    severity: 'notice',
    title: 'Code stops reading a variable',
    needs: ['environments', 'name', 'workload'],
    message: (f) =>
      inline`${f.workload} no longer reads ${f.name}: the config may drop it once every environment runs a version without the read${f.environments.length ? ` (set today in ${list(f.environments)})` : ''}; until then keep it.`,
  }),
  renamed: rule({
    id: 'env/renamed',
    order: 'together',
    severity: 'warning',
    title: 'Variable renamed',
    needs: ['environments', 'name', 'other', 'previous', 'workload'],
    message: (f) =>
      inline`${f.previous} is renamed to ${f.other} for ${f.workload}: a deployed version reads only one of the two names, so neither code nor config can go first alone${f.environments.length ? ` (${f.other} is not set in ${list(f.environments)})` : ''}. Set both names in the config first (and drop ${f.previous} once every environment runs a version that reads ${f.other}), or merge code and config together and sync once the new image is released.`,
  }),
  renamedConfigReady: rule({
    id: 'env/renamed-config-ready',
    order: 'safe',
    severity: 'notice',
    title: 'Variable renamed, config already sets the new name',
    needs: ['name', 'other', 'previous', 'workload', 'source'],
    message: (f) =>
      inline`${f.previous} is renamed to ${f.other} for ${f.workload}, and ${f.source}: merge this code first, then the config may drop ${f.previous} once every environment runs this version.`,
  }),
  newVersionMissing: rule({
    id: 'env/new-version-missing',
    order: 'blocked',
    severity: 'error',
    title: 'New version requires a variable the chart does not set',
    needs: ['environment', 'environments', 'name', 'version', 'where', 'workload'],
    message: (f) =>
      inline`${f.environment} ${moves(f)} to ${f.version}, whose ${f.workload} requires ${f.name} (${f.where}), but the chart does not set it there, so that container would fail: set it for ${f.environment} in this PR or before it.`,
  }),
  newVersionConditional: rule({
    id: 'env/new-version-conditional',
    order: 'config-first',
    severity: 'warning',
    title: 'New version reads a variable under a condition',
    needs: ['condition', 'environment', 'environments', 'name', 'version', 'where', 'workload'],
    message: (f) =>
      inline`${f.environment} ${moves(f)} to ${f.version}, whose ${f.workload} requires ${f.name}${when(f.condition)} (${f.where}); the chart does not set it there — set it if that condition holds in ${f.environment}.`,
  }),
  conditionOnMissing: rule({
    id: 'env/condition-on-missing',
    order: 'blocked',
    severity: 'error',
    title: 'A flag turns on without the variables it needs',
    needs: ['condition', 'environment', 'environments', 'name', 'other', 'version', 'where', 'workload'],
    message: (f) =>
      inline`${f.other} is now set for ${f.workload} in ${f.environment}, which turns on ${code(f.condition ?? '')} in ${f.version}: it then requires ${f.name} (${f.where}), which the chart does not set there; set it in the same change.`,
  }),
  conditionOnSet: rule({
    id: 'env/condition-on-set',
    order: 'safe',
    severity: 'notice',
    title: 'A flag turns on with the variables it needs',
    needs: ['condition', 'environment', 'environments', 'name', 'other', 'version', 'workload'],
    message: (f) => inline`${f.other} is now set for ${f.workload} in ${f.environment}, which turns on ${code(f.condition ?? '')} in ${f.version}: ${f.name}, which it then requires, is set there too.`,
  }),
  downgrade: rule({
    id: 'env/downgrade',
    order: null,
    severity: 'warning',
    title: 'Deployed version goes down',
    needs: ['name', 'environment', 'previous', 'version'],
    message: (f) => inline`${f.environment} moves from ${f.previous} down to ${f.version}: make sure this rollback is intended.`,
  }),
  majorDowngrade: rule({
    id: 'env/major-downgrade',
    order: null,
    severity: 'warning',
    title: 'DOWNGRADE ACROSS A MAJOR VERSION',
    needs: ['name', 'environment', 'previous', 'version'],
    message: (f) =>
      inline`${f.environment} moves from ${f.previous} down to ${f.version}, across a major version: message formats may no longer match the peer services. Roll back only if the peers are rolled back too.`,
  }),
  parityMissing: rule({
    id: 'env/parity-missing',
    order: null,
    severity: 'error',
    title: 'Workloads no longer get the same settings',
    needs: ['environments', 'name', 'where', 'workload'],
    message: (f) =>
      inline`${f.name} is set for ${f.workload} but not for ${list(f.environments)}${f.where ? ` (${f.where})` : ''}: env.parity says these workloads always get the same settings. Set it for ${list(f.environments)} too, or list it under env.parity-exempt if only ${f.workload} needs it.`,
  }),
  parityExpected: rule({
    id: 'env/parity-expected',
    order: null,
    severity: 'notice',
    title: 'Workloads differ as their code does',
    needs: ['environments', 'name', 'other', 'source', 'where'],
    message: (f) => inline`${f.name} is now ${f.source} ${list(f.environments)}, but only the code of ${f.other || 'none of them'} reads it (${f.where}): the workloads differ as their code does, so this is listed, not failed; nothing to do.`,
  }),
  parityDifferent: rule({
    id: 'env/parity-different',
    order: null,
    severity: 'error',
    title: 'Workloads get different settings',
    needs: ['environments', 'name', 'where'],
    message: (f) =>
      inline`${f.name} now has a different value or condition in ${list(f.environments)}${f.where ? ` (${f.where})` : ''}: env.parity says these workloads always get the same settings. Make them the same, or list it under env.parity-exempt if it belongs to one workload only.`,
  }),
  duplicateEntry: rule({
    id: 'env/duplicate-entry',
    order: null,
    severity: 'warning',
    title: 'Variable set twice',
    needs: ['name', 'where', 'workload'],
    message: (f) => inline`${f.workload} sets ${f.name} twice (also at ${f.where}); Kubernetes keeps the last one, which hides the first: remove the one that is not meant.`,
  }),
  unresolvedRead: rule({
    id: 'env/unresolved-read',
    order: null,
    severity: 'warning',
    title: 'Variable name built at run time',
    needs: ['name', 'workload'],
    message: (f) => inline`${f.workload} reads a variable whose name is built at run time (${f.name}); Lockstep cannot check that the config sets it. Check by hand, or name the variables it can read under env.extra-reads.`,
  }),
  pythonUnreadable: rule({
    id: 'env/python-unreadable',
    order: null,
    severity: 'warning',
    title: 'Python not fully read',
    needs: ['name', 'workload'],
    message: (f) =>
      inline`Lockstep's Python grammar could not read ${code(f.name)} in ${f.workload}; env reads near that line may be missed. Check the syntax (if it is valid Python, this is a gap in the grammar).`,
  }),
  dynamicEntries: rule({
    id: 'env/dynamic-entries',
    order: null,
    severity: 'notice',
    title: 'Env entries Lockstep cannot read',
    needs: ['name', 'workload'],
    message: (f) => inline`${f.workload}'s env list includes ${code(f.name)}, whose variable names Lockstep cannot read from the templates (values rendered with toYaml, a ConfigMap or Secret, a computed name); they are not compared. Check them by hand (the helm cross-check, --helm or the helm-cross-check input, renders values).`,
  }),
  dynamicEntriesRemoved: rule({
    id: 'env/dynamic-entries-removed',
    order: null,
    severity: 'warning',
    title: 'Env entries removed that Lockstep cannot read',
    needs: ['name', 'workload'],
    message: (f) =>
      inline`${f.workload}'s env list no longer includes ${code(f.name)}, whose variable names Lockstep cannot read from the templates, so whether a deployed version still needs what it set cannot be checked; check by hand that no deployed version reads those variables.`,
  }),
  helmUnavailable: rule({
    id: 'env/helm-unavailable',
    order: null,
    severity: 'notice',
    title: 'helm is not on PATH',
    needs: ['name'],
    message: () => inline`The helm cross-check was asked for, but helm is not on PATH; the templates are read without rendering only. Install helm on the runner to cross-check.`,
  }),
  helmFailed: rule({
    id: 'env/helm-failed',
    order: null,
    severity: 'notice',
    title: 'helm template failed',
    needs: ['environment', 'name'],
    message: (f) => inline`helm template failed for ${f.environment} (${f.name}); that environment is read from the templates without rendering only. Run helm template locally to see why.`,
  }),
  helmMismatch: rule({
    id: 'env/helm-mismatch',
    order: null,
    severity: 'warning',
    title: 'helm renders different env names',
    needs: ['name', 'environment', 'environments', 'other', 'workload'],
    message: (f) =>
      inline`In ${f.environment}, helm renders ${list(f.environments)} for ${f.workload}, which Lockstep's reading of the templates does not see, and does not render ${f.other}, which it sees; check those entries by hand (the findings above use Lockstep's reading).`,
  }),
};

export type RuleName = keyof typeof RULES;
