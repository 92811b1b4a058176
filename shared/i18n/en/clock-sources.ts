import { text } from '../text.js';

/**
 * Where each shipped clock's number comes from, in the words an investigator reads beside the countdown, the
 * clock settings and the statistics' targets (see ../clock-sources.ts). domain.md §3: the six-month,
 * three-month and 90-day figures are never attributed to A/72/751; a document's symbol is kept as it is.
 */
export const clockSources = {
  forensic_exam: 'WHO; WHO/UNHCR, Clinical Management of Rape Survivors',
  hiv_pep: 'WHO/UNHCR, Clinical Management of Rape Survivors',
  emergency_contraception: 'WHO/UNHCR, Clinical Management of Rape Survivors',
  toxicology_blood_urine: 'Guidance on sampling in drug-facilitated sexual assault (the window varies by substance)',
  toxicology_urine: 'Guidance on sampling in drug-facilitated sexual assault (about 120 hours, varies by substance)',
  cctv_request: 'UK Home Office CCTV strategy',
  cctv_overwrite: 'UK Home Office CCTV strategy (28 to 31 days is typical)',
  phone_data_preservation: 'Set by Casefile: ask for preservation at once',
  subject_reference_sample: 'Set by Casefile: before rotation, end of contract or repatriation',
  subject_interview: 'Set by Casefile: before rotation, end of contract or repatriation',
  un_investigation: text(
    'The Secretary-General’s statement to the Security Council, seen only in a news copy (a secondary ',
    'source; not in A/72/751, whose paragraph 45 asks for strict benchmarks without giving figures)',
  ),
  tcc_investigation: 'Widely known practice, to be verified against the contributing country’s agreement',
  nio_appointment: 'Widely known practice, to be verified',
  follow_up_reply: text(
    'The 90 days commonly given to a contributing country for its national investigation report; A/72/751 ',
    '(paragraphs 47, 65 and 66) asks States to report back but sets no time limit',
  ),
} as const;
