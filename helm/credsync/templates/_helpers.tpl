{{/* Names, labels and the pieces every Deployment shares. */}}

{{- define "credsync.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* release-credsync, or the release name alone when it already holds the chart's name; room left for suffixes */}}
{{- define "credsync.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* A component's resource name: (dict "root" $ "component" "event-ingest") */}}
{{- define "credsync.componentName" -}}
{{- printf "%s-%s" (include "credsync.fullname" .root) .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "credsync.selectorLabels" -}}
app.kubernetes.io/name: {{ include "credsync.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- with .vendor }}
credsync.io/vendor: {{ . }}
{{- end }}
{{- end -}}

{{- define "credsync.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "credsync.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: credsync
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end -}}

{{/* Labels of chart-wide objects (ConfigMaps, Secrets) */}}
{{- define "credsync.commonLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/name: {{ include "credsync.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: credsync
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/* image: (dict "root" $ "repository" "credsync/dispatcher") */}}
{{- define "credsync.image" -}}
{{- $tag := default .root.Chart.AppVersion .root.Values.image.tag -}}
{{- if .root.Values.image.registry -}}
{{- printf "%s/%s:%s" (trimSuffix "/" .root.Values.image.registry) .repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .repository $tag -}}
{{- end -}}
{{- end -}}

{{- define "credsync.serviceAccountName" -}}
{{- if .root.Values.serviceAccount.create -}}
{{- include "credsync.componentName" . -}}
{{- else -}}
default
{{- end -}}
{{- end -}}

{{/* Names of the Secrets: the existing one, or the one this chart creates */}}
{{- define "credsync.vendorKeysSecret" -}}
{{- default (printf "%s-vendor-keys" (include "credsync.fullname" .)) .Values.vendorKeys.existingSecret -}}
{{- end -}}
{{- define "credsync.encryptionSecret" -}}
{{- default (printf "%s-encryption" (include "credsync.fullname" .)) .Values.encryption.existingSecret -}}
{{- end -}}
{{- define "credsync.databaseSecret" -}}
{{- default (printf "%s-database" (include "credsync.fullname" .)) .Values.database.existingSecret -}}
{{- end -}}
{{- define "credsync.kafkaSaslSecret" -}}
{{- default (printf "%s-kafka-sasl" (include "credsync.fullname" .)) .Values.kafka.sasl.existingSecret -}}
{{- end -}}

{{/* The vendors event-ingest hosts: its own list, else the dispatchers' */}}
{{- define "credsync.ingestVendors" -}}
{{- $vendors := .Values.eventIngest.vendors | default .Values.dispatchers.vendors -}}
{{- join "," $vendors -}}
{{- end -}}

{{/* Checksum of the chart's configuration, so that a changed ConfigMap rolls the pods */}}
{{- define "credsync.configChecksum" -}}
{{- include (print .Template.BasePath "/configmap.yaml") . | sha256sum -}}
{{- end -}}

{{/* Pod-level settings shared by every component: (dict "root" $ "component" "…" "values" .Values.registry) */}}
{{- define "credsync.podCommon" -}}
{{- with .root.Values.imagePullSecrets }}
imagePullSecrets:
  {{- range . }}
  - name: {{ . }}
  {{- end }}
{{- end }}
securityContext:
  {{- toYaml .root.Values.podSecurityContext | nindent 2 }}
{{- with .values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/* The three SmallRye Health probes on the http port */}}
{{- define "credsync.probes" -}}
startupProbe:
  httpGet:
    path: /q/health/started
    port: http
  periodSeconds: 2
  failureThreshold: 60
livenessProbe:
  httpGet:
    path: /q/health/live
    port: http
  periodSeconds: 10
  failureThreshold: 3
readinessProbe:
  httpGet:
    path: /q/health/ready
    port: http
  periodSeconds: 5
  failureThreshold: 3
{{- end -}}

{{/* Environment every credsync service gets: its pod name, the database credentials, Kafka's secrets */}}
{{- define "credsync.commonEnv" -}}
- name: CREDSYNC_INSTANCE_ID
  valueFrom:
    fieldRef:
      fieldPath: metadata.name
- name: QUARKUS_DATASOURCE_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ include "credsync.databaseSecret" . }}
      key: {{ .Values.database.usernameKey }}
- name: QUARKUS_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "credsync.databaseSecret" . }}
      key: {{ .Values.database.passwordKey }}
{{- with .Values.kafka.tls }}
{{- if and .enabled .truststorePasswordKey }}
- name: KAFKA_SSL_TRUSTSTORE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .truststoreSecret }}
      key: {{ .truststorePasswordKey }}
{{- end }}
{{- end }}
{{- with .Values.kafka.sasl }}
{{- if .enabled }}
{{- if and .existingSecret .jaasConfigKey }}
- name: KAFKA_SASL_JAAS_CONFIG
  valueFrom:
    secretKeyRef:
      name: {{ .existingSecret }}
      key: {{ .jaasConfigKey }}
{{- else }}
{{- /* not KAFKA_*: Quarkus hands every KAFKA_ variable to the Kafka clients */}}
- name: CREDSYNC_KAFKA_SASL_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "credsync.kafkaSaslSecret" $ }}
      key: {{ .passwordKey }}
- name: KAFKA_SASL_JAAS_CONFIG
  value: {{ printf "%s required username=\"%s\" password=\"$(CREDSYNC_KAFKA_SASL_PASSWORD)\";" (ternary "org.apache.kafka.common.security.plain.PlainLoginModule" "org.apache.kafka.common.security.scram.ScramLoginModule" (eq .mechanism "PLAIN")) .username | quote }}
{{- end }}
{{- end }}
{{- end }}
{{- end -}}

{{/* The data-encryption key ring (registry and dispatchers: the services that open values) */}}
{{- define "credsync.encryptionEnv" -}}
- name: CREDSYNC_ENCRYPTION_KEYS
  valueFrom:
    secretKeyRef:
      name: {{ include "credsync.encryptionSecret" . }}
      key: {{ .Values.encryption.keysKey }}
- name: CREDSYNC_ENCRYPTION_ACTIVE_KEY
  valueFrom:
    secretKeyRef:
      name: {{ include "credsync.encryptionSecret" . }}
      key: {{ .Values.encryption.activeKeyKey }}
{{- end -}}

{{/* Vendor keys: read through the API (watched), and mounted as files as the fallback */}}
{{- define "credsync.vendorKeysEnv" -}}
- name: CREDSYNC_SECRETS_KUBERNETES_SECRET
  value: {{ include "credsync.vendorKeysSecret" . }}
- name: CREDSYNC_SECRETS_DIR
  value: {{ .Values.vendorKeys.mountPath }}
{{- if .Values.simulators.enabled }}
- name: CREDSYNC_VENDORS_ALLOW_PLAIN_HTTP
  value: "true"
{{- end }}
{{- end -}}

{{- define "credsync.envFrom" -}}
- configMapRef:
    name: {{ include "credsync.fullname" . }}
{{- end -}}

{{/* Volumes: /tmp (the root filesystem is read-only), and what the component mounts */}}
{{- define "credsync.tmpVolume" -}}
- name: tmp
  emptyDir:
    sizeLimit: 256Mi
{{- end -}}

{{- define "credsync.kafkaTlsVolume" -}}
{{- if .Values.kafka.tls.enabled }}
- name: kafka-truststore
  secret:
    secretName: {{ .Values.kafka.tls.truststoreSecret }}
    items:
      - key: {{ .Values.kafka.tls.truststoreKey }}
        path: {{ .Values.kafka.tls.truststoreKey }}
{{- end }}
{{- end -}}

{{- define "credsync.kafkaTlsMount" -}}
{{- if .Values.kafka.tls.enabled }}
- name: kafka-truststore
  mountPath: /etc/credsync/kafka-truststore
  readOnly: true
{{- end }}
{{- end -}}

{{- define "credsync.databaseCaVolume" -}}
{{- if .Values.database.caSecret }}
- name: database-ca
  secret:
    secretName: {{ .Values.database.caSecret }}
    items:
      - key: {{ .Values.database.caKey }}
        path: {{ .Values.database.caKey }}
{{- end }}
{{- end -}}

{{- define "credsync.databaseCaMount" -}}
{{- if .Values.database.caSecret }}
- name: database-ca
  mountPath: /etc/credsync/database-ca
  readOnly: true
{{- end }}
{{- end -}}

{{- define "credsync.vendorKeysVolume" -}}
- name: vendor-keys
  secret:
    secretName: {{ include "credsync.vendorKeysSecret" . }}
{{- end -}}

{{/* The whole Secret, never subPath: the kubelet refreshes whole-Secret mounts when a key rotates */}}
{{- define "credsync.vendorKeysMount" -}}
- name: vendor-keys
  mountPath: {{ .Values.vendorKeys.mountPath }}
  readOnly: true
{{- end -}}
