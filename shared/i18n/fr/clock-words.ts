import type { ClockWords } from '../clock-words.js';
import { text } from '../text.js';

/** Les mots de chaque horloge livrée avec Casefile : son nom, son nom court, l’acte qui clôt son délai, une note. */
export const clockWords: ClockWords = {
  forensic_exam: {
    name: 'Examen médico-légal',
    short: 'Examen médico-légal',
    action: 'examen médico-légal par un prestataire qualifié (proposé ; il peut être refusé)',
    note: text(
      'Jusqu’à 120 heures là où le protocole local le permet : indiquez alors 120 ici. Le ',
      'traitement n’attend jamais l’examen.',
    ),
  },
  hiv_pep: {
    name: 'Prophylaxie post-exposition au VIH',
    short: 'PPE VIH',
    action: 'prophylaxie post-exposition au VIH commencée',
  },
  emergency_contraception: {
    name: 'Contraception d’urgence',
    short: 'Contraception d’urgence',
    action: 'contraception d’urgence proposée',
  },
  toxicology_blood_urine: {
    name: 'Toxicologie : sang et urine',
    short: 'Toxicologie (sang)',
    action: 'prélèvements de sang et d’urine pour la toxicologie',
  },
  toxicology_urine: {
    name: 'Toxicologie : urine',
    short: 'Toxicologie (urine)',
    action: 'prélèvement d’urine pour la toxicologie',
  },
  cctv_request: {
    name: 'Demande de conservation des images de vidéosurveillance',
    short: 'Demande vidéosurveillance',
    action: 'demande de conservation envoyée au responsable du système de vidéosurveillance',
  },
  cctv_overwrite: {
    name: 'Écrasement des images de vidéosurveillance',
    short: 'Écrasement vidéosurveillance',
    action: 'images copiées depuis le système de vidéosurveillance',
    note: text(
      'Les systèmes des véhicules conservent souvent environ 7 jours et les caméras portées sur ',
      'soi 24 heures : raccourcissez ce délai pour eux.',
    ),
  },
  phone_data_preservation: {
    name: 'Conservation des données téléphoniques et messages',
    short: 'Données téléphoniques',
    action: 'demande de conservation envoyée à l’opérateur ou au détenteur de l’appareil',
  },
  subject_reference_sample: {
    name: 'Échantillon de référence de la personne mise en cause avant rotation',
    short: 'Échantillon de référence',
    action: 'échantillon de référence de la personne mise en cause prélevé',
  },
  subject_interview: {
    name: 'Audition de la personne mise en cause avant rotation',
    short: 'Audition mise en cause',
    action: 'personne mise en cause entendue',
  },
  un_investigation: {
    name: 'Enquête de l’ONU',
    short: 'Enquête ONU',
    action: 'rapport d’enquête achevé',
  },
  tcc_investigation: {
    name: 'Enquête nationale du TCC/PCC',
    short: 'Enquête TCC',
    action: 'rapport d’enquête nationale reçu',
  },
  nio_appointment: {
    name: 'Désignation de l’enquêteur national (NIO)',
    short: 'Désignation NIO',
    action: 'enquêteur national désigné par le pays contributeur',
  },
  follow_up_reply: {
    name: 'Réponse à un renvoi ou à une notification',
    short: 'Réponse attendue',
    action: 'réponse reçue de l’État ou du bureau',
    note: 'Chaque élément du registre de suivi fait courir ce délai ; l’enregistrement d’une réponse le clôt.',
  },
};
