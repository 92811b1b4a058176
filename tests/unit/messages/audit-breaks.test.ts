import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { AUDIT_BREAK_REASONS, AuditVerification } from '../../../shared/contract/audit.js';
import { messages as en } from '../../../shared/i18n/en/messages.js';
import { messageText } from '../../../shared/i18n/messages.js';
import { auditBreakText } from '../../../renderer/case/audit-text.js';
import { resources } from '../../../renderer/i18n/index.js';
import { placeholdersOf } from './catalogue-shape.js';

/** A row number for every placeholder a break's words name. */
const paramsOf = (reason: string): Record<string, number> =>
  Object.fromEntries(
    placeholdersOf(en.auditBreaks[reason as keyof typeof en.auditBreaks]).map(({ body }, i) => [body, 11 + i]),
  );

describe("the audit chain's break reasons", () => {
  it('are a closed set of codes, each worded by the catalogue, never a sentence from the core', () => {
    expect(Object.keys(en.auditBreaks).sort()).toEqual([...AUDIT_BREAK_REASONS].sort());
    const sentence = {
      ok: false,
      checkedRows: 3,
      firstBroken: { seq: 3, reason: 'hash mismatch: changed', params: {} },
    };
    expect(AuditVerification.safeParse(sentence).success).toBe(false);
  });

  it('read in French in a French audit tab, with the row numbers in place', async () => {
    const fr = i18next.createInstance();
    await fr.init({ resources, lng: 'fr', fallbackLng: false, interpolation: { escapeValue: false } });
    for (const reason of AUDIT_BREAK_REASONS) {
      const params = paramsOf(reason);
      const french = auditBreakText(fr.t as TFunction, { seq: 4, reason, params });
      expect(french, reason).toBe(messageText('fr', `auditBreaks.${reason}`, params));
      expect(french, reason).not.toBe(messageText('en', `auditBreaks.${reason}`, params));
      expect(french, reason).toMatch(/ligne|journal/);
      for (const value of Object.values(params)) expect(french, reason).toContain(String(value));
      expect(french).not.toMatch(/\{\{|messages\./);
    }
  });
});
