import type { Template, TemplateContent } from '../template.js';
import {
  b,
  bullets,
  facts,
  h1,
  h2,
  item,
  itemEach,
  itemWhen,
  numbered,
  p,
  signature,
  spacer,
  UN_LETTERHEAD,
  when,
} from './parts.js';

/**
 * Referral of a credible allegation to the Member State of nationality, transmitted through the
 * Office of Legal Affairs (GA resolutions 62/63 and 64/110; domain.md §4), as a note verbale.
 */

const en: TemplateContent = {
  title: 'Referral to a Member State — {{case.reference}}',
  header: { left: '{{case.reference}}{{#if letter.reference}} · {{letter.reference}}{{/if}}' },
  footer: { left: 'Referral to a Member State through the Office of Legal Affairs', right: 'Page {page} of {pages}' },
  blocks: [
    UN_LETTERHEAD,
    when('letter.recipientAddress', [p('{{letter.recipientAddress}}')], [p('{{letter.recipientName}}')]),
    spacer,
    p(b('Reference: '), '{{case.reference}}{{#if letter.reference}} ({{letter.reference}}){{/if}}'),
    h1('Referral of a credible allegation of sexual exploitation and abuse'),
    p(
      'The Secretariat of the United Nations presents its compliments to ' +
        '{{letter.recipientName}} and has the honour to refer to it, ',
      'in accordance with General Assembly resolutions 62/63 and 64/110 on criminal ' +
        'accountability of United Nations officials and experts on mission, ',
      'a credible allegation that a crime may have been committed by a national of its ' +
        'State while serving with the United Nations.',
    ),
    h2('Person concerned'),
    when(
      'subject',
      [
        facts(30, [
          ['Name', '{{subject.name}}', 'subject.name'],
          ['Nationality', '{{subject.nationality}}', 'subject.nationality'],
          ['Category of personnel', '{{subject.category}}'],
          ['Function', '{{subject.function}}', 'subject.function'],
          ['Unit or office', '{{subject.unit}}', 'subject.unit'],
        ]),
      ],
      [
        p(
          'The person concerned has not yet been identified. The Secretariat will share ' +
            'any further information as soon as it becomes available.',
        ),
      ],
    ),
    h2('Summary of the allegation'),
    facts(30, [
      ['Nature of the allegation', '{{case.category}}{{#if case.subtype}} — {{case.subtype}}{{/if}}', 'case.category'],
      ['Mission or entity', '{{case.mission}}'],
      ['Place', '{{case.location}}', 'case.location'],
      ['Date(s) of the incident', '{{case.incidentDates}}'],
      ['Allegation received on', '{{case.dateReceived}}'],
      ['Number of victims', '{{case.victimCount}}'],
    ]),
    when('victims', [
      p(
        'The victims are identified as follows. A victim who has not consented to the ' +
          'disclosure of their identity to national authorities is referred to by a ' +
          'pseudonym only.',
      ),
      bullets(itemEach('victims', '{{.displayName}}: {{.sex}}, {{.ageBand}}')),
    ]),
    when('letter.particulars', [p('{{letter.particulars}}')]),
    when('case.paternityClaimed', [
      h2('Paternity claim'),
      p(
        'A paternity claim has been made in connection with this allegation (status: {{case.paternityStatus}}). ',
        'The Secretariat would be grateful for the cooperation of the competent national ' +
          'authorities in resolving it, including DNA testing where national law permits ' +
          'it, ',
        'always subject to the wishes of the mother or guardian.',
      ),
    ]),
    h2('Request'),
    numbered(
      item(
        'The Secretariat requests that the competent national authorities consider the ' +
          'matter with a view to investigation and, where appropriate, prosecution, ',
        'and that the Secretariat be informed, through the Office of Legal Affairs, of ' +
          'the efforts made to investigate and prosecute and of their outcome.',
      ),
      item(
        'The Secretariat would welcome an indication of any assistance that the ' +
          'competent authorities may wish to receive from the United Nations for these ' +
          'purposes.',
      ),
      item(
        'Subject to the privileges and immunities of the Organization and its rules, the ' +
          'United Nations is prepared to make available information and material ',
        'relevant to criminal proceedings, bearing in mind due process considerations.',
      ),
    ),
    h2('Confidentiality'),
    p(
      'This communication and the information it contains are transmitted in strict ' +
        'confidence, for the purpose of criminal accountability only, ',
      'and may not be made public or used for any other purpose. The safety, privacy ' +
        'and wishes of the victims must be respected at every step: ',
      'no victim should be contacted except through the contact point below.',
    ),
    h2('Contact point'),
    p('{{contact.name}}{{#if contact.title}}, {{contact.title}}{{/if}}'),
    bullets(
      itemWhen('contact.email', 'Email: {{contact.email}}'),
      itemWhen('contact.phone', 'Telephone: {{contact.phone}}'),
      itemWhen('contact.address', '{{contact.address}}'),
    ),
    p(
      'The Secretariat of the United Nations avails itself of this opportunity to ' +
        'renew to {{letter.recipientName}} the assurances of its highest consideration.',
    ),
    signature,
  ],
};

const fr: TemplateContent = {
  title: 'Renvoi à un État Membre — {{case.reference}}',
  header: { left: '{{case.reference}}{{#if letter.reference}} · {{letter.reference}}{{/if}}' },
  footer: {
    left: 'Renvoi à un État Membre par l’intermédiaire du Bureau des affaires juridiques',
    right: 'Page {page} sur {pages}',
  },
  blocks: [
    UN_LETTERHEAD,
    when('letter.recipientAddress', [p('{{letter.recipientAddress}}')], [p('{{letter.recipientName}}')]),
    spacer,
    p(b('Référence : '), '{{case.reference}}{{#if letter.reference}} ({{letter.reference}}){{/if}}'),
    h1('Renvoi d’une allégation crédible d’exploitation et d’atteintes sexuelles'),
    p(
      'Le Secrétariat de l’Organisation des Nations Unies présente ses compliments à ' +
        '{{letter.recipientName}} et a l’honneur de lui renvoyer, ',
      'conformément aux résolutions 62/63 et 64/110 de l’Assemblée générale relatives ' +
        'à la responsabilité pénale des fonctionnaires et des experts en mission des ' +
        'Nations Unies, ',
      'une allégation crédible selon laquelle une infraction pourrait avoir été ' +
        'commise par un ressortissant de son État alors qu’il était au service de ' +
        'l’Organisation des Nations Unies.',
    ),
    h2('Personne mise en cause'),
    when(
      'subject',
      [
        facts(30, [
          ['Nom', '{{subject.name}}', 'subject.name'],
          ['Nationalité', '{{subject.nationality}}', 'subject.nationality'],
          ['Catégorie de personnel', '{{subject.category}}'],
          ['Fonction', '{{subject.function}}', 'subject.function'],
          ['Unité ou bureau', '{{subject.unit}}', 'subject.unit'],
        ]),
      ],
      [
        p(
          'La personne mise en cause n’a pas encore été identifiée. Le Secrétariat ' +
            'communiquera tout élément complémentaire dès qu’il en disposera.',
        ),
      ],
    ),
    h2('Résumé de l’allégation'),
    facts(30, [
      ['Nature de l’allégation', '{{case.category}}{{#if case.subtype}} — {{case.subtype}}{{/if}}', 'case.category'],
      ['Mission ou entité', '{{case.mission}}'],
      ['Lieu', '{{case.location}}', 'case.location'],
      ['Date(s) des faits', '{{case.incidentDates}}'],
      ['Allégation reçue le', '{{case.dateReceived}}'],
      ['Nombre de victimes', '{{case.victimCount}}'],
    ]),
    when('victims', [
      p(
        'Les victimes sont désignées comme suit. Une victime qui n’a pas consenti à ce ' +
          'que son identité soit communiquée aux autorités nationales n’est désignée que ' +
          'par un pseudonyme.',
      ),
      bullets(itemEach('victims', '{{.displayName}} : {{.sex}}, {{.ageBand}}')),
    ]),
    when('letter.particulars', [p('{{letter.particulars}}')]),
    when('case.paternityClaimed', [
      h2('Demande en reconnaissance de paternité'),
      p(
        'Une demande en reconnaissance de paternité a été présentée en lien avec cette ' +
          'allégation (état : {{case.paternityStatus}}). ',
        'Le Secrétariat saurait gré aux autorités nationales compétentes de leur ' +
          'coopération pour la traiter, y compris par un test ADN lorsque le droit ' +
          'national le permet, ',
        'toujours dans le respect de la volonté de la mère ou du tuteur.',
      ),
    ]),
    h2('Demande'),
    numbered(
      item(
        'Le Secrétariat prie les autorités nationales compétentes d’examiner l’affaire ' +
          'en vue d’une enquête et, le cas échéant, de poursuites, ',
        'et de le tenir informé, par l’intermédiaire du Bureau des affaires juridiques, ' +
          'des mesures prises pour enquêter et poursuivre ainsi que de leur issue.',
      ),
      item(
        'Le Secrétariat souhaiterait connaître toute assistance que les autorités ' +
          'compétentes pourraient souhaiter recevoir de l’Organisation des Nations Unies à ' +
          'ces fins.',
      ),
      item(
        'Sous réserve des privilèges et immunités de l’Organisation et de ses règles, ' +
          'l’Organisation des Nations Unies est disposée à communiquer les informations et ' +
          'pièces ',
        'utiles à une procédure pénale, compte tenu des exigences d’une procédure régulière.',
      ),
    ),
    h2('Confidentialité'),
    p(
      'La présente communication et les informations qu’elle contient sont transmises ' +
        'à titre strictement confidentiel, aux seules fins de l’engagement de la ' +
        'responsabilité pénale, ',
      'et ne peuvent être rendues publiques ni utilisées à d’autres fins. La sécurité, ' +
        'la vie privée et la volonté des victimes doivent être respectées à chaque étape ' +
        ': ',
      'aucune victime ne doit être contactée autrement que par l’intermédiaire du point de contact ci-dessous.',
    ),
    h2('Point de contact'),
    p('{{contact.name}}{{#if contact.title}}, {{contact.title}}{{/if}}'),
    bullets(
      itemWhen('contact.email', 'Courriel : {{contact.email}}'),
      itemWhen('contact.phone', 'Téléphone : {{contact.phone}}'),
      itemWhen('contact.address', '{{contact.address}}'),
    ),
    p(
      'Le Secrétariat de l’Organisation des Nations Unies saisit cette occasion pour ' +
        'renouveler à {{letter.recipientName}} les assurances de sa très haute ' +
        'considération.',
    ),
    signature,
  ],
};

export const MEMBER_STATE_REFERRAL: Template = {
  id: 'member_state_referral',
  kind: 'member_state_referral',
  recipient: 'member_state',
  version: 1,
  name: 'Referral to a Member State (through OLA)',
  description:
    'Note verbale referring a credible allegation against an official or expert on ' +
    'mission to the State of nationality (GA res. 62/63, 64/110).',
  pageSize: 'A4',
  confidentiality: 'strictly_confidential',
  languages: { en, fr },
};
