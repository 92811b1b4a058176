import type { CaseMilestone } from '../../../shared/contract/deadlines.js';
import type { CaseStatus } from '../../../shared/domain/case.js';
import type { CustodyEventKind, EvidenceType } from '../../../shared/domain/evidence.js';

/**
 * Titles of derived chronology events in the two languages the core writes (the renderer's
 * catalogues translate everything else). Titles carry pseudonym codes and evidence numbers only.
 */

export type TimelineLocale = 'en' | 'fr';

const STATUS: Record<TimelineLocale, Record<CaseStatus, string>> = {
  en: {
    preliminary_assessment: 'Preliminary assessment',
    under_review: 'Under review (limited information)',
    under_investigation: 'Under investigation',
    pending_member_state: 'Pending Member State investigation',
    substantiated: 'Substantiated',
    not_substantiated: 'Not substantiated',
    closed_other: 'Closed (other circumstances)',
  },
  fr: {
    preliminary_assessment: 'Évaluation préliminaire',
    under_review: 'En examen (informations limitées)',
    under_investigation: 'En cours d’enquête',
    pending_member_state: 'Enquête de l’État Membre en attente',
    substantiated: 'Fondée',
    not_substantiated: 'Non fondée',
    closed_other: 'Classée (autres circonstances)',
  },
};

const EVIDENCE_TYPE: Record<TimelineLocale, Record<EvidenceType, string>> = {
  en: {
    physical: 'physical',
    documentary: 'documentary',
    digital: 'digital',
    biological: 'biological',
    photo_video: 'photo/video',
    testimony_reference: 'testimony reference',
    other: 'other',
  },
  fr: {
    physical: 'matérielle',
    documentary: 'documentaire',
    digital: 'numérique',
    biological: 'biologique',
    photo_video: 'photo/vidéo',
    testimony_reference: 'référence à un témoignage',
    other: 'autre',
  },
};

const CUSTODY: Record<TimelineLocale, Record<CustodyEventKind, string>> = {
  en: {
    collected: 'collected',
    sealed: 'sealed',
    handed_over: 'handed over',
    opened: 'opened',
    copied: 'copied',
    examined: 'examined',
    sent_to_lab: 'sent to the laboratory',
    returned: 'returned',
    destroyed: 'destroyed',
  },
  fr: {
    collected: 'collecté',
    sealed: 'scellé',
    handed_over: 'remis',
    opened: 'ouvert',
    copied: 'copié',
    examined: 'examiné',
    sent_to_lab: 'envoyé au laboratoire',
    returned: 'restitué',
    destroyed: 'détruit',
  },
};

const MILESTONE: Record<TimelineLocale, Record<CaseMilestone, string>> = {
  en: { referred_for_investigation: 'Referred for investigation', tcc_notified: 'Contributing country notified' },
  fr: { referred_for_investigation: 'Renvoi pour enquête', tcc_notified: 'Notification au pays contributeur' },
};

export const timelineWords = {
  incident(locale: TimelineLocale, position: number, count: number): string {
    const word = locale === 'fr' ? 'Incident allégué' : 'Alleged incident';
    return count > 1 ? `${word} ${position} / ${count}` : word;
  },
  opened(locale: TimelineLocale, status: CaseStatus): string {
    return locale === 'fr' ? `Dossier ouvert : ${STATUS.fr[status]}` : `Case opened: ${STATUS.en[status]}`;
  },
  status(locale: TimelineLocale, status: CaseStatus): string {
    return locale === 'fr' ? `Statut : ${STATUS.fr[status]}` : `Status: ${STATUS.en[status]}`;
  },
  milestone: (locale: TimelineLocale, milestone: CaseMilestone): string => MILESTONE[locale][milestone],
  interview(locale: TimelineLocale, personCode: string, planned: boolean): string {
    if (locale === 'fr') return planned ? `Entretien prévu avec ${personCode}` : `Entretien avec ${personCode}`;
    return planned ? `Interview of ${personCode} (planned)` : `Interview of ${personCode}`;
  },
  interviewSource: (locale: TimelineLocale, personCode: string): string => (locale === 'fr' ? `entretien avec ${personCode}` : `interview of ${personCode}`),
  evidence(locale: TimelineLocale, number: string, type: EvidenceType): string {
    return locale === 'fr' ? `${number} collecté (${EVIDENCE_TYPE.fr[type]})` : `${number} collected (${EVIDENCE_TYPE.en[type]})`;
  },
  custody: (locale: TimelineLocale, number: string, kind: CustodyEventKind): string => `${number} ${CUSTODY[locale][kind]}`,
};
