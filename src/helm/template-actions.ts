/**
 * Go-template actions (`{{ … }}`) in a Helm template, found without rendering: each with its
 * offsets, line, trim markers and its body. Strings, raw strings and comments inside an
 * action may hold `}}`; they are skipped so an action ends at its real closing braces.
 */
import { InputError } from '../errors.js';
import { LineIndex } from '../text/line-index.js';

export interface TemplateAction {
  /** Offset of `{{`. */
  from: number;
  /** Offset just after `}}`. */
  to: number;
  /** 1-based line of `{{`. */
  line: number;
  /** The body between the delimiters and trim markers, trimmed; '' for a comment. */
  body: string;
  comment: boolean;
}

/** The text and every action of one template file, with line lookup. */
export class TemplateText {
  readonly actions: TemplateAction[];
  private readonly lines: LineIndex;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    this.lines = new LineIndex(text);
    this.actions = lexActions(this);
  }

  lineAt(offset: number): number {
    return this.lines.lineAt(offset);
  }

  error(message: string, offset: number, hint: string): InputError {
    return new InputError(message, { file: this.file, line: this.lineAt(offset), hint });
  }
}

function lexActions(template: TemplateText): TemplateAction[] {
  const { text } = template;
  const actions: TemplateAction[] = [];
  let position = 0;
  for (;;) {
    const from = text.indexOf('{{', position);
    if (from < 0) break;
    let start = from + 2;
    if (text[start] === '-' && /\s/.test(text[start + 1] ?? '')) start += 1;
    let end = start;
    let bodyEnd = -1;
    while (end < text.length) {
      const ch = text[end];
      if (ch === '"' || ch === '`' || ch === "'") {
        end = skipQuoted(template, end, ch);
        continue;
      }
      if (ch === '/' && text[end + 1] === '*') {
        const close = text.indexOf('*/', end + 2);
        if (close < 0) throw template.error('unterminated template comment: expected `*/`', end, 'Close the comment with `*/}}`.');
        end = close + 2;
        continue;
      }
      if (ch === '}' && text[end + 1] === '}') {
        bodyEnd = end;
        break;
      }
      // A new `{{` before this action's `}}`: this one was never closed.
      if (ch === '{' && text[end + 1] === '{') break;
      end++;
    }
    if (bodyEnd < 0) {
      throw template.error('unclosed template action: expected `}}`', from, 'Close the action with `}}` (or `-}}`).');
    }
    let body = text.slice(start, bodyEnd);
    if (/\s-$/.test(body)) body = body.slice(0, -1);
    body = body.trim();
    const comment = body.startsWith('/*') && body.endsWith('*/');
    actions.push({ from, to: bodyEnd + 2, line: template.lineAt(from), body: comment ? '' : body, comment });
    position = bodyEnd + 2;
  }
  return actions;
}

function skipQuoted(template: TemplateText, start: number, quote: string): number {
  const { text } = template;
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (quote !== '`' && ch === '\\') {
      i++;
      continue;
    }
    if (ch === quote) return i + 1;
    if (quote !== '`' && ch === '\n') break;
  }
  throw template.error(`unterminated string in template action: expected a closing ${quote}`, start, 'Close the string inside the action.');
}

/** The first word of an action: `if`, `else`, `end`, `define`, …, or '' for an expression. */
export function keywordOf(action: TemplateAction): string {
  const match = /^(if|else|end|with|range|define|block|template|break|continue)\b/.exec(action.body);
  return match?.[1] ?? '';
}
