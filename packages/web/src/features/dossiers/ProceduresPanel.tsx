import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Table, Tag, Typography, Upload } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResponse } from '../../api/types';
import { type Procedure, uploadTableFile, useProcedures } from './api';
import { money } from './format';
import { ProcedureForm } from './ProcedureForm';

type T = TFunction;

const limitText = (t: T, p: Procedure) =>
  p.limit === null
    ? '—'
    : 'days' in p.limit
      ? t('dossiers.procedures.days', { n: p.limit.days })
      : t('dossiers.procedures.hours', { n: p.limit.hours });

/** The ward's procedure catalogue: import from .xlsx, complete the ones an import created, edit. */
export function ProceduresPanel({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const procedures = useProcedures();
  const client = useQueryClient();
  const [editing, setEditing] = useState<Procedure | 'new' | null>(null);
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const importFile = async (file: File) => {
    try {
      const report = await uploadTableFile<ApiResponse<'/api/v1/procedures/import', 'post'>>(
        '/procedures/import',
        file,
      );
      setMessage({
        type: 'success',
        text: t('dossiers.procedures.imported', { ...report, rejected: report.rejected.length }),
      });
      await client.invalidateQueries({ queryKey: ['procedures'] });
    } catch (e) {
      setMessage({ type: 'error', text: e instanceof Error ? e.message : String(e) });
    }
    return false;
  };
  return (
    <Flex vertical gap={12}>
      {canManage && (
        <Flex gap={8} wrap>
          <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={importFile}>
            <Button icon={<UploadOutlined />}>{t('dossiers.procedures.import')}</Button>
          </Upload>
          <Button onClick={() => setEditing('new')}>{t('dossiers.procedures.add')}</Button>
        </Flex>
      )}
      <Typography.Text type="secondary">{t('dossiers.procedures.hint')}</Typography.Text>
      {message && <Alert type={message.type} showIcon closable title={message.text} />}
      <Table<Procedure>
        rowKey="id"
        size="small"
        loading={procedures.isPending}
        dataSource={procedures.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('dossiers.procedures.code'), dataIndex: 'code' },
          {
            title: t('dossiers.procedures.name'),
            key: 'name',
            render: (_, p) => (
              <Flex gap={4} wrap>
                {canManage ? <Typography.Link onClick={() => setEditing(p)}>{p.name}</Typography.Link> : p.name}
                {p.incomplete && <Tag color="orange">{t('dossiers.procedures.incomplete')}</Tag>}
                {p.demo && <Tag>{t('dossiers.procedures.demo')}</Tag>}
                {!p.active && <Tag color="default">{t('dossiers.procedures.inactive')}</Tag>}
              </Flex>
            ),
          },
          { title: t('dossiers.procedures.field'), dataIndex: 'field' },
          { title: t('dossiers.procedures.limit'), key: 'limit', render: (_, p) => limitText(t, p) },
          { title: t('dossiers.procedures.fee'), key: 'fee', render: (_, p) => (p.fee ? money(p.fee) : '—') },
          {
            title: t('dossiers.procedures.onlineLevel'),
            key: 'online',
            render: (_, p) => t(`dossiers.procedures.levels.${p.onlineLevel}`),
          },
        ]}
      />
      <ProcedureForm procedure={editing} onClose={() => setEditing(null)} />
    </Flex>
  );
}
