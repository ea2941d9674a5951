/**
 * V8 keeps a slice or a concatenation of strings as a view of the strings it was made from, so
 * a short name cut from a file (or from a chunk of a git command's output) keeps the whole file
 * in memory for as long as the name lives. Results kept past their source are copied out.
 */

/** Shorter strings are always copies in V8 (no slice or concatenation views). */
const VIEW_MIN_LENGTH = 13;

/** A string of its own, holding no other string alive (code unit for code unit, lone surrogates too). */
export function ownString(text: string): string {
  return text.length < VIEW_MIN_LENGTH ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** The same, for a string that may be absent. */
export function ownStringOrNull(text: string | null): string | null {
  return text === null ? null : ownString(text);
}
