import { Button, DatePicker, Form, Input, message, Progress, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { groupKey } from '../../i18n/keys';
import { showServerErrors } from '../../ui/form-errors';
import { type CityTask, useCityTasks, useCreateCityTask } from './work-api';

interface FormValues {
  content: string;
  documentNumber: string;
  documentDate: Dayjs;
  dueDate?: Dayjs;
  scope: 'all' | 'block' | 'wards';
  block?: 'ward' | 'commune';
  wards?: string;
}

function NewTaskForm() {
  const { t } = useTranslation();
  const create = useCreateCityTask();
  const [form] = Form.useForm<FormValues>();
  const scope = Form.useWatch('scope', form);
  const submit = async (v: FormValues) => {
    try {
      await create.mutateAsync({
        content: v.content,
        documentNumber: v.documentNumber,
        documentDate: v.documentDate.format('YYYY-MM-DD'),
        dueDate: v.dueDate?.format('YYYY-MM-DD'),
        scope: v.scope,
        block: v.block,
        wards: v.wards ? v.wards.split(/[\s,;]+/).filter(Boolean) : [],
      });
      form.resetFields();
    } catch (e) {
      const text = showServerErrors(form, e);
      if (text) void message.error(text);
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      initialValues={{ scope: 'all' }}
      style={{ maxWidth: 640 }}
    >
      <Form.Item name="content" label={t('city.tasksForm.content')} rules={[{ required: true }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="documentNumber" label={t('city.tasksForm.documentNumber')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="documentDate" label={t('city.tasksForm.documentDate')} rules={[{ required: true }]}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Form.Item name="dueDate" label={t('city.dueDate')}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Form.Item name="scope" label={t('city.tasksForm.scope')}>
        <Select
          options={(['all', 'block', 'wards'] as const).map((s) => ({
            value: s,
            label: t(`city.tasksForm.scopes.${s}`),
          }))}
        />
      </Form.Item>
      {scope === 'block' && (
        <Form.Item name="block" label={t('city.tasksForm.block')} rules={[{ required: true }]}>
          <Select
            options={(['ward', 'commune'] as const).map((b) => ({ value: b, label: t(`city.tasksForm.blocks.${b}`) }))}
          />
        </Form.Item>
      )}
      {scope === 'wards' && (
        <Form.Item name="wards" label={t('city.tasksForm.wards')} rules={[{ required: true }]}>
          <Input placeholder="hai-duong, ..." />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={create.isPending}>
        {t('city.tasksForm.submit')}
      </Button>
    </Form>
  );
}

/** The tasks the city assigned and their progress ward by ward; the form for the city admin. */
export function TasksPanel({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const tasks = useCityTasks();
  return (
    <>
      <Table<CityTask>
        rowKey="id"
        size="small"
        loading={tasks.isPending}
        dataSource={tasks.data ?? []}
        expandable={{
          expandedRowRender: (task) => (
            <Table
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={task.wards}
              columns={[
                { title: t('city.ward'), dataIndex: 'name' },
                {
                  title: t('city.tasksForm.status'),
                  key: 'status',
                  render: (_, w) => t(groupKey('tasks.status', w.status)),
                },
                { title: '%', key: 'progress', render: (_, w) => <Progress percent={w.progress} size="small" /> },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('city.tasks'), dataIndex: 'content' },
          {
            title: t('city.tasksForm.documentNumber'),
            key: 'doc',
            render: (_, r) => `${r.document.number} (${r.document.date})`,
          },
          { title: t('city.dueDate'), dataIndex: 'dueDate' },
          { title: t('city.completed'), key: 'done', render: (_, r) => `${r.completed}/${r.wards.length}` },
        ]}
      />
      {canManage && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('city.tasksForm.title')}
          </Typography.Title>
          <NewTaskForm />
        </>
      )}
    </>
  );
}
