/**
 * Python string literals → their value, without running Python: prefixes
 * (r, b, u, f), single/triple quotes, implicit concatenation and the common escapes.
 * f-strings keep their braces as text (their value is not known statically).
 */
const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '',
};

/** Value of one literal token such as `r"a\b"` or `'''x'''`; undefined when it is not one. */
export function pythonStringValue(literal: string): string | undefined {
  const match = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(literal);
  if (!match) return undefined;
  const [, prefix = '', quote] = match;
  if (quote === undefined || !literal.endsWith(quote) || literal.length < prefix.length + quote.length * 2) return undefined;
  const body = literal.slice(prefix.length + quote.length, literal.length - quote.length);
  if (/r/i.test(prefix)) return body;
  return unescape(body);
}

function unescape(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\' || i === body.length - 1) {
      out += ch;
      continue;
    }
    const next = body.charAt(++i);
    const octal = /^[0-7]{1,3}/.exec(body.slice(i, i + 3))?.[0];
    if (next in SIMPLE_ESCAPES) out += SIMPLE_ESCAPES[next];
    else if (octal) {
      // \0, \12, \101: up to three octal digits (CPython's differential fuzz found \12 read as \0 + "12").
      out += String.fromCharCode(parseInt(octal, 8));
      i += octal.length - 1;
    } else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 1, i + 3))) {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if ((next === 'u' || next === 'U') && /^[0-9a-fA-F]+$/.test(body.slice(i + 1, i + (next === 'u' ? 5 : 9)))) {
      const width = next === 'u' ? 4 : 8;
      const code = parseInt(body.slice(i + 1, i + 1 + width), 16);
      out += code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      i += width;
    } else out += '\\' + next;
  }
  return out;
}

/**
 * The grammar gives adjacent literals ("a" "b") as one String node or as
 * several; split a node's text into its literal tokens and join their values.
 */
export function concatenatedStringValue(text: string): string | undefined {
  return joinedValue(literalTokens(text));
}

/**
 * The value of a `str` literal known before run time, as a name given to `os.environ` is:
 * like concatenatedStringValue, but undefined when any part is an f-string (its value is
 * built at run time) or bytes (not a str).
 */
export function strLiteralValue(text: string): string | undefined {
  const tokens = literalTokens(text);
  if (tokens?.some((token) => /^[rRuU]*[bBfF]/.test(token))) return undefined;
  return joinedValue(tokens);
}

/** The literal tokens of a node's text; a backslash escapes the next character, in raw literals too, as Python's tokenizer reads them. */
function literalTokens(text: string): string[] | undefined {
  return text.match(/[rRbBuUfF]{0,2}('''(?:\\[\s\S]|[^\\])*?'''|"""(?:\\[\s\S]|[^\\])*?"""|'(?:\\[\s\S]|[^'\\\n])*'|"(?:\\[\s\S]|[^"\\\n])*")/g) ?? undefined;
}

function joinedValue(tokens: string[] | undefined): string | undefined {
  if (!tokens) return undefined;
  let out = '';
  for (const token of tokens) {
    const value = pythonStringValue(token);
    if (value === undefined) return undefined;
    out += value;
  }
  return out;
}
