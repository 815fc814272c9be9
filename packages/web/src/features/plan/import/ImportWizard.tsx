import { Alert, App, Button, Card, Flex, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import { groupKey } from '../../../i18n/keys';
import {
  type ImportDecisions,
  type ImportPreview,
  readAsBase64,
  type UploadedFile,
  useConfirmImport,
  usePreviewImport,
} from '../api';
import { ColumnsStep } from './ColumnsStep';
import { ConfirmStep } from './ConfirmStep';
import { PreviewStep } from './PreviewStep';
import { TimeframesStep } from './TimeframesStep';
import { UnitsStep } from './UnitsStep';
import { UploadStep } from './UploadStep';

const STEPS = ['upload', 'preview', 'units', 'timeframes', 'confirm'] as const;
const NO_DECISIONS: ImportDecisions = { unitMappings: [], timeframeFixes: [] };

/**
 * Importing a plan: upload → parsed result beside the warnings (and, when the appendix header is not
 * understood, which column is which) → unknown names mapped to units → timeframes fixed → confirm. Each decision is checked by a new preview on the server; nothing is stored before the end.
 */
export function ImportWizard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const previewImport = usePreviewImport();
  const confirmImport = useConfirmImport();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<UploadedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [decisions, setDecisions] = useState<ImportDecisions>(NO_DECISIONS);
  const [error, setError] = useState<ApiError | Error | null>(null);

  /** Previews again with the decisions; moves on only when the server accepts them. */
  const refresh = async (upload: UploadedFile, next: ImportDecisions, nextStep: number) => {
    setError(null);
    try {
      setPreview(await previewImport.mutateAsync({ ...upload, ...next }));
      setDecisions(next);
      setStep(nextStep);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };

  const onFile = async (picked: File) => {
    const upload = await readAsBase64(picked);
    setFile(upload);
    await refresh(upload, NO_DECISIONS, 1);
  };

  const onConfirm = async (note: string) => {
    if (!file) return;
    try {
      const result = await confirmImport.mutateAsync({ ...file, ...decisions, note: note || undefined });
      message.success(t(groupKey('plan.import.done', result.kind), { version: result.version }));
      navigate('/ke-hoach');
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };

  const busy = previewImport.isPending;
  const fieldErrors = error instanceof ApiError ? error.fields : {};
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3}>{t('plan.import.title')}</Typography.Title>
      <Steps current={step} items={STEPS.map((s) => ({ title: t(`plan.import.steps.${s}`) }))} />
      {error && <Alert type="error" showIcon title={error.message} data-testid="plan-import-error" />}
      <Card>
        {step === 0 && <UploadStep onFile={(f) => void onFile(f)} busy={busy} />}
        {step === 1 && preview && file && preview.columnsNeeded && (
          <ColumnsStep
            preview={preview}
            busy={busy}
            onApply={(columns) => void refresh(file, { ...decisions, columns }, 1)}
          />
        )}
        {step === 1 && preview && <PreviewStep preview={preview} />}
        {step === 2 && preview && file && (
          <UnitsStep
            preview={preview}
            mappings={decisions.unitMappings}
            busy={busy}
            onApply={(unitMappings) => void refresh(file, { ...decisions, unitMappings }, 3)}
          />
        )}
        {step === 3 && preview && file && (
          <TimeframesStep
            preview={preview}
            fixes={decisions.timeframeFixes}
            errors={fieldErrors}
            busy={busy}
            onApply={(timeframeFixes) => void refresh(file, { ...decisions, timeframeFixes }, 4)}
          />
        )}
        {step === 4 && preview && (
          <ConfirmStep preview={preview} busy={confirmImport.isPending} onConfirm={(n) => void onConfirm(n)} />
        )}
      </Card>
      <Flex gap={8}>
        <Button onClick={() => (step === 0 ? navigate('/ke-hoach') : setStep(step - 1))}>
          {step === 0 ? t('plan.import.cancel') : t('plan.import.back')}
        </Button>
        {step === 1 && (
          <Button type="primary" disabled={preview?.columnsNeeded} onClick={() => setStep(2)}>
            {t('plan.import.next')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
