import { formatShortDate, formatVietnamDateTime, REPORT_TEXT_LIMITS, type UnitReportContent } from '@cchc/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Popconfirm,
  Result,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type UnitReport, useUnitReport, useUnitReportAction } from './api';
import { SubmissionStatusTag, TimingTag } from './tags';

type Task = UnitReport['tasks'][number];

/** The unit's tasks with their status and the updates of the window: what the texts are written from. */
export function UnitTasks({ report }: { report: UnitReport }) {
  const { t } = useTranslation();
  const columns = [
    { title: t('reports.form.taskNo'), key: 'no', width: 56, render: (task: Task) => task.no ?? '' },
    { title: t('reports.form.taskContent'), key: 'content', render: (task: Task) => task.content },
    {
      title: t('reports.form.taskStatus'),
      key: 'status',
      width: 170,
      render: (task: Task) => (
        <Tag>
          {t(`tasks.status.${task.status}`)}
          {task.status === 'in_progress' ? ` · ${task.progress}%` : ''}
        </Tag>
      ),
    },
    {
      title: t('reports.form.taskUpdates'),
      key: 'updates',
      width: 280,
      render: (task: Task) =>
        task.updates.length === 0 ? (
          <Typography.Text type="secondary">{t('reports.form.noUpdates')}</Typography.Text>
        ) : (
          task.updates.map((u) => (
            <div key={`${u.on}-${u.comment}`}>
              {formatShortDate(u.on)}: {u.comment ?? (u.progressAfter !== null ? `${u.progressAfter}%` : '')}
            </div>
          ))
        ),
    },
  ];
  return (
    <Card size="small" title={t('reports.form.tasks', { count: report.tasks.length })}>
      <Table
        rowKey={(task) => `${task.no}-${task.content}`}
        size="small"
        columns={columns}
        dataSource={report.tasks}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
      />
    </Card>
  );
}

/** The texts of a unit's report: one results field per reform area, then limits, causes, proposals, next tasks. */
export function UnitTextFields({ report, disabled }: { report: UnitReport; disabled: boolean }) {
  const { t } = useTranslation();
  const area = (code: string, title: string) => (
    <Form.Item key={code} name={['results', code]} label={t('reports.form.results', { area: title })}>
      <Input.TextArea
        autoSize={{ minRows: 3, maxRows: 14 }}
        maxLength={REPORT_TEXT_LIMITS.section}
        disabled={disabled}
      />
    </Form.Item>
  );
  return (
    <>
      {report.areas.map((a) => area(a.code, a.title))}
      {(['limits', 'causes', 'proposals', 'nextTasks'] as const).map((key) => (
        <Form.Item key={key} name={key} label={t(`reports.form.${key}`)}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 12 }}
            maxLength={REPORT_TEXT_LIMITS.section}
            disabled={disabled}
          />
        </Form.Item>
      ))}
    </>
  );
}

/** The report's history: submissions, returns with the coordinator's comment, acceptance. */
export function SubmissionHistory({ history }: { history: UnitReport['history'] }) {
  const { t } = useTranslation();
  if (history.length === 0) return null;
  return (
    <Card size="small" title={t('reports.form.history')}>
      <Timeline
        items={history.map((h) => ({
          color: h.action === 'return' ? 'orange' : h.action === 'accept' ? 'green' : 'blue',
          children: (
            <>
              <Typography.Text strong>{t(`reports.form.actions.${h.action}`)}</Typography.Text> · {h.by} ·{' '}
              {formatVietnamDateTime(h.at)}
              {h.comment && <div>{h.comment}</div>}
            </>
          ),
        }))}
      />
    </Card>
  );
}

/** Merges the form's values into the content the server expects, keeping areas the form does not show. */
const contentOf = (base: UnitReportContent, values: Partial<UnitReportContent>): UnitReportContent => ({
  ...base,
  ...values,
  results: { ...base.results, ...(values.results ?? {}) },
});

/**
 * A unit's report for a period: its tasks and their updates, the texts pre-filled from them, saving and sending,
 * the coordinator's comment when returned, and the history.
 */
export function UnitReportForm({ code, unitId }: { code: string; unitId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitReportContent>();
  const query = useUnitReport(code, unitId);
  const act = useUnitReportAction(code, unitId);
  if (query.isError) return <Result status="error" title={t('errors.generic')} />;
  const report = query.data;
  if (!report) return <Spin />;
  const editable = report.rights.edit && (report.status === 'draft' || report.status === 'returned');
  const run = async (action: 'save' | 'submit') => {
    try {
      const content = contentOf(report.content, form.getFieldsValue());
      // Sending is confirmed in the popover first; the server refuses a send without the confirmation.
      await act.mutateAsync(action === 'submit' ? { action, content, confirm: true } : { action, content });
      void message.success(t(action === 'save' ? 'reports.form.saved' : 'reports.form.submitted'));
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : t('errors.generic'));
    }
  };
  return (
    <Flex vertical gap={16}>
      <Space wrap>
        <Typography.Text strong>{report.unit.name}</Typography.Text>
        <SubmissionStatusTag status={report.status} testId="unit-report-status" />
        <TimingTag timing={report.timing} />
      </Space>
      {report.status === 'returned' && report.reviewComment && (
        <Alert type="warning" showIcon message={t('reports.form.returned', { comment: report.reviewComment })} />
      )}
      {!editable && report.status !== 'draft' && <Alert type="info" message={t('reports.form.readOnly')} />}
      <UnitTasks report={report} />
      <Form key={`${report.status}-${report.submittedAt}`} form={form} layout="vertical" initialValues={report.content}>
        <UnitTextFields report={report} disabled={!editable} />
        {editable && (
          <Space>
            <Button onClick={() => run('save')} loading={act.isPending}>
              {t('reports.form.save')}
            </Button>
            <Popconfirm
              title={t('reports.form.confirmSend')}
              description={t('reports.form.confirmSendNote')}
              okText={t('reports.form.confirmSendOk')}
              cancelText={t('reports.form.confirmSendCancel')}
              onConfirm={() => run('submit')}
            >
              <Button type="primary" loading={act.isPending}>
                {t('reports.form.submit')}
              </Button>
            </Popconfirm>
          </Space>
        )}
      </Form>
      <SubmissionHistory history={report.history} />
    </Flex>
  );
}
