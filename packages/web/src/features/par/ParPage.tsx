import { Alert, Button, Card, Descriptions, Input, List, message, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { serverToday } from '../../api/clock';
import { type AssessmentView, type IndexKind, useAssessment, useParWrite } from './api';
import { EvidencePicker } from './EvidencePicker';
import { type Draft, draftsOf, errorsByCode, fmt, ScoreTable } from './ScoreTable';

// The year in Vietnam on the server's clock, so a moved app clock (CCHC_NOW) moves the page too.
const thisYear = () => Number(serverToday().slice(0, 4));

function Summary({ view }: { view: AssessmentView }) {
  const { t } = useTranslation();
  const p = view.projected;
  return (
    <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
      <Descriptions.Item label={t('par.status')}>{view.statusName}</Descriptions.Item>
      <Descriptions.Item label={t('par.deadline')}>{view.set.deadline ?? t('par.none')}</Descriptions.Item>
      <Descriptions.Item label={t('par.projected')}>
        <strong data-testid="par-projected">{fmt(p.score)}</strong> / {fmt(view.set.totalPoints)}
      </Descriptions.Item>
      <Descriptions.Item label={t('par.rank')}>
        <span data-testid="par-rank">
          {p.rank ? t('par.rankOf', { rank: p.rank, of: p.of, block: p.blockName ?? '' }) : t('par.none')}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('par.finalScore')}>{fmt(view.totals.final) || t('par.none')}</Descriptions.Item>
      <Descriptions.Item label={t('par.finalRank')}>{p.finalRank ?? t('par.none')}</Descriptions.Item>
    </Descriptions>
  );
}

function AnswerBox({ kind, year, view }: { kind: IndexKind; year: number; view: AssessmentView }) {
  const { t } = useTranslation();
  const write = useParWrite(kind, year);
  const [text, setText] = useState('');
  if (view.answer) return <Alert type="info" message={t('par.answered')} description={view.answer.text} />;
  if (!view.can.answer) return null;
  return (
    <Card size="small" title={t('par.answer')}>
      {view.appraisal?.comment && <Typography.Paragraph>{view.appraisal.comment}</Typography.Paragraph>}
      <Input.TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      <Button onClick={() => void write.mutateAsync({ path: 'answer', method: 'POST', body: { answer: text } })}>
        {t('par.sendAnswer')}
      </Button>
    </Card>
  );
}

/** The ward's self-assessment: pre-scores from its data, its own scores and evidence, the projection, the answer. */
export function ParPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<IndexKind>('par');
  const [year, setYear] = useState(thisYear());
  const query = useAssessment(kind, year);
  const write = useParWrite(kind, year);
  const view = query.data;
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => setDrafts(view ? draftsOf(view.criteria) : {}), [view]);

  const lines = () => Object.entries(drafts).map(([code, d]) => ({ code, value: d.value, reason: d.reason || null }));
  const run = async (path: string, body?: unknown, method = 'POST') => {
    try {
      await write.mutateAsync({ path, method, body });
      setErrors({});
      void message.success(t('par.saved'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setErrors(
        errorsByCode(
          e.fields,
          lines().map((l) => l.code),
        ),
      );
      void message.error(e.message);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{t('par.title')}</Typography.Title>
      <Space wrap>
        <Select
          value={kind}
          onChange={setKind}
          options={(['par', 'dti'] as const).map((k) => ({ value: k, label: t(`par.kinds.${k}`) }))}
        />
        <Select
          aria-label={t('par.year')}
          value={year}
          onChange={setYear}
          options={[thisYear() - 1, thisYear(), thisYear() + 1].map((y) => ({ value: y, label: String(y) }))}
        />
      </Space>
      {query.isSuccess && !view && <Alert type="warning" message={t('par.noSet')} />}
      {view && (
        <>
          <Typography.Text type="secondary">
            {view.set.title} · {t('par.asOf', { date: view.asOf })}
          </Typography.Text>
          <Summary view={view} />
          {view.projected.surveyEstimated && (
            <Typography.Text type="secondary">{t('par.projectedHint')}</Typography.Text>
          )}
          <Card size="small" title={t('par.lost')}>
            <List
              size="small"
              dataSource={view.lost}
              renderItem={(l) => (
                <List.Item>
                  {l.label} {l.title} — {t('par.lostPoints', { points: fmt(l.lost) })}
                </List.Item>
              )}
            />
          </Card>
          <AnswerBox kind={kind} year={year} view={view} />
          <Space wrap>
            {view.can.edit && (
              <Button type="primary" onClick={() => void run('scores', { scores: lines() }, 'PUT')}>
                {t('par.save')}
              </Button>
            )}
            {view.can.submit && <Button onClick={() => void run('submit')}>{t('par.submit')}</Button>}
            <Button href={`/api/v1/par/assessments/${kind}/${year}/report.docx`}>{t('par.docx')}</Button>
          </Space>
          <ScoreTable
            criteria={view.criteria}
            drafts={drafts}
            errors={errors}
            onChange={view.can.edit ? (code, d) => setDrafts({ ...drafts, [code]: d }) : undefined}
            evidence={(c) => <EvidencePicker kind={kind} year={year} c={c} open={view.status === 'draft'} />}
            extra={
              view.status === 'draft'
                ? []
                : [
                    {
                      title: t('par.appraised'),
                      render: (c) =>
                        c.appraised
                          ? `${fmt(c.appraised.points)} (${fmt(c.difference)}) ${c.appraised.comment ?? ''}`
                          : '',
                    },
                  ]
            }
          />
        </>
      )}
    </Space>
  );
}
