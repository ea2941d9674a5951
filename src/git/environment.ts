/**
 * The environment every git process gets: no prompt, C locale, none of the tokens the job
 * holds (git needs none of them; a fetch gets its header through `config`), and settings
 * passed as GIT_CONFIG_COUNT/KEY/VALUE so a token never appears in an argument list.
 */

/** Variables that hold credentials in a workflow job; git is given none of them. */
const SECRET_VARIABLES = /^(GITHUB_TOKEN|GH_TOKEN|INPUT_TOKEN|INPUT_GITHUB[-_]TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL)$/i;

export function gitEnvironment(config: readonly string[] = [], extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !SECRET_VARIABLES.test(name)) env[name] = value;
  Object.assign(env, { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, extra);
  // Settings already passed this way by the caller's environment are kept; ours come after them.
  const first = Number(env.GIT_CONFIG_COUNT ?? 0) || 0;
  config.forEach((setting, index) => {
    const equals = setting.indexOf('=');
    env[`GIT_CONFIG_KEY_${first + index}`] = setting.slice(0, equals);
    env[`GIT_CONFIG_VALUE_${first + index}`] = setting.slice(equals + 1);
  });
  if (config.length) env.GIT_CONFIG_COUNT = String(first + config.length);
  return env;
}
