import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../shared/contract/people.js';
import {
  CONTACT_CHANNELS,
  CONTACT_TOPICS,
  type ContactChannel,
  type ContactTopic,
} from '../../shared/domain/victim-contact.js';
import { useApi } from '../api/context.js';
import { CheckboxGroup } from '../components/CheckboxGroup.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { useLoaded } from '../components/use-loaded.js';
import { useInstantText } from '../components/mission-time.js';
import { instantFromLocal, localNow } from '../people/local-time.js';
import { SearchCombobox } from '../components/SearchCombobox.js';
import { usePeopleCodes, useRoleSearch } from '../people/use-case-people.js';
import { MomentFields } from './MomentFields.js';
import { DialogActions } from '../components/DialogActions.js';
import { useSubmit } from '../components/use-submit.js';
import { RecordTable } from '../components/RecordTable.js';
import { listText } from '../../shared/i18n/list-text.js';

type Problem = 'moment' | 'by' | 'language' | 'told';

/**
 * Every contact with a victim (A/72/751 ¶34): what they were told, when, how; the closure letter's
 * delivery among them.
 */
export function VictimContactsSection({ person }: { person: PersonSummary }) {
  const { t, i18n } = useTranslation();
  const instantText = useInstantText();
  const api = useApi();
  const headingId = useId();
  const [logging, setLogging] = useState(false);
  const [saved, setSaved] = useState(false);
  const load = useCallback(async () => {
    const result = await api.victimContacts.list({ caseId: person.caseId, personId: person.id });
    return result.ok ? { ok: true as const, value: result.value.items } : result;
  }, [api, person.caseId, person.id]);
  const { state, reload } = useLoaded(load);
  // The interpreters the contacts name, by code; and those the form offers, read only while it is open.
  const codes = usePeopleCodes(
    person.caseId,
    state.status === 'ready'
      ? state.value.flatMap((contact) => (contact.interpreterPersonId ? [contact.interpreterPersonId] : []))
      : [],
  );
  const codeOf = (id: string | undefined) => (id === undefined ? '' : (codes[id] ?? ''));

  return (
    <section className="panel contacts-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h3 id={headingId}>{t('assistance.contacts.heading')}</h3>
        <ConfidentialityBadge level="confidential" short />
        {!logging && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setSaved(false);
              setLogging(true);
            }}
          >
            {t('assistance.contacts.log')}
          </button>
        )}
      </div>
      {saved && (
        <p className="alert alert-success" role="status">
          {t('assistance.contacts.logged')}
        </p>
      )}
      {logging && (
        <LogContactForm
          person={person}
          onCancel={() => setLogging(false)}
          onLogged={() => {
            setLogging(false);
            setSaved(true);
            void reload();
          }}
        />
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && (
        <RecordTable
          items={state.value}
          empty={t('assistance.contacts.empty', { code: person.code })}
          caption={t('assistance.contacts.caption', { code: person.code })}
          className="contacts-list"
          columns={[
            t('assistance.contacts.columns.at'),
            t('assistance.contacts.columns.how'),
            t('assistance.contacts.columns.by'),
            t('assistance.contacts.columns.told'),
            t('assistance.contacts.columns.note'),
          ]}
          row={(contact) => (
            <tr key={contact.id}>
              <td>
                <time dateTime={contact.at}>{instantText(contact.at)}</time>
              </td>
              <td>
                {t(`labels.contactChannel.${contact.channel}`)}
                <span className="cell-sub">
                  {contact.interpreterPersonId === undefined
                    ? t('assistance.contacts.inLanguage', { language: contact.language })
                    : t('assistance.contacts.inLanguageWith', {
                        language: contact.language,
                        interpreter: codeOf(contact.interpreterPersonId),
                      })}
                </span>
                {contact.letterId !== undefined && (
                  <span className="cell-sub">{t('assistance.contacts.closureLetter')}</span>
                )}
              </td>
              <td>{contact.by}</td>
              <td>
                {listText(
                  i18n.language,
                  contact.told.map((topic) => t(`labels.contactTopic.${topic}`)),
                )}
              </td>
              <td className="cell-note">{contact.note ?? ''}</td>
            </tr>
          )}
        />
      )}
    </section>
  );
}

function LogContactForm({
  person,
  onCancel,
  onLogged,
}: {
  person: PersonSummary;
  onCancel: () => void;
  onLogged: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const zone = localTimeZone();
  const [at, setAt] = useState(() => localNow(zone));
  const [by, setBy] = useState('');
  const [channel, setChannel] = useState<ContactChannel>('in_person');
  const [language, setLanguage] = useState(person.profile.role === 'victim' ? (person.profile.language ?? '') : '');
  // The interpreter is searched by code among the case's interpreters, however many.
  const [interpreter, setInterpreter] = useState({ id: '', label: '' });
  const searchInterpreters = useRoleSearch(person.caseId, 'interpreter', (other) => other.code);
  const findInterpreter = useCallback((text: string) => searchInterpreters(text), [searchInterpreters]);
  const [told, setTold] = useState<ContactTopic[]>(['progress']);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const { busy, error, send } = useSubmit();
  const problem = (key: Problem) => (problems.includes(key) ? t(`assistance.contacts.invalid.${key}`) : undefined);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const instant = instantFromLocal(at, zone);
    const found: Problem[] = [];
    if (instant === null) found.push('moment');
    if (by.trim() === '') found.push('by');
    if (language.trim().length < 2) found.push('language');
    if (told.length === 0) found.push('told');
    setProblems(found);
    if (found.length > 0 || instant === null) return;
    await send(
      () =>
        api.victimContacts.log({
          personId: person.id,
          at: instant,
          by: by.trim(),
          channel,
          language: language.trim(),
          told,
          ...(interpreter.id === '' ? {} : { interpreterPersonId: interpreter.id }),
          ...(note.trim() === '' ? {} : { note: note.trim() }),
        }),
      onLogged,
    );
  }

  return (
    <form
      className="form contact-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('assistance.contacts.formLabel', { code: person.code })}
    >
      <ErrorSummary />
      <div className="form-grid">
        <MomentFields
          legend={t('assistance.contacts.at')}
          zone={zone}
          value={at}
          onChange={setAt}
          error={problem('moment')}
          disabled={busy}
        />
        <TextField
          label={t('assistance.contacts.by')}
          value={by}
          onChange={setBy}
          error={problem('by')}
          required
          maxLength={300}
          disabled={busy}
        />
        <SelectField
          label={t('assistance.contacts.how')}
          value={channel}
          options={optionsOf(CONTACT_CHANNELS, (value) => t(`labels.contactChannel.${value}`))}
          onChange={(value) => value !== '' && setChannel(value)}
          disabled={busy}
        />
        <TextField
          label={t('assistance.contacts.language')}
          value={language}
          onChange={setLanguage}
          hint={t('assistance.contacts.languageHint')}
          error={problem('language')}
          required
          maxLength={35}
          disabled={busy}
        />
        <SearchCombobox
          label={t('assistance.contacts.interpreter')}
          value={interpreter.id}
          selectedLabel={interpreter.label}
          onChange={(id, label) => setInterpreter({ id, label })}
          search={findInterpreter}
          noMatches={t('assistance.contacts.noInterpreterMatch')}
          disabled={busy}
        />
        <div className="form-grid-wide">
          <CheckboxGroup
            legend={t('assistance.contacts.told')}
            options={optionsOf(CONTACT_TOPICS, (value) => t(`labels.contactTopic.${value}`))}
            values={told}
            onChange={setTold}
            error={problem('told')}
            disabled={busy}
          />
        </div>
        <div className="form-grid-wide">
          <TextField
            label={t('assistance.contacts.note')}
            value={note}
            onChange={setNote}
            hint={t('assistance.contacts.noteHint')}
            rows={2}
            maxLength={10_000}
            disabled={busy}
          />
        </div>
      </div>
      <ErrorAlert error={error} />
      <DialogActions submitLabel={t('assistance.contacts.submit')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
