import type { SelfAssessmentResult, SelfInspectionArea } from '@cchc/domain';
import { Alert, Button, DatePicker, Flex, Form, type FormInstance, Input, message, Select, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { useUnits } from '../feedback/api';
import { type InspectionDetail, useInspectionWrite } from './api';

// Type-only imports from the domain in the web bundle: the enums are listed here, checked by these records.
const AREAS: Record<SelfInspectionArea, true> = {
  direction: true,
  institutions: true,
  procedures: true,
  organisation: true,
  civil_service: true,
  public_finance: true,
  digital_government: true,
};
const RESULTS: Record<SelfAssessmentResult, true> = {
  done: true,
  partly_done: true,
  not_done: true,
  not_applicable: true,
};
const SEVERITIES = ['minor', 'moderate', 'serious'] as const;

const post = (id: string, path: string) => `/inspections/${id}/${path}`;

/**
 * A refused write said in Vietnamese: each field's reason next to the field, anything else above the button.
 * No write of these forms fails silently.
 */
function useRefusal(form: FormInstance, fields: readonly string[]) {
  const [error, setError] = useState<string | null>(null);
  return {
    onError: (e: unknown) => setError(showServerErrors(form, e, fields)),
    clear: () => setError(null),
    alert: error ? <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} role="alert" /> : null,
  };
}

/** The unit's self-inspection form: a result and a note per reform area. */
export function SelfAssessmentForm({ inspection }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const write = useInspectionWrite(() => post(inspection.id, 'self-assessment'));
  const refusal = useRefusal(form, []);
  const known = new Map(inspection.selfAssessment.map((i) => [i.area, i]));
  const areas = Object.keys(AREAS) as SelfInspectionArea[];
  const initial = Object.fromEntries(
    areas.map((a) => [a, { result: known.get(a)?.result ?? 'done', note: known.get(a)?.note ?? '' }]),
  );
  const submit = (values: Record<SelfInspectionArea, { result: SelfAssessmentResult; note: string }>) =>
    write.mutate(
      { body: { items: areas.map((area) => ({ area, ...values[area] })) } },
      { onSuccess: () => void message.success(t('inspections.saved')), onError: refusal.onError },
    );
  return (
    <Form form={form} initialValues={initial} onFinish={submit}>
      <Table
        rowKey={(a) => a}
        size="small"
        pagination={false}
        dataSource={areas}
        columns={[
          { title: t('inspections.fields.area'), key: 'area', render: (_, a) => t(`inspections.areas.${a}`) },
          {
            title: t('inspections.fields.result'),
            key: 'result',
            render: (_, a) => (
              <Form.Item name={[a, 'result']} noStyle>
                <Select
                  style={{ width: 180 }}
                  options={(Object.keys(RESULTS) as SelfAssessmentResult[]).map((r) => ({
                    value: r,
                    label: t(`inspections.results.${r}`),
                  }))}
                />
              </Form.Item>
            ),
          },
          {
            title: t('inspections.fields.note'),
            key: 'note',
            render: (_, a) => (
              <Form.Item name={[a, 'note']} noStyle>
                <Input />
              </Form.Item>
            ),
          },
        ]}
      />
      <Button type="primary" htmlType="submit" loading={write.isPending} style={{ marginTop: 12 }}>
        {t('inspections.submitSelfAssessment')}
      </Button>
      {refusal.alert}
    </Form>
  );
}

/** A finding of the team, with its severity. */
export function FindingForm({ inspection }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const write = useInspectionWrite(() => post(inspection.id, 'findings'));
  const refusal = useRefusal(form, ['severity', 'text']);
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(body) => write.mutate({ body }, { onSuccess: () => form.resetFields(), onError: refusal.onError })}
    >
      <Form.Item name="severity" initialValue="moderate">
        <Select
          style={{ width: 200 }}
          options={SEVERITIES.map((s) => ({ value: s, label: t(`inspections.severities.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="text" rules={[{ required: true, min: 3 }]} style={{ flex: 1 }}>
        <Input placeholder={t('inspections.fields.finding')} />
      </Form.Item>
      <Button htmlType="submit" loading={write.isPending}>
        {t('inspections.addFinding')}
      </Button>
      {refusal.alert}
    </Form>
  );
}

/** A follow-up action with its owner unit and deadline. */
export function FollowUpForm({ inspection }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const units = useUnits();
  const write = useInspectionWrite(() => post(inspection.id, 'follow-ups'));
  const refusal = useRefusal(form, ['action', 'ownerUnitId', 'ownerName', 'dueOn', 'findingId']);
  const submit = (v: { action: string; ownerUnitId: string; ownerName?: string; dueOn: Dayjs }) =>
    write.mutate(
      { body: { ...v, dueOn: v.dueOn.format('YYYY-MM-DD') } },
      { onSuccess: () => form.resetFields(), onError: refusal.onError },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ ownerUnitId: inspection.unit.id }}>
      <Flex gap={8} wrap>
        <Form.Item
          name="action"
          label={t('inspections.fields.action')}
          rules={[{ required: true, min: 3 }]}
          style={{ minWidth: 280, flex: 1 }}
        >
          <Input />
        </Form.Item>
        <Form.Item name="ownerUnitId" label={t('inspections.fields.owner')} rules={[{ required: true }]}>
          <Select style={{ width: 240 }} options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="ownerName" label={t('inspections.fields.ownerName')}>
          <Input />
        </Form.Item>
        <Form.Item name="dueOn" label={t('inspections.fields.dueOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Flex>
      <Button htmlType="submit" loading={write.isPending}>
        {t('inspections.addFollowUp')}
      </Button>
      {refusal.alert}
    </Form>
  );
}

/** The conclusion: the team's assessment and the notice's number, date and signer. */
export function ConcludeForm({ inspection }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const write = useInspectionWrite(() => post(inspection.id, 'conclude'));
  const refusal = useRefusal(form, ['conclusion', 'noticeNumber', 'noticeDate', 'signerName']);
  const submit = (v: { conclusion: string; noticeNumber?: string; noticeDate: Dayjs; signerName: string }) =>
    write.mutate(
      { body: { ...v, noticeDate: v.noticeDate.format('YYYY-MM-DD') } },
      { onSuccess: () => void message.success(t('inspections.saved')), onError: refusal.onError },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit} onValuesChange={refusal.clear}>
      <Form.Item name="conclusion" label={t('inspections.fields.conclusion')} rules={[{ required: true, min: 3 }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Flex gap={8} wrap>
        <Form.Item name="noticeNumber" label={t('inspections.fields.noticeNumber')}>
          <Input style={{ width: 160 }} placeholder="25" />
        </Form.Item>
        <Form.Item name="noticeDate" label={t('inspections.fields.noticeDate')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="signerName" label={t('inspections.fields.signerName')} rules={[{ required: true, min: 2 }]}>
          <Input style={{ width: 240 }} />
        </Form.Item>
      </Flex>
      <Button type="primary" htmlType="submit" loading={write.isPending}>
        {t('inspections.conclude')}
      </Button>
      {refusal.alert}
    </Form>
  );
}
