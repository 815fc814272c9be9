import { useQuery } from '@tanstack/react-query';
import { Drawer, Segmented, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';
import { formatMoment } from '../tasks/TaskTags';
import type { IndicatorRow } from './api';

type Members = ApiResponse<'/api/v1/indicators/{code}/dossiers'>;
type MemberItem = Members['items'][number];
type Part = Members['part'];

/** Indicators whose figure the dossiers (or procedures) give, so their lists can be opened. */
export const hasMembers = (row: IndicatorRow) =>
  row.source === 'computed' && row.code !== '5.2' && row.code !== '5.3' && row.numerator !== null;

const moment = (iso: string | null | undefined) => (iso ? formatMoment(iso) : '—');

/** The dossiers behind a figure: "which 8 were late?" is the list counted below the line but not above it. */
export function IndicatorDossiers(props: {
  period: string;
  unitId?: string;
  row: IndicatorRow | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [part, setPart] = useState<Part>('excluded');
  const { row, period, unitId } = props;
  const members = useQuery({
    queryKey: ['indicator-members', period, unitId ?? null, row?.code, part],
    enabled: row !== null,
    queryFn: () =>
      api<Members>(
        `/indicators/${row?.code}/dossiers?period=${period}&part=${part}${unitId ? `&unitId=${unitId}` : ''}`,
      ),
  });
  return (
    <Drawer open={row !== null} width={760} title={row ? `${row.code} · ${row.name}` : ''} onClose={props.onClose}>
      <Segmented<Part>
        value={part}
        onChange={setPart}
        options={(['excluded', 'numerator', 'denominator'] as const).map((value) => ({
          value,
          label: t(`indicators.members.${value}`),
        }))}
      />
      <Table<MemberItem>
        style={{ marginTop: 12 }}
        rowKey="code"
        size="small"
        loading={members.isPending}
        dataSource={members.data?.items ?? []}
        columns={[
          { title: t('indicators.members.code'), dataIndex: 'code' },
          ...(members.data?.kind === 'procedure'
            ? []
            : [
                { title: t('indicators.members.procedure'), dataIndex: 'procedureCode' },
                { title: t('indicators.members.status'), dataIndex: 'statusName' },
                {
                  title: t('indicators.members.received'),
                  key: 'r',
                  render: (_: unknown, r: MemberItem) => moment(r.receivedAt),
                },
                {
                  title: t('indicators.members.due'),
                  key: 'd',
                  render: (_: unknown, r: MemberItem) => moment(r.dueAt),
                },
              ]),
        ]}
      />
    </Drawer>
  );
}
