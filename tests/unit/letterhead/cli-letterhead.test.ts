import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { casefile, errorOf, useTempDirs, valueOf, vaultWithCase } from '../people/cli-fixture.js';
import { FOOTER_LINES, HEADER_LINES, letterheadDocx } from './letterhead-fixtures.js';

const tempDir = useTempDirs();

describe('casefile letterhead', () => {
  it('imports a Word letterhead, shows it, refuses what is not one, and resets', async () => {
    const root = tempDir();
    const setup = await vaultWithCase(root);
    const docx = join(root, 'OLA letterhead.docx');
    writeFileSync(docx, await letterheadDocx());

    const shipped = await casefile(setup, ['letterhead', 'show']);
    expect(shipped.status).toBe(EXIT.ok);
    expect(shipped.stdout).toContain('shipped letterhead');

    const imported = valueOf<{ current: { lines: string[]; footerLines: string[]; sourceName: string } }>(
      await casefile(setup, ['--json', 'letterhead', 'import', docx]),
    );
    expect(imported.current).toMatchObject({
      lines: HEADER_LINES,
      footerLines: FOOTER_LINES,
      sourceName: 'OLA letterhead.docx',
    });
    const shown = await casefile(setup, ['letterhead', 'show']);
    expect(shown.stdout).toContain('Letterhead imported from OLA letterhead.docx');
    for (const line of [...HEADER_LINES, ...FOOTER_LINES]) expect(shown.stdout).toContain(line);
    expect(shown.stdout).toMatch(/Logo: PNG \d+×\d+ px/);

    const notDocx = join(root, 'notes.docx');
    writeFileSync(notDocx, 'Dear colleagues, the letterhead is attached.');
    const refused = await casefile(setup, ['--json', 'letterhead', 'import', notDocx]);
    expect(refused.status).toBe(EXIT.usage);
    expect(errorOf(refused).message).toMatch(/not a Word document/);
    expect(errorOf(refused).message).not.toContain('Dear colleagues');
    const missing = await casefile(setup, ['letterhead', 'import', join(root, 'absent.docx')]);
    expect(missing.status).toBe(EXIT.notFound);

    expect((await casefile(setup, ['letterhead', 'reset'])).stdout).toContain('shipped letterhead again');
    expect(valueOf<{ current: unknown }>(await casefile(setup, ['--json', 'letterhead', 'show'])).current).toBeNull();
  });
});
