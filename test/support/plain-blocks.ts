/** A report's blocks with every span as its plain text, for tests that read the body as strings. */
import { plainText, type Block, type Inline } from '../../src/report/model.js';

export type PlainBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; headers: string[]; rows: string[][] }
  | { kind: 'list'; items: string[] }
  | { kind: 'details'; summary: string; blocks: PlainBlock[] }
  | { kind: 'section'; title: string; verdict: 'pass' | 'fail'; blocks: PlainBlock[] };

export function plainBlocks(blocks: readonly Block[]): PlainBlock[] {
  return blocks.map(plainBlock);
}

function plainBlock(block: Block): PlainBlock {
  const plain = (content: Inline) => plainText(content);
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return { kind: block.kind, text: plain(block.text) };
    case 'table':
      return { kind: 'table', headers: block.headers, rows: block.rows.map((row) => row.map(plain)) };
    case 'list':
      return { kind: 'list', items: block.items.map(plain) };
    case 'details':
      return { kind: 'details', summary: plain(block.summary), blocks: plainBlocks(block.blocks) };
    case 'section':
      return { kind: 'section', title: plain(block.title), verdict: block.verdict, blocks: plainBlocks(block.blocks) };
  }
}
