import type { Doc } from './text-blocks.js';

/** A pdfkit structure element (`doc.struct(...)`). */
type StructureElement = ReturnType<Doc['struct']>;

/** Options of a structure element: its language (BCP 47, e.g. `"ko"`) and alternate text. */
export interface StructureOptions {
  lang?: string | undefined;
  alt?: string | undefined;
  /** Attributes written to the element's `/A` entry, e.g. `{ O: 'Table', ColSpan: 4 }`. */
  attributes?: Record<string, string | number> | undefined;
}

/** Open structure elements per document, innermost last. */
const stacks = new WeakMap<Doc, StructureElement[]>();

function createElement(doc: Doc, type: string, options: StructureOptions): StructureElement {
  const settings: { lang?: string; alt?: string } = {};
  if (options.lang !== undefined) settings.lang = options.lang;
  if (options.alt !== undefined) settings.alt = options.alt;
  const element = doc.struct(type, settings);
  if (options.attributes !== undefined) {
    (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data['A'] =
      options.attributes;
  }
  const stack = stacks.get(doc) ?? [];
  const parent = stack.at(-1);
  if (parent === undefined) doc.addStructure(element);
  else parent.add(element);
  return element;
}

/**
 * Opens a grouping structure element (`Document`, `Sect`, `Table`, `TR`, `TD`, `L`…) as a child of the
 * innermost open one, or as the root of the structure tree. Close it with {@link closeStructure}.
 */
export function openStructure(doc: Doc, type: string, options: StructureOptions = {}): void {
  const element = createElement(doc, type, options);
  stacks.set(doc, [...(stacks.get(doc) ?? []), element]);
}

/** Closes the innermost open structure element. */
export function closeStructure(doc: Doc): void {
  const stack = stacks.get(doc) ?? [];
  stack.pop()?.end();
}

/**
 * Draws content as one structure element of `type` (`P`, `H1`, `H2`, `Figure`…) inside the innermost open
 * element. The content is marked (BDC/EMC with an MCID); when pdfkit breaks the text onto a new page, it
 * continues the marking there, and the element is linked to every part because it is attached only after
 * `draw` returns.
 */
export function markBlock(doc: Doc, type: string, draw: () => void, options: StructureOptions = {}): void {
  const element = createElement(doc, type, options);
  const content = doc.markStructureContent(type);
  draw();
  doc.endMarkedContent();
  element.add(content);
  element.end();
}

/** Draws content that is not part of the reading order (running header, footer, rules) as an artifact. */
export function markArtifact(doc: Doc, type: 'Pagination' | 'Layout', draw: () => void): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** The language of a run of text for screen readers: `"ko"` when it holds Hangul, else `fallback`. */
export function detectLanguage(text: string, fallback: string | undefined): string | undefined {
  return /\p{Script=Hangul}/u.test(text) ? 'ko' : fallback;
}
