{{- define "prompt-keda.s3" -}}
- name: S3_ENDPOINT_URL
  value: {{ .Values.s3.endpointUrl | quote }}
- name: IMAGE_BUCKET
  value: {{ .Values.imageNotifications.imageBucket | quote }}
{{- end }}
