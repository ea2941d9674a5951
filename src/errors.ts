/**
 * Errors that reach the user. An InputError is bad input (exit code 2): it names
 * the file and line when there is one, what was expected, and what to do.
 * Anything else that escapes is a bug, reported in one line (see cli/main.ts).
 */
export interface InputErrorDetails {
  /** Repository-relative (or absolute, for files outside a repository) path. */
  file?: string;
  /** 1-based line. */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** What the user can do about it. */
  hint?: string;
}

export class InputError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly hint?: string;

  constructor(message: string, details: InputErrorDetails = {}) {
    super(message);
    this.name = 'InputError';
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.hint = details.hint;
  }

  /** "file:line: message (hint)" — the one line a terminal or log shows. */
  describe(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${where}${this.message}${this.hint ? `\n  ${this.hint}` : ''}`;
  }
}

/** The first line of what a caught value says: an Error's message, or the value as text. */
export function firstLineOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}

/** Exit codes shared by the CLI and the actions. */
export const ExitCode = { pass: 0, failed: 1, inputError: 2 } as const;
