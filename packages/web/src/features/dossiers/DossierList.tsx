import { DOSSIER_STATUSES } from '@cchc/domain';
import { Checkbox, Flex, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { groupKey } from '../../i18n/keys';
import { type Dossier, type DossierFilter, useDossiers } from './api';
import { moment, STATUS_COLORS, TIMING_COLORS } from './format';

const PAGE_SIZE = 20;

function Filters({ filter, onChange }: { filter: DossierFilter; onChange: (f: DossierFilter) => void }) {
  const { t } = useTranslation();
  const set = (key: string, value: string | undefined) => onChange({ ...filter, [key]: value, page: '1' });
  return (
    <Flex gap={8} wrap align="center">
      <Input.Search
        allowClear
        placeholder={t('dossiers.filters.q')}
        style={{ width: 260 }}
        onSearch={(v) => set('q', v || undefined)}
      />
      <Select
        allowClear
        mode="multiple"
        placeholder={t('dossiers.filters.status')}
        style={{ minWidth: 220 }}
        options={DOSSIER_STATUSES.map((s) => ({ value: String(s), label: t(groupKey('dossiers.statuses', s)) }))}
        onChange={(v: string[]) => set('status', v.length ? v.join(',') : undefined)}
      />
      <Select
        allowClear
        placeholder={t('dossiers.filters.timing')}
        style={{ width: 180 }}
        options={['overdue', 'due_soon', 'paused'].map((v) => ({
          value: v,
          label: t(groupKey('dossiers.timings', v)),
        }))}
        onChange={(v: string | undefined) => set('timing', v)}
      />
      <Checkbox onChange={(e) => set('mine', e.target.checked ? 'true' : undefined)}>
        {t('dossiers.filters.mine')}
      </Checkbox>
      <Checkbox onChange={(e) => set('apologyProposed', e.target.checked ? 'true' : undefined)}>
        {t('dossiers.filters.apologyProposed')}
      </Checkbox>
    </Flex>
  );
}

/** The ward's dossiers with filters, newest first; overdue and due-soon dossiers are flagged. */
export function DossierList() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<DossierFilter>({ page: '1', pageSize: String(PAGE_SIZE) });
  const query = useDossiers(filter);
  return (
    <Flex vertical gap={12}>
      <Filters filter={filter} onChange={setFilter} />
      <Table<Dossier>
        rowKey="id"
        size="middle"
        loading={query.isPending}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t('dossiers.empty') }}
        pagination={{
          current: Number(filter.page),
          pageSize: PAGE_SIZE,
          total: query.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: (page) => setFilter({ ...filter, page: String(page) }),
        }}
        columns={[
          {
            title: t('dossiers.fields.code'),
            key: 'code',
            render: (_, d) => (
              <Link to={`/ho-so/${d.id}`} data-testid={`dossier-${d.code}`}>
                {d.code}
              </Link>
            ),
          },
          { title: t('dossiers.fields.procedure'), key: 'procedure', render: (_, d) => d.procedure.name },
          { title: t('dossiers.fields.applicant'), dataIndex: 'applicantName', key: 'applicant' },
          {
            title: t('dossiers.fields.status'),
            key: 'status',
            render: (_, d) => <Tag color={STATUS_COLORS[d.status]}>{t(groupKey('dossiers.statuses', d.status))}</Tag>,
          },
          { title: t('dossiers.fields.receivedAt'), key: 'received', render: (_, d) => moment(d.receivedAt) },
          { title: t('dossiers.fields.currentDueAt'), key: 'due', render: (_, d) => moment(d.currentDueAt ?? d.dueAt) },
          {
            title: t('dossiers.fields.timing'),
            key: 'timing',
            render: (_, d) => (
              <Flex gap={4}>
                {d.timing && <Tag color={TIMING_COLORS[d.timing]}>{t(`dossiers.timings.${d.timing}`)}</Tag>}
                {d.apology && <Tag color="purple">{t(`dossiers.apology.${d.apology}`)}</Tag>}
              </Flex>
            ),
          },
        ]}
      />
    </Flex>
  );
}
