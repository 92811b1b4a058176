import { PAGE_SIZES, type DocumentLanguage, type PageSize } from '../../../shared/documents/document-model.js';
import type { DocumentModel } from '../../../shared/documents/document-model.js';
import { buildMergeData } from '../../../shared/documents/merge-data.js';
import { mergeTemplate } from '../../../shared/documents/merge.js';
import { DISCIPLINARY_SHARING_PURPOSE } from '../../../shared/domain/consent.js';
import { templateLanguages, type Template } from '../../../shared/documents/template.js';
import { SHIPPED_TEMPLATES } from '../../../shared/documents/templates/index.js';
import { consent, letterFor, makeClocks, makeEvidence, snapshotFor } from '../documents-model/fixtures.js';

/**
 * Every letter Casefile ships, as the sample case fills it: each template in each of its
 * languages on each page size (the outputs the reader tests open with other software).
 */
export interface ShippedLetter {
  /** E.g. "closure_other.fr.Letter". */
  name: string;
  template: Template;
  language: DocumentLanguage;
  pageSize: PageSize;
  model: DocumentModel;
}

export function shippedLetters(): ShippedLetter[] {
  return SHIPPED_TEMPLATES.flatMap((template) =>
    templateLanguages(template).flatMap((language) => {
      const built = buildMergeData({
        // The adult victim consented to both kinds of sharing: names appear in referrals too.
        snapshot: snapshotFor(template.kind, {
          consents: [consent('v1', 'sharing_with_national_authorities'), consent('v1', DISCIPLINARY_SHARING_PURPOSE)],
        }),
        kind: template.kind,
        language,
        letter: letterFor(template.kind),
        evidence: makeEvidence(),
        clocks: makeClocks(),
      });
      return PAGE_SIZES.map((pageSize) => ({
        name: `${template.id}.${language}.${pageSize}`,
        template,
        language,
        pageSize,
        model: mergeTemplate(template, language, built.data, { pageSize }),
      }));
    }),
  );
}
