import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { checkForm, messageOf } from '../../ui/citizen/form-check';
import { Details, Field, Notice, Tag } from '../../ui/citizen/parts';
import { supplyInfo, type TrackedFeedback, trackFeedback } from './api';

function ClosedNotice({ closed }: { closed: NonNullable<TrackedFeedback['closed']> }) {
  const { t } = useTranslation();
  if (closed.agency) return <Notice kind="info" title={t('publicFeedback.transferred', { agency: closed.agency })} />;
  const title = closed.reason === 'complaint' ? t('publicFeedback.closedComplaint') : t('publicFeedback.closedOther');
  return (
    <Notice kind="warning" title={title}>
      {closed.note}
    </Notice>
  );
}

function SupplyInfo({ tenantCode, found, onSent }: { tenantCode: string; found: TrackedFeedback; onSent: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await supplyInfo(tenantCode, found.trackingCode, text);
      onSent();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="c-stack" style={{ gap: 8 }}>
      <Notice kind="warning" title={t('publicFeedback.infoRequested')}>
        {found.infoRequest}
      </Notice>
      <textarea
        className="c-input"
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-label={t('publicFeedback.supply')}
      />
      {error && <Notice kind="error" title={error} />}
      <div>
        <button type="button" className="c-btn c-btn-primary" onClick={send} disabled={busy || text.trim().length < 10}>
          {t('publicFeedback.supply')}
        </button>
      </div>
    </div>
  );
}

/** Looks a feedback up by its tracking code; answers a request for more information. */
export function TrackFeedback({ tenantCode }: { tenantCode: string }) {
  const { t } = useTranslation();
  const [found, setFound] = useState<TrackedFeedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const look = async (code: string) => {
    setError(null);
    setNotice(null);
    try {
      setFound(await trackFeedback(tenantCode, code));
    } catch (e) {
      setFound(null);
      setError(e instanceof ApiError && e.status === 404 ? t('publicFeedback.notFound') : messageOf(e));
    }
  };
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const errors = checkForm(e.currentTarget);
    setFieldError(errors.code);
    if (!errors.code) void look(String(new FormData(e.currentTarget).get('code')));
  };
  return (
    <div className="c-stack" style={{ maxWidth: 720 }}>
      <form className="c-inline" onSubmit={submit} noValidate>
        <Field label={t('publicFeedback.trackLabel')} error={fieldError}>
          {(ids) => (
            <input
              {...ids}
              name="code"
              className="c-input"
              required
              placeholder={t('publicFeedback.trackPlaceholder')}
              autoComplete="off"
            />
          )}
        </Field>
        <button type="submit" className="c-btn c-btn-primary" style={{ marginTop: 28 }}>
          {t('publicFeedback.trackButton')}
        </button>
      </form>
      {error && <Notice kind="error" title={error} />}
      {notice && <Notice kind="success" title={notice} />}
      {found && (
        <>
          <Details
            items={[
              [t('feedback.fields.trackingCode'), found.trackingCode],
              [t('feedback.fields.title'), found.title],
              [
                t('feedback.fields.status'),
                <Tag key="status" colour="blue">
                  {t(`feedback.statuses.${found.status}`)}
                </Tag>,
              ],
              [t('feedback.fields.unit'), found.unitName ?? t('feedback.unrouted')],
            ]}
          />
          {found.closed && <ClosedNotice closed={found.closed} />}
          {found.status === 'info_requested' && (
            <SupplyInfo
              tenantCode={tenantCode}
              found={found}
              // Read again (it clears the notices), then say the information went.
              onSent={() => void look(found.trackingCode).then(() => setNotice(t('publicFeedback.supplied')))}
            />
          )}
          {found.answer && (
            <p>
              <strong>{t('publicFeedback.answer')}: </strong>
              {found.answer}
            </p>
          )}
        </>
      )}
    </div>
  );
}
