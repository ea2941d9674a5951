/** The events the gate runs on (event-mode.ts says what each asks for); the root action runs the gate on these only. */
export const GATE_EVENTS = ['pull_request', 'pull_request_target', 'schedule', 'workflow_dispatch', 'workflow_run', 'merge_group'] as const;
