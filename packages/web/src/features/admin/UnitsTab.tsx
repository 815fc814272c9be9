import { App, Button, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { type Unit, useUnits, useUpdateUnit } from './api';

type UnitForm = Pick<Unit, 'name' | 'shortName' | 'aliases'>;

/** The ward's units; names and aliases are what the plan importer resolves cells against. */
export function UnitsTab() {
  const { t } = useTranslation();
  const units = useUnits();
  const [editing, setEditing] = useState<Unit | null>(null);
  return (
    <>
      <Table<Unit>
        rowKey="id"
        loading={units.isPending}
        dataSource={units.data ?? []}
        pagination={false}
        columns={[
          { title: t('admin.code'), dataIndex: 'code', width: 110 },
          { title: t('admin.name'), dataIndex: 'name' },
          { title: t('admin.shortName'), dataIndex: 'shortName', width: 200 },
          {
            title: t('admin.aliases'),
            render: (_: unknown, u: Unit) => u.aliases.map((a) => <Tag key={a}>{a}</Tag>),
          },
          {
            width: 90,
            render: (_: unknown, u: Unit) => <Button onClick={() => setEditing(u)}>{t('admin.edit')}</Button>,
          },
        ]}
      />
      {editing && <EditUnit unit={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function EditUnit({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitForm>();
  const update = useUpdateUnit();
  const save = async (values: UnitForm) => {
    try {
      await update.mutateAsync({ id: unit.id, ...values });
      void message.success(t('admin.saved'));
      onClose();
    } catch (e) {
      const text = showServerErrors(form, e);
      if (text) void message.error(text);
    }
  };
  return (
    <Modal open title={unit.name} okText={t('admin.save')} onOk={() => form.submit()} onCancel={onClose}>
      <Form<UnitForm> form={form} layout="vertical" initialValues={unit} onFinish={save}>
        <Form.Item name="name" label={t('admin.name')} rules={[{ required: true, message: t('admin.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="shortName"
          label={t('admin.shortName')}
          rules={[{ required: true, message: t('admin.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="aliases" label={t('admin.aliases')} extra={t('admin.aliasesHint')}>
          <Select mode="tags" tokenSeparators={[';']} open={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
