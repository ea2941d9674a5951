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
  /**
   * Decorators written as arbitrary expressions (PEP 614: `@(dataclass)`, `@[dataclass][0]`),
   * which the grammar does not take: offset of the `@` → the expression's source text.
   */
  readonly decoratorExpressions: ReadonlyMap<number, string>;
  private readonly lines: LineIndex;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    const { tree, expressions } = parseWithDecoratorExpressions(text);
    this.tree = tree;
    this.decoratorExpressions = expressions;
    this.lines = new LineIndex(text);
  }

  get top(): SyntaxNode {
    return this.tree.topNode;
  }

  /** Source text of a node; identifiers NFKC-normalised, as Python reads them (`ﬁeld` is `field`). */
  textOf(node: SyntaxNode): string {
    const text = this.text.slice(node.from, node.to);
    return IDENTIFIER_NODES.has(node.name) ? text.normalize('NFKC') : text;
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

const IDENTIFIER_NODES = new Set(['VariableName', 'PropertyName']);

/**
 * Parse; when a decorator is an expression the grammar does not take (PEP 614), blank that
 * expression to a call of the same length (`@_(        )`, newlines kept so every offset and
 * line stays put), parse again, and keep the expression's text for the class reader.
 */
function parseWithDecoratorExpressions(text: string): { tree: Tree; expressions: Map<number, string> } {
  const first = parser.parse(text);
  const expressions = new Map<number, string>();
  let masked = text;
  first.iterate({
    enter: (ref) => {
      if (ref.name !== 'Decorator' || !hasError(ref.node)) return undefined;
      const start = ref.from + 1;
      const end = decoratorExpressionEnd(text, start);
      const written = text.slice(start, end);
      // Only an expression that parses on its own is blanked; anything else stays a syntax error.
      if (end - start < 3 || hasError(parser.parse(`(${written})\n`).topNode)) return false;
      expressions.set(ref.from, written);
      const blank = text.slice(start + 2, end - 1).replace(/[^\r\n]/g, ' ');
      masked = masked.slice(0, start) + '_(' + blank + ')' + masked.slice(end);
      return false;
    },
  });
  return { tree: expressions.size ? parser.parse(masked) : first, expressions };
}

function hasError(node: SyntaxNode): boolean {
  return node.type.isError || childrenOf(node).some(hasError);
}

/** End of the expression after a decorator's `@`: the end of its logical line (brackets, strings, `\` continuations), before any comment. */
function decoratorExpressionEnd(text: string, start: number): number {
  let depth = 0;
  let end = start;
  for (let i = start; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\\' && text[i + 1] === '\n') i++;
    else if (ch === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      i--;
      continue;
    } else if (ch === '"' || ch === "'") {
      const quote = text.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
      i += quote.length;
      while (i < text.length && !text.startsWith(quote, i)) i += text[i] === '\\' ? 2 : 1;
      i += quote.length - 1;
    } else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === '\n' && depth <= 0) break;
    if (!/\s/.test(ch)) end = Math.min(i + 1, text.length);
  }
  return end;
}

export function parsePython(file: string, text: string): PythonModule {
  return new PythonModule(file, text);
}

/**
 * The statements of a module or a block, in order: statements written on one line
 * (`a: int; b: str`, a one-line class body) come as a StatementGroup and are flattened.
 */
export function statementsOf(container: SyntaxNode): SyntaxNode[] {
  return childrenOf(container).flatMap((child) => (child.name === 'StatementGroup' ? childrenOf(child).filter((c) => c.name !== ';') : [child]));
}

/** Children of a node, in order (lezer exposes them as a linked list). */
export function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) out.push(child);
  return out;
}

type TupleOf<T, N extends number, Acc extends T[] = []> = Acc['length'] extends N ? Acc : TupleOf<T, N, [...Acc, T]>;

/** `items.length === length`, telling the type checker so (`parts[2]` is then a node, not `node | undefined`). */
export function hasLength<T, N extends number>(items: T[], length: N): items is TupleOf<T, N> {
  return items.length === length;
}
