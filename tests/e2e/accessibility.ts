import type { Page } from '@playwright/test';

/** Roles a person operates; each needs a name a screen reader can say. */
const OPERABLE_ROLES = new Set([
  'button',
  'checkbox',
  'combobox',
  'link',
  'listbox',
  'menuitem',
  'radio',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'textbox',
  'meter',
  'dialog',
  'navigation',
]);

export interface NamedControls {
  /** `role "name"` of every operable node Chromium exposes. */
  named: string[];
  /** Roles of the operable nodes whose computed accessible name is empty. */
  unnamed: string[];
}

/** Chromium's own accessibility tree (what assistive technology gets), not a re-implementation of the name algorithm. */
export async function accessibleControls(page: Page): Promise<NamedControls> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value?: string }; name?: { value?: string } }[];
    };
    const operable = nodes.filter((node) => !node.ignored && OPERABLE_ROLES.has(node.role?.value ?? ''));
    return {
      named: operable.filter((node) => (node.name?.value ?? '').trim() !== '').map((node) => `${node.role?.value} "${node.name?.value}"`),
      unnamed: operable.filter((node) => (node.name?.value ?? '').trim() === '').map((node) => node.role?.value ?? '?'),
    };
  } finally {
    await cdp.detach();
  }
}
