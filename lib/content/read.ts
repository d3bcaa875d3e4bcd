// Reading content files safely, before any parser sees them:
// - only regular files inside content/ (a symbolic link could publish text from elsewhere);
// - at most MAX_FILE_BYTES, decoded strictly as UTF-8 (a stray Latin-1 byte would show as
//   thousands of replacement characters); BOM and CRLF tolerated;
// - nesting checked line by line before parsing, so deep YAML or Markdown can neither crash
//   the parser's stack nor make it run for minutes;
// - YAML parsed with the core schema and alias limits; an undefined alias is named as such;
// - front matter only ever as YAML: gray-matter's JavaScript engine would evaluate code.
import fs from 'node:fs';
import matter from 'gray-matter';
import { parse as parseYamlText, YAMLParseError } from 'yaml';

export class ReadError extends Error {}

/** Content files are text of a few kilobytes; 256 kB leaves ample room and stops accidents. */
export const MAX_FILE_BYTES = 256 * 1024;
/** Deeper YAML than this is not content: our deepest file nests 5 levels. */
export const MAX_YAML_DEPTH = 12;
/** Deeper Markdown (quotes, lists) than this is not prose: our pages nest 2 levels. */
export const MAX_MARKDOWN_DEPTH = 8;
const MAX_ALIASES = 50;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as content must be: a regular file, small, valid UTF-8. */
export function readContentFile(file: string): string {
  const stat = fs.lstatSync(file);
  if (stat.isSymbolicLink()) throw new ReadError('symbolic links are not followed: content must live inside content/');
  if (!stat.isFile()) throw new ReadError('expected a regular file');
  if (stat.size > MAX_FILE_BYTES) {
    throw new ReadError(`file is ${Math.ceil(stat.size / 1024)} kB: content files may be at most ${MAX_FILE_BYTES / 1024} kB`);
  }
  const bytes = fs.readFileSync(file);
  let decoded: string;
  try {
    decoded = strictUtf8.decode(bytes);
  } catch {
    throw new ReadError(`not valid UTF-8 (first bad byte at offset ${firstBadUtf8Byte(bytes)}): save the file as UTF-8`);
  }
  return normalizeText(decoded);
}

/** Offset of the first byte that breaks UTF-8 (a simple scan: the decoder does not say). */
function firstBadUtf8Byte(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return bytes.length;
}

export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** NUL, other C0/C1 controls (but tab and newline), zero-width and bidirectional controls. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

export function hasInvisible(value: string): boolean {
  return INVISIBLE.test(value);
}

/** A value with its invisible characters shown as \u{…}, for messages. */
export function showInvisible(value: string): string {
  return value.replace(INVISIBLE_ALL, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`);
}

/** The line (1-based) of the first character of a file that is invisible, or undefined. */
export function invisibleLine(source: string): number | undefined {
  const at = source.search(INVISIBLE);
  return at < 0 ? undefined : source.slice(0, at).split('\n').length;
}

/**
 * How deeply a YAML text nests, read from indentation and flow brackets without parsing it.
 * Over-counts rather than under-counts (a "- key:" line counts twice), which is what a guard wants.
 */
export function yamlDepth(source: string): { depth: number; line: number } {
  let worst = { depth: 0, line: 0 };
  const indents: number[] = [];
  let flow = 0;
  source.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+#.*$/, '');
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (flow === 0) {
      const indent = line.length - line.trimStart().length;
      while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    }
    const dashes = (/^\s*((?:-\s+)+)/.exec(line)?.[1] ?? '').replace(/\s/g, '').length;
    let deepest = flow;
    let quote: string | undefined;
    for (const c of line) {
      if (quote) {
        if (c === quote) quote = undefined;
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '[' || c === '{') {
        flow++;
        deepest = Math.max(deepest, flow);
      } else if ((c === ']' || c === '}') && flow > 0) {
        flow--;
      }
    }
    const depth = indents.length + dashes + deepest;
    if (depth > worst.depth) worst = { depth, line: i + 1 };
  });
  return worst;
}

/** How deeply Markdown nests block quotes and lists, line by line, without parsing it. */
export function markdownDepth(source: string): { depth: number; line: number } {
  let worst = { depth: 0, line: 0 };
  source.split('\n').forEach((line, i) => {
    const quotes = (/^[\s>]*/.exec(line)?.[0] ?? '').split('>').length - 1;
    const rest = line.replace(/^[\s>]*/, '');
    const indent = (/^\s*/.exec(line.replace(/^[\s>]*>/, ''))?.[0].length ?? 0);
    const lists = (/^(?:(?:[-*+]|\d+[.)])\s+)+/.exec(rest)?.[0].trim().split(/\s+/).length ?? 0) + Math.floor(indent / 2);
    const depth = quotes + lists;
    if (depth > worst.depth) worst = { depth, line: i + 1 };
  });
  return worst;
}

/** Parses YAML; `firstLine` is the file line the source starts on, for error messages. */
export function parseYaml(source: string, firstLine = 1): unknown {
  const { depth, line } = yamlDepth(source);
  if (depth > MAX_YAML_DEPTH) {
    throw new ReadError(`YAML nests ${depth} levels deep at line ${line + firstLine - 1}: at most ${MAX_YAML_DEPTH} are allowed`);
  }
  try {
    // YAML 1.2 core schema: dates stay strings, no custom tags, duplicate keys are errors.
    return parseYamlText(source, { schema: 'core', maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (error instanceof YAMLParseError || error instanceof Error) {
      const message = error.message.split('\n')[0]!;
      const line = error instanceof YAMLParseError ? error.linePos?.[0].line : undefined;
      const where = line === undefined ? '' : ` at line ${line + firstLine - 1}`;
      if (/excessive alias count/i.test(message)) {
        throw new ReadError(`YAML uses too many aliases (more than ${MAX_ALIASES}): refused as a possible alias bomb`);
      }
      if (/unresolved alias|aliased anchor not found/i.test(message)) {
        throw new ReadError(`invalid YAML${where}: an alias (*name) refers to an anchor (&name) that is not defined before it`);
      }
      if (error instanceof RangeError) throw new ReadError(`YAML nests too deeply${where}`);
      throw new ReadError(`invalid YAML${where}: ${message.replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    throw error;
  }
}

export function readYamlFile(file: string): unknown {
  return parseYaml(readContentFile(file));
}

const OPENING = /^---([^\n]*)\n/;

function refuseEngine(): never {
  throw new ReadError('front matter must be YAML: JavaScript front matter is never evaluated');
}

export function parseFrontMatter(source: string): { data: unknown; body: string; bodyLine: number } {
  const opening = OPENING.exec(source);
  if (!opening) throw new ReadError('expected front matter between "---" lines at the top of the file');
  const language = opening[1]!.trim();
  if (language && language.toLowerCase() !== 'yaml') {
    throw new ReadError(`front matter must be YAML, found "---${language}": JavaScript front matter is never evaluated`);
  }
  const parsed = matter(source, {
    language: 'yaml',
    engines: { yaml: (text: string) => (parseYaml(text, 2) ?? {}) as object, js: refuseEngine, javascript: refuseEngine, json: refuseEngine },
  });
  const body = parsed.content.replace(/^\n+/, '');
  const bodyLine = source.split('\n').length - body.split('\n').length + 1;
  const { depth, line } = markdownDepth(body);
  if (depth > MAX_MARKDOWN_DEPTH) {
    throw new ReadError(`Markdown nests ${depth} levels deep (quotes and lists) at line ${line + bodyLine - 1}: at most ${MAX_MARKDOWN_DEPTH} are allowed`);
  }
  return { data: parsed.data, body, bodyLine };
}

