import { text } from '../text.js';

/**
 * The words of each shipped clock, by clock id: its name, the short name a compact countdown uses, the act that
 * closes its deadline and, for some, a note (see ../clock-words.ts). They are the shipped English as stored in a
 * new vault's settings (shared/clocks/clock.ts), except the short name, which the settings do not hold.
 */
export const clockWords = {
  forensic_exam: {
    name: 'Forensic medical examination',
    short: 'Forensic exam',
    action: 'forensic medical examination by a qualified provider (offered; it may be refused)',
    note: text(
      'Up to 120 hours where the local protocol allows: set 120 here if it does. Treatment never ',
      'waits for the examination.',
    ),
  },
  hiv_pep: {
    name: 'HIV post-exposure prophylaxis',
    short: 'HIV PEP',
    action: 'HIV post-exposure prophylaxis started',
  },
  emergency_contraception: {
    name: 'Emergency contraception',
    short: 'Emergency contraception',
    action: 'emergency contraception offered',
  },
  toxicology_blood_urine: {
    name: 'Toxicology: blood and urine',
    short: 'Toxicology (blood)',
    action: 'blood and urine samples taken for toxicology',
  },
  toxicology_urine: {
    name: 'Toxicology: urine',
    short: 'Toxicology (urine)',
    action: 'urine sample taken for toxicology',
  },
  cctv_request: {
    name: 'CCTV preservation request',
    short: 'CCTV request',
    action: 'preservation request sent to the owner of the CCTV system',
  },
  cctv_overwrite: {
    name: 'CCTV footage overwritten',
    short: 'CCTV overwrite',
    action: 'footage copied from the CCTV system',
    note: 'Vehicle systems often keep about 7 days and body-worn cameras 24 hours: shorten this for them.',
  },
  phone_data_preservation: {
    name: 'Phone and message data preservation',
    short: 'Phone data',
    action: 'preservation request sent to the provider or device holder',
  },
  subject_reference_sample: {
    name: "Subject's reference sample before rotation",
    short: 'Reference sample',
    action: "subject's reference sample taken",
  },
  subject_interview: {
    name: 'Subject interview before rotation',
    short: 'Subject interview',
    action: 'subject interviewed',
  },
  un_investigation: {
    name: 'UN investigation',
    short: 'UN investigation',
    action: 'investigation report completed',
  },
  tcc_investigation: {
    name: 'TCC/PCC national investigation',
    short: 'TCC investigation',
    action: 'national investigation report received',
  },
  nio_appointment: {
    name: 'National Investigation Officer appointed',
    short: 'NIO appointment',
    action: 'National Investigation Officer appointed by the contributing country',
  },
  follow_up_reply: {
    name: 'Reply to a referral or notification',
    short: 'Reply awaited',
    action: 'reply received from the State or office',
    note: 'Each item of the follow-up register runs this clock; recording a reply closes it.',
  },
} as const;
