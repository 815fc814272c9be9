import { ArrowLeftOutlined } from '@ant-design/icons';
import { REPORT_WINDOW_MODES, type ReportWindowMode } from '@cchc/domain';
import { App, Button, Card, Flex, Form, Input, Radio, Result, Select, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { splitLines, useReportSettings, useSaveReportSettings } from './api';

interface SettingsValues {
  windowMode: ReportWindowMode;
  remindWorkingDays: number[];
  recipients: string;
  archive: string;
}

/** The ward's report settings: how data windows are cut, reminder days, the consolidated report's recipients. */
export function ReportSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const query = useReportSettings();
  const save = useSaveReportSettings();
  if (query.isError) return <Result status="error" title={t('errors.generic')} />;
  const settings = query.data;
  if (!settings) return <Spin />;
  const submit = async (values: SettingsValues) => {
    try {
      await save.mutateAsync({
        windowMode: values.windowMode,
        remindWorkingDays: values.remindWorkingDays.map(Number),
        recipients: splitLines(values.recipients),
        archive: values.archive,
      });
      void message.success(t('reports.settings.saved'));
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : t('errors.generic'));
    }
  };
  return (
    <Flex vertical gap={12}>
      <Link to="/bao-cao">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ padding: 0 }}>
          {t('reports.period.back')}
        </Button>
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('reports.settings.title')}
      </Typography.Title>
      <Card size="small" style={{ maxWidth: 760 }}>
        <Form<SettingsValues>
          layout="vertical"
          onFinish={submit}
          initialValues={{ ...settings, recipients: settings.recipients.join('\n') }}
        >
          <Form.Item name="windowMode" label={t('reports.settings.windowMode')}>
            <Radio.Group
              options={REPORT_WINDOW_MODES.map((mode) => ({ value: mode, label: t(`reports.windowModes.${mode}`) }))}
            />
          </Form.Item>
          <Form.Item name="remindWorkingDays" label={t('reports.settings.remind')}>
            <Select
              mode="multiple"
              options={[1, 2, 3, 5, 7, 10].map((n) => ({ value: n, label: String(n) }))}
              maxCount={5}
            />
          </Form.Item>
          <Form.Item name="recipients" label={t('reports.settings.recipients')} rules={[{ required: true }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} />
          </Form.Item>
          <Form.Item name="archive" label={t('reports.settings.archive')} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('reports.settings.save')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
