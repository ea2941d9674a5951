// A Helm chart of realistic size (Phalanx's prompt-keda is the model): a ScaledJob whose
// container sets every variable the service needs, plain, inside `{{- if }}`/`{{- with }}`
// blocks and through `include`d named templates; an initializer Job defined in
// `_service-init.tpl` with the same settings; the usual extra templates; and one values
// file per environment pinning the deployed image tag.

export const CHART = 'charts/svc';
export const ENVIRONMENTS = ['usdfdev', 'usdfint', 'usdfprod', 'summit'];

function valueKey(variable) {
  return variable.toLowerCase().replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
}

/** `- name:`/`value:` lines of a container env list, indented by `pad` spaces. */
function envEntries(variables, pad) {
  const space = ' '.repeat(pad);
  return variables.flatMap((variable, i) =>
    i % 7 === 3
      ? [
          `${space}- name: ${variable}`,
          `${space}  valueFrom:`,
          `${space}    secretKeyRef:`,
          `${space}      name: {{ include "svc.fullname" $ }}-secrets`,
          `${space}      key: ${valueKey(variable)}`,
        ]
      : [`${space}- name: ${variable}`, `${space}  value: {{ .Values.settings.${valueKey(variable)} | quote }}`],
  );
}

/**
 * @param {{plain: string[], conditional: string[], withBlock: string[], helper: string[]}} groups
 *   variables the chart sets: unconditionally, under `if .Values.kafka.enabled`, inside
 *   `with .Values.redis`, and through the `svc.s3env` named template
 */
function containerEnv(groups, pad) {
  const space = ' '.repeat(pad);
  return [
    `${space}env:`,
    ...envEntries(groups.plain, pad),
    `${space}{{- include "svc.s3env" . | nindent ${pad} }}`,
    `${space}{{- if .Values.kafka.enabled }}`,
    ...envEntries(groups.conditional, pad),
    `${space}{{- end }}`,
    `${space}{{- with .Values.redis }}`,
    ...groups.withBlock.flatMap((variable) => [`${space}- name: ${variable}`, `${space}  value: {{ .${valueKey(variable)} | quote }}`]),
    `${space}{{- end }}`,
  ];
}

export function helmChart(groups, appVersion) {
  const settings = [...groups.plain, ...groups.conditional].map((variable, i) => `    ${valueKey(variable)}: "value-${i}"`);
  const files = {
    [`${CHART}/Chart.yaml`]: ['apiVersion: v2', 'name: svc', 'version: 1.4.2', `appVersion: ${appVersion}`, 'description: The benchmark service as a KEDA ScaledJob', ''].join('\n'),
    [`${CHART}/values.yaml`]: [
      'image:',
      '  repository: ghcr.io/example/svc-service',
      '  pullPolicy: IfNotPresent',
      '  tag: ""',
      'kafka:',
      '  enabled: false',
      'redis:',
      ...groups.withBlock.map((variable) => `  ${valueKey(variable)}: ""`),
      's3:',
      '  endpointUrl: ""',
      'resources:',
      '  requests: {cpu: "1", memory: 4Gi}',
      '  limits: {cpu: "1", memory: 8Gi}',
      'settings:',
      ...settings,
      'keda:',
      '  maxReplicaCount: 200',
      '  pollingInterval: 2',
      '  successfulJobsHistoryLimit: 5',
      '  failedJobsHistoryLimit: 5',
      '',
    ].join('\n'),
    [`${CHART}/templates/_helpers.tpl`]: [
      '{{- define "svc.fullname" -}}',
      '{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}',
      '{{- end }}',
      '',
      '{{- define "svc.labels" -}}',
      'app.kubernetes.io/name: {{ .Chart.Name }}',
      'app.kubernetes.io/instance: {{ .Release.Name }}',
      'app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}',
      '{{- end }}',
      '',
      '{{- define "svc.s3env" -}}',
      ...groups.helper.flatMap((variable) => [`- name: ${variable}`, `  value: {{ .Values.s3.endpointUrl | quote }}`]),
      '{{- end }}',
      '',
    ].join('\n'),
    [`${CHART}/templates/scaled-job.yaml`]: [
      'apiVersion: keda.sh/v1alpha1',
      'kind: ScaledJob',
      'metadata:',
      '  name: {{ include "svc.fullname" . }}',
      '  labels:',
      '    {{- include "svc.labels" . | nindent 4 }}',
      'spec:',
      '  pollingInterval: {{ .Values.keda.pollingInterval }}',
      '  maxReplicaCount: {{ .Values.keda.maxReplicaCount }}',
      '  successfulJobsHistoryLimit: {{ .Values.keda.successfulJobsHistoryLimit }}',
      '  failedJobsHistoryLimit: {{ .Values.keda.failedJobsHistoryLimit }}',
      '  jobTargetRef:',
      '    backoffLimit: 0',
      '    template:',
      '      metadata:',
      '        labels:',
      '          {{- include "svc.labels" . | nindent 10 }}',
      '      spec:',
      '        restartPolicy: Never',
      '        containers:',
      '        - name: svc',
      '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
      '          imagePullPolicy: {{ .Values.image.pullPolicy }}',
      '          resources:',
      '            {{- toYaml .Values.resources | nindent 12 }}',
      ...containerEnv(groups, 10),
      '          volumeMounts:',
      '          - name: tmp',
      '            mountPath: /tmp',
      '        volumes:',
      '        - name: tmp',
      '          emptyDir: {}',
      '  triggers:',
      '  - type: redis-streams',
      '    metadata:',
      '      stream: {{ .Values.redis.streamName | default "visits" | quote }}',
      '      consumerGroup: svc',
      '',
    ].join('\n'),
    [`${CHART}/templates/_service-init.tpl`]: [
      '{{- define "svc.initializer" -}}',
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  name: {{ include "svc.fullname" . }}-init',
      'spec:',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '      containers:',
      '      - name: init',
      '        image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
      '        command: ["python", "/app/svc/initializer/main.py"]',
      ...containerEnv(groups, 8),
      '{{- end }}',
      '',
    ].join('\n'),
    [`${CHART}/templates/initializer-job.yaml`]: '{{ include "svc.initializer" . }}\n',
    [`${CHART}/templates/service-account.yaml`]: [
      'apiVersion: v1',
      'kind: ServiceAccount',
      'metadata:',
      '  name: {{ include "svc.fullname" . }}',
      '  labels:',
      '    {{- include "svc.labels" . | nindent 4 }}',
      '',
    ].join('\n'),
    [`${CHART}/templates/configmap.yaml`]: [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: {{ include "svc.fullname" . }}-config',
      'data:',
      ...Array.from({ length: 40 }, (_, i) => `  setting-${i}: {{ .Values.settings.extra${i} | default "${i}" | quote }}`),
      '',
    ].join('\n'),
  };
  for (const environment of ENVIRONMENTS) {
    files[`applications/svc-${environment}/values-${environment}.yaml`] = [
      'svc:',
      '  image:',
      `    tag: ${appVersion}`,
      '  kafka:',
      `    enabled: ${environment !== 'summit'}`,
      '  s3:',
      `    endpointUrl: https://s3.${environment}.example.org`,
      '  redis:',
      ...groups.withBlock.map((variable) => `    ${valueKey(variable)}: "${environment}-${valueKey(variable)}"`),
      '',
    ].join('\n');
  }
  return files;
}
