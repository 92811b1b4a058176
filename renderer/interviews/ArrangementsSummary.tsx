import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewRecord } from '../../shared/contract/interviews.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { useInstantText } from '../components/mission-time.js';
import { languageName } from '../people/person-facts.js';
import { usePeopleCodes } from '../people/use-case-people.js';

/** How the interview is arranged, for reading; people appear by code only. */
export function ArrangementsSummary({ interview }: { interview: InterviewRecord }) {
  const { t, i18n } = useTranslation();
  const instantText = useInstantText();
  const [showPlace, setShowPlace] = useState(false);
  const zone = interview.timeZone;
  const when = (instant: string | undefined) => (instant ? instantText(instant, zone) : t('interviews.summary.notSet'));
  const yesNo = (value: boolean) => (value ? t('interviews.plan.yes') : t('interviews.plan.no'));
  // The support person and interpreter, by code.
  const codes = usePeopleCodes(
    interview.caseId,
    [interview.supportPerson.personId, interview.interpreterPersonId].filter((id) => id !== undefined),
  );
  const codeOf = (id: string | undefined, nobody: string) =>
    id ? (codes[id] ?? t('interviews.summary.notSet')) : nobody;
  const risk = interview.riskAssessment;
  const notice = interview.subjectNotice;

  const rows: { key: string; label: string; value: ReactNode }[] = [
    {
      key: 'scheduled',
      label: t('interviews.summary.scheduled'),
      value: when(interview.scheduledAt),
    },
    ...(interview.conductedAt
      ? [{ key: 'conducted', label: t('interviews.summary.conducted'), value: when(interview.conductedAt) }]
      : []),
    ...(interview.signedAt
      ? [{ key: 'signed', label: t('interviews.summary.signed'), value: when(interview.signedAt) }]
      : []),
    {
      key: 'place',
      label: t('interviews.summary.place'),
      value: (
        <>
          {t(`labels.placeType.${interview.place.type}`)} —{' '}
          {interview.place.private ? t('interviews.table.private') : t('interviews.table.notPrivate')}
          {interview.place.details && (
            <span className="place-details">
              {showPlace ? (
                <>
                  <span className="sensitive-text">{interview.place.details.text}</span>{' '}
                  <button type="button" className="button button-link" onClick={() => setShowPlace(false)}>
                    {t('interviews.summary.hidePlace')}
                  </button>
                </>
              ) : (
                <button type="button" className="button button-link" onClick={() => setShowPlace(true)}>
                  {t('interviews.summary.showPlace')}
                </button>
              )}{' '}
              <ConfidentialityBadge level={interview.place.details.confidentiality} short />
            </span>
          )}
        </>
      ),
    },
    {
      key: 'team',
      label: t('interviews.summary.team'),
      value:
        interview.team.length === 0 ? (
          t('interviews.summary.none')
        ) : (
          <ul className="plain-list">
            {interview.team.map((member, index) => (
              <li key={index}>
                {member.name} — {t(`labels.interviewerGender.${member.gender}`)},{' '}
                {t(`labels.interviewerRole.${member.role}`)}
                {member.trainedInChildInterviewing && (
                  <span className="badge badge-trained">{t('interviews.summary.trained')}</span>
                )}
              </li>
            ))}
          </ul>
        ),
    },
    {
      key: 'gender',
      label: t('interviews.summary.genderPreference'),
      value: interview.genderPreference.offered
        ? t('interviews.summary.genderOffered', {
            preferred: interview.genderPreference.preferred
              ? t(`labels.genderPreference.${interview.genderPreference.preferred}`)
              : t('interviews.plan.notStated'),
          })
        : t('interviews.summary.notOffered'),
    },
    {
      key: 'support',
      label: t('interviews.summary.supportPerson'),
      value: t('interviews.summary.support', {
        offered: yesNo(interview.supportPerson.offered),
        present: yesNo(interview.supportPerson.present),
        person: codeOf(interview.supportPerson.personId, t('interviews.plan.nobody')),
      }),
    },
    {
      key: 'interpreter',
      label: t('interviews.summary.interpreter'),
      value: codeOf(interview.interpreterPersonId, t('interviews.plan.noInterpreter')),
    },
    {
      key: 'language',
      label: t('interviews.summary.language'),
      value: interview.language ? languageName(interview.language, i18n.language) : t('interviews.summary.notSet'),
    },
    { key: 'recorded', label: t('interviews.summary.recorded'), value: yesNo(interview.recorded) },
    {
      key: 'risk',
      label: t('interviews.summary.risk'),
      value: risk ? (
        <>
          <span className={`risk-level risk-${risk.level}`}>{t(`labels.riskLevel.${risk.level}`)}</span>
          {' · '}
          {risk.proceed ? t('interviews.plan.proceedYes') : <strong>{t('interviews.plan.proceedNo')}</strong>}
          <span className="cell-sub">{t('interviews.summary.assessedAt', { at: when(risk.assessedAt) })}</span>
          <span className="cell-sub">{t('interviews.summary.risks', { text: risk.risks })}</span>
          {risk.mitigations && (
            <span className="cell-sub">{t('interviews.summary.mitigations', { text: risk.mitigations })}</span>
          )}
        </>
      ) : (
        <strong>{t('interviews.summary.noRisk')}</strong>
      ),
    },
    ...(interview.repeatJustification
      ? [{ key: 'repeat', label: t('interviews.summary.repeatJustification'), value: interview.repeatJustification }]
      : []),
    ...(notice
      ? [
          {
            key: 'notice',
            label: t('interviews.summary.subjectNotice'),
            value: t('interviews.summary.notice', {
              given: notice.writtenNoticeGivenAt ? when(notice.writtenNoticeGivenAt) : t('interviews.summary.notGiven'),
              offered: yesNo(notice.observerOffered),
              present:
                notice.observerPresent === undefined ? t('interviews.plan.notStated') : yesNo(notice.observerPresent),
            }),
          },
        ]
      : []),
  ];

  return (
    <dl className="facts arrangements">
      {rows.map((row) => (
        <div key={row.key} className="fact">
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
