import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupKey } from '../../i18n/keys';
import { showServerErrors } from '../../ui/form-errors';
import { type Procedure, useDossierWrite, useUnits } from './api';

const FIELDS = ['code', 'name', 'field', 'fee', 'unitId'];

/** The form's values from a procedure: the limit as an amount and a unit. */
function initialValues(p: Procedure | null) {
  if (!p) return { onlineLevel: 'none', returnsPaperResult: true, active: true, limitUnit: 'days', steps: [] };
  const limitUnit = p.limit && 'hours' in p.limit ? 'hours' : 'days';
  const limitAmount = p.limit ? ('hours' in p.limit ? p.limit.hours : p.limit.days) : undefined;
  return { ...p, components: p.components.join('\n'), limitUnit, limitAmount };
}

function bodyOf(values: Record<string, unknown>) {
  const { limitUnit, limitAmount, components, ...rest } = values;
  const limit = typeof limitAmount === 'number' ? { [limitUnit as string]: limitAmount } : null;
  const papers = String(components ?? '')
    .split('\n')
    .map((c) => c.trim())
    .filter(Boolean);
  return { ...rest, fee: rest.fee ?? null, unitId: rest.unitId ?? null, limit, components: papers };
}

/** Adds or edits a procedure with its time limit, fee, online level, executing unit and internal steps. */
export function ProcedureForm({ procedure, onClose }: { procedure: Procedure | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const units = useUnits();
  const existing = procedure === 'new' ? null : procedure;
  const save = useDossierWrite(existing ? `/procedures/${existing.id}` : '/procedures', existing ? 'PUT' : 'POST');
  const [error, setError] = useState<string | null>(null);
  if (procedure === null) return null;
  const unitOptions = (units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }));
  const submit = async () => {
    const values = await form.validateFields();
    save.mutate(bodyOf(values), { onSuccess: onClose, onError: (e) => setError(showServerErrors(form, e, FIELDS)) });
  };
  return (
    <Modal
      open
      width={760}
      title={existing?.name ?? t('dossiers.procedures.add')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initialValues(existing)}>
        <Flex gap={12} wrap>
          <Form.Item
            name="code"
            label={t('dossiers.procedures.code')}
            rules={[{ required: true }]}
            style={{ width: 160 }}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="field"
            label={t('dossiers.procedures.field')}
            rules={[{ required: true }]}
            style={{ flex: 1 }}
          >
            <Input />
          </Form.Item>
        </Flex>
        <Form.Item name="name" label={t('dossiers.procedures.name')} rules={[{ required: true, min: 2 }]}>
          <Input />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="limitAmount" label={t('dossiers.procedures.limit')}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="limitUnit" label=" ">
            <Select
              style={{ width: 160 }}
              options={['days', 'hours'].map((u) => ({ value: u, label: t(groupKey('dossiers.procedures.units', u)) }))}
            />
          </Form.Item>
          <Form.Item name="fee" label={t('dossiers.procedures.fee')}>
            <InputNumber min={0} step={1000} />
          </Form.Item>
          <Form.Item name="onlineLevel" label={t('dossiers.procedures.onlineLevel')}>
            <Select
              style={{ width: 160 }}
              options={['none', 'partial', 'full'].map((l) => ({
                value: l,
                label: t(groupKey('dossiers.procedures.levels', l)),
              }))}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="unitId" label={t('dossiers.procedures.unit')}>
          <Select allowClear options={unitOptions} />
        </Form.Item>
        <Form.Item name="components" label={t('dossiers.procedures.components')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.List name="steps">
          {(fields, { add, remove }) => (
            <Form.Item label={t('dossiers.procedures.steps')}>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="baseline">
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true }]} style={{ flex: 2 }}>
                    <Input placeholder={t('dossiers.procedures.stepName')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'unitId']} style={{ flex: 1 }}>
                    <Select allowClear placeholder={t('dossiers.procedures.unit')} options={unitOptions} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'budgetHours']} rules={[{ required: true }]}>
                    <InputNumber min={0} placeholder={t('dossiers.procedures.budgetHours')} />
                  </Form.Item>
                  <MinusCircleOutlined
                    aria-label={t('dossiers.intake.removeComponent')}
                    onClick={() => remove(f.name)}
                  />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                {t('dossiers.procedures.addStep')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Flex gap={16}>
          <Form.Item name="returnsPaperResult" valuePropName="checked">
            <Checkbox>{t('dossiers.procedures.paperResult')}</Checkbox>
          </Form.Item>
          <Form.Item name="active" valuePropName="checked">
            <Checkbox>{t('dossiers.procedures.active')}</Checkbox>
          </Form.Item>
        </Flex>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
