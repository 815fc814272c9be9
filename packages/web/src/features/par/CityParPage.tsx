import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Typography,
  Upload,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { serverToday } from '../../api/clock';
import type { Me } from '../../api/session';
import {
  type IndexKind,
  importCriteriaSet,
  type StandingRow,
  useCityAssessment,
  useCityWrite,
  useSets,
  useStandings,
} from './api';
import { fmt, ScoreTable } from './ScoreTable';

// The year in Vietnam on the server's clock, so a moved app clock (CCHC_NOW) moves the page too.
const thisYear = () => Number(serverToday().slice(0, 4));

function ImportForm({ csrf }: { csrf: string }) {
  const { t } = useTranslation();
  const sets = useSets();
  const [form] = Form.useForm<{ kind: IndexKind; year?: number; deadline?: Dayjs; file?: { originFileObj: File }[] }>();
  const [done, setDone] = useState<string | null>(null);
  const submit = async (v: { kind: IndexKind; year?: number; deadline?: Dayjs; file?: { originFileObj: File }[] }) => {
    const file = v.file?.[0]?.originFileObj;
    if (!file) return form.setFields([{ name: 'file', errors: [t('par.file')] }]);
    try {
      const set = await importCriteriaSet(
        { kind: v.kind, year: v.year ? String(v.year) : '', deadline: v.deadline?.format('YYYY-MM-DD') ?? '' },
        file,
        csrf,
      );
      setDone(t('par.imported', { version: set.version, count: set.totalPoints }));
      void sets.refetch();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setDone(null);
      const known = ['kind', 'year', 'deadline', 'file'];
      form.setFields(
        Object.entries(e.fields).map(([name, error]) => ({
          name: (known.includes(name) ? name : 'file') as 'file',
          errors: [error],
        })),
      );
    }
  };
  return (
    <Card size="small" title={t('par.import')}>
      <Form form={form} layout="inline" initialValues={{ kind: 'par' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="kind" label={t('par.kinds.par')}>
          <Select
            options={(['par', 'dti'] as const).map((k) => ({ value: k, label: t(`par.kinds.${k}`) }))}
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item name="year" label={t('par.year')}>
          <InputNumber min={2000} max={2199} />
        </Form.Item>
        <Form.Item name="deadline" label={t('par.deadline')}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item
          name="file"
          label={t('par.file')}
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: unknown[] }) => e.fileList.slice(-1)}
        >
          <Upload beforeUpload={() => false} accept=".xlsx" maxCount={1}>
            <Button>{t('par.file')}</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('par.importButton')}
        </Button>
      </Form>
      {done && <Alert type="success" message={done} />}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={sets.data ?? []}
        columns={[
          { title: t('par.year'), dataIndex: 'year' },
          { title: t('par.kinds.par'), dataIndex: 'kind' },
          { title: t('par.version'), dataIndex: 'version' },
          { title: t('par.total'), dataIndex: 'totalPoints' },
          { title: t('par.deadline'), dataIndex: 'deadline' },
          { title: '', dataIndex: 'title' },
        ]}
      />
    </Card>
  );
}

/** The city's page: import the year's criteria, every ward's status, projection, final score and rank in its block. */
export function CityParPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<IndexKind>('par');
  const [year, setYear] = useState(thisYear());
  const standings = useStandings(kind, year);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{t('par.cityTitle')}</Typography.Title>
      {me.capabilities.includes('par.import_criteria') && <ImportForm csrf={me.csrfToken} />}
      <Space wrap>
        <Select
          value={kind}
          onChange={setKind}
          options={(['par', 'dti'] as const).map((k) => ({ value: k, label: t(`par.kinds.${k}`) }))}
        />
        <InputNumber value={year} onChange={(v) => v && setYear(Number(v))} />
      </Space>
      <Table<StandingRow>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={standings.data ?? []}
        columns={[
          { title: t('par.ward'), dataIndex: 'name' },
          { title: '', dataIndex: 'blockName' },
          { title: t('par.status'), dataIndex: 'statusName' },
          { title: t('par.projected'), dataIndex: 'projected', render: (v: number | null) => fmt(v) },
          { title: t('par.rank'), dataIndex: 'projectedRank' },
          { title: t('par.finalScore'), dataIndex: 'final', render: (v: number | null) => fmt(v) },
          { title: t('par.finalRank'), dataIndex: 'finalRank' },
          {
            title: '',
            render: (_: unknown, r: StandingRow) =>
              r.statusName ? (
                <Link to={`/thanh-pho/chi-so-cchc/${kind}/${year}/${r.code}`}>{t('par.open')}</Link>
              ) : null,
          },
        ]}
      />
    </Space>
  );
}

/** The appraisal of one ward: the council's value and comment for each leaf, the survey, publishing the result. */
export function CityAppraisalPage() {
  const { t } = useTranslation();
  const params = useParams();
  const kind = (params.kind ?? 'par') as IndexKind;
  const year = Number(params.year);
  const code = params.code ?? '';
  const view = useCityAssessment(kind, year, code).data;
  const write = useCityWrite(kind, year, code);
  const [lines, setLines] = useState<Record<string, { value: number | null; comment: string }>>({});
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!view) return null;
  const line = (c: { code: string; appraised: { value: number; comment: string | null } | null }) =>
    lines[c.code] ?? { value: c.appraised?.value ?? null, comment: c.appraised?.comment ?? '' };
  const save = async (step: 'appraisal' | 'finalise') => {
    try {
      const scores = Object.entries(lines).map(([k, l]) => ({ code: k, value: l.value, comment: l.comment || null }));
      await write.mutateAsync({ step, body: step === 'appraisal' ? { scores, comment: comment || null } : undefined });
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? [e.message, ...Object.values(e.fields)].join(' ') : String(e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Link to="/thanh-pho/chi-so-cchc">{t('par.back')}</Link>
      <Typography.Title level={3}>
        {view.ward.name} · {view.statusName}
      </Typography.Title>
      <Typography.Text>
        {t('par.projected')}: {fmt(view.totals.counted)} · {t('par.finalScore')}:{' '}
        {fmt(view.totals.final) || t('par.none')}
      </Typography.Text>
      {view.answer && <Alert type="info" message={t('par.answered')} description={view.answer.text} />}
      {error && <Alert type="error" message={error} />}
      <ScoreTable
        criteria={view.criteria}
        drafts={{}}
        extra={[
          {
            title: t('par.appraised'),
            render: (c) =>
              c.leaf && view.can.appraise ? (
                <Space direction="vertical" size={2}>
                  <InputNumber
                    aria-label={`${t('par.appraised')} ${c.label}`}
                    value={line(c).value}
                    onChange={(v) =>
                      setLines({ ...lines, [c.code]: { ...line(c), value: v === null ? null : Number(v) } })
                    }
                  />
                  <Input
                    placeholder={t('par.comment')}
                    value={line(c).comment}
                    onChange={(e) => setLines({ ...lines, [c.code]: { ...line(c), comment: e.target.value } })}
                  />
                </Space>
              ) : (
                fmt(c.appraised?.points)
              ),
          },
        ]}
      />
      {view.can.appraise && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            rows={2}
            placeholder={t('par.overall')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <Space>
            <Button type="primary" onClick={() => void save('appraisal')}>
              {t('par.saveAppraisal')}
            </Button>
            {view.status === 'appraised' && <Button onClick={() => void save('finalise')}>{t('par.finalise')}</Button>}
          </Space>
        </Space>
      )}
    </Space>
  );
}
