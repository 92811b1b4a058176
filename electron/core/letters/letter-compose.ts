import { CasefileError } from '../../../shared/contract/index.js';
import type { LetterParticulars, LetterRequest } from '../../../shared/contract/letters.js';
import type { DocumentModel } from '../../../shared/documents/document-model.js';
import { documentWords } from '../../../shared/i18n/documents.js';
import {
  buildMergeData,
  MergeDataError,
  type BuiltMergeData,
  type LetterClock,
  type LetterDetails,
} from '../../../shared/documents/merge-data.js';
import { mergeTemplate, TemplateMergeError } from '../../../shared/documents/merge.js';
import { isClosureKind, type Recipient, type TemplateKind } from '../../../shared/documents/template.js';
import type { ClockConfiguration } from '../../../shared/contract/deadlines.js';
import type { CaseSnapshot } from '../../../shared/principles/snapshot.js';
import type { CaseFilePorts } from '../kernel/ports/case-file-ports.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { letterWarnings, unnamedSignatory, type LetterWarning } from '../../../shared/documents/letter-warnings.js';
import { localDateOf } from '../../../shared/clocks/local-time.js';
import { notificationClocks, replyDeadline } from './letter-clocks.js';
import { draftTemplate, templateAt, type StoredTemplate } from './template-store.js';
import { withImportedLetterhead } from './letterhead/apply-letterhead.js';
import { currentLetterhead } from './letterhead/letterhead-store.js';

/**
 * One letter made from the case file: the template version, the merge data built for its
 * recipient with the consent filter applied (shared/documents/merge-data.ts), and the document
 * model both renderers draw. Pure reading: nothing is stored here.
 */

export interface ComposedLetter {
  stored: StoredTemplate;
  snapshot: CaseSnapshot;
  letter: LetterDetails;
  built: BuiltMergeData;
  model: DocumentModel;
  /** What the officer should see before it is made (a placeholder signatory, a past reply date…). */
  warnings: LetterWarning[];
}

function caseClocks(
  ports: CaseFilePorts,
  db: VaultDatabase,
  caseId: string,
  clockNames: ReadonlyMap<string, string>,
): LetterClock[] {
  return ports.deadlines
    .running(db, caseId)
    .map(({ clock, deadline }) => ({ name: clockNames.get(clock) ?? clock, deadline }));
}

/** The case's running deadlines; a notification adds those that start from it, counted from its date. */
function letterClocks(
  ports: CaseFilePorts,
  db: VaultDatabase,
  kind: TemplateKind,
  snapshot: CaseSnapshot,
  configuration: ClockConfiguration,
  atIso: string,
): LetterClock[] {
  const names = new Map(configuration.clocks.map((clock) => [clock.id, clock.name]));
  const running = caseClocks(ports, db, snapshot.case.id, names);
  return kind === 'tcc_notification'
    ? notificationClocks(configuration, running, atIso, snapshot.case.urgent)
    : running;
}

function letterDetails(
  request: LetterRequest,
  particulars: LetterParticulars,
  recipient: Recipient,
  atIso: string,
  timeZone: string,
  victimCode: string | undefined,
): LetterDetails {
  const language = request.language;
  // The signatory when the officer names none: visibly unfinished (letter-warnings.ts flags it).
  const author = particulars.author ?? { name: unnamedSignatory(language), title: '' };
  // The addressee when the officer leaves it out: generic, never a guess at a name.
  const recipientName =
    particulars.recipientName ??
    (recipient === 'victim'
      ? (victimCode ?? unnamedSignatory(language))
      : documentWords(language).defaultRecipient[recipient]);
  return {
    ...particulars,
    at: atIso,
    timeZone,
    author,
    recipientName,
    contact: particulars.contact ?? { name: author.name, ...(author.title ? { title: author.title } : {}) },
    ...(request.subjectId !== undefined ? { subjectId: request.subjectId } : {}),
    ...(request.victimId !== undefined ? { victimId: request.victimId } : {}),
    ...(request.paternityClaimantId !== undefined ? { paternityClaimantId: request.paternityClaimantId } : {}),
  };
}

const MERGE_ERROR_CODE = { UNKNOWN_PERSON: 'NOT_FOUND' } as const;

/**
 * The letter as it would be made now; throws VALIDATION for what the officer must fix.
 * `draftSource` (preview only) is an unsaved edit of the template used in place of the stored one.
 */
export function composeLetter(
  ports: CaseFilePorts,
  db: VaultDatabase,
  request: LetterRequest,
  nowMs: number,
  draftSource?: unknown,
): ComposedLetter {
  return db.transaction((): ComposedLetter => {
    if (draftSource !== undefined && request.templateVersion !== undefined) {
      throw new CasefileError('VALIDATION', 'letters.draftHasNoVersion');
    }
    const stored =
      draftSource === undefined
        ? templateAt(db, request.templateId, request.templateVersion)
        : draftTemplate(db, request.templateId, draftSource);
    const { template } = stored;
    if (!template.languages[request.language]) {
      throw new CasefileError('VALIDATION', 'letters.noLanguageText', { language: request.language });
    }
    const snapshot = ports.principles.snapshot(db, request.caseId, nowMs);
    const configuration = ports.clockConfiguration.read(db);
    const atIso = new Date(nowMs).toISOString();
    const victimCode = snapshot.people.find((person) => person.id === request.victimId)?.code;
    const letter = letterDetails(
      request,
      request.details,
      template.recipient,
      atIso,
      configuration.calendar.timeZone,
      victimCode,
    );
    const replyClock = isClosureKind(template.kind)
      ? undefined
      : replyDeadline(configuration, atIso, snapshot.case.urgent);
    let built: BuiltMergeData;
    try {
      built = buildMergeData({
        snapshot,
        kind: template.kind,
        language: request.language,
        letter,
        evidence: ports.evidence.items(db, snapshot.case.id),
        clocks: letterClocks(ports, db, template.kind, snapshot, configuration, atIso),
        ...(replyClock ? { replyClock } : {}),
        overrides: request.overrides,
        ...(request.exception !== undefined ? { exception: request.exception } : {}),
      });
    } catch (error) {
      if (error instanceof MergeDataError)
        throw CasefileError.because(
          error.code === 'UNKNOWN_PERSON' ? MERGE_ERROR_CODE.UNKNOWN_PERSON : 'VALIDATION',
          error.refusal,
        );
      throw error;
    }
    let model: DocumentModel;
    try {
      model = mergeTemplate(
        template,
        request.language,
        built.data,
        request.pageSize ? { pageSize: request.pageSize } : {},
      );
    } catch (error) {
      if (error instanceof TemplateMergeError) throw CasefileError.because('VALIDATION', error.refusal);
      throw error;
    }
    // The discreet form is the document's too: whatever an edited template holds, no letterhead is drawn.
    if (letter.discreet === true) model = { ...model, discreet: true };
    // The office's letterhead imported from Word, where the letter has one and is not discreet.
    model = withImportedLetterhead(model, currentLetterhead(db));
    const concerned = snapshot.people.find((person) => person.id === built.concernsPersonId);
    const warnings = letterWarnings({
      kind: template.kind,
      particulars: request.details,
      today: localDateOf(nowMs, configuration.calendar.timeZone),
      findingReportReference: snapshot.subjectOutcomes?.find((entry) => entry.code === concerned?.code)
        ?.reportReference,
    });
    return { stored, snapshot, letter, built, model, warnings };
  })();
}
