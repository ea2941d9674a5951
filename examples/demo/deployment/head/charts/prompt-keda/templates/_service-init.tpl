{{- define "prompt-keda.initializer" -}}
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ include "prompt-keda.fullname" . }}-init
spec:
  template:
    spec:
      containers:
      - name: init
        image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
        command: ["python", "/app/initializer/write_init_outputs.py"]
        env:
        - name: RUBININSTRUMENT
          value: {{ .Values.instrument.name }}
        - name: CALIB_REPO
          value: {{ .Values.instrument.calibRepo }}
        - name: CENTRAL_REPO
          value: {{ .Values.instrument.centralRepo }}
        - name: SKYMAP
          value: {{ .Values.instrument.skymap }}
        - name: LEGACY_MODE
          value: "1"
        {{- include "prompt-keda.s3" . | nindent 8 }}
        {{- if .Values.butler_writer.enabled }}
        - name: USE_KAFKA_BUTLER_WRITER
          value: "1"
        - name: BUTLER_WRITER_TOPIC
          value: {{ .Values.butler_writer.topic }}
        {{- end }}
{{- end }}
