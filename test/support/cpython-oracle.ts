/**
 * CPython as the oracle of the schema extraction: one long-lived `python3` process
 * (test/support/cpython_fields.py) that imports each generated module and reports its
 * fields, so thousands of modules cost one interpreter start.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cpython_fields.py');

export interface OracleField {
  name: string;
  required: boolean;
  type: string;
}

export type OracleAnswer = { ok: true; kind: 'dataclass' | 'pydantic' | 'class'; fields: OracleField[] } | { ok: false; error: string };

/** What this machine's python3 offers: its version and pydantic's (null when pydantic is not importable). */
export function probePython(): { python: string; pydantic: string | null } | undefined {
  const result = spawnSync('python3', [SCRIPT, '--probe'], { encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  return JSON.parse(result.stdout) as { python: string; pydantic: string | null };
}

export class CPythonOracle {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: Interface;
  private readonly waiting: ((line: string) => void)[] = [];
  private nextId = 0;
  private stderr = '';

  constructor() {
    this.child = spawn('python3', ['-u', SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.lines = createInterface({ input: this.child.stdout });
    this.lines.on('line', (line) => this.waiting.shift()?.(line));
    this.child.on('exit', () => {
      for (const reject of this.waiting.splice(0)) reject(JSON.stringify({ ok: false, error: `python3 exited: ${this.stderr.slice(-500)}` }));
    });
  }

  /** The fields CPython gives class `className` of `source` (one request at a time). */
  fields(source: string, className: string): Promise<OracleAnswer> {
    const id = this.nextId++;
    return new Promise<OracleAnswer>((resolve) => {
      this.waiting.push((line) => resolve(JSON.parse(line) as OracleAnswer));
      this.child.stdin.write(JSON.stringify({ id, source, class: className }) + '\n');
    });
  }

  close(): void {
    this.lines.close();
    this.child.stdin.end();
    this.child.kill();
  }
}
