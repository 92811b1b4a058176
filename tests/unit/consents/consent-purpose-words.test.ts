import { describe, expect, it } from 'vitest';
import {
  DISCIPLINARY_SHARING_NAME,
  DISCIPLINARY_SHARING_PURPOSE,
  customConsentPurpose,
} from '../../../shared/domain/consent.js';
import { PURPOSE_OF_RECIPIENT } from '../../../shared/documents/template.js';
import { consentPurposeText } from '../../../shared/i18n/consent-purpose-text.js';
import { labelText } from '../../../shared/i18n/labels.js';
import { casefile, hoursAgo, useTempDirs, valueOf, vaultWithCase } from '../people/cli-fixture.js';

const tempDir = useTempDirs();

describe("a consent's purpose in the reader's words", () => {
  it('words the UN disciplinary process and a standard purpose in each language, a custom one as written', () => {
    // The purpose a letter to human resources or the UNV programme needs (R9) is this one.
    expect(PURPOSE_OF_RECIPIENT.human_resources).toBe(DISCIPLINARY_SHARING_PURPOSE);
    const named = (['en', 'fr', 'ar'] as const).map((language) =>
      consentPurposeText(language, DISCIPLINARY_SHARING_PURPOSE),
    );
    expect(named[0]).toBe('Sharing with the UN’s disciplinary process');
    expect(named[1]).toBe('Communication à la procédure disciplinaire de l’ONU');
    expect(named[2]).toMatch(/^[\u0600-\u06ff\s]+$/);
    for (const words of named) expect(words).not.toContain('sharing with UN disciplinary process');
    expect(consentPurposeText('fr', 'medical_exam')).toBe(labelText('fr', 'consentPurpose', 'medical_exam'));
    expect(consentPurposeText('ar', customConsentPurpose('photographs of injuries'))).toBe('photographs of injuries');
  });

  it('is recorded by name on the command line and said in its language', async () => {
    const root = tempDir();
    const setup = await vaultWithCase(root, [{ role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' }]);
    const args = ['consent', 'record', '--case', setup.reference, '--person', 'V-01', '--decision', 'given'];
    const french = await casefile(setup, [
      '--ui-lang',
      'fr',
      ...args,
      '--purpose',
      DISCIPLINARY_SHARING_NAME,
      '--decided-at',
      hoursAgo(2),
    ]);
    expect(french.status, french.stderr).toBe(0);
    expect(french.stdout).toContain('Communication à la procédure disciplinaire de l’ONU');
    expect(french.stdout).not.toContain('sharing with UN disciplinary process');
    const stored = valueOf(
      await casefile(setup, ['--json', ...args, '--purpose', DISCIPLINARY_SHARING_NAME, '--decided-at', hoursAgo(1)]),
    );
    expect(stored).toMatchObject({ purpose: DISCIPLINARY_SHARING_PURPOSE });
  });
});
