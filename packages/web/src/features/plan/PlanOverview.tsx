import { Card, Col, Descriptions, List, Row, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { groupKey } from '../../i18n/keys';
import type { Plan } from './api';
import { displayDate } from './format';

/** The issuing document: number, date, signer. */
function HeaderCard({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const h = plan.header;
  const number = h.number ? `${h.number}/${h.symbol ?? ''}` : t('plan.header.unnumbered', { symbol: h.symbol ?? '' });
  return (
    <Card size="small" title={t('plan.header.title')}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('plan.header.issuer')}>{h.issuer ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('plan.header.number')}>{number}</Descriptions.Item>
        <Descriptions.Item label={t('plan.header.date')}>{displayDate(h.date)}</Descriptions.Item>
        <Descriptions.Item label={t('plan.header.signer')}>
          {[h.signerTitle, h.signer].filter(Boolean).join(' ')}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** Targets (chỉ tiêu, I.2) and the reporting regime (IV.1.c). */
export function PlanOverview({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={8}>
        <HeaderCard plan={plan} />
        <Card size="small" title={t('plan.reports.title')} style={{ marginTop: 16 }}>
          <Table
            rowKey="period"
            size="small"
            pagination={false}
            dataSource={plan.reports}
            columns={[
              {
                title: t('plan.reports.period'),
                dataIndex: 'period',
                render: (p: string) => t(groupKey('plan.periods', p)),
              },
              { title: t('plan.reports.due'), dataIndex: 'due', render: displayDate },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={16}>
        <Card size="small" title={t('plan.targets.title')}>
          <List
            size="small"
            dataSource={plan.targets}
            locale={{ emptyText: t('plan.targets.empty') }}
            renderItem={(target) => (
              <List.Item>
                <strong>{target.code})</strong>&nbsp;{target.text}
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
