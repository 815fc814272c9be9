import { App, Button, Form, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { useRecordMerger, useUpdateWard, useWards, type Ward } from './api';

type Dialog = { kind: 'rename' | 'merge'; ward: Ward } | null;

/** Every ward with its block and codes; rename, deactivate or reactivate, record a merger. */
export function WardsTable() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const wards = useWards();
  const update = useUpdateWard();
  const [dialog, setDialog] = useState<Dialog>(null);
  const toggle = (w: Ward) =>
    modal.confirm({
      title: w.active ? t('wards.deactivateConfirm', { name: w.name }) : t('wards.activateConfirm', { name: w.name }),
      content: w.active ? t('wards.deactivateHelp') : undefined,
      onOk: async () => {
        await update.mutateAsync({ code: w.code, active: !w.active });
        void message.success(t('wards.saved'));
      },
    });
  return (
    <>
      <Table<Ward>
        rowKey="id"
        loading={wards.isPending}
        dataSource={wards.data ?? []}
        pagination={{ pageSize: 50 }}
        columns={[
          { title: t('wards.code'), dataIndex: 'code' },
          { title: t('wards.name'), dataIndex: 'name' },
          { title: t('wards.kind'), render: (_: unknown, w: Ward) => t(`wards.kinds.${w.kind}`) },
          { title: t('wards.block'), render: (_: unknown, w: Ward) => (w.block ? t(`wards.blocks.${w.block}`) : '') },
          { title: t('wards.agencyCode'), dataIndex: 'agencyCode' },
          { title: t('wards.adminUnitCode'), dataIndex: 'adminUnitCode' },
          {
            title: t('wards.state'),
            render: (_: unknown, w: Ward) =>
              w.active ? <Tag color="green">{t('wards.active')}</Tag> : <Tag>{t('wards.inactive')}</Tag>,
          },
          {
            title: '',
            render: (_: unknown, w: Ward) => (
              <Space>
                <Button size="small" onClick={() => setDialog({ kind: 'rename', ward: w })}>
                  {t('wards.rename')}
                </Button>
                <Button size="small" onClick={() => setDialog({ kind: 'merge', ward: w })}>
                  {t('wards.merge')}
                </Button>
                <Button size="small" danger={w.active} onClick={() => toggle(w)}>
                  {w.active ? t('wards.deactivate') : t('wards.activate')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {dialog?.kind === 'rename' && <RenameDialog ward={dialog.ward} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'merge' && <MergeDialog ward={dialog.ward} onClose={() => setDialog(null)} />}
    </>
  );
}

function RenameDialog({ ward, onClose }: { ward: Ward; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; shortName: string }>();
  const update = useUpdateWard();
  const submit = async (values: { name: string; shortName: string }) => {
    try {
      await update.mutateAsync({ code: ward.code, ...values });
      onClose();
    } catch (e) {
      showServerErrors(form, e);
    }
  };
  return (
    <Modal open title={t('wards.rename')} onCancel={onClose} onOk={() => form.submit()}>
      <Form form={form} layout="vertical" initialValues={ward} onFinish={submit}>
        <Form.Item name="name" label={t('wards.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="shortName" label={t('wards.shortName')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function MergeDialog({ ward, onClose }: { ward: Ward; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ formerName: string; formerCode?: string; formerTenantCode?: string }>();
  const merge = useRecordMerger();
  const submit = async (values: { formerName: string; formerCode?: string; formerTenantCode?: string }) => {
    try {
      await merge.mutateAsync({
        code: ward.code,
        formerName: values.formerName,
        formerCode: values.formerCode || undefined,
        formerTenantCode: values.formerTenantCode || undefined,
      });
      onClose();
    } catch (e) {
      showServerErrors(form, e);
    }
  };
  return (
    <Modal open title={t('wards.mergeInto', { name: ward.name })} onCancel={onClose} onOk={() => form.submit()}>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="formerName" label={t('wards.formerName')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="formerCode" label={t('wards.formerCode')}>
          <Input />
        </Form.Item>
        <Form.Item name="formerTenantCode" label={t('wards.formerTenantCode')} extra={t('wards.formerTenantHelp')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
