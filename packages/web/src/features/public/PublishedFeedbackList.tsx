import { formatVietnamDate } from '@cchc/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../ui/citizen/form-check';
import { Card, Loading, Notice, Pager, Tag } from '../../ui/citizen/parts';
import { type PublishedFeedback, usePublished, useReact } from './api';

const PAGE_SIZE = 10;

function Ratings({ tenantCode, item }: { tenantCode: string; item: PublishedFeedback }) {
  const { t } = useTranslation();
  const react = useReact(tenantCode);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [thanked, setThanked] = useState(false);
  const send = (reaction: 'like' | 'dislike', why?: string) =>
    react.mutate(
      { id: item.id, reaction, reason: why },
      {
        onSuccess: () => {
          setAsking(false);
          setThanked(true);
        },
      },
    );
  return (
    <div className="c-stack" style={{ gap: 8 }}>
      <div className="c-row">
        <button type="button" className="c-btn" onClick={() => send('like')} aria-label={t('publicFeedback.helpful')}>
          👍 {t('publicFeedback.helpful')} ({item.likes})
        </button>
        <button
          type="button"
          className="c-btn"
          onClick={() => setAsking(true)}
          aria-label={t('publicFeedback.notHelpful')}
        >
          👎 {t('publicFeedback.notHelpful')} ({item.dislikes})
        </button>
      </div>
      {asking && (
        <div className="c-row">
          <input
            className="c-input"
            style={{ flex: '1 1 200px', width: 'auto' }}
            placeholder={t('publicFeedback.notSatisfiedReason')}
            aria-label={t('publicFeedback.notSatisfiedReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={1000}
          />
          <button
            type="button"
            className="c-btn c-btn-primary"
            disabled={react.isPending}
            onClick={() => send('dislike', reason)}
          >
            {t('publicFeedback.send')}
          </button>
        </div>
      )}
      {react.error && <Notice kind="error" title={messageOf(react.error)} />}
      {thanked && <Notice kind="success" title={t('publicFeedback.thanks')} />}
    </div>
  );
}

/** The published answers, newest first, for citizens to read and rate; the citizen's name and contact never appear. */
export function PublishedFeedbackList({ tenantCode }: { tenantCode: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = usePublished(tenantCode, page);
  if (query.error) return <Notice kind="error" title={messageOf(query.error)} />;
  if (!query.data) return <Loading />;
  if (query.data.items.length === 0) return <p className="c-result c-muted">{t('publicFeedback.empty')}</p>;
  const pages = Math.ceil(query.data.total / PAGE_SIZE);
  return (
    <div className="c-stack" data-testid="published-feedback">
      {query.data.items.map((item) => (
        <Card key={item.id} title={item.title}>
          <p>
            <Tag>{t(`feedback.categories.${item.category}`)}</Tag>
          </p>
          <p>
            <strong>{t('publicFeedback.question')}: </strong>
            {item.text}
          </p>
          <p>
            <strong>{t('publicFeedback.answer')}: </strong>
            {item.answer}
          </p>
          <p className="c-muted">
            {t('publicFeedback.answeredBy')}: {item.unitName ?? '—'} · {t('publicFeedback.publishedOn')}:{' '}
            {formatVietnamDate(item.publishedAt)}
          </p>
          <Ratings tenantCode={tenantCode} item={item} />
        </Card>
      ))}
      <Pager page={page} pages={pages} onPage={setPage} />
    </div>
  );
}
