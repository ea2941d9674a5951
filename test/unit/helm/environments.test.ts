import { describe, expect, it } from '@jest/globals';
import { parseYaml } from '../../../src/config/yaml.js';
import { defaultValuesPrefix, parseValuesFile, readChartMetadata, readEnvironment } from '../../../src/helm/environments.js';

const chart = (values: string, appVersion = '4.0.0') =>
  readChartMetadata(parseYaml(`name: prompt-keda\nappVersion: ${appVersion}\n`, 'charts/prompt-keda/Chart.yaml'), 'charts/prompt-keda/Chart.yaml', parseValuesFile(values, 'charts/prompt-keda/values.yaml'));
const settings = { glob: 'applications/prompt-keda-*/values-*.yaml', imageTagPath: 'prompt-keda.image.tag', valuesPrefix: 'prompt-keda' };
const values = (text: string, file = 'applications/prompt-keda-lsstcam/values-usdfprod.yaml') => parseValuesFile(text, file);

describe('readEnvironment', () => {
  it('takes the tag from the environment values file first, with its line', () => {
    const env = readEnvironment(values('prompt-keda:\n  image:\n    tag: 4.6.0\n'), values('prompt-keda:\n  image:\n    tag: 4.5.0\n', 'applications/prompt-keda-lsstcam/values.yaml'), chart(''), settings);
    expect(env).toMatchObject({ name: 'prompt-keda-lsstcam/usdfprod', imageTag: { tag: '4.6.0', source: 'environment values', line: 3 } });
  });

  it("falls back to the application's values.yaml, then the chart's values.yaml, then appVersion", () => {
    const app = values('prompt-keda:\n  image:\n    tag: 4.5.0\n', 'applications/prompt-keda-lsstcam/values.yaml');
    expect(readEnvironment(values('x: 1\n'), app, chart(''), settings).imageTag).toMatchObject({ tag: '4.5.0', source: 'application values', file: 'applications/prompt-keda-lsstcam/values.yaml' });
    expect(readEnvironment(values('x: 1\n'), undefined, chart('image:\n  tag: "3.2"\n'), settings).imageTag).toMatchObject({ tag: '3.2', source: 'chart values', line: 2 });
    // An empty tag means "use appVersion", as `.Values.image.tag | default .Chart.AppVersion` does.
    expect(readEnvironment(values('prompt-keda:\n  image:\n    tag: ""\n'), undefined, chart('image:\n  tag: ""\n'), settings).imageTag).toMatchObject({ tag: '4.0.0', source: 'chart appVersion' });
  });

  it('merges chart values, application values and environment values under the subchart key', () => {
    const env = readEnvironment(
      values('prompt-keda:\n  butler_writer:\n    enabled: true\n'),
      values('prompt-keda:\n  instrument:\n    name: LSSTCam\n', 'applications/prompt-keda-lsstcam/values.yaml'),
      chart('butler_writer:\n  enabled: false\n  topic: t\n'),
      settings,
    );
    expect(env.values).toEqual({ butler_writer: { enabled: true, topic: 't' }, instrument: { name: 'LSSTCam' } });
  });

  it('derives the subchart key from the image-tag path when it names the chart', () => {
    expect(defaultValuesPrefix('prompt-keda.image.tag', chart(''), 'charts/prompt-keda')).toBe('prompt-keda');
    expect(defaultValuesPrefix('image.tag', chart('image:\n  tag: 1\n'), 'charts/prompt-keda')).toBe('');
  });

  it('refuses a values file that is not a mapping, naming it', () => {
    expect(() => values('- a\n- b\n')).toThrow(expect.objectContaining({ name: 'InputError', file: 'applications/prompt-keda-lsstcam/values-usdfprod.yaml' }) as unknown as Error);
  });
});
