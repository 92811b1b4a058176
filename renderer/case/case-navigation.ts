import { createContext, useContext } from 'react';
import type { ConsentGiver, ConsentPurpose } from '../../shared/domain/consent.js';
import type { InvestigativeActionKind } from '../../shared/domain/investigation.js';
import type { CaseTab } from './case-tabs.js';

/**
 * Ways one part of a case sends the investigator to the form that fixes what it found, such as a
 * refusal ("R4: interviewed without the guardian's consent") that opens the consent form ready to
 * record it. Provided by the case view; absent outside a case.
 */
export interface ConsentRequest {
  personId: string;
  purpose: ConsentPurpose;
  by: ConsentGiver;
}

/** A request as the People tab receives it: `seq` tells a new request from the one already shown. */
export interface NumberedConsentRequest extends ConsentRequest {
  seq: number;
}

/** An investigative action to record for a person (R14, R15), numbered like a consent request. */
export interface InvestigativeActionRequest {
  kind: InvestigativeActionKind;
  personId: string;
}
export interface NumberedActionRequest extends InvestigativeActionRequest {
  seq: number;
}

/** An offer of assistance to record for a victim (R8), numbered like a consent request. */
export interface NumberedAssistanceRequest {
  personId: string;
  seq: number;
}

export interface CaseNavigation {
  /** Opens the person's consents on the People tab with a new decision's form ready. */
  recordConsent(request: ConsentRequest): void;
  /** Opens the victim's assistance on the People tab with the offer form ready (R8). */
  offerAssistance(personId: string): void;
  /** Opens the Investigation tab with a new action's form ready for this person (R14, R15). */
  recordInvestigativeAction(request: InvestigativeActionRequest): void;
  /** Opens a tab of the case, where the record a finding is about is put right. */
  openTab(tab: CaseTab): void;
  /**
   * A record kept elsewhere changed the case itself (a subject's finding closed it): the header and
   * the Overview read the case again.
   */
  caseChanged(): void;
}

export const CaseNavigationContext = createContext<CaseNavigation | null>(null);

export function useCaseNavigation(): CaseNavigation | null {
  return useContext(CaseNavigationContext);
}
