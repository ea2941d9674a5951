/**
 * The starting .github/lockstep.yml from what init detected: YAML text with a comment on each
 * guess. Every value from the repository (paths, class names) is written as a JSON string,
 * which YAML reads as the same string whatever it holds.
 */
import type { Detected } from './detect.js';

const q = (text: string) => JSON.stringify(text);

export function renderStartingConfig(found: Detected): string {
  const lines = [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/lsst-dm/lockstep/main/lockstep.schema.json',
    '# Written by `lockstep init`; check each line (see the README, "Configuration"). Editors complete and explain each key from the schema above.',
  ];
  if (found.messages.length) {
    lines.push('messages:');
    for (const message of found.messages) {
      lines.push(
        `  - name: ${q(message.name)}`,
        `    schema: ${q(`${message.file}#${message.name}`)}`,
        '    role: both                 # the strictest: set producer or consumer',
        `    decoder: ${message.kind === 'pydantic' ? 'pydantic' : 'strict          # a dataclass read with cls(**message)'}`,
        '    # peer: {repository: owner/name, ref: main, schema: PATH.py#Class}   # the other side, checked against this head',
      );
    }
    lines.push('versioning:', `  source: ${found.versioning}`);
  }
  const env: string[] = [];
  if (found.codeGlobs.length) env.push('  code:', `    service: [${found.codeGlobs.map(q).join(', ')}]   # ${found.variables} variables read`);
  if (found.chart) {
    const { chart } = found;
    env.push('  chart:', `    path: ${q(chart.path)}`, `    workloads: {${Object.entries(chart.workloads).map(([name, file]) => `${q(name)}: ${q(file)}`).join(', ')}}`);
    if (chart.environments) env.push(`    environments: ${q(chart.environments)}`);
    if (chart.imageTag) env.push(`    image-tag: ${q(chart.imageTag)}`);
  }
  if (env.length) lines.push('env:', ...env, '  # counterpart: {repository: owner/name, ref: main}   # the other side: the chart that sets these variables, or the code that reads them');
  return `${lines.join('\n')}\n`;
}
