import type { FeedbackCategory } from '@cchc/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkForm, serverErrors } from '../../ui/citizen/form-check';
import { Field, Notice } from '../../ui/citizen/parts';
import { type PublicInfo, submitPublicFeedback } from './api';

const FIELDS = [
  'category',
  'title',
  'text',
  'dossierCode',
  'legalDocumentId',
  'relatedTrackingCode',
  'name',
  'phone',
  'email',
  'address',
];

function Submitted({ code, complaint, onAgain }: { code: string; complaint: boolean; onAgain: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = () => void navigator.clipboard?.writeText(code).then(() => setCopied(true));
  return (
    <div className="c-stack c-result" role="status">
      <h2>✓ {t('publicFeedback.successTitle')}</h2>
      <p className="c-muted">{t('publicFeedback.successHint')}</p>
      <p>
        {t('publicFeedback.successCode')}:{' '}
        <span className="c-code" data-testid="tracking-code">
          {code}
        </span>{' '}
        <button type="button" className="c-btn" onClick={copy}>
          {copied ? t('citizen.copied') : t('citizen.copy')}
        </button>
      </p>
      {complaint && <Notice kind="warning" title={t('publicFeedback.complaintWarning')} />}
      <div>
        <button type="button" className="c-btn" onClick={onAgain}>
          {t('publicFeedback.another')}
        </button>
      </div>
    </div>
  );
}

/** The public form: category, text, optional contact and files, and a honeypot field people never see. */
export function SubmitFeedbackForm({ tenantCode, info }: { tenantCode: string; info: PublicInfo }) {
  const { t, i18n } = useTranslation();
  const [category, setCategory] = useState<FeedbackCategory>('procedure');
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [sent, setSent] = useState<{ code: string; complaint: boolean } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { limits } = info;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const found = checkForm(form);
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const fields = Object.fromEntries(
        [...new FormData(form).entries()].flatMap(([name, value]) =>
          typeof value === 'string' && value.trim() !== '' ? [[name, value.trim()]] : [],
        ),
      );
      const result = await submitPublicFeedback(tenantCode, fields, files, i18n.language);
      setSent({ code: result.trackingCode, complaint: result.complaintKinds.length > 0 });
      setFiles([]);
      setText('');
    } catch (e) {
      const refused = serverErrors(e, FIELDS);
      setErrors(refused.fields);
      setError(refused.message);
    } finally {
      setBusy(false);
    }
  };

  if (sent) return <Submitted code={sent.code} complaint={sent.complaint} onAgain={() => setSent(null)} />;
  return (
    <form onSubmit={submit} noValidate style={{ maxWidth: 720 }}>
      <Field label={t('feedback.fields.category')} error={errors.category}>
        {(ids) => (
          <select
            {...ids}
            name="category"
            className="c-input"
            required
            value={category}
            onChange={(e) => setCategory(e.target.value as FeedbackCategory)}
          >
            {info.categories.map((c) => (
              <option key={c} value={c}>
                {t(`feedback.categories.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {category === 'dossier' && (
        <Field label={t('feedback.fields.dossierCode')} error={errors.dossierCode}>
          {(ids) => (
            <input {...ids} name="dossierCode" className="c-input" required placeholder="H15.50.05.13-261008-0975" />
          )}
        </Field>
      )}
      {category === 'regulation' && info.documents.length > 0 && (
        <Field label={t('publicFeedback.document')} error={errors.legalDocumentId}>
          {(ids) => (
            <select {...ids} name="legalDocumentId" className="c-input" defaultValue="">
              <option value="" />
              {info.documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.numberSymbol} · {d.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('feedback.fields.title')} error={errors.title}>
        {(ids) => (
          <input {...ids} name="title" className="c-input" required minLength={5} maxLength={limits.titleMax} />
        )}
      </Field>
      <Field label={t('feedback.fields.text')} error={errors.text}>
        {(ids) => (
          <>
            <textarea
              {...ids}
              name="text"
              className="c-input"
              rows={6}
              required
              minLength={limits.textMin}
              maxLength={limits.textMax}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <span className="c-count" aria-hidden="true">
              {text.length} / {limits.textMax}
            </span>
          </>
        )}
      </Field>
      <Field label={t('feedback.fields.relatedCode')} error={errors.relatedTrackingCode}>
        {(ids) => (
          <input
            {...ids}
            name="relatedTrackingCode"
            className="c-input"
            placeholder={t('publicFeedback.trackPlaceholder')}
          />
        )}
      </Field>
      <p className="c-muted">{t('publicFeedback.contactHint')}</p>
      <Field label={t('feedback.fields.name')} error={errors.name}>
        {(ids) => <input {...ids} name="name" className="c-input" autoComplete="name" />}
      </Field>
      <Field label={t('feedback.fields.phone')} error={errors.phone}>
        {(ids) => <input {...ids} name="phone" className="c-input" type="tel" autoComplete="tel" />}
      </Field>
      <Field label={t('feedback.fields.email')} error={errors.email}>
        {(ids) => <input {...ids} name="email" className="c-input" type="email" autoComplete="email" />}
      </Field>
      {/* Off-screen rather than display:none: some bots skip hidden inputs, none skip an ordinary-looking one. */}
      <div className="c-honeypot" aria-hidden="true">
        <label>
          {t('publicFeedback.honeypot')}
          <input name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <Field
        label={t('publicFeedback.attachments', {
          count: limits.attachmentsMax,
          size: limits.attachmentBytesMax / 1024 / 1024,
        })}
      >
        {(ids) => (
          <>
            <input
              {...ids}
              type="file"
              accept={limits.accept}
              multiple
              disabled={files.length >= limits.attachmentsMax}
              onChange={(e) => {
                const picked = Array.from(e.target.files ?? []);
                setFiles((before) => [...before, ...picked].slice(0, limits.attachmentsMax));
                e.target.value = ''; // the same file can be picked again after being removed
              }}
            />
            {files.length > 0 && (
              <ul className="c-list">
                {files.map((file, i) => (
                  <li key={`${file.name}-${file.size}-${file.lastModified}`} className="c-row">
                    <span style={{ overflowWrap: 'anywhere', flex: 1 }}>{file.name}</span>
                    <button
                      type="button"
                      className="c-btn"
                      aria-label={t('citizen.removeFile', { name: file.name })}
                      onClick={() => setFiles(files.filter((_, j) => j !== i))}
                    >
                      ✕
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Field>
      {error && (
        <div style={{ marginBottom: 16 }}>
          <Notice kind="error" title={error} testId="submit-error" />
        </div>
      )}
      <button type="submit" className="c-btn c-btn-primary" disabled={busy}>
        {t('publicFeedback.submit')}
      </button>
    </form>
  );
}
