/** The gate's states and the JSON contract of `lockstep gate` (README, "pipelines-gate"). */
export const GATE_STATES = ['waiting-for-upstream-merge', 'waiting-for-daily-container', 'building-base', 'testing', 'passed', 'failed'] as const;
export type GateState = (typeof GATE_STATES)[number];

export type GateStatus = 'pending' | 'success' | 'failure';

export interface DependencyJson {
  repository: string;
  number: number;
  merged: boolean;
  mergedAt: string | null;
}

export interface RunJson {
  /** Workflow run id; null while a dispatched run has not shown up yet. */
  run: number | null;
  conclusion: string | null;
}

export interface PrGateJson {
  number: number;
  head: string;
  state: GateState;
  dependencies: DependencyJson[];
  daily: { tag: string; digest: string; created: string } | null;
  base: RunJson | null;
  tests: RunJson | null;
  status: GateStatus;
  description: string;
}

export interface GateJson {
  prs: PrGateJson[];
  apiCalls: number;
}
