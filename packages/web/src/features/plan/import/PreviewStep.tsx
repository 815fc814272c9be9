import { Alert, Card, Col, List, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../api';
import { ParsedTasks } from './ParsedTasks';

/** The parsed result beside the parser's warnings, each with its line in the file. */
export function PreviewStep({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const { document } = preview;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Typography.Title level={5}>
          {t('plan.import.parsedTitle', { year: document.year, title: document.header.title ?? '' })}
        </Typography.Title>
        {preview.proseCarriedOver && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('plan.import.proseCarriedOver')} />
        )}
        <ParsedTasks plan={document} />
      </Col>
      <Col xs={24} xl={8}>
        <Card size="small" title={t('plan.import.warnings', { count: document.warnings.length })}>
          <List
            size="small"
            dataSource={document.warnings}
            locale={{ emptyText: t('plan.import.noWarnings') }}
            renderItem={(w) => (
              <List.Item data-testid="plan-warning">
                <Typography.Text type="secondary">{t('plan.import.line', { line: w.line })}</Typography.Text>
                &nbsp;{w.message}
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
