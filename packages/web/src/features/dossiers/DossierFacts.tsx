import { App, Card, Descriptions, List, Switch, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { groupKey } from '../../i18n/keys';
import { type DossierDetail, useDossierWrite } from './api';
import { moment, money } from './format';

/** The applicant, the procedure and the dates. */
export function DossierSummary({ d }: { d: DossierDetail }) {
  const { t } = useTranslation();
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
      <Descriptions.Item
        label={t('dossiers.fields.procedure')}
      >{`${d.procedure.code} · ${d.procedure.name}`}</Descriptions.Item>
      <Descriptions.Item label={t('dossiers.fields.channel')}>
        {d.channel ? t(groupKey('dossiers.channels', d.channel)) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('dossiers.fields.applicant')}>{d.applicant.name}</Descriptions.Item>
      <Descriptions.Item label={t('dossiers.intake.phone')}>{d.applicant.phone ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('dossiers.intake.address')}>{d.applicant.address ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('dossiers.intake.idNumber')}>{d.applicant.idNumber ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('dossiers.fields.receivedAt')}>{moment(d.receivedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('dossiers.fields.dueAt')}>{moment(d.dueAt)}</Descriptions.Item>
      <Descriptions.Item label={t('dossiers.fields.currentDueAt')}>{moment(d.currentDueAt)}</Descriptions.Item>
      <Descriptions.Item label={t('dossiers.fields.holder')}>{d.holder ?? t('dossiers.counter')}</Descriptions.Item>
      <Descriptions.Item label={t('dossiers.fields.assignee')}>{d.assigneeName ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('dossiers.detail.result')}>
        {d.result.fileUrl ? <a href={d.result.fileUrl}>{d.result.code ?? d.result.fileUrl}</a> : (d.result.code ?? '—')}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** Papers received and their files; fees and payments. */
export function PapersAndFees({ d }: { d: DossierDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('dossiers.detail.components')}>
      <List
        size="small"
        dataSource={d.components}
        locale={{ emptyText: '—' }}
        renderItem={(c) => (
          <List.Item>
            {c.name}{' '}
            <Tag color={c.hasFile ? 'green' : 'default'}>
              {t(c.hasFile ? 'dossiers.detail.fileAttached' : 'dossiers.detail.noFile')}
            </Tag>
          </List.Item>
        )}
      />
      {d.feeLines.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {t('dossiers.detail.fees')}: {d.feeLines.map((f) => `${f.name} ${money(f.amount)}`).join('; ')}
          {d.payments.map((p) => (
            <Tag key={p.paidAt} color={p.place === 'offline' ? 'default' : 'blue'} style={{ marginLeft: 8 }}>
              {t(groupKey('dossiers.places', p.place))} · {money(p.amount)}
            </Tag>
          ))}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/** The 766 flags an officer sets: digitised, reused data, VNeID, synced to the national portal. */
export function FlagsCard({ d }: { d: DossierDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useDossierWrite(`/dossiers/${d.id}`, 'PATCH');
  const editable = d.allowed.includes('update');
  const flags = ['digitised', 'reused', 'vneid', 'synced'] as const;
  return (
    <Card size="small" title={t('dossiers.detail.flags')}>
      {flags.map((flag) => (
        <div key={flag} style={{ marginBottom: 8 }}>
          <Switch
            size="small"
            checked={d.flags[flag]}
            disabled={!editable || save.isPending}
            onChange={(value) => save.mutate({ [flag]: value }, { onError: (e) => message.error(e.message) })}
          />{' '}
          {t(`dossiers.flags.${flag}`)}
        </div>
      ))}
    </Card>
  );
}

/** The control slip's rows: each hand-over with its times and how the giving side kept its budget. */
export function HandoversTable({ d }: { d: DossierDetail }) {
  const { t } = useTranslation();
  if (d.handovers.length === 0) return null;
  return (
    <Card size="small" title={t('dossiers.detail.handovers')}>
      <Table
        size="small"
        rowKey="no"
        pagination={false}
        dataSource={d.handovers}
        columns={[
          { title: '#', dataIndex: 'no' },
          { title: t('dossiers.detail.from'), dataIndex: 'fromName' },
          {
            title: t('dossiers.detail.to'),
            key: 'to',
            render: (_, h) => `${h.toName}${h.liaison ? ` (${t('dossiers.detail.liaison')})` : ''}`,
          },
          { title: t('dossiers.detail.givenAt'), key: 'given', render: (_, h) => moment(h.givenAt) },
          { title: t('dossiers.detail.receivedAt'), key: 'received', render: (_, h) => moment(h.receivedAt) },
          {
            title: t('dossiers.fields.timing'),
            key: 'result',
            render: (_, h) => (h.result ? t(`dossiers.timings.${h.result}`) : '—'),
          },
        ]}
      />
    </Card>
  );
}

/** The status history and who did what, oldest first. */
export function DossierTimeline({ d }: { d: DossierDetail }) {
  const { t } = useTranslation();
  const items = [
    ...d.history.map((h) => ({ at: h.at, text: t(groupKey('dossiers.statuses', h.status)), color: 'blue' })),
    ...d.timeline.map((e) => ({
      at: e.at,
      text: `${t(`dossiers.events.${e.action.replace('dossier.', '')}`, { defaultValue: e.action })}${e.actorName ? ` · ${e.actorName}` : ''}`,
      color: 'gray',
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Card size="small" title={t('dossiers.detail.timeline')}>
      <Timeline
        items={items.map((i, index) => ({
          key: `${i.at}-${index}`,
          color: i.color,
          children: `${moment(i.at)} · ${i.text}`,
        }))}
      />
    </Card>
  );
}
