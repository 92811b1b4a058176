import type { DocumentLabelCatalogue } from '../label-types.js';
import { text } from '../text.js';

/**
 * Las palabras en español de los valores que imprime una carta (solo las cartas de cierre se escriben
 * en español; la interfaz no): los grupos de DOCUMENT_LABEL_GROUPS, con el vocabulario de los
 * documentos de las Naciones Unidas en español.
 */
export const labels: DocumentLabelCatalogue = {
  caseStatus: {
    preliminary_assessment: 'Evaluación preliminar',
    under_review: 'En examen (información limitada)',
    under_investigation: 'En investigación',
    pending_member_state: 'Pendiente de la investigación del Estado Miembro',
    substantiated: 'Fundamentada',
    not_substantiated: 'No fundamentada',
    closed_other: 'Cerrada (otras circunstancias)',
  },
  caseCategory: {
    SE: 'Explotación sexual',
    SA: 'Abuso sexual',
  },
  caseSubtype: {
    exploitative_relationship: 'Relación de explotación',
    transactional_sex: 'Relaciones sexuales transaccionales',
    solicitation_of_transactional_sex: 'Solicitud de relaciones sexuales transaccionales',
    rape: 'Violación',
    sexual_assault: 'Agresión sexual',
    sexual_activity_with_minor: 'Actividad sexual con una persona menor de edad',
    other: 'Otro',
  },
  investigatingEntity: {
    oios: 'Oficina de Servicios de Supervisión Interna (OSSI)',
    tcc_pcc: 'País que aporta contingentes (oficial nacional de investigación)',
    joint_tcc_oios: 'Equipo conjunto del país que aporta contingentes y la OSSI',
    mission_siu: 'Dependencia especial de investigación de la misión',
    un_police: 'Policía de las Naciones Unidas',
    ad_hoc_panel: 'Grupo especial',
    agency_investigators: 'Investigadores propios del organismo, fondo o programa',
  },
  personnelCategory: {
    civilian_int: 'Civil (contratación internacional)',
    civilian_ns: 'Civil (contratación nacional)',
    civilian_unv: 'Civil (VNU)',
    military_mc: 'Militar (miembro de contingente)',
    military_mo: 'Militar (observador u oficial de Estado Mayor)',
    police_unpol: 'Policía de las Naciones Unidas (UNPOL)',
    police_fpu: 'Policía (unidad de policía constituida)',
    implementing_partner: 'Asociado en la ejecución',
    contractor: 'Consultor o contratista',
    non_un_force: 'Fuerza ajena a las Naciones Unidas',
    unknown: 'Desconocido',
  },
  evidenceType: {
    physical: 'Material',
    documentary: 'Documental',
    digital: 'Digital',
    biological: 'Biológica',
    photo_video: 'Foto o vídeo',
    testimony_reference: 'Referencia a un testimonio',
    other: 'Otra',
  },
  evidenceStatus: {
    collected: 'Recogida',
    in_storage: 'En lugar seguro',
    at_lab: 'En el laboratorio',
    returned: 'Devuelta',
    destroyed: 'Destruida',
  },
  firmness: {
    binding: 'Plazo obligatorio',
    target: 'Plazo previsto',
    advisory: 'Orientativo',
  },
  paternityStatusInText: {
    pending: 'en curso',
    established: 'establecida',
    not_established: 'no establecida',
    closed: 'cerrada',
  },
  sexInText: {
    female: 'sexo femenino',
    male: 'sexo masculino',
    unknown: 'sexo desconocido',
  },
  ageBandInText: {
    adult: 'persona adulta',
    minor: 'menor de 18 años',
    unknown: 'edad desconocida',
  },
  confidentialityMarking: {
    standard: 'SIN CLASIFICAR',
    confidential: 'CONFIDENCIAL',
    strictly_confidential: 'ESTRICTAMENTE CONFIDENCIAL',
  },
  closureReasonToVictim: {
    victim_declined_to_participate: 'Usted nos dijo que no deseaba seguir participando, y respetamos su decisión.',
    subject_not_identified: 'No fue posible identificar a la persona de la que usted nos habló.',
    subject_separated_from_service: text(
      'La persona en cuestión ha dejado el servicio de la Organización, que ya no puede adoptar ',
      'medidas disciplinarias.',
    ),
    other: 'Circunstancias ajenas a nuestra voluntad impidieron continuar la investigación.',
  },
  clockStartEventAfter: {
    incident: 'después de los hechos',
    footage_recorded: 'después de la grabación de las imágenes',
    evidence_collected: 'después de la recogida de la prueba',
    cctv_identified: 'después de la identificación de las imágenes de videovigilancia',
    phone_data_identified: 'después de la identificación de los datos telefónicos',
    case_received: 'después de la recepción de la denuncia',
    referral_for_investigation: 'después de la remisión para investigación',
    notification_to_tcc: 'después de la presente notificación',
    subject_rotation_date: 'antes de la rotación, la repatriación o el fin del contrato de la persona en cuestión',
    referral_or_notification_sent: 'después del envío de la remisión o la notificación',
  },
};
