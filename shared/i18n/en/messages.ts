/**
 * The core's messages in English: the source of every other language's catalogue and of the
 * params each message takes (see ../params.ts). Written for the investigator or legal officer
 * who reads them: no code names, no enum values, no field names of a schema, nothing typed back.
 *
 * `{{name}}` is safe text the core passes (a pseudonym code, a case reference, an evidence
 * number, a count); `{{name, group}}` is an enum value shown through its label below; `date` is
 * a calendar date and `instant` a moment. Write `{{name, format}}` with exactly one space.
 */
import { text } from '../text.js';

export const messages = {
  /** What each error code means, for an error whose reason this version does not know. */
  codes: {
    VALIDATION: 'Some of the information given cannot be accepted; nothing was changed.',
    VAULT_LOCKED: 'The vault is locked. Unlock it to continue.',
    VAULT_MISSING: 'No vault was found in that folder.',
    VAULT_EXISTS: 'There is already a vault in that folder.',
    NOT_A_VAULT: 'This folder is not a Casefile vault.',
    VAULT_TOO_NEW: 'This vault was made by a newer version of Casefile. Update the app to open it.',
    VAULT_CORRUPT: 'The vault is damaged. Restore the vault folder from a backup.',
    KDF_TOO_WEAK:
      "The vault's key file asks for weaker protection than Casefile allows; it may have been tampered with.",
    WRONG_PASSPHRASE: 'Wrong passphrase or recovery key.',
    WEAK_PASSPHRASE: 'This passphrase is too weak.',
    NOT_FOUND: 'What you asked for was not found. It may have been removed; reload and try again.',
    CONFLICT: "This cannot be done in the record's present state; nothing was changed.",
    CONSENT_REQUIRED: 'This needs a consent that is not recorded.',
    RULE_BLOCKED: 'This was refused: it would break one of the investigation principles.',
    FORBIDDEN_SENDER: 'This request did not come from the Casefile window and was refused.',
    UNKNOWN_METHOD: 'Casefile does not know this request. The app may need an update.',
    INTERNAL:
      'Something went wrong inside Casefile; nothing was changed. Try again, and report it if it happens again.',
    NATIVE_MODULE:
      "Casefile's database module cannot be loaded here, so no vault can be opened. It needs to be rebuilt.",
  },

  /** Why the core refused or failed, by area. The reason key is stable: tests and the UI rely on it. */
  errors: {
    storage: {
      moduleBuiltForApp: text(
        "Casefile's database module is built for the app, not for the command line, so ",
        'no vault can be opened from here. In the Casefile folder, run: node ',
        'build/native-module.mjs node (then try again; the app rebuilds it for itself ',
        'when started with npm start).',
      ),
      moduleBuiltForCommandLine: text(
        "Casefile's database module is built for the command line, not for the app, so ",
        'the vault cannot be opened. In the Casefile folder, run: npm start (it rebuilds ',
        'the module for the app; the first time, this needs an internet connection).',
      ),
      moduleUnusable: text(
        "Casefile's database module cannot be loaded: it is missing (a rebuild may have ",
        'failed) or was built for another system, so no vault can be opened. In the ',
        'Casefile folder, run: node build/native-module.mjs node for the command line, ',
        'or npm start for the app.',
      ),
    },
    request: {
      pageLost: 'The list could not go on from where it was. Show it again from the top.',
      unknown: 'Casefile does not know this request. The app may need an update.',
      notFromApp: 'This request did not come from the Casefile window and was refused.',
      unreadable: 'The request could not be read; nothing was changed.',
      invalid: 'Some of the information given cannot be accepted; nothing was changed.',
      failed:
        'Something went wrong inside Casefile; nothing was changed. Try again, and report it if it happens again.',
      badReply: 'Casefile produced an answer it could not show; nothing was changed. Please report it.',
      unavailable: 'The request could not be completed. Try again.',
    },
    vault: {
      locked: 'The vault is locked. Unlock it to continue.',
      lockedMidway: 'The vault was locked before this could finish; nothing was changed.',
      closed: 'This vault session has ended. Open the vault again to continue.',
      coreStopped: text(
        'The part of Casefile that keeps the case file stopped unexpectedly, so the vault was locked. ',
        'What you were doing may not have been saved: unlock the vault and check it. Report it if it happens again.',
      ),
      restartNeeded: text(
        'The part of Casefile that keeps the case file stopped and could not be started again, so the vault stays ',
        'locked. Close Casefile and open it again; report it if it happens again.',
      ),
      coreCouldNotStart: text(
        'The part of Casefile that keeps the case file could not start. ',
        'Close Casefile and open it again; report it if it happens again.',
      ),
      alreadyOpen: 'A vault is already open.',
      folderMissing: 'No vault was found: the vault folder does not exist.',
      folderEmpty: 'No vault was found: the vault folder is empty.',
      locationIsFile: 'This is not a Casefile vault: the vault location is a file, not a folder.',
      noKeyFile: 'This folder is not a Casefile vault: it has no vault key file (vault.json).',
      keyFileUnreadable: 'This folder is not a Casefile vault: its vault.json is not a Casefile key file.',
      keyFileMissing: text(
        "The vault's key file (vault.json) is missing; without it the case file cannot ",
        'be opened. Restore vault.json from a backup of the vault folder.',
      ),
      keyFileDamaged: text(
        "The vault's key file (vault.json) is damaged: it is cut short, garbled or ",
        'replaced. Without it the case file cannot be opened, with the passphrase or ',
        'with the recovery key (both open the key kept in that file). Restore vault.json ',
        'from a backup of this vault folder.',
      ),
      tooNew: 'This vault was created by a newer version of Casefile; update the app to open it. Nothing was changed.',
      databaseMissing:
        "The vault's case file (casefile.db) is missing from the folder. Restore the folder from a backup.",
      databaseEmpty: "The vault's case file (casefile.db) is empty. Restore the folder from a backup.",
      databaseDamaged: text(
        "The vault's case file (casefile.db) is damaged. Your passphrase is right, but ",
        'the case file cannot be read. Restore the whole vault folder from your latest ',
        'backup; the recovery key will not help, as it opens the same key and the damage ',
        'is in the case file.',
      ),
      databaseUnreadable: text(
        "The vault's case file (casefile.db) does not open with this vault's key, ",
        'although the passphrase is right: it is damaged, or another file was put in its ',
        'place. Restore the whole vault folder from your latest backup; the recovery key ',
        'will not help, as it opens the same key and the damage is in the case file.',
      ),
      databaseNotThisVault: text(
        'The case file in this folder (casefile.db) belongs to another vault than its ',
        'key file (vault.json): the two were mixed up. Restore the whole vault folder ',
        'from a backup, with vault.json and casefile.db together.',
      ),
      exists: 'This folder already holds a Casefile vault: unlock it, or choose another folder.',
      folderNotEmpty:
        'This folder is not empty and is not a Casefile vault. Choose an empty folder (or a new one) for the vault.',
      createOnFile: 'The vault location is a file, not a folder. Choose an empty folder for the vault.',
      wrongPassphrase: 'Wrong passphrase. Check Caps Lock and the keyboard layout, or unlock with the recovery key.',
      wrongCurrentPassphrase: 'The current passphrase is wrong; the passphrase was not changed.',
      wrongRecoveryKey:
        'Wrong recovery key: it is well formed but belongs to another vault or was written down differently.',
      recoveryKeyCharacter: text(
        'The recovery key has a typo: it contains a character recovery keys never use ',
        '(they have only digits and letters, never U).',
      ),
      recoveryKeyLength: text(
        'The recovery key has a typo: it should have {{expected}} characters ({{groups}} ',
        'groups of {{groupSize}}); this one has {{actual}}.',
      ),
      recoveryKeyCheck:
        'The recovery key has a typo: its characters do not add up. Compare each group with the copy you wrote down.',
      passphraseKeyMismatch: text(
        "The vault's key file does not match the key this vault was opened with; the ",
        'passphrase was not changed. Restore vault.json from a backup.',
      ),
      weakPassphrase: 'This passphrase is too weak: {{problems, passphraseProblem}}. Use four or more unrelated words.',
      kdfTooWeak: text(
        "The vault's key file asks for weaker passphrase protection than Casefile ",
        'allows. It may have been tampered with; the passphrase was not used. Restore ',
        'vault.json from a backup or unlock with the recovery key.',
      ),
      kdfOutOfBounds: text(
        "The vault's key file asks for passphrase protection settings far beyond what ",
        'Casefile writes; it is damaged. Restore vault.json from a backup.',
      ),
      settingsDamaged: 'The stored deadline settings are damaged; reset them to the defaults in Settings.',
    },
    cases: {
      notFound: 'This case was not found in this vault.',
      archived: '{{reference}} is archived: bring it back from the archive first.',
      alreadyArchived: '{{reference}} is already archived.',
      notArchived: '{{reference}} is not archived.',
      acknowledgementFinal:
        'The obligation to report was acknowledged on {{at, instant}}; an acknowledgement cannot be withdrawn.',
      statusInFuture: 'A status change cannot be dated in the future.',
      receivedInFuture: 'The date the report was received cannot be in the future.',
      statusTransition: text(
        '{{reference}} cannot go from “{{from, caseStatus}}” to “{{to, caseStatus}}”. ',
        'From “{{from, caseStatus}}” it may go to: {{allowed, caseStatus(type: ',
        'disjunction)}}.',
      ),
      openingStatus: 'A new case starts in “{{status, caseStatus}}”.',
      statusOutOfStep:
        "The case's status changed meanwhile (it is now “{{status, caseStatus}}”); reload the case and try again.",
      statusBeforePrevious: 'A status change cannot be dated before the previous one.',
      transitionNotAllowed: 'A case cannot go from “{{from, caseStatus}}” to “{{to, caseStatus}}”.',
      closureGroundMissing: 'Closing a case as “{{status, caseStatus}}” needs a closure ground.',
      closureGroundWrong: text(
        'This closure ground does not fit a case closed as “{{status, caseStatus}}”; ',
        'choose one of the grounds offered.',
      ),
      closureGroundNotClosing: 'Only a status that closes the case takes a closure ground.',
      closureAwaitsFindings: text(
        '{{reference}} closes from the findings on its subjects, and none is recorded yet for {{missing, codes}}. ',
        'Record a finding for each subject (in the subject’s page): the case then closes by itself.',
      ),
      closureContradictsFindings: text(
        'The findings recorded for the subjects of {{reference}} make it “{{status, caseStatus}}”; ',
        'it cannot be closed otherwise. If a finding is wrong, correct it in the subject’s page.',
      ),
    },
    findings: {
      notASubject: 'Findings are recorded for subjects only; {{code}} is not a subject.',
      reportReferenceMissing: 'A finding reached by an investigation needs the reference of the investigation report.',
      closureReasonMissing: 'A matter closed without investigation needs its ground and the reason, in words.',
      closureReasonNotClosing: 'A ground and reason for closing are given only when there was no investigation.',
      correctionReasonMissing: text(
        '{{code}} already has a finding. Correcting it needs the reason for the correction; ',
        'the earlier finding is kept.',
      ),
      nothingToCorrect: '{{code}} has no finding yet: record it without a reason for correction.',
      decidedInFuture: 'A finding cannot be dated after today.',
      decidedBeforeReceived: 'A finding cannot be dated before the case was received ({{date, date}}).',
      beforeInvestigation: text(
        'A finding reached by an investigation is recorded once {{reference}} is under investigation ',
        'or with the Member State: change the case’s status first.',
      ),
    },
    people: {
      notFound: 'This person was not found in this vault.',
      notInCase: 'This person is not part of this case.',
      allegedSubjectRole: text(
        'Each person the victim’s allegation is against must be a person of this case recorded ',
        'as a subject.',
      ),
      guardianRole: 'The guardian must be a person of this case recorded as a guardian.',
      exceptionInFuture: 'The exception to guardian consent cannot be dated in the future.',
      roleFixed: text(
        '{{person}} is recorded as “{{role, personRole}}”; a role never changes. Add the ',
        'person again under the new role.',
      ),
    },
    paternity: {
      notFound: 'This child record was not found in this vault.',
      motherNotVictim: '{{person}} is not recorded as a victim: the mother must be a victim of this case.',
      motherElsewhere: 'The mother must be a victim of this case; the person chosen belongs to another case.',
      subjectNotSubject: '{{person}} is not recorded as a subject: the alleged father must be a subject of this case.',
      subjectElsewhere: 'The alleged father must be a subject of this case; the person chosen belongs to another case.',
      inFuture: 'A date of the claim cannot be later than today.',
      sentBeforeTaken: 'A DNA sample can only be sent after the day it was taken.',
      resultNeedsDate: 'A DNA result is recorded with the day it was received, and a day with its result.',
      resultWithoutSample: 'A DNA result can only be recorded for a sample taken on or before that day.',
      dnaNotPermitted: text(
        'The case records that national law does not accept DNA testing for paternity; ',
        'no DNA test can be requested or sample taken.',
      ),
      dnaConsentMissing: text(
        'No consent of {{person}} (or her guardian) to forensic sampling is recorded for the day ',
        'the sample was taken. Record her decision first; her wishes decide.',
      ),
      claimHasChildren: text(
        'This case has {{children}} child record(s) of a paternity claim, so it has a claim. ',
        'Record a withdrawal on each child record instead.',
      ),
    },
    assistance: {
      notFound: 'This assistance record was not found in this vault.',
      notVictim: 'Assistance is recorded for a victim; {{person}} is not recorded as a victim in this case.',
      inFuture: 'An offer of assistance, or a step of it, cannot be dated in the future.',
      transition: 'This assistance is “{{from, assistanceStatus}}”; it cannot become “{{to, assistanceStatus}}”.',
      reasonRequired: 'Say why the service was not completed.',
      providerMissing: 'Name the provider before the referral is made.',
      beforePrevious: 'A step of this assistance cannot be dated before the step that came before it.',
    },
    victimContacts: {
      notVictim: 'Contacts are logged with a victim; {{person}} is not recorded as a victim in this case.',
      inFuture: 'A contact with a victim cannot be dated in the future.',
      interpreterRole: 'The interpreter must be a person of this case recorded as an interpreter.',
    },
    subjectActions: {
      notSubject: '{{person}} is not a subject: actions are recorded about the subjects of a case.',
      inFuture: 'An action cannot be dated in the future: record it once it is taken.',
      otherSourceUnnamed: 'Say who decided or reported the action when it is none of those listed.',
      otherKindUndescribed: 'Describe the action when it is none of those listed.',
      followUpElsewhere: "The follow-up item named is not one of this case's.",
    },
    followUps: {
      notFound: 'This follow-up item was not found in this vault.',
      inFuture: 'A referral, notification or reply cannot be dated in the future.',
      notSubject: '{{person}} is not a subject of this case.',
      replyBeforeSent: 'A reply cannot be dated before the referral or notification was sent ({{sent, instant}}).',
      letterElsewhere: "The letter named is not one of this case's.",
      letterLinked: 'This letter is already part of this exchange.',
    },
    consents: {
      inFuture: 'A consent decision cannot be dated in the future: give the moment the person decided.',
      guardianElsewhere: "A guardian's decision names a guardian recorded in the same case as {{person}}.",
      withdrawNothing: '{{person}}: only a consent in force can be withdrawn; record a refusal instead.',
    },
    investigation: {
      notFound: 'This investigative action was not found in this vault.',
      inFuture: 'An investigative action cannot be dated in the future: give the moment it was asked for or done.',
      outcomeBeforeRequest: 'An action cannot end before it was asked for: check both dates.',
      alreadyConcluded: 'This action already has its outcome; record a new action if something else was done.',
      personMissing: 'Choose the person this {{kind, investigativeActionKind}} concerns.',
      personRole: text(
        'A {{kind, investigativeActionKind}} concerns a person recorded as ',
        '{{role, personRole}} in this case.',
      ),
      evidenceElsewhere: "A linked evidence item is not one of this case's.",
      reasonMissing: 'Write why the action was refused or could not be done.',
      notRefusable: text(
        'Only an examination or a sample can be refused by the person concerned: ',
        'choose “not possible”.',
      ),
      qualificationNotExam: "A provider's qualification is recorded only for a forensic medical examination done.",
    },
    interviews: {
      notFound: 'This interview was not found in this vault.',
      transition: 'This interview is “{{from, interviewStatus}}”; it cannot become “{{to, interviewStatus}}”.',
      interpreterRole: 'The interpreter must be a person of this case recorded as an interpreter.',
      supportRole: 'The support person must be a person of this case recorded as a support person or guardian.',
      conductedInFuture: 'The time the interview was conducted cannot be in the future.',
      signedInFuture: 'The signature time cannot be in the future.',
      signedAmendOnly: 'This interview is signed: its record can only be amended.',
      cancelledPlanNew: 'This interview is cancelled; plan a new one instead.',
      notesEmpty: 'The notes are empty: write the record of the interview before it is signed.',
      amendNotSigned: text(
        'This interview is “{{status, interviewStatus}}”: only a signed interview is ',
        'amended; until then its notes are edited.',
      ),
      amendIdentical: 'The amendment is identical to version {{version}}: change the notes, or do not amend.',
      notesReadOnly: 'This interview is signed: its notes are read-only. Amend it, with a reason, to change them.',
      notesCancelled: 'This interview is cancelled: its notes can no longer change.',
      notesNotSaved: 'The notes could not be saved, so nothing else was done. Try again.',
      notesChangedElsewhere:
        'The notes changed elsewhere (another window or device) since they were opened; reload them, then edit again.',
    },
    evidence: {
      notFound: 'This evidence item was not found in this vault.',
      contentNotFound: 'This file is not part of this evidence item.',
      otherCase: 'That evidence item belongs to another case.',
      collectedInFuture: 'The collection time cannot be in the future.',
      identifiedInFuture: 'The identification time cannot be in the future.',
      peopleOutsideCase: 'Every linked person must be a person of this case.',
      interviewsOutsideCase: 'Every linked interview must be an interview of this case.',
      copyOfItself: 'An item cannot be a working copy of itself.',
      originalElsewhere: 'The original of a working copy must be an evidence item of the same case.',
      copyOfCopy: 'A working copy is made from an evidentiary original, not from another copy.',
      hasCopies: 'Working copies were made from this item: it stays an evidentiary original.',
      copyNeedsOriginal: 'A working copy names the evidentiary original it was made from.',
      originalOnlyForCopies: 'Only a working copy links to an original.',
      markerTwice: 'A marker is given twice.',
      recordedAtForCctv: 'A recording time applies to CCTV footage only.',
      identifiedAtForMarkers: 'An identification time applies to CCTV footage or phone data only.',
      identifiedAfterCollection: 'The source is identified before or when the item is collected.',
      recordDestruction: 'Record the destruction as a custody event (who, when, why); the status follows.',
      destroyedFrozen: '{{number}} was destroyed: its record is kept as it was and no longer changes.',
      destroyedNoContent: '{{number}} was destroyed: nothing can be added to it.',
      fileChanged: 'The file changed size while it was being added; nothing was kept. Add it again.',
      noFileDialog: 'There is no file dialog here: add files by dropping them, or with the casefile command line.',
      chosenFileUnreadable: 'A chosen file could not be read. It may have been moved or removed; choose it again.',
      fileChoiceExpired: 'This file choice has expired or was already used; choose the file again.',
      lockedDuringExport: 'The vault was locked during the export; nothing was written.',
      contentUnavailable: 'Evidence files cannot be handled here.',
      uploadNotFound: 'This upload was not found.',
      uploadOffset: 'Part of the file arrived out of order; add the file again.',
      uploadTooLong: 'More of the file arrived than was announced; add the file again.',
      uploadShort: 'Only part of the file arrived ({{received}} of {{size}} bytes); add the file again.',
      uploadEnded: 'This upload has already ended.',
      uploadCancelled: 'This upload was cancelled; nothing was kept.',
      uploadFinished: 'This upload has already finished.',
      contentMissing: 'The encrypted content of this evidence item is missing from the vault folder.',
      contentTampered: 'The encrypted content of this evidence item has been altered or damaged.',
      contentTruncated: 'The encrypted content of this evidence item is incomplete: its end is missing.',
      contentReordered: 'The encrypted content of this evidence item has been rearranged.',
      contentWrongKey: 'The key for this evidence item does not open it: it belongs to another vault or item.',
      contentHashMismatch: 'The content of this evidence item no longer matches its recorded SHA-256 fingerprint.',
      contentSizeMismatch: 'The content of this evidence item no longer has its recorded size.',
    },
    /** A file that could not be read or written: the same words for every export, report and ingest. */
    files: {
      // Any file Casefile reads (evidence to add, a passphrase or notes file named on the command line).
      sourceMissing: 'The file was not found. It may have been moved, renamed or removed.',
      sourceUnreadable: 'The file could not be read. Check that you may open it and that its drive is still connected.',
      sourceNotAFile: 'That is a folder or a device, not a file. Only a file can be read.',
      storeUnwritable:
        "The vault's folder cannot be written to. Check that its drive is still connected and not read-only.",
      destinationMissing: 'The folder to export to does not exist.',
      destinationExists: 'A file with that name already exists where you are exporting. Choose another name.',
      destinationUnwritable: 'The chosen place cannot be written to; choose another place.',
      diskFull: 'There is not enough free disk space to finish. Nothing was kept.',
      writeFailed: 'Writing to disk failed. Nothing was kept.',
      folderExists: 'That folder already exists; choose a new folder (nothing is overwritten).',
    },
    custody: {
      destroyed: '{{number}} was destroyed: its chain of custody is closed.',
      inFuture: 'A custody event cannot be dated in the future.',
      notChronological: text(
        'The custody log of {{number}} is chronological: its last event (number ',
        '{{sequence}}, “{{kind, custodyEventKind}}”) is dated {{lastAt, instant}}, after ',
        '{{at, instant}}. Events are never inserted before others; log what happened ',
        'now, and say in the note when it took place.',
      ),
      lockedDuringCheck: 'The vault was locked during the fingerprint check; the event was not logged.',
      handOverNames: 'A hand-over names who gave the item and who received it.',
      sealNumber: 'A sealing records the seal number.',
      personsMissing: 'Name at least one person who acted.',
    },
    deadlines: {
      notFound: 'This deadline was not found in this vault.',
      alreadyClosed: 'This deadline was already closed on {{at, instant}}.',
      withdrawn: 'This deadline no longer applies: the fact that started it was removed or corrected.',
      actionInFuture: 'The action cannot be dated in the future: record it once it is taken.',
      milestoneInFuture: 'A milestone cannot be dated in the future: record it once it happened.',
      milestoneBeforeReceived: 'A milestone cannot come before the allegation was received ({{received, date}}).',
    },
    timeline: {
      eventNotFound: 'This timeline event was not found in this vault.',
      sourceElsewhere: "A linked record is not one of this case's.",
      eventRemoved: 'This event was removed on {{at, instant}}.',
    },
    search: {
      unreadable: 'The search could not be understood; try other words.',
    },
    letters: {
      notFound: 'This letter was not found in this vault.',
      templateNotFound: 'This letter template does not exist.',
      templateVersionNotFound: 'This template has no version {{version}}.',
      storedTemplateDamaged: 'The stored version {{version}} of this template is damaged.',
      templateProblems:
        'The template has problems ({{total}}); open it in the template editor to see each one where it is.',
      templateChanged: 'The text belongs to another template; a template is saved under its own name only.',
      templateKindChanged: 'This template makes “{{kind, letterKind}}”; what it makes cannot change.',
      draftHasNoVersion: 'An unsaved draft has no version yet: preview the draft itself.',
      noLanguageText: text(
        'This template has no text in {{language, documentLanguageInText}}: choose ',
        'another language, or write that text in the template editor.',
      ),
      subjectNotInCase: 'The subject chosen for the letter is not a subject of this case.',
      subjectAmbiguous: 'The case has {{total}} subjects: choose the one this letter concerns.',
      subjectCategoryMismatch: text(
        '{{person}} is “{{category, personnelCategory}}”: a “{{kind, letterKind}}” ',
        'concerns only {{allowed, personnelCategory(type: disjunction)}}.',
      ),
      awaitsAnyFinding: text(
        'A “{{kind, letterKind}}” about {{person}} is made once the investigation has ended with a finding, ',
        'and no finding is recorded for {{person}} yet.',
      ),
      awaitsFinding: text(
        'A “{{kind, letterKind}}” about {{person}} is made once the investigation has found the ',
        'allegation substantiated, and no finding is recorded for {{person}} yet.',
      ),
      findingNotSubstantiated: text(
        'A “{{kind, letterKind}}” about {{person}} is made only on a substantiated allegation; the ',
        'finding on {{person}} is “{{outcome, findingOutcome}}”.',
      ),
      noSubjectYet: 'A “{{kind, letterKind}}” concerns a subject, and no subject is recorded in this case yet.',
      victimRequired: 'Choose the victim this closure letter is for.',
      noVictimYet: 'A closure letter is written to a victim, and no victim is recorded in this case yet.',
      victimNotInCase: 'The victim chosen for the closure letter is not a victim of this case.',
      closureCaseOpen: text(
        'A closure letter tells the victim how the case ended, and this case is not ',
        'closed yet (its status is “{{status, caseStatus}}”). Close the case first, then ',
        'make the letter.',
      ),
      closureVictimOtherOutcome: text(
        'For {{person}}, the matter ended with {{actual, caseOutcome}}: choose the closure letter for ',
        'that outcome.',
      ),
      closureAwaitsFindings: text(
        'A closure letter for {{person}} tells how the matter ended, and no finding is recorded yet ',
        'on {{missing, codes}}. Record the findings, or why the matter closed for {{person}}.',
      ),
      closureVictimGroundMissing: text(
        'The case was closed because a victim chose not to take part, which may not be true of ',
        '{{person}}: record why the matter closed for {{person}} before making the letter.',
      ),
      guardianMissing: text(
        '{{person}} is a child: the letter is addressed with the guardian the case records. Record ',
        'the guardian (or the exception that lets {{person}} decide alone) first.',
      ),
      advocateRequired: text(
        'A closure letter gives the contact of the victims’ rights advocate: give the advocate’s ',
        'name and a telephone number, email or address.',
      ),
      discreetOnlyClosure: text(
        'The discreet form is for a closure letter delivered to a victim; this letter goes to an ',
        'office.',
      ),
      closureNotVictim: 'Why the matter closed is recorded for a victim; {{person}} is not one.',
      closureReasonToVictimMissing: 'For the ground “other”, write the reason as the victim will read it.',
      closureReasonToVictimNotOther: text(
        'The letter has its own words for this ground: a reason in your words is written only for the ',
        'ground “other”.',
      ),
      closureNoException: text(
        'A closure letter cannot be made as an exception: it tells the victim how the case ended, and ',
        'what it says would not be true. Record the outcome first.',
      ),
      exceptionNotNeeded: text(
        'A “{{kind, letterKind}}” applies to this case as its facts stand: make it without an exception ',
        '(no reason is needed).',
      ),
      closureNamesOnlyVictim: 'A closure letter names nobody but its own victim: there is no one else to name in it.',
      overrideNotVictim: 'Only victims of this case can be named in a referral; someone else was chosen.',
      notMadeAs: 'This letter was not made as {{format, letterFormat}}.',
      storedFileDamaged: text(
        'The stored {{format, letterFormat}} of this letter does not match its recorded ',
        'fingerprint: it was altered or damaged.',
      ),
      deliveryNotClosure:
        'Deliveries are recorded for closure letters to victims; a referral is sent through its own channel.',
      deliveryInFuture: 'A delivery is recorded once made: its date cannot be in the future.',
      deliveryBeforeLetter: 'The delivery date is before the letter was made.',
      noClosureLetters: 'This case has no closure letters to export yet.',
      noLetters: 'This case has no letters to export yet.',
      noFolderChosen: 'No folder was chosen; nothing was exported.',
    },
    bundle: {
      notAge: 'This file is not a Casefile case bundle (it is not an age-encrypted file). Nothing was imported.',
      armored: text(
        'This bundle is in age text form (it begins "-----BEGIN AGE ENCRYPTED FILE-----"). ',
        'Ask for the file as made by Casefile (binary). Nothing was imported.',
      ),
      notForThisVault: text(
        'This bundle cannot be opened here: it was encrypted for someone else, or the passphrase is wrong. ',
        'Nothing was imported.',
      ),
      damaged: text(
        'This bundle is damaged or was changed after it was made: it does not check against its own ',
        'fingerprints. Nothing was imported. Ask the sender for a new copy.',
      ),
      cutShort: 'This bundle is incomplete: the file was cut short. Nothing was imported. Ask for a whole copy.',
      notABundle: 'This file was encrypted with age but does not hold a Casefile case. Nothing was imported.',
      newerCasefile: 'This bundle was made by a newer Casefile. Update Casefile to open it.',
      badSignature: text(
        "This bundle's signature does not match its contents: it was altered, or signed by someone other ",
        'than it claims. Nothing was imported.',
      ),
      unknownSigner: text(
        'This bundle was signed by someone who is not among your verified contacts. ',
        'Check who sent it, then import it again and confirm that you accept this sender. Nothing was imported.',
      ),
      caseNotFound: 'This case was not found in this vault; no bundle was made.',
      contentChanged: text(
        'An evidence file of this case no longer matches the fingerprint recorded when it was added, so no ',
        'bundle was made. Verify the case’s evidence files.',
      ),
      noAudience: 'Choose at least one contact to encrypt the bundle to, or a passphrase.',
      destinationExists: 'A file with that name is already there; choose another name. No bundle was made.',
      unreadable: 'The bundle file could not be read; nothing was imported.',
      notWritten: 'The bundle could not be written there; no bundle was made. Check the folder and the space left.',
      previewGone: 'This preview is no longer available; choose the bundle file again. Nothing was imported.',
      changedSincePreview:
        'The file changed after it was checked. Check it again before importing. Nothing was imported.',
      changedHereSincePreview:
        'This case changed here after the preview. Check the file again before importing. Nothing was imported.',
      notAddressedHere: text(
        'This bundle was made for other recipients; its sender did not send it to this vault. Ask the sender ',
        'for a bundle made for you. Nothing was imported.',
      ),
      badProvenance: text(
        'An evidence file’s signed provenance in this bundle does not check against the key that signed it: ',
        'the bundle was altered. Nothing was imported.',
      ),
      alreadyImported: 'This bundle was already imported into this vault. Nothing was written again.',
      olderThanReceived: text(
        'This bundle is older than one you already received from the same sender for this case: ',
        'importing it would put older versions back. Nothing was written. Ask the sender for their latest.',
      ),
      unsigned: text(
        'This bundle is not signed, so nothing says who made it: it is refused. Ask the sender for a bundle ',
        'made by Casefile. Nothing was imported.',
      ),
      noSigningKey: 'This vault has no signing key yet, so it cannot sign a bundle. No bundle was made.',
      tooLarge: text(
        'This bundle holds more records than any case Casefile makes, so it is refused. Nothing was imported. ',
        'Ask the sender for a new copy.',
      ),
    },
    contacts: {
      badRecipient: text(
        'This is not an age recipient. It begins with age1 and is about 62 characters long: ',
        'copy it whole from your colleague’s Identity & contacts page.',
      ),
      badSigningKey: text(
        'This is not a signing public key. Paste the whole block that begins -----BEGIN PUBLIC KEY----- ',
        'from your colleague’s Identity & contacts page, or use their contact card.',
      ),
      badCard:
        'This is not a Casefile contact card. Ask your colleague for the card on their Identity & contacts page.',
      noName: 'Give the name of the colleague these keys belong to.',
      ownKeys: 'These are this vault’s own keys. Add the keys of a colleague.',
      alreadyKnown: 'These keys are already in your contacts: nothing was added.',
      notFound: 'This contact was not found in this vault.',
    },
    letterhead: {
      notDocx: 'This file is not a Word document (.docx). Choose the .docx that holds your letterhead.',
      tooLarge: text(
        'This Word document is too large to be read as a letterhead: at most 20 MB, ',
        'and 200 MB once unpacked.',
      ),
      noHeader: text(
        'This Word document has no header to take a letterhead from. Open it in Word, put the letterhead ',
        'in the header of its first page, save it and import it again.',
      ),
      tooManyLines: text(
        'The header or footer of this Word document holds more text than a letterhead: at most 12 header ',
        'lines and 6 footer lines, each up to 300 characters.',
      ),
      logoNotSupported: 'The logo in this header is in a format Casefile cannot use: use a PNG or JPEG picture.',
      logoTooLarge: 'The logo in this header is larger than 1 MB: use a smaller PNG or JPEG picture.',
      unreadable: 'The chosen file could not be read; nothing was changed.',
    },
    backup: {
      folderNotEmpty: text(
        'This folder holds other files and no Casefile backup. Choose an empty folder (or a new one), ',
        'or the folder of an earlier backup of this vault.',
      ),
      otherVault: text(
        'This folder holds a backup of another vault. Choose an empty folder, or the folder of an earlier ',
        'backup of this vault.',
      ),
      inProgress: 'A backup to this folder is already running; wait for it to finish.',
      readBackFailed: text(
        'The backup just written did not read back as it was written, so it was not kept as a good backup. ',
        'Check the drive (or use another) and back up again.',
      ),
      notABackup: text(
        'This is not a Casefile backup: the folder has no backup contents list (casefile-backup.json). ',
        'Choose the folder of a backup, or the casefile-backup.json file in it.',
      ),
      tooNew: 'This backup was made by a newer version of Casefile; update the app to restore it. Nothing was changed.',
      listDamaged: text(
        'The backup is damaged: its contents list (casefile-backup.json) cannot be read. ',
        'Nothing was restored. Use another copy of the backup.',
      ),
      fileMissing: text(
        'The backup is incomplete: a file it lists is missing (a copy cut short, or a file removed). ',
        'Nothing was restored. Use another copy of the backup.',
      ),
      fileChanged: text(
        'The backup is damaged: a file in it is not the one that was backed up (changed, cut short or ',
        'damaged on the drive). Nothing was restored. Use another copy of the backup.',
      ),
      listForged: text(
        "The backup's contents list does not match its key: it was altered, or files of different backups ",
        'were mixed. Nothing was restored. Use another copy of the backup.',
      ),
      evidenceNotInBackup: text(
        'The backup is incomplete: its case file records evidence files the backup does not hold. ',
        'Nothing was restored. Use another copy of the backup.',
      ),
      linkInBackup: text(
        'The backup folder holds a shortcut (a symbolic link) where a backup file should be: a backup never ',
        'does. Nothing was read or restored. Use another copy of the backup.',
      ),
    },
    jobs: {
      notFound: 'This task is over: it finished a while ago, or the vault was locked since.',
      failed: 'The operation failed unexpectedly; nothing was kept.',
      stoppedByLock: 'The vault was locked, which stopped this; nothing was kept.',
      unavailable: 'Long tasks cannot run here.',
    },
    principles: {
      refused: 'This was refused by the investigation principles:',
      consentMissing: 'This needs a consent that is not recorded:',
    },
  },

  /** A field's problem, for the form that shows it beside the field. */
  fields: {
    required: 'This is required.',
    wrongKind: 'This value is not of the expected kind.',
    tooShort: 'This is too short (at least {{min}} characters).',
    tooLong: 'This is too long (at most {{max}} characters).',
    tooFew: 'Choose at least {{min}}.',
    tooMany: 'Choose at most {{max}}.',
    tooSmall: 'This must be at least {{min}}.',
    tooLarge: 'This must be at most {{max}}.',
    badFormat: 'This is not written the expected way.',
    notAChoice: 'This is not one of the choices offered.',
    unexpected: 'Something was given that is not asked for here.',
    invalid: 'This value is not valid here.',
  },

  /**
   * Rule findings: for each finding code, its variants (the same breach found before or after
   * the act, for a child or a possible child, …), each with what is wrong and what to do.
   */
  findings: {
    R1_INTERVIEW_CONSENT_MISSING: {
      afterInterview: {
        message: '{{person}} was interviewed with no consent to the interview recorded before it.',
        fix: text(
          'Record the consent to the interview with the date it was given; the interview ',
          'cannot be marked conducted without it.',
        ),
      },
      beforeInterview: {
        message: "{{person}}'s consent to the interview is not recorded yet.",
        fix: 'Explain the interview and record the consent (or refusal) before it begins.',
      },
    },
    R1_RECORDING_CONSENT_MISSING: {
      default: {
        message: '{{person}}: no {{parties, consentPartyInText}} to the recording is recorded.',
        fix: 'Record the separate consent to audio or video recording, or do not record the interview.',
      },
    },
    R1_MEDICAL_EXAM_CONSENT_MISSING: {
      default: {
        message: '{{person}}: no {{parties, consentPartyInText}} to the medical examination is recorded.',
        fix: 'Record the consent to the medical examination given before it took place.',
      },
    },
    R1_SAMPLING_CONSENT_MISSING: {
      default: {
        message:
          '{{person}}: no {{parties, consentPartyInText}} to forensic sampling is recorded (evidence {{evidence}}).',
        fix: 'Record the consent to forensic sampling given before the sample or image was taken.',
      },
    },
    R1_REFERRAL_CONSENT_MISSING: {
      default: {
        message: '{{person}}: no {{parties, consentPartyInText}} to the referral is recorded.',
        fix: 'Record the consent to be referred to this service before making the referral.',
      },
    },
    R2_ACTION_AFTER_REFUSAL: {
      default: {
        message: text(
          '{{person}}: {{action, consentAction}} went ahead after the {{parties, ',
          'consentPartyInText}} had been {{refusal, consentRefusal}}.',
        ),
        fix: text(
          'Record a new consent only if the person (or guardian) freely gave one before ',
          'the action; otherwise the action breached their decision and must be reported ',
          'to your supervisor.',
        ),
      },
    },
    R2_PLANNED_AFTER_REFUSAL: {
      default: {
        message: text(
          '{{person}}: the {{parties, consentPartyInText}} to {{action, consentAction}} ',
          'has been {{refusal, consentRefusal}}.',
        ),
        fix: text(
          'Do not go ahead with {{action, consentAction}} unless a new consent is freely ',
          'given and recorded; cancel or adapt the plan.',
        ),
      },
    },
    R3_RISK_ASSESSMENT_MISSING: {
      afterInterview: {
        message: '{{person}} was interviewed with no do-no-harm risk assessment recorded before the contact.',
        fix: text(
          'Record the risk assessment that was made before the interview, with its date; ',
          'if none was made, say so to your supervisor.',
        ),
      },
      beforeInterview: {
        message: 'No do-no-harm risk assessment is recorded for the planned interview of {{person}}.',
        fix: text(
          'Assess the risks of the contact to the person (retaliation, stigma, being seen, ',
          'retraumatisation) and record it before the interview.',
        ),
      },
    },
    R3_CONTACT_ADVISED_AGAINST: {
      afterInterview: {
        message: '{{person}} was interviewed although the risk assessment concluded that contact would do harm.',
        fix: text(
          'Record a new assessment made before the interview that allowed it, or report ',
          'the breach to your supervisor.',
        ),
      },
      beforeInterview: {
        message: 'The risk assessment for the planned interview of {{person}} concluded that contact would do harm.',
        fix: 'Cancel or postpone the interview, or reassess when the risks have changed.',
      },
    },
    R4_GUARDIAN_NOT_RECORDED: {
      minor: {
        message: '{{person}} has no guardian recorded.',
        fix: text(
          'Record the guardian (a parent, relative, legal guardian or appointed ',
          'representative), or the exception if the guardian is implicated.',
        ),
      },
      possibleMinor: {
        message: '{{person}} may be a minor and has no guardian recorded.',
        fix: text(
          'Record the guardian (a parent, relative, legal guardian or appointed ',
          'representative), or the exception if the guardian is implicated.',
        ),
      },
    },
    R4_GUARDIAN_CONSENT_MISSING: {
      afterInterview: {
        message: "{{person}} was interviewed without the guardian's consent recorded before it.",
        fix: text(
          "Record the guardian's consent given before the interview, or the exception if ",
          'the guardian is implicated.',
        ),
      },
      afterInterviewPossibleMinor: {
        message: "{{person}} may be a minor and was interviewed without the guardian's consent recorded before it.",
        fix: text(
          "Record the guardian's consent given before the interview, or the exception if ",
          'the guardian is implicated.',
        ),
      },
      beforeInterview: {
        message: "The guardian's consent to the interview of {{person}} is not recorded yet.",
        fix: "Record the guardian's consent, or the exception if the guardian is implicated, before the interview.",
      },
    },
    R4_CHILD_ASSENT_MISSING: {
      afterInterview: {
        message: "{{person}} was interviewed without the child's own assent recorded before it.",
        fix: "Record the child's assent given before the interview, in words the child understood.",
      },
      afterInterviewPossibleMinor: {
        message: "{{person}} may be a minor and was interviewed without the child's own assent recorded before it.",
        fix: "Record the child's assent given before the interview, in words the child understood.",
      },
      beforeInterview: {
        message: "The child's own assent to the interview of {{person}} is not recorded yet.",
        fix: "Explain the interview to the child and record the child's assent before it begins.",
      },
    },
    R4_TRAINED_INTERVIEWER_MISSING: {
      default: {
        message: 'No one trained in interviewing children is on the team for {{person}}.',
        fix: 'Have the child interviewed by, or with, a trained child interviewer.',
      },
    },
    R4_SETTING_NOT_SAFE: {
      default: {
        message: '{{person}} is interviewed on police or justice premises.',
        fix: 'Interview a child in a safe, child-friendly place chosen with the child and the support person.',
      },
    },
    R4_REPEAT_WITHOUT_JUSTIFICATION: {
      afterInterview: {
        message: '{{person}} was interviewed again with no written justification.',
        fix: text(
          'Write why a repeat interview is necessary and why the earlier record does not ',
          'suffice, or do not interview the child again.',
        ),
      },
      beforeInterview: {
        message: '{{person}} is to be interviewed again with no written justification.',
        fix: text(
          'Write why a repeat interview is necessary and why the earlier record does not ',
          'suffice, or do not interview the child again.',
        ),
      },
    },
    R5_AGE_UNKNOWN: {
      default: {
        message: "{{person}}'s age at the incident is not established.",
        fix: 'Establish the age band (or date of birth); until then, give the protections owed to a child.',
      },
    },
    R5_CONSENSUAL_CLOSURE: {
      default: {
        message: 'The case is closed as consensual although {{people, codes}} is not established as an adult.',
        fix: text(
          'A child cannot consent: choose another closure ground, or first establish that ',
          'every victim was 18 or over at the incident.',
        ),
      },
    },
    R5b_CONSENSUAL_CLOSURE: {
      exchange: {
        message: text(
          'The case is closed as consensual although an exchange for sex is alleged ',
          '({{exchanged, exchangeKindInText}}).',
        ),
        fix: text(
          'Trading money, goods, employment or assistance for sex is prohibited whatever the person agreed to: ',
          'choose another closure ground.',
        ),
      },
      underProtection: {
        message: 'The case is closed as consensual although {{people, codes}} is a refugee or displaced person.',
        fix: text(
          'Sexual relations with people under UN protection are prohibited outright: choose another ',
          'closure ground, or correct the victim’s record if they are not under protection.',
        ),
      },
    },
    R6_EXCHANGE_NOT_SE: {
      unclassified: {
        message:
          'An exchange for sex is alleged ({{exchanged, exchangeKindInText}}) but the case is not yet classified.',
        fix: 'Classify the case as sexual exploitation, unless another allegation in it is sexual abuse.',
      },
      classified: {
        message: text(
          'An exchange for sex is alleged ({{exchanged, exchangeKindInText}}) but the case ',
          'is classified as {{category, caseCategoryInText}}.',
        ),
        fix: 'Classify the case as sexual exploitation, unless another allegation in it is sexual abuse.',
      },
    },
    R6_EXCHANGE_NOT_TRANSACTIONAL: {
      noSubtype: {
        message: 'An exchange for sex is alleged ({{exchanged, exchangeKindInText}}) but the subtype is not set.',
        fix: text(
          'Set the subtype to “transactional sex”, or “solicitation of transactional sex” ',
          'if the exchange was only offered or asked for; for a child victim, “sexual activity ',
          'with a minor” fits too.',
        ),
      },
      otherSubtype: {
        message: text(
          'An exchange for sex is alleged ({{exchanged, exchangeKindInText}}) but the ',
          'subtype is “{{subtype, caseSubtype}}”.',
        ),
        fix: text(
          'Set the subtype to “transactional sex”, or “solicitation of transactional sex” ',
          'if the exchange was only offered or asked for; for a child victim, “sexual activity ',
          'with a minor” fits too.',
        ),
      },
    },
    R7_GENDER_PREFERENCE_NOT_OFFERED: {
      default: {
        message: '{{person}} has not been offered a choice of interviewer gender.',
        fix: 'Ask the victim whether they prefer a woman or a man to interview them, and record the answer.',
      },
    },
    R7_SUPPORT_PERSON_NOT_OFFERED: {
      default: {
        message: '{{person}} has not been offered a support person.',
        fix: 'Offer the victim a support person of their choice to be present, and record the offer.',
      },
    },
    R7_SETTING_NOT_PRIVATE: {
      default: {
        message: 'The interview of {{person}} is not in a private setting.',
        fix: 'Move the interview to a place where it cannot be seen or overheard.',
      },
    },
    R7_INTERPRETER_NOT_VETTED: {
      default: {
        message: 'The interpreter for {{person}} is not recorded as vetted.',
        fix: 'Use a vetted interpreter with no link to the subject or the community involved, and record the vetting.',
      },
    },
    R7_TEAM_SINGLE_GENDER: {
      default: {
        message: 'The team interviewing {{person}} is all of one gender.',
        fix: 'Where possible, include interviewers of different genders.',
      },
    },
    R8_ASSISTANCE_NOT_OFFERED: {
      noOffer: {
        message: '{{person}} has been contacted but no offer of assistance is recorded.',
        fix: 'Offer assistance now and record the offer, whatever the victim decides about the investigation.',
      },
      lateOffer: {
        message: 'Assistance was offered to {{person}} only after the first contact.',
        fix: 'Offer assistance now and record the offer, whatever the victim decides about the investigation.',
      },
    },
    R8_OFFER_AT_FIRST_CONTACT: {
      default: {
        message: 'At the first contact with {{person}}, assistance must be offered.',
        fix: text(
          'Prepare the referral options (medical, psychosocial, legal, shelter, livelihood, education, ',
          'child support) before contacting the victim.',
        ),
      },
    },
    R9_DISCLOSURE_WITHOUT_CONSENT: {
      default: {
        message: text(
          'The identity of {{person}} ({{fields, identityFieldInText}}) goes to a ',
          'recipient without their recorded consent to that recipient.',
        ),
        fix: text(
          "Record {{person}}'s consent to share with this recipient (and the guardian's, ",
          'for a child), or send only the pseudonym, age band and sex.',
        ),
      },
    },
    R9_DISCLOSURE_NOT_NECESSARY: {
      default: {
        message: 'The identity of {{person}} ({{fields, identityFieldInText}}) is included where it is not needed.',
        fix: "Remove {{person}}'s identifying details; refer to them by pseudonym, age band and sex only.",
      },
    },
    R10_WRITTEN_NOTICE_MISSING: {
      afterInterview: {
        message: text(
          '{{person}} ({{category, personnelCategory}}) was interviewed with no written ',
          'notice of the allegation recorded before it.',
        ),
        fix: text(
          'Give the staff member written notice of the allegation before the interview and ',
          'record when it was given.',
        ),
      },
      beforeInterview: {
        message: text(
          '{{person}} ({{category, personnelCategory}}) is to be interviewed with no ',
          'written notice of the allegation recorded before it.',
        ),
        fix: text(
          'Give the staff member written notice of the allegation before the interview and ',
          'record when it was given.',
        ),
      },
    },
    R10_OBSERVER_NOT_OFFERED: {
      default: {
        message: '{{person}} ({{category, personnelCategory}}) is not recorded as offered an observer.',
        fix: 'Tell the staff member they may bring an observer to the interview, and record the offer.',
      },
    },
    R11_CONTRIBUTING_COUNTRY_NOT_NOTIFIED: {
      default: {
        message:
          '{{person}} ({{category, personnelCategory}}): no notification to the contributing country is recorded.',
        fix: text(
          'Notify the contributing country through its Permanent Mission, asking it to ',
          'appoint a National Investigation Officer; the appointment clock starts then.',
        ),
      },
    },
    R12_HASH_MISSING: {
      default: {
        message: '{{evidence}} has no SHA-256 fingerprint recorded at collection.',
        fix: text(
          'Add the file through Casefile so its fingerprint is computed as it is read; if ',
          'the original was altered since, record that as a finding.',
        ),
      },
    },
    R12_ORIGINAL_CHANGED: {
      default: {
        message: 'The evidentiary original {{evidence}} was changed after collection.',
        fix: 'Keep the original untouched; make a logged working copy and work on that.',
      },
    },
    R12_COPY_NOT_LINKED: {
      default: {
        message: 'The working copy {{evidence}} is not linked to its evidentiary original.',
        fix: 'Record which original this copy was made from.',
      },
    },
    R12_COPY_NOT_LOGGED: {
      default: {
        message: 'Making the copy {{evidence}} is not logged on {{original}}.',
        fix: 'Add the copy to the custody log of {{original}}: who made it, when and why.',
      },
    },
    R12_COPY_NOT_APART: {
      default: {
        message: 'The working copy {{evidence}} is stored with its original {{original}}.',
        fix: 'Keep the evidentiary original apart from working copies.',
      },
    },
    R12_COLLECTION_NOT_LOGGED: {
      default: {
        message: 'The custody log of {{evidence}} does not start with its collection.',
        fix: 'Record the collection (when, where, by whom) as the first custody event.',
      },
    },
    R12_CUSTODY_NOT_CHRONOLOGICAL: {
      default: {
        message: 'The custody log of {{evidence}} is not in chronological order.',
        fix: 'Check the dates of the custody events; a log entry cannot be dated before the one logged before it.',
      },
    },
    R13_OUTCOME_LETTER_MISSING: {
      default: {
        message: 'The case is closed and {{person}} has no outcome letter.',
        fix: 'Prepare the outcome letter from the template, whatever the outcome, and deliver it in writing or orally.',
      },
    },
    R13_OUTCOME_LETTER_NOT_DELIVERED: {
      default: {
        message: 'The outcome letter for {{person}} is not recorded as delivered.',
        fix: 'Record how, when and by whom the letter was delivered (orally where literacy or safety requires).',
      },
    },
    R14_REPUTATION_STEPS_MISSING: {
      default: {
        message:
          'The allegation against {{person}} was found unfounded and no step to restore their reputation is recorded.',
        fix: 'Record the steps taken (e.g. informing the subject and their managers in writing of the outcome).',
      },
    },
    R15_EXAM_WINDOW_OPEN: {
      default: {
        message: text(
          'The incident may be less than {{hours}} hours old and no forensic medical ',
          'examination has been offered to {{person}}.',
        ),
        fix: text(
          'Offer an examination by a qualified provider now, and record whether it is ',
          'accepted or refused; offer treatment (PEP, emergency contraception) at once ',
          'either way.',
        ),
      },
    },
    R15_PROVIDER_NOT_QUALIFIED: {
      default: {
        message: 'The forensic examination of {{person}} is not recorded as made by a qualified provider.',
        fix: "Record the provider's qualification, or have findings reviewed by a qualified provider.",
      },
    },
    R15_TREATMENT_WAITING: {
      default: {
        message: 'A forensic examination is recorded for {{person}} but no medical treatment has been offered.',
        fix: text(
          'Offer medical care (including PEP and emergency contraception where relevant) ',
          'now; treatment does not wait for the examination or its refusal.',
        ),
      },
    },
    R15_EXAM_AFTER_WINDOW: {
      default: {
        message: 'The forensic examination of {{person}} took place more than {{hours}} hours after the incident.',
        fix: 'Note in the report that forensic findings may be limited by the delay.',
      },
    },
  },

  /** The words documents the core writes print, other than letters (whose words are their templates'). */
  documents: {
    ageIdentity: {
      secret: 'Casefile vault age identity. SECRET: whoever holds this file can open every bundle sent to this vault.',
      keep: 'Keep it encrypted, and delete it once it has served.',
    },
    custodyReport: {
      title: 'Chain of custody report',
      fileTitle: 'Chain of custody: {{reference}} {{number}}',
      subtitle: 'Evidence item {{number}} · Case {{reference}}',
      header: '{{reference}} · Evidence {{number}} · Chain of custody',
      footer: 'Generated {{at}} by {{actor}} · {{marking}}',
      item: {
        heading: 'Evidence item',
        number: 'Number',
        type: 'Type',
        description: 'Description',
        role: 'Role',
        workingCopyOf: 'Working copy of {{number}}',
        workingCopyOfUnknown: 'Working copy of an original',
        copies: 'Working copies',
        status: 'Status',
        confidentiality: 'Confidentiality',
        collected: 'Collected',
        collectedAt: 'Collected at',
        withheld: 'Withheld: strictly confidential (see the vault)',
        collectedBy: 'Collected by',
        storage: 'Storage location',
        source: 'Source',
        recorded: 'Footage recorded',
        identified: 'Source identified',
      },
      files: {
        heading: 'Files held in the vault ({{files}})',
        none: 'No files are held for this item.',
        sha256: 'SHA-256 at collection',
        size: 'Size',
        bytes: '{{size}} bytes',
        added: 'Added',
        lastCheck: 'Last verification',
        unchecked: 'Not re-verified since it was added',
        verified: 'Verified, matches the SHA-256 above ({{at}})',
        failed: 'FAILED: {{problem}} ({{at}})',
        problemUnknown: 'the integrity check failed',
      },
      events: {
        headingOne: 'Chain of custody (1 event)',
        heading: 'Chain of custody ({{events}} events)',
        none: 'No custody events have been logged.',
        title: '#{{sequence}}  {{kind}}  ·  {{at}}',
        from: 'From',
        to: 'To',
        persons: 'Persons',
        purpose: 'Purpose',
        seal: 'Seal number',
        location: 'Location',
        note: 'Note',
        recheck: 'Hash re-check',
        recheckNone: 'None at this event',
        match: '{{file}}: matches the SHA-256 at collection',
        failed: '{{file}}: FAILED, {{problem}}',
        expected: 'expected {{sha256}}',
        logged: 'Logged',
        loggedBy: '{{at}} by {{actor}}',
      },
      certification: {
        heading: 'Certification',
        statement: text(
          'I certify that this report lists every custody event logged for this item and ',
          'the SHA-256 of each of its files as recorded in the vault.',
        ),
        name: 'Name',
        signature: 'Signature',
        date: 'Date',
      },
    },
    verificationReport: {
      title: 'Evidence verification report',
      fileTitle: 'Evidence verification: {{reference}}',
      subtitle: 'Case {{reference}} · {{items}} evidence item(s) · {{files}} file(s)',
      header: '{{reference}} · Evidence verification',
      footer: 'Generated {{at}} by {{actor}} · {{marking}}',
      about: {
        heading: 'What this report is',
        purpose: text(
          'This report lists every evidence file held for case {{reference}}. For each file it gives a ',
          'fingerprint of its exact contents (its SHA-256 hash) and a digital signature made when the file was ',
          'logged. With them anyone can check, without Casefile and without having to trust the people who hold ',
          'the case, that a file handed over is the very file that was collected, and that the record of when ',
          'and by whom it was collected has not been changed since.',
        ),
        hash: text(
          'The SHA-256 hash is a string of 64 characters computed from every byte of a file: changing a single ',
          'byte gives a completely different hash. If the hash of the file you received is the one printed here, ',
          'the file is the one that was collected.',
        ),
        signature: text(
          'The signature was made by the vault that logged the file, with a key that never leaves that vault. ',
          'It covers a short statement: the file’s hash and size, when and by whom it was collected, the case ',
          'and the item. The signer is named by a fingerprint (8 groups of 4 characters), and its public key is ',
          'printed at the end of this report. Ask the signer for their fingerprint by another channel (in ',
          'person or by telephone): if it is the same, and the signature checks, the statement was made by that ',
          'signer and has not been changed.',
        ),
        imported: text(
          'An item received from a colleague’s vault keeps the signature of the vault that logged it: its ',
          'signer is that vault, not the one that printed this report.',
        ),
      },
      steps: {
        heading: 'How to check, step by step',
        hash: text(
          'Check a file’s hash: sha256sum FILE (macOS: shasum -a 256 FILE; Windows: certutil -hashfile FILE ',
          'SHA256). The 64 characters printed must be the SHA-256 shown for that file.',
        ),
        key: text(
          'Save the signer’s public key: copy its lines, from -----BEGIN PUBLIC KEY----- to ',
          '-----END PUBLIC KEY-----, into a file named key.pem.',
        ),
        decode: text(
          'Save the file’s signed statement and its signature: copy the statement’s base64 text into ',
          'statement.b64 and the signature’s into signature.b64 (line breaks do not matter), then decode them: ',
          'base64 -d statement.b64 > statement.json and base64 -d signature.b64 > signature.sig',
        ),
        verify: text(
          'Check the signature (OpenSSL 3.0 or later): openssl pkeyutl -verify -pubin -inkey key.pem -rawin ',
          '-in statement.json -sigfile signature.sig. It answers “Signature Verified Successfully” only when ',
          'the statement is exactly the one that key signed.',
        ),
        read: text(
          'Read statement.json: its sha256, size, collectedAt and collector must be those printed for the file ',
          'in this report.',
        ),
        fingerprint: text(
          'Check the key’s fingerprint: openssl pkey -pubin -in key.pem -outform DER | tail -c 32 | sha256sum. ',
          'The first 32 characters of the result, in groups of four, are the fingerprint printed here.',
        ),
      },
      item: {
        heading: 'Evidence item {{number}}',
        description: 'Description',
        collected: 'Collected',
        collectedBy: 'Collected by',
        collectorUnknown: 'Not recorded',
        custody: 'Chain of custody',
        custodyNone: 'No custody events have been logged.',
        event: '#{{sequence}} {{kind}}, {{at}}: {{purpose}}',
        eventFromTo: '#{{sequence}} {{kind}}, {{at}}, from {{from}} to {{to}}: {{purpose}}',
        noFiles: 'No files are held for this item.',
      },
      file: {
        sha256: 'SHA-256',
        size: 'Size',
        added: 'Logged',
        signer: 'Signer',
        signerThisVault: '{{fingerprint}} (this vault)',
        signerOther: '{{fingerprint}} (another vault: the item was received from it)',
        signedAt: 'Signed',
        signedAtIngest: '{{at}}, when the file was logged',
        signedLater: '{{at}}, at its first verification (the file was logged before signing existed)',
        unsigned: 'Not signed yet: it will be at its next verification. Only its hash can be checked.',
        statement: 'Signed statement (base64)',
        signatureValue: 'Signature (base64)',
      },
      keys: {
        heading: 'Signers’ public keys',
        none: 'No file of this case is signed.',
        thisVault: 'Fingerprint {{fingerprint}}: this vault',
        other: 'Fingerprint {{fingerprint}}: another vault',
      },
      certification: {
        heading: 'Certification',
        statement: text(
          'I certify that this report lists every evidence file held for this case in the vault, with the ',
          'hash, signature and chain of custody recorded for each.',
        ),
      },
    },
  },

  /** Titles of the events the timeline derives from the case file: pseudonym codes and evidence numbers only. */
  /** Why the core moved a case's status by itself: kept in the case's status history. */
  statusReasons: {
    openedAtIntake: 'Opened at intake',
    openedBeforeHistory: 'Opened before the status history was kept',
    closedByFindings: 'Findings recorded for every subject.',
    reopenedByCorrection: 'A finding on a subject was corrected.',
  },
  /** What a legal officer should check before a letter is made (shared/documents/letter-warnings.ts). */
  letterWarnings: {
    signatoryMissing: 'No signatory is named: the letter would be signed “[Signatory to be named]”.',
    signatoryPlaceholder: 'The signatory is a placeholder, not a person: name who signs the letter.',
    signatoryTitleMissing: 'The signatory’s title is missing from the signature block.',
    contactMissing: 'No contact point is named: the letter would give a placeholder as its contact.',
    contactPlaceholder: 'The contact point is a placeholder, not a person: name who can be contacted.',
    replyByPast: 'The reply date, {{date, date}}, is not after the letter’s date.',
    reportReferenceMissing: 'No investigation report reference: record it with the finding or give it for this letter.',
    noteNumberMissing: 'No note verbale or Office of Legal Affairs number is given.',
  },
  /**
   * A letter template's problems, as the template editor and the command line show them
   * (shared/documents/validator.ts). The tags a sentence names are params (`{{tag}}`), so the
   * braces of the template language never meet the catalogue's own.
   */
  templateProblems: {
    unclosedTag: 'A tag opened with {{open}} is not closed with {{close}} (write {{literal}} for a literal {{open}}).',
    emptyTag: 'This tag is empty: a tag is one of {{tags}}; write {{literal}} for a literal {{open}}.',
    notATag: '{{written}} is not a tag: a tag is one of {{tags}}; write {{literal}} for a literal {{open}}.',
    notAPath: '“{{written}}” is not a path such as case.reference or .code.',
    elseWithoutIf: '{{elseTag}} has no open {{ifTag}} before it.',
    elseInsideEach:
      '{{elseTag}} has no open {{ifTag}} before it: it is inside {{eachTag}}, which must be closed first.',
    secondElse: 'A second {{elseTag}} in {{ifTag}}.',
    closerWithoutOpener: '{{closer}} has no matching {{opener}}.',
    closesWrongBlock: '{{closer}} closes {{opened}}: close it with {{expected}} first.',
    notClosed: '{{opened}} is not closed with {{closer}}.',
    outsideEach: '“{{written}}” reads an element of a list, but it is not inside {{eachTag}}.',
    throughList: '“{{list}}” is a list: repeat over it with {{eachTag}} and write {{itemTag}} inside.',
    unknownField: '“{{written}}”: there is no field “{{missing}}” here.',
    unknownFieldSuggestion: '“{{written}}”: there is no field “{{missing}}” here (did you mean “{{suggestion}}”?).',
    notVisible: '“{{written}}” may not appear in {{recipient, recipientLettersInText}}.',
    notVisibleBecause: '“{{written}}” may not appear in {{recipient, recipientLettersInText}}: {{because}}',
    notAList: '“{{written}}” is not a list: {{eachTag}} repeats over a list (such as victims or evidence).',
    isFlag: '“{{written}}” is a yes/no field: use it as {{ifTag}}…{{endTag}}.',
    isList: '“{{written}}” is a list: repeat over it with {{eachTag}}…{{endTag}}.',
    isGroup: '“{{written}}” is a group of fields: name one of them.',
    /** Why a field may not appear in a letter, with the field to use instead. */
    hints: {
      caseSummary: text(
        'the internal case summary may name people: write what the letter needs in the letter’s particulars ',
        '(letter.particulars).',
      ),
      useVictimName: 'in a closure letter, use victim.name.',
      victimIdentity: text(
        'a victim’s identity leaves the vault only with their consent (R9): use .displayName, which holds ',
        'the name when consent covers this recipient and the pseudonym otherwise.',
      ),
      ownVictim: text(
        'a closure letter holds only what the victim needs: their name (victim.name) and pseudonym, ',
        'not their contact details or documents.',
      ),
      subject: text(
        'only the subject’s name, nationality, category, unit, function and (for some recipients) ',
        'service number are given in letters.',
      ),
      onlyOwnVictim: 'a closure letter holds only its own victim: use the fields of victim (such as victim.name).',
      witnesses: 'witnesses never appear in letters: only the minimum necessary (R9), and never in a closure letter.',
    },
  },
  /** Where in a template a problem sits, part by part ("French, block 4 (paragraph), run 2, character 13"). */
  templatePlaces: {
    title: 'title',
    headerLeft: 'header, left',
    headerRight: 'header, right',
    footerLeft: 'footer, left',
    footerRight: 'footer, right',
    block: 'block {{number}}',
    blockOfKind: 'block {{number}} ({{kind}})',
    blockKinds: {
      letterhead: 'letterhead',
      heading: 'heading',
      paragraph: 'paragraph',
      list: 'list',
      table: 'table',
      signature: 'signature block',
      spacer: 'blank space',
      pageBreak: 'page break',
      if: 'conditional section',
      each: 'repeated section',
    },
    then: 'when given',
    else: 'otherwise',
    condition: 'its condition',
    line: 'line {{number}}',
    item: 'item {{number}}',
    columnHeader: 'header of column {{number}}',
    row: 'row {{number}}',
    cell: 'cell {{number}}',
    each: 'what it repeats over',
    when: 'when it is kept',
    signatureName: 'signatory’s name',
    signatureTitle: 'signatory’s title',
    signaturePlace: 'place of signature',
    signatureDate: 'date of the letter',
    run: 'run {{number}}',
    character: 'character {{number}}',
  },
  /**
   * How a deadline was reached (shared/clocks/explain.ts), for the countdown's tooltip, the command line and
   * reports. A length (`{{amount}}`) is worded by the documents' durationWords (shared/documents/words.ts).
   */
  deadlineExplanation: {
    dueBefore: 'Due {{amount}} before {{event, clockStartEventInText}}.',
    dueBeforeEvent: 'Due before {{event, clockStartEventInText}}.',
    dueOnEvent: 'Due immediately on {{event, clockStartEventInText}}.',
    dueAfter: 'Due {{amount}} after {{event, clockStartEventInText}}.',
    urgent: 'Shortened: the case is urgent.',
    countedBack: 'Counted back from {{start}} ({{zone}}).',
    countedFrom: 'Counted from {{start}} ({{zone}}).',
    uncertainBack: text(
      'Its date is uncertain ({{written}}), so the count goes back from the earliest day it could fall on, ',
      '{{start}} ({{zone}}): it may come that soon.',
    ),
    uncertainFrom: text(
      'Its date is uncertain ({{written}}), so the clock counts from the earliest moment it could have ',
      'happened, {{start}} ({{zone}}): for time-sensitive evidence and treatment the window may close that early.',
    ),
    weekend: 'Weekend days ({{weekend, weekdayInText}}) are not counted.',
    weekendAndHolidays: 'Weekend days ({{weekend, weekdayInText}}) and holidays ({{holidays}}) are not counted.',
    wholeDaysBack: 'Counted in whole days: due at the start of the day reached.',
    wholeDaysFrom: 'Counted in whole days: due at the end of the last day.',
    dueAt: 'Due at {{due}} ({{zone}}).',
    latestBack: 'If it comes as late as possible, the deadline moves to {{lastDue}}.',
    latestFrom: 'Had it happened as late as possible, it would fall due at {{lastDue}}.',
  },
  /** What an unlock had to repair, as the command line prints it (the app words it from the counts). */
  unlockNotices: {
    folderWasOpen: 'Other accounts on this computer could open this vault folder: its access rights had been widened.',
    madePrivate: 'Casefile has made it private to you again (items changed: {{changed}}).',
    notMadePrivate: text(
      'Some items could not be made private (items: {{failed}}): another account owns them. ',
      'Move the vault to a folder of your own.',
    ),
    stillEncrypted: text(
      'The files stay encrypted, but if you did not widen the rights yourself, tell whoever looks after ',
      'the security of this computer.',
    ),
  },
  /** Why the audit trail's hash chain breaks at a row (shared/contract/audit.ts AUDIT_BREAK_REASONS). */
  auditBreaks: {
    seqGap: 'Rows are missing: row {{found}} comes where row {{expected}} should be.',
    linkMismatch: 'This row does not follow on from the row before it: a row before it was replaced or removed.',
    rowUnreadable: 'This row can no longer be read: its details were damaged after it was written.',
    rowChanged: 'This row was changed after it was written.',
    headMissing: 'The record of where the audit trail ends is gone.',
    truncated: text(
      'The audit trail stops at row {{last}}, but it was written up to row {{written}}: ',
      'the rows after row {{last}} are missing.',
    ),
    allRowsMissing: 'The audit trail is empty, but it was written up to row {{written}}: all its rows are missing.',
    rowsAfterHead: text(
      'The rows from row {{first}} on were not written by Casefile: they come after the recorded end ',
      'of the audit trail.',
    ),
    headMismatch: 'The last row is not the one recorded as the end of the audit trail.',
  },
  /** Why a deadline was closed, as the core writes it when a recorded act answers it. */
  deadlineReasons: {
    /** Stored in these words by earlier versions too: keep them. */
    replyReceived: 'reply received',
    investigativeAction: text(
      'Investigative action recorded: {{kind, investigativeActionKind}} ',
      '({{status, investigativeActionStatus}})',
    ),
  },
  timeline: {
    finding: 'Finding on {{person}}: {{outcome, findingOutcome}}',
    findingCorrected: 'Finding on {{person}} corrected: {{outcome, findingOutcome}}',
    subjectAction: '{{person}}: {{kind, subjectActionKind}}',
    followUpSent: '{{kind, followUpKind}} sent to: {{counterpart, followUpCounterpart}}',
    followUpReply: 'Reply received: {{counterpart, followUpCounterpart}}',
    incident: 'Alleged incident',
    incidentOfMany: 'Alleged incident {{position}} / {{total}}',
    opened: 'Case opened: {{status, caseStatus}}',
    status: 'Status: {{status, caseStatus}}',
    interview: 'Interview of {{person}}',
    interviewPlanned: 'Interview of {{person}} (planned)',
    interviewSource: 'interview of {{person}}',
    investigativeAction: '{{kind, investigativeActionKind}}: {{status, investigativeActionStatus}}',
    investigativeActionOf: '{{kind, investigativeActionKind}} ({{person}}): {{status, investigativeActionStatus}}',
    evidence: '{{number}} collected ({{type, evidenceTypeInText}})',
    /** Who handed an item to whom, on the chronology's custody line: the arrow points the way of reading. */
    custodyFromTo: '{{from}} → {{to}}',
    custodySeal: 'seal {{seal}}',
    assistanceOffered: 'Assistance offered to {{person}}: {{service, assistanceService}}',
    assistanceStep: '{{service, assistanceService}} for {{person}}: {{status, assistanceStatus}}',
    victimContact: 'Contact with {{person}} ({{channel, contactChannel}})',
    closureLetterDelivered: 'Closure letter delivered to {{person}}',
    paternityBirth: 'Birth of child {{child}}',
    paternityReported: 'Paternity claim reported for child {{child}}',
    paternityDnaTaken: 'DNA sample taken for child {{child}}',
    paternityDnaSent: 'DNA sample for child {{child}} sent for analysis',
    paternityDnaResult: 'DNA result received for child {{child}}',
    paternityStateContacted: 'Member State contacted about child {{child}}',
    paternitySupportOrdered: 'Child support ordered for child {{child}}',
    paternitySupportPaid: 'Child support paid for child {{child}}',
  },
  /** A bundle hand-over's custody event: its purpose and the holders it names by what they are (not by a name). */
  custodyTransfer: {
    sent: text(
      'Handed over in an encrypted case bundle, each file with the SHA-256 recorded at its collection; ',
      'the recipient checks every file against it.',
    ),
    received: 'Received in an encrypted case bundle; every file checked against its SHA-256.',
    vault: 'Casefile vault {{fingerprint}}',
    vaultUnnamed: 'a Casefile vault',
    passphraseHolder: 'the holder of the bundle passphrase',
    unknownSender: 'unknown sender {{fingerprint}}',
    unknownSenderUnnamed: 'an unknown sender',
  },
  /** The app's own windows, before or around the vault (the shell's dialogs). */
  app: {
    couldNotStart: 'Casefile could not start',
  },
  /** How the chronology is ordered, for the help beside the timeline and the table (explainOrdering). */
  chronologyOrdering: {
    rule: text(
      'Events are ordered by the earliest moment they could have happened, converted to UTC from the time ',
      "zone given (the mission's when none was). ",
      'When two events could start at the same moment, the one known more narrowly comes first: it is the ',
      'one that must end sooner ',
      '(an exact time before its whole day, a day before its month, a month before a range that runs on after it). ',
      'If they still tie, exact times come before days, days before months, months before years, and years ',
      'before ranges. ',
      'Events with an unknown date come last. ',
      'Events with exactly the same interval and precision are ordered by how their dates were written, so ',
      'the order never depends on the order of entry. ',
      'An uncertain date is never moved to a guessed point: "March 2015" stays the whole of March 2015.',
    ),
    sameDate: text(
      'Events on the same date are then ordered by kind ',
      '(incident, investigative action, interview, evidence, custody, referral, status change), then by title. ',
      'Events with an unknown date are listed apart.',
    ),
  },
  /** Shown for a value this version has no label for (from a newer vault, say): never the value itself. */
  unknownValue: 'a value this version of Casefile does not know',
} as const;
