import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PublicLayout } from '../../ui/citizen/PublicLayout';
import { Loading } from '../../ui/citizen/parts';
import { useCityPublicPage } from './api';

/** The city's public page (`/cong-thong-tin`): every ward in its block with its month's scorecard. */
export function CityPublicPage() {
  const { t } = useTranslation();
  const page = useCityPublicPage();
  return (
    <PublicLayout title={t('portal.cityTitle')} maxWidth={960}>
      {page.data ? (
        <div className="c-stack">
          {[...new Set(page.data.wards.map((w) => w.blockName))].map((block) => (
            <section key={block}>
              <h2>
                {block} · {page.data.month}
              </h2>
              <div className="c-table-wrap">
                <table className="c-table">
                  <thead>
                    <tr>
                      <th>{t('portal.ward')}</th>
                      <th>{t('portal.total')}</th>
                      <th>{t('portal.band')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.data.wards
                      .filter((w) => w.blockName === block)
                      .map((w) => (
                        <tr key={w.code}>
                          <td>
                            <Link to={`/cong-thong-tin/${w.code}`}>{w.name}</Link>
                          </td>
                          <td>{w.total ?? 'N/A'}</td>
                          <td>{w.bandName ?? ''}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
          <p className="c-muted">{page.data.licence}</p>
        </div>
      ) : (
        <Loading />
      )}
    </PublicLayout>
  );
}
