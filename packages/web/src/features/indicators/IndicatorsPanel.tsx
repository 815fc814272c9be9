import { Alert, Button, Flex, Form, Input, InputNumber, Modal, Select, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/session';
import { useUnits } from '../dossiers/api';
import { type IndicatorRow, percent, useEnterIndicator, useIndicators } from './api';
import { hasMembers, IndicatorDossiers } from './IndicatorDossiers';
import { PeriodPicker, thisMonth } from './PeriodPicker';

function EntryDialog({ period, row, onClose }: { period: string; row: IndicatorRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const enter = useEnterIndicator();
  if (!row) return null;
  const submit = async () => {
    const values = await form.validateFields();
    enter.mutate({ period, code: row.code, ...values }, { onSuccess: onClose });
  };
  return (
    <Modal
      open
      title={`${row.code} · ${row.name}`}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={enter.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ numerator: row.numerator, denominator: row.denominator, evidence: row.evidence }}
      >
        <Flex gap={12}>
          <Form.Item name="numerator" label={t('indicators.enter.numerator')} rules={[{ required: true }]}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="denominator" label={t('indicators.enter.denominator')} rules={[{ required: true }]}>
            <InputNumber min={0} />
          </Form.Item>
        </Flex>
        <Form.Item name="evidence" label={t('indicators.enter.evidence')} rules={[{ required: true, min: 3 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {enter.error && <Alert type="error" showIcon title={enter.error.message} />}
      </Form>
    </Modal>
  );
}

/** Decision 766 indicators of the ward or one unit for a month, quarter or year, with points, total and band. */
export function IndicatorsPanel({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(thisMonth());
  const [unitId, setUnitId] = useState<string | undefined>();
  const [entering, setEntering] = useState<IndicatorRow | null>(null);
  const [opened, setOpened] = useState<IndicatorRow | null>(null);
  const units = useUnits();
  const report = useIndicators(period, unitId);
  const canEnter = me.capabilities.includes('indicators.enter') && unitId === undefined;
  return (
    <Flex vertical gap={12}>
      <Flex gap={16} wrap align="center">
        <PeriodPicker value={period} onChange={setPeriod} />
        <Select
          allowClear
          placeholder={t('indicators.wholeWard')}
          style={{ width: 260 }}
          value={unitId}
          onChange={setUnitId}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Flex>
      {report.data && (
        <Flex gap={32} wrap>
          <Statistic
            title={t('indicators.total')}
            value={report.data.total ?? 'N/A'}
            suffix={report.data.total === null ? undefined : '/ 100'}
          />
          <Statistic title={t('indicators.band')} value={report.data.bandName ?? 'N/A'} />
          <Statistic
            title={t('indicators.measured')}
            value={`${report.data.awardedPoints} / ${report.data.applicableMaxPoints}`}
          />
        </Flex>
      )}
      <Table<IndicatorRow>
        rowKey="code"
        size="small"
        loading={report.isPending}
        pagination={false}
        dataSource={report.data?.indicators ?? []}
        columns={[
          { title: t('indicators.code'), dataIndex: 'code', width: 70 },
          { title: t('indicators.name'), dataIndex: 'name' },
          {
            title: t('indicators.figures'),
            key: 'figures',
            render: (_, r) =>
              r.numerator === null ? (
                '—'
              ) : hasMembers(r) ? (
                <Button type="link" size="small" onClick={() => setOpened(r)}>
                  {`${r.numerator} / ${r.denominator}`}
                </Button>
              ) : (
                `${r.numerator} / ${r.denominator}`
              ),
          },
          { title: t('indicators.rate'), key: 'rate', render: (_, r) => percent(r.rate) },
          { title: t('indicators.points'), key: 'points', render: (_, r) => `${r.points ?? 'N/A'} / ${r.maxPoints}` },
          {
            title: t('indicators.source'),
            key: 'source',
            render: (_, r) =>
              r.source === 'entered' && canEnter ? (
                <Button size="small" onClick={() => setEntering(r)}>
                  {t('indicators.enter.button')}
                </Button>
              ) : (
                <Tag>{t(`indicators.sources.${r.source}`)}</Tag>
              ),
          },
        ]}
        expandable={{
          // Every figure shows how it is calculated and the clause of Decision 766 it comes from.
          expandedRowRender: (r) => (
            <div>
              <div>
                <b>{t('indicators.public.numerator')}:</b> {r.formula.numerator}
              </div>
              <div>
                <b>{t('indicators.public.denominator')}:</b> {r.formula.denominator}
              </div>
              <div style={{ opacity: 0.7 }}>
                {t('indicators.public.clause')}: {r.clause}
              </div>
            </div>
          ),
        }}
      />
      {report.data && report.data.warnings.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('indicators.warnings')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {report.data.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
        />
      )}
      <EntryDialog period={period} row={entering} onClose={() => setEntering(null)} />
      <IndicatorDossiers period={period} unitId={unitId} row={opened} onClose={() => setOpened(null)} />
    </Flex>
  );
}
