import '../styles/identity.css';
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { renderSVG } from 'uqr';
import type { Contact } from '../../shared/contract/identity.js';
import { useApi } from '../api/context.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { DenseTable } from '../components/DenseTable.js';
import { Dialog } from '../components/Dialog.js';
import { DialogActions } from '../components/DialogActions.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { TextField } from '../components/TextField.js';
import { useLoaded } from '../components/use-loaded.js';
import { useSubmit } from '../components/use-submit.js';
import { explanationLocale } from '../deadlines/deadline-display.js';

/**
 * Identity & contacts (issue 12): this vault's age recipient (as text and QR code) and signing key
 * fingerprint, the colleagues' keys with whether each was verified, adding a colleague from their
 * contact card or keys, and verifying one by comparing the safety number. Only public keys are shown.
 */
export function IdentityPage() {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const loadIdentity = useCallback(() => api.identity.show({}), [api]);
  const loadContacts = useCallback(() => api.contacts.list({}), [api]);
  const identity = useLoaded(loadIdentity);
  const contacts = useLoaded(loadContacts);
  const [verifying, setVerifying] = useState<Contact | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const me = identity.state.status === 'ready' ? identity.state.value : null;
  const items = contacts.state.status === 'ready' ? contacts.state.value.items : [];
  return (
    <section className="page page-wide identity-page" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('identity.heading')}</h1>
      <p className="muted">{t('identity.intro')}</p>
      {identity.state.status === 'failed' && <ErrorAlert error={identity.state.error} />}
      {me && (
        <article className="panel identity-mine" aria-labelledby={`${headingId}-mine`}>
          <h2 id={`${headingId}-mine`}>{t('identity.mine.heading')}</h2>
          <div className="identity-keys">
            <img
              className="identity-qr"
              src={`data:image/svg+xml;utf8,${encodeURIComponent(renderSVG(me.recipient, { border: 2 }))}`}
              alt={t('identity.mine.qr')}
              width={180}
              height={180}
            />
            <dl className="identity-facts">
              <dt>{t('identity.mine.recipient')}</dt>
              <dd>
                <code className="identity-recipient">{me.recipient}</code>
              </dd>
              <dt>{t('identity.mine.fingerprint')}</dt>
              <dd>
                <code>{me.signingFingerprint}</code>
              </dd>
            </dl>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${headingId}-card`}>
              {t('identity.mine.card')}
            </label>
            <p className="field-hint" id={`${headingId}-card-hint`}>
              {t('identity.mine.cardHint')}
            </p>
            <textarea
              id={`${headingId}-card`}
              className="input textarea identity-card"
              readOnly
              rows={3}
              value={me.card}
              aria-describedby={`${headingId}-card-hint`}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${headingId}-pem`}>
              {t('identity.mine.publicKey')}
            </label>
            <p className="field-hint" id={`${headingId}-pem-hint`}>
              {t('identity.mine.publicKeyHint')}
            </p>
            <textarea
              id={`${headingId}-pem`}
              className="input textarea identity-card"
              readOnly
              rows={3}
              value={me.signingPublicKeyPem}
              aria-describedby={`${headingId}-pem-hint`}
            />
          </div>
          <ExportIdentity />
        </article>
      )}
      <article className="panel" aria-labelledby={`${headingId}-contacts`}>
        <h2 id={`${headingId}-contacts`}>{t('identity.contacts.heading')}</h2>
        {contacts.state.status === 'failed' && <ErrorAlert error={contacts.state.error} />}
        <p role="status" className="identity-notice">
          {notice}
        </p>
        {contacts.state.status === 'ready' && items.length === 0 && (
          <p className="muted">{t('identity.contacts.none')}</p>
        )}
        {items.length > 0 && (
          <DenseTable
            className="contacts-table"
            columns={[
              t('identity.contacts.name'),
              t('identity.contacts.role'),
              t('identity.contacts.fingerprint'),
              t('identity.contacts.state'),
            ]}
          >
            {items.map((contact) => (
              <tr key={contact.id}>
                <td>{contact.name}</td>
                <td>{contact.role ?? ''}</td>
                <td>
                  <code>{contact.signingFingerprint}</code>
                </td>
                <td>
                  {contact.verified ? (
                    <span className="badge badge-verified">{t('identity.contacts.verified')}</span>
                  ) : (
                    <span className="identity-unverified">
                      <span className="badge badge-unverified">{t('identity.contacts.unverified')}</span>
                      <button type="button" className="button button-link" onClick={() => setVerifying(contact)}>
                        {t('identity.contacts.verify', { name: contact.name })}
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </DenseTable>
        )}
        <AddContactForm
          onAdded={(contact) => {
            setNotice(t('identity.add.added', { name: contact.name }));
            void contacts.reload();
          }}
        />
      </article>
      {verifying && me && (
        <VerifyDialog
          contact={verifying}
          myFingerprint={me.signingFingerprint}
          onClose={() => setVerifying(null)}
          onVerified={(contact) => {
            setVerifying(null);
            setNotice(t('identity.verify.done', { name: contact.name }));
            void contacts.reload();
          }}
        />
      )}
    </section>
  );
}

/** The one secret the app writes out, only after a warning: for `age -d -i` or a move to a new machine. */
function ExportIdentity() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { busy, error, send } = useSubmit();
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div className="identity-export">
      <button type="button" className="button button-secondary" onClick={() => setAsking(true)} disabled={busy}>
        {t('identity.export.button')}
      </button>
      <ErrorAlert error={error} />
      <p role="status">{notice}</p>
      {asking && (
        <ConfirmDialog
          title={t('identity.export.title')}
          message={t('identity.export.warning')}
          confirmLabel={t('identity.export.confirm')}
          busy={busy}
          onCancel={() => setAsking(false)}
          onConfirm={() =>
            void send(
              () => api.identity.exportSecret({ understood: true, locale: explanationLocale(i18n.language) }),
              (value) => {
                setAsking(false);
                if (value.exported) setNotice(t('identity.export.done'));
              },
            )
          }
        />
      )}
    </div>
  );
}

function AddContactForm({ onAdded }: { onAdded: (contact: Contact) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const { busy, error, send } = useSubmit();
  const [fields, setFields] = useState({ name: '', role: '', card: '', recipient: '', signingKey: '' });
  const set = (name: keyof typeof fields) => (value: string) => setFields((current) => ({ ...current, [name]: value }));
  const optional = (field: string, value: string) => (value.trim() === '' ? {} : { [field]: value.trim() });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input =
      fields.card.trim() !== ''
        ? { card: fields.card, ...optional('name', fields.name), ...optional('role', fields.role) }
        : {
            name: fields.name,
            ...optional('role', fields.role),
            recipient: fields.recipient,
            signingPublicKey: fields.signingKey,
          };
    await send(
      () => api.contacts.add(input),
      (contact) => {
        setFields({ name: '', role: '', card: '', recipient: '', signingKey: '' });
        onAdded(contact);
      },
    );
  }

  return (
    <form className="identity-add" aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h3 id={headingId}>{t('identity.add.heading')}</h3>
      <p className="muted">{t('identity.add.intro')}</p>
      <ErrorAlert error={error} />
      <TextField label={t('identity.add.name')} value={fields.name} onChange={set('name')} maxLength={200} />
      <TextField label={t('identity.add.role')} value={fields.role} onChange={set('role')} maxLength={200} />
      <TextField
        label={t('identity.add.card')}
        hint={t('identity.add.cardHint')}
        value={fields.card}
        onChange={set('card')}
        rows={3}
        inputClassName="input-mono"
      />
      <TextField
        label={t('identity.add.recipient')}
        value={fields.recipient}
        onChange={set('recipient')}
        inputClassName="input-mono"
      />
      <TextField
        label={t('identity.add.signingKey')}
        hint={t('identity.add.signingKeyHint')}
        value={fields.signingKey}
        onChange={set('signingKey')}
        rows={3}
        inputClassName="input-mono"
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
          {t('identity.add.submit')}
        </button>
      </div>
    </form>
  );
}

/** Both people read the safety number on their own laptop: it must be the same digits on both. */
function VerifyDialog(props: {
  contact: Contact;
  myFingerprint: string;
  onClose: () => void;
  onVerified: (contact: Contact) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, error, send } = useSubmit();
  const { contact } = props;
  return (
    <Dialog title={t('identity.verify.title', { name: contact.name })} onClose={props.onClose} busy={busy}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void send(() => api.contacts.verify({ id: contact.id }), props.onVerified);
        }}
      >
        <p>{t('identity.verify.how', { name: contact.name })}</p>
        <dl className="identity-facts">
          <dt>{t('identity.verify.number')}</dt>
          <dd>
            <code className="safety-number">{contact.safetyNumber}</code>
          </dd>
          <dt>{t('identity.verify.theirs', { name: contact.name })}</dt>
          <dd>
            <code>{contact.signingFingerprint}</code>
          </dd>
          <dt>{t('identity.verify.mine')}</dt>
          <dd>
            <code>{props.myFingerprint}</code>
          </dd>
        </dl>
        <p className="muted">{t('identity.verify.mismatch')}</p>
        <ErrorAlert error={error} />
        <DialogActions submitLabel={t('identity.verify.confirm')} busy={busy} onCancel={props.onClose} />
      </form>
    </Dialog>
  );
}
