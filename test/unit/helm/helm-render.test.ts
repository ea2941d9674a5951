import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { findHelm, renderedEnvBySource } from '../../../src/helm/helm-render.js';

// The shape `helm template` prints: one document per template, each after a `# Source:` comment.
const OUTPUT = `---
# Source: prompt-keda/templates/vault-secret.yaml
apiVersion: ricoberger.de/v1alpha1
kind: VaultSecret
metadata:
  name: lockstep-secret
---
# Source: prompt-keda/templates/scaled-job.yaml
apiVersion: keda.sh/v1alpha1
kind: ScaledJob
spec:
  jobTargetRef:
    template:
      spec:
        initContainers:
          - name: init-db-auth
            image: busybox
        containers:
          - name: lsstcam
            env:
              - name: PLATFORM
                value: keda
              - name: AWS_ACCESS_KEY_ID
                valueFrom:
                  secretKeyRef: {name: lockstep-secret, key: s3_access_key}
---
# Source: prompt-keda/templates/service-init.yaml
apiVersion: batch/v1
kind: Job
spec:
  template:
    spec:
      containers:
      - name: user-container
        env:
        - name: RUBIN_INSTRUMENT
          value: LSSTCam
`;

describe('renderedEnvBySource', () => {
  it('collects the container env names of each rendered template', () => {
    const rendered = renderedEnvBySource(OUTPUT);
    expect([...rendered.keys()]).toEqual(['prompt-keda/templates/vault-secret.yaml', 'prompt-keda/templates/scaled-job.yaml', 'prompt-keda/templates/service-init.yaml']);
    expect([...rendered.get('prompt-keda/templates/scaled-job.yaml')!]).toEqual(['PLATFORM', 'AWS_ACCESS_KEY_ID']);
    expect([...rendered.get('prompt-keda/templates/service-init.yaml')!]).toEqual(['RUBIN_INSTRUMENT']);
    expect(rendered.get('prompt-keda/templates/vault-secret.yaml')!.size).toBe(0);
  });
});

describe('findHelm', () => {
  it('finds an executable named helm on PATH, and nothing on a PATH without one', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lockstep-path-'));
    try {
      expect(await findHelm({ PATH: dir })).toBeNull();
      writeFileSync(path.join(dir, 'helm'), '#!/bin/sh\n');
      expect(await findHelm({ PATH: dir })).toBeNull(); // not executable
      chmodSync(path.join(dir, 'helm'), 0o755);
      expect(await findHelm({ PATH: `/nonexistent${path.delimiter}${dir}` })).toBe(path.join(dir, 'helm'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
