/**
 * `env:` as pairs: the single-object form is one unnamed pair, the list form one named pair per
 * entry. Every env-diff step works on one pair; this is the one place that knows both forms.
 */
import { InputError } from '../errors.js';
import type { EnvConfig, EnvSection } from './schema.js';
import type { YamlPath } from './yaml.js';

export interface EnvPair {
  /** The entry's `name`; null for the single-object form (whose reports keep their one-pair shape). */
  name: string | null;
  config: EnvConfig;
  /** Where the pair is in the configuration: ['env'] or ['env', index] (for error lines). */
  keyPath: YamlPath;
}

export function envPairs(env: EnvSection): EnvPair[] {
  if (!Array.isArray(env)) return [{ name: null, config: env, keyPath: ['env'] }];
  return env.map((pair, index) => ({ name: pair.name, config: pair, keyPath: ['env', index] }));
}

/**
 * The pairs one run checks: every pair, or the one named `name` (`--pair`, the `pair` input).
 * An unknown name is exit 2 naming the configured pairs.
 */
export function pairsToCheck(pairs: EnvPair[], name: string | undefined, configFile: string): EnvPair[] {
  if (name === undefined) return pairs;
  const named = pairs.filter((pair) => pair.name === name);
  if (named.length) return named;
  const names = pairs.flatMap((pair) => (pair.name === null ? [] : [pair.name]));
  if (!names.length) {
    throw new InputError(`no env pair named ${JSON.stringify(name)}: env: is a single pair, without names`, {
      file: configFile,
      hint: 'Leave out the pair (--pair, the pair input): a single-object env: is checked whole. Pairs have names when env: is a list.',
    });
  }
  throw new InputError(`no env pair named ${JSON.stringify(name)}; the configuration names ${names.join(', ')}`, {
    file: configFile,
    hint: `Name one of ${names.join(', ')} (or leave out the pair to check every pair).`,
  });
}

/** "env" or "env[1] (next-visit-fan-out)": how messages name a pair. */
export function pairLabel(pair: EnvPair): string {
  return pair.name === null ? 'env' : `env[${pair.keyPath[1]}] (${pair.name})`;
}

/**
 * The pair of another repository's configuration that describes ours: the one named `name`
 * when given, else its only pair with the side we need. A list with several such pairs and
 * no name is ambiguous: exit 2 asking for `env.counterpart.pair`.
 */
export function selectPair(env: EnvSection | undefined, side: 'code' | 'chart', name: string | undefined, label: string): EnvConfig | undefined {
  if (env === undefined || !Array.isArray(env)) return env;
  const names = env.map((pair) => pair.name).join(', ');
  if (name !== undefined) {
    const named = env.find((pair) => pair.name === name);
    if (named) return named;
    throw new InputError(`env.counterpart.pair: ${label} has no env pair named ${JSON.stringify(name)}; its pairs: ${names}`, {
      hint: `Set env.counterpart.pair to one of ${names}.`,
    });
  }
  const withSide = env.filter((pair) => pair[side] !== undefined);
  if (withSide.length <= 1) return withSide[0];
  throw new InputError(`${label} holds several env pairs with a ${side} section (${withSide.map((pair) => pair.name).join(', ')}); which one is this pair's counterpart?`, {
    hint: 'Set env.counterpart.pair to the name of the pair in that configuration.',
  });
}
