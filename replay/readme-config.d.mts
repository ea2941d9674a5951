/** Types of readme-config.mjs (the README's own env configurations, read by the replay and the tests). */
export type ReadmeEnv = Record<string, unknown> & {
  chart?: Record<string, unknown>;
  counterpart?: Record<string, unknown>;
  'extra-reads'?: Record<string, unknown[]>;
};
export function readmeEnv(heading: string, text?: string): ReadmeEnv;
export function readmeConfigs(text?: string): { pp: ReadmeEnv; phalanx: ReadmeEnv };
