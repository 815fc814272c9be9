import { Input, InputNumber, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CriterionView } from './api';

/** What the ward enters for a leaf: the value by method and, when it differs from the data, the reason. */
export interface Draft {
  value: number | null;
  reason: string;
}

export const fmt = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

interface Props {
  criteria: CriterionView[];
  drafts: Record<string, Draft>;
  onChange?: (code: string, draft: Draft) => void;
  errors?: Record<string, string>;
  /** The evidence cell, given by the page (a picker while the ward edits). */
  evidence?: (c: CriterionView) => React.ReactNode;
  /** Extra columns (the council's inputs on the city's page). */
  extra?: { title: string; render: (c: CriterionView) => React.ReactNode }[];
}

/** Every node of the set with its points; leaves the ward scores take an input when `onChange` is given. */
export function ScoreTable({ criteria, drafts, onChange, errors = {}, evidence, extra = [] }: Props) {
  const { t } = useTranslation();
  const input = (c: CriterionView) => {
    if (!c.leaf) return <strong>{fmt(c.points)}</strong>;
    if (c.survey) return <Tag>{t('par.survey')}</Tag>;
    const draft = drafts[c.code] ?? { value: null, reason: '' };
    if (!onChange) return fmt(c.self?.points ?? c.pre?.points);
    const differs = c.pre?.value != null && draft.value !== null && draft.value !== c.pre.value;
    return (
      <div>
        <InputNumber
          aria-label={`${t('par.value')} ${c.label}`}
          value={draft.value}
          min={0}
          max={c.method === 'ratio' ? 100 : c.method === 'yes_no' ? 1 : c.maxPoints}
          step={c.method === 'yes_no' ? 1 : 0.25}
          placeholder={t(`par.valueHint.${c.method}`)}
          onChange={(v) => onChange(c.code, { ...draft, value: v === null ? null : Number(v) })}
          status={errors[`${c.code}.value`] ? 'error' : undefined}
        />
        {differs && (
          <Input
            aria-label={`${t('par.reason')} ${c.label}`}
            placeholder={t('par.reason')}
            value={draft.reason}
            onChange={(e) => onChange(c.code, { ...draft, reason: e.target.value })}
            status={errors[`${c.code}.reason`] ? 'error' : undefined}
          />
        )}
        {(errors[`${c.code}.value`] || errors[`${c.code}.reason`]) && (
          <Typography.Text type="danger">{errors[`${c.code}.value`] ?? errors[`${c.code}.reason`]}</Typography.Text>
        )}
      </div>
    );
  };
  return (
    <Table
      rowKey="code"
      size="small"
      pagination={false}
      scroll={{ x: 900 }}
      dataSource={criteria}
      columns={[
        { title: t('par.code'), dataIndex: 'label', width: 60 },
        {
          title: t('par.criterion'),
          render: (_: unknown, c: CriterionView) => (
            <span style={{ paddingLeft: (c.level - 1) * 12, fontWeight: c.level === 1 ? 600 : 400 }}>{c.title}</span>
          ),
        },
        { title: t('par.max'), dataIndex: 'maxPoints', width: 70, render: (v: number) => fmt(v) },
        {
          title: t('par.pre'),
          width: 220,
          render: (_: unknown, c: CriterionView) =>
            c.pre ? <Typography.Text type="secondary">{c.pre.calculation}</Typography.Text> : null,
        },
        { title: t('par.value'), width: 180, render: (_: unknown, c: CriterionView) => input(c) },
        ...extra.map((e) => ({ title: e.title, width: 200, render: (_: unknown, c: CriterionView) => e.render(c) })),
        ...(evidence
          ? [{ title: t('par.evidence'), width: 220, render: (_: unknown, c: CriterionView) => evidence(c) }]
          : []),
      ]}
    />
  );
}

/** The drafts of a view: the ward's values, else the data's. */
export const draftsOf = (criteria: CriterionView[]): Record<string, Draft> =>
  Object.fromEntries(
    criteria
      .filter((c) => c.leaf && !c.survey)
      .map((c) => [c.code, { value: c.self?.value ?? c.pre?.value ?? null, reason: c.self?.overrideReason ?? '' }]),
  );

/** Field errors of `scores.<i>.<field>` as `<code>.<field>`, for the inputs of each row. */
export function errorsByCode(fields: Record<string, string>, codes: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const m = /^scores\.(\d+)\.(\w+)$/.exec(key);
    const code = m ? codes[Number(m[1])] : /^scores\.(.+)$/.exec(key)?.[1];
    if (code) out[`${code}.${m?.[2] ?? 'value'}`] = message;
  }
  return out;
}
