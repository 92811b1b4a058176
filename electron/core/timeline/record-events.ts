import type { TimelineEntry } from '../../../shared/contract/timeline.js';
import type { Confidentiality } from '../../../shared/domain/confidentiality.js';
import { formatEvidenceNumber, type EvidenceType } from '../../../shared/domain/evidence.js';
import type { InterviewStatus } from '../../../shared/domain/interview.js';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';
import type { Instant } from '../../../shared/domain/primitives.js';
import type { KnownMoment } from '../../../shared/timeline/chronology.js';
import { exactDateWriter, type TimelineEvent, type TimelineSource } from '../../../shared/timeline/event.js';
import {
  timelineWords,
  type CustodySummaryFields,
  type TimelineLocale,
} from '../../../shared/timeline/event-titles.js';
import type { CustodyMoment, EvidenceCollection, EvidenceRecords } from '../kernel/ports/evidence-records.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/**
 * The events of a case's many interviews, evidence items and custody events as the chronology keeps
 * them between replies: what its order, layout and clusters read (id, kind, the instant recorded with its
 * zone and its date's UTC interval, the record as read lean), the date written and the title worded only
 * when two dates tie, and the whole entry built only for an event a reply sends, from what is read of it
 * by id then. A case of 20,000 items kept 20,000
 * whole entries (titles, descriptions, source labels) in memory for a chart of a dozen marks.
 */

export interface InterviewForTimeline {
  id: string;
  personCode: string;
  status: InterviewStatus;
  scheduledAt: string | null;
  conductedAt: string | null;
  timeZone: string | null;
  confidentiality: Confidentiality;
}

/** A private-use character no catalogue holds, standing for a value in a sentence worded once. */
const VALUE_STAND_IN = '\u{E000}';

/**
 * A sentence worded once per `kind` with a stand-in where its value (an item's number, a pseudonym
 * code) goes, which each value then takes the place of. A chronology words the same few sentences
 * for thousands of items and interviews: wording each through i18next was half of building it.
 */
function wordedOnce<Kind>(word: (standIn: string, kind: Kind) => string): (value: string, kind: Kind) => string {
  const sentences = new Map<Kind, string[]>();
  return (value, kind) => {
    let parts = sentences.get(kind);
    if (!parts) {
      parts = word(VALUE_STAND_IN, kind).split(VALUE_STAND_IN);
      sentences.set(kind, parts);
    }
    // Most sentences hold their value once: joined without an array's join.
    return parts.length === 2 ? `${parts[0]}${value}${parts[1]}` : parts.join(value);
  };
}

/**
 * The case and language a chronology's record events are worded for, each sentence worded once, and
 * their dates written, each day's text once.
 */
export interface RecordWording {
  caseId: string;
  locale: TimelineLocale;
  writeDate: (instant: Instant, timeZone: string) => UncertainDate;
  evidenceTitle: (number: string, type: EvidenceType) => string;
  interviewTitle: (personCode: string, planned: boolean) => string;
  /** "interview of V-01": how an event citing the interview names it. */
  interviewSource: (personCode: string) => string;
}

export function recordWording(caseId: string, locale: TimelineLocale): RecordWording {
  const interviewSource = wordedOnce((code, language: TimelineLocale) => timelineWords.interviewSource(language, code));
  return {
    caseId,
    locale,
    writeDate: exactDateWriter(),
    evidenceTitle: wordedOnce((number, type: EvidenceType) => timelineWords.evidence(locale, number, type)),
    interviewTitle: wordedOnce((code, planned: boolean) => timelineWords.interview(locale, code, planned)),
    interviewSource: (code) => interviewSource(code, locale),
  };
}

/** What the entries of record events say beyond what the chronology keeps, read by id for the events sent. */
interface RecordDetails {
  /** Evidence items' descriptions, by item id. */
  descriptions: ReadonlyMap<string, string>;
  /** What custody events recorded, by event id. */
  custody: ReadonlyMap<string, CustodySummaryFields>;
}

/** An event of one record (`row`, as read lean), whose id is the record's with its kind (`evidence:<id>`). */
export abstract class RecordEvent<Row extends { id: string } = { id: string }> {
  #date: UncertainDate | undefined;

  constructor(
    /** The instant recorded, the zone on whose wall clock its date is written, and that date's UTC interval. */
    readonly moment: KnownMoment & { instant: Instant },
    protected readonly wording: RecordWording,
    readonly row: Row,
  ) {}

  /** The instant as an exact date of its zone, written when first read (for the few events a reply sends). */
  get date(): UncertainDate {
    this.#date ??= this.wording.writeDate(this.moment.instant, this.moment.timeZone);
    return this.#date;
  }

  get origin(): 'derived' {
    return 'derived';
  }

  get id(): string {
    return `${this.kind}:${this.row.id}`;
  }

  abstract get kind(): 'interview' | 'evidence' | 'custody';
  abstract get title(): string;
  /** The whole entry, as every reply and the whole chronology send it. */
  abstract entry(details: RecordDetails): TimelineEntry;

  /** The entry of the event, citing one source, as one object (a whole chronology builds tens of thousands). */
  protected citing(
    source: TimelineSource & { label: string },
    fields: Pick<TimelineEvent, 'basis' | 'confidentiality'> & { description?: string },
  ): TimelineEntry {
    const { kind, id, label } = source;
    const entry: TimelineEntry = {
      id: this.id,
      caseId: this.wording.caseId,
      sources: [{ kind, id }],
      confidentiality: fields.confidentiality,
      date: this.date,
      kind: this.kind,
      basis: fields.basis,
      title: this.title,
      origin: 'derived',
      derivedFrom: { kind: this.kind, id: this.row.id },
      updatedAt: null,
      sourceLabels: [{ kind, id, label }],
    };
    if ('description' in fields) entry.description = fields.description;
    return entry;
  }
}

/** An interview held, or planned (an intention, not yet an established fact). */
export class InterviewEvent extends RecordEvent<InterviewForTimeline> {
  get kind(): 'interview' {
    return 'interview';
  }

  get title(): string {
    return this.wording.interviewTitle(this.row.personCode, this.row.conductedAt === null);
  }

  entry(): TimelineEntry {
    const { id, personCode, conductedAt, confidentiality } = this.row;
    return this.citing(
      { kind: 'interview', id, label: this.wording.interviewSource(personCode) },
      { basis: conductedAt === null ? 'reported_by_source' : 'established', confidentiality },
    );
  }
}

/** An evidence item's collection. */
export class CollectionEvent extends RecordEvent<EvidenceCollection> {
  get kind(): 'evidence' {
    return 'evidence';
  }

  get title(): string {
    return this.wording.evidenceTitle(formatEvidenceNumber(this.row.sequence), this.row.type);
  }

  entry(details: RecordDetails): TimelineEntry {
    const { id, sequence, confidentiality } = this.row;
    return this.citing(
      { kind: 'evidence', id, label: formatEvidenceNumber(sequence) },
      { basis: 'established', description: details.descriptions.get(id) ?? '', confidentiality },
    );
  }
}

/** A custody event of one of the case's items. */
export class CustodyEvent extends RecordEvent<CustodyMoment> {
  get kind(): 'custody' {
    return 'custody';
  }

  get title(): string {
    return timelineWords.custody(this.wording.locale, this.row.itemNumber, this.row.kind);
  }

  entry(details: RecordDetails): TimelineEntry {
    const { id, itemId, itemNumber, confidentiality } = this.row;
    const summary = details.custody.get(id);
    return this.citing(
      { kind: 'evidence', id: itemId, label: itemNumber },
      {
        basis: 'established',
        description: summary ? timelineWords.custodySummary(this.wording.locale, summary) : '',
        confidentiality,
      },
    );
  }
}

/**
 * An event of the chronology as it is kept: an entry built whole (manual events, the case's own dates,
 * features' events: a case has few), or a record event, built whole when a reply sends it.
 */
export type ChronologyEvent = TimelineEntry | RecordEvent;

/** What the entries of `events` need beyond what they keep, read by id: one read per kind of record. */
export function recordDetails(
  evidence: Pick<EvidenceRecords, 'descriptions' | 'custodySummaries'>,
  db: VaultDatabase,
  events: readonly ChronologyEvent[],
): RecordDetails {
  const itemIds: string[] = [];
  const custodyIds: string[] = [];
  for (const event of events) {
    if (event instanceof CollectionEvent) itemIds.push(event.row.id);
    else if (event instanceof CustodyEvent) custodyIds.push(event.row.id);
  }
  return {
    descriptions: itemIds.length > 0 ? evidence.descriptions(db, itemIds) : new Map(),
    custody: custodyIds.length > 0 ? evidence.custodySummaries(db, custodyIds) : new Map(),
  };
}
