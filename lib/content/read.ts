// Reading content files safely: BOM and CRLF tolerated, YAML parsed with alias limits
// (no "billion laughs"), and front matter only ever as YAML: gray-matter's JavaScript
// engine would evaluate code from the file, so it is refused before gray-matter runs.
import fs from 'node:fs';
import matter from 'gray-matter';
import { parse as parseYamlText, YAMLParseError } from 'yaml';

export class ReadError extends Error {}

export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const MAX_ALIASES = 50;

/** Parses YAML; `firstLine` is the file line the source starts on, for error messages. */
export function parseYaml(source: string, firstLine = 1): unknown {
  try {
    // YAML 1.2 core schema: dates stay strings, no custom tags, duplicate keys are errors.
    return parseYamlText(source, { schema: 'core', maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (error instanceof YAMLParseError || error instanceof Error) {
      const message = error.message.split('\n')[0]!;
      if (/alias/i.test(message)) {
        throw new ReadError(`YAML uses too many aliases (more than ${MAX_ALIASES}): refused as a possible alias bomb`);
      }
      const line = error instanceof YAMLParseError ? error.linePos?.[0].line : undefined;
      const where = line === undefined ? '' : ` at line ${line + firstLine - 1}`;
      throw new ReadError(`invalid YAML${where}: ${message.replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    throw error;
  }
}

export function readYamlFile(file: string): unknown {
  return parseYaml(normalizeText(fs.readFileSync(file, 'utf8')));
}

const OPENING = /^---([^\n]*)\n/;

function refuseEngine(): never {
  throw new ReadError('front matter must be YAML: JavaScript front matter is never evaluated');
}

export function parseFrontMatter(raw: string): { data: unknown; body: string } {
  const source = normalizeText(raw);
  const opening = OPENING.exec(source);
  if (!opening) throw new ReadError('expected front matter between "---" lines at the top of the file');
  const language = opening[1]!.trim();
  if (language && language.toLowerCase() !== 'yaml') {
    throw new ReadError(
      `front matter must be YAML, found "---${language}": JavaScript front matter is never evaluated`,
    );
  }
  const parsed = matter(source, {
    language: 'yaml',
    engines: { yaml: (text: string) => (parseYaml(text, 2) ?? {}) as object, js: refuseEngine, javascript: refuseEngine, json: refuseEngine },
  });
  return { data: parsed.data, body: parsed.content.replace(/^\n+/, '') };
}

export function readFrontMatterFile(file: string) {
  return parseFrontMatter(fs.readFileSync(file, 'utf8'));
}
