import { DUE_SOON_LIMITS } from '@cchc/domain';
import { App, Button, Card, Checkbox, Form, InputNumber, Radio, Result, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/session';
import {
  type AuditEntry,
  type TaskSettings,
  useSaveTaskSettings,
  useTaskAudit,
  useTaskSettings,
} from './amendments-api';
import { formatMoment } from './TaskTags';

/** The ward's task settings: who accepts completions, unit-head approval, how early "due soon" warns. */
export function SettingsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useTaskSettings();
  const save = useSaveTaskSettings();
  if (!settings.data) return <Spin />;
  const submit = (values: TaskSettings) =>
    save.mutate(values, {
      onSuccess: () => message.success(t('tasks.actions.saved')),
      onError: (e) => message.error(e.message),
    });
  return (
    <Card title={t('tasks.settings.title')} style={{ maxWidth: 720 }}>
      <Form<TaskSettings> layout="vertical" initialValues={settings.data} onFinish={submit}>
        <Form.Item name="acceptor" label={t('tasks.settings.acceptor')}>
          <Radio.Group
            options={(['coordinator', 'chairman'] as const).map((v) => ({
              value: v,
              label: t(`tasks.settings.acceptors.${v}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="unitHeadApproval" valuePropName="checked">
          <Checkbox>{t('tasks.settings.unitHeadApproval')}</Checkbox>
        </Form.Item>
        <Form.Item name="secondPairOfEyes" valuePropName="checked">
          <Checkbox>{t('tasks.settings.secondPairOfEyes')}</Checkbox>
        </Form.Item>
        <Form.Item name="dueSoonWorkingDays" label={t('tasks.settings.dueSoonWorkingDays')}>
          <InputNumber min={DUE_SOON_LIMITS.min} max={DUE_SOON_LIMITS.max} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('tasks.settings.save')}
        </Button>
      </Form>
    </Card>
  );
}

const show = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

/** The append-only change log of task follow-up: who, when, before and after. */
export function AuditCard() {
  const { t } = useTranslation();
  const audit = useTaskAudit();
  const columns = [
    { title: t('tasks.audit.at'), width: 150, render: (_: unknown, e: AuditEntry) => formatMoment(e.at) },
    { title: t('tasks.audit.actor'), width: 180, dataIndex: 'actor' },
    { title: t('tasks.audit.action'), width: 200, dataIndex: 'action' },
    {
      title: t('tasks.audit.change'),
      render: (_: unknown, e: AuditEntry) => (
        <Typography.Text style={{ fontSize: 12 }} type="secondary">
          {show(e.before)} → {show(e.after)}
        </Typography.Text>
      ),
    },
  ];
  return (
    <Card title={t('tasks.audit.title')}>
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={audit.isFetching}
        dataSource={audit.data ?? []}
        columns={columns}
      />
    </Card>
  );
}

/** `/nhiem-vu/cai-dat`: settings for the chairman and the ward admin, the change log for those who may read it. */
export function SettingsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const settings = me.capabilities.includes('tasks.settings');
  const audit = me.capabilities.includes('audit.read');
  if (!settings && !audit) return <Result status="403" title={t('errors.notFound')} />;
  return (
    <>
      {settings ? <SettingsCard /> : null}
      {audit ? <AuditCard /> : null}
    </>
  );
}
