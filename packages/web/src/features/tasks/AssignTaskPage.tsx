import type { TimeframeKind } from '@cchc/domain';
import { App, Button, Card, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { showServerErrors } from '../../ui/form-errors';
import { useCreateAssignedTask, useTaskUnits } from './api';
import { DueDateField } from './DueDateField';

interface Values {
  source: 'city' | 'chairman';
  documentNumber: string;
  documentDate: Dayjs;
  documentTitle?: string;
  content: string;
  product?: string;
  leadUnitIds: string[];
  coordinatorUnitIds?: string[];
  timeframeKind: TimeframeKind;
  dueDate?: Dayjs;
}

const KINDS: TimeframeKind[] = ['date', 'month', 'quarter', 'year', 'recurring', 'event'];
const FIELDS = ['documentNumber', 'documentDate', 'content', 'leadUnitIds', 'dueDate'] as const;

/** The coordinator (or the chairman) enters a task assigned during the year, with the document that assigned it. */
export function AssignTaskPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const units = useTaskUnits();
  const create = useCreateAssignedTask();
  const kind = Form.useWatch('timeframeKind', form);
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));
  const required = [{ required: true, whitespace: true, message: t('tasks.actions.required') }];

  const submit = async ({ documentDate, dueDate, ...values }: Values) => {
    try {
      const task = await create.mutateAsync({
        ...values,
        coordinatorUnitIds: values.coordinatorUnitIds ?? [],
        documentDate: documentDate.format('YYYY-MM-DD'),
        ...(dueDate ? { dueDate: dueDate.format('YYYY-MM-DD') } : {}),
      });
      navigate(`/nhiem-vu/${task.id}`);
    } catch (e) {
      const general = showServerErrors(form, e, FIELDS);
      if (general) message.error(general);
    }
  };

  return (
    <Card title={t('tasks.assign.title')} style={{ maxWidth: 760 }}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ source: 'city', timeframeKind: 'date' }}
      >
        <Form.Item name="source" label={t('tasks.assign.source')}>
          <Radio.Group
            options={[
              { value: 'city', label: t('tasks.source.city') },
              { value: 'chairman', label: t('tasks.source.chairman') },
            ]}
          />
        </Form.Item>
        <Form.Item name="documentNumber" label={t('tasks.assign.documentNumber')} rules={required}>
          <Input maxLength={100} placeholder="120/UBND-VP" />
        </Form.Item>
        <Form.Item
          name="documentDate"
          label={t('tasks.assign.documentDate')}
          rules={[{ required: true, message: t('tasks.actions.required') }]}
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="documentTitle" label={t('tasks.assign.documentTitle')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="content" label={t('tasks.assign.content')} rules={required}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="product" label={t('tasks.assign.product')}>
          <Input maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="leadUnitIds"
          label={t('tasks.assign.lead')}
          rules={[{ required: true, message: t('tasks.actions.required') }]}
        >
          <Select mode="multiple" options={unitOptions} />
        </Form.Item>
        <Form.Item name="coordinatorUnitIds" label={t('tasks.assign.coordinators')}>
          <Select mode="multiple" options={unitOptions} />
        </Form.Item>
        <Form.Item name="timeframeKind" label={t('tasks.assign.kind')}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`tasks.kind.${k}`) }))} />
        </Form.Item>
        <DueDateField kind={kind} />
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('tasks.assign.create')}
        </Button>
      </Form>
    </Card>
  );
}
