import { Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PublicLayout } from '../../ui/PublicLayout';
import { useCityPublicPage } from './api';

/** The city's public page (`/cong-thong-tin`): every ward in its block with its month's scorecard. */
export function CityPublicPage() {
  const { t } = useTranslation();
  const page = useCityPublicPage();
  if (!page.data) return <Spin />;
  const blocks = [...new Set(page.data.wards.map((w) => w.blockName))];
  return (
    <PublicLayout title={t('portal.cityTitle')} maxWidth={960}>
      {blocks.map((block) => (
        <section key={block}>
          <Typography.Title level={4}>
            {block} · {page.data.month}
          </Typography.Title>
          <Table
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={page.data.wards.filter((w) => w.blockName === block)}
            columns={[
              {
                title: t('portal.ward'),
                key: 'name',
                render: (_, w) => <Link to={`/cong-thong-tin/${w.code}`}>{w.name}</Link>,
              },
              { title: t('portal.total'), key: 'total', render: (_, w) => w.total ?? 'N/A' },
              { title: t('portal.band'), key: 'band', render: (_, w) => w.bandName ?? '' },
            ]}
          />
        </section>
      ))}
      <Typography.Paragraph type="secondary">{page.data.licence}</Typography.Paragraph>
    </PublicLayout>
  );
}
