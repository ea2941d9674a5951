/**
 * Tag → version: the one parser of version tags, for git release tags (schema-diff's releases)
 * and image tags (env-diff's deployed versions) alike, since one project spells its releases one
 * way in both (`v2.0` vs `2.0.0`, issue 11: the two parsers differed).
 *
 * Accepted, after an optional `refs/tags/` and surrounding white space:
 * - a semantic version with an optional `v`/`V` (`2.1.0`, `v2.1.0`, `V2.1.0-rc1`), read loosely
 *   as semver's loose mode does (`=2.1.0`, `2.1.0rc1`);
 * - the short forms `X.Y` and `vX` / `vX.Y`, completed with zeros (`v2.0` → 2.0.0): real
 *   repositories tag releases so (nvfo tags v2.0, v2.1, v2.2).
 * Refused: a bare number without `v` (`3`, `20240101`, `1234`): dates and build numbers are
 * spelled so far more often than releases, and reading one as version 20240101.0.0 would make
 * it every project's newest release. Anything else (`latest`, `w.2026.10`, `sha-abc`) is no version.
 */
import semver from 'semver';

/** A tag without its `v`/`V` prefix (`v2.0` → `2.0`; `vault` stays). */
export function withoutV(tag: string): string {
  return tag.replace(/^v(?=\d)/i, '');
}

export function tagVersion(tag: string): semver.SemVer | null {
  const written = tag.trim().replace(/^refs\/tags\//, '');
  const cleaned = withoutV(written);
  const exact = semver.valid(cleaned, { loose: true });
  if (exact) return new semver.SemVer(exact, { loose: true });
  const short = cleaned === written ? /^\d+\.\d+$/ : /^\d+(\.\d+)?$/;
  return short.test(cleaned) ? semver.coerce(cleaned) : null;
}
