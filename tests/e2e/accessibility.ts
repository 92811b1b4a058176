import AxeBuilder from '@axe-core/playwright';
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

/**
 * Chromium's own accessibility tree (what assistive technology gets), not a re-implementation of the name algorithm.
 */
export async function accessibleControls(page: Page): Promise<NamedControls> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value?: string }; name?: { value?: string } }[];
    };
    const operable = nodes.filter((node) => !node.ignored && OPERABLE_ROLES.has(node.role?.value ?? ''));
    return {
      named: operable
        .filter((node) => (node.name?.value ?? '').trim() !== '')
        .map((node) => `${node.role?.value} "${node.name?.value}"`),
      unnamed: operable.filter((node) => (node.name?.value ?? '').trim() === '').map((node) => node.role?.value ?? '?'),
    };
  } finally {
    await cdp.detach();
  }
}

/** Impacts that fail a screen: a person using assistive technology is blocked or seriously hindered. */
const FAILING_IMPACTS = new Set(['critical', 'serious']);

/**
 * Rules that fail a screen whatever axe's impact, because the tester found them and they are
 * cheap to keep: headings out of order make the outline a screen reader navigates by lie.
 */
const ALWAYS_FAILING_RULES = new Set(['heading-order']);

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  /** CSS paths of the first few offending nodes, and how many there were. */
  nodes: string[];
  count: number;
}

/**
 * axe-core's rules (every WCAG 2.0/2.1/2.2 A and AA rule and its best practices, as axe enables
 * them by default) over the page as it is now: the findings that fail a screen.
 */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  // Legacy mode runs axe inside the page itself; the default opens a blank page per run to
  // merge frame results, which this app (no iframes) does not need and which triples the time.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return results.violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? '') || ALWAYS_FAILING_RULES.has(violation.id))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      nodes: violation.nodes.slice(0, 4).map((node) => node.target.join(' ')),
      count: violation.nodes.length,
    }));
}

/** One line per finding, for a failure message a person can act on. */
export function describeFindings(screen: string, findings: readonly AxeFinding[]): string[] {
  return findings.map(
    (finding) =>
      `${screen}: ${finding.rule} (${finding.impact}, ${finding.count}×) ${finding.help} ` +
      `— ${finding.nodes.join(' | ')}`,
  );
}
