import { expect, type Page } from '@playwright/test';
import type { MethodInput } from '../../shared/contract/index.js';
import type { VaultHarness } from './fixtures.js';

/** A plausible intake; tests override what they are about. Titles use pseudonym codes only, as the form asks. */
function intake(overrides: Partial<MethodInput<'cases.create'>> = {}): MethodInput<'cases.create'> {
  return {
    title: 'Mission Alpha, report of March',
    summary: 'V-01 reported that a contingent member offered food in exchange for sex.',
    dateReceived: '2026-03-02',
    reportingChannel: 'hotline',
    entity: 'MINUSCA',
    ...overrides,
  };
}

/** Creates a case through the real router (the state a test starts from, not what it tests). */
export async function createCase(
  vault: VaultHarness,
  overrides: Partial<MethodInput<'cases.create'>> = {},
): Promise<{ id: string; reference: string }> {
  const created = await vault.dispatch('cases.create', intake(overrides));
  if (!created.ok) throw new Error(`cases.create failed: ${created.error.code}`);
  const value = created.value as { id: string; reference: string };
  return { id: value.id, reference: value.reference };
}

export async function call<T = unknown>(vault: VaultHarness, method: string, input: unknown): Promise<T> {
  const result = await vault.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** From the case list, opens a case by its title and waits for its view. */
export async function openCaseFromList(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Cases', exact: true }).click();
  await page.getByRole('button', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}
