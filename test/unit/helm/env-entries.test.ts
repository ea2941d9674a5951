import { describe, expect, it } from '@jest/globals';
import { buildTemplateSet } from '../../../src/helm/template-set.js';
import { duplicateEntries, MAX_ENV_ENTRIES, MAX_INCLUDE_DEPTH, readWorkloadEnv } from '../../../src/helm/env-entries.js';
import { InputError } from '../../../src/errors.js';

const SCALED_JOB = `apiVersion: keda.sh/v1alpha1
kind: ScaledJob
metadata:
  name: {{ include "prompt-keda.fullname" . }}
spec:
  jobTargetRef:
    template:
      spec:
        containers:
          - name: {{ .Values.instrument.name | lower }}
            image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
            env:
              - name: PLATFORM
                value: keda
              - name: "RUBIN_INSTRUMENT"
                value: {{ .Values.instrument.name }}
              - name: MAIN_PIPELINES_CONFIG
                value: |-
                  {{- .Values.instrument.pipelines.main | nindent 18 }}
              {{- if .Values.s3.auth_env }}
              - name: AWS_ACCESS_KEY_ID
                valueFrom:
                  secretKeyRef:
                    name: {{ template "prompt-keda.fullname" . }}-secret
                    key: s3_access_key
              {{- else }}
              - name: AWS_PROFILE
                value: default
              {{- end }}
              {{- with .Values.s3.checksum }}
              - name: AWS_REQUEST_CHECKSUM_CALCULATION
                value: {{ . }}
              {{- end }}
              {{- include "prompt-keda.s3-env" . | nindent 14 }}
              - name: DEBUG_EXPORT_OUTPUTS
                value: {{ if .Values.debug.exportOutputs }}'1'{{ else }}'0'{{ end }}
            volumeMounts:
              - mountPath: /tmp-butler
                name: ephemeral
`;
const HELPERS = `{{- define "prompt-keda.fullname" -}}
{{ .Chart.Name }}
{{- end }}
{{- define "prompt-keda.s3-env" -}}
- name: S3_ENDPOINT_URL
  value: {{ .Values.s3.endpointUrl }}
{{- if .Values.butler_writer.enabled }}
{{ include "prompt-keda.butler-writer-env" . }}
{{- end }}
{{- end }}
{{- define "prompt-keda.butler-writer-env" -}}
- name: BUTLER_WRITER_TOPIC
  value: {{ .Values.butler_writer.topic }}
{{- end }}
`;

function entries(files: Record<string, string>, workload: string) {
  const set = buildTemplateSet(Object.entries(files).map(([path, text]) => ({ path, text })));
  return readWorkloadEnv(set, workload);
}

describe('readWorkloadEnv', () => {
  const read = entries({ 'templates/scaled-job.yaml': SCALED_JOB, 'templates/_helpers.tpl': HELPERS }, 'templates/scaled-job.yaml');
  const byName = Object.fromEntries(read.entries.map((entry) => [entry.name, entry]));
  /** The entry of one variable; fails the test when there is none. */
  const named = (name: string) => {
    const entry = byName[name];
    if (!entry) throw new Error(`no entry for ${name}`);
    return entry;
  };

  it('reads every entry of the container env list with its value and line', () => {
    expect(read.entries.map((entry) => entry.name)).toEqual([
      'PLATFORM',
      'RUBIN_INSTRUMENT',
      'MAIN_PIPELINES_CONFIG',
      'AWS_ACCESS_KEY_ID',
      'AWS_PROFILE',
      'AWS_REQUEST_CHECKSUM_CALCULATION',
      'S3_ENDPOINT_URL',
      'BUTLER_WRITER_TOPIC',
      'DEBUG_EXPORT_OUTPUTS',
    ]);
    expect(byName.PLATFORM).toMatchObject({ value: 'keda', condition: null, line: 13, file: 'templates/scaled-job.yaml' });
    expect(named('RUBIN_INSTRUMENT').value).toBe('{{ .Values.instrument.name }}');
    expect(named('MAIN_PIPELINES_CONFIG').value).toBe('{{- .Values.instrument.pipelines.main | nindent 18 }}');
    expect(named('MAIN_PIPELINES_CONFIG').comparable).toBe('{{ .Values.instrument.pipelines.main | nindent }}');
    expect(named('AWS_ACCESS_KEY_ID').value).toContain('valueFrom: secretKeyRef: name: {{ template "prompt-keda.fullname" . }}-secret key: s3_access_key');
    expect(named('DEBUG_EXPORT_OUTPUTS').condition).toBeNull();
  });

  it('keeps the condition of entries inside if/else/with blocks', () => {
    expect(named('AWS_ACCESS_KEY_ID').condition).toBe('.Values.s3.auth_env');
    expect(named('AWS_PROFILE').condition).toBe('not .Values.s3.auth_env');
    expect(named('AWS_REQUEST_CHECKSUM_CALCULATION').condition).toBe('with .Values.s3.checksum');
    // Inside `with`, `.` is the with value: compared as the same setting as `if X` + `X`.
    expect(named('AWS_REQUEST_CHECKSUM_CALCULATION').comparable).toBe('{{ .Values.s3.checksum }}');
  });

  it('resolves included named templates recursively, with the conditions around the include', () => {
    expect(byName.S3_ENDPOINT_URL).toMatchObject({ file: 'templates/_helpers.tpl', line: 5, via: ['prompt-keda.s3-env'], condition: null });
    expect(byName.BUTLER_WRITER_TOPIC).toMatchObject({
      file: 'templates/_helpers.tpl',
      line: 12,
      via: ['prompt-keda.s3-env', 'prompt-keda.butler-writer-env'],
      condition: '.Values.butler_writer.enabled',
    });
  });

  it('reads an initializer whose container lives in a define block', () => {
    const init = entries(
      {
        'templates/_service-init.tpl': `{{/* Shared spec for init-output Job and CronJob. */}}
{{- define "prompt-keda.service-init" -}}
spec:
  template:
    spec:
      containers:
      - image: "{{ .Values.initializer.image.repository }}"
        name: user-container
        env:
        - name: RUBIN_INSTRUMENT
          value: {{ .Values.instrument.name }}
        {{- with .Values.s3.aws_profile }}
        - name: AWS_PROFILE
          value: {{ . }}
        {{- end }}
        volumeMounts:
        - mountPath: /app/lsst-credentials
          name: db-auth-credentials-file
{{- end }}
`,
      },
      'templates/_service-init.tpl',
    );
    expect(init.entries.map((e) => [e.name, e.line, e.condition])).toEqual([
      ['RUBIN_INSTRUMENT', 10],
      ['AWS_PROFILE', 13, 'with .Values.s3.aws_profile'],
    ].map(([name, line, condition]) => [name, line, condition ?? null]));
  });

  it('reports env entries it cannot read statically instead of dropping them', () => {
    const read = entries(
      {
        'templates/job.yaml': `containers:
  - name: x
    env:
      {{- toYaml .Values.extraEnv | nindent 6 }}
      {{- include (printf "%s.env" .Chart.Name) . | nindent 6 }}
      {{- range .Values.more }}
      - name: {{ .name }}
        value: {{ .value }}
      {{- end }}
`,
      },
      'templates/job.yaml',
    );
    expect(read.dynamic.map((d) => d.line)).toEqual([4, 5]);
    expect(read.entries).toEqual([expect.objectContaining({ resolved: false, name: '{{ .name }}', condition: 'range .Values.more' })]);
  });

  it('reads entries in flow style, JSON style and with literal template names, each at its line', () => {
    const read = entries(
      {
        'templates/job.yaml': `containers:
  - name: x
    env:
      - {name: LEGACY_MODE, value: "1"}
      - {"name": "JSON_STYLE", "value": "{{ .Values.json }}"}
      - name: {{ "LITERAL_NAME" }}
        value: {{ .Values.literal }}
      - {name: {{- "FLOW_LITERAL" -}}, valueFrom: {secretKeyRef: {name: s, key: k}}}
      - "name": "QUOTED_KEYS"
        "value": "q"
      {{- if .Values.extra }}
      - {name: CONDITIONAL, value: 'c'}
      {{- end }}
  - name: y
    "env": [{"name": "WHOLE_LIST", "value": "w"}, {name: SECOND,
      value: "{{ .Values.second }}"}]
    image: z
`,
      },
      'templates/job.yaml',
    );
    expect(read.dynamic).toEqual([]);
    expect(read.entries.map((e) => [e.name, e.resolved, e.value, e.line, e.condition])).toEqual([
      ['LEGACY_MODE', true, '"1"', 4, null],
      ['JSON_STYLE', true, '"{{ .Values.json }}"', 5, null],
      ['LITERAL_NAME', true, '{{ .Values.literal }}', 6, null],
      ['FLOW_LITERAL', true, 'valueFrom: {secretKeyRef: {name: s, key: k}}', 8, null],
      ['QUOTED_KEYS', true, '"q"', 9, null],
      ['CONDITIONAL', true, "'c'", 12, '.Values.extra'],
      ['WHOLE_LIST', true, '"w"', 15, null],
      ['SECOND', true, '"{{ .Values.second }}"', 15, null],
    ]);
  });

  it('reports an env item it cannot read (no name, broken flow, computed name) instead of dropping it', () => {
    const read = entries(
      {
        'templates/job.yaml': `containers:
  - name: x
    env:
      - {name: BROKEN, value: "1"
      - {value: "no name"}
      - value: also no name
      - name: {{ printf "%s_X" .Values.prefix }}
        value: "1"
  - name: y
    env: [{name: UNCLOSED, value: "1"}
`,
      },
      'templates/job.yaml',
    );
    expect(read.dynamic.map((d) => d.line)).toEqual([4, 5, 6, 10]);
    expect(read.entries).toEqual([expect.objectContaining({ resolved: false, line: 7 })]);
  });

  it('does not report template variable assignments as env entries (Phalanx 9379e036e, `$cpus := 2`)', () => {
    const read = entries(
      {
        'templates/job.yaml': `containers:
  - name: x
    env:
      - name: A
        value: a
      {{- $cpus := 2 }}
      {{- $mem = .Values.memory }}
    resources:
      limits:
        cpu: {{ $cpus }}
`,
      },
      'templates/job.yaml',
    );
    expect(read.entries.map((e) => e.name)).toEqual(['A']);
    expect(read.dynamic).toEqual([]);
  });

  it('reports envFrom (variables from a ConfigMap or Secret) as not readable statically', () => {
    const read = entries(
      {
        'templates/job.yaml': `containers:
  - name: x
    envFrom:
      - configMapRef:
          name: {{ .Release.Name }}-env
    env:
      - name: A
        value: a
`,
      },
      'templates/job.yaml',
    );
    expect(read.entries.map((e) => e.name)).toEqual(['A']);
    expect(read.dynamic).toEqual([expect.objectContaining({ line: 3, text: 'envFrom: - configMapRef: name: {{ .Release.Name }}-env' })]);
  });

  it('flags duplicates unless their conditions exclude each other', () => {
    const read = entries(
      {
        'templates/job.yaml': `env:
  - name: A
    value: one
  {{- if .Values.x }}
  - name: A
    value: two
  - name: B
    value: b1
  {{- else }}
  - name: B
    value: b2
  {{- end }}
`,
      },
      'templates/job.yaml',
    );
    const duplicates = duplicateEntries(read.entries).map(([a, b]) => [a.name, a.line, b.line]);
    expect(duplicates).toEqual([['A', 2, 5]]);
  });

  it('refuses an include cycle with the chain and the line', () => {
    const cyclic = {
      'templates/job.yaml': 'env:\n  {{- include "a" . | nindent 2 }}\n',
      'templates/_a.tpl': '{{- define "a" -}}\n{{ include "b" . }}\n{{- end }}\n{{- define "b" -}}\n{{ include "a" . }}\n{{- end }}\n',
    };
    expect(() => entries(cyclic, 'templates/job.yaml')).toThrow(InputError);
    try {
      entries(cyclic, 'templates/job.yaml');
    } catch (error) {
      expect((error as InputError).message).toContain('a → b → a');
      expect((error as InputError).file).toBe('templates/_a.tpl');
      expect((error as InputError).line).toBe(5);
    }
  });

  describe('named templates that include each other many times', () => {
    /** `levels` defines, each with one entry and `fanout` includes of the next (under distinct conditions when `conditional`). */
    function chain(levels: number, fanout: number, conditional = false): Record<string, string> {
      let helpers = '';
      for (let level = 1; level <= levels; level++) {
        const includes = level === levels ? '' : Array.from({ length: fanout }, (_, i) => {
          const include = `{{ include "t${level + 1}" . }}\n`;
          return conditional ? `{{- if .Values.c${i} }}\n${include}{{- end }}\n` : include;
        }).join('');
        helpers += `{{- define "t${level}" -}}\n- name: LEVEL_${level}\n  value: "${level}"\n${includes}{{- end }}\n`;
      }
      return { 'templates/job.yaml': 'env:\n  {{- include "t1" . | nindent 2 }}\n', 'templates/_helpers.tpl': helpers };
    }

    it('expands each define once: 12 levels each including the next twice read every entry once', () => {
      const read = entries(chain(MAX_INCLUDE_DEPTH, 2), 'templates/job.yaml');
      expect(read.entries.map((e) => e.name)).toEqual(Array.from({ length: MAX_INCLUDE_DEPTH }, (_, i) => `LEVEL_${i + 1}`));
      expect(read.entries[MAX_INCLUDE_DEPTH - 1]?.via).toHaveLength(MAX_INCLUDE_DEPTH);
    });

    it('refuses a chain deeper than the limit (16 levels, the 1.2 KB input that took minutes) as bad input naming the chain', () => {
      expect(() => entries(chain(16, 2), 'templates/job.yaml')).toThrow(
        expect.objectContaining({ name: 'InputError', file: 'templates/_helpers.tpl', message: expect.stringContaining('nested more than 12 deep: t1 → t2') }) as unknown as Error,
      );
    });

    it('refuses an expansion past the entry limit (includes under distinct conditions cannot be merged)', () => {
      expect(() => entries(chain(10, 3, true), 'templates/job.yaml')).toThrow(
        expect.objectContaining({ name: 'InputError', message: expect.stringContaining(`more than ${MAX_ENV_ENTRIES} entries`) }) as unknown as Error,
      );
    });
  });

  it.each([
    ['an unclosed action', 'env:\n  - name: A\n    value: {{ .Values.a\n', 3],
    ['a stray end', 'env:\n{{- end }}\n', 2],
    ['an unclosed if', 'x: 1\n{{- if .Values.a }}\nenv: []\n', 2],
    ['an else outside a block', 'a: 1\n\n{{ else }}\n', 3],
  ])('refuses %s with the file and line', (_, text, line) => {
    expect(() => entries({ 'templates/job.yaml': text }, 'templates/job.yaml')).toThrow(
      expect.objectContaining({ name: 'InputError', file: 'templates/job.yaml', line }) as unknown as Error,
    );
  });
});
