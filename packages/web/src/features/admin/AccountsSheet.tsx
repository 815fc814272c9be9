import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useSession } from '../../api/session';
import type { ImportReport, RowReport } from '../wards/api';
import { SheetUpload } from '../wards/SheetUpload';

/** A ward's accounts in bulk from one .xlsx (username, full name, roles, unit code), with a per-row report. */
export function AccountsSheet() {
  const { t } = useTranslation();
  const session = useSession();
  const client = useQueryClient();
  const run = useMutation({
    mutationFn: (body: { fileName: string; contentBase64: string }) =>
      api<ImportReport>(`/tenants/${session.data?.tenant.code}/accounts/import`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
  return (
    <Card title={t('wards.accountsSheet')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph>{t('wards.accountsHelp')}</Typography.Paragraph>
      <SheetUpload send={run.mutateAsync} loading={run.isPending} />
      {run.data && (
        <Table<RowReport>
          style={{ marginTop: 16 }}
          rowKey="row"
          size="small"
          pagination={false}
          dataSource={run.data.rows}
          columns={[
            { title: t('wards.row'), dataIndex: 'row' },
            { title: t('admin.username'), dataIndex: 'code' },
            {
              title: t('wards.result'),
              render: (_: unknown, r: RowReport) => <Tag>{t(`wards.actions.${r.action}`)}</Tag>,
            },
            { title: '', dataIndex: 'message' },
            { title: t('wards.password'), dataIndex: 'password' },
          ]}
        />
      )}
    </Card>
  );
}
