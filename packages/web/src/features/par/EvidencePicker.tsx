import { Button, Input, Modal, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type CriterionView, type IndexKind, useEvidenceOptions, useParWrite } from './api';

const KINDS = ['task', 'task_evidence', 'report', 'inspection', 'legal_review', 'document'] as const;

/** A leaf's evidence and, while the draft is open, a small form that links a record of cchc or types a document. */
export function EvidencePicker({
  kind,
  year,
  c,
  open,
}: {
  kind: IndexKind;
  year: number;
  c: CriterionView;
  open: boolean;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const [what, setWhat] = useState<(typeof KINDS)[number]>('task');
  const [ref, setRef] = useState<string | undefined>();
  const [doc, setDoc] = useState({ docNumber: '', docTitle: '' });
  const [error, setError] = useState<string | null>(null);
  const options = useEvidenceOptions(kind, year, shown).data;
  const write = useParWrite(kind, year);
  const choices: Record<string, { value: string; label: string }[]> = {
    task: (options?.tasks ?? []).map((o) => ({ value: o.id, label: `${o.no_label ?? ''} ${o.content}`.trim() })),
    task_evidence: (options?.products ?? []).map((o) => ({
      value: o.id,
      label: `${o.no_label ?? ''}: ${o.doc_title ?? o.file_name ?? ''}`,
    })),
    report: (options?.reports ?? []).map((o) => ({ value: o.id, label: `${o.period} ${o.sent_on ?? ''}`.trim() })),
    inspection: (options?.inspections ?? []).map((o) => ({
      value: o.id,
      label: `${o.unit_name} ${o.notice_number ?? ''}`.trim(),
    })),
    legal_review: (options?.reviews ?? []).map((o) => ({
      value: `${o.review_plan_id}|${o.document_id}`,
      label: `${o.number_symbol} ${o.title}`,
    })),
  };
  const body = () => {
    if (what === 'document') return { code: c.code, kind: what, ...doc };
    if (what === 'legal_review') {
      const [legalReviewPlanId, legalDocumentId] = (ref ?? '|').split('|');
      return {
        code: c.code,
        kind: what,
        legalReviewPlanId: legalReviewPlanId || null,
        legalDocumentId: legalDocumentId || null,
      };
    }
    const field = { task: 'taskId', task_evidence: 'taskEvidenceId', report: 'reportId', inspection: 'inspectionId' }[
      what
    ];
    return { code: c.code, kind: what, [field]: ref ?? null };
  };
  const save = async () => {
    try {
      await write.mutateAsync({ path: 'evidence', method: 'POST', body: body() });
      setShown(false);
      setRef(undefined);
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? (Object.values(e.fields)[0] ?? e.message) : String(e));
    }
  };
  return (
    <Space direction="vertical" size={2}>
      {c.evidence.map((e) => (
        <Tag
          key={e.id}
          closable={open}
          onClose={() => void write.mutateAsync({ path: `/par/evidence/${e.id}`, method: 'DELETE' })}
        >
          {e.kindName}: {e.title}
        </Tag>
      ))}
      {open && c.leaf && !c.survey && (
        <Button size="small" onClick={() => setShown(true)}>
          {t('par.addEvidence')}
        </Button>
      )}
      <Modal
        open={shown}
        title={`${t('par.evidence')} ${c.label}`}
        onOk={() => void save()}
        onCancel={() => setShown(false)}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Select
            value={what}
            onChange={setWhat}
            options={KINDS.map((k) => ({ value: k, label: t(`par.evidenceKinds.${k}`) }))}
          />
          {what === 'document' ? (
            <>
              <Input
                placeholder={t('par.docNumber')}
                value={doc.docNumber}
                onChange={(e) => setDoc({ ...doc, docNumber: e.target.value })}
              />
              <Input
                placeholder={t('par.docTitle')}
                value={doc.docTitle}
                onChange={(e) => setDoc({ ...doc, docTitle: e.target.value })}
              />
            </>
          ) : (
            <Select
              showSearch
              optionFilterProp="label"
              placeholder={t('par.pick')}
              value={ref}
              onChange={setRef}
              options={choices[what] ?? []}
            />
          )}
          {error && <Tag color="red">{error}</Tag>}
        </Space>
      </Modal>
    </Space>
  );
}
