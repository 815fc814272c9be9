import { REPORT_TEXT_LIMITS, type ReportSignerMode } from '@cchc/domain';
import { App, Button, Card, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type Consolidated, splitLines, useSaveVersion } from './api';

interface EditorValues {
  sections: Record<string, string>;
  date: string;
  signerMode: ReportSignerMode;
  signerName: string;
  recipients: string;
  archive: string;
}

/** The label of a section: the outline's numbering, the area's title for part II. */
function useSectionLabel(areas: Consolidated['areas']) {
  const { t } = useTranslation();
  return (key: string) => {
    if (!key.startsWith('area:')) return t(`reports.consolidated.sections.${key as 'limits'}`);
    const code = key.slice('area:'.length);
    return t('reports.consolidated.sections.area', { title: areas.find((a) => a.code === code)?.title ?? code });
  };
}

/**
 * The texts and document settings of the latest version, editable; saving makes a new version on top of it. The
 * figures are printed from the version's snapshot and are not edited here.
 */
export function ReportEditor({ code, report }: { code: string; report: Consolidated }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSaveVersion(code);
  const label = useSectionLabel(report.areas);
  const current = report.current;
  if (!current) return null;
  const editable = report.rights.edit;
  const initial: EditorValues = {
    sections: current.sections,
    date: current.meta.date,
    signerMode: current.meta.signer.mode,
    signerName: current.meta.signer.name ?? '',
    recipients: current.meta.recipients.join('\n'),
    archive: current.meta.archive,
  };
  const submit = async (values: EditorValues) => {
    try {
      const saved = await save.mutateAsync({
        baseVersion: current.version,
        sections: { ...current.sections, ...values.sections },
        meta: {
          date: values.date,
          signer: { mode: values.signerMode, name: values.signerName.trim() || null },
          recipients: splitLines(values.recipients),
          archive: values.archive,
        },
      });
      void message.success(t('reports.consolidated.saved', { version: saved.current?.version ?? '' }));
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : t('errors.generic'));
    }
  };
  return (
    <Form key={current.version} layout="vertical" initialValues={initial} onFinish={submit} disabled={!editable}>
      <Card size="small" title={t('reports.consolidated.textsTitle')}>
        <Typography.Paragraph type="secondary">{t('reports.consolidated.textsHint')}</Typography.Paragraph>
        {report.sectionKeys.map((key) => (
          <Form.Item key={key} name={['sections', key]} label={label(key)}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 16 }} maxLength={REPORT_TEXT_LIMITS.section} />
          </Form.Item>
        ))}
      </Card>
      <Card size="small" title={t('reports.consolidated.meta.title')} style={{ marginTop: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="date" label={t('reports.consolidated.meta.date')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={9}>
            <Form.Item name="signerMode" label={t('reports.consolidated.meta.signer')}>
              <Select
                options={(['chairman', 'vice_chairman'] as const).map((mode) => ({
                  value: mode,
                  label: t(`reports.consolidated.meta.signerModes.${mode}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={9}>
            <Form.Item name="signerName" label={t('reports.consolidated.meta.signerName')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="recipients" label={t('reports.consolidated.meta.recipients')} rules={[{ required: true }]}>
              <Input.TextArea autoSize={{ minRows: 3 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="archive" label={t('reports.consolidated.meta.archive')} rules={[{ required: true }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      {editable && (
        <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 16 }}>
          {t('reports.consolidated.save')}
        </Button>
      )}
    </Form>
  );
}
