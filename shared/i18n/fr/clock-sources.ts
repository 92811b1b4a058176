import type { ClockSources } from '../clock-sources.js';
import { text } from '../text.js';

/** D’où vient le délai de chaque horloge livrée avec Casefile, dans les mots que lit l’enquêteur. */
export const clockSources: ClockSources = {
  forensic_exam: 'OMS ; OMS/HCR, Prise en charge clinique des victimes de viol',
  hiv_pep: 'OMS/HCR, Prise en charge clinique des victimes de viol',
  emergency_contraception: 'OMS/HCR, Prise en charge clinique des victimes de viol',
  toxicology_blood_urine: text(
    'Recommandations de prélèvement en cas d’agression sexuelle facilitée par une substance ',
    '(le délai varie selon la substance)',
  ),
  toxicology_urine: text(
    'Recommandations de prélèvement en cas d’agression sexuelle facilitée par une substance ',
    '(environ 120 heures, selon la substance)',
  ),
  cctv_request: 'Stratégie de vidéosurveillance du ministère de l’Intérieur du Royaume-Uni',
  cctv_overwrite:
    'Stratégie de vidéosurveillance du ministère de l’Intérieur du Royaume-Uni (28 à 31 jours le plus souvent)',
  phone_data_preservation: 'Règle fixée par Casefile : demander la conservation sans délai',
  subject_reference_sample: 'Règle fixée par Casefile : avant la relève, la fin du contrat ou le rapatriement',
  subject_interview: 'Règle fixée par Casefile : avant la relève, la fin du contrat ou le rapatriement',
  un_investigation: text(
    'Déclaration du Secrétaire général au Conseil de sécurité, connue seulement par sa reprise dans la presse ',
    '(source secondaire ; ne figure pas dans le document A/72/751, dont le paragraphe 45 demande des délais ',
    'stricts sans en fixer la durée)',
  ),
  tcc_investigation: 'Pratique largement répandue, à vérifier au regard de l’accord conclu avec le pays contributeur',
  nio_appointment: 'Pratique largement répandue, à vérifier',
  follow_up_reply: text(
    'Les 90 jours habituellement accordés au pays contributeur pour son rapport d’enquête nationale ; le document ',
    'A/72/751 (paragraphes 47, 65 et 66) demande aux États de rendre compte sans fixer de délai',
  ),
};
