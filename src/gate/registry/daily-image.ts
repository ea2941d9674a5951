/**
 * The first daily image created after the last upstream merge. Daily tags are
 * dated, so each candidate date's tag is asked for directly, oldest first,
 * from the merge's UTC date to today; the first whose config `created` is
 * after the merge is the one. A tag dated the merge day but built before the
 * merge does not count: it cannot contain the merged work.
 */
import { DAY_MS, formatDated, utcDay } from '../daily-tag.js';
import { MEDIA_TYPES, RegistryError, type OciRegistryClient } from './oci-client.js';

export interface DailyImage {
  tag: string;
  /** Digest of what the tag points at (the index, for a multi-platform image). */
  digest: string;
  /** The image config's `created` (ISO 8601). */
  created: string;
}

export interface CheckedTag {
  tag: string;
  outcome: 'missing' | 'before-merge' | 'after-merge';
  created?: string;
}

export interface DailySearch {
  found?: DailyImage;
  checked: CheckedTag[];
}

export interface DailySearchOptions {
  image: string;
  tagTemplate: string;
  /** The last upstream merge. */
  after: Date;
  now: Date;
  /** Candidate dates asked at most (default 14). */
  maxDays?: number;
  /** Platform whose config is read from an index (default linux/amd64). */
  platform?: { os: string; architecture: string };
}

export async function findDailyAfter(client: OciRegistryClient, options: DailySearchOptions): Promise<DailySearch> {
  const checked: CheckedTag[] = [];
  const first = utcDay(options.after).getTime();
  const last = utcDay(options.now).getTime();
  const maxDays = options.maxDays ?? 14;
  for (let day = first, count = 0; day <= last && count < maxDays; day += DAY_MS, count += 1) {
    const tag = formatDated(options.tagTemplate, new Date(day));
    const image = await readImage(client, options.image, tag, options.platform ?? { os: 'linux', architecture: 'amd64' });
    if (!image) {
      checked.push({ tag, outcome: 'missing' });
      continue;
    }
    if (Date.parse(image.created) > options.after.getTime()) {
      checked.push({ tag, outcome: 'after-merge', created: image.created });
      return { found: image, checked };
    }
    checked.push({ tag, outcome: 'before-merge', created: image.created });
  }
  return { checked };
}

/** Tag → digest and config `created`, through an index or manifest list when there is one. */
export async function readImage(
  client: OciRegistryClient,
  repository: string,
  tag: string,
  platform: { os: string; architecture: string },
): Promise<DailyImage | undefined> {
  const top = await client.getManifest(repository, tag);
  if (!top) return undefined;
  let manifest = top.manifest;
  if (top.mediaType === MEDIA_TYPES.ociIndex || top.mediaType === MEDIA_TYPES.dockerList) {
    const entries = (manifest.manifests as { digest: string; platform?: { os?: string; architecture?: string } }[] | undefined) ?? [];
    const chosen =
      entries.find((entry) => entry.platform?.os === platform.os && entry.platform?.architecture === platform.architecture) ??
      entries.find((entry) => entry.platform?.os === platform.os && entry.platform?.architecture !== 'unknown');
    if (!chosen) throw new RegistryError(`${repository}:${tag} has no ${platform.os}/${platform.architecture} image in its index`);
    const inner = await client.getManifest(repository, chosen.digest);
    if (!inner) throw new RegistryError(`${repository}:${tag} names ${chosen.digest}, which the registry does not have`);
    manifest = inner.manifest;
  } else if (top.mediaType !== MEDIA_TYPES.ociManifest && top.mediaType !== MEDIA_TYPES.dockerManifest) {
    throw new RegistryError(`${repository}:${tag} is a ${top.mediaType || 'manifest of unknown type'}, not an image`);
  }
  const configDigest = (manifest.config as { digest?: string } | undefined)?.digest;
  if (!configDigest) throw new RegistryError(`${repository}:${tag}: manifest has no config`);
  const config = await client.getJsonBlob(repository, configDigest);
  const created = typeof config.created === 'string' ? config.created : undefined;
  if (!created || Number.isNaN(Date.parse(created))) throw new RegistryError(`${repository}:${tag}: image config has no valid 'created' time`);
  return { tag, digest: top.digest, created };
}
