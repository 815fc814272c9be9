import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ImportReport, type RowReport, useImportCity } from './api';
import { SheetUpload } from './SheetUpload';

const COLORS: Record<RowReport['action'], string> = {
  created: 'green',
  updated: 'blue',
  unchanged: 'default',
  error: 'red',
};

/** The whole city from one sheet, created or updated idempotently, with what was done row by row. */
export function CityImportTab() {
  const { t } = useTranslation();
  const run = useImportCity();
  const report: ImportReport | undefined = run.data;
  return (
    <Card>
      <Typography.Paragraph>{t('wards.importHelp')}</Typography.Paragraph>
      <SheetUpload send={run.mutateAsync} loading={run.isPending} primary />
      {report && (
        <>
          <Typography.Paragraph style={{ marginTop: 16 }} data-testid="import-summary">
            {t('wards.importSummary', {
              created: report.created,
              updated: report.updated,
              unchanged: report.unchanged,
              errors: report.errors,
            })}
          </Typography.Paragraph>
          <Table<RowReport>
            rowKey="row"
            size="small"
            dataSource={report.rows}
            pagination={false}
            columns={[
              { title: t('wards.row'), dataIndex: 'row' },
              { title: t('wards.code'), dataIndex: 'code' },
              {
                title: t('wards.result'),
                render: (_: unknown, r: RowReport) => (
                  <Tag color={COLORS[r.action]}>{t(`wards.actions.${r.action}`)}</Tag>
                ),
              },
              { title: '', dataIndex: 'message' },
              { title: t('wards.password'), dataIndex: 'password' },
            ]}
          />
        </>
      )}
    </Card>
  );
}
