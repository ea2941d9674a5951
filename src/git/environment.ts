/**
 * The environment every git process gets: no prompt, C locale, none of the tokens the job
 * holds (git needs none of them; a fetch gets its header through `config`), and settings
 * passed as GIT_CONFIG_COUNT/KEY/VALUE so a token never appears in an argument list.
 *
 * Every process gets `safe.bareRepository=explicit`: a folder with HEAD, objects/ and refs/
 * committed in a pull request is a bare repository git would otherwise find from a working
 * folder inside it, and honour its config (hooks, fsmonitor, diff drivers). A bare repository
 * Lockstep opens on purpose is named through GIT_DIR (see GitRepository).
 */

/** Variables that hold credentials in a workflow job; git is given none of them. */
/** Settings every git process gets, before any the caller passes. */
export const SAFE_SETTINGS: readonly string[] = ['safe.bareRepository=explicit'];

const SECRET_VARIABLES = /^(GITHUB_TOKEN|GH_TOKEN|INPUT_TOKEN|INPUT_GITHUB[-_]TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL)$/i;

export function gitEnvironment(config: readonly string[] = [], extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !SECRET_VARIABLES.test(name)) env[name] = value;
  Object.assign(env, { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, extra);
  // Settings already passed this way by the caller's environment are kept; ours come after them.
  const first = Number(env.GIT_CONFIG_COUNT ?? 0) || 0;
  const settings = [...SAFE_SETTINGS, ...config];
  settings.forEach((setting, index) => {
    const equals = setting.indexOf('=');
    env[`GIT_CONFIG_KEY_${first + index}`] = setting.slice(0, equals);
    env[`GIT_CONFIG_VALUE_${first + index}`] = setting.slice(equals + 1);
  });
  env.GIT_CONFIG_COUNT = String(first + settings.length);
  return env;
}
