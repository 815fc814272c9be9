import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Dropdown, Flex, Result, Row, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { groupKey } from '../../i18n/keys';
import { ActionDialog } from './ActionDialog';
import { type DossierDetail, useDossier } from './api';
import { DossierSummary, DossierTimeline, FlagsCard, HandoversTable, PapersAndFees } from './DossierFacts';
import { moment, STATUS_COLORS, TIMING_COLORS } from './format';

const FORMS = ['receipt', 'supplement', 'apology', 'control'] as const;

/** Links to the one-stop forms of the dossier, as .docx and as a printable page. */
function DocumentsMenu({ d }: { d: DossierDetail }) {
  const { t } = useTranslation();
  const items = FORMS.flatMap((form) =>
    (['html', 'docx'] as const).map((format) => ({
      key: `${form}-${format}`,
      label: (
        <a
          href={`/api/v1/dossiers/${d.id}/documents/${form}/${format}`}
          target={format === 'html' ? '_blank' : undefined}
          rel="noreferrer"
        >
          {t(`dossiers.documents.${form}`)} ({t(`dossiers.documents.${format}`)})
        </a>
      ),
    })),
  );
  return (
    <Dropdown menu={{ items }}>
      <Button>{t('dossiers.detail.documents')}</Button>
    </Dropdown>
  );
}

function ApologyCard({ d }: { d: DossierDetail }) {
  const { t } = useTranslation();
  const letter = d.apologyLetter;
  if (!letter) return null;
  return (
    <Card size="small" title={t('dossiers.detail.apology')}>
      {letter.issuedAt ? (
        <Typography.Paragraph>
          {t('dossiers.detail.apologyIssued', { at: moment(letter.issuedAt), due: moment(letter.newDueAt) })}
          {letter.letterNumber ? ` ${t('dossiers.detail.apologyNumber', { number: letter.letterNumber })}` : ''}
          <br />
          {letter.reason}
        </Typography.Paragraph>
      ) : (
        <Alert type="warning" showIcon title={t('dossiers.detail.apologyProposed', { due: moment(letter.dueAt) })} />
      )}
    </Card>
  );
}

function RatingCard({ d }: { d: DossierDetail }) {
  const { t } = useTranslation();
  if (!d.rating) return null;
  return (
    <Card size="small" title={t('dossiers.detail.rating')}>
      <Tag color={d.rating.satisfied ? 'green' : 'red'}>
        {t(d.rating.satisfied ? 'publicLookup.rate.satisfied' : 'publicLookup.rate.notSatisfied')}
      </Tag>
      {d.rating.criteria.map((c) => (
        <Tag key={c}>{t(groupKey('publicLookup.rate.criteria', c))}</Tag>
      ))}
      {d.rating.comment && <Typography.Paragraph style={{ marginTop: 8 }}>{d.rating.comment}</Typography.Paragraph>}
    </Card>
  );
}

/** The dossier page: its facts, timeline, the actions the user may take now, and its documents. */
export function DossierPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const query = useDossier(id);
  const [action, setAction] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<DossierDetail['warnings']>([]);
  if (query.isError) return <Result status="404" title={t('errors.notFound')} />;
  const d = query.data;
  if (!d) return <Spin />;
  const actions = d.allowed.filter((a) => a !== 'update');
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap>
          <Link to="/ho-so">
            <Button icon={<ArrowLeftOutlined />} aria-label={t('dossiers.back')} />
          </Link>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {d.code}
          </Typography.Title>
          <Tag color={STATUS_COLORS[d.status]} data-testid="dossier-status">
            {t(groupKey('dossiers.statuses', d.status))}
          </Tag>
          {d.timing && <Tag color={TIMING_COLORS[d.timing]}>{t(`dossiers.timings.${d.timing}`)}</Tag>}
        </Space>
        <DocumentsMenu d={d} />
      </Flex>
      {actions.length > 0 && (
        <Space wrap>
          {actions.map((a) => (
            <Button key={a} onClick={() => setAction(a)} data-testid={`action-${a}`}>
              {t(`dossiers.actions.${a}`)}
            </Button>
          ))}
        </Space>
      )}
      {warnings.map((w) => (
        <Alert key={w.reason.code} type="warning" showIcon closable title={w.message} />
      ))}
      <DossierSummary d={d} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            <PapersAndFees d={d} />
            <HandoversTable d={d} />
            <ApologyCard d={d} />
            <RatingCard d={d} />
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <FlagsCard d={d} />
            <DossierTimeline d={d} />
          </Flex>
        </Col>
      </Row>
      <ActionDialog
        dossier={d}
        action={action}
        onClose={(w) => {
          setAction(null);
          setWarnings(w);
        }}
      />
    </Flex>
  );
}
