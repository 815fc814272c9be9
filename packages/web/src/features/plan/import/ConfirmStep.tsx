import { Alert, Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../api';
import { ChangesView } from '../ChangesView';

/**
 * What confirming will do (start the plan, replace the draft, or propose an amendment for the chairman) and
 * the changes against the current version.
 */
export function ConfirmStep(props: { preview: ImportPreview; busy: boolean; onConfirm: (note: string) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const { action, plan } = props.preview;
  const amendment = action === 'propose_amendment';
  return (
    <Flex vertical gap={16}>
      <Alert
        type={action === 'closed' ? 'error' : amendment ? 'warning' : 'info'}
        showIcon
        title={t(`plan.import.actions.${action}`, {
          year: props.preview.document.year,
          version: plan?.currentVersion ?? 0,
        })}
        data-testid="plan-import-action"
      />
      <ChangesView changes={props.preview.changes} />
      {amendment && (
        <div>
          <Typography.Text>{t('plan.import.note')}</Typography.Text>
          <Input.TextArea rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      )}
      <div>
        <Button
          type="primary"
          disabled={action === 'closed'}
          loading={props.busy}
          onClick={() => props.onConfirm(note)}
        >
          {t(amendment ? 'plan.import.propose' : 'plan.import.confirm')}
        </Button>
      </div>
    </Flex>
  );
}
