import { Alert, App, Button, Card, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';
import { showServerErrors } from '../../ui/form-errors';
import { type FeedKey, useFeedKeyMutation, useFeedKeys, useWards } from './api';

/** API keys of the IOC data feed: created for a consumer and some wards (or all), shown once, revoked. */
export function FeedKeysTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; wards?: string[] }>();
  const keys = useFeedKeys();
  const wards = useWards();
  const [shown, setShown] = useState<string | null>(null);
  const create = useFeedKeyMutation((body: ApiBody<'/api/v1/feed/keys', 'post'>) =>
    api<ApiResponse<'/api/v1/feed/keys', 'post'>>('/feed/keys', { method: 'POST', body }),
  );
  const revoke = useFeedKeyMutation((id: string) =>
    api<ApiResponse<'/api/v1/feed/keys/{ref}/revoke', 'post'>>(`/feed/keys/${id}/revoke`, { method: 'POST' }),
  );
  const submit = async (v: { name: string; wards?: string[] }) => {
    try {
      const created = await create.mutateAsync({ name: v.name, wards: v.wards?.length ? v.wards : 'all' });
      setShown(created.key);
      form.resetFields();
    } catch (e) {
      const text = showServerErrors(form, e);
      if (text) void message.error(text);
    }
  };
  return (
    <Card>
      <Typography.Paragraph>{t('wards.feedHelp')}</Typography.Paragraph>
      {shown && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('wards.keyOnce')}
          description={
            <Typography.Text copyable code data-testid="feed-key">
              {shown}
            </Typography.Text>
          }
        />
      )}
      <Form form={form} layout="inline" onFinish={submit} style={{ marginBottom: 16 }}>
        <Form.Item name="name" rules={[{ required: true, message: t('admin.required') }]}>
          <Input placeholder={t('wards.consumer')} />
        </Form.Item>
        <Form.Item name="wards">
          <Select
            mode="multiple"
            allowClear
            style={{ minWidth: 280 }}
            placeholder={t('wards.allWards')}
            options={(wards.data ?? []).map((w) => ({ value: w.code, label: w.name }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('wards.createKey')}
        </Button>
      </Form>
      <Table<FeedKey>
        rowKey="id"
        loading={keys.isPending}
        dataSource={keys.data ?? []}
        pagination={false}
        columns={[
          { title: t('wards.consumer'), dataIndex: 'name' },
          { title: t('wards.keyPrefix'), render: (_: unknown, k: FeedKey) => <code>{k.prefix}…</code> },
          {
            title: t('wards.scope'),
            render: (_: unknown, k: FeedKey) => (k.wards === 'all' ? t('wards.allWards') : k.wards.join(', ')),
          },
          {
            title: t('wards.state'),
            render: (_: unknown, k: FeedKey) =>
              k.revokedAt ? <Tag>{t('wards.revoked')}</Tag> : <Tag color="green">{t('wards.active')}</Tag>,
          },
          {
            title: '',
            render: (_: unknown, k: FeedKey) =>
              !k.revokedAt && (
                <Button size="small" danger onClick={() => void revoke.mutateAsync(k.id)}>
                  {t('wards.revoke')}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
