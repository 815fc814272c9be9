import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { useUnits } from '../feedback/api';
import { useInspectionWrite } from './api';

interface Values {
  year: number;
  title: string;
  reference?: string;
  scope: string;
  team?: string;
  units: string[];
  dates: [Dayjs, Dayjs];
}

/** The yearly inspection plan: title, scope, team, and the units with the dates of their inspection. */
export function NewPlanModal({ year, open, onClose }: { year: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const units = useUnits();
  const create = useInspectionWrite(() => '/inspections/plans');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    const [from, to] = v.dates;
    const body = {
      year: v.year,
      title: v.title,
      reference: v.reference,
      scope: v.scope,
      team: (v.team ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
      units: v.units.map((unitId) => ({
        unitId,
        plannedFrom: from.format('YYYY-MM-DD'),
        plannedTo: to.format('YYYY-MM-DD'),
      })),
    };
    create.mutate(
      { body },
      { onSuccess: onClose, onError: (e) => setError(showServerErrors(form, e, ['title', 'scope', 'units'])) },
    );
  };
  return (
    <Modal
      open={open}
      title={t('inspections.newPlan')}
      okText={t('inspections.newPlan')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      width={720}
    >
      <Form form={form} layout="vertical" initialValues={{ year }}>
        <Form.Item name="year" label={t('inspections.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2199} />
        </Form.Item>
        <Form.Item name="title" label={t('inspections.fields.title')} rules={[{ required: true, min: 3 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="reference" label={t('inspections.fields.reference')}>
          <Input placeholder="15/KH-UBND" />
        </Form.Item>
        <Form.Item name="scope" label={t('inspections.fields.scope')} rules={[{ required: true, min: 3 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="team" label={t('inspections.fields.team')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="units" label={t('inspections.fields.units')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            options={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="dates" label={t('inspections.fields.dates')} rules={[{ required: true }]}>
          <DatePicker.RangePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
