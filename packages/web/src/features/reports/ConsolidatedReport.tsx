import { DownloadOutlined, FileSyncOutlined, SendOutlined } from '@ant-design/icons';
import { formatShortDate, formatVietnamDateTime } from '@cchc/domain';
import { Alert, App, Button, Card, Empty, Flex, List, Popconfirm, Result, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type Consolidated, documentUrl, useConsolidated, useGenerateReport } from './api';
import { FiguresSummary } from './FiguresSummary';
import { ReportEditor } from './ReportEditor';
import { SendReportModal } from './SendReportModal';

/** Links to a version's .docx and .xlsx; plain links, so the browser downloads with the session cookie. */
function Downloads({ code, version }: { code: string; version: number }) {
  const { t } = useTranslation();
  return (
    <Space>
      <a href={documentUrl(code, version, 'docx')} download data-testid={`download-docx-${version}`}>
        <Button icon={<DownloadOutlined />}>{t('reports.consolidated.download')}</Button>
      </a>
      <a href={documentUrl(code, version, 'xlsx')} download>
        <Button icon={<DownloadOutlined />}>{t('reports.consolidated.downloadXlsx')}</Button>
      </a>
    </Space>
  );
}

/** Generating a draft from the data: refreshing the figures keeps the texts; starting over takes the units'. */
function GenerateButtons({ code, report }: { code: string; report: Consolidated }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const generate = useGenerateReport(code);
  const run = async (keepTexts: boolean) => {
    try {
      const result = await generate.mutateAsync(keepTexts);
      void message.success(t('reports.consolidated.generated', { version: result.current?.version ?? '' }));
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : t('errors.generic'));
    }
  };
  if (!report.rights.generate) return null;
  if (!report.current) {
    return (
      <Button type="primary" icon={<FileSyncOutlined />} onClick={() => run(false)} loading={generate.isPending}>
        {t('reports.consolidated.generate')}
      </Button>
    );
  }
  return (
    <Space wrap>
      <Button icon={<FileSyncOutlined />} onClick={() => run(true)} loading={generate.isPending}>
        {t('reports.consolidated.refresh')}
      </Button>
      <Popconfirm title={t('reports.consolidated.regenerateConfirm')} onConfirm={() => run(false)}>
        <Button loading={generate.isPending}>{t('reports.consolidated.regenerate')}</Button>
      </Popconfirm>
    </Space>
  );
}

function Versions({ code, report }: { code: string; report: Consolidated }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('reports.consolidated.versions')}>
      <List
        size="small"
        dataSource={report.versions}
        renderItem={(v) => (
          <List.Item extra={<a href={documentUrl(code, v.version, 'docx')}>.docx</a>}>
            {t('reports.consolidated.version', { version: v.version })} ({t(`reports.consolidated.kinds.${v.kind}`)}) ·{' '}
            {formatVietnamDateTime(v.createdAt)} · {v.createdBy}
            {report.sent?.version === v.version && <Tag color="success">{t('reports.consolidatedState.sent')}</Tag>}
          </List.Item>
        )}
      />
    </Card>
  );
}

/**
 * The consolidated report of a period: generated from the data with texts pre-filled from the units' reports,
 * edited here (every save a version), downloaded as .docx and .xlsx, and marked sent with its number.
 */
export function ConsolidatedReport({ code }: { code: string }) {
  const { t } = useTranslation();
  const [sending, setSending] = useState(false);
  const query = useConsolidated(code);
  if (query.isError) return <Result status="error" title={t('errors.generic')} />;
  const report = query.data;
  if (!report) return <Spin />;
  const { current, sent, submissions } = report;
  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">
        {t('reports.consolidated.submissions', {
          done: submissions.submitted + submissions.accepted,
          total: submissions.units,
        })}
      </Typography.Text>
      {sent && (
        <Alert
          type="success"
          showIcon
          message={t('reports.consolidated.sent', {
            number: sent.number,
            date: formatShortDate(sent.date),
            version: sent.version,
          })}
          description={sent.recipients.join('; ')}
        />
      )}
      <Flex justify="space-between" wrap gap={8}>
        <GenerateButtons code={code} report={report} />
        {current && (
          <Space wrap>
            <Tag color="blue" data-testid="report-version">
              {t('reports.consolidated.version', { version: current.version })}
            </Tag>
            <Downloads code={code} version={current.version} />
            {report.rights.send && (
              <Button icon={<SendOutlined />} onClick={() => setSending(true)}>
                {t('reports.consolidated.send')}
              </Button>
            )}
          </Space>
        )}
      </Flex>
      {!current ? (
        <Empty description={t('reports.consolidated.empty')} />
      ) : (
        <>
          <FiguresSummary figures={current.figures} />
          <ReportEditor code={code} report={report} />
          <Versions code={code} report={report} />
          <SendReportModal code={code} report={report} open={sending} onClose={() => setSending(false)} />
        </>
      )}
    </Flex>
  );
}
