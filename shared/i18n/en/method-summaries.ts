import type { MethodName } from '../../contract/index.js';

/**
 * What each method of the API does, one line, in English: what `casefile methods` prints beside its name, in
 * the command line's language (fr/method-summaries.ts, ar/method-summaries.ts are typed alike, so a method
 * added to the contract without its line, or a line for no method, fails tsc in every language). The
 * contract (shared/contract) holds the code of a method; the words a person reads about it are here.
 * Method names, JSON keys and error codes (RULE_BLOCKED) are code: written as they are in every language.
 */
export type MethodSummaries = Readonly<Record<MethodName, string>>;

export const methodSummaries: MethodSummaries = {
  'vault.status': 'Whether a vault exists here and whether it is unlocked.',
  'vault.create':
    'Create the vault with a passphrase; returns the recovery key, shown once. Leaves the vault unlocked. ' +
    "`timeZone` is the mission's (the creating computer's zone); UTC when not given.",
  'vault.unlock':
    'Unlock with the passphrase or with the recovery key; notices say what the unlock had to repair (a ' +
    'folder others could open).',
  'vault.lock': 'Close the database and overwrite the keys held in memory. Idempotent.',
  'vault.changePassphrase':
    'Rewrap the data key under a new passphrase; nothing else is re-encrypted. `current` is the passphrase, ' +
    'or the recovery key when the passphrase was forgotten.',
  'session.touch': 'Report user activity so the auto-lock timer restarts.',
  'settings.get': 'Workspace preferences (auto-lock, content protection, language).',
  'settings.update': 'Change some preferences; returns them all.',
  'cases.list': 'Cases, filtered by status, category and urgency, sorted; archived ones only on request.',
  'cases.page':
    'A page of the cases list, sorted and narrowed by status, category, urgency and a search of the ' +
    'reference and title; archived ones only on request.',
  'cases.create': 'Open a case (allegation) at intake; it gets the next reference of the year (CF-2026-0001).',
  'cases.get': 'One case with its status history. Accepts the id or the reference.',
  'cases.update': 'Edit intake fields. Refused (RULE_BLOCKED) when the classification breaks R5.',
  'cases.changeStatus':
    'Move the case along the allowed transitions, with a date and a reason (closing also needs a ground).',
  'cases.archive': 'Archive (or bring back) a case; it leaves the default list but nothing is deleted.',
  'people.list': "A case's people by pseudonym code and profile; identities are never included.",
  'people.page':
    "A page of a case's people, by code or by when added, narrowed by role, confidentiality and a search of " +
    'the code; identities are never included, searched or sorted by.',
  'people.get': 'One person by pseudonym code and profile, with the codes of the people the profile refers to.',
  'people.codes':
    "The pseudonym codes of some of a case's people, by id (those a screen's rows refer to); an id that is " +
    'not a person of the case is left out.',
  'people.add': 'Add a person; the core assigns the pseudonym code for the role (V-01, W-01, S-01…), fixed for good.',
  'people.update': "Replace a person's profile (the role cannot change).",
  'people.setIdentity': "Replace a person's identity fields (names, contacts, date of birth, exact location). Audited.",
  'people.revealIdentity': "Show a person's identity: an explicit act, audited with its reason.",
  'consents.list': 'The full consent history of a case, or of one person in it, oldest first.',
  'consents.record': 'Append a consent decision (given, refused, withdrawn); history is never edited.',
  'findings.list':
    'The findings of a case, or of one subject in it: every version, oldest first (the last of each subject ' +
    'is in force).',
  'findings.record':
    "Record a subject's finding, or correct the one in force (with the reason); earlier versions are kept. " +
    "Once every subject has one, the case's closed status follows from them.",
  'interviews.list': "A case's interviews, by interviewee code.",
  'interviews.page':
    "A page of a case's interviews, by date (undated first), narrowed by status and a search of the " +
    "interviewee's code; the notes are not read.",
  'interviews.codes':
    "The interviewee's pseudonym code of some of a case's interviews, by interview id (those a screen's rows " +
    'refer to); an id that is not an interview of the case is left out.',
  'interviews.get': 'One interview with its notes and every signed version.',
  'interviews.plan': 'Plan an interview of a person of the case.',
  'interviews.update': 'Change how an interview is arranged; refused once it is signed.',
  'interviews.saveNotes':
    'Autosave the working notes (before signature). CONFLICT when baseRevision is not the latest.',
  'interviews.markConducted':
    'Record that the interview took place. Refused without the consents of R1/R4 (CONSENT_REQUIRED) or other ' +
    'blocking rules (RULE_BLOCKED).',
  'interviews.cancel': 'A planned interview that will not take place is cancelled, never deleted.',
  'interviews.sign': 'Sign: the notes become version 1 and read-only.',
  'interviews.amend': 'Amend a signed interview: a new version with its reason; earlier versions stay readable.',
  'investigation.list': "A case's investigative actions and forensic examinations, in the order requested.",
  'investigation.record': 'Record an investigative action (requested, or already concluded); it may close a deadline.',
  'investigation.conclude':
    'Record how a requested action ended: done (with its result), refused or not possible (with why).',
  'principles.check': "Every principle finding (R1–R15 and R5b) on a case, with its fix: the case's checklist.",
  'principles.checklist':
    "The case's checklist as its tab shows it: how many findings of each severity, and the first of each " +
    '(or, for one severity, the page from `offset` on), never every finding of a large case at once.',
  'audit.list': 'Audit rows, newest first: of one case, or of the whole vault.',
  'audit.page': 'A page of audit rows by row number, newest or oldest first: of one case, or of the whole vault.',
  'audit.check':
    'Start checking the whole hash chain as a job (progress in rows, cancel); it ends with the first broken ' +
    'row, if any.',
  'audit.verify':
    'Recompute the whole hash chain and report the first broken row (a slice of rows at a time; the screens ' +
    'use audit.check, a job).',
  'search.query':
    'Full-text search over case text, interview notes and people’s non-identifying fields; accents ignored.',
  'evidence.list': "A case's evidence log, by number; filter by type or status.",
  'evidence.page':
    "A page of a case's evidence log, sorted by number or collection time, narrowed by type, status, file " +
    'check, confidentiality, copy role or deadline state and a search; with the counts.',
  'evidence.get':
    'One evidence item with its files (SHA-256, size, last check); its chain of custody is read a page at a ' +
    'time (custody.page).',
  'evidence.create':
    'Log an evidence item under the next number of its case (E-0001…); also quick capture: case, type and ' +
    'description suffice. Starts its deadlines.',
  'evidence.update': 'Change an item’s fields; its number and case never change. A destroyed item is read-only.',
  'evidence.chooseFiles':
    'Open the native file dialog; the chosen files come back as tokens for evidence.ingest (an empty list if ' +
    'cancelled).',
  'evidence.ingest':
    'Add a chosen file (by token) to an item, or log a new item with it (newItem: the item and its file land ' +
    'together or not at all): streamed into an encrypted object, SHA-256 computed as it is read. Returns the ' +
    'job (follow it with job events, cancel it with jobs.cancel).',
  'evidence.uploadBegin':
    'Start adding a dropped file whose bytes follow in evidence.uploadChunk calls; returns the job.',
  'evidence.uploadChunk':
    'The next bytes of an upload (base64, at most 1 MiB), at the offset already received; replies once they ' +
    'are taken in.',
  'evidence.uploadEnd':
    'Every byte was sent: the ingest finishes (a job event tells when). Refused if fewer bytes came than ' +
    'announced.',
  'evidence.verify':
    'Re-verify content (decrypt and re-hash): one item, one case, or every item of the vault. Failures flag ' +
    'the item. Returns the job.',
  'evidence.export':
    'Write a file’s plaintext where the user chooses in the save dialog (an explicit, audited act); checked ' +
    'against its SHA-256 on the way.',
  'custody.list': "An item's chain of custody, oldest first, with each event's hash re-check.",
  'custody.page':
    "A page of an item's chain of custody, by event number either way, narrowed by kind and a search of what " +
    'was written on the events, with the hash re-checks.',
  'custody.add':
    'Log a custody event (append-only). Refused if dated before the last event logged, in the future, or ' +
    'after destruction.',
  'custody.report':
    "Write the item's custody report (the item, its files' SHA-256, every event and hash check) as PDF or " +
    'DOCX, in English, French or Arabic, where the user chooses; audited.',
  'custody.verificationReport':
    "Write the case's verification report (every evidence file's SHA-256, custody chain and provenance " +
    "signature, the signers' public keys, and how to check them with sha256sum and openssl) as PDF or DOCX, " +
    'in English, French or Arabic, where the user chooses; audited.',
  'clocks.get': 'The clocks (start event, duration, days counted, firmness, source) and the mission calendar.',
  'clocks.update':
    'Replace the clocks and/or the calendar; open deadlines are recomputed, closed ones keep their values.',
  'clocks.reset':
    "Back to the shipped clocks, weekend days and holidays (the mission's time zone stays); open deadlines " +
    'are recomputed.',
  'deadlines.list': 'Deadlines of one case or of every case, most urgent first; closed ones only on request.',
  'deadlines.page':
    'A page of deadlines, most urgent first, of one case or of every case; closed ones on request; with the ' +
    'counts by state and the cases listed.',
  'deadlines.close': 'Close a deadline by recording the action taken (closed late when after it fell due).',
  'deadlines.caseFacts': "A case's milestones (referral for investigation, TCC notification) and clock conditions.",
  'deadlines.recordMilestone':
    'Record when the case was referred for investigation or the TCC notified; starts the benchmarks.',
  'deadlines.setCondition': 'Say whether a condition holds (drug facilitation suspected); clocks that need it start.',
  'timeline.list': "A case's chronology: dated events in order, undated ones apart, and how the order is defined.",
  'timeline.chart':
    "The chart of a case's chronology for one period and width: the marks in view (dense periods as " +
    'clusters, at most width / spacing + 1), and how many events lie before, after and undated.',
  'timeline.page': 'A page of the chronology as a table, in its order: dated events, or undated ones.',
  'timeline.add': 'Add a manual event (date as uncertain as it is, kind, basis, supporting interviews or evidence).',
  'timeline.update': 'Replace the fields of a manual event; derived events change only through their records.',
  'timeline.remove': 'Remove a manual event, with a reason; it stays in the vault and the audit trail.',
  'letters.templates': 'The letter templates: kind, recipient, languages, current version, edited or not.',
  'letters.template': "A template's source at its current version (or the one asked), with its version history.",
  'letters.validateTemplate': "A template source's problems, each with its exact place (for the editor, as you type).",
  'letters.saveTemplate': 'Save an edited template as a new version; refused (VALIDATION) while it has problems.',
  'letters.resetTemplate':
    'Back to the shipped default, as a new version (letters keep the version they were made from).',
  'letters.mergeFields':
    "The merge fields a recipient may see, worded in the reader's language, for completion in the editor.",
  'letters.applicable':
    'Which letters the case calls for now: per kind, whether it applies, whom it may concern, or why not.',
  'letters.applicableTo':
    'Whether a letter of one kind may concern one person now (a closure letter its victim, a referral its ' +
    'subject), or why not in words: the check of a person searched for in the New letter dialog.',
  'letters.preview': 'The letter as it would be made (document model, disclosures, withheld names); nothing stored.',
  'letters.generate':
    'Make a letter: render PDF and/or DOCX, keep them encrypted in the letter register; overrides audited.',
  'letters.list': "A case's letter register, newest first.",
  'letters.page':
    "A page of a case's letter register, by when made either way, narrowed by kind and a search of the " +
    "recipient, with each letter's files and deliveries.",
  'letters.get': 'One entry of the letter register.',
  'letters.export': 'Write a stored letter where the user chooses (save dialog); audited.',
  'letters.exportBatch':
    "Write a case's letters (closure letters by default) into a new folder chosen once; returns the job " +
    '(progress by job events; jobs.cancel removes the folder and every file written).',
  'letters.recordDelivery':
    'Record how a closure letter reached its victim (how, when, by whom, language, oral translation); audited.',
  'letters.closureStatus': 'Per victim: closure letter made? delivered? (closing a case warns while one is missing).',
  'letters.victimClosures':
    "Why the matter closed for each victim, where it is recorded (each victim's record in force).",
  'letters.recordVictimClosure':
    'Record why the matter closed for one victim (her ground, who decided, when); her closure letter says ' +
    'it. Audited.',
  'letterhead.get': 'The letterhead every letter uses: the one imported from Word, or null for the shipped one.',
  'letterhead.import':
    'Open the native file dialog for a Word document (.docx) and make its header, footer and logo the ' +
    'letterhead of every letter; imported false when the dialog is cancelled.',
  'letterhead.reset': 'Go back to the shipped letterhead.',
  'subjectActions.record':
    'Record an action about a subject (interim measure, repatriation, bar, dismissal, referral, reported).',
  'subjectActions.list': 'The actions of a case, or of one of its subjects, in the order they were taken.',
  'followUps.list':
    'The follow-up items of a case (referrals and notifications awaiting or having a reply), oldest first.',
  'followUps.open':
    'Open a follow-up item for a referral or notification sent outside Casefile; its reply clock starts.',
  'followUps.reply': "Record a reply received for a follow-up item; the first one closes the item's reply deadline.",
  'followUps.linkLetter': 'Link a letter of the register (a reminder, a follow-up letter) to a follow-up item.',
  'assistance.list': "The assistance offered to a case's victims (or to one of them), with each referral's history.",
  'assistance.offer':
    'Record an offer of assistance to a victim (no consent needed to offer); audited, on the chronology.',
  'assistance.update':
    'Move a referral a step on (accepted, refused, in progress, completed, not completed); the referral to ' +
    'the provider needs the consent that covers it.',
  'victimContacts.list': "Every contact with a case's victims (or with one of them), oldest first.",
  'victimContacts.log': 'Log a contact with a victim (when, who, how, language, interpreter, what was told); audited.',
  'identity.show': "The vault's age recipient, signing key fingerprint and public key (PEM), and its contact card.",
  'identity.exportSecret':
    "Write the vault's age identity (its SECRET key) to a file the user chooses, after an explicit " +
    'confirmation; exported false when cancelled; audited.',
  'contacts.list':
    'The colleagues whose keys the vault holds, each with its safety number and whether it was verified.',
  'contacts.add': "Add a colleague's age recipient and signing key (typed in or from their card), unverified; audited.",
  'contacts.verify': 'Mark a contact verified after comparing the safety number with the colleague; audited.',
  'bundles.export':
    'Write a case as an encrypted bundle (age) to a file the user chooses, for contacts or a passphrase, ' +
    'signed by this vault, as a job; custody and audit record the hand-over once the file is whole. job null ' +
    'when no file was chosen.',
  'bundles.verify':
    'Check a bundle the user chooses (keys, signature, every hash) and say what it holds; writes nothing.',
  'bundles.import':
    'Import a bundle the user chooses, as a job: every hash checked before anything is written, then one ' +
    'transaction. dryRun gives the preview (added, changed, conflicts) and writes nothing; previewJobId ' +
    'imports the file that finished preview read, without choosing it again. An unknown signer needs ' +
    'acceptUnknownSigner; conflicts keep this vault’s version unless named in takeTheirs (key and the ' +
    'preview’s token; a record changed here since the preview refuses the import). job null when no file was ' +
    'chosen.',
  'paternity.list': "A case's child records of paternity claims, by code (strictly confidential by default).",
  'paternity.add': 'Record a child of a paternity claim, linked to the mother (a victim) and the subject.',
  'paternity.update': "Replace a child record's fields (status, DNA steps, Member State contact, support).",
  'statistics.compute':
    'The published tables (allegations, perpetrators by category, victims by age and sex, outcomes, length ' +
    'against the targets, paternity, actions) for a period by date received, with filters.',
  'statistics.export':
    'Write the statistics as CSV, XLSX, PDF or JSON where the user chooses, small counts hidden, with the ' +
    'counting rules; audited.',
  'statistics.entities': 'The missions and entities named on cases, for the filter.',
  'jobs.get': 'A job as it stands (any kind): state, progress, and its result or error once finished.',
  'jobs.cancel':
    'Cancel a running job (any kind) and wait until it has cleaned up: a cancelled ingest leaves no object ' +
    'and no record, a cancelled letter batch no folder and no file. A finished job is returned as it is.',
  'backup.start':
    'Back the whole vault up to a folder the user chooses (a new or empty one, or an earlier backup of this ' +
    'vault, where only new evidence files are copied), as a job; null when no folder was chosen. An evidence ' +
    'file already in the folder is read again only if its size or time changed since it was last checked, or ' +
    'with verifyAll (a check of every file).',
  'backup.status': 'When the vault was last backed up, and whether the reminder is due.',
  'backup.restore':
    'Restore a backup the user chooses as this vault (only where there is no vault yet), opened with the ' +
    "backup's passphrase or recovery key; every file is checked first. The vault is left locked.",
};
