import {
  PDFArray,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';

/**
 * The logical structure of a letter (tagged PDF, ISO 32000-1 §14.7–14.8), for screen readers and
 * for text extraction: every drawn thing is either marked content owned by a structure element
 * (a heading, a paragraph, a table cell, the emblem as a figure) or an artifact (the page's
 * header and footer, rules and cell borders), as PDF/UA-1 (ISO 14289-1 §7.1) asks.
 *
 * Layout creates the elements in reading order before anything is drawn; drawing then marks each
 * piece of content with the element it belongs to; `write` turns the tree into PDF objects.
 */

/** The standard structure types a letter uses (ISO 32000-1 §14.8.4): no role map is needed. */
export type StructureType =
  'Document' | 'H1' | 'H2' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure';

export interface StructureAttributes {
  /** Alternate description (a figure must have one). */
  alt?: string;
  /** A header cell's scope. */
  scope?: 'Column' | 'Row';
}

interface MarkedContent {
  page: PDFPage;
  mcid: number;
}

/** One node of the structure tree: its kids are elements and marked content, in reading order. */
export class StructureElement {
  readonly kids: (StructureElement | MarkedContent)[] = [];
  /** Where the figure is drawn, [left, bottom, right, top] (PDF/UA wants it for figures). */
  bbox?: [number, number, number, number];

  constructor(
    readonly type: StructureType,
    readonly attributes: StructureAttributes = {},
  ) {}

  child(type: StructureType, attributes: StructureAttributes = {}): StructureElement {
    const element = new StructureElement(type, attributes);
    this.kids.push(element);
    return element;
  }

  /** Whether anything drawn belongs to it: elements that show nothing are left out of the tree. */
  get shows(): boolean {
    return this.kids.some((kid) => !(kid instanceof StructureElement) || kid.shows);
  }
}

/** What an artifact is (ISO 32000-1 §14.8.2.2): the page's running header and footer, or a layout line. */
export type ArtifactKind = 'Pagination' | 'Layout';

const name = (value: string): string => PDFName.of(value).toString();

export class TaggedContent {
  readonly root = new StructureElement('Document');
  /** Per page, the element that owns each marked-content id (the page's entry in the parent tree). */
  readonly #owners = new Map<PDFPage, StructureElement[]>();

  /** Draws `draw`'s content as marked content of `element`. */
  mark(page: PDFPage, element: StructureElement, draw: () => void): void {
    const owners = this.#owners.get(page) ?? [];
    this.#owners.set(page, owners);
    const mcid = owners.length;
    owners.push(element);
    element.kids.push({ page, mcid });
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [name(element.type), `<</MCID ${mcid}>>`]),
    );
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** Draws `draw`'s content as an artifact: seen, but not part of what the letter says. */
  artifact(page: PDFPage, kind: ArtifactKind, draw: () => void): void {
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [name('Artifact'), `<</Type ${name(kind)}>>`]),
    );
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /**
   * The structure tree into the document: StructTreeRoot with its parent tree, each page's
   * StructParents and tab order, and the catalog's MarkInfo.
   */
  write(doc: PDFDocument, pages: readonly PDFPage[]): void {
    const { context } = doc;
    const rootRef = context.nextRef();
    const parentTree = pages.map((page) => (this.#owners.get(page) ?? []).map((): PDFRef | null => null));
    const refs = new Map<StructureElement, PDFRef>();
    const pageIndex = new Map(pages.map((page, index) => [page, index]));

    const writeElement = (element: StructureElement, parent: PDFRef): PDFRef => {
      const ref = context.nextRef();
      refs.set(element, ref);
      const kids = PDFArray.withContext(context);
      let firstPage: PDFPage | undefined;
      for (const kid of element.kids) {
        if (kid instanceof StructureElement) {
          if (kid.shows) kids.push(writeElement(kid, ref));
          continue;
        }
        firstPage ??= kid.page;
        kids.push(context.obj({ Type: 'MCR', Pg: kid.page.ref, MCID: kid.mcid }));
      }
      const dict = context.obj({ Type: 'StructElem', S: element.type, P: parent, K: kids });
      if (firstPage) dict.set(PDFName.of('Pg'), firstPage.ref);
      if (element.attributes.alt !== undefined)
        dict.set(PDFName.of('Alt'), PDFHexString.fromText(element.attributes.alt));
      const attributes: Record<string, unknown>[] = [];
      if (element.attributes.scope) attributes.push({ O: 'Table', Scope: element.attributes.scope });
      if (element.bbox) attributes.push({ O: 'Layout', BBox: element.bbox, Placement: 'Block' });
      if (attributes.length === 1) dict.set(PDFName.of('A'), context.obj(attributes[0] as never));
      else if (attributes.length > 1) dict.set(PDFName.of('A'), context.obj(attributes as never));
      context.assign(ref, dict);
      return ref;
    };
    const documentRef = writeElement(this.root, rootRef);

    for (const [page, owners] of this.#owners) {
      const index = pageIndex.get(page);
      if (index === undefined) continue;
      owners.forEach((owner, mcid) => (parentTree[index]![mcid] = refs.get(owner) ?? null));
    }
    const nums = PDFArray.withContext(context);
    pages.forEach((page, index) => {
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(index));
      // Tab order follows the structure (PDF/UA-1 §7.18.3).
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
      nums.push(PDFNumber.of(index));
      nums.push(context.obj(parentTree[index]!.map((ref) => ref ?? null)));
    });
    context.assign(
      rootRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: documentRef,
        ParentTree: context.register(context.obj({ Nums: nums })),
        ParentTreeNextKey: pages.length,
      }),
    );
    doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }
}
