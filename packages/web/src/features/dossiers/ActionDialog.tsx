import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupKey } from '../../i18n/keys';
import { showServerErrors } from '../../ui/form-errors';
import { type DossierDetail, useAssignees, useDossierWrite, useUnits } from './api';

type T = TFunction;

const text = (name: string, label: string, required: boolean, rows = 3) => (
  <Form.Item key={name} name={name} label={label} rules={[{ required, min: required ? 3 : 0 }]}>
    <Input.TextArea rows={rows} />
  </Form.Item>
);

function UnitOrAgency() {
  const { t } = useTranslation();
  const units = useUnits();
  return (
    <>
      <Form.Item name="toUnitId" label={t('dossiers.form.toUnit')}>
        <Select
          allowClear
          options={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item name="toAgency" label={t('dossiers.form.toAgency')}>
        <Input />
      </Form.Item>
    </>
  );
}

function Assignee() {
  const { t } = useTranslation();
  const users = useAssignees();
  return (
    <Form.Item name="userId" label={t('dossiers.form.userId')} rules={[{ required: true }]}>
      <Select
        showSearch
        optionFilterProp="label"
        options={(users.data ?? []).map((u) => ({ value: u.id, label: u.fullName }))}
      />
    </Form.Item>
  );
}

const note = (t: T) => text('note', t('dossiers.form.note'), false, 2);
const reason = (t: T) => text('reason', t('dossiers.form.reason'), true);

/** The fields of each action's form; actions not listed take a note only. */
const FORMS: Record<string, (t: T) => ReactNode> = {
  refuse: reason,
  withdraw: reason,
  stop: reason,
  request_supplement: (t) => [text('items', t('dossiers.form.items'), true, 4), reason(t)],
  request_payment: () => null,
  record_payment: (t) => [
    <Form.Item key="p" name="place" label={t('dossiers.form.place')} rules={[{ required: true }]}>
      <Select
        options={['portal', 'gateway', 'offline'].map((p) => ({ value: p, label: t(groupKey('dossiers.places', p)) }))}
      />
    </Form.Item>,
    <Form.Item key="a" name="amount" label={t('dossiers.form.amount')} rules={[{ required: true }]}>
      <InputNumber min={0} step={1000} style={{ width: '100%' }} />
    </Form.Item>,
  ],
  finish: (t) => [
    <Form.Item key="c" name="resultCode" label={t('dossiers.form.resultCode')}>
      <Input />
    </Form.Item>,
    <Form.Item key="u" name="resultFileUrl" label={t('dossiers.form.resultFileUrl')} rules={[{ type: 'url' }]}>
      <Input />
    </Form.Item>,
  ],
  assign: () => <Assignee />,
  handover: (t) => [<UnitOrAgency key="h" />, note(t)],
  apology: (t) => [
    reason(t),
    <Form.Item key="d" name="newDueAt" label={t('dossiers.form.newDueAt')} rules={[{ required: true }]}>
      <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" />
    </Form.Item>,
    <Form.Item key="n" name="letterNumber" label={t('dossiers.form.letterNumber')}>
      <Input placeholder="12/PXL-BPMC" />
    </Form.Item>,
  ],
};

/** The fields a server refusal may name, shown under the field itself. */
const FIELDS = [
  'reason',
  'items',
  'userId',
  'toUnitId',
  'toAgency',
  'newDueAt',
  'note',
  'place',
  'amount',
  'resultCode',
  'resultFileUrl',
  'letterNumber',
];

/** The request body of an action from its form's values. */
function bodyOf(action: string, values: Record<string, unknown>): Record<string, unknown> {
  if (action === 'request_supplement') {
    const items = String(values.items ?? '')
      .split('\n')
      .map((i) => i.trim())
      .filter(Boolean);
    return { items, reason: values.reason };
  }
  if (action === 'apology') {
    const letterNumber = String(values.letterNumber ?? '').trim();
    return {
      reason: values.reason,
      newDueAt: (values.newDueAt as Dayjs).format(),
      ...(letterNumber ? { letterNumber } : {}),
    };
  }
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
}

const pathOf = (dossier: DossierDetail, action: string) =>
  action === 'apology'
    ? `/dossiers/${dossier.id}/apology`
    : `/dossiers/${dossier.id}/actions/${action.replaceAll('_', '-')}`;

/** Asks for what an action needs, runs it, and shows the server's refusal (an illegal move names both statuses). */
export function ActionDialog(props: {
  dossier: DossierDetail;
  action: string | null;
  onClose: (warnings: DossierDetail['warnings']) => void;
}) {
  const { dossier, action } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const write = useDossierWrite(action ? pathOf(dossier, action) : '');
  const [error, setError] = useState<string | null>(null);
  if (!action) return null;
  const submit = async () => {
    const values = await form.validateFields();
    setError(null);
    write.mutate(bodyOf(action, values), {
      onSuccess: (detail) => props.onClose(detail.warnings),
      onError: (e) => setError(showServerErrors(form, e, FIELDS)),
    });
  };
  return (
    <Modal
      open
      title={t(groupKey('dossiers.actions', action))}
      okText={t(groupKey('dossiers.actions', action))}
      onOk={submit}
      onCancel={() => props.onClose([])}
      confirmLoading={write.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ place: 'portal' }}>
        {(FORMS[action] ?? note)(t)}
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
