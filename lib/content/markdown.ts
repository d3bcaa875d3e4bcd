// Role bodies: split into the fixed `## Heading {#id}` sections, check them, and turn each
// into sanitized HTML with `[[slug]]` role links resolved.
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import type { Root, RootContent } from 'mdast';
import { PROSE_SECTION_IDS, REQUIRED_PROSE_SECTION_IDS, type SectionId } from './sections';

export interface RawSection {
  id: SectionId;
  heading: string;
  markdown: string;
}

export interface SplitResult {
  sections: RawSection[];
  problems: string[]; // messages for the field "body"
}

const SECTION_HEADING = /^##\s+(.+?)\s*\{#([A-Za-z0-9-]+)\}\s*$/;
const ANY_TOP_HEADING = /^#{1,2}(\s|$)/;
const FENCE = /^(```|~~~)/;

export function splitSections(body: string): SplitResult {
  const problems: string[] = [];
  const sections: RawSection[] = [];
  let current: { id: string; heading: string; lines: string[] } | undefined;
  let inFence = false;
  const all: { id: string; heading: string; lines: string[] }[] = [];

  body.split('\n').forEach((line, index) => {
    if (FENCE.test(line)) inFence = !inFence;
    const match = inFence ? null : SECTION_HEADING.exec(line);
    if (match) {
      current = { heading: match[1]!, id: match[2]!, lines: [] };
      all.push(current);
    } else if (!inFence && ANY_TOP_HEADING.test(line)) {
      problems.push(
        `line ${index + 1}: "${line.trim()}" is not a section heading: use "## Heading {#id}" with one of ${PROSE_SECTION_IDS.join(', ')}, or "###" for a subheading`,
      );
    } else if (current) {
      current.lines.push(line);
    } else if (line.trim()) {
      problems.push(`line ${index + 1}: text before the first "## Heading {#overview}"`);
    }
  });

  let lastIndex = -1;
  const seen = new Set<string>();
  for (const s of all) {
    const index = PROSE_SECTION_IDS.indexOf(s.id as SectionId);
    if (index < 0) {
      problems.push(`unknown section id "#${s.id}": expected one of ${PROSE_SECTION_IDS.join(', ')}`);
      continue;
    }
    if (seen.has(s.id)) {
      problems.push(`section "#${s.id}" appears twice`);
      continue;
    }
    if (index < lastIndex) {
      problems.push(`section "#${s.id}" is out of order: expected the order ${PROSE_SECTION_IDS.join(', ')}`);
    }
    seen.add(s.id);
    lastIndex = Math.max(lastIndex, index);
    sections.push({ id: s.id as SectionId, heading: s.heading, markdown: s.lines.join('\n').trim() });
  }
  for (const id of REQUIRED_PROSE_SECTION_IDS) {
    const section = sections.find((s) => s.id === id);
    if (!section) problems.push(`missing section "## … {#${id}}"`);
    else if (!section.markdown) problems.push(`section "#${id}" has no text`);
  }
  return { sections, problems };
}

// --- role links ------------------------------------------------------------------------

const ROLE_LINK = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;

/** Slugs linked with `[[slug]]` or `[[slug|text]]`, in order of appearance. */
export function linkedRoleSlugs(markdown: string): string[] {
  return [...markdown.matchAll(ROLE_LINK)].map((m) => m[1]!.trim());
}

export function resolveRoleLinks(
  markdown: string,
  resolve: (slug: string) => { href: string; title: string } | undefined,
): string {
  return markdown.replace(ROLE_LINK, (whole, rawSlug: string, text?: string) => {
    const target = resolve(rawSlug.trim());
    if (!target) return whole; // reported by the reference check; never reaches a page
    const label = (text ?? target.title).trim().replace(/[[\]\\]/g, '\\$&');
    return `[${label}](${target.href})`;
  });
}

// --- safety and rendering --------------------------------------------------------------

const SAFE_URL = /^(https?:|mailto:|\/(?!\/)|#)/i;

function walk(node: Root | RootContent, visit: (n: RootContent) => void) {
  if (node.type !== 'root') visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** What the author wrote that a page must never carry: raw HTML, unsafe links, images. */
export function unsafeMarkdown(markdown: string): string[] {
  const problems: string[] = [];
  walk(remark().parse(markdown), (node) => {
    if (node.type === 'html') {
      problems.push(`raw HTML is not allowed (${JSON.stringify(node.value.slice(0, 40))})`);
    } else if (node.type === 'link' && !SAFE_URL.test(node.url.trim())) {
      problems.push(
        `link ${JSON.stringify(node.url.slice(0, 60))} is not allowed: use https:, http:, mailto: or a site path`,
      );
    } else if (node.type === 'image' || node.type === 'imageReference') {
      problems.push('images are not supported in role text');
    } else if (node.type === 'linkReference' || node.type === 'definition') {
      // A definition's URL would bypass the link rules above: write links inline.
      problems.push(`reference-style links are not allowed (${JSON.stringify(('label' in node && node.label) || '')}): write [text](https://…) inline`);
    }
  });
  return problems;
}

const processor = remark().use(remarkHtml); // sanitizes with GitHub's schema by default

/** Markdown -> HTML with raw HTML and script URLs stripped, whatever the input. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}

/** Markdown with `## Heading {#id}` headings given that id, so a page can link to #id (editorial pages). */
export function renderWithHeadingIds(markdown: string): string {
  return renderMarkdown(markdown).replace(/<h([2-4])>(.*?)\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}<\/h\1>/g, '<h$1 id="$3">$2</h$1>');
}

export function countWords(markdown: string): number {
  const plain = markdown
    .replace(ROLE_LINK, (_, slug: string, t?: string) => t ?? slug)
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/\{#[^}]*\}/g, ' ')
    .replace(/[#*_>`[\]|-]/g, ' ');
  return plain.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
