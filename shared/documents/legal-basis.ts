import type { PersonnelCategory } from '../domain/person.js';
import type { TemplateKind } from './template.js';

/**
 * The instrument a referral or notification rests on, chosen from the personnel category of the
 * person it concerns (domain.md §4). A letter is a legal act: it may cite only an instrument that
 * covers that person, so the templates print each legal-basis clause under a flag set here, never
 * unconditionally.
 */

export const INSTRUMENTS = [
  /** GA resolutions 62/63 and 64/110, criminal accountability of UN officials and experts on mission. */
  'ga_resolutions',
  /** The model memorandum of understanding with contributing countries (revised, A/61/19 (Part III)). */
  'model_mou',
  /** The Staff Regulations and Rules of the United Nations (disciplinary measures) and ST/AI/2017/1. */
  'staff_rules',
  /** The conditions of service of United Nations Volunteers. */
  'unv_conditions',
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/**
 * UN officials and experts on mission, whom GA resolutions 62/63 and 64/110 cover: staff,
 * volunteers, individual police officers and military observers (A/72/751 ¶46). Contingent and
 * formed police unit members answer to their contributing country; contractors, implementing
 * partners and non-UN forces to neither resolution.
 */
export const OFFICIALS_AND_EXPERTS_ON_MISSION: readonly PersonnelCategory[] = [
  'civilian_int',
  'civilian_ns',
  'civilian_unv',
  'military_mo',
  'police_unpol',
];

/** Whom each instrument covers. */
const INSTRUMENT_COVERS: Readonly<Record<Instrument, readonly PersonnelCategory[]>> = {
  ga_resolutions: OFFICIALS_AND_EXPERTS_ON_MISSION,
  // Contingents under the troop MOU, formed police units under the MOU of their own model (domain.md §4).
  model_mou: ['military_mc', 'police_fpu'],
  staff_rules: ['civilian_int', 'civilian_ns'],
  unv_conditions: ['civilian_unv'],
};

/**
 * The instruments each kind of letter may rest on, by preference. A Member State referral made as an
 * exception about a contingent member rests on the memorandum (the State has jurisdiction over its
 * contingent, ¶46), never on the resolutions, which do not cover them.
 */
const INSTRUMENTS_OF_KIND: Readonly<Partial<Record<TemplateKind, readonly Instrument[]>>> = {
  member_state_referral: ['ga_resolutions', 'model_mou'],
  tcc_notification: ['model_mou'],
  tcc_follow_up: ['model_mou'],
  hr_referral: ['staff_rules'],
  unv_referral: ['unv_conditions'],
};

/**
 * The instrument a letter of `kind` about a person of `category` rests on; null when none of its
 * instruments covers that person (a letter made as an exception about a contractor, say): the letter
 * then cites no instrument at all. Closure letters cite none.
 */
export function legalBasisOf(kind: TemplateKind, category: PersonnelCategory): Instrument | null {
  const candidates = INSTRUMENTS_OF_KIND[kind] ?? [];
  return candidates.find((instrument) => INSTRUMENT_COVERS[instrument].includes(category)) ?? null;
}
