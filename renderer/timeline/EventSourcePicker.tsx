import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TimelineSource } from '../../shared/timeline/event.js';
import { useApi } from '../api/context.js';
import { LinkedRecordsPicker, type LinkedRecordsWords } from '../components/LinkedRecordsPicker.js';
import type { ComboboxOption } from '../components/SearchCombobox.js';
import { searchEventSources } from './event-source-search.js';

type SourceKind = TimelineSource['kind'];

/** What the picker of each kind of source says. */
function wordsOf(t: TFunction, kind: SourceKind): LinkedRecordsWords {
  const unlink = {
    unlink: t('timeline.dialog.unlink'),
    unlinkLabel: (label: string) => t('timeline.dialog.unlinkLabel', { label }),
  };
  return kind === 'evidence'
    ? {
        legend: t('timeline.dialog.evidence'),
        searchLabel: t('timeline.dialog.evidenceSearch'),
        searchHint: t('timeline.dialog.evidenceSearchHint'),
        noMatches: t('timeline.dialog.noEvidenceMatch'),
        linkedHeading: t('timeline.dialog.evidenceLinked'),
        noneLinked: t('timeline.dialog.noEvidenceLinked'),
        ...unlink,
      }
    : {
        legend: t('timeline.dialog.interviews'),
        searchLabel: t('timeline.dialog.interviewSearch'),
        searchHint: t('timeline.dialog.interviewSearchHint'),
        noMatches: t('timeline.dialog.noInterviewMatch'),
        linkedHeading: t('timeline.dialog.interviewsLinked'),
        noneLinked: t('timeline.dialog.noInterviewLinked'),
        ...unlink,
      };
}

/**
 * The interviews or evidence items an event rests on: each searched for among the case's (by the
 * interviewee's code, or an item's number or words, through the list's own paged query: a few at
 * a time, never the whole list), and listed once linked, each with a button to unlink it.
 */
export function EventSourcePicker({
  kind,
  caseId,
  linked,
  onLink,
  onUnlink,
  disabled,
}: {
  kind: SourceKind;
  caseId: string;
  /** The sources of this kind linked so far, with the words they are shown by. */
  linked: readonly ComboboxOption[];
  onLink: (option: ComboboxOption) => void;
  onUnlink: (id: string) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const search = useMemo(() => searchEventSources(api, caseId, kind, t), [api, caseId, kind, t]);
  return (
    <LinkedRecordsPicker
      words={wordsOf(t, kind)}
      linked={linked}
      search={search}
      onLink={onLink}
      onUnlink={onUnlink}
      {...(disabled === undefined ? {} : { disabled })}
    />
  );
}
