import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageText } from '../../../shared/i18n/messages.js';
import { useEvidenceFiles } from '../evidence/evidence-fixture.js';

const evidenceFile = useEvidenceFiles();

describe('the exported age identity file', () => {
  it.each(['en', 'fr', 'ar'] as const)(
    'warns in the reader’s language (%s), keeps age’s public key line, and age reads it',
    async (locale) => {
      const ef = await evidenceFile();
      const file = path.join(ef.work, `identity-${locale}.txt`);
      ef.ports.exportTo = file;
      expect(await ef.call('identity.exportSecret', { understood: true, locale })).toEqual({ exported: true });
      const { recipient } = await ef.call('identity.show', {});
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      expect(lines.slice(0, 3)).toEqual([
        `# ${messageText(locale, 'documents.ageIdentity.secret')}`,
        `# ${messageText(locale, 'documents.ageIdentity.keep')}`,
        `# public key: ${recipient}`,
      ]);
      if (locale !== 'en') expect(lines[0]).not.toContain('whoever holds');
      expect(execFileSync('age-keygen', ['-y', file]).toString().trim()).toBe(recipient);
    },
  );
});
