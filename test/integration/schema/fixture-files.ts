/** The real-shape Python fixtures of test/fixtures/schema, read as text. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/schema');

export function fixture(name: string): string {
  return readFileSync(path.join(root, name), 'utf8');
}
