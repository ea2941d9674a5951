/**
 * Python source → syntax tree, with the real Python grammar of @lezer/python.
 * No Python is ever run: every extractor (classes, fields, env reads) walks this tree.
 */
import { parser } from '@lezer/python';
import type { SyntaxNode, Tree } from '@lezer/common';
import { InputError } from '../errors.js';
import { LineIndex } from '../text/line-index.js';

export interface PythonSyntaxError {
  line: number;
  column: number;
  /** Source text around the error, one line, trimmed. */
  near: string;
}

export class PythonModule {
  readonly tree: Tree;
  private readonly lines: LineIndex;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    this.tree = parser.parse(text);
    this.lines = new LineIndex(text);
  }

  get top(): SyntaxNode {
    return this.tree.topNode;
  }

  /** Source text of a node. */
  textOf(node: SyntaxNode): string {
    return this.text.slice(node.from, node.to);
  }

  /** 1-based line of a source offset. */
  lineAt(offset: number): number {
    return this.lines.lineAt(offset);
  }

  columnAt(offset: number): number {
    return this.lines.columnAt(offset);
  }

  /** Every place the grammar could not parse (lezer recovers and marks them). */
  syntaxErrors(): PythonSyntaxError[] {
    const errors: PythonSyntaxError[] = [];
    this.tree.iterate({
      enter: (node) => {
        if (!node.type.isError) return;
        const line = this.lineAt(node.from);
        errors.push({ line, column: this.columnAt(node.from), near: this.lines.lineText(line).trim().slice(0, 80) });
      },
    });
    return errors;
  }

  /** Throw an InputError (exit 2) naming file:line when the source is not valid Python. */
  assertValidSyntax(): this {
    const [first] = this.syntaxErrors();
    if (first) {
      throw new InputError(`Python syntax error near \`${first.near}\`: expected valid Python 3 syntax`, {
        file: this.file,
        line: first.line,
        column: first.column,
        hint: 'Fix the syntax at that line (Lockstep reads the source with a Python 3 grammar and never runs it).',
      });
    }
    return this;
  }
}

export function parsePython(file: string, text: string): PythonModule {
  return new PythonModule(file, text);
}

/** Children of a node, in order (lezer exposes them as a linked list). */
export function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) out.push(child);
  return out;
}
