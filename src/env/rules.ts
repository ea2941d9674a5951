/**
 * The env-diff rules, one row each: id, the order it implies, how loud it is, the facts
 * its message needs, and its one message. Decision tables (./decisions.ts) pick the rule
 * for a situation, first match wins; the wording lives only here. The tables of
 * docs/actions/env-diff.md and docs/messages.md are generated from these rows (`npm run docs`, `npm run messages`).
 */
import type { Severity } from '../report/model.js';
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
  message(facts: Pick<Facts, K>): string;
}

/** A row of the table, its facts typed by what it declares. */
function rule<K extends FactName>(row: EnvRule<K>): EnvRule<K> {
  return row;
}

/** "runs" for one environment, "run" for several. */
const runs = (f: Pick<Facts, 'environments'>) => (f.environments.length > 1 ? 'run' : 'runs');
const moves = (f: Pick<Facts, 'environments'>) => (f.environments.length > 1 ? 'move' : 'moves');
const list = (items: string[]) => (items.length ? items.join(', ') : 'none');
const when = (condition: string | null) => (condition ? ` when \`${condition}\`` : '');
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
    message: (f) => `${f.workload} now gets ${f.name}: an unknown variable is ignored, so merge and sync any time.`,
  }),
  configChanges: rule({
    id: 'env/config-changes',
    order: 'safe',
    severity: 'notice',
    title: 'Config changes a variable',
    needs: ['name', 'other', 'previous', 'workload'],
    message: (f) => `${f.workload} now gets ${f.name} ${f.other} (was ${f.previous}); the order does not matter, check the new setting is what every environment should get.`,
  }),
  configRemovesUnread: rule({
    id: 'env/config-removes-unread',
    order: 'safe',
    severity: 'notice',
    title: 'Config drops a variable no deployed version reads',
    needs: ['environments', 'name', 'workload'],
    message: (f) => `${f.name} is no longer set for ${f.workload} in ${list(f.environments)}; the version deployed there does not read it.`,
  }),
  configRemovesRequired: rule({
    id: 'env/config-removes-required',
    order: 'blocked',
    severity: 'error',
    title: 'Config drops a variable a deployed version requires',
    needs: ['condition', 'environment', 'environments', 'name', 'version', 'where', 'workload'],
    message: (f) =>
      `${f.environment} ${runs(f)} ${f.version}, whose ${f.workload} requires ${f.name}${when(f.condition)} (${f.where}); do not sync ${f.environment} until ${f.environments.length > 1 ? 'they run' : 'it runs'} a version that does not read ${f.name}.`,
  }),
  configRemovesOptional: rule({
    id: 'env/config-removes-optional',
    order: 'safe',
    severity: 'warning',
    title: 'Config drops a variable a deployed version reads',
    needs: ['default', 'environment', 'environments', 'name', 'version', 'where', 'workload'],
    message: (f) =>
      `${f.environment} ${runs(f)} ${f.version}, whose ${f.workload} reads ${f.name} optionally (${f.where}); after the sync it falls back to the default ${fallback(f.default)}.`,
  }),
  configConditionOff: rule({
    id: 'env/config-condition-off',
    order: 'safe',
    severity: 'warning',
    title: 'Chart condition now leaves a variable unset',
    needs: ['condition', 'environment', 'name', 'version', 'where', 'workload'],
    message: (f) =>
      `In ${f.environment} the chart no longer sets ${f.name} for ${f.workload} (its condition is off); ${f.version} reads it${when(f.condition)} (${f.where}) — make sure that flag is off there too.`,
  }),
  configFlagOff: rule({
    id: 'env/config-flag-off',
    order: 'safe',
    severity: 'warning',
    title: 'Variable dropped together with its flag',
    needs: ['condition', 'environment', 'name', 'other', 'version', 'where', 'workload'],
    message: (f) =>
      `${f.name} is no longer set for ${f.workload} in ${f.environment}; ${f.version} reads it only when \`${f.condition}\` (${f.where}), and ${f.other} is not set there either and defaults to off — make sure that is intended.`,
  }),
  configRemovesUnchecked: rule({
    id: 'env/config-removes-unchecked',
    order: 'code-first',
    severity: 'warning',
    title: 'Cannot check deployed versions',
    needs: ['environments', 'name', 'workload'],
    message: (f) =>
      `${f.name} is no longer set for ${f.workload} in ${list(f.environments)}, and no counterpart code is configured to tell whether the deployed version reads it (env.counterpart); drop it only once no deployed version reads it.`,
  }),
  configRemovesNoWorkload: rule({
    id: 'env/config-removes-no-workload',
    order: 'code-first',
    severity: 'warning',
    title: 'Cannot check this workload',
    needs: ['environments', 'name', 'source', 'workload'],
    message: (f) =>
      `${f.name} is no longer set for ${f.workload} in ${list(f.environments)}, but the code settings of ${f.source} name no ${f.workload} workload, so whether its deployed version reads it cannot be checked; add the workload's globs to env.counterpart.code (or env.code).`,
  }),
  versionUnknown: rule({
    id: 'env/version-unknown',
    order: 'blocked',
    severity: 'error',
    title: 'Deployed version cannot be read',
    needs: ['environment', 'environments', 'name', 'source', 'version', 'where'],
    message: (f) =>
      `${f.environment} ${f.environments.length > 1 ? 'pin' : 'pins'} ${f.version} (${f.where}), but ${f.source} has no release tag for it, so whether it reads ${f.name} cannot be checked; fix the image tag, push the release tag, or fetch the tags if that is a local clone.`,
  }),
  versionUnknownForMove: rule({
    id: 'env/version-unknown-for-move',
    order: null,
    severity: 'error',
    title: 'New deployed version cannot be read',
    needs: ['environment', 'environments', 'name', 'source', 'version', 'where'],
    message: (f) =>
      `${f.environment} ${moves(f)} to ${f.version} (${f.where}), but ${f.source} has no release tag for it, so its env reads cannot be checked against the chart; push the release tag first, fix the image tag, or fetch the tags if that is a local clone.`,
  }),
  codeAddsRequired: rule({
    id: 'env/code-adds-required',
    order: 'config-first',
    severity: 'warning',
    title: 'Code requires a new variable',
    needs: ['condition', 'environments', 'name', 'source', 'via', 'workload'],
    message: (f) =>
      f.environments.length
        ? `${f.workload} requires ${f.name}${when(f.condition)}${reached(f)}: merge and sync the config that sets it first (not set in ${list(f.environments)}); an unknown variable is ignored, so the config can go before this container.`
        : `${f.workload} requires ${f.name}${when(f.condition)}${reached(f)}: the config must set it before this container is deployed${f.source ? ` — ${f.source}` : ''}.`,
  }),
  codeAddsOptional: rule({
    id: 'env/code-adds-optional',
    order: 'safe',
    severity: 'notice',
    title: 'Code reads a new optional variable',
    needs: ['default', 'name', 'workload'],
    message: (f) => `${f.workload} reads ${f.name} optionally (default ${fallback(f.default)}): safe in any order.`,
  }),
  codeBecomesOptional: rule({
    id: 'env/code-becomes-optional',
    order: 'safe',
    severity: 'notice',
    title: 'A read becomes optional',
    needs: ['default', 'name', 'workload'],
    message: (f) => `${f.workload} no longer requires ${f.name} (default ${fallback(f.default)}): safe in any order.`,
  }),
  codeBecomesConditional: rule({
    id: 'env/code-becomes-conditional',
    order: 'safe',
    severity: 'notice',
    title: 'A read becomes conditional',
    needs: ['condition', 'name', 'workload'],
    message: (f) => `${f.workload} now requires ${f.name} only${when(f.condition)}: safe in any order.`,
  }),
  codeDefaultChanged: rule({
    id: 'env/code-default-changed',
    order: 'safe',
    severity: 'notice',
    title: 'Default changed',
    needs: ['default', 'name', 'previous', 'workload'],
    message: (f) => `${f.workload}'s default for ${f.name} changes from ${fallback(f.previous)} to ${fallback(f.default)}: environments that do not set it change behaviour.`,
  }),
  codeRemovesRead: rule({
    id: 'env/code-removes-read',
    order: 'code-first',
    severity: 'notice',
    title: 'Code stops reading a variable',
    needs: ['environments', 'name', 'workload'],
    message: (f) =>
      `${f.workload} no longer reads ${f.name}: the config may drop it once every environment runs a version without the read${f.environments.length ? ` (set today in ${list(f.environments)})` : ''}.`,
  }),
  renamed: rule({
    id: 'env/renamed',
    order: 'together',
    severity: 'warning',
    title: 'Variable renamed',
    needs: ['environments', 'name', 'other', 'previous', 'workload'],
    message: (f) =>
      `${f.previous} is renamed ${f.other} for ${f.workload}: no order of code and config is compatible on its own — merge both together, and sync after the new container exists${f.environments.length ? ` (${f.other} is not set in ${list(f.environments)})` : ''}.`,
  }),
  renamedConfigReady: rule({
    id: 'env/renamed-config-ready',
    order: 'safe',
    severity: 'notice',
    title: 'Variable renamed, config already sets the new name',
    needs: ['name', 'other', 'previous', 'workload', 'source'],
    message: (f) =>
      `${f.previous} is renamed ${f.other} for ${f.workload}, and ${f.source}: merge this code first, then the config may drop ${f.previous} once every environment runs it.`,
  }),
  newVersionMissing: rule({
    id: 'env/new-version-missing',
    order: 'blocked',
    severity: 'error',
    title: 'New version requires a variable the chart does not set',
    needs: ['environment', 'environments', 'name', 'version', 'where', 'workload'],
    message: (f) =>
      `${f.environment} ${moves(f)} to ${f.version}, whose ${f.workload} requires ${f.name} (${f.where}), but the chart does not set it there; set it before (or with) the version change.`,
  }),
  newVersionConditional: rule({
    id: 'env/new-version-conditional',
    order: 'config-first',
    severity: 'warning',
    title: 'New version reads a variable under a condition',
    needs: ['condition', 'environment', 'environments', 'name', 'version', 'where', 'workload'],
    message: (f) =>
      `${f.environment} ${moves(f)} to ${f.version}, whose ${f.workload} requires ${f.name}${when(f.condition)} (${f.where}); the chart does not set it there — set it if that condition holds.`,
  }),
  conditionOnMissing: rule({
    id: 'env/condition-on-missing',
    order: 'blocked',
    severity: 'error',
    title: 'A flag turns on without the variables it needs',
    needs: ['condition', 'environment', 'environments', 'name', 'other', 'version', 'where', 'workload'],
    message: (f) =>
      `${f.other} is now set for ${f.workload} in ${f.environment}, which turns on \`${f.condition}\` in ${f.version}: it then requires ${f.name} (${f.where}), which the chart does not set there; set it in the same change.`,
  }),
  conditionOnSet: rule({
    id: 'env/condition-on-set',
    order: 'safe',
    severity: 'notice',
    title: 'A flag turns on with the variables it needs',
    needs: ['condition', 'environment', 'environments', 'name', 'other', 'version', 'workload'],
    message: (f) => `${f.other} is now set for ${f.workload} in ${f.environment}, which turns on \`${f.condition}\` in ${f.version}: ${f.name}, which it then requires, is set there too.`,
  }),
  downgrade: rule({
    id: 'env/downgrade',
    order: null,
    severity: 'warning',
    title: 'Deployed version goes down',
    needs: ['name', 'environment', 'previous', 'version'],
    message: (f) => `${f.environment} moves from ${f.previous} down to ${f.version}: make sure this rollback is intended.`,
  }),
  majorDowngrade: rule({
    id: 'env/major-downgrade',
    order: null,
    severity: 'warning',
    title: 'DOWNGRADE ACROSS A MAJOR VERSION',
    needs: ['name', 'environment', 'previous', 'version'],
    message: (f) =>
      `${f.environment} moves from ${f.previous} down to ${f.version}, across a major version: message formats may no longer match the peer services. Roll back only if the peers are rolled back too.`,
  }),
  parityMissing: rule({
    id: 'env/parity-missing',
    order: null,
    severity: 'error',
    title: 'Workloads no longer get the same settings',
    needs: ['environments', 'name', 'where', 'workload'],
    message: (f) =>
      `${f.name} is set for ${f.workload} but not for ${list(f.environments)}${f.where ? ` (${f.where})` : ''}: these workloads must always get the same settings (list it under env.parity-exempt if it belongs to one workload only).`,
  }),
  parityExpected: rule({
    id: 'env/parity-expected',
    order: null,
    severity: 'notice',
    title: 'Workloads differ as their code does',
    needs: ['environments', 'name', 'other', 'source', 'where'],
    message: (f) => `${f.name} is now ${f.source} ${list(f.environments)}, but only the code of ${f.other || 'none of them'} reads it (${f.where}): expected drift, listed, not failed.`,
  }),
  parityDifferent: rule({
    id: 'env/parity-different',
    order: null,
    severity: 'error',
    title: 'Workloads get different settings',
    needs: ['environments', 'name', 'where'],
    message: (f) =>
      `${f.name} now has a different value or condition in ${list(f.environments)}${f.where ? ` (${f.where})` : ''}: these workloads must always get the same settings (list it under env.parity-exempt if it belongs to one workload only).`,
  }),
  duplicateEntry: rule({
    id: 'env/duplicate-entry',
    order: null,
    severity: 'warning',
    title: 'Variable set twice',
    needs: ['name', 'where', 'workload'],
    message: (f) => `${f.workload} sets ${f.name} twice (also at ${f.where}); Kubernetes keeps the last one, which hides the first.`,
  }),
  unresolvedRead: rule({
    id: 'env/unresolved-read',
    order: null,
    severity: 'warning',
    title: 'Variable name built at run time',
    needs: ['name', 'workload'],
    message: (f) => `${f.workload} reads a variable whose name is built at run time (${f.name}); Lockstep cannot check that the config sets it.`,
  }),
  pythonUnreadable: rule({
    id: 'env/python-unreadable',
    order: null,
    severity: 'warning',
    title: 'Python not fully read',
    needs: ['name', 'workload'],
    message: (f) =>
      `Lockstep's Python grammar could not read \`${f.name}\` in ${f.workload}; env reads near that line may be missed. Check the syntax (if it is valid Python, this is a gap in the grammar).`,
  }),
  dynamicEntries: rule({
    id: 'env/dynamic-entries',
    order: null,
    severity: 'notice',
    title: 'Env entries not readable statically',
    needs: ['name', 'workload'],
    message: (f) => `${f.workload}'s env list includes \`${f.name}\`, whose entries depend on values; they are not compared.`,
  }),
  dynamicEntriesRemoved: rule({
    id: 'env/dynamic-entries-removed',
    order: null,
    severity: 'warning',
    title: 'Env entries removed that cannot be read statically',
    needs: ['name', 'workload'],
    message: (f) =>
      `${f.workload}'s env list no longer includes \`${f.name}\`, which Lockstep cannot read statically, so whether a deployed version still needs what it set cannot be checked; check by hand that no deployed version reads those variables.`,
  }),
  helmUnavailable: rule({
    id: 'env/helm-unavailable',
    order: null,
    severity: 'notice',
    title: 'helm is not on PATH',
    needs: ['name'],
    message: () => 'The helm cross-check was asked for, but helm is not on PATH; the static reading of the templates is used alone.',
  }),
  helmFailed: rule({
    id: 'env/helm-failed',
    order: null,
    severity: 'notice',
    title: 'helm template failed',
    needs: ['environment', 'name'],
    message: (f) => `helm template failed for ${f.environment} (${f.name}); the static reading is used alone there.`,
  }),
  helmMismatch: rule({
    id: 'env/helm-mismatch',
    order: null,
    severity: 'warning',
    title: 'helm renders different env names',
    needs: ['name', 'environment', 'environments', 'other', 'workload'],
    message: (f) =>
      `In ${f.environment}, helm renders ${list(f.environments)} for ${f.workload} that the static reading does not see, and does not render ${f.other} that it sees; check those entries by hand.`,
  }),
};

export type RuleName = keyof typeof RULES;
