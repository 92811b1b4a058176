import type { CliWords } from '../en/cli.js';
import { text } from '../text.js';

/** Les mots de la ligne de commande en français : mêmes clés et mêmes paramètres que le catalogue anglais. */

/** « a, b et c ». */
const joinAnd = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;

const capitalized = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export const cliWords: CliWords = {
  unknownLanguage: (accepted: string) =>
    `--ui-lang accepte l’une de ces langues : ${accepted} (la langue de ces messages).`,

  help: {
    title: 'casefile – le dossier chiffré de Casefile, en ligne de commande',
    usage: 'Utilisation : casefile [--vault DIR] [--json] <commande> [options]',
    commands: 'Commandes :',
    globalOptions: 'Options générales (avant ou après la commande) :',
    environment: 'Environnement :',
    environmentVariables: {
      vault: 'le dossier du coffre, si --vault n’est pas donné',
      passphrase: 'la phrase secrète, si --passphrase-file n’est pas donné',
      newPassphrase: 'la nouvelle phrase secrète pour passwd, si --new-passphrase-file n’est pas donné',
      debug: 'indique où une erreur interne s’est produite (jamais son message)',
      language: 'la langue des messages (en, fr, ar), si --ui-lang n’est pas donné ; sinon LC_ALL, LC_MESSAGES, LANG',
    },
    secrets: [
      'Un secret est lu dans le fichier de son option, sinon dans sa variable d’environnement, sinon à une invite',
      'masquée si l’entrée standard est un terminal. Les secrets ne sont jamais affichés ; la clé de récupération',
      'est montrée une seule fois, par init.',
    ],
    exitCodes: 'Codes de sortie :',
    commandHelp: 'Lancez « casefile <commande> --help » pour les options d’une commande.',
    commandUsage: 'Utilisation : casefile [--vault DIR] [--json]',
    commandOptions: 'Options :',
    commandGlobalOptions: 'Options générales :',
    required: '[obligatoire]',
    requiredFor: (subcommand: string) => `[obligatoire pour ${subcommand}]`,
  },

  exitCodes: {
    ok: 'réussite',
    failure: 'toute autre erreur',
    usage: text(
      'erreur d’utilisation ou saisie non valable (option erronée, commande ou méthode ',
      'inconnue, JSON erroné, phrase secrète trop faible)',
    ),
    wrongSecret: 'phrase secrète ou clé de récupération incorrecte',
    noVault: 'pas de coffre dans ce dossier, ou ce n’est pas un coffre Casefile',
    blockingFindings: 'check : le dossier a des constats bloquants au regard des principes',
    notFound: 'introuvable : dossier, personne, élément de preuve, entretien ou fichier inexistant',
    vaultDamaged: text(
      'le coffre est endommagé (il ne s’ouvre pas, ou une vérification a trouvé une ',
      'rupture) : restaurez-le à partir d’une sauvegarde',
    ),
    wrongRuntime: text(
      'le module de base de données ne peut pas être chargé (construit pour ',
      'l’application, ou absent) : lancez node build/native-module.mjs node',
    ),
    cancelled: 'interrompu à une invite (Ctrl-C)',
  },

  globalOptions: {
    vault: 'Le dossier du coffre (par défaut : $CASEFILE_VAULT).',
    'passphrase-file': 'Lire la phrase secrète dans FILE (un saut de ligne final est ignoré).',
    json: text(
      'Sortie pour les programmes : JSON sur la sortie standard (heures en instants ISO 8601, en UTC), ',
      'erreurs sous la forme ',
      '{"error":{"code","message"}}.',
    ),
    help: 'Afficher cette aide, ou l’aide d’une commande après son nom.',
    version: 'Afficher la version de casefile et quitter.',
    'ui-lang':
      'La langue des messages : en, fr ou ar, région admise (par défaut : $CASEFILE_LANG, sinon celle du système).',
  },

  sharedOptions: {
    case: 'Le dossier, par sa référence (CF-2026-0001) ou son identifiant.',
    input: 'Saisie JSON lue dans FILE, ou sur l’entrée standard avec -.',
    itemCase: 'Le dossier (référence ou identifiant) ; nécessaire quand l’élément est donné par son numéro (E-0001).',
    recoveryKeyFile: 'Déverrouiller avec la clé de récupération contenue dans FILE au lieu de la phrase secrète.',
    toPath: 'export, report : le fichier à écrire (il ne doit pas encore exister).',
  },

  commandLine: {
    noArguments: 'aucun argument',
    argumentCount: (command: string, expected: string, got: number, usage: string) =>
      `casefile ${command} attend ${expected} ; ${got} donné(s). Utilisation : casefile ${usage}`,
    noCommand: 'Aucune commande donnée. Voir casefile --help.',
    unknownCommand: (suggestion: string) => `Ce n’est pas une commande de casefile.${suggestion} Voir casefile --help.`,
    unknownOption: (command: string | undefined, suggestion: string) =>
      `Ce n’est pas une option de « casefile${command ? ` ${command}` : ''} ».${suggestion} Voir casefile --help.`,
    didYouMean: (names: readonly string[]) =>
      ` Vouliez-vous dire ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ou ${names.at(-1)}`} ?`,
    takesNoValue: (option: string) => `L’option ${option} ne prend pas de valeur.`,
    needsValue: (option: string, placeholder: string) =>
      `L’option ${option} demande une valeur : ${option} ${placeholder}.`,
    valueLooksLikeOption: (option: string, placeholder: string) =>
      `L’option ${option} demande une valeur, mais l’argument suivant est une option. Écrivez ` +
      `${option}=${placeholder} si la valeur commence par « - ».`,
    givenTwice: (option: string) => `L’option --${option} est donnée plus d’une fois.`,
    noVaultFolder: 'Aucun dossier de coffre : indiquez --vault DIR ou définissez CASEFILE_VAULT.',
    subcommands: (command: string, names: string) =>
      `casefile ${command} attend l’une de ces sous-commandes : ${names}. Voir casefile ${command} --help.`,
    version: (version: string, node: string) => `casefile ${version} (Node.js ${node})`,
  },

  output: {
    failure: (message: string) => `casefile : ${message}`,
    notice: (text: string) => `casefile : avis : ${text}`,
    unexpected:
      'casefile a échoué de façon inattendue. Définissez CASEFILE_DEBUG=1 pour voir où (aucune donnée n’est affichée).',
    internalError: (where: string, kind: string) =>
      `casefile : erreur interne dans ${where} : ${kind} (message non affiché)`,
  },

  line: {
    withId: (text: string, id: string) => `${text}. Id : ${id}`,
    sentenceWithId: (sentence: string, id: string) => `${sentence} Id : ${id}`,
    facts: (facts: readonly string[]) => facts.join(' ; '),
    about: (subject: string, text: string) => `${subject} : ${text}`,
    label: (name: string) => `${name} :`,
  },

  secrets: {
    passphrase: 'phrase secrète',
    newPassphrase: 'nouvelle phrase secrète',
    recoveryKey: 'clé de récupération',
    prompt: (secret: string) => `${capitalized(secret)} : `,
    repeatPrompt: (secret: string) => `${capitalized(secret)}, une seconde fois : `,
    entriesDiffer: 'Les deux saisies diffèrent.',
    notChosen: (secret: string, attempts: number) => `Aucune ${secret} choisie après ${attempts} essais.`,
    noneEntered: (secret: string) => `Aucune ${secret} saisie.`,
    cannotPrompt: (secret: string, ways: string) =>
      `Aucune ${secret} donnée, et l’entrée standard n’est pas un terminal : casefile ne la demandera pas. ` +
      `Utilisez ${ways}.`,
    or: ' ou ',
    fileNamed: (secret: string, path: string) => `le fichier de ${secret} ${path}`,
    fileTooLarge: (secret: string, path: string) =>
      `Le fichier de ${secret} ${path} est trop grand pour contenir une ${secret}.`,
    fileEmpty: (secret: string, path: string) => `Le fichier de ${secret} ${path} est vide.`,
    cannotRead: (what: string, why: string) => `Impossible de lire ${what} : ${why}`,
    passphraseOrKey: 'Donnez soit --passphrase-file, soit --recovery-key-file, pas les deux.',
    noVault: (problem: string, dir: string, command: string) =>
      `${problem} Dossier : ${dir}. Pour y créer un coffre : ${command}`,
    folderMadePrivate: (changed: number, failed: number) =>
      [
        text(
          'D’autres comptes de cet ordinateur pouvaient ouvrir le dossier de ce coffre : ',
          'ses droits d’accès avaient été élargis.',
        ),
        ...(changed > 0
          ? [
              `Casefile l’a de nouveau rendu privé (` +
                `${changed === 1 ? 'un élément modifié' : `${changed} éléments modifiés`}).`,
            ]
          : []),
        ...(failed > 0
          ? [
              failed === 1
                ? 'Un élément n’a pas pu être rendu privé : il appartient à un autre compte.'
                : `${failed} éléments n’ont pas pu être rendus privés : ils appartiennent à un autre compte.`,
              'Déplacez le coffre dans un dossier à vous.',
            ]
          : []),
        'Les fichiers restent chiffrés, mais si vous n’avez pas élargi ces droits vous-même, prévenez la personne ' +
          'chargée de la sécurité de cet ordinateur.',
      ].join(' '),
    cancelled: 'Annulé à l’invite.',
    terminalClosed: 'Aucune saisie : le terminal a été fermé.',
  },

  input: {
    stdin: 'l’entrée standard',
    cannotReadFile: (path: string, why: string) => `Impossible de lire le fichier de saisie ${path} : ${why}.`,
    noSuchFile: 'fichier inexistant',
    unreadable: 'illisible',
    tooLarge: (where: string, mib: number) => `La saisie lue dans ${where} dépasse ${mib} Mio.`,
    empty: (where: string) => `La saisie lue dans ${where} est vide ; donnez une valeur JSON, par exemple {}.`,
    notJson: (where: string, position: string) =>
      `La saisie lue dans ${where} n’est pas du JSON valable : ${position}.`,
    syntaxAt: (reason: string, line: number, column: number, offset: number) =>
      `${reason} à la ligne ${line}, colonne ${column} (position ${offset})`,
    unparsable: 'elle n’a pas pu être lue',
    notUtf8: (where: string) => `La saisie lue dans ${where} n’est pas de l’UTF-8 valable.`,
    notObject: 'La saisie doit être un objet JSON.',
    notString: (what: string) => `${what} doit être une chaîne de caractères dans la saisie.`,
    givenTwice: (what: string) =>
      `${what} est donné à la fois dans la saisie et en option, différemment ; donnez-le une seule fois.`,
    needs: (what: string, options: readonly string[]) => `${capitalized(what)} : il manque ${joinAnd(options)}.`,
    invalid: (what: string, problems: string) => `${capitalized(what)} : saisie non valable — ${problems}`,
    wholeInput: 'la saisie',
    instant: (option: string) =>
      `--${option} attend une date et une heure avec leur fuseau, ` +
      'par exemple 2026-03-02T10:30Z ou 2026-03-02T10:30+01:00.',
    giveCase: 'Indiquez le dossier : --case CASE.',
    noSuchPerson: (code: string | undefined, reference: string) =>
      code === undefined
        ? `Cette personne ne figure pas dans ${reference}.`
        : `${code} ne figure pas dans ${reference}.`,
  },

  jsonSyntax: {
    controlCharacter: 'caractère de contrôle dans une chaîne',
    badUnicodeEscape: 'séquence \\u erronée dans une chaîne',
    badEscape: 'séquence d’échappement erronée dans une chaîne',
    unterminatedString: 'chaîne non terminée',
    unexpectedEnd: 'fin de saisie inattendue',
    textAfterValue: 'texte inattendu après la valeur JSON',
    expectedColon: '« : » attendu après un nom de propriété',
    expectedCommaOrBrace: '« , » ou « } » attendu',
    expectedCommaOrBracket: '« , » ou « ] » attendu',
    expectedPropertyName: 'nom de propriété entre guillemets doubles attendu',
    malformedNumber: 'nombre mal formé',
    expectedValue: 'valeur JSON attendue',
  },

  case: {
    whatIntake: 'l’enregistrement du dossier',
    whatListOptions: 'les options de la liste des dossiers',
    whatExclusion: 'l’exclusion du décompte',
    giveIntake: 'Donnez le dossier avec --input FILE|-, ou au moins --title, --received, --entity et --channel.',
    sortSyntax: (keys: string) => `--sort attend KEY ou KEY:asc|desc, KEY étant l’une de ces clés : ${keys}.`,
    takesCase: (subcommand: string) =>
      `casefile case ${subcommand} attend le dossier : sa référence (CF-2026-0001) ou son identifiant.`,
    takesNoCase: (subcommand: string) => `casefile case ${subcommand} n’attend pas d’argument CASE.`,
    exclusionEither: 'casefile case exclusion attend soit --clear, soit --ground et --reason, pas les deux.',
    exclusionNeeds:
      'casefile case exclusion attend --ground GROUND et --reason TEXT, ou --clear pour compter de nouveau le dossier.',
    opened: (reference: string, id: string) => `Dossier ${reference} ouvert. Identifiant : ${id}`,
    notCounted: (reference: string, ground: string) =>
      `${reference} n’est pas compté dans les statistiques : ${ground}.`,
    countedAgain: (reference: string) => `${reference} est de nouveau compté dans les statistiques.`,
    noCases: 'Aucun dossier.',
    headings: {
      reference: 'RÉFÉRENCE',
      status: 'STATUT',
      category: 'CAT.',
      urgent: 'URGENT',
      received: 'REÇU LE',
      victims: 'VICTIMES',
      blocking: 'BLOQUANTS',
      title: 'TITRE',
    },
    archivedMark: ' (archivé)',
    yes: 'oui',
    no: 'non',
    none: 'aucun',
    unknownDate: 'inconnue',
    between: (from: string, to: string) => `entre le ${from} et le ${to}`,
    atIncident: (ageBand: string) => `${ageBand} au moment des faits`,
    notClassified: 'pas encore classé',
    categoryNotSet: 'catégorie non indiquée',
    subtypeNotSet: 'sous-type non indiqué',
    paternityClaimed: (status: string, dnaPermitted: string, sampleTaken: string) =>
      `demande formée, ${status} ; ADN permis par le droit national : ${dnaPermitted} ; ` +
      `prélèvement effectué : ${sampleTaken}`,
    noLocation: '(aucun lieu enregistré)',
    locationWithheld: '(strictement confidentiel : non affiché ici ; « casefile call cases.get » l’affiche)',
    notAssigned: 'non désignée',
    acknowledged: (at: string) => `reconnue le ${at}`,
    notAcknowledged: 'non reconnue',
    fields: {
      status: 'Statut',
      classification: 'Classification',
      received: 'Reçu',
      entity: 'Entité',
      investigating: 'Enquête menée par',
      urgent: 'Urgent',
      incidentDates: 'Dates des faits',
      location: 'Lieu',
      allegedExchange: 'Échange allégué',
      paternityClaim: 'Demande en paternité',
      obligation: 'Obligation de signaler',
      confidentiality: 'Confidentialité',
      archived: 'Archivé',
      openedChanged: 'Ouvert / modifié',
    },
    summary: 'Résumé :',
    statusHistory: 'Historique des statuts :',
    openedMark: '(ouverture)',
    people: 'Personnes (par code pseudonyme) :',
    nothing: '(aucune)',
  },

  unlock: {
    needsCheck:
      'casefile unlock demande --check : chaque commande déverrouille le coffre elle-même, le temps de son exécution.',
    opens: (secret: string, dir: string) => `OK : la ${secret} ouvre le coffre de ${dir}.`,
  },
  passwd: {
    currentPassphrase: 'phrase secrète actuelle',
    same: 'La nouvelle phrase secrète est la même que l’actuelle.',
    changed: 'Phrase secrète changée. La clé de récupération reste la même.',
  },
  init: {
    created: (dir: string) => `Coffre créé dans ${dir}.`,
    recoveryKeyNotice: [
      'CLÉ DE RÉCUPÉRATION – notez-la maintenant. Elle n’est montrée qu’une fois et ne pourra plus l’être :',
      'Elle ouvre le coffre si la phrase secrète est perdue : quiconque la détient peut donc l’ouvrir aussi.',
      'Gardez-la sur papier, loin de cet ordinateur. Ne l’enregistrez ni dans un fichier ni en capture d’écran.',
    ],
    vaultThere: (dir: string) => `Il y a déjà un coffre Casefile dans ${dir}.`,
    notEmpty: (dir: string) =>
      `${dir} n’est pas vide et n’est pas un coffre Casefile : choisissez un dossier vide ou nouveau.`,
    aFile: (dir: string) => `${dir} est un fichier, pas un dossier : choisissez un dossier vide ou nouveau.`,
  },
  verify: {
    broken: (row: number | undefined, checked: number, why: string) =>
      `Le journal d’audit est rompu${row === undefined ? '' : ` à la ligne ${row}`} ` +
      `(${checked} ${checked <= 1 ? 'ligne lue' : 'lignes lues'}).${why ? ` ${why}` : ''}`,
    intact: (checked: number) => `OK : ${checked} ${checked <= 1 ? 'ligne vérifiée' : 'lignes vérifiées'}`,
  },
  methods: {
    whileLocked: 'fonctionne coffre verrouillé',
    needsUnlocked: 'demande le coffre déverrouillé',
    forDevelopers:
      'Pour les développeurs et les intégrateurs : chaque méthode de l’API, ce qu’elle fait, quand elle ' +
      'fonctionne et sa saisie.',
    input: (schema: string) => `saisie : ${schema}`,
  },
  call: {
    unknownMethod: (typed: string, suggestion: string) =>
      `Méthode inconnue : ${typed}.${suggestion} Lancez casefile methods pour les lister.`,
    invalidInput: (method: string, problems: string) => `Saisie non valable pour ${method} : ${problems}`,
  },
  check: {
    headings: {
      block: 'BLOQUANTS (l’application refuse ce qui les aggraverait ; corrigez-les d’abord)',
      warn: 'AVERTISSEMENTS (à corriger ou à expliquer)',
      info: 'RAPPELS',
    },
    none: (reference: string, asOf: string) => `${reference} : aucun constat (au ${asOf}).`,
    counts: (reference: string, block: number, warn: number, info: number, asOf: string) =>
      `${reference} : ${block} ${block <= 1 ? 'bloquant' : 'bloquants'}, ` +
      `${warn} ${warn <= 1 ? 'avertissement' : 'avertissements'}, ${info} ${info <= 1 ? 'rappel' : 'rappels'} ` +
      `(au ${asOf}).`,
    fix: 'Remède :',
  },

  givenFile: {
    notFound: (given: string) => `${given} est introuvable.`,
    notAFile: (given: string, kind: string) => `${given} n’est pas un fichier ; indiquez ${kind}.`,
  },
  letterhead: {
    missing: 'Indiquez le document Word : casefile letterhead import FILE.docx.',
    kind: 'un document Word (.docx)',
    shipped: 'Les lettres utilisent l’en-tête fourni (aucun importé).',
    imported: (source: string, at: string, by: string) => `En-tête importé de ${source} le ${at} par ${by}.`,
    header: 'En-tête :',
    logo: (logo: string) => `Logo : ${logo}`,
    footer: 'Pied de page :',
    none: '(aucun)',
    noLogo: 'aucun',
    inUse: 'Chaque lettre qui n’est pas sous forme discrète l’utilise désormais.',
    shippedAgain: 'Les lettres utilisent de nouveau l’en-tête fourni.',
  },
  action: {
    what: 'la mesure',
    none: (reference: string) => `Aucune mesure enregistrée dans ${reference}.`,
    giveSubject: 'Indiquez la personne mise en cause : --subject S-01.',
    recorded: (reference: string, action: string) => `Enregistré dans ${reference} : ${action}`,
  },
  finding: {
    what: 'la constatation',
    none: (reference: string) => `Aucune constatation enregistrée dans ${reference}.`,
    line: (code: string, outcome: string, version: number, on: string, by: string) =>
      `${code} : ${outcome}${version === 1 ? '' : ` (correction, version ${version})`}, décidé le ${on} par ${by}.`,
    caseNow: (reference: string, status: string) => `${reference} est désormais « ${status} ».`,
  },
  victimContact: {
    what: 'le contact',
    none: (reference: string) => `Aucun contact consigné dans ${reference}.`,
    giveVictim: 'Indiquez la victime : --victim V-01.',
    line: (how: string, language: string, told: string, letterDelivered: boolean) =>
      `${how}, en ${language} ; dit : ${told}${letterDelivered ? ' (lettre de clôture remise)' : ''}`,
    logged: (reference: string, contact: string) => `Consigné dans ${reference} : ${contact}`,
  },

  assistance: {
    whatOffer: 'la proposition d’assistance',
    whatStep: 'l’étape de l’orientation',
    none: (reference: string) => `Aucune assistance enregistrée dans ${reference}.`,
    giveVictim: 'Indiquez la victime : --victim V-01.',
    line: (service: string, status: string, at: string, offeredAt: string, providerRecorded: boolean) =>
      `${service} — ${status} (${at}) ; proposée le ${offeredAt}${providerRecorded ? ', prestataire enregistré' : ''}`,
    offered: (reference: string, referral: string) => `Proposée dans ${reference} : ${referral}`,
    updated: (reference: string, referral: string) => `Mise à jour dans ${reference} : ${referral}`,
  },
  followup: {
    whatItem: 'l’élément de suivi',
    whatReply: 'la réponse',
    none: (reference: string) => `Aucun élément de suivi dans ${reference}.`,
    giveItemAndLetter: 'Indiquez l’élément de suivi et la lettre : --item ID --letter ID.',
    sentTo: (kind: string, to: string, subject: string | undefined) =>
      `${kind} à ${to}${subject === undefined ? '' : ` au sujet de ${subject}`}`,
    replyDue: (at: string) => `réponse attendue le ${at}`,
    answered: (at: string) => `réponse reçue le ${at}`,
    replies: (count: number) => `réponses : ${count}`,
    lettersLinked: (count: number) => `lettres liées : ${count}`,
    opened: (reference: string, item: string) => `Ouvert dans ${reference} : ${item}`,
    linked: (reference: string, item: string) => `Lettre liée dans ${reference} : ${item}`,
    replied: (reference: string, item: string) => `Réponse enregistrée dans ${reference} : ${item}`,
  },
  investigation: {
    qualifiedYesNo: '--qualified attend yes ou no.',
    whatAction: 'l’acte d’enquête',
    whatOutcome: 'l’issue',
    none: (reference: string) => `Aucun acte d’enquête enregistré dans ${reference}.`,
    giveActionAndOutcome: 'Indiquez l’acte et son issue : --action ID --outcome OUTCOME.',
    evidence: (numbers: string) => `preuves ${numbers}`,
    closed: (deadlines: string) => `clos : ${deadlines}`,
    clockClosed: (clock: string, count: number) => (count === 1 ? clock : `${clock} (${count} délais)`),
    concluded: (reference: string, action: string) => `Conclu dans ${reference} : ${action}`,
    recorded: (reference: string, action: string) => `Enregistré dans ${reference} : ${action}`,
  },

  identity: {
    fileAfter: (option: string) => `Indiquez un nom de fichier après --${option}.`,
    exists: (given: string) => `${given} existe déjà ; indiquez un nouveau fichier.`,
    secretWarning: text(
      'L’identité age est la clé SECRÈTE de ce coffre : quiconque détient le fichier peut ouvrir chaque paquet ',
      'qui lui est adressé. Ajoutez --i-understand pour l’écrire, et supprimez le fichier une fois utilisé.',
    ),
    recipient: 'Ce coffre reçoit les paquets de dossiers à ce destinataire age :',
    fingerprint: (fingerprint: string) => `Empreinte de la clé de signature : ${fingerprint}`,
    card: 'Fiche de contact (à donner aux collègues ; elle ne contient que des clés publiques) :',
    publicWritten: (file: string) =>
      `Clé publique de signature écrite dans ${file} (PEM, pour openssl pkeyutl -verify -pubin -rawin).`,
    secretWritten: (file: string) =>
      `Identité age SECRÈTE écrite dans ${file} : gardez-la en lieu sûr et supprimez-la une fois utilisée.`,
  },
  contact: {
    verified: 'vérifié',
    notVerified: 'NON VÉRIFIÉ',
    recipient: 'destinataire',
    fingerprint: 'empreinte de la clé de signature',
    safetyNumber: 'numéro de sécurité',
    id: 'identifiant',
    card: 'de fiche de contact',
    signingKey: 'de clé de signature',
    unreadable: (what: string, given: string) => `Le fichier ${what} ${given} n’a pas pu être lu.`,
    giveCardOrKeys: 'Indiquez --card FILE, ou --name, --recipient age1… et --signing-key FILE (le PEM).',
    added: 'Ajouté, pas encore vérifié :',
    compare: 'Comparez le numéro de sécurité avec votre collègue (en personne ou par un appel de confiance), puis :',
    none: 'Aucun contact pour l’instant.',
    nameIt: 'Indiquez le contact : casefile contact verify ID (voir casefile contact list).',
    markedVerified: 'Marqué comme vérifié :',
  },
  stats: {
    what: 'export des statistiques',
    noMissions: 'Aucun dossier de ce coffre ne nomme encore de mission ou d’entité : retirez --mission.',
    unknownMission: (named: string) =>
      `Aucun dossier ne nomme cette mission ou entité. Celles nommées dans les dossiers : ${named}.`,
    notWritten: 'Les statistiques n’ont pas été écrites.',
    written: (path: string, sha256: string) => `Statistiques écrites dans ${path} (SHA-256 ${sha256}).`,
  },
  consent: {
    what: 'la décision de consentement',
    giveDecision: text(
      'Indiquez la décision avec --input FILE|-, ou avec --person, --purpose et --decision ',
      '(voir casefile consent --help).',
    ),
    notBoth: (option: string) =>
      `Indiquez la décision soit avec --input, soit avec des options (--${option}), pas les deux.`,
    byCodeNeedsCase: 'Une personne donnée par code (V-01) demande le dossier : --case CASE.',
    recorded: (
      person: string,
      purpose: string,
      decision: string,
      guardian: string | undefined,
      byGuardian: boolean,
      oneRecipient: boolean,
      at: string,
    ) =>
      `Enregistré pour ${person} : ${purpose} — ${decision} ` +
      `${byGuardian ? `par le tuteur${guardian ? ` (${guardian})` : ''}` : 'par la personne'}` +
      `${oneRecipient ? ', pour un seul destinataire' : ''}, décidé le ${at}.`,
  },

  paternity: {
    what: 'la fiche de l’enfant',
    born: '--born attend un jour (2025-11-20), un mois (2025-11), une année (2025) ou unknown.',
    sampleTaken: (on: string) => `prélèvement ADN le ${on}`,
    sampleSent: (on: string) => `envoyé le ${on}`,
    result: (result: string, on: string) => `résultat : ${result} (${on})`,
    stateContacted: (on: string, how: string) => `État Membre contacté le ${on} (${how})`,
    supportOrdered: (on: string) => `pension ordonnée le ${on}`,
    supportPaid: (on: string) => `pension versée le ${on}`,
    child: (code: string, mother: string, subject: string) =>
      `${code} (mère ${mother}, personne mise en cause ${subject})`,
    noSuchChild: (ref: string, reference: string) => `Il n’y a pas de fiche d’enfant ${ref} dans ${reference}.`,
    none: (reference: string) => `Aucune fiche d’enfant dans ${reference}.`,
    giveChild: 'Indiquez la fiche de l’enfant : --child C-01.',
    notBoth: (option: string) =>
      `Indiquez la fiche soit avec --input, soit avec des options (--${option}), pas les deux.`,
    recorded: (reference: string, child: string) => `Enregistré dans ${reference} : ${child}`,
    updated: (reference: string, child: string) => `Mis à jour dans ${reference} : ${child}`,
  },
  deadlines: {
    closedBefore: (span: string) => `clos ${span} avant l’échéance`,
    closedLate: (span: string) => `clos avec ${span} de retard`,
    overdue: (span: string) => `DÉPASSÉ de ${span}`,
    left: (span: string) => `reste ${span}`,
    span: (days: number, hours: string, minutes: string) => `${days > 0 ? `${days} j ` : ''}${hours} h ${minutes} min`,
    none: 'Aucun délai ouvert.',
    headings: {
      due: (timeZone: string) => `ÉCHÉANCE (${timeZone})`,
      countdown: 'COMPTE À REBOURS',
      state: 'ÉTAT',
      firmness: 'NATURE',
      case: 'DOSSIER',
      concerns: 'CONCERNE',
      id: 'ID',
      clock: 'DÉLAI',
    },
    giveId: text(
      'Indiquez l’identifiant du délai, ou au moins ses 6 premiers caractères tels que ',
      'casefile deadlines les affiche.',
    ),
    noMatch: (ref: string) => `Aucun délai d’un dossier non archivé n’a un identifiant commençant par ${ref}.`,
    ambiguous: (ref: string, count: number) =>
      `${ref} correspond à ${count} délais : donnez davantage de l’identifiant.`,
    closeTakesId: 'casefile deadlines close attend l’identifiant du délai.',
    sayAction: 'Dites ce qui a été fait avec --action TEXT : un délai est clos par la mesure prise.',
    noArgument: 'casefile deadlines n’attend aucun argument, ou : close ID --action TEXT.',
  },

  timeline: {
    noEvents: (reference: string) => `${reference} : aucun événement.`,
    summary: (reference: string, dated: number, undated: number) =>
      `${reference} : événements datés : ${dated} ; de date inconnue : ${undated}.`,
    noDated: '(aucun événement daté)',
    dateUnknown: 'Date inconnue :',
    origin: { manual: 'manuel', derived: 'calculé' },
    headings: {
      date: 'DATE (TELLE QU’INDIQUÉE)',
      precision: 'PRÉCISION',
      kind: 'NATURE',
      basis: 'FONDEMENT',
      origin: 'ORIGINE',
      title: 'TITRE',
    },
  },

  evidence: {
    nameFile: 'Nommez le fichier à ajouter : casefile evidence add FILE --case CASE.',
    notFound: (given: string) => `${given} est introuvable.`,
    notAFile: (given: string) =>
      `${given} n’est pas un fichier ; seuls des fichiers peuvent être ajoutés comme contenu d’une pièce.`,
    nameCase: 'Nommez le dossier : --case CASE (sa référence ou son identifiant).',
    typeIsOneOf: (types: string) => `--type prend l’une de ces valeurs : ${types}.`,
    itemOrNew: '--item ajoute le fichier à une pièce existante : --type et --description décrivent une nouvelle pièce.',
    content: (fileName: string, size: string, sha256: string) => `${fileName} (${size}, SHA-256 ${sha256})`,
    unreadable: (file: string) => `${file} n’a pas pu être lu.`,
    adding: (name: string) => `Ajout de ${name}`,
    notReadBack: 'Le fichier a été ajouté, mais son enregistrement n’a pas pu être relu.',
    added: (content: string, number: string, reference: string) =>
      `Fichier ${content} ajouté à ${number} dans ${reference}.`,
    signedOnAdding: (fingerprint: string) => `Provenance signée avec la clé de ce coffre (empreinte ${fingerprint}).`,
    oneOrAll: 'Vérifiez une pièce (casefile evidence verify ITEM) ou toutes les pièces (--all).',
    verifying: 'Vérification',
    failure: (number: string, fileName: string, problem: string) => `${number} ${fileName} : ${problem}`,
    failed: (failed: number, checked: number, list: readonly string[]) =>
      `${failed} fichier${failed > 1 ? 's' : ''} sur ${checked} ${failed > 1 ? 'ont' : 'a'} échoué à la ` +
      `vérification et ${failed > 1 ? 'sont signalés' : 'est signalé'} : ${list.join(' ; ')}.`,
    verified: (files: number, size: string) =>
      `OK : ${files} fichier${files > 1 ? 's' : ''} déchiffré${files > 1 ? 's' : ''} et haché${files > 1 ? 's' : ''} ` +
      `à nouveau (${size}).`,
    nameItemToExport: 'Nommez la pièce : casefile evidence export ITEM --to PATH.',
    noFileWithId: (number: string) => `${number} ne contient aucun fichier portant cet identifiant.`,
    noFiles: (number: string) => `${number} ne contient aucun fichier.`,
    chooseContent: (number: string, count: number, list: string) =>
      `${number} contient ${count} fichiers ; choisissez-en un avec --content ID : ${list}.`,
    exportCancelled: 'L’exportation a été annulée.',
    exported: (fileName: string, number: string, path: string, sha256: string) =>
      `${fileName} de ${number} exporté vers ${path} (SHA-256 ${sha256}, vérifié). ` +
      'Cette exportation figure dans la piste d’audit.',
    notSigned: (fileName: string) =>
      `${fileName} : pas encore signé (un fichier consigné avant la signature : vérifiez-le pour le signer).`,
    signedAtIngest: (fileName: string, at: string) => `${fileName} : signé à l’ajout, ${at}`,
    signedAtVerification: (fileName: string, at: string) =>
      `${fileName} : signé à sa première vérification, ${at} (consigné avant la signature de la provenance)`,
    signerFingerprint: (fingerprint: string) => `  empreinte de la clé du signataire : ${fingerprint}`,
    statement: (statement: string) => `  déclaration : ${statement}`,
    signature: (signature: string) => `  signature (Ed25519, base64) : ${signature}`,
    nameItemForProvenance: 'Nommez la pièce : casefile evidence provenance ITEM [--out DIR].',
    folderTaken: (out: string) => `${out} existe déjà ou ne peut pas être créé ; nommez un nouveau dossier.`,
    provenanceWritten: (folder: string, command: string) =>
      `Écrit dans ${folder}. Vérifiez chaque fichier avec : ${command}`,
    reportWhat: 'rapport de vérification',
    nameCaseForReport: 'Nommez le dossier : casefile evidence verification-report CASE --out FILE.',
    reportNotWritten: 'Le rapport n’a pas été écrit.',
    thisVault: (fingerprint: string) => `${fingerprint} (ce coffre)`,
    reportWritten: (reference: string, path: string, sha256: string) =>
      `Rapport de vérification de ${reference} écrit dans ${path} (SHA-256 ${sha256}) :`,
    reportCounts: (items: number, files: number, signed: number) =>
      `${items} pièce${items > 1 ? 's' : ''}, ${files} fichier${files > 1 ? 's' : ''}, ` +
      `${signed} signé${signed > 1 ? 's' : ''}.`,
    signers: (fingerprints: readonly string[]) =>
      fingerprints.length === 0
        ? 'Empreintes des clés des signataires : aucune.'
        : `Empreinte${fingerprints.length > 1 ? 's des clés des signataires' : ' de la clé du signataire'} : ` +
          `${fingerprints.join(', ')}.`,
  },

  custody: {
    notBoth: (option: string) =>
      `Donnez l’événement soit avec --input, soit avec des options (--${option}), pas les deux.`,
    sayKind: (kinds: string) => `Indiquez ce qui s’est passé : --kind ${kinds}.`,
    what: 'événement de la chaîne de possession',
    hashMatches: (fileName: string) => `${fileName} : l’empreinte correspond`,
    hashFailed: (fileName: string, problem: string) => `${fileName} : ÉCHEC (${problem})`,
    noMatch: 'l’empreinte ne correspond pas',
    event: (sequence: number, kind: string, at: string, checks: readonly string[]) =>
      `n° ${sequence} ${kind} le ${at}${checks.length > 0 ? ` ; ${checks.join(' ; ')}` : ''}`,
    nameItem: (subcommand: string) =>
      `Nommez la pièce : casefile custody ${subcommand} ITEM (E-0001 avec --case, ou son identifiant).`,
    failedRecheck: (number: string, failed: number, event: string) =>
      `Consigné pour ${number}, mais ${failed} fichier${failed > 1 ? 's' : ''} ${failed > 1 ? 'ont' : 'a'} ` +
      `échoué au nouveau contrôle d’empreinte et ${failed > 1 ? 'sont signalés' : 'est signalé'} : ${event}.`,
    logged: (number: string, reference: string, event: string) => `Consigné pour ${number} (${reference}) : ${event}.`,
    withPurpose: (event: string, purpose: string) => `${event} — ${purpose}`,
    none: (number: string) => `Aucun événement de la chaîne de possession consigné pour ${number}.`,
    reportWhat: 'rapport de chaîne de possession',
    reportNotWritten: 'Le rapport n’a pas été écrit.',
    reportWritten: (number: string, path: string, sha256: string) =>
      `Rapport de chaîne de possession de ${number} écrit dans ${path} (SHA-256 ${sha256}).`,
  },

  backup: {
    notStarted: 'Aucune sauvegarde n’a été lancée.',
    noOutcome: 'La sauvegarde s’est terminée sans dire ce qu’elle a écrit.',
    backingUp: 'Sauvegarde',
    done: (folder: string, at: string) => `Sauvegardé dans ${folder} le ${at}, puis relu en entier.`,
    files: (files: number, copied: number, kept: number, rechecked: number, written: string) =>
      `Fichiers de preuve : ${files} (${copied} copié${copied > 1 ? 's' : ''} maintenant, ${kept} déjà dans la ` +
      `sauvegarde, dont ${rechecked} relu${rechecked > 1 ? 's' : ''} et contrôlé${rechecked > 1 ? 's' : ''}) ; ` +
      `${written} écrits.`,
    never: 'Ce coffre n’a jamais été sauvegardé.',
    last: (at: string) => `Dernière sauvegarde : ${at}.`,
    due: (days: number) => `Une sauvegarde est à faire (le rappel vient après ${days} jour${days > 1 ? 's' : ''}).`,
    notDue: (days: number) =>
      `Aucune sauvegarde n’est encore à faire (le rappel vient après ${days} jour${days > 1 ? 's' : ''}).`,
    takes: 'casefile backup prend --to DIR, ou le mot status.',
    notBoth: 'Donnez soit --to DIR, soit status, pas les deux.',
    verifyAllWithTo: '--verify-all s’emploie avec --to DIR.',
    sayWhere: 'Indiquez où écrire la sauvegarde : casefile backup --to DIR.',
    sayWhich: 'Indiquez quelle sauvegarde restaurer : casefile restore --from DIR --vault NEW.',
    notFound: (from: string) => `${from} est introuvable.`,
    nothingRestored: 'Rien n’a été restauré.',
    restored: (at: string, dir: string, cases: number, files: number) =>
      `Sauvegarde du ${at} restaurée dans ${dir} : ${cases} dossier${cases > 1 ? 's' : ''}, ` +
      `${files} fichier${files > 1 ? 's' : ''} de preuve, chaque fichier contrôlé.`,
    unlockAsBefore:
      'Déverrouillez-le avec la même phrase secrète ou la même clé de récupération que le coffre sauvegardé.',
  },

  person: {
    giveRole: 'Donnez la personne avec --input FILE|-, ou au moins --role ROLE.',
    roleIsOneOf: (roles: string) => `--role prend l’une de ces valeurs : ${roles}.`,
    doesNotApply: (option: string, role: string) => `--${option} ne s’applique pas au rôle ${role}.`,
    notBoth: (what: 'person' | 'profile', option: string) =>
      `Donnez ${what === 'person' ? 'la personne' : 'le profil'} soit avec --input, soit avec des options ` +
      `(--${option}), pas les deux.`,
    theCase: 'Le dossier',
    nameCase: 'Nommez le dossier : --case CASE (sa référence ou son identifiant).',
    what: 'profil de la personne',
    added: (code: string, role: string, reference: string, id: string) =>
      `${code} (${role}) ajouté à ${reference}. Id : ${id}`,
    sayWhatChanges: 'Indiquez ce qui change : --input FILE|- ou une option.',
    roleNeverChanges: (code: string, role: string) => `${code} a le rôle ${role} ; un rôle ne change jamais.`,
    updated: (code: string, reference: string) => `${code} mis à jour dans ${reference}.`,
    namePerson: (subcommand: string) => `Nommez la personne : casefile person ${subcommand} V-01 --case CASE.`,
    addTakesNoPerson: 'person add ne prend pas de personne : son code est attribué automatiquement.',
    shown: (code: string, role: string, reference: string, id: string) =>
      `${code} — ${role}, dans ${reference}. Id : ${id}`,
    guardianImplicated: 'exception enregistrée (le tuteur est mis en cause)',
    everySubject: 'non enregistré (sa lettre de clôture nomme chaque mis en cause du dossier)',
    noIdentity: 'aucune',
  },

  interview: {
    notesFile: (path: string) => `le fichier de notes ${path}`,
    stdin: 'l’entrée standard',
    notesTooLarge: (where: string) => `Les notes dans ${where} dépassent 4 Mio.`,
    giveNotes: 'Donnez les notes en texte brut : --notes-file FILE (ou - pour l’entrée standard).',
    notUtf8: (where: string) => `Les notes dans ${where} ne sont pas en UTF-8 valide.`,
    givePlace: 'Donnez les modalités avec --input FILE|-, ou au moins --place-type TYPE.',
    notBoth: (option: string) =>
      `Donnez les modalités soit avec --input, soit avec des options (--${option}), pas les deux.`,
    theCase: 'Le dossier',
    theInterviewee: 'La personne entendue',
    nameCaseAndPerson: 'Nommez le dossier et la personne entendue : --case CASE --person PERSON.',
    arrangements: 'modalités',
    reason: 'motif (--reason TEXT)',
    planned: (code: string, at: string | undefined, reference: string, id: string) =>
      `Entretien de ${code}${at === undefined ? '' : ` du ${at}`} prévu dans ${reference}. Id : ${id}`,
    nameInterview: (subcommand: string) => `Nommez l’entretien : casefile interview ${subcommand} INTERVIEW_ID.`,
    conducted: (code: string, at: string | undefined) =>
      `Entretien de ${code}${at === undefined ? '' : ` du ${at}`} enregistré comme mené.`,
    notesSaved: (code: string, at: string | undefined, revision: number) =>
      `Notes de l’entretien de ${code}${at === undefined ? '' : ` du ${at}`} enregistrées (révision ${revision}).`,
    signed: (code: string, at: string | undefined) =>
      `Entretien de ${code}${at === undefined ? '' : ` du ${at}`} signé : ses notes sont la version 1, en lecture ` +
      'seule ; toute modification est un avenant.',
    amended: (code: string, at: string | undefined, version: number) =>
      `Avenant aux notes de l’entretien de ${code}${at === undefined ? '' : ` du ${at}`} : version ${version} ; ` +
      'chaque version antérieure reste lisible.',
    addTakesNoId: 'casefile interview add ne prend pas d’identifiant d’entretien ; il affiche le nouveau.',
  },

  letter: {
    headings: { template: 'MODÈLE', recipient: 'DESTINATAIRE', languages: 'LANGUES', version: 'VERSION', name: 'NOM' },
    edited: '(modifié)',
    sayCase: 'Indiquez le dossier : --case REF.',
    lettersFor: (reference: string) => `Lettres pour ${reference} :`,
    applies: 'applicable',
    appliesTo: (codes: readonly string[]) => `applicable (${codes.join(', ')})`,
    doesNotApply: (reason: string) => `non applicable : ${reason}`,
    exceptionPossible: 'peut être faite à titre exceptionnel (--exception-reason)',
    more: (count: number) => `… et ${count} de plus (letter render en nomme une et dit si la lettre s’applique)`,
    sayCaseAndTemplate: 'Indiquez le dossier et le modèle : --case REF --template ID.',
    particularsRefused: (problems: string) => `Les précisions de la lettre (--input) sont refusées : ${problems}.`,
    nameAdvocate: 'Nommez aussi le défenseur : --advocate NAME.',
    addressee: 'Le destinataire (recipientName)',
    checkFirst: 'La lettre n’a pas été produite. Vérifiez d’abord :',
    despiteWarnings: 'Donnez ce qui manque dans --input, ou ajoutez --despite-warnings pour la produire en l’état.',
    notWritten: 'La lettre a été enregistrée mais pas écrite.',
    registered: (
      template: string,
      version: number,
      language: string,
      reference: string,
      path: string,
      sha256: string,
    ) =>
      `${template} v${version} (${language}) enregistrée pour ${reference} et écrite dans ${path} (SHA-256 ${sha256}).`,
    withheld: (codes: readonly string[]) =>
      `Identités non divulguées (pas de consentement pour ce destinataire) : ${codes.join(', ')}.`,
    exception: 'Faite à titre exceptionnel : elle ne s’applique pas au dossier en l’état.',
    discreet: 'Forme discrète : ni en-tête ni emblème, intitulés neutres.',
    exporting: (reference: string) => `Export des lettres de ${reference}`,
    wrote: (files: number, folder: string) =>
      `${files} fichier${files > 1 ? 's' : ''} écrit${files > 1 ? 's' : ''} dans ${folder} :`,
    closureGroundNeeds: text(
      'Indiquez le dossier et la victime, le motif, qui a décidé et quand : ',
      '--case --victim --ground --decided-by --decided-on.',
    ),
    closureRecorded: (code: string, reference: string, ground: string, decidedBy: string, decidedOn: string) =>
      `Enregistré pour ${code} dans ${reference} : ${ground}, décidé par ${decidedBy} le ${decidedOn}.`,
  },

  bundle: {
    nameBundle: (subcommand: string) => `Indiquez le paquet : casefile bundle ${subcommand} FILE.casefile.`,
    kind: 'un paquet (.casefile)',
    passphrase: 'phrase secrète du paquet',
    signedByContact: (name: string, verified: boolean, fingerprint: string) =>
      `Signé par ${name}, ` +
      `${verified ? 'un contact vérifié' : 'un contact PAS ENCORE VÉRIFIÉ (comparez les numéros de sécurité)'} ; ` +
      `clé de signature ${fingerprint}.`,
    signedByStranger: (fingerprint: string | null) =>
      `Signé par quelqu’un qui n’est PAS dans vos contacts (clé de signature ${fingerprint ?? 'non indiquée'}).`,
    unsigned: 'NON signé : rien ne dit qui l’a fait.',
    omitted: { identities: 'l’identité des personnes', letter_files: 'les fichiers des lettres' },
    leftOut: (omitted: readonly string[]) => `Laissé de côté par l’expéditeur : ${joinAnd(omitted)}.`,
    counts: (kind: string, added: number, changed: number, kept: number, same: number, conflicting: number) => {
      const s = (n: number) => (n > 1 ? 's' : '');
      return (
        `  ${kind} : ${added} nouveau${added > 1 ? 'x' : ''}, ${changed} plus récent${s(changed)} (repris), ` +
        `${kept} gardé${s(kept)} tel${s(kept)} qu’ici (modifié${s(kept)} seulement ici), ${same} identique${s(same)}` +
        `${conflicting > 0 ? `, ${conflicting} modifié${s(conflicting)} des deux côtés` : ''}`
      );
    },
    bundled: (reference: string, at: string, here: boolean) =>
      `Dossier ${reference}, mis en paquet le ${at}${here ? ' (déjà dans ce coffre)' : ''}.`,
    arrivesAs: (sender: string, reference: string) =>
      `La référence de l’expéditeur, ${sender}, est celle d’un autre dossier ici : il arrive sous ${reference}.`,
    evidenceFiles: (files: number, size: string) =>
      `${files} fichier${files > 1 ? 's' : ''} de preuve (${size}), chacun vérifié.`,
    imported: 'Importé.',
    dryRun: 'Rien n’a été écrit (essai à blanc).',
    noContact: (name: string) => `Aucun contact ne s’appelle ${name} ; voir casefile contact list.`,
    sameName: (count: number, name: string) =>
      `${count} contacts s’appellent ${name}. Désignez celui que vous voulez par son identifiant ou son ` +
      'destinataire age1… (voir casefile contact list).',
    nameCase: 'Indiquez le dossier : casefile bundle export CASE --to FILE.casefile.',
    sayWhere: 'Indiquez où écrire le paquet : --to FILE.casefile.',
    fileExists: (file: string) => `${file} existe déjà ; indiquez un nouveau fichier.`,
    recipientsOrPassphrase:
      'Chiffrez le paquet soit pour --recipient (contacts ou clés age1…), soit avec --bundle-passphrase-file F.',
    withoutTakes: (accepted: string) => `--without accepte : ${accepted}.`,
    notStarted: 'Aucun paquet n’a été commencé.',
    exportSaidNothing: 'L’export s’est terminé sans dire ce qu’il a écrit.',
    exporting: 'Export',
    checking: 'Vérification',
    importing: 'Import',
    written: (reference: string, file: string, size: string) =>
      `Dossier ${reference} écrit dans ${file} (${size}, chiffré avec age).`,
    manifest: (sha256: string) => `SHA-256 du manifeste : ${sha256}`,
    notYetVerified: (names: readonly string[]) =>
      `${names.length > 1 ? 'Pas encore vérifiés' : 'Pas encore vérifié'} : ${names.join(', ')}. ` +
      'Comparez les numéros de sécurité avant d’envoyer le fichier.',
    importNotStarted: 'Aucun import n’a été commencé.',
    importSaidNothing: 'L’import s’est terminé sans dire ce qu’il a lu.',
    notAConflict: (key: string) =>
      `${key} n’est pas un enregistrement modifié des deux côtés dans ce paquet ; rien n’a été importé.`,
    verified: (reference: string, at: string) =>
      `OK : dossier ${reference}, mis en paquet le ${at} ; chaque entrée correspond à son SHA-256.`,
    verifiedCounts: (entries: number, files: number, size: string) =>
      `${entries} entrée${entries > 1 ? 's' : ''}, ${files} fichier${files > 1 ? 's' : ''} de preuve (${size}).`,
    conflict: (number: number, record: string) => `Conflit ${number} : ${record} a été modifié ici et dans le paquet.`,
    changedOnBothSides: (field: string, here: string) => `${field}, modifié des deux côtés : ici ${here}`,
    inTheBundle: (there: string) => `dans le paquet ${there}`,
    taken: (field: string, there: string, here: string) =>
      `${field}, modifié seulement dans le paquet : ${there} est repris (ici ${here})`,
    kept: (field: string, here: string, there: string) =>
      `${field}, modifié seulement ici : ${here} est gardé (dans le paquet ${there})`,
    takeTheirs: (key: string) =>
      'La valeur de ce coffre est gardée là où les deux l’ont modifiée ; ' +
      `pour reprendre celle du paquet : --take-theirs ${key}`,
  },

  instant: (date: string, zone: string) => `${date} (fuseau ${zone})`,

  evidenceFiles: {
    numberNeedsCase: (ref: string) => `${ref} est un numéro propre à un dossier : ajoutez --case CASE.`,
    noSuchItem: (ref: string, reference: string) => `Il n’y a pas de ${ref} dans ${reference}.`,
    giveItem: 'Donnez la pièce par son numéro (E-0001, avec --case) ou par son identifiant.',
    sayWhere: (option: string) => `Indiquez où écrire le fichier : --${option} PATH.`,
    pathTaken: (path: string) => `${path} existe déjà ; choisissez un autre chemin (rien n’est écrasé).`,
    filesDone: (done: number, total: number) => `${done} fichier${total > 1 ? 's' : ''} sur ${total}`,
    rowsDone: (done: number, total: number) => `${done} ligne${total > 1 ? 's' : ''} d’audit sur ${total}`,
    bytesDone: (done: string, total: string | undefined, percent: number | undefined, rate: string) =>
      `${done}${total === undefined ? '' : ` sur ${total}`}${percent === undefined ? '' : ` ${percent} %`}, ${rate}`,
    cancelled: (label: string) => `${label} : annulé ; rien n’a été conservé.`,
  },

  commands: {
    init: {
      summary: 'Créer un coffre dans le dossier ; affiche sa clé de récupération une seule fois.',
      options: {},
      details: [
        'Crée un coffre chiffré dans le dossier --vault (créé s’il n’existe pas ; il ne doit pas contenir de coffre).',
        'La phrase secrète vient de --passphrase-file ou de $CASEFILE_PASSPHRASE ; sinon elle est demandée deux fois',
        text(
          'à une invite masquée. La clé de récupération est affichée une seule fois (avec ',
          '--json : {"recoveryKey": "..."}).',
        ),
        'Le fuseau horaire de la mission (dont « aujourd’hui » et « fin de journée » servent aux délais) est d’abord',
        'celui de cet ordinateur ; changez-le avec casefile call clocks.update.',
      ],
    },
    unlock: {
      summary: 'Vérifier que la phrase secrète (ou la clé de récupération) ouvre le coffre.',
      options: {
        check: 'Vérifier seulement le secret.',
      },
      details: [
        'Ouvre le coffre avec le secret puis le reverrouille ; affiche OK et sort avec 0, ou sort avec 3 si le',
        'secret est incorrect. Chaque autre commande déverrouille le coffre elle-même, le temps de son exécution :',
        '--check est donc la seule forme.',
      ],
    },
    passwd: {
      summary: 'Changer la phrase secrète (la clé de récupération reste la même).',
      options: {
        'new-passphrase-file': 'Lire la nouvelle phrase secrète dans FILE (un saut de ligne final est ignoré).',
      },
      details: [
        'La phrase secrète actuelle vient de --passphrase-file, de $CASEFILE_PASSPHRASE ou d’une invite masquée ;',
        'si elle est oubliée, donnez plutôt la clé de récupération avec --recovery-key-file. La nouvelle phrase',
        text(
          'secrète vient de --new-passphrase-file, de ${{newPassphraseVariable}} ou d’une ',
          'invite masquée (demandée deux fois).',
        ),
        'Seule la clé de données enveloppée dans vault.json est réécrite ; les données ne sont pas rechiffrées.',
      ],
    },
    methods: {
      summary:
        'Lister chaque méthode de l’API avec ce qu’elle fait et le schéma JSON de sa saisie ' +
        '(pour les développeurs et les intégrateurs).',
      options: {},
      details: [
        'Ce sont les méthodes que « casefile call » (et l’application de bureau) peut appeler. Avec --json : un',
        'tableau de {name, summary, whileLocked, touchesSession, input, output}, input et output en JSON Schema.',
        'Ce que fait une méthode (summary) est écrit dans la langue de la ligne de commande (--ui-lang) ; noms,',
        'clés et schémas sont les mêmes dans toutes les langues : un script lit ceux-là.',
      ],
    },
    call: {
      summary: 'Appeler n’importe quelle méthode de l’API avec une saisie JSON ; affiche la réponse JSON.',
      options: {
        input: 'Saisie JSON lue dans FILE, ou sur l’entrée standard avec -.',
      },
      details: [
        'Envoie la saisie JSON (un fichier, - pour l’entrée standard, ou {} par défaut) à METHOD par le même',
        'routeur que l’application de bureau. Les méthodes qui demandent un coffre déverrouillé le déverrouillent',
        'd’abord avec la phrase secrète (ou --recovery-key-file). La valeur de la réponse est affichée en JSON ;',
        text(
          'un échec sort avec un code non nul. Lancez « casefile methods » pour la liste ',
          'des méthodes et de leurs schémas.',
        ),
      ],
    },
    case: {
      summary: text(
        'Ouvrir un dossier à l’enregistrement, lister les dossiers (filtrés, triés), en ',
        'afficher un avec son historique et ses personnes, ou l’exclure du décompte ',
        'publié.',
      ),
      options: {
        title: 'create : titre de travail (pseudonymes seulement, jamais un nom).',
        received: 'create : date de réception, AAAA-MM-JJ.',
        entity: 'create : mission ou entité, par exemple MINUSCA.',
        channel: 'create : comment l’allégation a été signalée.',
        confidentiality: 'standard, confidential (par défaut) ou strictly_confidential.',
        urgent: 'create : marquer urgent ; list : seulement les dossiers urgents.',
        status: 'list : seulement les dossiers dans ces statuts.',
        category: 'list : seulement les dossiers de ces catégories.',
        archived: 'list : inclure les dossiers archivés.',
        sort: 'list : ordre de tri (par défaut updatedAt:desc).',
        ground: 'exclusion : pourquoi le signalement n’est pas compté (A/72/751, note 11).',
        reason: 'exclusion : la raison, dans vos mots.',
        clear: 'exclusion : compter de nouveau le dossier.',
      },
      details: [
        'create : l’enregistrement en JSON avec --input (ce que prend la méthode cases.create), et/ou des options',
        '  pour les champs courants : --title, --received (date de réception), --entity (mission), --channel (mode',
        '  de signalement : in_person, hotline, email_or_letter, community_based_complaint_mechanism, un_personnel,',
        '  partner_organisation, national_authorities, media, other), --urgent, --confidentiality.',
        '  Les options marquées [obligatoire pour create] sont requises sauf si --input donne ces champs.',
        '  Un champ donné à la fois dans la saisie et en option doit concorder. Affiche la nouvelle référence.',
        'list : --status S1,S2, --category {{categories}}, --urgent, --archived (inclure les dossiers archivés),',
        '  --sort KEY[:asc|desc], KEY étant l’une de ces clés : {{sortKeys}}.',
        '  Statuts : {{statuses}}.',
        'show CASE : le dossier par sa référence (CF-2026-0001) ou son identifiant : ses champs, l’historique de',
        '  ses statuts et ses personnes par code pseudonyme. Les noms ne sont jamais affichés ; un lieu strictement',
        '  confidentiel ne l’est pas non plus.',
        'exclusion CASE : exclure le dossier des statistiques publiées (A/72/751, note 11) avec --ground',
        '  ({{grounds}})',
        '  et --reason TEXT ; --clear le compte de nouveau. Le dossier reste dans le coffre ; la modification est',
        '  consignée dans le journal d’audit.',
        'Avec --json : create affiche l’enregistrement du dossier, list {items}, show {case, people}, exclusion',
        '  l’enregistrement du dossier.',
      ],
    },
    person: {
      summary: text(
        'Ajouter une personne à un dossier (le code pseudonyme, V-01, S-01…, est ',
        'attribué et affiché), modifier son profil, ou l’afficher par codes.',
      ),
      options: {
        case: 'Le dossier, par sa référence (CF-2026-0001) ou son identifiant.',
        role: 'victim, witness, subject, reporter, guardian, interpreter ou support_person.',
        sex: 'Victime ou témoin : female, male ou unknown (par défaut).',
        'age-band': 'Victime ou témoin : adult, minor ou unknown (par défaut).',
        language: 'Langue parlée, en étiquette BCP 47 (fr, sg, ar-SD).',
        guardian: 'Victime : le code (G-01) ou l’identifiant de son tuteur.',
        subjects: text(
          'Victime : les personnes mises en cause par son allégation, codes (S-01,S-02) ou ',
          'identifiants séparés par des virgules.',
        ),
        'personnel-category': text(
          'Personne mise en cause : civilian_int, civilian_ns, civilian_unv, military_mc, ',
          'military_mo, police_unpol, police_fpu, contractor, non_un_force, ',
          'implementing_partner ou unknown.',
        ),
        rank: 'Personne mise en cause : grade militaire ou de police, ou classe du fonctionnaire.',
        'investigating-entity': text(
          'Personne mise en cause : qui enquête (oios, tcc_pcc, joint_tcc_oios, ',
          'mission_siu, un_police, ad_hoc_panel, agency_investigators) ; par défaut ',
          'tcc_pcc pour military_mc et police_fpu, sinon oios.',
        ),
        nationality: 'Personne mise en cause : code de pays ISO 3166-1 alpha-3.',
        unit: 'Personne mise en cause : unité ou contingent.',
        function: 'Personne mise en cause : fonction.',
        'un-personnel': 'Auteur du signalement : fait partie du personnel de l’ONU.',
        relationship: 'Tuteur : parent, relative, legal_guardian, appointed_representative, other.',
        languages: 'Interprète : langues, séparées par des virgules.',
        vetted: 'Interprète : a fait l’objet d’une vérification.',
        'support-kind': 'Personne de soutien : psychosocial_worker, trusted_adult, ngo_representative, other.',
        confidentiality: 'standard, confidential (par défaut) ou strictly_confidential.',
      },
      details: [
        'La personne est donnée soit en JSON avec --input (ce que prend la méthode people.add :',
        '{"profile": {...}, "identity": {...}}, "caseId" étant facultatif si --case est donné), soit avec des',
        'options pour le profil : --role victim|witness|subject|reporter|guardian|interpreter|support_person,',
        'puis les options propres au rôle. Les champs d’identité (noms, coordonnées, date de naissance) ne sont',
        'acceptés que dans --input, jamais en option : une ligne de commande reste dans l’historique du shell.',
        'Un tuteur (--guardian, ou profile.guardianPersonId) peut être donné par code (G-01) ou identifiant, de même',
        'que les personnes mises en cause par l’allégation d’une victime (--subjects S-01,S-02, ou',
        'profile.allegedSubjectIds) : sa lettre de clôture dit alors comment l’affaire s’est conclue pour elle',
        'd’après leurs constatations (sans cette option : toutes les personnes mises en cause).',
        'edit PERSON (code ou identifiant) applique les options au profil enregistré (--subjects none retire le',
        'lien), ou le remplace avec --input {"profile": {...}} ; le rôle ne change jamais. show PERSON affiche le',
        text(
          'profil, les personnes qu’il nomme par code, et quels champs d’identité sont ',
          'enregistrés (jamais leurs valeurs).',
        ),
      ],
    },
    consent: {
      summary: 'Ajouter une décision de consentement (donné, refusé, retiré) à l’historique d’une personne.',
      options: {
        person: 'De qui est le consentement : code (V-01) ou identifiant.',
        purpose: 'L’objet du consentement (voir ci-dessus).',
        decision: 'given, refused ou withdrawn.',
        by: 'self (par défaut) ou guardian.',
        guardian: 'Le tuteur qui décide : code (G-01) ou identifiant ; implique --by guardian.',
        'decided-at': 'Quand la personne a décidé, avec le fuseau (2026-03-02T10:30Z) ; par défaut maintenant.',
        recipient: 'Limiter la décision à un seul destinataire.',
      },
      details: [
        'La décision est donnée soit en JSON avec --input (ce que prend la méthode consents.record), soit avec',
        'des options. Objets : interview, recording, medical_exam, forensic_sampling, referral_to_services,',
        'sharing_with_national_authorities, un_disciplinary_process (communication à la procédure disciplinaire',
        'de l’ONU : une lettre aux ressources humaines ou au programme VNU l’exige), ou custom:<libellé>.',
        'Pour un mineur, la décision du tuteur est le',
        'consentement (--by guardian --guardian G-01) et celle de l’enfant (--by self) son assentiment : les deux',
        'sont nécessaires. Les personnes peuvent être données par code (V-01) avec --case.',
        'Sans --decided-at, la décision est datée de maintenant. L’historique n’est jamais modifié : un changement',
        'd’avis est une nouvelle décision ; seul un consentement en vigueur peut être retiré.',
      ],
    },
    assistance: {
      summary: 'Proposer une assistance à une victime et suivre son orientation vers le prestataire, étape par étape.',
      options: {
        victim: 'La victime : V-01 ou identifiant.',
        service: 'Le service (voir ci-dessus).',
        provider: 'Le prestataire (nécessaire avant l’orientation).',
        advocate: 'Le défenseur des droits des victimes concerné.',
        referral: 'L’identifiant de l’orientation (voir list).',
        status: 'L’étape suivante (voir ci-dessus).',
        reason: 'Pourquoi elle n’a pas abouti (ou a été refusée).',
        at: 'Quand cela s’est produit, avec le fuseau ; par défaut maintenant.',
      },
      details: [
        'offer : --victim (V-01 ou identifiant), --service (medical, psychosocial, legal, shelter, livelihood,',
        'education, child_support), et au besoin --provider et --advocate (le défenseur des droits des victimes).',
        'Une proposition ne demande aucun consentement : elle est faite que la victime participe ou non à l’enquête.',
        'update --referral ID --status : accepted ou refused (depuis offered), in_progress (l’orientation vers le',
        'prestataire, depuis accepted : elle demande le prestataire et le consentement de la victime à',
        'referral_to_services pour ce prestataire, voir casefile consent record), puis completed ou not_completed',
        '(avec --reason). Sans --at, une étape est datée de maintenant. list : les orientations du dossier, ou',
        'd’une victime (--victim).',
      ],
    },
    'victim-contact': {
      summary:
        'Consigner chaque contact avec une victime (quand, qui, comment, langue, interprète, ce qui lui a été dit).',
      options: {
        victim: 'La victime : V-01 ou identifiant.',
        by: 'Qui, dans l’équipe, a pris contact.',
        how: 'Comment (voir ci-dessus).',
        language: 'La langue utilisée.',
        told: 'Ce qui a été dit à la victime.',
        interpreter: 'L’interprète : I-01 ou identifiant.',
        note: 'Une note confidentielle.',
        at: 'Quand, avec le fuseau ; par défaut maintenant.',
      },
      details: [
        'log : --victim (V-01 ou identifiant), --by (qui, dans l’équipe), --how (in_person, phone, message,',
        'intermediary, letter), --language (fr, sg, ar-SD…), --told (progress, outcome, assistance, séparés par',
        'des virgules), et au besoin --interpreter (I-01 : un interprète du dossier) et --note (confidentielle).',
        'Sans --at, le contact est daté de maintenant. La remise d’une lettre de clôture, une fois enregistrée, est',
        'consignée d’elle-même comme un contact. list : les contacts du dossier, ou avec une victime (--victim).',
      ],
    },
    investigation: {
      summary: 'Enregistrer les actes d’enquête et les examens médico-légaux (demandés, faits, refusés, impossibles).',
      options: {
        kind: 'Ce qui a été fait (voir ci-dessus).',
        by: 'Qui l’a demandé.',
        person: 'La personne concernée : V-01, S-01 ou identifiant.',
        evidence: 'Éléments de preuve liés, séparés par des virgules.',
        description: 'Ce qui a été demandé (pseudonymes seulement).',
        'requested-at': 'Quand cela a été demandé ; par défaut maintenant.',
        outcome: 'done, refused ou not_possible.',
        'outcome-at': 'Quand cela a pris fin ; par défaut maintenant.',
        result: 'Ce que cela a donné (confidentiel).',
        reason: 'Pourquoi refusé ou impossible.',
        qualified: 'Examen par un prestataire qualifié.',
        action: 'L’acte à conclure.',
      },
      details: [
        'record : --kind (forensic_medical_exam, toxicology_sample, cctv_request, phone_data_preservation,',
        'subject_reference_sample, site_visit, document_request, reputation_restoration, other), --by (qui l’a',
        'demandé), et au besoin --person (V-01 examinée ou prélevée, S-01 prélevé ou mis hors de cause), --evidence',
        '(E-0001,E-0002), --requested-at (par défaut maintenant) et --description. Un acte déjà terminé prend',
        '--outcome (done, refused, not_possible) avec --outcome-at (par défaut maintenant), --result ou --reason,',
        'et pour un examen fait --qualified yes|no. Le délai auquel l’acte répond est clos avec lui (un examen fait',
        'ou refusé, une demande de vidéosurveillance ou de données téléphoniques envoyée). conclude : --action ID et',
        '--outcome (avec --outcome-at, --result, --reason, --qualified) pour un acte demandé plus tôt.',
        'list : les actes du dossier.',
      ],
    },
    finding: {
      summary:
        'Enregistrer la constatation sur une personne mise en cause (ou la corriger), ou lister celles d’un dossier.',
      options: {
        person: 'La personne mise en cause : S-01 ou identifiant.',
        outcome: 'Ce qui a été décidé.',
        'decided-by': 'Qui l’a décidé.',
        'decided-on': 'Le jour de la décision.',
        report: 'La référence du rapport d’enquête.',
        ground: text(
          'Classé sans enquête : victim_declined_to_participate, subject_not_identified, ',
          'subject_separated_from_service ou other.',
        ),
        reason: 'Classé sans enquête : pourquoi, en mots.',
        'correction-reason': 'Pourquoi la constatation en vigueur est corrigée.',
      },
      details: [
        'record : --person (S-01 ou identifiant), --outcome substantiated|not_substantiated|insufficient_evidence|',
        'closed_without_investigation, --decided-by (oios, tcc_pcc, joint_tcc_oios, mission_siu, un_police,',
        'ad_hoc_panel, agency_investigators), --decided-on AAAA-MM-JJ, et --report REF après une enquête, ou',
        '--ground et --reason en cas de classement sans enquête. Une personne mise en cause qui a déjà une',
        'constatation la voit corrigée avec --correction-reason : la constatation antérieure est conservée. Dès que',
        'chaque personne mise en cause du dossier a une constatation, le statut de clôture du dossier en découle.',
        text(
          'list : chaque constatation du dossier (ou de --person), chaque version, de la ',
          'plus ancienne à la plus récente.',
        ),
      ],
    },
    action: {
      summary: text(
        'Enregistrer ce qui a été fait à l’égard d’une personne mise en cause (mesures ',
        'provisoires, rapatriement, interdiction, renvoi, saisine…).',
      ),
      options: {
        subject: 'La personne mise en cause : S-01 ou identifiant.',
        kind: 'La mesure (voir ci-dessus).',
        source: 'Qui l’a décidée ou signalée.',
        reference: 'La référence de la décision ou du rapport.',
        description: 'Ce qui a été fait.',
        at: 'Quand, avec le fuseau ; par défaut maintenant.',
      },
      details: [
        'record : --subject (S-01 ou identifiant), --kind (administrative_leave, payments_withheld, repatriation,',
        'barred_from_future_service, dismissal_or_separation, referral_to_national_authorities,',
        'screening_database_entry, state_reported_action, reputation_restoration, other), --source (mission,',
        'oios, member_state, contributing_country, organisation, other), et au besoin --reference (la référence',
        'de la décision ou du rapport ; nécessaire avec --source other) et --description (nécessaire avec',
        '--kind other). Sans --at, la mesure est datée de maintenant. list : les mesures du dossier, ou d’une',
        'personne mise en cause (--subject).',
      ],
    },
    followup: {
      summary: 'Le registre de suivi : saisines et notifications en attente de réponse, et les réponses reçues.',
      options: {
        to: 'À qui cela a été envoyé.',
        kind: 'referral ou notification.',
        subject: 'La personne mise en cause concernée : S-01 ou identifiant.',
        addressee: 'L’institution destinataire.',
        note: 'Une note confidentielle.',
        'sent-at': 'Quand cela a été envoyé, avec le fuseau ; par défaut maintenant.',
        item: 'L’élément de suivi.',
        letter: 'La lettre à lier (letter list).',
        summary: 'Ce que dit la réponse.',
        'action-reported': 'La mesure que rapporte la réponse.',
        at: 'Quand la réponse a été reçue ; par défaut maintenant.',
      },
      details: [
        'Une lettre de saisine ou de notification produite par Casefile ouvre d’elle-même son élément. open : pour',
        'un envoi fait hors de Casefile, --to (member_state, contributing_country, office), --kind (referral,',
        'notification), et au besoin --subject (S-01), --addressee, --note et --sent-at (par défaut maintenant) ;',
        'sa réponse est attendue selon le délai « Réponse à une saisine ou notification » (Paramètres). reply :',
        '--item ID, --summary, et au besoin --action-reported et --at (par défaut maintenant) ; la première réponse',
        'clôt le délai. link : --item ID --letter ID ajoute une lettre du registre (un rappel, une lettre de suivi)',
        'à l’échange. list : les éléments du dossier avec leur état et la réponse attendue.',
      ],
    },
    paternity: {
      summary: text(
        'Enregistrer les enfants d’une demande en paternité, les étapes ADN, le contact ',
        'avec l’État Membre et la pension.',
      ),
      options: {
        child: 'La fiche de l’enfant : C-01 ou identifiant.',
        mother: 'La mère : V-01 ou identifiant.',
        subject: 'Le père présumé : S-01 ou identifiant.',
        born: 'Date de naissance, ou son estimation.',
        'reported-on': 'Date de la demande.',
        status: 'Où en est la demande (voir ci-dessus).',
        'dna-taken': 'Le jour du prélèvement ADN.',
        'dna-sent': 'Le jour de son envoi pour analyse.',
        'dna-result': 'match, no_match ou inconclusive.',
        'dna-result-on': 'Le jour où le résultat a été reçu.',
        state: 'L’État Membre contacté.',
        'contacted-on': 'Le jour du contact.',
        'contact-how': 'Comment il a été contacté (voir ci-dessus).',
        'support-amount': 'Pension ordonnée ou versée, avec la devise.',
        'support-ordered-on': 'Le jour où la pension a été ordonnée.',
        'support-paid-on': 'Le jour du dernier versement de la pension.',
      },
      details: [
        'add : --mother (une victime : V-01 ou identifiant), --subject (S-01 ou identifiant), --reported-on',
        'AAAA-MM-JJ, et --born (2025-11-20, 2025-11, 2025 ou unknown ; par défaut unknown). Statut : reported (par',
        'défaut), under_assessment, dna_requested, established, not_established ou withdrawn. L’enfant reçoit le',
        'code suivant (C-01, C-02…), jamais réutilisé. update --child C-01 : les options données modifient les',
        'champs de la fiche, les autres restent. ADN : --dna-taken, --dna-sent, --dna-result',
        'match|no_match|inconclusive avec --dna-result-on ; un prélèvement demande le consentement de la mère (ou',
        'du tuteur) à forensic_sampling (casefile consent record). État Membre : --state, --contacted-on,',
        '--contact-how (note_verbale, letter, email, meeting, telephone, other). Pension : --support-amount,',
        '--support-ordered-on, --support-paid-on. --input prend plutôt toute la fiche en JSON. list : les enfants',
        'du dossier.',
      ],
    },
    interview: {
      summary: 'Planifier un entretien, enregistrer sa tenue, sauvegarder ses notes, le signer, le modifier.',
      options: {
        case: 'Le dossier, par sa référence (CF-2026-0001) ou son identifiant.',
        person: 'add : la personne entendue, par code (V-01) ou identifiant.',
        'place-type': 'add : un_office, safe_house, ngo_premises, medical_facility, …',
        'scheduled-at': 'add : quand il est prévu.',
        'time-zone': 'add : le fuseau horaire IANA du lieu (Africa/Bangui).',
        private: 'add : le lieu est privé.',
        language: 'add : la langue de l’entretien (BCP 47).',
        recorded: 'add : enregistrement audio ou vidéo (demande son propre consentement).',
        interpreter: 'add : l’interprète, par code (I-01) ou identifiant.',
        'conducted-at': 'conduct : quand il a eu lieu (par défaut maintenant).',
        'signed-at': 'sign : quand il a été signé (par défaut maintenant).',
        reason: 'amend : pourquoi le compte rendu signé change.',
        'notes-file': 'notes, amend : les notes en texte brut.',
      },
      details: [
        'add --case CASE --person PERSON [--input FILE|-] : planifier un entretien. --input prend le JSON de',
        '  interviews.plan ({"arrangements": {...}}, caseId et personId facultatifs), ou utilisez les options',
        '  --place-type (obligatoire), --scheduled-at, --time-zone, --private, --language, --recorded, --interpreter.',
        '  Les personnes peuvent être données par code (V-01) ou identifiant. Affiche l’identifiant de l’entretien',
        '  que prennent les autres sous-commandes.',
        'conduct ID [--conducted-at TIME] : enregistrer qu’il a eu lieu (refusé sans les consentements que',
        '  demandent les principes, avec la règle et la façon d’y remédier).',
        'notes ID --notes-file FILE|- : sauvegarder les notes de travail en texte brut (un paragraphe par ligne)',
        '  avant la signature.',
        'sign ID [--signed-at TIME] : signer ; les notes deviennent la version 1, en lecture seule.',
        'amend ID --reason TEXT --notes-file FILE|- : une nouvelle version des notes signées, avec sa raison.',
        'Les heures portent leur fuseau : 2026-03-02T10:30Z ou 2026-03-02T10:30+01:00 ; par défaut maintenant.',
      ],
    },
    evidence: {
      summary: text(
        'Ajouter un fichier au registre des preuves (chiffré, empreinte calculée à la ',
        'lecture), revérifier un contenu, exporter un fichier, ou écrire le rapport de ',
        'vérification d’un dossier (PDF ou DOCX).',
      ),
      options: {
        case: 'Le dossier, par sa référence (CF-2026-0001) ou son identifiant.',
        type: 'add : le type d’élément (par défaut digital ; les types sont listés ci-dessus).',
        description: 'add : ce qu’est l’élément (par défaut : le nom du fichier).',
        item: 'add : un élément existant (E-0001 ou identifiant) auquel ajouter le fichier.',
        all: 'verify : chaque élément du coffre.',
        to: 'export, report : le fichier à écrire (il ne doit pas encore exister).',
        content: 'export : quel fichier de l’élément.',
        out: text(
          'provenance : un nouveau dossier pour les fichiers que vérifie openssl ; ',
          'verification-report : le fichier à écrire.',
        ),
        format: 'verification-report : pdf ou docx (par défaut pdf).',
        lang: 'verification-report : en, fr ou ar (par défaut en).',
      },
      details: [
        'add FILE : consigne un nouvel élément dans --case (type digital sauf --type ; description le nom du',
        'fichier sauf --description) ou l’ajoute à un élément existant avec --item, et copie le fichier dans le',
        'coffre, chiffré ; son empreinte SHA-256 et sa taille sont enregistrées. La progression s’affiche sur un',
        text(
          'terminal. Un nouvel élément est consigné avec son fichier : interrompue, la ',
          'commande ne laisse ni l’un ni l’autre.',
        ),
        'verify ITEM | --all : déchiffre et recalcule l’empreinte des fichiers d’un élément ou de tous ; un fichier',
        'en échec est signalé dans le coffre et rapporté (code VAULT_CORRUPT, sortie 7).',
        'export ITEM --to PATH : écrit un fichier de l’élément (--content ID s’il en contient plusieurs) en clair',
        'dans PATH, après vérification de son empreinte ; l’export est consigné dans le journal d’audit. PATH ne doit',
        'pas exister.',
        'provenance ITEM : la provenance signée de chaque fichier de l’élément (SHA-256, taille, heure de collecte,',
        'collecteur, dossier, élément, signée avec la clé Ed25519 de ce coffre à l’entrée) ; --out DIR écrit chaque',
        'déclaration, sa signature et la clé publique, pour openssl pkeyutl -verify -pubin -rawin.',
        'verification-report CASE --out FILE : pour un tribunal ou une autorité, chaque fichier du dossier avec son',
        'SHA-256, sa chaîne de possession, sa signature de provenance et la clé du signataire, et comment vérifier',
        'chacun avec sha256sum et openssl ; --format pdf (par défaut) ou docx, --lang en (par défaut), fr ou ar ;',
        'consigné dans le journal d’audit. FILE ne doit pas exister.',
        'Un élément est donné par son identifiant, ou par son numéro (E-0001) avec --case.',
        'Types (--type) : {{types}}.',
      ],
    },
    custody: {
      summary: text(
        'Consigner un événement de la chaîne de possession d’un élément de preuve, ',
        'lister sa chaîne, ou écrire son rapport de possession (PDF ou DOCX).',
      ),
      options: {
        kind: 'add : ce qui s’est passé.',
        at: 'add : quand, avec le fuseau (par défaut : maintenant).',
        'time-zone': 'add : le fuseau dans lequel afficher l’heure (Africa/Bangui).',
        from: 'add : qui a remis l’élément.',
        to: 'add : qui a reçu l’élément ; report : le fichier à écrire (il ne doit pas exister).',
        persons: 'add : qui a agi ou en a été témoin, séparés par des virgules.',
        purpose: 'add : pourquoi.',
        seal: 'add : le scellé apposé ou constaté.',
        location: 'add : où.',
        note: 'add : toute autre chose.',
        'no-recheck': 'add : ne pas recalculer l’empreinte des fichiers à cet événement.',
        format: 'report : pdf ou docx (par défaut pdf).',
        lang: 'report : en, fr ou ar (par défaut en).',
      },
      details: [
        'add : --kind {{kinds}} ; --at vaut maintenant par défaut ; une remise demande',
        '--from et --to, une mise sous scellé --seal. Les remises, ouvertures, copies, examens et restitutions',
        'recalculent l’empreinte des fichiers de l’élément et gardent le résultat sur l’événement (--no-recheck pour',
        's’en dispenser) ; un fichier en échec est signalé (sortie 7). Les événements ne font que s’ajouter : un',
        'événement daté d’avant le dernier est refusé.',
        'Avec --input, l’événement en JSON (ce que prend custody.add, sans itemId).',
        'report ITEM --to PATH : le rapport qui décrit l’élément, le SHA-256 de ses fichiers et chaque événement ;',
        'consigné dans le journal d’audit. --format pdf (par défaut) ou docx ; --lang en (par défaut), fr ou ar : la',
        'langue dans laquelle le rapport est écrit.',
        'Un élément est donné par son identifiant, ou par son numéro (E-0001) avec --case.',
      ],
    },
    timeline: {
      summary: text(
        'La chronologie d’un dossier : faits, jalons, entretiens, preuves, possession, ',
        'changements de statut et événements saisis.',
      ),
      options: {
        fr: 'Comme --ui-lang fr.',
      },
      details: [
        'CASE est la référence (CF-2026-0001) ou l’identifiant. Chaque date est affichée telle qu’elle a été',
        'indiquée, avec sa précision ; si l’événement est établi ou seulement rapporté par une source ; et s’il a été',
        'saisi à la main (manuel) ou lu dans le dossier (calculé). Les événements de date inconnue sont listés à part.',
        'Les personnes apparaissent par code pseudonyme, les preuves par numéro. Les titres calculés sont dans la',
        'langue de ces messages.',
        'Ordre : {{ordering}}',
        'Avec --json : {caseId, reference, dated, undated, ordering}.',
      ],
    },
    deadlines: {
      summary: text(
        'Délais d’intervention rapide et délais de référence des dossiers, du plus ',
        'urgent au moins urgent ; en clore un en enregistrant la mesure prise.',
      ),
      options: {
        all: 'Inclure les délais clos.',
        explain: 'Dire comment chaque délai a été calculé.',
        fr: 'Comme --ui-lang fr.',
        action: 'close : la mesure prise.',
        at: 'close : quand elle a été prise (par défaut maintenant).',
      },
      details: [
        'Sans sous-commande : les délais ouverts de chaque dossier non archivé (ou de --case), les dépassés d’abord,',
        'puis les plus proches, chacun avec son compte à rebours, les échéances à l’heure de la mission (son fuseau',
        'figure en tête de colonne). --all ajoute les délais clos ; --explain dit comment chacun a été calculé.',
        'Les personnes mises en cause apparaissent par code pseudonyme, les preuves par numéro, jamais',
        'par leur nom.',
        'close ID : ID est l’identifiant ou ses premiers caractères tels que la liste les affiche ; --action dit ce',
        '  qui a été fait (obligatoire), --at quand (par défaut maintenant ; avec le fuseau, par exemple',
        '  2026-03-02T10:30Z). Après l’échéance, il est enregistré comme clos en retard.',
        'Avec --json : la liste affiche {items, at} ; close affiche le délai clos.',
      ],
    },
    letter: {
      summary: text(
        'Lister les modèles de lettres, dire quelles lettres un dossier appelle, ou ',
        'produire une lettre : enregistrée (chiffrée) dans le coffre et écrite dans ',
        '--out.',
      ),
      options: {
        case: 'Le dossier, par sa référence (CF-2026-0001) ou son identifiant.',
        template: 'render : le modèle (voir letter templates).',
        lang: 'render : en, fr ou ar (par défaut en).',
        format: 'render : pdf ou docx (par défaut pdf) ; export-all : pdf, docx ou pdf,docx.',
        out: 'render : le fichier à écrire ; export-all : le dossier à créer (aucun des deux ne doit exister).',
        all: 'export-all : chaque lettre du dossier, pas seulement les lettres de clôture.',
        recipient: 'render : le destinataire, tel que la lettre le nomme.',
        victim: 'render, closure-ground : la victime d’une lettre de clôture (V-01 ou identifiant).',
        advocate:
          'render : le défenseur des droits des victimes qu’indique une lettre de clôture (obligatoire pour elle).',
        'advocate-phone': 'render : le téléphone du défenseur.',
        'advocate-email': 'render : l’adresse électronique du défenseur.',
        discreet: 'render : une lettre de clôture sous forme discrète, pour une remise à domicile.',
        ground: 'closure-ground : pourquoi l’affaire a été close pour elle.',
        'decided-by': 'closure-ground : qui l’a décidé.',
        'decided-on': 'closure-ground : quand (AAAA-MM-JJ).',
        reason: 'closure-ground : pour le motif « other », la raison telle qu’elle la lira.',
        subject: 'render : la personne mise en cause d’une saisine (S-01 ou identifiant).',
        'exception-reason':
          'render : produire une saisine qui ne s’applique pas, à titre d’exception, pour cette raison.',
        input: text(
          'render : les éléments particuliers de la lettre en objet JSON (FILE, ou - pour ',
          'l’entrée standard) ; voir ci-dessous.',
        ),
        'despite-warnings':
          'render : produire la lettre malgré ses avertissements (un signataire fictif, une date de réponse passée…).',
      },
      details: [
        'render fusionne le dossier dans le modèle après le filtre des consentements : une personne dont le',
        'consentement enregistré ne couvre pas le destinataire apparaît par pseudonyme, tranche d’âge et sexe. La',
        text(
          'lettre est gardée dans le registre avec le SHA-256 de son fichier ; --out ne ',
          'doit pas exister (rien n’est écrasé).',
        ),
        'Les lettres de clôture nomment leur victime (--victim V-01) ; les saisines leur personne mise en cause quand',
        'il y en a plusieurs.',
        text(
          'applicable dit, pour chaque type de lettre, si les faits du dossier l’appellent ',
          'et pour quelles personnes mises',
        ),
        text(
          'en cause (selon la catégorie de personnel et, pour les saisines après ',
          'l’enquête, une constatation établie), ou',
        ),
        'pourquoi non ; pour une lettre de clôture, chaque victime par code, si la lettre lui revient maintenant (les',
        'constatations sur ses personnes mises en cause) et pourquoi non.',
        'Une saisine qui ne s’applique pas n’est produite qu’à titre d’exception : --exception-reason en donne la',
        'raison, gardée dans le registre (le journal d’audit consigne l’exception). Une lettre de clôture n’est jamais',
        'une exception.',
        'export-all écrit les lettres de clôture du dossier (toutes les lettres avec --all) dans le nouveau dossier',
        text(
          '--out, en affichant sa progression sur la sortie d’erreur ; arrêté (Ctrl-C), il ',
          'ne laisse ni dossier ni fichier.',
        ),
        '--input donne en JSON les éléments particuliers que signe un juriste : {"reference", "noteNumber" (numéro',
        'de note verbale ou du BAJ), "reportReference", "replyBy" (AAAA-MM-JJ ; par défaut : le délai de réponse au',
        'suivi compté depuis aujourd’hui), "author": {"name", "title"} (le signataire), "contact": {"name", "title",',
        '"email", "phone", "address"}, "recipientName", "recipientAddress", "place", "particulars", "findings",',
        '"interimMeasures", "subjectComments", "dueProcess", "annexes": ["title", ...]}. Une lettre avec des',
        'avertissements (pas de signataire ou un signataire fictif, un contact fictif, une date de réponse qui n’est',
        'pas après aujourd’hui, pas de référence de rapport ni de numéro de note) n’est produite qu’avec',
        '--despite-warnings ; les avertissements sont listés.',
        'Une lettre de clôture est dans la langue enregistrée de la victime sauf si --lang en décide autrement ; elle',
        'donne le contact du défenseur des droits des victimes (--advocate NOM, obligatoire) et, avec --discreet, est',
        'produite sous forme discrète pour une remise à domicile : ni en-tête ni emblème, des intitulés qui ne disent',
        'pas de quoi il s’agit.',
        'closure-ground enregistre pourquoi l’affaire a été close pour une victime (victim_declined_to_participate,',
        'subject_not_identified, subject_separated_from_service, ou other avec --reason en mots pour elle), qui l’a',
        'décidé (oios, tcc_pcc, mission_siu, ...) et quand ; sa lettre closure_other le dit.',
      ],
    },
    letterhead: {
      summary:
        'Utiliser l’en-tête du bureau, importé d’un document Word, dans chaque lettre ; ou revenir à celui fourni.',
      options: {},
      details: [
        'import FILE.docx : lit l’en-tête et le pied de page de la première section d’un document Word (ses lignes de',
        'texte, et la première image de l’en-tête, PNG ou JPEG, comme logo) et en fait l’en-tête de chaque lettre qui',
        'n’est pas sous forme discrète. L’import est consigné dans le journal d’audit.',
        'show : affiche l’en-tête actuel (ou dit que celui fourni est utilisé).',
        'reset : revient à l’en-tête fourni ; consigné dans le journal d’audit.',
      ],
    },
    stats: {
      summary: text(
        'Écrire les statistiques anonymisées que publie l’ONU (dossiers reçus sur une ',
        'période), avec les règles de décompte.',
      ),
      options: {
        from: 'Premier jour de réception (AAAA-MM-JJ).',
        to: 'Dernier jour de réception (AAAA-MM-JJ).',
        mission: 'Seulement les dossiers de cette mission ou entité.',
        category: 'Seulement cette catégorie.',
        status: 'Seulement les dossiers dans ce statut aujourd’hui.',
        format: 'csv, xlsx, pdf ou json.',
        out: 'Le fichier à écrire (il ne doit pas exister).',
        lang: 'en (par défaut), fr ou ar : la langue des mots.',
        'suppress-below': 'Masquer les nombres inférieurs à N (par défaut 3), ou none.',
      },
      details: [
        'Les dossiers sont comptés selon leur date de réception, jours inclus ; ceux marqués comme non comptés',
        text(
          '(A/72/751, note 11) n’apparaissent que dans le nombre de signalements non ',
          'comptés. --mission garde une mission',
        ),
        'ou entité, --category l’une de {{categories}}, --status l’un de {{statuses}}.',
        '--format {{formats}} : le CSV est un fichier, un chiffre par ligne (tableau, ligne, colonne,',
        'valeur) ; le XLSX a une feuille par tableau et une pour les règles de décompte ; le PDF a chaque tableau et',
        'les règles. Les nombres supérieurs à zéro et inférieurs à --suppress-below ({{min}}–{{max}},',
        'par défaut 3) sont remplacés par une marque ; --suppress-below none montre chaque nombre. Aucun nom, code,',
        text(
          'lieu ni texte libre n’est écrit. Chaque export est consigné dans le journal ',
          'd’audit (période, filtres, format).',
        ),
      ],
    },
    identity: {
      summary: text(
        'Les clés de ce coffre : le destinataire age auquel les collègues chiffrent les ',
        'paquets, et sa clé de signature.',
      ),
      options: {
        'export-public': 'Écrire la clé publique de signature (PEM).',
        'export-identity': 'Écrire l’identité age SECRÈTE.',
        'i-understand': 'Confirmer l’export de l’identité age secrète.',
      },
      details: [
        'show : affiche le destinataire age (age1…) avec son code QR, l’empreinte de la clé de signature et la',
        'fiche de contact à donner aux collègues. --export-public FILE écrit la clé publique de signature (PEM),',
        'avec laquelle chacun vérifie une signature : openssl pkeyutl -verify -pubin -inkey FILE -rawin -in MSG',
        '-sigfile SIG. --export-identity FILE --i-understand écrit l’identité age SECRÈTE (pour age -d -i FILE, ou',
        'pour passer à un nouvel ordinateur) ; consigné dans le journal d’audit.',
      ],
    },
    contact: {
      summary: 'Les clés des collègues : pour leur chiffrer des paquets de dossiers et vérifier ce qu’ils signent.',
      options: {
        card: 'La fiche de contact du collègue.',
        name: 'Le nom du collègue.',
        role: 'Sa fonction ou son organisation.',
        recipient: 'Son destinataire age.',
        'signing-key': 'Sa clé publique de signature (PEM).',
      },
      details: [
        'add : un collègue d’après sa fiche de contact (casefile identity show affiche la vôtre), ou d’après son',
        'destinataire age et sa clé publique de signature (fichier PEM). Un contact est ajouté non vérifié.',
        'list : chaque contact, son numéro de sécurité et s’il a été vérifié.',
        'verify ID : après avoir comparé le numéro de sécurité avec le collègue (il est le même sur les deux',
        'ordinateurs), marquer le contact comme vérifié ; consigné dans le journal d’audit.',
      ],
    },
    bundle: {
      summary: text(
        'Remettre un dossier à un collègue en un seul fichier chiffré (age), signé par ',
        'ce coffre ; vérifier et importer un paquet.',
      ),
      options: {
        to: 'Où écrire le paquet (un nouveau fichier).',
        recipient: 'Contacts (nom ou identifiant) ou destinataires age1….',
        'bundle-passphrase-file': 'La phrase secrète avec laquelle le paquet est (ou a été) chiffré.',
        without: 'Laisser de côté : identities, letter-files.',
        'dry-run': 'Vérifier et prévisualiser l’import ; ne rien écrire.',
        'accept-unknown-signer': 'Importer un paquet d’un expéditeur non vérifié.',
        'take-theirs': 'Conflits résolus avec la version du paquet.',
      },
      details: [
        'export CASE --to FILE : écrit le dossier (enregistrements, chaque fichier de preuve, possession, lignes',
        'd’audit) chiffré pour --recipient (noms de contacts ou clés age1…, séparés par des virgules) ou avec la',
        'phrase secrète de --bundle-passphrase-file. --without identities laisse de côté l’identité des personnes,',
        'les destinataires des lettres, les raisons de nommer quelqu’un et les fichiers des lettres, les contacts',
        'nationaux et les noms des fichiers de preuve ; les notes, descriptions et autres textes libres partent tels',
        'qu’écrits. --without letter-files laisse de côté les lettres produites.',
        'La possession et l’audit enregistrent la remise.',
        'import FILE : vérifie la signature et chaque SHA-256 avant d’écrire quoi que ce soit, puis importe en une',
        'seule étape. --dry-run montre ce qui serait ajouté, modifié ou en conflit. Un expéditeur absent de vos',
        'contacts vérifiés demande --accept-unknown-signer. Les conflits gardent la version de ce coffre sauf s’ils',
        'sont nommés dans --take-theirs KEY[,KEY…]. verify FILE : vérifie un paquet et n’écrit rien.',
        'L’outil age de référence ouvre aussi un paquet : age -d -i IDENTITY FILE.',
      ],
    },
    check: {
      summary: text(
        'La liste de contrôle des principes d’un dossier (règles R1 à R15 et R5b) : ',
        'chaque constat avec la façon d’y remédier.',
      ),
      options: {},
      details: [
        'CASE est la référence (CF-2026-0001) ou l’identifiant. Les constats sont groupés par gravité : bloquants,',
        'avertissements, rappels. Code de sortie : 0 s’il n’y a aucun constat bloquant (les avertissements et les',
        'rappels ne font pas échouer), {{blockingStatus}} s’il y en a au moins un. Avec --json : {caseId, reference,',
        'asOf, counts, findings}.',
      ],
    },
    verify: {
      summary: 'Recalculer la chaîne d’empreintes du journal d’audit ; afficher OK ou la première ligne rompue.',
      options: {},
      details: [
        'Lit chaque ligne d’audit, recalcule son empreinte à partir de la ligne et de l’empreinte précédente, et',
        'vérifie la séquence et la fin de chaîne enregistrée. Affiche OK avec le nombre de lignes vérifiées et sort',
        'avec 0 ; sinon rapporte la première ligne rompue et pourquoi (une ligne modifiée, un lien rompu, des lignes',
        'manquantes) comme une erreur (code VAULT_CORRUPT) et sort avec 7. Avec --json : {ok, checkedRows,',
        'firstBroken} si la chaîne est intacte, {"error": {...}} si elle est rompue.',
      ],
    },
    backup: {
      summary: text(
        'Sauvegarder tout le coffre dans un dossier (une clé USB), chiffré ; ou dire ',
        'quand il a été sauvegardé pour la dernière fois.',
      ),
      options: {
        to: 'Le dossier de sauvegarde (créé s’il n’existe pas).',
        'verify-all':
          'Relire et vérifier chaque fichier de preuve déjà présent dans la sauvegarde (lent sur une clé USB).',
      },
      details: [
        '--to DIR : écrit le fichier de clés, un instantané chiffré du dossier et chaque fichier de preuve (tels',
        'qu’ils sont stockés : chiffrés) dans DIR, un dossier nouveau ou vide ou une sauvegarde antérieure de ce',
        'coffre ; seuls les fichiers de preuve ajoutés depuis sont alors copiés. Chaque fichier est relu et vérifié ;',
        'la liste du contenu est écrite en dernier, si bien qu’une sauvegarde interrompue laisse la précédente',
        'entière. Consigné dans le journal d’audit.',
        'Un fichier de preuve déjà présent dans la sauvegarde n’est relu que si sa taille ou son heure ont changé',
        'depuis sa dernière vérification ; --verify-all les relit et les vérifie tous.',
        'status : quand le coffre a été sauvegardé pour la dernière fois, et si le rappel est dû.',
        'Restaurer avec : casefile restore --from DIR --vault NEW.',
      ],
    },
    restore: {
      summary: text(
        'Restaurer une sauvegarde comme nouveau coffre dans le dossier --vault (nouveau ',
        'ou vide), avec sa phrase secrète ou sa clé de récupération.',
      ),
      options: {
        from: 'Le dossier de sauvegarde.',
      },
      details: [
        'Chaque fichier de la sauvegarde est vérifié d’après la liste du contenu avant toute écriture ; le coffre est',
        'reconstruit à côté du dossier --vault, ouvert avec la phrase secrète (--passphrase-file, CASEFILE_PASSPHRASE',
        'ou une invite) ou la clé de récupération (--recovery-key-file), vérifié de nouveau, et seulement alors mis',
        'en place. Une sauvegarde endommagée, tronquée ou altérée est refusée et ne laisse rien derrière elle. Le',
        'coffre restauré garde la phrase secrète et la clé de récupération du coffre sauvegardé. Consigné dans le',
        'journal d’audit du coffre restauré.',
      ],
    },
  },
};
