import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/principles/finding.js';
import { auditActionText, auditDetailsText } from '../../../renderer/case/audit-text.js';
import { AUDIT_ACTIONS } from '../../../shared/domain/audit-actions.js';
import { findingTargetLabel } from '../../../renderer/case/finding-target.js';
import { DEFAULT_CASES_QUERY, isFiltered, nextSort, toPageView } from '../../../renderer/cases/cases-query.js';
import { formatUncertainDate, formatWrittenDate } from '../../../renderer/components/format-dates.js';
import { snippetParts } from '../../../renderer/search/snippet.js';
import { catalogT } from './i18n-instance.js';
import { repoRoot } from './renderer-sources.js';

describe('search snippets', () => {
  it('split into plain text and matches, never HTML', () => {
    expect(snippetParts('the \u0002témoin\u0003 said <b>\u0002temoin\u0003</b>')).toEqual([
      { text: 'the ', match: false },
      { text: 'témoin', match: true },
      { text: ' said <b>', match: false },
      { text: 'temoin', match: true },
      { text: '</b>', match: false },
    ]);
  });

  it('tolerate unbalanced markers and text without any', () => {
    expect(snippetParts('plain')).toEqual([{ text: 'plain', match: false }]);
    expect(snippetParts('a\u0003b\u0002c')).toEqual([
      { text: 'a', match: false },
      { text: 'b', match: false },
      { text: 'c', match: true },
    ]);
    expect(snippetParts('')).toEqual([]);
  });
});

describe('the cases list query', () => {
  it('sends only the filters that are set', () => {
    expect(toPageView(DEFAULT_CASES_QUERY)).toEqual({
      filters: {},
      search: '',
      sort: { by: 'dateReceived', direction: 'desc' },
    });
    expect(isFiltered(DEFAULT_CASES_QUERY)).toBe(false);
    const narrowed = {
      ...DEFAULT_CASES_QUERY,
      statuses: ['under_investigation' as const],
      category: 'SA' as const,
      urgentOnly: true,
    };
    expect(toPageView(narrowed)).toEqual({
      filters: { status: ['under_investigation'], category: ['SA'], urgent: true },
      search: '',
      sort: { by: 'dateReceived', direction: 'desc' },
    });
    expect(toPageView({ ...DEFAULT_CASES_QUERY, includeArchived: true }).filters).toEqual({ includeArchived: true });
    expect(isFiltered(narrowed)).toBe(true);
    // A search narrows the list too (the core searches references and titles); spaces alone do not.
    const searched = { ...DEFAULT_CASES_QUERY, search: '  42 ' };
    expect(toPageView(searched).search).toBe('42');
    expect(isFiltered(searched)).toBe(true);
    expect(isFiltered({ ...DEFAULT_CASES_QUERY, search: '   ' })).toBe(false);
  });

  it('flips the direction on the same column and starts others in their natural order', () => {
    const sort = DEFAULT_CASES_QUERY.sort;
    expect(nextSort(sort, 'dateReceived')).toEqual({ by: 'dateReceived', direction: 'asc' });
    expect(nextSort(sort, 'reference')).toEqual({ by: 'reference', direction: 'asc' });
    expect(nextSort(sort, 'urgent')).toEqual({ by: 'urgent', direction: 'desc' });
  });
});

describe('dates for reading', () => {
  it('say each precision in words, in English and French', async () => {
    const en = await catalogT('en');
    const fr = await catalogT('fr');
    expect(formatUncertainDate(en, 'en-GB', { precision: 'month', from: '2015-03' })).toBe('March 2015');
    expect(formatUncertainDate(fr, 'fr', { precision: 'month', from: '2015-03' })).toBe('mars 2015');
    expect(formatUncertainDate(en, 'en-GB', { precision: 'range', from: '2016-06', to: '2016-08-14' })).toBe(
      'between June 2016 and 14 Aug 2016',
    );
    expect(formatUncertainDate(fr, 'fr', { precision: 'range', from: '2016-06', to: '2016' })).toBe(
      'entre juin 2016 et 2016',
    );
    expect(
      formatUncertainDate(en, 'en-GB', { precision: 'exact', from: '2026-03-01T10:30', timeZone: 'Africa/Bangui' }),
    ).toBe('1 Mar 2026, 10:30 (Africa/Bangui)');
    expect(formatUncertainDate(en, 'en-GB', { precision: 'unknown' })).toBe('Unknown');
    expect(formatUncertainDate(fr, 'fr', { precision: 'unknown' })).toBe('Inconnue');
  });

  it('never shift a written day with the computer’s zone', () => {
    // Midnight UTC on 1 March is still 28 February in Port-au-Prince; the written day must stay 1 March.
    expect(formatWrittenDate('en-GB', '2026-03-01')).toBe('1 Mar 2026');
    expect(formatWrittenDate('en-GB', 'not a date')).toBe('not a date');
  });
});

describe('checklist targets', () => {
  const finding = (target: Finding['target'], params?: Record<string, string>): Finding => ({
    rule: 'R1',
    code: 'R1_INTERVIEW_CONSENT_MISSING',
    variant: 'afterInterview',
    severity: 'block',
    message: 'm',
    fix: 'f',
    target,
    params,
  });
  const names = { people: new Map([['p1', 'V-01']]), interviews: new Map([['i1', 'V-01']]) };

  it('are named by pseudonym code or evidence number, never by record id', async () => {
    const t = await catalogT('en');
    expect(findingTargetLabel(t, finding({ kind: 'person', id: 'p1' }), names)).toBe('V-01');
    expect(findingTargetLabel(t, finding({ kind: 'person', id: 'p9' }, { person: 'W-02' }), names)).toBe('W-02');
    expect(findingTargetLabel(t, finding({ kind: 'person', id: 'p9' }), names)).toBe('A person');
    expect(findingTargetLabel(t, finding({ kind: 'interview', id: 'i1' }), names)).toBe('Interview of V-01');
    expect(findingTargetLabel(t, finding({ kind: 'evidence', id: 'e1' }, { evidence: 'E-0007' }), names)).toBe(
      'Evidence E-0007',
    );
    expect(findingTargetLabel(t, finding({ kind: 'case', id: 'c1' }), names)).toBe('This case');
    expect(findingTargetLabel(t, finding({ kind: 'forensic_exam', id: 'x1' }), names)).toBe('A forensic examination');
  });
});

const DOTTED_LITERAL = /['"`]([a-z_]+(?:\.[a-z_]+)+)['"`]/g;

/**
 * The declared actions the core's sources write: the type of appendAudit already keeps the core to
 * the declared ones, so this only finds a declared action nothing writes any more. Handler tables
 * and `ParsedInput<'timeline.add'>` name API methods, some of which share an action's name.
 */
function declaredActionsInCoreSources(): Set<string> {
  const declared = new Set<string>(AUDIT_ACTIONS);
  const written = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('-handlers.ts')) {
        const code = readFileSync(path, 'utf8')
          .split('\n')
          .filter((line) => !/^\s*(import|export .* from|\*|\/\/|\/\*)/.test(line))
          .join('\n')
          .replace(/ParsedInput<'[^']*'>/g, '');
        for (const match of code.matchAll(DOTTED_LITERAL)) if (declared.has(match[1]!)) written.add(match[1]!);
      }
    }
  };
  walk(join(repoRoot, 'electron', 'core'));
  return written;
}

describe('the audit view', () => {
  it('says known actions in words and shows unknown ones as recorded', async () => {
    const en = await catalogT('en');
    const fr = await catalogT('fr');
    expect(auditActionText(en, 'case.status.change')).toBe('Status changed');
    expect(auditActionText(fr, 'person.identity.reveal')).toBe('Identité affichée');
    expect(auditActionText(en, 'evidence.export')).toBe('evidence.export');
  });

  it('words each detail: its field, its value through the labels and dates, an unworded one only counted', async () => {
    const t = await catalogT('en');
    const fr = await catalogT('fr');
    const details = {
      from: 'under_review',
      to: 'under_investigation',
      at: '2026-03-02T09:30:00.000Z',
      closureGround: 'insufficient_evidence',
      nested: { a: 1 },
      personId: '0190b6a0-0000-7000-8000-000000000001',
    };
    // The moment reads on the mission's clock (Bangui is UTC+1), whatever zone runs the test.
    expect(auditDetailsText(t, 'en', 'Africa/Bangui', 'case.status.change', details)).toBe(
      'From status: Under review (limited information) · To status: Under investigation · ' +
        'When: 2 Mar 2026, 10:30 (Africa/Bangui) · ' +
        'Ground for closing: Insufficient evidence · 1 other detail',
    );
    expect(
      auditDetailsText(fr, 'fr', 'Africa/Bangui', 'case.update', {
        fields: ['title', 'urgent', 'somethingNew'],
        values: { category: { from: 'SA', to: 'SE' }, urgent: { from: false, to: true } },
      }),
    ).toBe(
      'Modifié : Titre, Urgent et un autre champ · Catégorie : de Atteinte sexuelle à Exploitation sexuelle; ' +
        'Urgent : de Non à Oui',
    );
    expect(auditDetailsText(t, 'en', 'Africa/Bangui', 'case.archive', { reason: 'x'.repeat(500) }).length).toBeLessThan(
      140,
    );
  });

  it('counts the rows of a chain check in the singular for one row and the plural for more', async () => {
    const en = await catalogT('en');
    const fr = await catalogT('fr');
    expect(en('caseFile.audit.checking', { done: 0, count: 1 })).toBe('Checking the chain: 0 of 1 row read…');
    expect(en('caseFile.audit.checking', { done: 3, count: 40 })).toBe('Checking the chain: 3 of 40 rows read…');
    expect(en('caseFile.audit.checkStopped', { count: 1 })).toMatch(/^Check stopped after 1 row:/);
    expect(en('caseFile.audit.checkStopped', { count: 2 })).toMatch(/^Check stopped after 2 rows:/);
    expect(fr('caseFile.audit.checking', { done: 1, count: 1 })).toBe('Vérification de la chaîne : 1 sur 1 ligne lue…');
    expect(fr('caseFile.audit.checkStopped', { count: 5 })).toMatch(/^Vérification arrêtée après 5 lignes,/);
  });

  it('has words for every declared action, and the core still writes each', async () => {
    expect(AUDIT_ACTIONS.length).toBeGreaterThan(30);
    const written = declaredActionsInCoreSources();
    expect(AUDIT_ACTIONS.filter((action) => !written.has(action))).toEqual([]);
    const en = await catalogT('en');
    for (const action of AUDIT_ACTIONS) expect(auditActionText(en, action)).not.toBe(action);
  });
});
