import type { MessageCatalogue } from '../catalogue.js';
import { text } from '../text.js';

/** Les messages du cœur en français : mêmes clés et mêmes paramètres que le catalogue anglais. */
export const messages: MessageCatalogue = {
  codes: {
    VALIDATION: 'Certaines des informations fournies ne peuvent pas être acceptées ; rien n’a été modifié.',
    VAULT_LOCKED: 'Le coffre est verrouillé. Déverrouillez-le pour continuer.',
    VAULT_MISSING: 'Aucun coffre n’a été trouvé dans ce dossier.',
    VAULT_EXISTS: 'Ce dossier contient déjà un coffre.',
    NOT_A_VAULT: 'Ce dossier n’est pas un coffre Casefile.',
    VAULT_TOO_NEW:
      'Ce coffre a été créé par une version plus récente de Casefile. Mettez l’application à jour pour l’ouvrir.',
    VAULT_CORRUPT: 'Le coffre est endommagé. Restaurez le dossier du coffre à partir d’une sauvegarde.',
    KDF_TOO_WEAK: text(
      'Le fichier de clés du coffre demande une protection plus faible que ce que ',
      'Casefile admet ; il a peut-être été falsifié.',
    ),
    WRONG_PASSPHRASE: 'Phrase secrète ou clé de récupération incorrecte.',
    WEAK_PASSPHRASE: 'Cette phrase secrète est trop faible.',
    NOT_FOUND: 'L’élément demandé est introuvable. Il a peut-être été supprimé ; rechargez et réessayez.',
    CONFLICT: 'Cette opération n’est pas possible dans l’état actuel de l’enregistrement ; rien n’a été modifié.',
    CONSENT_REQUIRED: 'Cette action demande un consentement qui n’est pas enregistré.',
    RULE_BLOCKED: 'Refusé : cette action enfreindrait l’un des principes d’enquête.',
    FORBIDDEN_SENDER: 'Cette demande ne provient pas de la fenêtre de Casefile et a été refusée.',
    UNKNOWN_METHOD: 'Casefile ne connaît pas cette demande. L’application doit peut-être être mise à jour.',
    INTERNAL:
      'Une erreur s’est produite dans Casefile ; rien n’a été modifié. Réessayez, et signalez-la si elle se reproduit.',
    NATIVE_MODULE: text(
      'Le module de base de données de Casefile ne peut pas être chargé ici : aucun ',
      'coffre ne peut être ouvert. Il doit être reconstruit.',
    ),
  },

  errors: {
    storage: {
      moduleBuiltForApp: text(
        'Le module de base de données de Casefile est construit pour l’application, pas ',
        'pour la ligne de commande : aucun coffre ne peut être ouvert d’ici. Dans le ',
        'dossier de Casefile, lancez : node build/native-module.mjs node (puis réessayez ',
        '; l’application le reconstruit pour elle-même au lancement par npm start).',
      ),
      moduleBuiltForCommandLine: text(
        'Le module de base de données de Casefile est construit pour la ligne de ',
        'commande, pas pour l’application : le coffre ne peut pas être ouvert. Dans le ',
        'dossier de Casefile, lancez : npm start (il reconstruit le module pour ',
        'l’application ; la première fois, une connexion à Internet est nécessaire).',
      ),
      moduleUnusable: text(
        'Le module de base de données de Casefile ne peut pas être chargé : il manque ',
        '(une reconstruction a peut-être échoué) ou il a été construit pour un autre ',
        'système, et aucun coffre ne peut être ouvert. Dans le dossier de Casefile, ',
        'lancez : node build/native-module.mjs node pour la ligne de commande, ou npm ',
        'start pour l’application.',
      ),
    },
    request: {
      pageLost: 'La liste n’a pas pu reprendre là où elle en était. Affichez-la de nouveau depuis le début.',
      unknown: 'Casefile ne connaît pas cette demande. L’application doit peut-être être mise à jour.',
      notFromApp: 'Cette demande ne provient pas de la fenêtre de Casefile et a été refusée.',
      unreadable: 'La demande n’a pas pu être lue ; rien n’a été modifié.',
      invalid: 'Certaines des informations fournies ne peuvent pas être acceptées ; rien n’a été modifié.',
      failed: text(
        'Une erreur s’est produite dans Casefile ; rien n’a été modifié. Réessayez, et ',
        'signalez-la si elle se reproduit.',
      ),
      badReply:
        'Casefile a produit une réponse qu’il ne peut pas afficher ; rien n’a été modifié. Merci de le signaler.',
      unavailable: 'La demande n’a pas pu aboutir. Réessayez.',
    },
    vault: {
      locked: 'Le coffre est verrouillé. Déverrouillez-le pour continuer.',
      lockedMidway: 'Le coffre a été verrouillé avant la fin de l’opération ; rien n’a été modifié.',
      closed: 'Cette session du coffre est terminée. Ouvrez de nouveau le coffre pour continuer.',
      coreStopped: text(
        'La partie de Casefile qui tient le dossier s’est arrêtée de façon inattendue ; ',
        'le coffre a donc été verrouillé. ',
        'Ce que vous faisiez n’a peut-être pas été enregistré : déverrouillez le coffre et vérifiez-le. ',
        'Signalez-le si cela se reproduit.',
      ),
      restartNeeded: text(
        'La partie de Casefile qui tient le dossier s’est arrêtée et n’a pas pu redémarrer ; ',
        'le coffre reste donc verrouillé. Fermez Casefile et ouvrez-le de nouveau ; signalez-le si cela se reproduit.',
      ),
      coreCouldNotStart: text(
        'La partie de Casefile qui tient le dossier n’a pas pu démarrer. ',
        'Fermez Casefile et ouvrez-le de nouveau ; signalez-le si cela se reproduit.',
      ),
      alreadyOpen: 'Un coffre est déjà ouvert.',
      folderMissing: 'Aucun coffre n’a été trouvé : le dossier du coffre n’existe pas.',
      folderEmpty: 'Aucun coffre n’a été trouvé : le dossier du coffre est vide.',
      locationIsFile: 'Ce n’est pas un coffre Casefile : l’emplacement du coffre est un fichier, pas un dossier.',
      noKeyFile: 'Ce dossier n’est pas un coffre Casefile : il n’a pas de fichier de clés (vault.json).',
      keyFileUnreadable:
        'Ce dossier n’est pas un coffre Casefile : son vault.json n’est pas un fichier de clés Casefile.',
      keyFileMissing: text(
        'Le fichier de clés du coffre (vault.json) est absent ; sans lui, le dossier ',
        'd’enquête ne peut pas être ouvert. Restaurez vault.json à partir d’une ',
        'sauvegarde du dossier du coffre.',
      ),
      keyFileDamaged: text(
        'Le fichier de clés du coffre (vault.json) est endommagé : il est tronqué, ',
        'illisible ou remplacé. Sans lui, le dossier d’enquête ne peut pas être ouvert, ',
        'ni avec la phrase secrète ni avec la clé de récupération (toutes deux ouvrent ',
        'la clé gardée dans ce fichier). Restaurez vault.json à partir d’une sauvegarde ',
        'de ce dossier du coffre.',
      ),
      tooNew: text(
        'Ce coffre a été créé par une version plus récente de Casefile ; mettez ',
        'l’application à jour pour l’ouvrir. Rien n’a été modifié.',
      ),
      databaseMissing: text(
        'Le dossier d’enquête du coffre (casefile.db) est absent du dossier. Restaurez ',
        'le dossier à partir d’une sauvegarde.',
      ),
      databaseEmpty:
        'Le dossier d’enquête du coffre (casefile.db) est vide. Restaurez le dossier à partir d’une sauvegarde.',
      databaseDamaged: text(
        'Le dossier d’enquête du coffre (casefile.db) est endommagé. Votre phrase ',
        'secrète est correcte, mais le dossier d’enquête ne peut pas être lu. Restaurez ',
        'tout le dossier du coffre à partir de votre dernière sauvegarde ; la clé de ',
        'récupération n’y changera rien, car elle ouvre la même clé et le dommage est ',
        'dans le dossier d’enquête.',
      ),
      databaseUnreadable: text(
        'Le dossier d’enquête du coffre (casefile.db) ne s’ouvre pas avec la clé de ce ',
        'coffre, bien que la phrase secrète soit correcte : il est endommagé, ou un ',
        'autre fichier a été mis à sa place. Restaurez tout le dossier du coffre à ',
        'partir de votre dernière sauvegarde ; la clé de récupération n’y changera rien, ',
        'car elle ouvre la même clé et le dommage est dans le dossier d’enquête.',
      ),
      databaseNotThisVault: text(
        'Le dossier d’enquête de ce dossier (casefile.db) appartient à un autre coffre ',
        'que son fichier de clés (vault.json) : les deux ont été mélangés. Restaurez ',
        'tout le dossier du coffre à partir d’une sauvegarde, avec vault.json et ',
        'casefile.db ensemble.',
      ),
      exists: 'Ce dossier contient déjà un coffre Casefile : déverrouillez-le, ou choisissez un autre dossier.',
      folderNotEmpty: text(
        'Ce dossier n’est pas vide et n’est pas un coffre Casefile. Choisissez un ',
        'dossier vide (ou nouveau) pour le coffre.',
      ),
      createOnFile:
        'L’emplacement du coffre est un fichier, pas un dossier. Choisissez un dossier vide pour le coffre.',
      wrongPassphrase: text(
        'Phrase secrète incorrecte. Vérifiez la touche Verr. Maj et la disposition du ',
        'clavier, ou déverrouillez avec la clé de récupération.',
      ),
      wrongCurrentPassphrase: 'La phrase secrète actuelle est incorrecte ; la phrase secrète n’a pas été changée.',
      wrongRecoveryKey: text(
        'Clé de récupération incorrecte : elle est bien formée mais appartient à un ',
        'autre coffre, ou a été recopiée différemment.',
      ),
      recoveryKeyCharacter: text(
        'La clé de récupération contient une faute de frappe : un caractère que les clés ',
        'de récupération n’utilisent jamais (elles n’ont que des chiffres et des ',
        'lettres, jamais de U).',
      ),
      recoveryKeyLength: text(
        'La clé de récupération contient une faute de frappe : elle doit compter ',
        '{{expected}} caractères ({{groups}} groupes de {{groupSize}}) ; celle-ci en a ',
        '{{actual}}.',
      ),
      recoveryKeyCheck: text(
        'La clé de récupération contient une faute de frappe : ses caractères ne ',
        'concordent pas. Comparez chaque groupe avec la copie que vous avez notée.',
      ),
      passphraseKeyMismatch: text(
        'Le fichier de clés du coffre ne correspond pas à la clé avec laquelle ce coffre ',
        'a été ouvert ; la phrase secrète n’a pas été changée. Restaurez vault.json à ',
        'partir d’une sauvegarde.',
      ),
      weakPassphrase: text(
        'Cette phrase secrète est trop faible : {{problems, passphraseProblem}}. ',
        'Utilisez au moins quatre mots sans rapport entre eux.',
      ),
      kdfTooWeak: text(
        'Le fichier de clés du coffre demande une protection de la phrase secrète plus ',
        'faible que ce que Casefile admet. Il a peut-être été falsifié ; la phrase ',
        'secrète n’a pas été utilisée. Restaurez vault.json à partir d’une sauvegarde ou ',
        'déverrouillez avec la clé de récupération.',
      ),
      kdfOutOfBounds: text(
        'Le fichier de clés du coffre demande des réglages de protection de la phrase ',
        'secrète bien au-delà de ce qu’écrit Casefile ; il est endommagé. Restaurez ',
        'vault.json à partir d’une sauvegarde.',
      ),
      settingsDamaged:
        'Les réglages des délais enregistrés sont endommagés ; rétablissez les valeurs par défaut dans les Paramètres.',
    },
    cases: {
      notFound: 'Ce dossier est introuvable dans ce coffre.',
      archived: '{{reference}} est archivé : sortez-le d’abord des archives.',
      alreadyArchived: '{{reference}} est déjà archivé.',
      notArchived: '{{reference}} n’est pas archivé.',
      acknowledgementFinal:
        'L’obligation de signaler a été reconnue le {{at, instant}} ; une reconnaissance ne peut pas être retirée.',
      statusInFuture: 'Un changement de statut ne peut pas être daté dans le futur.',
      receivedInFuture: 'La date de réception du signalement ne peut pas être dans le futur.',
      statusTransition: text(
        '{{reference}} ne peut pas passer de « {{from, caseStatus}} » à « {{to, ',
        'caseStatus}} ». Depuis « {{from, caseStatus}} », il peut passer à : {{allowed, ',
        'caseStatus(type: disjunction)}}.',
      ),
      openingStatus: 'Un nouveau dossier commence en « {{status, caseStatus}} ».',
      statusOutOfStep: text(
        'Le statut du dossier a changé entre-temps (il est maintenant « {{status, ',
        'caseStatus}} ») ; rechargez le dossier et réessayez.',
      ),
      statusBeforePrevious: 'Un changement de statut ne peut pas être daté avant le précédent.',
      transitionNotAllowed: 'Un dossier ne peut pas passer de « {{from, caseStatus}} » à « {{to, caseStatus}} ».',
      closureGroundMissing: 'Clore un dossier en « {{status, caseStatus}} » demande un motif de clôture.',
      closureGroundWrong: text(
        'Ce motif de clôture ne convient pas à un dossier clos en « {{status, ',
        'caseStatus}} » ; choisissez l’un des motifs proposés.',
      ),
      closureGroundNotClosing: 'Seul un statut qui clôt le dossier prend un motif de clôture.',
      closureAwaitsFindings: text(
        '{{reference}} se clôt d’après les conclusions sur ses personnes mises en cause, et aucune n’est ',
        'encore enregistrée pour {{missing, codes}}. Enregistrez une conclusion pour chacune (dans sa page) : ',
        'le dossier se clôt alors de lui-même.',
      ),
      closureContradictsFindings: text(
        'Les conclusions enregistrées pour les personnes mises en cause dans {{reference}} le rendent ',
        '« {{status, caseStatus}} » ; il ne peut pas être clos autrement. Si une conclusion est erronée, ',
        'corrigez-la dans la page de la personne.',
      ),
    },
    findings: {
      notASubject: 'Les conclusions ne concernent que les personnes mises en cause ; {{code}} n’en est pas une.',
      reportReferenceMissing: 'Une conclusion issue d’une enquête demande la référence du rapport d’enquête.',
      closureReasonMissing: 'Une affaire close sans enquête demande son motif et la raison, en toutes lettres.',
      closureReasonNotClosing: 'Un motif et une raison de clôture ne se donnent que s’il n’y a pas eu d’enquête.',
      correctionReasonMissing: text(
        '{{code}} a déjà une conclusion. La corriger demande la raison de la correction ; ',
        'la conclusion antérieure est conservée.',
      ),
      nothingToCorrect: '{{code}} n’a pas encore de conclusion : enregistrez-la sans raison de correction.',
      decidedInFuture: 'Une conclusion ne peut pas être datée après aujourd’hui.',
      decidedBeforeReceived: 'Une conclusion ne peut pas être datée avant la réception du dossier ({{date, date}}).',
      beforeInvestigation: text(
        'Une conclusion issue d’une enquête s’enregistre une fois {{reference}} en cours d’enquête ',
        'ou auprès de l’État Membre : changez d’abord le statut du dossier.',
      ),
    },
    people: {
      notFound: 'Cette personne est introuvable dans ce coffre.',
      notInCase: 'Cette personne ne fait pas partie de ce dossier.',
      allegedSubjectRole: text(
        'Chaque personne que vise l’allégation de la victime doit être une personne de ce dossier ',
        'enregistrée comme personne mise en cause.',
      ),
      guardianRole: 'Le tuteur ou la tutrice doit être une personne de ce dossier enregistrée comme tuteur ou tutrice.',
      exceptionInFuture: 'L’exception au consentement du tuteur ne peut pas être datée dans le futur.',
      roleFixed: text(
        '{{person}} est enregistré comme « {{role, personRole}} » ; un rôle ne change ',
        'jamais. Ajoutez de nouveau la personne sous le nouveau rôle.',
      ),
    },
    paternity: {
      notFound: 'Cette fiche d’enfant est introuvable dans ce coffre.',
      motherNotVictim: text(
        '{{person}} n’est pas enregistré(e) comme victime : la mère doit être ',
        'une victime de ce dossier.',
      ),
      motherElsewhere: text(
        'La mère doit être une victime de ce dossier ; la personne choisie appartient ',
        'à un autre dossier.',
      ),
      subjectNotSubject: text(
        '{{person}} n’est pas enregistré(e) comme mis en cause : le père présumé doit être ',
        'un mis en cause de ce dossier.',
      ),
      subjectElsewhere: text(
        'Le père présumé doit être un mis en cause de ce dossier ; la personne choisie ',
        'appartient à un autre dossier.',
      ),
      inFuture: 'Une date de la demande ne peut pas être postérieure à aujourd’hui.',
      sentBeforeTaken: 'Un prélèvement ADN ne peut être envoyé qu’après le jour où il a été effectué.',
      resultNeedsDate: text(
        'Un résultat ADN s’enregistre avec le jour où il a été reçu, et un jour ',
        'avec son résultat.',
      ),
      resultWithoutSample: text(
        'Un résultat ADN ne peut être enregistré que pour un prélèvement effectué ',
        'ce jour-là ou avant.',
      ),
      dnaNotPermitted: text(
        'Le dossier indique que la loi nationale n’admet pas le test ADN de paternité ; ',
        'aucun test ne peut être demandé ni aucun prélèvement effectué.',
      ),
      dnaConsentMissing: text(
        'Aucun consentement de {{person}} (ou de son tuteur) au prélèvement médico-légal n’est ',
        'enregistré pour le jour du prélèvement. Enregistrez d’abord sa décision : sa volonté décide.',
      ),
      claimHasChildren: text(
        'Ce dossier compte {{children}} fiche(s) d’enfant d’une demande de paternité : la demande existe. ',
        'Enregistrez plutôt un retrait sur chaque fiche d’enfant.',
      ),
    },
    assistance: {
      notFound: 'Cette assistance est introuvable dans ce coffre.',
      notVictim: 'L’assistance concerne une victime ; {{person}} n’est pas enregistrée comme victime dans ce dossier.',
      inFuture: 'Une offre d’assistance, ou l’une de ses étapes, ne peut pas être datée dans le futur.',
      transition: text(
        'Cette assistance est « {{from, assistanceStatus}} » ; elle ne peut pas devenir ',
        '« {{to, assistanceStatus}} ».',
      ),
      reasonRequired: 'Indiquez pourquoi le service n’a pas été mené à terme.',
      providerMissing: 'Nommez le prestataire avant de faire l’orientation.',
      beforePrevious: 'Une étape de cette assistance ne peut pas être datée avant l’étape précédente.',
    },
    victimContacts: {
      notVictim: text(
        'Les contacts sont consignés avec une victime ; {{person}} n’est pas enregistrée comme ',
        'victime dans ce dossier.',
      ),
      inFuture: 'Un contact avec une victime ne peut pas être daté dans le futur.',
      interpreterRole: 'L’interprète doit être une personne de ce dossier enregistrée comme interprète.',
    },
    subjectActions: {
      notSubject:
        '{{person}} n’est pas une personne mise en cause : les mesures concernent les personnes mises en cause.',
      inFuture: 'Une mesure ne peut pas être datée dans le futur : enregistrez-la une fois prise.',
      otherSourceUnnamed: 'Indiquez qui a décidé ou communiqué la mesure lorsqu’il ne figure pas dans la liste.',
      otherKindUndescribed: 'Décrivez la mesure lorsqu’elle ne figure pas dans la liste.',
      followUpElsewhere: 'Le suivi indiqué n’appartient pas à ce dossier.',
    },
    followUps: {
      notFound: 'Ce suivi est introuvable dans ce coffre.',
      inFuture: 'Un renvoi, une notification ou une réponse ne peut pas être daté dans le futur.',
      notSubject: '{{person}} n’est pas une personne mise en cause dans ce dossier.',
      replyBeforeSent:
        'Une réponse ne peut pas être antérieure à l’envoi du renvoi ou de la notification ({{sent, instant}}).',
      letterElsewhere: 'La lettre indiquée n’appartient pas à ce dossier.',
      letterLinked: 'Cette lettre fait déjà partie de cet échange.',
    },
    consents: {
      inFuture: text(
        'Une décision de consentement ne peut pas être datée dans le futur : indiquez le ',
        'moment où la personne a décidé.',
      ),
      guardianElsewhere:
        'La décision d’un tuteur doit nommer un tuteur enregistré dans le même dossier que {{person}}.',
      withdrawNothing: '{{person}} : seul un consentement en vigueur peut être retiré ; enregistrez plutôt un refus.',
    },
    investigation: {
      notFound: 'Cet acte d’enquête est introuvable dans ce coffre.',
      inFuture: text(
        'Un acte d’enquête ne peut pas être daté dans le futur : indiquez le moment où il ',
        'a été demandé ou accompli.',
      ),
      outcomeBeforeRequest: 'Un acte ne peut pas aboutir avant d’avoir été demandé : vérifiez les deux dates.',
      alreadyConcluded: text(
        'Le résultat de cet acte est déjà enregistré ; enregistrez un nouvel acte si autre ',
        'chose a été fait.',
      ),
      personMissing: 'Choisissez la personne concernée par cet acte ({{kind, investigativeActionKind}}).',
      personRole: text(
        'Cet acte ({{kind, investigativeActionKind}}) concerne une personne enregistrée ',
        'comme {{role, personRole}} dans ce dossier.',
      ),
      evidenceElsewhere: 'Un élément de preuve lié n’appartient pas à ce dossier.',
      reasonMissing: 'Indiquez pourquoi l’acte a été refusé ou n’a pas pu être accompli.',
      notRefusable: text(
        'Seuls un examen ou un prélèvement peuvent être refusés par la personne concernée : ',
        'choisissez « impossible ».',
      ),
      qualificationNotExam: text(
        'La qualification du prestataire ne s’enregistre que pour un examen médico-légal ',
        'effectué.',
      ),
    },
    interviews: {
      notFound: 'Cet entretien est introuvable dans ce coffre.',
      transition:
        'Cet entretien est « {{from, interviewStatus}} » ; il ne peut pas devenir « {{to, interviewStatus}} ».',
      interpreterRole: 'L’interprète doit être une personne de ce dossier enregistrée comme interprète.',
      supportRole: text(
        'La personne d’accompagnement doit être une personne de ce dossier enregistrée ',
        'comme personne d’accompagnement ou comme tuteur.',
      ),
      conductedInFuture: 'L’heure à laquelle l’entretien a été mené ne peut pas être dans le futur.',
      signedInFuture: 'L’heure de signature ne peut pas être dans le futur.',
      signedAmendOnly: 'Cet entretien est signé : son compte rendu ne peut plus qu’être modifié par avenant.',
      cancelledPlanNew: 'Cet entretien est annulé ; planifiez-en un nouveau.',
      notesEmpty: 'Les notes sont vides : rédigez le compte rendu de l’entretien avant de le signer.',
      amendNotSigned: text(
        'Cet entretien est « {{status, interviewStatus}} » : seul un entretien signé ',
        'fait l’objet d’un avenant ; jusque-là, ses notes se modifient directement.',
      ),
      amendIdentical: 'L’avenant est identique à la version {{version}} : modifiez les notes, ou renoncez à l’avenant.',
      notesReadOnly:
        'Cet entretien est signé : ses notes sont en lecture seule. Ajoutez un avenant motivé pour les modifier.',
      notesCancelled: 'Cet entretien est annulé : ses notes ne peuvent plus changer.',
      notesNotSaved: 'Les notes n’ont pas pu être enregistrées ; rien d’autre n’a été fait. Réessayez.',
      notesChangedElsewhere: text(
        'Les notes ont été modifiées ailleurs (autre fenêtre ou autre appareil) depuis ',
        'leur ouverture ; rechargez-les, puis reprenez la saisie.',
      ),
    },
    evidence: {
      notFound: 'Cet élément de preuve est introuvable dans ce coffre.',
      contentNotFound: 'Ce fichier ne fait pas partie de cet élément de preuve.',
      otherCase: 'Cet élément de preuve appartient à un autre dossier.',
      collectedInFuture: 'L’heure de recueil ne peut pas être dans le futur.',
      identifiedInFuture: 'L’heure d’identification ne peut pas être dans le futur.',
      peopleOutsideCase: 'Chaque personne liée doit être une personne de ce dossier.',
      interviewsOutsideCase: 'Chaque entretien lié doit être un entretien de ce dossier.',
      copyOfItself: 'Un élément ne peut pas être une copie de travail de lui-même.',
      originalElsewhere: 'L’original d’une copie de travail doit être un élément de preuve du même dossier.',
      copyOfCopy: 'Une copie de travail se fait à partir d’un original de preuve, pas d’une autre copie.',
      hasCopies: 'Des copies de travail ont été faites à partir de cet élément : il reste un original de preuve.',
      copyNeedsOriginal: 'Une copie de travail indique l’original de preuve dont elle est tirée.',
      originalOnlyForCopies: 'Seule une copie de travail est liée à un original.',
      markerTwice: 'Un marqueur est indiqué deux fois.',
      recordedAtForCctv: 'Une heure d’enregistrement ne s’applique qu’aux images de vidéosurveillance.',
      identifiedAtForMarkers:
        'Une heure d’identification ne s’applique qu’aux images de vidéosurveillance ou aux données de téléphone.',
      identifiedAfterCollection: 'La source est identifiée avant le recueil de l’élément, ou au moment du recueil.',
      recordDestruction: text(
        'Enregistrez la destruction comme un événement de la chaîne de possession (qui, ',
        'quand, pourquoi) ; le statut suit.',
      ),
      destroyedFrozen: '{{number}} a été détruit : sa fiche est conservée telle quelle et ne change plus.',
      destroyedNoContent: '{{number}} a été détruit : rien ne peut plus y être ajouté.',
      fileChanged: 'La taille du fichier a changé pendant son ajout ; rien n’a été conservé. Ajoutez-le de nouveau.',
      noFileDialog: text(
        'Aucune fenêtre de choix de fichier n’est disponible ici : ajoutez les fichiers ',
        'en les déposant, ou avec la ligne de commande casefile.',
      ),
      chosenFileUnreadable:
        'Un fichier choisi n’a pas pu être lu. Il a peut-être été déplacé ou supprimé ; choisissez-le de nouveau.',
      fileChoiceExpired: 'Ce choix de fichier a expiré ou a déjà servi ; choisissez de nouveau le fichier.',
      lockedDuringExport: 'Le coffre a été verrouillé pendant l’exportation ; rien n’a été écrit.',
      contentUnavailable: 'Les fichiers de preuve ne peuvent pas être traités ici.',
      uploadNotFound: 'Ce transfert est introuvable.',
      uploadOffset: 'Une partie du fichier est arrivée dans le désordre ; ajoutez de nouveau le fichier.',
      uploadTooLong: 'Il est arrivé plus de données que le fichier n’en annonçait ; ajoutez de nouveau le fichier.',
      uploadShort:
        'Seule une partie du fichier est arrivée ({{received}} octets sur {{size}}) ; ajoutez de nouveau le fichier.',
      uploadEnded: 'Ce transfert est déjà terminé.',
      uploadCancelled: 'Ce transfert a été annulé ; rien n’a été conservé.',
      uploadFinished: 'Ce transfert est déjà achevé.',
      contentMissing: 'Le contenu chiffré de cet élément de preuve est absent du dossier du coffre.',
      contentTampered: 'Le contenu chiffré de cet élément de preuve a été modifié ou endommagé.',
      contentTruncated: 'Le contenu chiffré de cet élément de preuve est incomplet : sa fin manque.',
      contentReordered: 'Le contenu chiffré de cet élément de preuve a été réordonné.',
      contentWrongKey:
        'La clé de cet élément de preuve ne l’ouvre pas : elle appartient à un autre coffre ou à un autre élément.',
      contentHashMismatch:
        'Le contenu de cet élément de preuve ne correspond plus à son empreinte SHA-256 enregistrée.',
      contentSizeMismatch: 'Le contenu de cet élément de preuve n’a plus sa taille enregistrée.',
    },
    files: {
      sourceMissing: 'Le fichier est introuvable. Il a peut-être été déplacé, renommé ou supprimé.',
      sourceUnreadable: text(
        'Le fichier n’a pas pu être lu. Vérifiez que vous avez le droit de ',
        'l’ouvrir et que son support est toujours branché.',
      ),
      sourceNotAFile: 'C’est un dossier ou un périphérique, pas un fichier. Seul un fichier peut être lu.',
      storeUnwritable: text(
        'Le dossier du coffre n’est pas accessible en écriture. Vérifiez que son support ',
        'est toujours branché et qu’il n’est pas en lecture seule.',
      ),
      destinationMissing: 'Le dossier d’exportation n’existe pas.',
      destinationExists:
        'Un fichier portant ce nom existe déjà à l’emplacement d’exportation. Choisissez un autre nom.',
      destinationUnwritable: 'L’emplacement choisi n’est pas accessible en écriture ; choisissez-en un autre.',
      diskFull: 'L’espace disque libre ne suffit pas pour terminer. Rien n’a été conservé.',
      writeFailed: 'L’écriture sur le disque a échoué. Rien n’a été conservé.',
      folderExists: 'Ce dossier existe déjà ; choisissez un nouveau dossier (rien n’est écrasé).',
    },
    custody: {
      destroyed: '{{number}} a été détruit : sa chaîne de possession est close.',
      inFuture: 'Un événement de la chaîne de possession ne peut pas être daté dans le futur.',
      notChronological: text(
        'Le registre de possession de {{number}} est chronologique : son dernier ',
        'événement (numéro {{sequence}}, « {{kind, custodyEventKind}} ») est daté du ',
        '{{lastAt, instant}}, après le {{at, instant}}. Un événement n’est jamais inséré ',
        'avant les autres ; consignez ce qui se passe maintenant et précisez dans la ',
        'note quand cela a eu lieu.',
      ),
      lockedDuringCheck:
        'Le coffre a été verrouillé pendant la vérification de l’empreinte ; l’événement n’a pas été consigné.',
      handOverNames: 'Une remise indique qui a remis l’élément et qui l’a reçu.',
      sealNumber: 'Une mise sous scellés indique le numéro du scellé.',
      personsMissing: 'Indiquez au moins une personne qui a agi.',
    },
    deadlines: {
      notFound: 'Ce délai est introuvable dans ce coffre.',
      alreadyClosed: 'Ce délai a déjà été clos le {{at, instant}}.',
      withdrawn: 'Ce délai ne s’applique plus : le fait qui l’avait déclenché a été supprimé ou corrigé.',
      actionInFuture: 'L’action ne peut pas être datée dans le futur : enregistrez-la une fois accomplie.',
      milestoneInFuture: 'Une étape ne peut pas être datée dans le futur : enregistrez-la une fois qu’elle a eu lieu.',
      milestoneBeforeReceived: 'Une étape ne peut pas précéder la réception de l’allégation ({{received, date}}).',
    },
    timeline: {
      eventNotFound: 'Cet événement de la chronologie est introuvable dans ce coffre.',
      sourceElsewhere: 'Un enregistrement lié n’appartient pas à ce dossier.',
      eventRemoved: 'Cet événement a été retiré le {{at, instant}}.',
    },
    search: {
      unreadable: 'La recherche n’a pas pu être comprise ; essayez d’autres mots.',
    },
    letters: {
      notFound: 'Cette lettre est introuvable dans ce coffre.',
      templateNotFound: 'Ce modèle de lettre n’existe pas.',
      templateVersionNotFound: 'Ce modèle n’a pas de version {{version}}.',
      storedTemplateDamaged: 'La version {{version}} enregistrée de ce modèle est endommagée.',
      templateProblems: text(
        'Le modèle comporte des problèmes ({{total}}) ; ouvrez-le dans l’éditeur de ',
        'modèles pour voir chacun à sa place.',
      ),
      templateChanged: 'Le texte appartient à un autre modèle ; un modèle ne s’enregistre que sous son propre nom.',
      templateKindChanged: 'Ce modèle produit « {{kind, letterKind}} » ; ce qu’il produit ne peut pas changer.',
      draftHasNoVersion: 'Un brouillon non enregistré n’a pas encore de version : prévisualisez le brouillon lui-même.',
      noLanguageText: text(
        'Ce modèle n’a pas de texte en {{language, documentLanguageInText}} : choisissez ',
        'une autre langue, ou rédigez ce texte dans l’éditeur de modèles.',
      ),
      subjectNotInCase: 'Le mis en cause choisi pour la lettre n’est pas un mis en cause de ce dossier.',
      subjectAmbiguous: 'Le dossier compte {{total}} mis en cause : choisissez celui que concerne cette lettre.',
      subjectCategoryMismatch: text(
        '{{person}} relève de la catégorie « {{category, personnelCategory}} » : la lettre « ',
        '{{kind, letterKind}} » ne concerne que {{allowed, personnelCategory(type: ',
        'disjunction)}}.',
      ),
      awaitsAnyFinding: text(
        'La lettre « {{kind, letterKind}} » concernant {{person}} est faite une fois l’enquête close par une ',
        'conclusion, et aucune conclusion n’est encore enregistrée pour {{person}}.',
      ),
      awaitsFinding: text(
        'La lettre « {{kind, letterKind}} » concernant {{person}} est faite une fois l’allégation ',
        'établie par l’enquête, et aucune conclusion n’est encore enregistrée pour {{person}}.',
      ),
      findingNotSubstantiated: text(
        'La lettre « {{kind, letterKind}} » concernant {{person}} n’est faite que sur une allégation ',
        'établie ; la conclusion concernant {{person}} est « {{outcome, findingOutcome}} ».',
      ),
      noSubjectYet: text(
        'La lettre « {{kind, letterKind}} » concerne une personne mise en cause, et aucune n’est encore ',
        'enregistrée dans ce dossier.',
      ),
      victimRequired: 'Choisissez la victime à qui s’adresse cette lettre de clôture.',
      noVictimYet: text(
        'Une lettre de clôture s’adresse à une victime, et aucune victime n’est encore enregistrée dans ',
        'ce dossier.',
      ),
      victimNotInCase: 'La victime choisie pour la lettre de clôture n’est pas une victime de ce dossier.',
      closureCaseOpen: text(
        'Une lettre de clôture dit à la victime comment le dossier s’est terminé, et ce ',
        'dossier n’est pas encore clos (son statut est « {{status, caseStatus}} »). ',
        'Clôturez d’abord le dossier, puis rédigez la lettre.',
      ),
      closureVictimOtherOutcome: text(
        'Pour {{person}}, l’affaire s’est terminée avec {{actual, caseOutcome}} : choisissez la lettre de ',
        'clôture qui correspond à cette issue.',
      ),
      closureAwaitsFindings: text(
        'Une lettre de clôture pour {{person}} dit comment l’affaire s’est terminée, et aucune conclusion ',
        'n’est encore enregistrée concernant {{missing, codes}}. Enregistrez les conclusions, ou pourquoi ',
        'l’affaire a été close pour {{person}}.',
      ),
      closureVictimGroundMissing: text(
        'Le dossier a été clos parce qu’une victime ne souhaitait pas y prendre part, ce qui n’est ',
        'peut-être pas vrai de {{person}} : enregistrez pourquoi l’affaire a été close pour {{person}} ',
        'avant de rédiger la lettre.',
      ),
      guardianMissing: text(
        '{{person}} est un enfant : la lettre est adressée avec le tuteur ou la tutrice que le dossier ',
        'enregistre. Enregistrez-le d’abord (ou l’exception qui permet à {{person}} de décider sans ',
        'tuteur ni tutrice).',
      ),
      advocateRequired: text(
        'Une lettre de clôture donne le contact de la personne qui défend les droits des victimes : ',
        'donnez son nom et un téléphone, un courriel ou une adresse.',
      ),
      discreetOnlyClosure: text(
        'La forme discrète est réservée à une lettre de clôture remise à une victime ; cette lettre va ',
        'à un service.',
      ),
      closureNotVictim: 'La raison de la clôture s’enregistre pour une victime ; {{person}} n’en est pas une.',
      closureReasonToVictimMissing: 'Pour le motif « autre », écrivez la raison telle que la victime la lira.',
      closureReasonToVictimNotOther: text(
        'La lettre a ses propres mots pour ce motif : une raison dans vos mots ne s’écrit que pour le ',
        'motif « autre ».',
      ),
      closureNoException: text(
        'Une lettre de clôture ne peut pas être faite à titre d’exception : elle dit à la victime comment ',
        'le dossier s’est terminé, et ce qu’elle dirait serait faux. Enregistrez d’abord l’issue.',
      ),
      exceptionNotNeeded: text(
        'La lettre « {{kind, letterKind}} » s’applique à ce dossier tel qu’il est : faites-la sans exception ',
        '(aucun motif n’est nécessaire).',
      ),
      closureNamesOnlyVictim:
        'Une lettre de clôture ne nomme personne d’autre que sa propre victime : il n’y a personne d’autre à y nommer.',
      overrideNotVictim:
        'Seules les victimes de ce dossier peuvent être nommées dans un renvoi ; une autre personne a été choisie.',
      notMadeAs: 'Cette lettre n’a pas été produite en {{format, letterFormat}}.',
      storedFileDamaged: text(
        'Le fichier {{format, letterFormat}} enregistré de cette lettre ne correspond ',
        'pas à son empreinte : il a été modifié ou endommagé.',
      ),
      deliveryNotClosure:
        'Les remises s’enregistrent pour les lettres de clôture aux victimes ; un renvoi suit son propre circuit.',
      deliveryInFuture: 'Une remise s’enregistre une fois faite : sa date ne peut pas être dans le futur.',
      deliveryBeforeLetter: 'La date de remise précède la création de la lettre.',
      noClosureLetters: 'Ce dossier n’a pas encore de lettre de clôture à exporter.',
      noLetters: 'Ce dossier n’a pas encore de lettre à exporter.',
      noFolderChosen: 'Aucun dossier n’a été choisi ; rien n’a été exporté.',
    },
    bundle: {
      notAge: text(
        'Ce fichier n’est pas un paquet de dossier Casefile (ce n’est pas un fichier chiffré avec age). ',
        'Rien n’a été importé.',
      ),
      armored: text(
        'Ce paquet est sous la forme texte d’age (il commence par « -----BEGIN AGE ENCRYPTED FILE----- »). ',
        'Demandez le fichier tel que Casefile l’a produit (binaire). Rien n’a été importé.',
      ),
      notForThisVault: text(
        'Ce paquet ne peut pas être ouvert ici : il a été chiffré pour quelqu’un d’autre, ou la phrase secrète ',
        'est fausse. Rien n’a été importé.',
      ),
      damaged: text(
        'Ce paquet est endommagé ou a été modifié après sa création : il ne correspond pas à ses propres ',
        'empreintes. Rien n’a été importé. Demandez une nouvelle copie à l’expéditeur.',
      ),
      cutShort: text(
        'Ce paquet est incomplet : le fichier a été tronqué. Rien n’a été importé. Demandez une copie entière.',
      ),
      notABundle: text(
        'Ce fichier a été chiffré avec age mais ne contient pas de dossier Casefile. Rien n’a été importé.',
      ),
      newerCasefile:
        'Ce paquet a été créé par une version plus récente de Casefile. Mettez Casefile à jour pour l’ouvrir.',
      badSignature: text(
        'La signature de ce paquet ne correspond pas à son contenu : il a été modifié, ou signé par quelqu’un ',
        'd’autre que celui qu’il annonce. Rien n’a été importé.',
      ),
      unknownSigner: text(
        'Ce paquet a été signé par une personne absente de vos contacts vérifiés. ',
        'Vérifiez qui l’a envoyé, puis importez-le de nouveau en confirmant que vous acceptez cet expéditeur. ',
        'Rien n’a été importé.',
      ),
      caseNotFound: 'Ce dossier est introuvable dans ce coffre ; aucun paquet n’a été créé.',
      contentChanged: text(
        'Un fichier de preuve de ce dossier ne correspond plus à l’empreinte enregistrée à son ajout : aucun ',
        'paquet n’a été créé. Vérifiez les fichiers de preuve du dossier.',
      ),
      noAudience: 'Choisissez au moins un contact à qui chiffrer le paquet, ou une phrase secrète.',
      destinationExists: text(
        'Un fichier de ce nom existe déjà à cet endroit ; choisissez un autre nom. Aucun paquet n’a été créé.',
      ),
      unreadable: 'Le fichier du paquet n’a pas pu être lu ; rien n’a été importé.',
      notWritten: text(
        'Le paquet n’a pas pu être écrit à cet endroit ; aucun paquet n’a été créé. Vérifiez le dossier ',
        'et l’espace libre.',
      ),
      previewGone: text(
        'Cet aperçu n’est plus disponible ; choisissez à nouveau le fichier du paquet. ',
        'Rien n’a été importé.',
      ),
      changedSincePreview: text(
        'Le fichier a changé après sa vérification. Vérifiez-le à nouveau avant de l’importer. ',
        'Rien n’a été importé.',
      ),
      changedHereSincePreview: text(
        'Ce dossier a changé ici après l’aperçu. Vérifiez à nouveau le fichier avant de l’importer. ',
        'Rien n’a été importé.',
      ),
      notAddressedHere: text(
        'Ce paquet a été fait pour d’autres destinataires ; son expéditeur ne l’a pas envoyé à ce coffre. ',
        'Demandez à l’expéditeur un paquet fait pour vous. Rien n’a été importé.',
      ),
      badProvenance: text(
        'La provenance signée d’un fichier de preuve de ce paquet ne correspond pas à la clé qui l’a signée : ',
        'le paquet a été modifié. Rien n’a été importé.',
      ),
      alreadyImported: 'Ce paquet a déjà été importé dans ce coffre. Rien n’a été écrit de nouveau.',
      olderThanReceived: text(
        'Ce paquet est plus ancien qu’un autre déjà reçu du même expéditeur pour ce dossier : ',
        'l’importer remettrait des versions antérieures. Rien n’a été écrit. Demandez-lui sa dernière version.',
      ),
      unsigned: text(
        'Ce paquet n’est pas signé : rien ne dit qui l’a fait, il est donc refusé. Demandez à l’expéditeur ',
        'un paquet fait par Casefile. Rien n’a été importé.',
      ),
      noSigningKey: text(
        'Ce coffre n’a pas encore de clé de signature : il ne peut pas signer de paquet. ',
        'Aucun paquet n’a été créé.',
      ),
      tooLarge: text(
        'Ce paquet contient plus d’enregistrements qu’aucun dossier fait par Casefile : il est refusé. ',
        'Rien n’a été importé. Demandez une nouvelle copie à l’expéditeur.',
      ),
    },
    contacts: {
      badRecipient: text(
        'Ce n’est pas un destinataire age. Il commence par age1 et compte environ 62 caractères : ',
        'copiez-le en entier depuis la page Identité et contacts de votre collègue.',
      ),
      badSigningKey: text(
        'Ce n’est pas une clé publique de signature. Collez tout le bloc qui commence par ',
        '-----BEGIN PUBLIC KEY----- depuis la page Identité et contacts de votre collègue, ',
        'ou utilisez sa fiche de contact.',
      ),
      badCard: text(
        'Ce n’est pas une fiche de contact Casefile. Demandez à votre collègue la fiche de sa page ',
        'Identité et contacts.',
      ),
      noName: 'Indiquez le nom du collègue à qui appartiennent ces clés.',
      ownKeys: 'Ce sont les propres clés de ce coffre. Ajoutez les clés d’un collègue.',
      alreadyKnown: 'Ces clés figurent déjà dans vos contacts : rien n’a été ajouté.',
      notFound: 'Ce contact est introuvable dans ce coffre.',
    },
    letterhead: {
      notDocx: 'Ce fichier n’est pas un document Word (.docx). Choisissez le .docx qui porte votre en-tête.',
      tooLarge: text(
        'Ce document Word est trop volumineux pour servir d’en-tête : 20 Mo au plus, ',
        'et 200 Mo une fois décompressé.',
      ),
      noHeader: text(
        'Ce document Word n’a pas d’en-tête d’où tirer un papier à en-tête. Ouvrez-le dans Word, placez ',
        'l’en-tête dans l’en-tête de la première page, enregistrez-le et importez-le de nouveau.',
      ),
      tooManyLines: text(
        'L’en-tête ou le pied de page de ce document Word contient plus de texte qu’un papier à en-tête : ',
        '12 lignes d’en-tête et 6 lignes de pied de page au plus, de 300 caractères chacune au plus.',
      ),
      logoNotSupported: 'Le logo de cet en-tête est dans un format que Casefile ne sait pas utiliser : PNG ou JPEG.',
      logoTooLarge: 'Le logo de cet en-tête dépasse 1 Mo : utilisez une image PNG ou JPEG plus petite.',
      unreadable: 'Le fichier choisi n’a pas pu être lu ; rien n’a été modifié.',
    },
    backup: {
      folderNotEmpty: text(
        'Ce dossier contient d’autres fichiers et aucune sauvegarde Casefile. Choisissez un dossier vide ',
        '(ou nouveau), ou le dossier d’une sauvegarde précédente de ce coffre.',
      ),
      otherVault: text(
        'Ce dossier contient la sauvegarde d’un autre coffre. Choisissez un dossier vide, ou le dossier ',
        'd’une sauvegarde précédente de ce coffre.',
      ),
      inProgress: 'Une sauvegarde vers ce dossier est déjà en cours ; attendez qu’elle se termine.',
      readBackFailed: text(
        'La sauvegarde qui vient d’être écrite ne se relit pas comme elle a été écrite ; elle n’est pas ',
        'gardée comme bonne. Vérifiez le support (ou prenez-en un autre) et sauvegardez à nouveau.',
      ),
      notABackup: text(
        'Ce n’est pas une sauvegarde Casefile : le dossier n’a pas de liste de contenu ',
        '(casefile-backup.json). Choisissez le dossier d’une sauvegarde, ou le fichier ',
        'casefile-backup.json qu’il contient.',
      ),
      tooNew: text(
        'Cette sauvegarde a été faite par une version plus récente de Casefile ; mettez l’application à ',
        'jour pour la restaurer. Rien n’a été modifié.',
      ),
      listDamaged: text(
        'La sauvegarde est endommagée : sa liste de contenu (casefile-backup.json) est illisible. Rien ',
        'n’a été restauré. Utilisez une autre copie de la sauvegarde.',
      ),
      fileMissing: text(
        'La sauvegarde est incomplète : un fichier qu’elle liste manque (copie interrompue, ou fichier ',
        'supprimé). Rien n’a été restauré. Utilisez une autre copie de la sauvegarde.',
      ),
      fileChanged: text(
        'La sauvegarde est endommagée : un de ses fichiers n’est pas celui qui a été sauvegardé ',
        '(modifié, tronqué ou abîmé sur le support). Rien n’a été restauré. Utilisez une autre copie de ',
        'la sauvegarde.',
      ),
      listForged: text(
        'La liste de contenu de la sauvegarde ne correspond pas à sa clé : elle a été modifiée, ou des ',
        'fichiers de sauvegardes différentes ont été mélangés. Rien n’a été restauré. Utilisez une autre ',
        'copie de la sauvegarde.',
      ),
      evidenceNotInBackup: text(
        'La sauvegarde est incomplète : son dossier de cas enregistre des fichiers de preuve qu’elle ne ',
        'contient pas. Rien n’a été restauré. Utilisez une autre copie de la sauvegarde.',
      ),
      linkInBackup: text(
        'Le dossier de sauvegarde contient un raccourci (lien symbolique) à la place d’un fichier de la ',
        'sauvegarde, ce qu’une sauvegarde ne fait jamais. Rien n’a été lu ni restauré. ',
        'Utilisez une autre copie de la sauvegarde.',
      ),
    },
    jobs: {
      notFound: 'Cette tâche est terminée : elle a pris fin il y a un moment, ou le coffre a été verrouillé depuis.',
      failed: 'L’opération a échoué de façon inattendue ; rien n’a été conservé.',
      stoppedByLock: 'Le verrouillage du coffre a interrompu l’opération ; rien n’a été conservé.',
      unavailable: 'Les tâches longues ne peuvent pas s’exécuter ici.',
    },
    principles: {
      refused: 'Refusé au titre des principes d’enquête :',
      consentMissing: 'Cette action demande un consentement qui n’est pas enregistré :',
    },
  },

  fields: {
    required: 'Ce champ est obligatoire.',
    wrongKind: 'Cette valeur n’est pas du type attendu.',
    tooShort: 'C’est trop court (au moins {{min}} caractères).',
    tooLong: 'C’est trop long (au plus {{max}} caractères).',
    tooFew: 'Choisissez-en au moins {{min}}.',
    tooMany: 'Choisissez-en au plus {{max}}.',
    tooSmall: 'La valeur doit être d’au moins {{min}}.',
    tooLarge: 'La valeur doit être d’au plus {{max}}.',
    badFormat: 'Ce n’est pas écrit sous la forme attendue.',
    notAChoice: 'Ce n’est pas l’un des choix proposés.',
    unexpected: 'Une information a été fournie alors qu’elle n’est pas demandée ici.',
    invalid: 'Cette valeur n’est pas valable ici.',
  },

  findings: {
    R1_INTERVIEW_CONSENT_MISSING: {
      afterInterview: {
        message: '{{person}} a été entendu sans qu’un consentement à l’entretien ait été enregistré avant celui-ci.',
        fix: text(
          'Enregistrez le consentement à l’entretien avec la date à laquelle il a été ',
          'donné ; l’entretien ne peut pas être marqué comme mené sans lui.',
        ),
      },
      beforeInterview: {
        message: 'Le consentement de {{person}} à l’entretien n’est pas encore enregistré.',
        fix: 'Expliquez l’entretien et enregistrez le consentement (ou le refus) avant qu’il commence.',
      },
    },
    R1_RECORDING_CONSENT_MISSING: {
      default: {
        message: '{{person}} : aucun {{parties, consentPartyInText}} à l’enregistrement audio ou vidéo n’est consigné.',
        fix: 'Consignez le consentement distinct à l’enregistrement audio ou vidéo, ou n’enregistrez pas l’entretien.',
      },
    },
    R1_MEDICAL_EXAM_CONSENT_MISSING: {
      default: {
        message: '{{person}} : aucun {{parties, consentPartyInText}} à l’examen médical n’est consigné.',
        fix: 'Consignez le consentement à l’examen médical donné avant que celui-ci ait lieu.',
      },
    },
    R1_SAMPLING_CONSENT_MISSING: {
      default: {
        message: text(
          '{{person}} : aucun {{parties, consentPartyInText}} aux prélèvements ',
          'médico-légaux n’est consigné (élément {{evidence}}).',
        ),
        fix: 'Consignez le consentement aux prélèvements médico-légaux donné avant le prélèvement ou la prise d’image.',
      },
    },
    R1_REFERRAL_CONSENT_MISSING: {
      default: {
        message: '{{person}} : aucun {{parties, consentPartyInText}} à l’orientation vers un service n’est consigné.',
        fix: 'Consignez le consentement à être orienté vers ce service avant de faire l’orientation.',
      },
    },
    R2_ACTION_AFTER_REFUSAL: {
      default: {
        message: text(
          '{{person}} : {{action, consentAction}} a eu lieu alors que le {{parties, ',
          'consentPartyInText}} avait été {{refusal, consentRefusal}}.',
        ),
        fix: text(
          'N’enregistrez un nouveau consentement que si la personne (ou son tuteur) l’a ',
          'librement donné avant l’action ; sinon, l’action a enfreint sa décision et doit ',
          'être signalée à votre supérieur.',
        ),
      },
    },
    R2_PLANNED_AFTER_REFUSAL: {
      default: {
        message: text(
          '{{person}} : le {{parties, consentPartyInText}} pour {{action, consentAction}} ',
          'a été {{refusal, consentRefusal}}.',
        ),
        fix: text(
          'Ne procédez pas à {{action, consentAction}} sans un nouveau consentement ',
          'librement donné et enregistré ; annulez ou adaptez ce qui est prévu.',
        ),
      },
    },
    R3_RISK_ASSESSMENT_MISSING: {
      afterInterview: {
        message: text(
          '{{person}} a été entendu sans qu’une évaluation des risques (« ne pas nuire ») ',
          'ait été enregistrée avant le contact.',
        ),
        fix: text(
          'Enregistrez l’évaluation des risques faite avant l’entretien, avec sa date ; ',
          's’il n’y en a pas eu, signalez-le à votre supérieur.',
        ),
      },
      beforeInterview: {
        message:
          'Aucune évaluation des risques (« ne pas nuire ») n’est enregistrée pour l’entretien prévu avec {{person}}.',
        fix: text(
          'Évaluez les risques du contact pour la personne (représailles, stigmatisation, ',
          'être vue, nouveau traumatisme) et enregistrez l’évaluation avant l’entretien.',
        ),
      },
    },
    R3_CONTACT_ADVISED_AGAINST: {
      afterInterview: {
        message:
          '{{person}} a été entendu alors que l’évaluation des risques concluait que le contact serait nuisible.',
        fix: text(
          'Enregistrez une nouvelle évaluation, faite avant l’entretien, qui l’autorisait, ',
          'ou signalez le manquement à votre supérieur.',
        ),
      },
      beforeInterview: {
        message:
          'L’évaluation des risques pour l’entretien prévu avec {{person}} conclut que le contact serait nuisible.',
        fix: 'Annulez ou reportez l’entretien, ou réévaluez lorsque les risques auront changé.',
      },
    },
    R4_GUARDIAN_NOT_RECORDED: {
      minor: {
        message: 'Aucun tuteur n’est enregistré pour {{person}}.',
        fix: text(
          'Enregistrez le tuteur (parent, proche, tuteur légal ou représentant désigné), ',
          'ou l’exception si le tuteur est impliqué.',
        ),
      },
      possibleMinor: {
        message: '{{person}} est peut-être mineur et aucun tuteur n’est enregistré.',
        fix: text(
          'Enregistrez le tuteur (parent, proche, tuteur légal ou représentant désigné), ',
          'ou l’exception si le tuteur est impliqué.',
        ),
      },
    },
    R4_GUARDIAN_CONSENT_MISSING: {
      afterInterview: {
        message: '{{person}} a été entendu sans que le consentement du tuteur ait été enregistré avant l’entretien.',
        fix: 'Enregistrez le consentement du tuteur donné avant l’entretien, ou l’exception si le tuteur est impliqué.',
      },
      afterInterviewPossibleMinor: {
        message: text(
          '{{person}} est peut-être mineur et a été entendu sans que le consentement du ',
          'tuteur ait été enregistré avant l’entretien.',
        ),
        fix: 'Enregistrez le consentement du tuteur donné avant l’entretien, ou l’exception si le tuteur est impliqué.',
      },
      beforeInterview: {
        message: 'Le consentement du tuteur à l’entretien de {{person}} n’est pas encore enregistré.',
        fix: 'Enregistrez le consentement du tuteur, ou l’exception si le tuteur est impliqué, avant l’entretien.',
      },
    },
    R4_CHILD_ASSENT_MISSING: {
      afterInterview: {
        message:
          '{{person}} a été entendu sans que son propre assentiment d’enfant ait été enregistré avant l’entretien.',
        fix: 'Enregistrez l’assentiment de l’enfant donné avant l’entretien, dans des mots qu’il a compris.',
      },
      afterInterviewPossibleMinor: {
        message: text(
          '{{person}} est peut-être mineur et a été entendu sans que son propre ',
          'assentiment ait été enregistré avant l’entretien.',
        ),
        fix: 'Enregistrez l’assentiment de l’enfant donné avant l’entretien, dans des mots qu’il a compris.',
      },
      beforeInterview: {
        message: 'L’assentiment de l’enfant {{person}} à son entretien n’est pas encore enregistré.',
        fix: 'Expliquez l’entretien à l’enfant et enregistrez son assentiment avant qu’il commence.',
      },
    },
    R4_TRAINED_INTERVIEWER_MISSING: {
      default: {
        message: 'Personne dans l’équipe chargée d’entendre {{person}} n’est formé à l’entretien avec des enfants.',
        fix: 'Faites entendre l’enfant par, ou avec, une personne formée à l’entretien avec des enfants.',
      },
    },
    R4_SETTING_NOT_SAFE: {
      default: {
        message: '{{person}} est entendu dans des locaux de police ou de justice.',
        fix: 'Entendez un enfant dans un lieu sûr et adapté, choisi avec l’enfant et la personne d’accompagnement.',
      },
    },
    R4_REPEAT_WITHOUT_JUSTIFICATION: {
      afterInterview: {
        message: '{{person}} a été entendu de nouveau sans justification écrite.',
        fix: text(
          'Écrivez pourquoi un nouvel entretien est nécessaire et pourquoi le compte rendu ',
          'antérieur ne suffit pas, ou n’entendez pas l’enfant de nouveau.',
        ),
      },
      beforeInterview: {
        message: '{{person}} doit être entendu de nouveau sans justification écrite.',
        fix: text(
          'Écrivez pourquoi un nouvel entretien est nécessaire et pourquoi le compte rendu ',
          'antérieur ne suffit pas, ou n’entendez pas l’enfant de nouveau.',
        ),
      },
    },
    R5_AGE_UNKNOWN: {
      default: {
        message: 'L’âge de {{person}} au moment des faits n’est pas établi.',
        fix: text(
          'Établissez la tranche d’âge (ou la date de naissance) ; d’ici là, accordez les ',
          'protections dues à un enfant.',
        ),
      },
    },
    R5_CONSENSUAL_CLOSURE: {
      default: {
        message:
          'Le dossier est clos comme relation consentie alors que la majorité de {{people, codes}} n’est pas établie.',
        fix: text(
          'Un enfant ne peut pas consentir : choisissez un autre motif de clôture, ou ',
          'établissez d’abord que chaque victime avait 18 ans ou plus au moment des faits.',
        ),
      },
    },
    R5b_CONSENSUAL_CLOSURE: {
      exchange: {
        message: text(
          'Le dossier est clos comme relation consentie alors qu’un échange contre des relations ',
          'sexuelles est allégué ({{exchanged, exchangeKindInText}}).',
        ),
        fix: text(
          'Échanger de l’argent, des biens, un emploi ou une assistance contre des relations sexuelles ',
          'est interdit quel que soit l’accord de la personne : choisissez un autre motif de clôture.',
        ),
      },
      underProtection: {
        message: text(
          'Le dossier est clos comme relation consentie alors que {{people, codes}} est réfugiée ou ',
          'déplacée.',
        ),
        fix: text(
          'Les relations sexuelles avec des personnes sous la protection de l’ONU sont interdites : ',
          'choisissez un autre motif de clôture, ou corrigez la fiche de la victime si elle n’est pas ',
          'sous protection.',
        ),
      },
    },
    R6_EXCHANGE_NOT_SE: {
      unclassified: {
        message: text(
          'Un échange contre des relations sexuelles est allégué ({{exchanged, ',
          'exchangeKindInText}}) mais le dossier n’est pas encore qualifié.',
        ),
        fix: text(
          'Qualifiez le dossier d’exploitation sexuelle, sauf si une autre allégation ',
          'qu’il contient relève de l’abus sexuel.',
        ),
      },
      classified: {
        message: text(
          'Un échange contre des relations sexuelles est allégué ({{exchanged, ',
          'exchangeKindInText}}) mais le dossier est qualifié d’{{category, ',
          'caseCategoryInText}}.',
        ),
        fix: text(
          'Qualifiez le dossier d’exploitation sexuelle, sauf si une autre allégation ',
          'qu’il contient relève de l’abus sexuel.',
        ),
      },
    },
    R6_EXCHANGE_NOT_TRANSACTIONAL: {
      noSubtype: {
        message: text(
          'Un échange contre des relations sexuelles est allégué ({{exchanged, ',
          'exchangeKindInText}}) mais le sous-type n’est pas indiqué.',
        ),
        fix: text(
          'Choisissez le sous-type « relations sexuelles monnayées », ou « sollicitation ',
          'de relations sexuelles monnayées » si l’échange a seulement été proposé ou ',
          'demandé ; pour une victime mineure, « activité sexuelle avec un mineur » convient aussi.',
        ),
      },
      otherSubtype: {
        message: text(
          'Un échange contre des relations sexuelles est allégué ({{exchanged, ',
          'exchangeKindInText}}) mais le sous-type est « {{subtype, caseSubtype}} ».',
        ),
        fix: text(
          'Choisissez le sous-type « relations sexuelles monnayées », ou « sollicitation ',
          'de relations sexuelles monnayées » si l’échange a seulement été proposé ou ',
          'demandé ; pour une victime mineure, « activité sexuelle avec un mineur » convient aussi.',
        ),
      },
    },
    R7_GENDER_PREFERENCE_NOT_OFFERED: {
      default: {
        message: 'On n’a pas proposé à {{person}} de choisir le genre de la personne qui mène l’entretien.',
        fix: text(
          'Demandez à la victime si elle préfère être entendue par une femme ou par un ',
          'homme, et enregistrez la réponse.',
        ),
      },
    },
    R7_SUPPORT_PERSON_NOT_OFFERED: {
      default: {
        message: 'On n’a pas proposé de personne d’accompagnement à {{person}}.',
        fix: 'Proposez à la victime d’être accompagnée par la personne de son choix, et enregistrez la proposition.',
      },
    },
    R7_SETTING_NOT_PRIVATE: {
      default: {
        message: 'L’entretien de {{person}} n’a pas lieu dans un cadre confidentiel.',
        fix: 'Déplacez l’entretien dans un lieu où l’on ne peut ni voir ni entendre.',
      },
    },
    R7_INTERPRETER_NOT_VETTED: {
      default: {
        message: 'L’interprète de {{person}} n’est pas enregistré comme ayant fait l’objet d’une vérification.',
        fix: text(
          'Faites appel à un interprète vérifié, sans lien avec le mis en cause ni avec la ',
          'communauté concernée, et enregistrez la vérification.',
        ),
      },
    },
    R7_TEAM_SINGLE_GENDER: {
      default: {
        message: 'L’équipe qui entend {{person}} est composée de personnes d’un seul genre.',
        fix: 'Dans la mesure du possible, incluez des personnes de genres différents.',
      },
    },
    R8_ASSISTANCE_NOT_OFFERED: {
      noOffer: {
        message: '{{person}} a été contacté mais aucune offre d’assistance n’est enregistrée.',
        fix: text(
          'Proposez l’assistance maintenant et enregistrez l’offre, quelle que soit la ',
          'décision de la victime quant à l’enquête.',
        ),
      },
      lateOffer: {
        message: 'L’assistance n’a été proposée à {{person}} qu’après le premier contact.',
        fix: text(
          'Proposez l’assistance maintenant et enregistrez l’offre, quelle que soit la ',
          'décision de la victime quant à l’enquête.',
        ),
      },
    },
    R8_OFFER_AT_FIRST_CONTACT: {
      default: {
        message: 'Dès le premier contact avec {{person}}, une assistance doit être proposée.',
        fix: text(
          'Préparez les possibilités d’orientation (médicale, psychosociale, juridique, hébergement, ',
          'moyens de subsistance, éducation, pension alimentaire) avant de contacter la victime.',
        ),
      },
    },
    R9_DISCLOSURE_WITHOUT_CONSENT: {
      default: {
        message: text(
          'L’identité de {{person}} ({{fields, identityFieldInText}}) est communiquée à un ',
          'destinataire sans son consentement enregistré pour ce destinataire.',
        ),
        fix: text(
          'Enregistrez le consentement de {{person}} à la communication à ce destinataire ',
          '(et celui du tuteur, pour un enfant), ou n’envoyez que le pseudonyme, la ',
          'tranche d’âge et le sexe.',
        ),
      },
    },
    R9_DISCLOSURE_NOT_NECESSARY: {
      default: {
        message: 'L’identité de {{person}} ({{fields, identityFieldInText}}) figure là où elle n’est pas nécessaire.',
        fix: text(
          'Retirez les données d’identification de {{person}} ; désignez la personne par ',
          'son pseudonyme, sa tranche d’âge et son sexe seulement.',
        ),
      },
    },
    R10_WRITTEN_NOTICE_MISSING: {
      afterInterview: {
        message: text(
          '{{person}} ({{category, personnelCategory}}) a été entendu sans qu’une ',
          'notification écrite de l’allégation ait été enregistrée avant l’entretien.',
        ),
        fix: text(
          'Remettez au membre du personnel une notification écrite de l’allégation avant ',
          'l’entretien et enregistrez la date de remise.',
        ),
      },
      beforeInterview: {
        message: text(
          '{{person}} ({{category, personnelCategory}}) doit être entendu sans qu’une ',
          'notification écrite de l’allégation ait été enregistrée avant l’entretien.',
        ),
        fix: text(
          'Remettez au membre du personnel une notification écrite de l’allégation avant ',
          'l’entretien et enregistrez la date de remise.',
        ),
      },
    },
    R10_OBSERVER_NOT_OFFERED: {
      default: {
        message:
          'Il n’est pas enregistré que {{person}} ({{category, personnelCategory}}) s’est vu proposer un observateur.',
        fix: text(
          'Dites au membre du personnel qu’il peut venir avec un observateur à ',
          'l’entretien, et enregistrez la proposition.',
        ),
      },
    },
    R11_CONTRIBUTING_COUNTRY_NOT_NOTIFIED: {
      default: {
        message:
          '{{person}} ({{category, personnelCategory}}) : aucune notification au pays fournisseur n’est enregistrée.',
        fix: text(
          'Notifiez le pays fournisseur par l’intermédiaire de sa mission permanente en ',
          'lui demandant de désigner un enquêteur national ; le délai de désignation court ',
          'à partir de là.',
        ),
      },
    },
    R12_HASH_MISSING: {
      default: {
        message: '{{evidence}} n’a pas d’empreinte SHA-256 enregistrée au recueil.',
        fix: text(
          'Ajoutez le fichier par Casefile pour que son empreinte soit calculée à la ',
          'lecture ; si l’original a été modifié depuis, consignez-le comme constatation.',
        ),
      },
    },
    R12_ORIGINAL_CHANGED: {
      default: {
        message: 'L’original de preuve {{evidence}} a été modifié après le recueil.',
        fix: 'Laissez l’original intact ; faites une copie de travail consignée et travaillez sur celle-ci.',
      },
    },
    R12_COPY_NOT_LINKED: {
      default: {
        message: 'La copie de travail {{evidence}} n’est pas liée à son original de preuve.',
        fix: 'Indiquez l’original dont cette copie a été tirée.',
      },
    },
    R12_COPY_NOT_LOGGED: {
      default: {
        message: 'La réalisation de la copie {{evidence}} n’est pas consignée sur {{original}}.',
        fix: 'Ajoutez la copie au registre de possession de {{original}} : qui l’a faite, quand et pourquoi.',
      },
    },
    R12_COPY_NOT_APART: {
      default: {
        message: 'La copie de travail {{evidence}} est conservée avec son original {{original}}.',
        fix: 'Conservez l’original de preuve à l’écart des copies de travail.',
      },
    },
    R12_COLLECTION_NOT_LOGGED: {
      default: {
        message: 'Le registre de possession de {{evidence}} ne commence pas par son recueil.',
        fix: 'Enregistrez le recueil (quand, où, par qui) comme premier événement de la chaîne de possession.',
      },
    },
    R12_CUSTODY_NOT_CHRONOLOGICAL: {
      default: {
        message: 'Le registre de possession de {{evidence}} n’est pas dans l’ordre chronologique.',
        fix: 'Vérifiez les dates des événements ; une entrée ne peut pas être datée avant celle qui la précède.',
      },
    },
    R13_OUTCOME_LETTER_MISSING: {
      default: {
        message: 'Le dossier est clos et {{person}} n’a pas de lettre l’informant de l’issue.',
        fix: text(
          'Préparez la lettre d’issue à partir du modèle, quelle que soit l’issue, et ',
          'remettez-la par écrit ou oralement.',
        ),
      },
    },
    R13_OUTCOME_LETTER_NOT_DELIVERED: {
      default: {
        message: 'La remise de la lettre d’issue à {{person}} n’est pas enregistrée.',
        fix: text(
          'Enregistrez comment, quand et par qui la lettre a été remise (oralement si ',
          'l’alphabétisation ou la sécurité l’exigent).',
        ),
      },
    },
    R14_REPUTATION_STEPS_MISSING: {
      default: {
        message: text(
          'L’allégation visant {{person}} a été jugée infondée et aucune mesure pour ',
          'rétablir sa réputation n’est enregistrée.',
        ),
        fix: text(
          'Enregistrez les mesures prises (par exemple, informer par écrit le mis en cause ',
          'et sa hiérarchie de l’issue).',
        ),
      },
    },
    R15_EXAM_WINDOW_OPEN: {
      default: {
        message: text(
          'Les faits remontent peut-être à moins de {{hours}} heures et aucun examen ',
          'médico-légal n’a été proposé à {{person}}.',
        ),
        fix: text(
          'Proposez dès maintenant un examen par un professionnel qualifié et enregistrez ',
          's’il est accepté ou refusé ; proposez immédiatement un traitement (PPE, ',
          'contraception d’urgence) dans les deux cas.',
        ),
      },
    },
    R15_PROVIDER_NOT_QUALIFIED: {
      default: {
        message:
          'Il n’est pas enregistré que l’examen médico-légal de {{person}} a été fait par un professionnel qualifié.',
        fix: text(
          'Enregistrez la qualification du professionnel, ou faites relire les ',
          'constatations par un professionnel qualifié.',
        ),
      },
    },
    R15_TREATMENT_WAITING: {
      default: {
        message: 'Un examen médico-légal est enregistré pour {{person}} mais aucun traitement médical n’a été proposé.',
        fix: text(
          'Proposez les soins médicaux (y compris PPE et contraception d’urgence, le cas ',
          'échéant) maintenant ; le traitement n’attend ni l’examen ni son refus.',
        ),
      },
    },
    R15_EXAM_AFTER_WINDOW: {
      default: {
        message: 'L’examen médico-légal de {{person}} a eu lieu plus de {{hours}} heures après les faits.',
        fix: 'Indiquez dans le rapport que les constatations médico-légales peuvent être limitées par ce délai.',
      },
    },
  },

  documents: {
    ageIdentity: {
      secret:
        'Identité age du coffre Casefile. SECRET : quiconque détient ce fichier peut ouvrir tous les paquets ' +
        'envoyés à ce coffre.',
      keep: 'Gardez-le chiffré et supprimez-le une fois qu’il a servi.',
    },
    custodyReport: {
      title: 'Rapport de chaîne de garde',
      fileTitle: 'Chaîne de garde : {{reference}} {{number}}',
      subtitle: 'Pièce {{number}} · Dossier {{reference}}',
      header: '{{reference}} · Pièce {{number}} · Chaîne de garde',
      footer: 'Établi le {{at}} par {{actor}} · {{marking}}',
      item: {
        heading: 'Pièce',
        number: 'Numéro',
        type: 'Nature',
        description: 'Descriptif',
        role: 'Rôle',
        workingCopyOf: 'Copie de travail de {{number}}',
        workingCopyOfUnknown: 'Copie de travail d’un original',
        copies: 'Copies de travail',
        status: 'Statut',
        confidentiality: 'Confidentialité',
        collected: 'Recueillie le',
        collectedAt: 'Recueillie à',
        withheld: 'Non communiqué : strictement confidentiel (voir le coffre)',
        collectedBy: 'Recueillie par',
        storage: 'Lieu de conservation',
        source: 'Origine',
        recorded: 'Images enregistrées',
        identified: 'Source repérée le',
      },
      files: {
        heading: 'Fichiers conservés dans le coffre ({{files}})',
        none: 'Aucun fichier n’est conservé pour cette pièce.',
        sha256: 'SHA-256 au recueil',
        size: 'Taille',
        bytes: '{{size}} octets',
        added: 'Ajouté le',
        lastCheck: 'Dernière vérification',
        unchecked: 'Pas revérifié depuis son ajout',
        verified: 'Vérifié, conforme au SHA-256 ci-dessus ({{at}})',
        failed: 'ÉCHEC : {{problem}} ({{at}})',
        problemUnknown: 'le contrôle d’intégrité a échoué',
      },
      events: {
        headingOne: 'Chaîne de garde (1 événement)',
        heading: 'Chaîne de garde ({{events}} événements)',
        none: 'Aucun événement de garde n’a été consigné.',
        title: 'N° {{sequence}}  {{kind}}  ·  {{at}}',
        from: 'Remise par',
        to: 'Reçue par',
        persons: 'Personnes',
        purpose: 'Motif',
        seal: 'Numéro de scellé',
        location: 'Lieu',
        note: 'Remarque',
        recheck: 'Contrôle de l’empreinte',
        recheckNone: 'Aucun lors de cet événement',
        match: '{{file}} : conforme au SHA-256 au recueil',
        failed: '{{file}} : ÉCHEC, {{problem}}',
        expected: 'attendu {{sha256}}',
        logged: 'Consigné',
        loggedBy: '{{at}} par {{actor}}',
      },
      certification: {
        heading: 'Attestation',
        statement: text(
          'J’atteste que ce rapport énumère tous les événements de garde consignés pour ',
          'cette pièce et le SHA-256 de chacun de ses fichiers tel qu’enregistré dans le ',
          'coffre.',
        ),
        name: 'Nom du soussigné',
        signature: 'Signature du soussigné',
        date: 'Fait le',
      },
    },
    verificationReport: {
      title: 'Rapport de vérification des preuves',
      fileTitle: 'Vérification des preuves : {{reference}}',
      subtitle: 'Dossier {{reference}} · {{items}} pièce(s) · {{files}} fichier(s)',
      header: '{{reference}} · Vérification des preuves',
      footer: 'Établi le {{at}} par {{actor}} · {{marking}}',
      about: {
        heading: 'Objet de ce rapport',
        purpose: text(
          'Ce rapport énumère tous les fichiers de preuve conservés pour le dossier {{reference}}. Pour chacun, ',
          'il donne une empreinte de son contenu exact (son empreinte SHA-256) et une signature numérique faite ',
          'lors de son enregistrement. Elles permettent à chacun de vérifier, sans Casefile et sans devoir faire ',
          'confiance aux personnes qui détiennent le dossier, qu’un fichier remis est bien celui qui a été ',
          'recueilli, et que la mention de la date et de l’auteur de la collecte n’a pas été modifiée depuis.',
        ),
        hash: text(
          'L’empreinte SHA-256 est une suite de 64 caractères calculée à partir de chaque octet d’un fichier : ',
          'modifier un seul octet donne une empreinte entièrement différente. Si l’empreinte du fichier reçu est ',
          'celle imprimée ici, le fichier est celui qui a été recueilli.',
        ),
        signature: text(
          'La signature a été faite par le coffre qui a enregistré le fichier, avec une clé qui ne quitte jamais ',
          'ce coffre. Elle porte sur une courte déclaration : l’empreinte et la taille du fichier, la date et ',
          'l’auteur de la collecte, le dossier et la pièce. Le signataire est désigné par une empreinte de clé ',
          '(8 groupes de 4 caractères) et sa clé publique figure à la fin de ce rapport. Demandez au signataire ',
          'son empreinte par un autre moyen (en personne ou par téléphone) : si elle est identique et que la ',
          'signature est valide, la déclaration émane de ce signataire et n’a pas été modifiée.',
        ),
        imported: text(
          'Une pièce reçue du coffre d’un collègue garde la signature du coffre qui l’a enregistrée : son ',
          'signataire est ce coffre, et non celui qui a établi ce rapport.',
        ),
      },
      steps: {
        heading: 'Vérification pas à pas',
        hash: text(
          'Vérifier l’empreinte d’un fichier : sha256sum FICHIER (macOS : shasum -a 256 FICHIER ; Windows : ',
          'certutil -hashfile FICHIER SHA256). Les 64 caractères affichés doivent être le SHA-256 indiqué pour ',
          'ce fichier.',
        ),
        key: text(
          'Enregistrer la clé publique du signataire : copiez ses lignes, de -----BEGIN PUBLIC KEY----- à ',
          '-----END PUBLIC KEY-----, dans un fichier nommé key.pem.',
        ),
        decode: text(
          'Enregistrer la déclaration signée du fichier et sa signature : copiez le texte base64 de la ',
          'déclaration dans statement.b64 et celui de la signature dans signature.b64 (les retours à la ligne ',
          'n’ont pas d’importance), puis décodez-les : base64 -d statement.b64 > statement.json et ',
          'base64 -d signature.b64 > signature.sig',
        ),
        verify: text(
          'Vérifier la signature (OpenSSL 3.0 ou plus récent) : openssl pkeyutl -verify -pubin -inkey key.pem ',
          '-rawin -in statement.json -sigfile signature.sig. La réponse « Signature Verified Successfully » ',
          'n’apparaît que si la déclaration est exactement celle que cette clé a signée.',
        ),
        read: text(
          'Lire statement.json : ses champs sha256, size, collectedAt et collector doivent être ceux imprimés ',
          'pour le fichier dans ce rapport.',
        ),
        fingerprint: text(
          'Vérifier l’empreinte de la clé : openssl pkey -pubin -in key.pem -outform DER | tail -c 32 | ',
          'sha256sum. Les 32 premiers caractères du résultat, par groupes de quatre, forment l’empreinte ',
          'imprimée ici.',
        ),
      },
      item: {
        heading: 'Pièce {{number}}',
        description: 'Descriptif',
        collected: 'Recueillie le',
        collectedBy: 'Recueillie par',
        collectorUnknown: 'Non renseigné',
        custody: 'Chaîne de garde',
        custodyNone: 'Aucun événement de garde n’a été consigné.',
        event: 'n° {{sequence}} {{kind}}, {{at}} : {{purpose}}',
        eventFromTo: 'n° {{sequence}} {{kind}}, {{at}}, de {{from}} à {{to}} : {{purpose}}',
        noFiles: 'Aucun fichier n’est conservé pour cette pièce.',
      },
      file: {
        sha256: 'Empreinte SHA-256',
        size: 'Taille',
        added: 'Enregistré le',
        signer: 'Signataire',
        signerThisVault: '{{fingerprint}} (ce coffre)',
        signerOther: '{{fingerprint}} (un autre coffre, dont la pièce a été reçue)',
        signedAt: 'Signé le',
        signedAtIngest: '{{at}}, lors de l’enregistrement du fichier',
        signedLater: '{{at}}, à sa première vérification (fichier enregistré avant l’existence des signatures)',
        unsigned: text(
          'Pas encore signé : il le sera à sa prochaine vérification. Seule son empreinte peut être vérifiée.',
        ),
        statement: 'Déclaration signée (base64)',
        signatureValue: 'Signature numérique (base64)',
      },
      keys: {
        heading: 'Clés publiques des signataires',
        none: 'Aucun fichier de ce dossier n’est signé.',
        thisVault: 'Empreinte {{fingerprint}} : ce coffre',
        other: 'Empreinte {{fingerprint}} : un autre coffre',
      },
      certification: {
        heading: 'Attestation',
        statement: text(
          'J’atteste que ce rapport énumère tous les fichiers de preuve conservés dans le coffre pour ce ',
          'dossier, avec l’empreinte, la signature et la chaîne de garde enregistrées pour chacun.',
        ),
      },
    },
  },

  /** Why the core moved a case's status by itself: kept in the case's status history. */
  statusReasons: {
    openedAtIntake: 'Ouvert à l’enregistrement',
    openedBeforeHistory: 'Ouvert avant que l’historique des statuts soit tenu',
    closedByFindings: 'Conclusions enregistrées pour chaque personne mise en cause.',
    reopenedByCorrection: 'Une conclusion sur une personne mise en cause a été corrigée.',
  },
  /** Ce qu'un juriste vérifie avant qu'une lettre soit faite (shared/documents/letter-warnings.ts). */
  letterWarnings: {
    signatoryMissing: 'Aucun signataire n’est désigné : la lettre serait signée « [Signataire à désigner] ».',
    signatoryPlaceholder: 'Le signataire est un intitulé provisoire, pas une personne : désignez qui signe.',
    signatoryTitleMissing: 'Le titre du signataire manque au bloc de signature.',
    contactMissing: 'Aucun point de contact n’est désigné : la lettre donnerait un intitulé provisoire.',
    contactPlaceholder: 'Le point de contact est un intitulé provisoire, pas une personne : désignez qui joindre.',
    replyByPast: 'La date de réponse, {{date, date}}, n’est pas postérieure à la date de la lettre.',
    reportReferenceMissing:
      'Aucune référence de rapport d’enquête : enregistrez-la avec la conclusion ou indiquez-la pour cette lettre.',
    noteNumberMissing: 'Aucun numéro de note verbale ni du Bureau des affaires juridiques n’est indiqué.',
  },
  /**
   * A letter template's problems, as the template editor and the command line show them
   * (shared/documents/validator.ts). The tags a sentence names are params (`{{tag}}`), so the
   * braces of the template language never meet the catalogue's own.
   */
  templateProblems: {
    unclosedTag: text(
      'Une balise ouverte par {{open}} n’est pas fermée par {{close}} ',
      '(écrivez {{literal}} pour un {{open}} littéral).',
    ),
    emptyTag:
      'Cette balise est vide : une balise est l’une de {{tags}} ; écrivez {{literal}} pour un {{open}} littéral.',
    notATag: text(
      '{{written}} n’est pas une balise : une balise est l’une de {{tags}} ; ',
      'écrivez {{literal}} pour un {{open}} littéral.',
    ),
    notAPath: '« {{written}} » n’est pas un chemin comme case.reference ou .code.',
    elseWithoutIf: '{{elseTag}} n’a pas de {{ifTag}} ouvert avant lui.',
    elseInsideEach:
      '{{elseTag}} n’a pas de {{ifTag}} ouvert avant lui : il est dans {{eachTag}}, qu’il faut fermer d’abord.',
    secondElse: 'Un second {{elseTag}} dans {{ifTag}}.',
    closerWithoutOpener: '{{closer}} n’a pas de {{opener}} correspondant.',
    closesWrongBlock: '{{closer}} ferme {{opened}} : fermez-le d’abord par {{expected}}.',
    notClosed: '{{opened}} n’est pas fermé par {{closer}}.',
    outsideEach: '« {{written}} » lit un élément d’une liste, mais n’est pas dans {{eachTag}}.',
    throughList: '« {{list}} » est une liste : répétez sur elle avec {{eachTag}} et écrivez {{itemTag}} à l’intérieur.',
    unknownField: '« {{written}} » : il n’y a pas de champ « {{missing}} » ici.',
    unknownFieldSuggestion:
      '« {{written}} » : il n’y a pas de champ « {{missing}} » ici (vouliez-vous dire « {{suggestion}} » ?).',
    notVisible: '« {{written}} » ne peut pas figurer dans {{recipient, recipientLettersInText}}.',
    notVisibleBecause: '« {{written}} » ne peut pas figurer dans {{recipient, recipientLettersInText}} : {{because}}',
    notAList: '« {{written}} » n’est pas une liste : {{eachTag}} se répète sur une liste (comme victims ou evidence).',
    isFlag: '« {{written}} » est un champ oui/non : utilisez-le sous la forme {{ifTag}}…{{endTag}}.',
    isList: '« {{written}} » est une liste : répétez sur elle avec {{eachTag}}…{{endTag}}.',
    isGroup: '« {{written}} » est un groupe de champs : nommez l’un d’eux.',
    hints: {
      caseSummary: text(
        'le résumé interne du dossier peut nommer des personnes : écrivez ce dont la lettre a besoin dans ',
        'ses éléments particuliers (letter.particulars).',
      ),
      useVictimName: 'dans une lettre de clôture, utilisez victim.name.',
      victimIdentity: text(
        'l’identité d’une victime ne sort du coffre qu’avec son consentement (R9) : utilisez .displayName, ',
        'qui contient le nom quand le consentement couvre ce destinataire, et le pseudonyme sinon.',
      ),
      ownVictim: text(
        'une lettre de clôture ne contient que ce dont la victime a besoin : son nom (victim.name) et son ',
        'pseudonyme, pas ses coordonnées ni ses documents.',
      ),
      subject: text(
        'seuls le nom, la nationalité, la catégorie, l’unité, la fonction et (pour certains destinataires) ',
        'le matricule de la personne mise en cause figurent dans les lettres.',
      ),
      onlyOwnVictim: text(
        'une lettre de clôture ne contient que sa propre victime : utilisez les champs de victim ',
        '(comme victim.name).',
      ),
      witnesses: text(
        'les témoins ne figurent jamais dans les lettres : seulement le strict nécessaire (R9), et jamais dans ',
        'une lettre de clôture.',
      ),
    },
  },
  templatePlaces: {
    title: 'titre',
    headerLeft: 'en-tête, à gauche',
    headerRight: 'en-tête, à droite',
    footerLeft: 'pied de page, à gauche',
    footerRight: 'pied de page, à droite',
    block: 'bloc {{number}}',
    blockOfKind: 'bloc {{number}} ({{kind}})',
    blockKinds: {
      letterhead: 'en-tête de lettre',
      heading: 'titre',
      paragraph: 'paragraphe',
      list: 'liste',
      table: 'tableau',
      signature: 'bloc de signature',
      spacer: 'espace vide',
      pageBreak: 'saut de page',
      if: 'section conditionnelle',
      each: 'section répétée',
    },
    then: 'si donné',
    else: 'sinon',
    condition: 'sa condition',
    line: 'ligne {{number}}',
    item: 'élément {{number}}',
    columnHeader: 'en-tête de la colonne {{number}}',
    row: 'rangée {{number}}',
    cell: 'cellule {{number}}',
    each: 'ce sur quoi elle se répète',
    when: 'quand elle est gardée',
    signatureName: 'nom du signataire',
    signatureTitle: 'titre du signataire',
    signaturePlace: 'lieu de signature',
    signatureDate: 'date de la lettre',
    run: 'segment {{number}}',
    character: 'caractère {{number}}',
  },
  deadlineExplanation: {
    dueBefore: 'Échéance : {{amount}} avant {{event, clockStartEventInText}}.',
    dueBeforeEvent: 'Échéance : avant {{event, clockStartEventInText}}.',
    dueOnEvent: 'Échéance : dès {{event, clockStartEventInText}}.',
    dueAfter: 'Échéance : {{amount}} après {{event, clockStartEventInText}}.',
    urgent: 'Délai réduit : affaire urgente.',
    countedBack: 'Décompté à rebours depuis le {{start}} ({{zone}}).',
    countedFrom: 'Point de départ : {{start}} ({{zone}}).',
    uncertainBack: text(
      'Date incertaine ({{written}}) : le décompte part du premier jour possible, {{start}} ({{zone}}), ',
      'car l’événement peut survenir dès ce moment.',
    ),
    uncertainFrom: text(
      'Date incertaine ({{written}}) : le délai court à partir du premier moment possible, {{start}} ',
      '({{zone}}), car pour les preuves et les soins urgents le délai peut se refermer aussi tôt.',
    ),
    weekend: 'Les jours de week-end ({{weekend, weekdayInText}}) ne sont pas comptés.',
    weekendAndHolidays:
      'Les jours de week-end ({{weekend, weekdayInText}}) et les jours fériés ({{holidays}}) ne sont pas comptés.',
    wholeDaysBack: 'Compté en jours entiers : dû au début du jour indiqué.',
    wholeDaysFrom: 'Compté en jours entiers : dû à la fin du dernier jour.',
    dueAt: 'Échéance le {{due}} ({{zone}}).',
    latestBack: 'S’il survient le plus tard possible, l’échéance sera le {{lastDue}}.',
    latestFrom: 'Si l’événement a eu lieu le plus tard possible, l’échéance serait le {{lastDue}}.',
  },
  /** What an unlock had to repair, as the command line prints it (the app words it from the counts). */
  unlockNotices: {
    folderWasOpen: text(
      'D’autres comptes de cet ordinateur pouvaient ouvrir le dossier de ce coffre : ses droits d’accès ',
      'avaient été élargis.',
    ),
    madePrivate: 'Casefile l’a rendu de nouveau privé pour vous (éléments modifiés : {{changed}}).',
    notMadePrivate: text(
      'Certains éléments n’ont pas pu être rendus privés (éléments : {{failed}}) : un autre compte en est ',
      'propriétaire. Déplacez le coffre dans un dossier qui vous appartient.',
    ),
    stillEncrypted: text(
      'Les fichiers restent chiffrés, mais si vous n’avez pas élargi ces droits vous-même, prévenez la ',
      'personne chargée de la sécurité de cet ordinateur.',
    ),
  },
  /** Why the audit trail's hash chain breaks at a row (shared/contract/audit.ts AUDIT_BREAK_REASONS). */
  auditBreaks: {
    seqGap: 'Des lignes manquent : la ligne {{found}} se trouve à la place de la ligne {{expected}}.',
    linkMismatch:
      'Cette ligne ne fait pas suite à la ligne précédente : une ligne avant elle a été remplacée ou supprimée.',
    rowUnreadable: 'Cette ligne ne peut plus être lue : son détail a été endommagé après son écriture.',
    rowChanged: 'Cette ligne a été modifiée après son écriture.',
    headMissing: 'L’enregistrement de l’endroit où finit le journal d’audit a disparu.',
    truncated: text(
      'Le journal d’audit s’arrête à la ligne {{last}}, mais il a été écrit jusqu’à la ligne {{written}} : ',
      'les lignes après la ligne {{last}} manquent.',
    ),
    allRowsMissing: text(
      'Le journal d’audit est vide, mais il a été écrit jusqu’à la ligne {{written}} : ',
      'toutes ses lignes manquent.',
    ),
    rowsAfterHead: text(
      'Les lignes à partir de la ligne {{first}} n’ont pas été écrites par Casefile : elles viennent après ',
      'la fin enregistrée du journal d’audit.',
    ),
    headMismatch: 'La dernière ligne n’est pas celle enregistrée comme la fin du journal d’audit.',
  },
  /** Why a deadline was closed, as the core writes it when a recorded act answers it. */
  deadlineReasons: {
    replyReceived: 'réponse reçue',
    investigativeAction: text(
      'Acte d’enquête enregistré : {{kind, investigativeActionKind}} ',
      '({{status, investigativeActionStatus}})',
    ),
  },
  timeline: {
    finding: 'Conclusion sur {{person}} : {{outcome, findingOutcome}}',
    findingCorrected: 'Conclusion sur {{person}} corrigée : {{outcome, findingOutcome}}',
    subjectAction: '{{person}} : {{kind, subjectActionKind}}',
    followUpSent: '{{kind, followUpKind}} envoyé(e) à : {{counterpart, followUpCounterpart}}',
    followUpReply: 'Réponse reçue : {{counterpart, followUpCounterpart}}',
    incident: 'Incident allégué',
    incidentOfMany: 'Incident allégué {{position}} / {{total}}',
    opened: 'Dossier ouvert : {{status, caseStatus}}',
    status: 'Statut : {{status, caseStatus}}',
    interview: 'Entretien avec {{person}}',
    interviewPlanned: 'Entretien prévu avec {{person}}',
    interviewSource: 'entretien avec {{person}}',
    investigativeAction: '{{kind, investigativeActionKind}} : {{status, investigativeActionStatus}}',
    investigativeActionOf: '{{kind, investigativeActionKind}} ({{person}}) : {{status, investigativeActionStatus}}',
    evidence: '{{number}} collecté ({{type, evidenceTypeInText}})',
    custodyFromTo: 'de {{from}} à {{to}}',
    custodySeal: 'scellé {{seal}}',
    assistanceOffered: 'Assistance proposée à {{person}} : {{service, assistanceService}}',
    assistanceStep: '{{service, assistanceService}} pour {{person}} : {{status, assistanceStatus}}',
    victimContact: 'Contact avec {{person}} ({{channel, contactChannel}})',
    closureLetterDelivered: 'Lettre de clôture remise à {{person}}',
    paternityBirth: 'Naissance de l’enfant {{child}}',
    paternityReported: 'Demande de reconnaissance de paternité signalée pour l’enfant {{child}}',
    paternityDnaTaken: 'Prélèvement ADN effectué pour l’enfant {{child}}',
    paternityDnaSent: 'Prélèvement ADN de l’enfant {{child}} envoyé pour analyse',
    paternityDnaResult: 'Résultat ADN reçu pour l’enfant {{child}}',
    paternityStateContacted: 'État Membre contacté au sujet de l’enfant {{child}}',
    paternitySupportOrdered: 'Pension alimentaire ordonnée pour l’enfant {{child}}',
    paternitySupportPaid: 'Pension alimentaire versée pour l’enfant {{child}}',
  },
  custodyTransfer: {
    sent: text(
      'Remis dans un paquet chiffré du dossier, chaque fichier avec l’empreinte SHA-256 relevée à sa collecte ; ',
      'le destinataire vérifie chaque fichier par cette empreinte.',
    ),
    received: 'Reçu dans un paquet chiffré du dossier ; chaque fichier vérifié par son empreinte SHA-256.',
    vault: 'Coffre Casefile {{fingerprint}}',
    vaultUnnamed: 'un coffre Casefile',
    passphraseHolder: 'la personne qui détient la phrase secrète du paquet',
    unknownSender: 'expéditeur inconnu {{fingerprint}}',
    unknownSenderUnnamed: 'un expéditeur inconnu',
  },
  app: {
    couldNotStart: 'Casefile n’a pas pu démarrer',
  },
  chronologyOrdering: {
    rule: text(
      'Les événements sont classés selon le premier moment où ils ont pu se produire, converti en UTC ',
      'depuis le fuseau horaire indiqué (celui de la mission à défaut). ',
      'Lorsque deux événements peuvent commencer au même moment, celui qui est connu avec le plus de ',
      'précision vient en premier : c’est celui qui doit se terminer le plus tôt ',
      '(une heure exacte avant sa journée entière, un jour avant son mois, un mois avant une période qui se ',
      'prolonge au-delà). ',
      'En cas d’égalité persistante, les heures exactes précèdent les jours, les jours les mois, les mois ',
      'les années et les années les périodes. ',
      'Les événements de date inconnue viennent en dernier. ',
      'Les événements ayant exactement le même intervalle et la même précision sont classés selon la ',
      'manière dont leur date a été écrite, de sorte que l’ordre ne dépend jamais de l’ordre de saisie. ',
      'Une date incertaine n’est jamais ramenée à un point deviné : « mars 2015 » reste tout le mois de mars 2015.',
    ),
    sameDate: text(
      'Les événements de même date sont ensuite classés par nature ',
      '(incident, acte d’enquête, entretien, élément de preuve, garde (chaîne de possession), renvoi, ',
      'changement de statut), puis par titre. ',
      'Les événements de date inconnue sont listés à part.',
    ),
  },
  unknownValue: 'une valeur que cette version de Casefile ne connaît pas',
};
