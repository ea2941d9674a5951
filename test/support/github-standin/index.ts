export { startGitHubStandin } from './server.js';
export type { GitHubStandin, StandinPull, StandinComment, StandinStatus, StandinWorkflow, StandinRun, StandinRequest, Fault } from './server.js';
export { openApi } from './openapi.js';
