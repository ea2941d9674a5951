/**
 * Properties shared by the short run (npm test) and the long one (test/fuzz): no template
 * text, values text or Python text makes the env readers throw anything but an InputError.
 */
import fc from 'fast-check';
import { InputError } from '../../../src/errors.js';
import { buildTemplateSet } from '../../../src/helm/template-set.js';
import { duplicateEntries, readWorkloadEnv } from '../../../src/helm/env-entries.js';
import { evaluateClause } from '../../../src/helm/values.js';
import { parseValuesFile } from '../../../src/helm/environments.js';
import { parsePython } from '../../../src/python/parse.js';
import { findEnvReads } from '../../../src/python/env-reads.js';

function onlyInputErrors(work: () => unknown): boolean {
  try {
    work();
    return true;
  } catch (error) {
    if (error instanceof InputError) return true;
    throw error;
  }
}

function readChart(files: Record<string, string>, workload: string): void {
  const set = buildTemplateSet(Object.entries(files).map(([path, text]) => ({ path, text })));
  const env = readWorkloadEnv(set, workload);
  duplicateEntries(env.entries);
}

const TEMPLATE_LINES = [
  'env:', '- name: A', 'name: B', 'value: x', 'value: {{ .Values.a }}', 'value: |-', 'valueFrom:', 'secretKeyRef:', 'key: k',
  '{{- if .Values.flag }}', '{{- else }}', '{{- else if .Values.other }}', '{{- end }}', '{{- with .Values.s3 }}', '{{- range .Values.list }}',
  '{{- include "helper" . | nindent 14 }}', '{{ template "helper" . }}', '{{- include (printf "%s" .Chart.Name) . }}',
  '{{- define "helper" -}}', '{{- define "other" -}}', '{{ include "other" . }}', '{{- toYaml .Values.env | nindent 12 }}',
  '{{/* a comment */}}', '{{- /* trimmed comment */ -}}', '"{{', '}}', '{{ "}}" }}', '{{ `raw }}` }}', '{{ "unterminated }}',
  'containers:', '  - name: c', '    env:', '#', '- name: {{ .name }}', 'value: {{ . }}', '{{', '{{-', '-}}', '{{ end }}{{ end }}',
];
const indent = fc.integer({ min: 0, max: 16 }).map((n) => ' '.repeat(n));
const templateLine = fc.oneof(
  fc.tuple(indent, fc.constantFrom(...TEMPLATE_LINES)).map(([space, line]) => space + line),
  fc.string({ maxLength: 30 }),
);
const templateish = fc.array(templateLine, { maxLength: 40 }).map((lines) => lines.join('\n') + '\n');

const PYTHON_LINES = [
  'import os', 'from os import environ, getenv', 'from os import environ as e', 'import os as o', 'x = os.environ["A"]', 'y = os.environ.get("B", 1)',
  'z = getenv(f"C_{k}")', 'if flag:', 'elif other:', 'else:', 'try:', 'except KeyError:', 'except (KeyError, ValueError) as err:', '    pass',
  '    v = e["D"]', '"E" in os.environ', 'os.environ["W"] = "1"', 'del os.environ["V"]', 'os.environ.setdefault("S", "x")', 'os.environ.pop()',
  'a = os.environ[', 'b = os.environ.get(', 'c = x if os.environ["F"] else y', 'def f(a=os.getenv("G")):', 'class K:', 'NAME = "H"',
  'n = os.environ[NAME]', 'os.getenv(key="I", default=None)', 'match x:', '    case 1:', '        q = os.environ["J"]', 'lambda: os.environ["L"]',
];
const pythonish = fc.array(fc.oneof(fc.constantFrom(...PYTHON_LINES), fc.string({ maxLength: 20 })), { maxLength: 30 }).map((lines) => lines.join('\n') + '\n');

export const envReaderProperties: Record<string, (runs: number) => void> = {
  'arbitrary text as a workload template': (runs) =>
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => onlyInputErrors(() => readChart({ 'templates/job.yaml': text }, 'templates/job.yaml'))), { numRuns: runs }),
  'template-looking text with a helpers file': (runs) =>
    fc.assert(
      fc.property(templateish, templateish, (job, helpers) =>
        onlyInputErrors(() => readChart({ 'templates/job.yaml': job, 'templates/_helpers.tpl': helpers }, 'templates/job.yaml')),
      ),
      { numRuns: runs },
    ),
  'arbitrary condition expressions': (runs) =>
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.boolean(), fc.constantFrom('if', 'with', 'range') as fc.Arbitrary<'if' | 'with' | 'range'>, (expression, negated, kind) => {
        const truth = evaluateClause({ kind, expression, negated }, { flag: true, s3: { a: '' } });
        return truth === true || truth === false || truth === 'unknown';
      }),
      { numRuns: runs },
    ),
  'arbitrary text as a values file': (runs) =>
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => onlyInputErrors(() => parseValuesFile(text, 'values.yaml'))), { numRuns: runs }),
  'arbitrary text as Python': (runs) =>
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => onlyInputErrors(() => findEnvReads(parsePython('m.py', text)))), { numRuns: runs }),
  'Python-looking env reads': (runs) =>
    fc.assert(
      fc.property(pythonish, (text) =>
        onlyInputErrors(() => {
          const reads = findEnvReads(parsePython('m.py', text));
          // Every read names a line of the file.
          if (reads.some((read) => read.line < 1 || read.line > text.split('\n').length)) throw new Error('line out of range');
        }),
      ),
      { numRuns: runs },
    ),
};
