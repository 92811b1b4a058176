import { createCase } from '../../electron/core/cases/case-create.js';
import { caseFileContext } from '../../electron/core/composition.js';
import type { CaseFileContext } from '../../electron/core/kernel/context.js';
import { unlockWithPassphrase as openVaultFile } from '../../electron/core/kernel/vault/vault.js';
import { contract } from '../../shared/contract/index.js';
import type { VaultHarness } from './fixtures.js';
import type { Page } from '@playwright/test';
import { openCaseFromList } from './cases-fixtures.js';
import { openWithVault, PASSPHRASE, unlockWithPassphrase } from './helpers.js';

/**
 * A case of the size a spec needs, written straight into the vault through the core's own
 * functions in one transaction (thousands of rows through the bridge would take minutes): the
 * vault is locked while it is written, `fill` adds the rows to the new case, and the spec unlocks.
 */
export async function writeCaseAtSize(
  vault: VaultHarness,
  { title, actor }: { title: string; actor: string },
  fill: (ctx: CaseFileContext, caseId: string) => void,
): Promise<void> {
  vault.ws.lock('user');
  const file = await openVaultFile(vault.ws.dir, PASSPHRASE);
  try {
    const ctx = caseFileContext({ db: () => file.db, now: () => vault.clock.now(), actor });
    file.db.transaction(() => {
      const theCase = createCase(
        ctx,
        contract['cases.create'].input.parse({
          title,
          dateReceived: '2026-03-01',
          reportingChannel: 'hotline',
          entity: 'MINUSCA',
        }),
      );
      fill(ctx, theCase.id);
    })();
  } finally {
    file.close();
  }
}

/**
 * The app opened on a case of the size a spec needs: the vault opened in the page, the case
 * written by `fill` (as writeCaseAtSize does), the page reloaded and unlocked, the case opened.
 */
export async function openCaseAtSize(
  page: Page,
  vault: VaultHarness,
  title: string,
  fill: (ctx: CaseFileContext, caseId: string) => void,
): Promise<void> {
  await openWithVault(page, vault);
  await writeCaseAtSize(vault, { title, actor: 'e2e' }, fill);
  await page.reload();
  await unlockWithPassphrase(page);
  await openCaseFromList(page, title);
}
