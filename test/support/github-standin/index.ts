export { startGitHubStandin } from './server.js';
export type { GitHubStandin, StandinPull, StandinComment, StandinStatus, StandinWorkflow, StandinRun, StandinRequest, StandinReaction, Fault } from './server.js';
export { openApi } from './openapi.js';
