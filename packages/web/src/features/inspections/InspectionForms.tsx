import type { SelfAssessmentResult, SelfInspectionArea } from '@cchc/domain';
import { Button, DatePicker, Flex, Form, Input, message, Select, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
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

/** The unit's self-inspection form: a result and a note per reform area. */
export function SelfAssessmentForm({ inspection }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const write = useInspectionWrite(() => post(inspection.id, 'self-assessment'));
  const known = new Map(inspection.selfAssessment.map((i) => [i.area, i]));
  const areas = Object.keys(AREAS) as SelfInspectionArea[];
  const initial = Object.fromEntries(
    areas.map((a) => [a, { result: known.get(a)?.result ?? 'done', note: known.get(a)?.note ?? '' }]),
  );
  const submit = (values: Record<SelfInspectionArea, { result: SelfAssessmentResult; note: string }>) =>
    write.mutate(
      { body: { items: areas.map((area) => ({ area, ...values[area] })) } },
      { onSuccess: () => void message.success(t('inspections.saved')) },
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
    </Form>
  );
}

/** A finding of the team, with its severity. */
export function FindingForm({ inspection }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const write = useInspectionWrite(() => post(inspection.id, 'findings'));
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(body) => write.mutate({ body }, { onSuccess: () => form.resetFields() })}
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
    </Form>
  );
}

/** A follow-up action with its owner unit and deadline. */
export function FollowUpForm({ inspection }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const units = useUnits();
  const write = useInspectionWrite(() => post(inspection.id, 'follow-ups'));
  const submit = (v: { action: string; ownerUnitId: string; ownerName?: string; dueOn: Dayjs }) =>
    write.mutate({ body: { ...v, dueOn: v.dueOn.format('YYYY-MM-DD') } }, { onSuccess: () => form.resetFields() });
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
    </Form>
  );
}

/** The conclusion: the team's assessment and the notice's number, date and signer. */
export function ConcludeForm({ inspection }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const write = useInspectionWrite(() => post(inspection.id, 'conclude'));
  const submit = (v: { conclusion: string; noticeNumber?: string; noticeDate: Dayjs; signerName: string }) =>
    write.mutate({ body: { ...v, noticeDate: v.noticeDate.format('YYYY-MM-DD') } });
  return (
    <Form layout="vertical" onFinish={submit}>
      <Form.Item name="conclusion" label={t('inspections.fields.conclusion')} rules={[{ required: true, min: 3 }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Flex gap={8} wrap>
        <Form.Item name="noticeNumber" label={t('inspections.fields.noticeNumber')}>
          <Input style={{ width: 120 }} />
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
    </Form>
  );
}
