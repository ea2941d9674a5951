/** Types of suites.mjs (the replays of `npm run replay`), for the tests. */
export function replaySuites(clones: Record<string, unknown>): unknown[];
/** The keys NVFO's code at `rev` adds to each fanned-out message at send time, name → type. */
export function nvfoSendTimeFields(dir: string, rev: string): Record<string, string>;
