import { formatMonthVi, formatNumberVi, formatVietnamDateTime, previousPeriodName } from '@cchc/domain';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { thisMonth } from '../../api/clock';
import { NotFoundPage, PublicLayout } from '../../ui/citizen/PublicLayout';
import { Loading, Statistic, Tag } from '../../ui/citizen/parts';
import { usePublicInfo } from '../public/api';
import { type PublicResults, percent, usePublicResults } from './api';

/** This month in Vietnam and the eleven before it, newest first. */
function months(): string[] {
  const list = [thisMonth()];
  while (list.length < 12) list.push(previousPeriodName(list[list.length - 1] ?? thisMonth()));
  return list;
}

const figure = (v: number | null) => (v === null ? 'N/A' : formatNumberVi(v));

function Results({ data }: { data: PublicResults }) {
  const { t } = useTranslation();
  return (
    <div className="c-stack">
      <div className="c-row" style={{ gap: 32 }}>
        <Statistic title={t('indicators.total')} value={figure(data.total)} />
        <Statistic title={t('indicators.band')} value={data.bandName ?? 'N/A'} />
        {data.provisional && <Tag colour="orange">{t('indicators.public.provisional')}</Tag>}
        {data.revision !== null && data.publishedAt && (
          <Tag>
            {t('indicators.public.revision', { revision: data.revision, at: formatVietnamDateTime(data.publishedAt) })}
          </Tag>
        )}
      </div>
      {data.revisions.length > 1 && <p className="c-muted">{t('indicators.public.revisionsNote')}</p>}
      <div className="c-table-wrap">
        <table className="c-table">
          <thead>
            <tr>
              <th className="c-md">{t('indicators.code')}</th>
              <th>{t('indicators.name')}</th>
              <th>{t('indicators.public.figures')}</th>
              <th>{t('indicators.rate')}</th>
              <th>{t('indicators.points')}</th>
            </tr>
          </thead>
          <tbody>
            {data.indicators.map((r) => (
              <tr key={r.code}>
                <td className="c-md">{r.code}</td>
                <td>
                  {r.name}
                  {/* Every published figure shows how it is calculated and the clause it comes from. */}
                  <details>
                    <summary>{t('citizen.details')}</summary>
                    <div>
                      <b>{t('indicators.public.numerator')}:</b> {r.formula.numerator}
                    </div>
                    <div>
                      <b>{t('indicators.public.denominator')}:</b> {r.formula.denominator}
                    </div>
                    <div className="c-muted">
                      {t('indicators.public.clause')}: {r.clause}
                    </div>
                  </details>
                </td>
                <td>{r.numerator === null ? 'N/A' : `${r.numerator} / ${r.denominator}`}</td>
                <td data-testid="indicator-rate">{percent(r.rate)}</td>
                <td>
                  {figure(r.points)} / {formatNumberVi(r.maxPoints)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('indicators.public.units')}</h3>
      <div className="c-table-wrap">
        <table className="c-table">
          <thead>
            <tr>
              <th>{t('indicators.public.rank')}</th>
              <th>{t('indicators.processing.unit')}</th>
              <th>{t('indicators.total')}</th>
              <th className="c-md">{t('indicators.band')}</th>
            </tr>
          </thead>
          <tbody>
            {data.units.map((u) => (
              <tr key={u.rank}>
                <td>{u.rank}</td>
                <td>{u.name}</td>
                <td>{figure(u.total)}</td>
                <td className="c-md">{u.bandName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The ward's monthly Decision 766 results, public (`/cong-khai/:tenantCode`), reachable logged out. */
export function PublicResultsPage() {
  const { t } = useTranslation();
  const tenantCode = useParams().tenantCode ?? '';
  // `?thang=2026-03` opens a given month, so a published month can be linked to.
  const [params, setParams] = useSearchParams();
  const month = params.get('thang') ?? thisMonth();
  const results = usePublicResults(tenantCode, month);
  // An unknown ward code is told apart from a month without results: the ward's public page answers 404 too.
  const ward = usePublicInfo(tenantCode);
  const title = `${t('indicators.public.title')}${ward.data ? ` · ${ward.data.tenant.name}` : ''}`;
  if (ward.isError)
    return (
      <NotFoundPage
        title={t('indicators.public.title')}
        message={t('publicFeedback.unknownWard')}
        testId="unknown-ward"
      />
    );
  // A month linked to from elsewhere may be older than the list's twelve: it is offered too.
  const choices = months().includes(month) ? months() : [month, ...months()];
  return (
    <PublicLayout title={title} maxWidth={1040}>
      <div className="c-row" style={{ marginBottom: 16 }}>
        <label htmlFor="public-month">{t('indicators.public.month')}</label>
        <select
          id="public-month"
          className="c-input"
          style={{ width: 160 }}
          value={month}
          onChange={(e) => setParams({ thang: e.target.value })}
          data-testid="public-month"
        >
          {choices.map((m) => (
            <option key={m} value={m}>
              {formatMonthVi(m)}
            </option>
          ))}
        </select>
      </div>
      {results.isPending ? (
        <Loading />
      ) : results.data ? (
        <Results data={results.data} />
      ) : (
        <p className="c-result c-muted">{t('indicators.public.noData')}</p>
      )}
    </PublicLayout>
  );
}
