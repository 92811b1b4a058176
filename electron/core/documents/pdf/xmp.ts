/**
 * The document's XMP metadata: title, language, producer and dates as in the Info dictionary,
 * and the PDF/UA-1 identification (ISO 14289-1 §6.7.11: `pdfuaid:part` 1), which says the file
 * is meant to conform: tagged, every text in a structure element or an artifact, a title shown
 * in the window bar, a language, fonts embedded with their Unicode mappings.
 */

export interface XmpFacts {
  title: string;
  /** BCP 47 tag. */
  language: string;
  /** The creator tool and producer. */
  tool: string;
  createdAt?: Date;
}

const escapeXml = (value: string): string => value.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function pdfUaMetadata(facts: XmpFacts): string {
  const title = escapeXml(facts.title);
  const language = escapeXml(facts.language);
  const tool = escapeXml(facts.tool);
  const date = facts.createdAt?.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:language><rdf:Bag><rdf:li>${language}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Producer>${tool}</pdf:Producer>`,
    `<xmp:CreatorTool>${tool}</xmp:CreatorTool>`,
    ...(date ? [`<xmp:CreateDate>${date}</xmp:CreateDate>`, `<xmp:ModifyDate>${date}</xmp:ModifyDate>`] : []),
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
