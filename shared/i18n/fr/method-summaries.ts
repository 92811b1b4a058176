import type { MethodSummaries } from '../en/method-summaries.js';

/** What each method of the API does, one line, in French (see en/method-summaries.ts). */
export const methodSummaries: MethodSummaries = {
  'vault.status': 'Dit si un coffre existe ici et s’il est déverrouillé.',
  'vault.create':
    'Crée le coffre avec une phrase secrète ; renvoie la clé de récupération, affichée une seule fois. Le ' +
    'coffre reste déverrouillé. `timeZone` est le fuseau de la mission (celui de l’ordinateur qui le crée) ; ' +
    'UTC s’il n’est pas donné.',
  'vault.unlock':
    'Déverrouille avec la phrase secrète ou avec la clé de récupération ; des avis disent ce que le ' +
    'déverrouillage a dû réparer (un dossier que d’autres pouvaient ouvrir).',
  'vault.lock':
    'Ferme la base de données et écrase les clés gardées en mémoire. Sans effet si le coffre est déjà verrouillé.',
  'vault.changePassphrase':
    'Réenveloppe la clé des données sous une nouvelle phrase secrète ; rien d’autre n’est rechiffré. ' +
    '`current` est la phrase secrète, ou la clé de récupération si la phrase secrète a été oubliée.',
  'session.touch':
    'Signale une activité de l’utilisateur, pour que le délai de verrouillage automatique reparte de zéro.',
  'settings.get': 'Les préférences de l’espace de travail (verrouillage automatique, protection du contenu, langue).',
  'settings.update': 'Modifie certaines préférences ; les renvoie toutes.',
  'cases.list':
    'Les dossiers, filtrés par statut, catégorie et urgence, triés ; les dossiers archivés seulement sur demande.',
  'cases.page':
    'Une page de la liste des dossiers, triée et restreinte par statut, catégorie, urgence et une recherche ' +
    'dans la référence et le titre ; les dossiers archivés seulement sur demande.',
  'cases.create':
    'Ouvre un dossier (allégation) à l’enregistrement ; il reçoit la référence suivante de l’année ' +
    '(CF-2026-0001).',
  'cases.get': 'Un dossier avec l’historique de ses statuts. Accepte l’identifiant ou la référence.',
  'cases.update': 'Modifie les champs d’enregistrement. Refusé (RULE_BLOCKED) quand la classification enfreint R5.',
  'cases.changeStatus':
    'Fait passer le dossier d’un statut à un autre parmi ceux permis, avec une date et une raison (la ' +
    'clôture demande aussi un motif).',
  'cases.archive': 'Archive un dossier (ou le fait revenir) ; il quitte la liste par défaut mais rien n’est supprimé.',
  'people.list': 'Les personnes d’un dossier, par code pseudonyme et profil ; les identités n’y figurent jamais.',
  'people.page':
    'Une page des personnes d’un dossier, par code ou par date d’ajout, restreinte par rôle, niveau de ' +
    'confidentialité et une recherche dans le code ; les identités ne sont jamais incluses, cherchées ni ' +
    'utilisées pour trier.',
  'people.get':
    'Une personne par code pseudonyme et profil, avec les codes des personnes auxquelles son profil renvoie.',
  'people.codes':
    'Les codes pseudonymes de certaines personnes d’un dossier, par identifiant (celles auxquelles renvoient ' +
    'les lignes d’un écran) ; un identifiant qui n’est pas celui d’une personne du dossier est omis.',
  'people.add':
    'Ajoute une personne ; le cœur lui attribue le code pseudonyme de son rôle (V-01, W-01, S-01…), fixé ' +
    'pour de bon.',
  'people.update': 'Remplace le profil d’une personne (le rôle ne peut pas changer).',
  'people.setIdentity':
    'Remplace les champs d’identité d’une personne (noms, coordonnées, date de naissance, lieu exact). ' +
    'Consigné au journal d’audit.',
  'people.revealIdentity':
    'Affiche l’identité d’une personne : un acte explicite, consigné au journal d’audit avec sa raison.',
  'consents.list':
    'Tout l’historique des consentements d’un dossier, ou d’une de ses personnes, du plus ancien au plus récent.',
  'consents.record': 'Ajoute une décision de consentement (donné, refusé, retiré) ; l’historique n’est jamais modifié.',
  'findings.list':
    'Les conclusions d’un dossier, ou d’une personne mise en cause : toutes les versions, de la plus ' +
    'ancienne à la plus récente (la dernière de chaque personne mise en cause est en vigueur).',
  'findings.record':
    'Enregistre la conclusion sur une personne mise en cause, ou corrige celle en vigueur (avec la raison) ; ' +
    'les versions antérieures sont gardées. Quand chaque personne mise en cause en a une, le statut de ' +
    'clôture du dossier en découle.',
  'interviews.list': 'Les entretiens d’un dossier, par code de la personne entendue.',
  'interviews.page':
    'Une page des entretiens d’un dossier, par date (ceux sans date d’abord), restreinte par statut et une ' +
    'recherche dans le code de la personne entendue ; les notes ne sont pas lues.',
  'interviews.codes':
    'Le code pseudonyme de la personne entendue de certains entretiens d’un dossier, par identifiant ' +
    'd’entretien (ceux auxquels renvoient les lignes d’un écran) ; un identifiant qui n’est pas celui d’un ' +
    'entretien du dossier est omis.',
  'interviews.get': 'Un entretien avec ses notes et chacune de ses versions signées.',
  'interviews.plan': 'Planifie l’entretien d’une personne du dossier.',
  'interviews.update': 'Modifie l’organisation d’un entretien ; refusé une fois qu’il est signé.',
  'interviews.saveNotes':
    'Enregistre automatiquement les notes de travail (avant signature). CONFLICT quand baseRevision n’est ' +
    'pas la dernière.',
  'interviews.markConducted':
    'Enregistre que l’entretien a eu lieu. Refusé sans les consentements de R1/R4 (CONSENT_REQUIRED) ou si ' +
    'une autre règle bloquante s’y oppose (RULE_BLOCKED).',
  'interviews.cancel': 'Un entretien planifié qui n’aura pas lieu est annulé, jamais supprimé.',
  'interviews.sign': 'Signe : les notes deviennent la version 1, en lecture seule.',
  'interviews.amend':
    'Modifie par avenant un entretien signé : une nouvelle version avec sa raison ; les versions antérieures ' +
    'restent lisibles.',
  'investigation.list':
    'Les actes d’enquête et les examens médico-légaux d’un dossier, dans l’ordre où ils ont été demandés.',
  'investigation.record': 'Enregistre un acte d’enquête (demandé, ou déjà conclu) ; il peut clore une échéance.',
  'investigation.conclude':
    'Enregistre l’issue d’un acte demandé : effectué (avec son résultat), refusé ou impossible (avec la raison).',
  'principles.check':
    'Chaque constat des principes (R1–R15 et R5b) sur un dossier, avec sa correction : la liste de ' +
    'vérifications du dossier.',
  'principles.checklist':
    'La liste de vérifications du dossier telle que son onglet l’affiche : combien de constats de chaque ' +
    'gravité, et le premier de chacune (ou, pour une gravité, la page à partir de `offset`), jamais tous les ' +
    'constats d’un gros dossier à la fois.',
  'audit.list': 'Les lignes du journal d’audit, les plus récentes d’abord : d’un dossier, ou de tout le coffre.',
  'audit.page':
    'Une page des lignes du journal d’audit par numéro de ligne, des plus récentes ou des plus anciennes ' +
    'd’abord : d’un dossier, ou de tout le coffre.',
  'audit.check':
    'Lance la vérification de toute la chaîne d’empreintes comme une tâche (avancement en lignes, annulable) ' +
    '; elle se termine sur la première ligne rompue, s’il y en a une.',
  'audit.verify':
    'Recalcule toute la chaîne d’empreintes et signale la première ligne rompue (par tranches de lignes ; ' +
    'les écrans utilisent audit.check, une tâche).',
  'search.query':
    'Recherche plein texte dans le texte des dossiers, les notes d’entretien et les champs non identifiants ' +
    'des personnes ; sans tenir compte des accents.',
  'evidence.list': 'Le registre des pièces d’un dossier, par numéro ; filtrable par type ou statut.',
  'evidence.page':
    'Une page du registre des pièces d’un dossier, triée par numéro ou par moment de collecte, restreinte ' +
    'par type, statut, contrôle des fichiers, confidentialité, rôle de la copie ou état des échéances et une ' +
    'recherche ; avec les décomptes.',
  'evidence.get':
    'Une pièce avec ses fichiers (SHA-256, taille, dernier contrôle) ; sa chaîne de possession se lit une ' +
    'page à la fois (custody.page).',
  'evidence.create':
    'Enregistre une pièce sous le numéro suivant de son dossier (E-0001…) ; sert aussi à la saisie rapide : ' +
    'dossier, type et description suffisent. Fait partir ses délais.',
  'evidence.update':
    'Modifie les champs d’une pièce ; son numéro et son dossier ne changent jamais. Une pièce détruite est ' +
    'en lecture seule.',
  'evidence.chooseFiles':
    'Ouvre la fenêtre de choix de fichiers du système ; les fichiers choisis reviennent comme jetons pour ' +
    'evidence.ingest (une liste vide en cas d’annulation).',
  'evidence.ingest':
    'Ajoute un fichier choisi (par son jeton) à une pièce, ou enregistre une nouvelle pièce avec lui ' +
    '(newItem : la pièce et son fichier sont enregistrés ensemble ou pas du tout) : copié en flux dans un ' +
    'objet chiffré, SHA-256 calculé à la lecture. Renvoie la tâche (à suivre par les événements de tâche, à ' +
    'annuler avec jobs.cancel).',
  'evidence.uploadBegin':
    'Commence l’ajout d’un fichier déposé dont les octets suivent par des appels à evidence.uploadChunk ; ' +
    'renvoie la tâche.',
  'evidence.uploadChunk':
    'Les octets suivants d’un envoi (base64, 1 MiB au plus), à la position déjà reçue ; répond une fois ' +
    'qu’ils sont pris en compte.',
  'evidence.uploadEnd':
    'Tous les octets ont été envoyés : l’ajout se termine (un événement de tâche dit quand). Refusé s’il est ' +
    'arrivé moins d’octets qu’annoncé.',
  'evidence.verify':
    'Revérifie le contenu (déchiffrement et nouveau calcul de l’empreinte) : une pièce, un dossier, ou ' +
    'toutes les pièces du coffre. Un échec signale la pièce. Renvoie la tâche.',
  'evidence.export':
    'Écrit le contenu en clair d’un fichier là où l’utilisateur le choisit dans la fenêtre d’enregistrement ' +
    '(un acte explicite, consigné au journal d’audit) ; comparé à son SHA-256 au passage.',
  'custody.list':
    'La chaîne de possession d’une pièce, de l’événement le plus ancien au plus récent, avec la ' +
    'revérification de l’empreinte de chaque événement.',
  'custody.page':
    'Une page de la chaîne de possession d’une pièce, par numéro d’événement dans un sens ou dans l’autre, ' +
    'restreinte par type et une recherche dans ce qui a été écrit sur les événements, avec les ' +
    'revérifications d’empreinte.',
  'custody.add':
    'Consigne un événement de possession (ajout seulement). Refusé s’il est daté d’avant le dernier ' +
    'événement consigné, dans le futur, ou après la destruction.',
  'custody.report':
    'Écrit le rapport de possession de la pièce (la pièce, le SHA-256 de ses fichiers, chaque événement et ' +
    'chaque vérification d’empreinte) en PDF ou DOCX, en anglais, en français ou en arabe, là où ' +
    'l’utilisateur le choisit ; consigné au journal d’audit.',
  'custody.verificationReport':
    'Écrit le rapport de vérification du dossier (le SHA-256 de chaque fichier de preuve, la chaîne de ' +
    'possession et la signature de provenance, les clés publiques des signataires, et comment les vérifier ' +
    'avec sha256sum et openssl) en PDF ou DOCX, en anglais, en français ou en arabe, là où l’utilisateur le ' +
    'choisit ; consigné au journal d’audit.',
  'clocks.get':
    'Les délais (événement de départ, durée, jours comptés, caractère, source) et le calendrier de la mission.',
  'clocks.update':
    'Remplace les délais et/ou le calendrier ; les échéances ouvertes sont recalculées, les échéances closes ' +
    'gardent leurs valeurs.',
  'clocks.reset':
    'Revient aux délais, jours de week-end et jours fériés fournis avec l’application (le fuseau horaire de ' +
    'la mission reste) ; les échéances ouvertes sont recalculées.',
  'deadlines.list':
    'Les échéances d’un dossier ou de tous les dossiers, les plus urgentes d’abord ; les échéances closes ' +
    'seulement sur demande.',
  'deadlines.page':
    'Une page d’échéances, les plus urgentes d’abord, d’un dossier ou de tous les dossiers ; les échéances ' +
    'closes sur demande ; avec les décomptes par état et les dossiers listés.',
  'deadlines.close': 'Clôt une échéance en enregistrant l’action menée (close en retard si c’est après la date due).',
  'deadlines.caseFacts':
    'Les jalons d’un dossier (renvoi pour enquête, notification au pays contributeur) et les conditions des ' +
    'délais.',
  'deadlines.recordMilestone':
    'Enregistre quand le dossier a été renvoyé pour enquête ou le pays contributeur notifié ; fait partir ' +
    'les délais de référence.',
  'deadlines.setCondition':
    'Dit si une condition est remplie (soumission chimique soupçonnée) ; les délais qui en dépendent partent.',
  'timeline.list':
    'La chronologie d’un dossier : les événements datés dans l’ordre, ceux sans date à part, et comment ' +
    'l’ordre est établi.',
  'timeline.chart':
    'Le graphique de la chronologie d’un dossier pour une période et une largeur : les repères visibles (les ' +
    'périodes denses en grappes, au plus width / spacing + 1), et combien d’événements se trouvent avant, ' +
    'après et sans date.',
  'timeline.page':
    'Une page de la chronologie sous forme de tableau, dans son ordre : les événements datés, ou ceux sans date.',
  'timeline.add':
    'Ajoute un événement saisi à la main (date aussi incertaine qu’elle l’est, type, fondement, entretiens ' +
    'ou pièces à l’appui).',
  'timeline.update':
    'Remplace les champs d’un événement saisi à la main ; les événements déduits ne changent que par leurs ' +
    'enregistrements.',
  'timeline.remove':
    'Retire un événement saisi à la main, avec une raison ; il reste dans le coffre et dans le journal d’audit.',
  'letters.templates': 'Les modèles de lettre : type, destinataire, langues, version en cours, modifié ou non.',
  'letters.template':
    'La source d’un modèle dans sa version en cours (ou celle demandée), avec l’historique de ses versions.',
  'letters.validateTemplate':
    'Les problèmes de la source d’un modèle, chacun à sa place exacte (pour l’éditeur, pendant la frappe).',
  'letters.saveTemplate':
    'Enregistre un modèle modifié comme nouvelle version ; refusé (VALIDATION) tant qu’il a des problèmes.',
  'letters.resetTemplate':
    'Revient au modèle fourni avec l’application, comme nouvelle version (les lettres gardent la version ' +
    'dont elles sont issues).',
  'letters.mergeFields':
    'Les champs de fusion qu’un destinataire peut voir, formulés dans la langue du lecteur, pour la ' +
    'complétion dans l’éditeur.',
  'letters.applicable':
    'Les lettres que le dossier appelle maintenant : pour chaque type, si elle s’applique, qui elle peut ' +
    'concerner, ou pourquoi non.',
  'letters.applicableTo':
    'Si une lettre d’un type peut concerner une personne maintenant (une lettre de clôture sa victime, un ' +
    'renvoi sa personne mise en cause), ou pourquoi non, en toutes lettres : la vérification d’une personne ' +
    'cherchée dans la fenêtre Nouvelle lettre.',
  'letters.preview':
    'La lettre telle qu’elle serait produite (modèle du document, informations communiquées, noms retenus) ; ' +
    'rien n’est conservé.',
  'letters.generate':
    'Produit une lettre : rendu en PDF et/ou DOCX, gardés chiffrés dans le registre des lettres ; les ' +
    'dérogations sont consignées au journal d’audit.',
  'letters.list': 'Le registre des lettres d’un dossier, les plus récentes d’abord.',
  'letters.page':
    'Une page du registre des lettres d’un dossier, par date de production dans un sens ou dans l’autre, ' +
    'restreinte par type et une recherche dans le destinataire, avec les fichiers et les remises de chaque ' +
    'lettre.',
  'letters.get': 'Une entrée du registre des lettres.',
  'letters.export':
    'Écrit une lettre conservée là où l’utilisateur le choisit (fenêtre d’enregistrement) ; consigné au ' +
    'journal d’audit.',
  'letters.exportBatch':
    'Écrit les lettres d’un dossier (par défaut les lettres de clôture) dans un nouveau dossier du disque ' +
    'choisi une fois ; renvoie la tâche (avancement par les événements de tâche ; jobs.cancel supprime le ' +
    'dossier du disque et chaque fichier écrit).',
  'letters.recordDelivery':
    'Enregistre comment une lettre de clôture est parvenue à sa victime (comment, quand, par qui, langue, ' +
    'traduction orale) ; consigné au journal d’audit.',
  'letters.closureStatus':
    'Pour chaque victime : lettre de clôture produite ? remise ? (la clôture d’un dossier avertit tant qu’il ' +
    'en manque une).',
  'letters.victimClosures':
    'Pourquoi l’affaire a été close pour chaque victime, là où c’est enregistré (l’enregistrement en vigueur ' +
    'de chaque victime).',
  'letters.recordVictimClosure':
    'Enregistre pourquoi l’affaire a été close pour une victime (son motif, qui a décidé, quand) ; sa lettre ' +
    'de clôture le dit. Consigné au journal d’audit.',
  'letterhead.get':
    'L’en-tête de toutes les lettres : celui importé de Word, ou null pour celui fourni avec l’application.',
  'letterhead.import':
    'Ouvre la fenêtre de choix de fichiers du système pour un document Word (.docx) et fait de son en-tête, ' +
    'de son pied de page et de son logo l’en-tête de toutes les lettres ; imported false quand la fenêtre ' +
    'est annulée.',
  'letterhead.reset': 'Revient à l’en-tête fourni avec l’application.',
  'subjectActions.record':
    'Enregistre une mesure concernant une personne mise en cause (mesure provisoire, rapatriement, exclusion ' +
    'de toute affectation future, renvoi ou cessation de service, renvoi aux autorités nationales, mesure ' +
    'communiquée par l’État).',
  'subjectActions.list':
    'Les mesures d’un dossier, ou d’une de ses personnes mises en cause, dans l’ordre où elles ont été prises.',
  'followUps.list':
    'Les éléments de suivi d’un dossier (renvois et notifications en attente de réponse ou déjà répondus), ' +
    'du plus ancien au plus récent.',
  'followUps.open':
    'Ouvre un élément de suivi pour un renvoi ou une notification envoyés hors de Casefile ; son délai de ' +
    'réponse part.',
  'followUps.reply':
    'Enregistre une réponse reçue pour un élément de suivi ; la première clôt l’échéance de réponse de l’élément.',
  'followUps.linkLetter': 'Lie une lettre du registre (un rappel, une lettre de relance) à un élément de suivi.',
  'assistance.list':
    'L’assistance proposée aux victimes d’un dossier (ou à l’une d’elles), avec l’historique de chaque ' +
    'orientation.',
  'assistance.offer':
    'Enregistre une offre d’assistance à une victime (aucun consentement n’est nécessaire pour proposer) ; ' +
    'consignée au journal d’audit, dans la chronologie.',
  'assistance.update':
    'Fait avancer une orientation d’une étape (acceptée, refusée, en cours, achevée, non achevée) ; ' +
    'l’orientation vers le prestataire demande le consentement qui la couvre.',
  'victimContacts.list':
    'Chaque contact avec les victimes d’un dossier (ou avec l’une d’elles), du plus ancien au plus récent.',
  'victimContacts.log':
    'Consigne un contact avec une victime (quand, qui, comment, langue, interprète, ce qui a été dit) ; ' +
    'consigné au journal d’audit.',
  'identity.show':
    'Le destinataire age du coffre, l’empreinte et la clé publique (PEM) de sa clé de signature, et sa fiche ' +
    'de contact.',
  'identity.exportSecret':
    'Écrit l’identité age du coffre (sa clé SECRÈTE) dans un fichier que l’utilisateur choisit, après une ' +
    'confirmation explicite ; exported false en cas d’annulation ; consigné au journal d’audit.',
  'contacts.list':
    'Les collègues dont le coffre détient les clés, chacun avec son numéro de sécurité et s’il a été vérifié.',
  'contacts.add':
    'Ajoute le destinataire age et la clé de signature d’un collègue (saisis ou tirés de sa fiche), non ' +
    'vérifiés ; consigné au journal d’audit.',
  'contacts.verify':
    'Marque un contact comme vérifié après comparaison du numéro de sécurité avec le collègue ; consigné au ' +
    'journal d’audit.',
  'bundles.export':
    'Écrit un dossier sous forme de paquet chiffré (age) dans un fichier que l’utilisateur choisit, pour des ' +
    'contacts ou une phrase secrète, signé par ce coffre, comme une tâche ; la chaîne de possession et le ' +
    'journal d’audit consignent la remise une fois le fichier complet. job null quand aucun fichier n’a été ' +
    'choisi.',
  'bundles.verify':
    'Vérifie un paquet que l’utilisateur choisit (clés, signature, chaque empreinte) et dit ce qu’il ' +
    'contient ; n’écrit rien.',
  'bundles.import':
    'Importe un paquet que l’utilisateur choisit, comme une tâche : chaque empreinte vérifiée avant toute ' +
    'écriture, puis une seule transaction. dryRun donne l’aperçu (ajouts, modifications, conflits) et ' +
    'n’écrit rien ; previewJobId importe le fichier que l’aperçu a fini de lire, sans le choisir à nouveau. ' +
    'Un signataire inconnu demande acceptUnknownSigner ; les conflits gardent la version de ce coffre sauf ' +
    's’ils sont nommés dans takeTheirs (clé et jeton de l’aperçu ; un enregistrement modifié ici depuis ' +
    'l’aperçu fait refuser l’import). job null quand aucun fichier n’a été choisi.',
  'paternity.list':
    'Les fiches d’enfant des demandes de reconnaissance de paternité d’un dossier, par code (strictement ' +
    'confidentielles par défaut).',
  'paternity.add':
    'Enregistre un enfant d’une demande de reconnaissance de paternité, lié à la mère (une victime) et à la ' +
    'personne mise en cause.',
  'paternity.update':
    'Remplace les champs d’une fiche d’enfant (statut, étapes ADN, contact avec l’État Membre, soutien).',
  'statistics.compute':
    'Les tableaux publiés (allégations, auteurs présumés par catégorie, victimes par âge et sexe, issues, ' +
    'durée au regard des objectifs, paternité, mesures) pour une période selon la date de réception, avec ' +
    'des filtres.',
  'statistics.export':
    'Écrit les statistiques en CSV, XLSX, PDF ou JSON là où l’utilisateur le choisit, petits effectifs ' +
    'masqués, avec les règles de décompte ; consigné au journal d’audit.',
  'statistics.entities': 'Les missions et entités nommées dans les dossiers, pour le filtre.',
  'jobs.get':
    'Une tâche telle qu’elle est (de tout type) : état, avancement, et son résultat ou son erreur une fois ' +
    'terminée.',
  'jobs.cancel':
    'Annule une tâche en cours (de tout type) et attend qu’elle ait fait le ménage : un ajout annulé ne ' +
    'laisse ni objet ni enregistrement, un lot de lettres annulé ni dossier ni fichier. Une tâche terminée ' +
    'est renvoyée telle quelle.',
  'backup.start':
    'Sauvegarde tout le coffre dans un dossier que l’utilisateur choisit (un dossier nouveau ou vide, ou une ' +
    'sauvegarde antérieure de ce coffre, où seuls les nouveaux fichiers de preuve sont copiés), comme une ' +
    'tâche ; null quand aucun dossier n’a été choisi. Un fichier de preuve déjà présent dans le dossier ' +
    'n’est relu que si sa taille ou sa date a changé depuis son dernier contrôle, ou avec verifyAll (un ' +
    'contrôle de chaque fichier).',
  'backup.status': 'Quand le coffre a été sauvegardé pour la dernière fois, et si le rappel est dû.',
  'backup.restore':
    'Restaure une sauvegarde que l’utilisateur choisit comme ce coffre (seulement là où il n’y a pas encore ' +
    'de coffre), ouverte avec la phrase secrète ou la clé de récupération de la sauvegarde ; chaque fichier ' +
    'est d’abord vérifié. Le coffre reste verrouillé.',
};
