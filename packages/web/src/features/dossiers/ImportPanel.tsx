import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, List, Progress, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DossierImport, uploadTableFile, useImports } from './api';
import { moment } from './format';

const STATUS_COLORS = { pending: 'default', running: 'processing', done: 'success', failed: 'error' } as const;

function ImportReport({ report }: { report: DossierImport }) {
  const { t } = useTranslation();
  const percent = report.totalRows === 0 ? 0 : Math.round((report.processedRows / report.totalRows) * 100);
  return (
    <Flex vertical gap={8} style={{ width: '100%' }}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{report.fileName}</Typography.Text>
        <Tag color={STATUS_COLORS[report.status]}>{t(`dossiers.imports.status.${report.status}`)}</Tag>
        <Typography.Text type="secondary">{moment(report.createdAt)}</Typography.Text>
      </Flex>
      <Progress percent={percent} size="small" status={report.status === 'failed' ? 'exception' : undefined} />
      <Typography.Text>
        {t('dossiers.imports.summary', {
          total: report.totalRows,
          created: report.created,
          updated: report.updated,
          rejected: report.rejectedCount,
        })}
      </Typography.Text>
      {report.error && <Alert type="error" showIcon title={report.error} />}
      {report.newProcedures.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('dossiers.imports.newProcedures', { codes: report.newProcedures.join(', ') })}
        />
      )}
      {report.rejected.length > 0 && (
        <Table
          size="small"
          rowKey={(r) => `${r.row}-${r.code ?? ''}`}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={report.rejected}
          columns={[
            { title: t('dossiers.imports.row'), dataIndex: 'row', width: 80 },
            { title: t('dossiers.fields.code'), dataIndex: 'code' },
            { title: t('dossiers.imports.reason'), dataIndex: 'reason' },
          ]}
        />
      )}
    </Flex>
  );
}

/** Imports from the city's one-stop system (.csv or .xlsx with the national field names), with progress. */
export function ImportPanel() {
  const { t } = useTranslation();
  const imports = useImports();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const upload = async (file: File) => {
    setError(null);
    try {
      await uploadTableFile('/dossiers/imports', file);
      await client.invalidateQueries({ queryKey: ['dossier-imports'] });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    return false;
  };
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary">{t('dossiers.imports.hint')}</Typography.Paragraph>
      <Upload accept=".csv,.xlsx" showUploadList={false} beforeUpload={upload}>
        <Button type="primary" icon={<UploadOutlined />}>
          {t('dossiers.imports.upload')}
        </Button>
      </Upload>
      {error && <Alert type="error" showIcon title={error} />}
      <List
        dataSource={imports.data ?? []}
        loading={imports.isPending}
        renderItem={(r) => (
          <List.Item>
            <ImportReport report={r} />
          </List.Item>
        )}
      />
    </Flex>
  );
}
