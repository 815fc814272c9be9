import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { groupKey } from '../../i18n/keys';
import { PublicLayout } from '../../ui/citizen/PublicLayout';
import { Card, Loading, Pager, Statistic, Tag } from '../../ui/citizen/parts';
import { useWardPortal, type WardPortal } from './api';

const STATUS_COLOURS: Record<string, 'green' | 'orange' | 'red'> = {
  completed: 'green',
  completed_late: 'orange',
  not_done: 'red',
};
const PAGE_SIZE = 10;

function PlanSection({ plan }: { plan: WardPortal['plan'] }) {
  const { t } = useTranslation();
  if (!plan) return <p className="c-muted">{t('portal.noPlan')}</p>;
  return (
    <>
      <p>
        {plan.plan.title}: {t('portal.planSummary', plan.completion)}
      </p>
      {plan.areas.map((a) => (
        <details key={a.code || 'other'} className="c-area">
          <summary>
            {a.title} ({a.figures.completed}/{a.figures.total})
          </summary>
          <ul className="c-list">
            {a.tasks.map((task, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the plan's own order, never reordered here
              <li key={i}>
                <div>{task.no ? `${task.no}. ${task.content}` : task.content}</div>
                <div className="c-row">
                  <Tag colour={STATUS_COLOURS[task.status] ?? 'blue'}>{t(groupKey('tasks.status', task.status))}</Tag>
                  {task.dueDate && (
                    <span className="c-muted">
                      {t('portal.due')} {task.dueDate}
                    </span>
                  )}
                </div>
                {task.evidence.length > 0 && (
                  <div className="c-muted">
                    {t('portal.evidence')}: {task.evidence.join('; ')}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </>
  );
}

function ProceduresSection({ procedures }: { procedures: WardPortal['procedures'] }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const pages = Math.ceil(procedures.length / PAGE_SIZE);
  const limit = (p: WardPortal['procedures'][number]) =>
    p.limitDays !== null
      ? t('portal.days', { n: p.limitDays })
      : p.limitHours !== null
        ? t('portal.hours', { n: p.limitHours })
        : '';
  return (
    <>
      <div className="c-table-wrap">
        <table className="c-table">
          <thead>
            <tr>
              <th>{t('portal.procedure')}</th>
              <th>{t('portal.fee')}</th>
              <th>{t('portal.limit')}</th>
              <th>{t('portal.online')}</th>
            </tr>
          </thead>
          <tbody>
            {procedures.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((p) => (
              <tr key={p.code}>
                <td>
                  {p.name} ({p.code})
                </td>
                <td>{p.fee ? `${p.fee.toLocaleString('vi-VN')} đ` : t('portal.free')}</td>
                <td>{limit(p)}</td>
                <td>{t(`portal.onlineLevels.${p.onlineLevel}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={page} pages={pages} onPage={setPage} />
    </>
  );
}

function Portal({ data }: { data: WardPortal }) {
  const { t } = useTranslation();
  const card = data.scorecard;
  return (
    <div className="c-stack">
      <Card title={t('portal.scorecard', { month: card.month })} testId="portal-scorecard">
        <div className="c-row" style={{ gap: 24 }}>
          <Statistic title={t('portal.total')} value={card.total ?? 'N/A'} />
          <Statistic title={t('portal.band')} value={card.bandName ?? 'N/A'} />
          <Link className="c-btn" to={`/cong-thong-tin/${data.ward.code}/in-a3`}>
            {t('portal.printA3')}
          </Link>
        </div>
      </Card>
      <Card title={t('portal.links')}>
        <div className="c-row">
          <Link className="c-btn c-btn-primary" to={data.links.lookup}>
            {t('portal.lookup')}
          </Link>
          <Link className="c-btn" to={data.links.rating}>
            {t('portal.rating')}
          </Link>
          <Link className="c-btn" to={data.links.feedback}>
            {t('portal.sendFeedback')}
          </Link>
        </div>
      </Card>
      <Card title={t('portal.plan')}>
        <PlanSection plan={data.plan} />
      </Card>
      <Card title={t('portal.feedback')}>
        {data.feedback.items.length === 0 ? (
          <p className="c-muted">{t('portal.noFeedback')}</p>
        ) : (
          <ul className="c-list">
            {data.feedback.items.map((f, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the server's order, never reordered here
              <li key={i}>
                <h3>{f.title}</h3>
                <div className="c-muted">{f.answer ?? f.unitName}</div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('portal.procedures')}>
        <ProceduresSection procedures={data.procedures} />
      </Card>
      <Card title={t('portal.openData')}>
        <div className="c-row">
          <a href={data.links.openDataCsv}>CSV</a>
          <a href={data.links.openDataJson}>JSON</a>
        </div>
        <p className="c-muted" style={{ marginTop: 8 }}>
          {data.licence}
        </p>
      </Card>
    </div>
  );
}

/** A ward's public portal (`/cong-thong-tin/:tenantCode`): no login, one column on a phone. */
export function WardPortalPage() {
  const { t } = useTranslation();
  const code = useParams().tenantCode ?? '';
  const portal = useWardPortal(code);
  return (
    <PublicLayout title={portal.data?.ward.name ?? t('portal.title')} maxWidth={960}>
      {portal.isPending ? (
        <Loading />
      ) : portal.data ? (
        <Portal data={portal.data} />
      ) : (
        <p className="c-result">{t('publicFeedback.unknownWard')}</p>
      )}
    </PublicLayout>
  );
}
