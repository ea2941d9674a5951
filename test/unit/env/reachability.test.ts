import { describe, expect, it } from '@jest/globals';
import { computeReach } from '../../../src/env/reachability.js';
import { hasEntryFolder } from '../../../src/env/code-reads.js';
import { parsePython } from '../../../src/python/parse.js';
import { moduleUnits } from '../../../src/python/units.js';

/** Reachability over in-memory files: `own` are the workload's entry files, the rest shared. */
async function reachIn(files: Record<string, string>, own: string[]) {
  const reach = await computeReach({
    files: Object.keys(files),
    own: new Set(own),
    units: async (file) => (file in files ? moduleUnits(parsePython(file, files[file]!)) : null),
  });
  /** The via of the first line of `files[file]` containing `marker`, or null when not reached. */
  return (file: string, marker: string) => {
    const line = files[file]!.split('\n').findIndex((text) => text.includes(marker)) + 1;
    expect(line).toBeGreaterThan(0);
    return reach.at(file, line)?.via ?? null;
  };
}

const RAW = `import os

BUCKET = os.environ["MODULE_LEVEL"]


def get_raw_path():
    return os.environ["IMAGE_BUCKET"]


def helper():
    return os.environ["HELPER"]


class Reader:
    def read(self):
        return os.environ["METHOD"]
`;

describe('reachability of shared code', () => {
  it('counts module-level reads of imported modules and only the functions referred to', async () => {
    const via = await reachIn(
      {
        'python/init/main.py': 'from shared.raw import helper\n\nhelper()\n',
        'python/shared/raw.py': RAW,
        'python/shared/unused.py': 'import os\nX = os.environ["UNUSED"]\n',
      },
      ['python/init/main.py'],
    );
    expect(via('python/shared/raw.py', 'HELPER')).toBe('python/init/main.py → shared.raw.helper');
    expect(via('python/shared/raw.py', 'MODULE_LEVEL')).toBe('python/init/main.py → shared.raw');
    expect(via('python/shared/raw.py', 'IMAGE_BUCKET')).toBeNull();
    expect(via('python/shared/raw.py', 'METHOD')).toBeNull();
    expect(via('python/shared/unused.py', 'UNUSED')).toBeNull();
    expect(via('python/init/main.py', 'helper()')).toBe('python/init/main.py');
  });

  it('follows attributes of imported modules, relative imports and transitive calls', async () => {
    const via = await reachIn(
      {
        'python/svc/main.py': 'import shared.util as util\n\ndef run():\n    util.start()\n',
        'python/shared/util.py': 'from . import raw\n\ndef start():\n    return raw.Reader().read()\n',
        'python/shared/raw.py': RAW,
      },
      ['python/svc/main.py'],
    );
    expect(via('python/shared/raw.py', 'METHOD')).toBe('python/svc/main.py → shared.util.start → shared.raw.Reader.read');
    expect(via('python/shared/raw.py', 'IMAGE_BUCKET')).toBeNull();
  });

  it('counts everything it cannot resolve: a module passed as a value, import *, importlib', async () => {
    const asValue = await reachIn({ 'a/main.py': 'from shared import raw\nuse(raw)\n', 'a/shared/raw.py': RAW }, ['a/main.py']);
    expect(asValue('a/shared/raw.py', 'IMAGE_BUCKET')).toBe('a/main.py → shared.raw.get_raw_path');
    const star = await reachIn({ 'a/main.py': 'from shared.raw import *\n', 'a/shared/raw.py': RAW }, ['a/main.py']);
    expect(star('a/shared/raw.py', 'METHOD')).not.toBeNull();
    const dynamic = await reachIn({ 'a/main.py': 'import importlib\nimportlib.import_module(name)\n', 'a/shared/raw.py': RAW }, ['a/main.py']);
    expect(dynamic('a/shared/raw.py', 'IMAGE_BUCKET')).not.toBeNull();
  });

  it('a function imported inside a reached function counts; one imported in an unreached function does not', async () => {
    const via = await reachIn(
      {
        'svc/main.py': 'import shared.a\n\ndef main():\n    from shared.raw import helper\n    helper()\n',
        'svc/shared/a.py': 'def never():\n    from shared.raw import get_raw_path\n    get_raw_path()\n',
        'svc/shared/raw.py': RAW,
      },
      ['svc/main.py'],
    );
    expect(via('svc/shared/raw.py', 'HELPER')).toBe('svc/main.py → shared.raw.helper');
    expect(via('svc/shared/raw.py', 'IMAGE_BUCKET')).toBeNull();
  });
});

describe('a workload with no files of its own at a revision', () => {
  const PP = { service: ['python/activator/**/*.py', 'python/shared/**/*.py'], initializer: ['python/initializer/**/*.py', 'python/shared/**/*.py'] };

  it('is absent when a glob of its own names a folder no other workload includes (PP before python/initializer existed)', () => {
    expect(hasEntryFolder('initializer', PP)).toBe(true);
    expect(hasEntryFolder('service', PP)).toBe(true);
  });

  it('is not when its globs are all inside another workload’s (nothing tells: every shared read counts)', () => {
    const nested = { whole: ['python/**/*.py'], part: ['python/shared/**/*.py'] };
    expect(hasEntryFolder('part', nested)).toBe(false);
    expect(hasEntryFolder('same', { same: ['src/*.py'], twin: ['src/*.py'] })).toBe(false);
    expect(hasEntryFolder('top', { top: ['*.py'], other: ['lib/*.py'] })).toBe(false);
  });
});
