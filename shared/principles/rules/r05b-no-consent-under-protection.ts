import { currentClosureGround } from '../../domain/case.js';
import type { Finding } from '../finding.js';
import { finding, peopleOfRole } from '../facts.js';
import type { PrincipleRule } from '../snapshot.js';

/**
 * R5b. Sexual relations with people under UN protection (refugees, displaced persons) are
 * prohibited outright, and so is trading money, goods, employment or assistance for sex: whether
 * the victim agreed does not matter, so such a case is never closed as consensual. One finding
 * per reason, so each names what the investigator can check: the exchange alleged at intake, or
 * the victims recorded as under protection.
 */
export const r05bNoConsentUnderProtection: PrincipleRule = {
  id: 'R5b',
  title:
    'Sexual relations with refugees or displaced persons, and any exchange of money, goods, employment or ' +
    'assistance for sex, are prohibited outright: such a case can never be closed as consensual.',
  source: 'A/72/751 ¶20; ST/SGB/2003/13',
  evaluate(snapshot) {
    if (currentClosureGround(snapshot.case) !== 'consensual_between_adults') return [];
    const findings: Finding[] = [];
    const target = { kind: 'case', id: snapshot.case.id } as const;
    const exchanged = snapshot.case.allegedExchange;
    if (exchanged.length > 0) {
      findings.push(finding('R5b', 'R5b_CONSENSUAL_CLOSURE', 'exchange', 'block', target, { exchanged }));
    }
    const protectedVictims = peopleOfRole(snapshot, 'victim').filter((victim) => victim.atRiskPopulation);
    if (protectedVictims.length > 0) {
      const people = protectedVictims.map((victim) => victim.code);
      findings.push(finding('R5b', 'R5b_CONSENSUAL_CLOSURE', 'underProtection', 'block', target, { people }));
    }
    return findings;
  },
};
