/**
 * `--helm` / `helm-cross-check: true`: render each environment with helm and compare the
 * env names each workload gets with the static reading. Differences are warnings for a
 * human; the static reading still decides the verdict.
 */
import type { GitRepository } from '../git/repository.js';
import type { ChartSnapshot } from '../helm/chart-snapshot.js';
import { renderChart, renderedEnvBySource, sourceInChart } from '../helm/helm-render.js';
import { effectiveEnv, isSet } from './chart-diff.js';
import { EnvFindings } from './findings.js';
import { RULES } from './rules.js';

/** The chart's folder in a repository at a revision. */
export interface ChartAt {
  repository: GitRepository;
  revision: string;
  chartDir: string;
}

export async function crossCheckWithHelm(helm: string | null, { repository, revision, chartDir }: ChartAt, snapshot: ChartSnapshot): Promise<EnvFindings> {
  const out = new EnvFindings();
  if (!helm) {
    out.hit(RULES.helmUnavailable, { name: 'helm' });
    return out;
  }
  const chartName = snapshot.metadata.name ?? chartDir.split('/').pop()!;
  for (const environment of snapshot.environments) {
    let rendered: Map<string, Set<string>>;
    try {
      const output = await renderChart(helm, repository, revision, { chartDir, valuesFile: environment.file, valuesPrefix: snapshot.valuesPrefix, values: environment.values });
      rendered = new Map([...renderedEnvBySource(output)].map(([source, names]) => [sourceInChart(source), names]));
    } catch (error) {
      out.hit(RULES.helmFailed, { name: (error as Error).message.split('\n')[0]!, environment: environment.name }, { file: environment.file });
      continue;
    }
    const effective = effectiveEnv(snapshot, environment);
    for (const [workload, file] of snapshot.workloadFiles) {
      const names = rendered.get(`${chartName}/${file.slice(chartDir.length + 1)}`);
      if (!names) continue; // a _helper.tpl workload renders through another template
      const statically = [...(effective.get(workload)?.keys() ?? [])].filter((name) => isSet(effective, workload, name));
      const missed = [...names].filter((name) => !statically.includes(name)).sort();
      const extra = statically.filter((name) => !names.has(name)).sort();
      if (missed.length || extra.length) {
        out.hit(RULES.helmMismatch, { name: [...missed, ...extra].join(', '), workload, environment: environment.name, environments: missed, other: extra.join(', ') || 'none' }, { file });
      }
    }
  }
  return out;
}
