/**
 * YAML with line numbers and limits. Every YAML file Lockstep reads (its config, Helm
 * values files) goes through here, so errors always name the file and line, and an
 * alias bomb or an oversized file is refused instead of eating the runner's memory.
 */
import { isMap, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { InputError } from '../errors.js';

export const MAX_YAML_BYTES = 2 * 1024 * 1024;
/** Aliases beyond this count are refused: a "billion laughs" file expands exponentially. */
export const MAX_YAML_ALIASES = 100;

/**
 * Flow collections (`[`, `{`) nested deeper than this are refused before parsing: the YAML
 * composer recurses once per level, and past about a thousand levels it exhausts the stack —
 * the second time in a process, V8 then aborts the whole process (a fatal "RegExpCompiler
 * Allocation failed") instead of throwing. No configuration or values file nests this deep.
 */
export const MAX_YAML_FLOW_DEPTH = 100;

export type YamlPath = ReadonlyArray<string | number>;

export interface ParsedYaml {
  file: string;
  value: unknown;
  document: Document;
  /** 1-based line of the node at `path`, or of its closest existing ancestor. */
  lineOf(path: YamlPath): number | undefined;
  /** 1-based line of the key `key` inside the mapping at `path` (for unknown keys). */
  lineOfKey(path: YamlPath, key: string): number | undefined;
}

/**
 * `version: '1.1'` reads the file as Helm does (sigs.k8s.io/yaml, YAML 1.1): `on`/`off`,
 * `yes`/`no`, `y`/`n` are booleans, `0777` is octal, `1_000` a number. Lockstep's own
 * configuration is YAML 1.2.
 */
export interface YamlOptions {
  version?: '1.1' | '1.2';
}

export function parseYaml(text: string, file: string, options: YamlOptions = {}): ParsedYaml {
  assertReadable(text, file);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    version: options.version ?? '1.2',
    // helm hands dates on as strings (YAML → JSON), never as dates
    customTags: (tags) => tags.filter((tag) => typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:timestamp'),
  });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const [error] = document.errors;
  if (error) {
    throw new InputError(`invalid YAML: ${error.message.split('\n')[0]}`, {
      file,
      line: lineAt(error.pos[0]),
      hint: 'Fix the YAML syntax at that line.',
    });
  }
  return withLines({ file, value: documentValue(document, file), document }, lineAt);
}

/** Refuse, before parsing, a file too large or nested too deep to be configuration. */
function assertReadable(text: string, file: string): void {
  if (Buffer.byteLength(text, 'utf8') > MAX_YAML_BYTES) {
    throw new InputError(`file is larger than ${MAX_YAML_BYTES / 1024 / 1024} MB; refusing to read it as YAML`, {
      file,
      hint: 'Point the configuration at the intended file; YAML files this large are not configuration.',
    });
  }
  const tooDeep = lineOfExcessiveFlowDepth(text);
  if (tooDeep !== undefined) {
    throw new InputError(`YAML nested more than ${MAX_YAML_FLOW_DEPTH} levels deep ([ and { collections); refusing to read it`, {
      file,
      line: tooDeep,
      hint: 'Flatten the structure: configuration and values files never need this much nesting.',
    });
  }
}

/** The document as plain values, aliases expanded at most MAX_YAML_ALIASES times. */
function documentValue(document: Document, file: string): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new InputError(`YAML refused: ${message}`, {
      file,
      hint: `Aliases may expand at most ${MAX_YAML_ALIASES} times (a guard against alias bombs); write the values out.`,
    });
  }
}

/** A parsed file with the line lookups of ParsedYaml. */
function withLines(parsed: Pick<ParsedYaml, 'file' | 'value' | 'document'>, lineAt: (offset: number) => number): ParsedYaml {
  const { document } = parsed;
  const nodeAt = (path: YamlPath): Node | undefined => {
    let node: unknown = document.contents;
    let found: Node | undefined = node as Node | undefined;
    for (const step of path) {
      if (isMap(node) || isSeq(node)) {
        node = node.get(step, true);
        if (!node) break;
        found = node as Node;
      } else break;
    }
    return found;
  };
  return {
    ...parsed,
    lineOf(path) {
      const node = nodeAt(path);
      return node?.range ? lineAt(node.range[0]) : undefined;
    },
    lineOfKey(path, key) {
      const node = path.length === 0 ? document.contents : nodeAt(path);
      if (!isMap(node)) return undefined;
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      const keyNode = pair?.key as Node | undefined;
      return keyNode?.range ? lineAt(keyNode.range[0]) : undefined;
    },
  };
}

/** The line where flow nesting first exceeds MAX_YAML_FLOW_DEPTH, found by the (non-recursive) lexer. */
function lineOfExcessiveFlowDepth(text: string): number | undefined {
  if (!/[[{]/.test(text)) return undefined;
  let depth = 0;
  let line = 1;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      depth += 1;
      if (depth > MAX_YAML_FLOW_DEPTH) return line;
    } else if (token === ']' || token === '}') {
      depth = Math.max(0, depth - 1);
    } else if (token.includes('\n')) {
      line += token.split('\n').length - 1;
    }
  }
  return undefined;
}
