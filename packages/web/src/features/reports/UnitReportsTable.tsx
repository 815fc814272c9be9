import { formatVietnamDateTime, REPORT_TEXT_LIMITS } from '@cchc/domain';
import { Alert, App, Button, Drawer, Flex, Form, Input, Result, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type UnitReportList, useUnitReport, useUnitReportAction, useUnitReports } from './api';
import { SubmissionStatusTag, TimingTag } from './tags';
import { SubmissionHistory, UnitTasks, UnitTextFields } from './UnitReportForm';

type Row = UnitReportList['units'][number];

/** The PAR focal point's decision on a submitted report: return with a comment, or accept. */
function ReviewActions({ code, unitId, onDone }: { code: string; unitId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [comment, setComment] = useState('');
  const act = useUnitReportAction(code, unitId);
  const run = async (action: 'return' | 'accept') => {
    if (action === 'return' && !comment.trim()) {
      void message.warning(t('reports.review.commentRequired'));
      return;
    }
    try {
      await act.mutateAsync(
        action === 'return' ? { action, comment } : { action, comment: comment.trim() || undefined },
      );
      void message.success(t(action === 'return' ? 'reports.review.returned' : 'reports.review.accepted'));
      onDone();
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : t('errors.generic'));
    }
  };
  return (
    <Flex vertical gap={8}>
      <Input.TextArea
        aria-label={t('reports.review.comment')}
        placeholder={t('reports.review.comment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        maxLength={REPORT_TEXT_LIMITS.comment}
        autoSize={{ minRows: 2 }}
      />
      <Space>
        <Button danger onClick={() => run('return')} loading={act.isPending}>
          {t('reports.review.return')}
        </Button>
        <Button type="primary" onClick={() => run('accept')} loading={act.isPending}>
          {t('reports.review.accept')}
        </Button>
      </Space>
    </Flex>
  );
}

/** A unit's report read in a drawer, with the review actions while it waits for review. */
function ReportDrawer({ code, unitId, onClose }: { code: string; unitId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useUnitReport(code, unitId);
  const report = query.data;
  return (
    <Drawer open={unitId !== null} onClose={onClose} width={860} title={report?.unit.name ?? ''} destroyOnHidden>
      {!report ? (
        <Spin />
      ) : (
        <Flex vertical gap={16}>
          <Space wrap>
            <SubmissionStatusTag status={report.status} testId="review-status" />
            <TimingTag timing={report.timing} />
          </Space>
          {report.status === 'draft' && <Alert type="info" message={t('reports.review.notSubmitted')} />}
          <UnitTasks report={report} />
          <Form layout="vertical" initialValues={report.content} key={report.submittedAt ?? 'draft'}>
            <UnitTextFields report={report} disabled />
          </Form>
          {report.rights.review && report.status === 'submitted' && unitId && (
            <ReviewActions code={code} unitId={unitId} onDone={onClose} />
          )}
          <SubmissionHistory history={report.history} />
        </Flex>
      )}
    </Drawer>
  );
}

/** Where each unit's report stands for the period: status, late flag, time sent; open one to review it. */
export function UnitReportsTable({ code }: { code: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const query = useUnitReports(code);
  if (query.isError) return <Result status="error" title={t('errors.generic')} />;
  if (!query.data) return <Spin />;
  const columns = [
    { title: t('reports.review.unit'), key: 'unit', render: (r: Row) => r.unit.name },
    {
      title: t('reports.review.status'),
      key: 'status',
      render: (r: Row) => <SubmissionStatusTag status={r.status} testId={`status-${r.unit.id}`} />,
    },
    { title: t('reports.review.timing'), key: 'timing', render: (r: Row) => <TimingTag timing={r.timing} /> },
    {
      title: t('reports.review.submittedAt'),
      key: 'at',
      render: (r: Row) => (r.submittedAt ? formatVietnamDateTime(r.submittedAt) : '—'),
    },
    {
      title: '',
      key: 'open',
      render: (r: Row) => (
        <Button size="small" onClick={() => setOpen(r.unit.id)} data-testid={`open-${r.unit.id}`}>
          {t('reports.review.view')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('reports.review.hint')}</Typography.Paragraph>
      <Table
        rowKey={(r) => r.unit.id}
        columns={columns}
        dataSource={query.data.units}
        pagination={false}
        size="middle"
      />
      <ReportDrawer code={code} unitId={open} onClose={() => setOpen(null)} />
    </>
  );
}
